/*
 * api_duties.c: who owes what by when, as JSON and iCalendar: a council's
 * obligations and their occurrences with status, one occurrence with its
 * evidence, evidence recorded by API, and the calendar feeds.
 *
 *   GET  /api/v1/councils/{code}/obligations   every duty of the council's
 *                                               instruments, with its schedule
 *   GET  /api/v1/councils/{code}/occurrences   occurrences due in [from, to]
 *        ?from=&to=&as_of=&status=&limit=&after=   (default 90 days either side
 *                                               of as_of), status as of as_of
 *   GET  /api/v1/councils/{code}/calendar.ics  the council's dated duties (RFC 5545)
 *   GET  /api/v1/occurrences/{id}               one occurrence, its evidence
 *   POST /api/v1/occurrences/{id}/evidence      JSON {date, note}: it was met
 *   GET  /feeds/{token}.ics                     a user's calendar at a secret
 *                                               URL (`oversight user token
 *                                               NAME --kind feed`): the councils
 *                                               the user may see
 *
 * These are not published facts: the route table asks for a signed-in
 * role and each handler asks web_may_see_council() for the council, so a
 * council officer sees only their council and an adviser their assigned
 * ones.  Status comes from the same views as `oversight due`
 * (src/views/occ.c), so the web and the command line never disagree.
 */
#include "../base/compat.h"

#include "../base/secret.h"
#include "../cal/date.h"
#include "../rules/status.h"
#include "../views/views.h"
#include "auth.h"
#include "duties.h"

#define OCC_PAGE_DEFAULT 500
#define OCC_PAGE_MAX 5000

int web_council_of(struct web_req *rq, int *code)
{
	const char *v = web_param(rq, "code");
	char *end;
	long n;

	errno = 0;
	n = v ? strtol(v, &end, 10) : 0;
	if (!v || errno || *end || n <= 0 || n > 99999) {
		web_reply_bad_param(rq, "code", "code: '%s' is not a council code (the DfE LA number)",
				    v ? v : "");
		return -1;
	}
	*code = (int)n;
	if (!web_may_see_council(rq, *code)) {
		web_reply_problem(rq, 403, "forbidden", "Forbidden", NULL, NULL,
				  "your account may not see council %d", *code);
		return -1;
	}
	return 0;
}

int web_date_of(struct web_req *rq, const char *name, cal_day def, cal_day *out)
{
	const char *v = web_query(rq, name);
	struct err e = {0};

	*out = def;
	if (v && cal_parse_iso(strv_of(v), out, &e) < 0) {
		web_reply_bad_param(rq, name, "%s: %s", name, e.msg);
		return -1;
	}
	return 0;
}

int web_as_of_day(struct web_req *rq, cal_day *out)
{
	char day[16];
	struct err e = {0};

	if (web_date_of(rq, "as_of", 0, out) < 0)
		return -1;
	web_as_of(rq, day);
	return cal_parse_iso(strv_of(day), out, &e) < 0 ? -1 : 0;
}

struct occ_page {
	json_t *items;
	const char *status; /* filter, or NULL */
	long skip, limit, seen;
	bool more;
};

static int occ_item(void *ctx, const struct views_occ *o)
{
	struct occ_page *p = ctx;

	if (p->status && strcmp(p->status, rules_status_name(o->status)))
		return 0;
	if (p->seen++ < p->skip)
		return 0;
	if ((long)json_array_size(p->items) >= p->limit) {
		p->more = true;
		return 1; /* stop: one more than the page was found */
	}
	json_array_append_new(p->items, views_occ_json(o));
	return 0;
}

static bool status_known(const char *s)
{
	static const enum rules_status all[] = {RULES_UPCOMING, RULES_DUE, RULES_OVERDUE, RULES_MET,
						RULES_MET_LATE, RULES_ENDED};
	size_t i;
	for (i = 0; i < ARRAY_SIZE(all); i++)
		if (!strcmp(s, rules_status_name(all[i])))
			return true;
	return false;
}

static int count_param(struct web_req *rq, const char *name, long def, long max, long *out)
{
	const char *v = web_query(rq, name);
	char *end;

	*out = def;
	if (!v)
		return 0;
	errno = 0;
	*out = strtol(v, &end, 10);
	if (errno || *end || *out < 0 || *out > max) {
		web_reply_bad_param(rq, name, "%s: 0 to %ld, not '%s'", name, max, v);
		return -1;
	}
	return 0;
}

void web_get_council_occurrences(struct web_req *rq)
{
	struct views_occ_query q = {0};
	struct occ_page p = {0};
	struct store *s;
	struct err e = {0};
	char d[3][CAL_DATE_LEN];
	json_t *doc;
	int code;
	int rc;

	if (web_council_of(rq, &code) < 0 || web_as_of_day(rq, &q.as_of) < 0 ||
	    web_date_of(rq, "from", q.as_of - 90, &q.from) < 0 ||
	    web_date_of(rq, "to", q.as_of + 90, &q.to) < 0 ||
	    count_param(rq, "limit", OCC_PAGE_DEFAULT, OCC_PAGE_MAX, &p.limit) < 0 ||
	    count_param(rq, "after", 0, 100000000, &p.skip) < 0)
		return;
	p.status = web_query(rq, "status");
	if (p.status && !status_known(p.status)) {
		web_reply_bad_param(rq, "status", "status: upcoming, due, overdue, met, met_late or "
				    "ended, not '%s'", p.status);
		return;
	}
	if (p.limit == 0)
		p.limit = OCC_PAGE_DEFAULT;
	if (!(s = web_store_or_503(rq)) || web_cache_serve(rq))
		return;
	q.council = code;
	q.window = RULES_DEFAULT_WINDOW;
	p.items = json_array();
	rc = views_occurrences(s, &q, occ_item, &p, &e);
	if (rc < 0 && e.code) {
		json_decref(p.items);
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	cal_format_iso(q.as_of, d[0]);
	cal_format_iso(q.from, d[1]);
	cal_format_iso(q.to, d[2]);
	doc = json_pack("{s:i, s:s, s:s, s:s, s:o}", "council", code, "as_of", d[0], "from", d[1],
			"to", d[2], "items", p.items);
	if (p.more)
		json_object_set_new(doc, "next", json_sprintf("%ld", p.skip + p.limit));
	else
		json_object_set_new(doc, "next", json_null());
	web_reply_json(rq, 200, doc);
}

/* ---- obligations ---- */

static const char *const obligation_cols[] = {"id", "instrument", "ref", "clause", "bearer",
					      "to", "action", "kind", "due_date", "due_rule",
					      "every", "day", "anchor", "until", "condition",
					      "derivation", "instrument_kind", "instrument_date",
					      "instrument_status",
					      NULL};

/* A row as a JSON object named by cols (NULL-terminated), appended to arr. */
struct named_rows {
	json_t *arr;
	const char *const *cols;
};

static int named_row(void *ctx, const struct store_val *c, int n)
{
	struct named_rows *r = ctx;
	json_t *o = json_object();
	int i;
	for (i = 0; i < n && r->cols[i]; i++)
		json_object_set_new(o, r->cols[i],
				    c[i].t == SV_INT    ? json_integer(c[i].i)
				    : c[i].t == SV_TEXT ? json_string(c[i].s)
							: json_null());
	json_array_append_new(r->arr, o);
	return 0;
}

void web_get_council_obligations(struct web_req *rq)
{
	struct store *s;
	struct err e = {0};
	struct store_val k[1];
	struct named_rows r = {NULL, obligation_cols};
	json_t *arr;
	int code;

	if (web_council_of(rq, &code) < 0 || !(s = web_store_or_503(rq)))
		return;
	k[0] = sv_int(code);
	arr = r.arr = json_array();
	if (store_query(s, "SELECT o.id, o.instrument, o.ref, o.clause, o.bearer, o.to_party, "
			   "o.action, o.kind, o.due_date, o.due_rule, o.every, o.day, o.anchor, "
			   "o.until, "
			   "o.condition, o.derivation, i.kind, i.date, i.status FROM obligations o "
			   "JOIN instruments i ON i.sha256 = o.instrument WHERE i.council = ? "
			   "ORDER BY i.date, i.sha256, o.id",
			k, 1, named_row, &r, &e) < 0) {
		json_decref(arr);
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	web_reply_json(rq, 200, json_pack("{s:i, s:o}", "council", code, "items", arr));
}

/* ---- one occurrence ---- */

int web_occurrence_of(struct web_req *rq, struct store *s, int64_t *id, int *council,
		      cal_day *due)
{
	const char *v = web_param(rq, "id");
	struct store_val k[1];
	struct err e = {0};
	char day[CAL_DATE_LEN] = "";
	int64_t c = 0;
	char *end;

	errno = 0;
	*id = v ? strtoll(v, &end, 10) : 0;
	if (!v || errno || *end || *id <= 0) {
		web_reply_bad_param(rq, "id", "id: '%s' is not an occurrence number", v ? v : "");
		return -1;
	}
	k[0] = sv_int(*id);
	if (store_query_int(s, "SELECT i.council FROM occurrences o JOIN obligations b ON b.id = "
			       "o.obligation JOIN instruments i ON i.sha256 = b.instrument WHERE "
			       "o.id = ?",
			    k, 1, 0, &c, &e) < 0 ||
	    store_query_text(s, "SELECT due_date FROM occurrences WHERE id = ?", k, 1, day,
			     sizeof day, &e) < 0) {
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return -1;
	}
	if (!c || !day[0] || !web_may_see_council(rq, (int)c)) {
		/* Not there, or not the caller's: the same answer, so ids say nothing. */
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "no occurrence %lld that your account may see", (long long)*id);
		return -1;
	}
	*council = (int)c;
	if (cal_parse_iso(strv_of(day), due, &e) < 0) {
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL,
				  "occurrence %lld has a bad due date: %s", (long long)*id, e.msg);
		return -1;
	}
	return 0;
}

struct one_occ {
	int64_t id;
	json_t *found;
};

static int find_occ(void *ctx, const struct views_occ *o)
{
	struct one_occ *f = ctx;
	if (o->id == f->id && !f->found)
		f->found = views_occ_json(o);
	return 0;
}

static const char *const evidence_cols[] = {"id", "date", "note", "document", "audit_seq", NULL};


json_t *web_occurrence_json(struct store *s, int64_t id, int council, cal_day due, cal_day as_of,
			    struct err *e)
{
	struct views_occ_query q = {0};
	struct one_occ f = {id, NULL};
	struct store_val k[1] = {sv_int(id)};
	struct named_rows r = {NULL, evidence_cols};
	json_t *ev;

	q.council = council;
	q.as_of = as_of;
	q.window = RULES_DEFAULT_WINDOW;
	q.from = q.to = due;
	if (views_occurrences(s, &q, find_occ, &f, e) < 0)
		return NULL;
	if (!f.found) /* an instrument dated after as_of: not yet in the register as it stood */
		f.found = json_pack("{s:I, s:s}", "occurrence", (json_int_t)id, "status",
				    "not_yet_issued");
	ev = r.arr = json_array();
	if (store_query(s, "SELECT id, date, note, document, audit_seq FROM evidence WHERE "
			   "occurrence = ? ORDER BY date, id",
			k, 1, named_row, &r, e) < 0) {
		json_decref(ev);
		json_decref(f.found);
		return NULL;
	}
	json_object_set_new(f.found, "evidence", ev);
	return f.found;
}

void web_get_occurrence(struct web_req *rq)
{
	struct store *s;
	struct err e = {0};
	int64_t id;
	int council;
	cal_day due, as_of;
	json_t *doc;

	if (web_as_of_day(rq, &as_of) < 0 || !(s = web_store_or_503(rq)) ||
	    web_occurrence_of(rq, s, &id, &council, &due) < 0)
		return;
	if (!(doc = web_occurrence_json(s, id, council, due, as_of, &e))) {
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	web_reply_json(rq, 200, doc);
}

int web_evidence_add(struct web_req *rq, struct store *s, int64_t occ, const char *date,
		     const char *note, const char *doc_name, const void *bytes, size_t len,
		     int64_t *evidence)
{
	struct err e = {0};
	char hex[65];
	cal_day d;

	if (!date || cal_parse_iso(strv_of(date), &d, &e) < 0) {
		web_reply_bad_param(rq, "date", "date: %s", date ? e.msg : "the date it was met is "
				    "required (YYYY-MM-DD)");
		return -1;
	}
	if (note && strlen(note) > 4000) {
		web_reply_bad_param(rq, "note", "note: at most 4000 bytes");
		return -1;
	}
	if (store_write_begin(s, &e) < 0 ||
	    (bytes && store_document_put(s, doc_name, bytes, len, hex, &e) < 0) ||
	    store_evidence_put(s, occ, date, note && *note ? note : NULL, bytes ? hex : NULL,
			       evidence, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		if (e.code == ERR_DATA)
			web_reply_problem(rq, 422, "evidence-refused", "Evidence not recorded", NULL,
					  NULL, "%s", e.msg);
		else
			web_reply_problem(rq, 500, "store", "Not stored", NULL, NULL, "%s", e.msg);
		return -1;
	}
	return 0;
}

void web_post_occurrence_evidence(struct web_req *rq)
{
	struct store *s;
	struct err e = {0};
	json_error_t je;
	json_t *body, *doc;
	const char *date = NULL, *note = NULL;
	int64_t id, ev;
	int council;
	cal_day due, as_of;

	if (web_check_csrf(rq, NULL) < 0 || web_as_of_day(rq, &as_of) < 0 ||
	    !(s = web_store_or_503(rq)) || web_occurrence_of(rq, s, &id, &council, &due) < 0)
		return;
	body = json_loadb(rq->body.buf ? rq->body.buf : "", rq->body.len, JSON_REJECT_DUPLICATES,
			  &je);
	if (!body || !json_is_object(body)) {
		json_decref(body);
		web_reply_problem(rq, 400, "bad-json", "Bad JSON", NULL, NULL,
				  "the body must be a JSON object {\"date\": \"YYYY-MM-DD\", "
				  "\"note\": \"...\"}%s%s",
				  body ? "" : ": ", body ? "" : je.text);
		return;
	}
	if (json_object_get(body, "date") && !json_is_string(json_object_get(body, "date"))) {
		json_decref(body);
		web_reply_bad_param(rq, "date", "date: a string YYYY-MM-DD");
		return;
	}
	if (json_object_get(body, "note") && !json_is_string(json_object_get(body, "note"))) {
		json_decref(body);
		web_reply_bad_param(rq, "note", "note: a string");
		return;
	}
	date = json_string_value(json_object_get(body, "date"));
	note = json_string_value(json_object_get(body, "note"));
	if (web_evidence_add(rq, s, id, date, note, NULL, NULL, 0, &ev) < 0) {
		json_decref(body);
		return;
	}
	json_decref(body);
	if (!(doc = web_occurrence_json(s, id, council, due, as_of, &e))) {
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	json_object_set_new(doc, "recorded", json_integer(ev));
	web_reply_json(rq, 201, doc);
}

/* ---- calendars ---- */

static void reply_ics(struct web_req *rq, struct strbuf *sb)
{
	web_reply_buf(rq, 200, "text/calendar; charset=utf-8", sb, "no-cache");
}

void web_get_council_calendar(struct web_req *rq)
{
	struct store *s;
	struct strbuf sb = STRBUF_INIT;
	struct err e = {0};
	char name[128];
	struct store_val k[1];
	cal_day as_of;
	int code;

	if (web_council_of(rq, &code) < 0 || web_as_of_day(rq, &as_of) < 0 ||
	    !(s = web_store_or_503(rq)))
		return;
	k[0] = sv_int(code);
	snprintf(name, sizeof name, "Oversight: council %d", code);
	if (store_query_text(s, "SELECT 'Oversight: ' || name FROM councils WHERE code = ?", k, 1,
			     name, sizeof name, &e) < 0 ||
	    views_calendar(s, code, name, as_of, &sb, NULL, &e) < 0) {
		strbuf_release(&sb);
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	reply_ics(rq, &sb);
}

/* GET /feeds/{token}.ics: the token is the credential (kind "feed"). */
void web_get_feed(struct web_req *rq)
{
	const char *p = web_param(rq, "file");
	struct store *s;
	struct store_user u;
	struct strbuf sb = STRBUF_INIT;
	struct err e = {0};
	char tok[128], key[65], day[16], name[200];
	size_t n = p ? strlen(p) : 0;
	cal_day as_of;

	if (n < 5 || n - 4 >= sizeof tok || strcmp(p + n - 4, ".ics")) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "a feed's address ends in .ics");
		return;
	}
	memcpy(tok, p, n - 4);
	tok[n - 4] = 0;
	if (!(s = web_store_or_503(rq)) || web_as_of_day(rq, &as_of) < 0)
		return;
	secret_token_key(tok, key);
	web_today(day, 0);
	if (store_token_user(s, key, "feed", day, &u, &e) <= 0) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "no calendar at this address (the link was revoked or mistyped)");
		return;
	}
	snprintf(name, sizeof name, "Oversight: %s", u.name);
	if (web_role_of(u.role) >= WEB_ROLE_DFE_VIEWER) {
		if (views_calendar(s, 0, name, as_of, &sb, NULL, &e) < 0)
			goto fail;
	} else if (views_calendar_set(s, u.councils, (size_t)u.ncouncils, name, as_of, &sb, NULL,
				      &e) < 0) {
		goto fail;
	}
	reply_ics(rq, &sb);
	return;
fail:
	strbuf_release(&sb);
	web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
}
