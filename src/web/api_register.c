/*
 * api_register.c: the register's public record as JSON: councils, their
 * inspections and instruments, and each instrument's record and original
 * document.  These are published facts (Ofsted reports, statutory
 * instruments), open without signing in; what is not published (evidence
 * attachments, occurrences' evidence) is served elsewhere behind roles.
 *
 *   GET /api/v1/councils                       every council
 *   GET /api/v1/councils/{code}                one, with instruments in force
 *                                              (?on=DATE, default today) and
 *                                              its history
 *   GET /api/v1/inspections?council=&from=&to=&limit=&after=
 *   GET /api/v1/instruments?council=&from=&to=&limit=&after=
 *   GET /api/v1/instruments/{sha256}           the reader's record, its status,
 *                                              end, and corrections
 *   GET /api/v1/documents/{sha256}             an instrument's original bytes
 *
 * Lists are in a stable order and paged: at most `limit` items (default
 * 100, at most 1000) and, when more remain, "next" holds the `after`
 * cursor for the next page.  Replies carry strong ETags (response.c).
 */
#include "../base/compat.h"

#include <ctype.h>

#include "../cal/date.h"
#include "auth.h"

#define PAGE_DEFAULT 100
#define PAGE_MAX 1000

/* A store value as JSON: null, an integer or a string. */
static json_t *jv(const struct store_val *v)
{
	if (v->t == SV_INT)
		return json_integer(v->i);
	if (v->t == SV_TEXT)
		return json_string(v->s);
	return json_null();
}

struct rows {
	json_t *arr;
	const char *const *names; /* column names, NULL-terminated */
};

static int row_obj(void *ctx, const struct store_val *c, int n)
{
	struct rows *r = ctx;
	json_t *o = json_object();
	int i;
	for (i = 0; i < n && r->names[i]; i++)
		json_object_set_new(o, r->names[i], jv(&c[i]));
	json_array_append_new(r->arr, o);
	return 0;
}

static int council_param(struct web_req *rq, const char *name, const char *v, int *code)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(v, &end, 10);
	if (errno || *end || n <= 0 || n > 99999) {
		web_reply_bad_param(rq, name, "%s: '%s' is not a council code (the DfE LA number)",
				    name, v);
		return -1;
	}
	*code = (int)n;
	return 0;
}

static int date_param(struct web_req *rq, const char *name, const char *v)
{
	cal_day d;
	struct err e = {0};
	if (v && cal_parse_iso(strv_of(v), &d, &e) < 0) {
		web_reply_bad_param(rq, name, "%s: %s", name, e.msg);
		return -1;
	}
	return 0;
}

static int limit_param(struct web_req *rq, int *limit)
{
	const char *v = web_query(rq, "limit");
	char *end;
	long n;

	*limit = PAGE_DEFAULT;
	if (!v)
		return 0;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno || *end || n < 1 || n > PAGE_MAX) {
		web_reply_bad_param(rq, "limit", "limit: 1 to %d, not '%s'", PAGE_MAX, v);
		return -1;
	}
	*limit = (int)n;
	return 0;
}

/* Run a paged list query: sql selects cols ordered by its first column and
 * ends with "LIMIT ?"; p holds its other parameters, then the limit is
 * bound as limit + 1 to tell whether more remain. */
static void paged(struct web_req *rq, const char *sql, struct store_val *p, int np,
		  const char *const *names, int limit, const char *key)
{
	struct store *s = web_store_or_503(rq);
	struct rows r = {NULL, names};
	struct err e = {0};
	json_t *doc;
	size_t n;

	if (!s)
		return;
	r.arr = json_array();
	p[np] = sv_int(limit + 1);
	if (store_query(s, sql, p, np + 1, row_obj, &r, &e) < 0) {
		json_decref(r.arr);
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	n = json_array_size(r.arr);
	doc = json_object();
	if (n > (size_t)limit) {
		json_t *last = json_array_get(r.arr, (size_t)limit - 1);
		json_object_set(doc, "next", json_object_get(last, key));
		json_array_remove(r.arr, (size_t)limit);
	} else {
		json_object_set_new(doc, "next", json_null());
	}
	json_object_set_new(doc, "items", r.arr);
	web_reply_json(rq, 200, doc);
}

void web_get_councils(struct web_req *rq)
{
	static const char *const names[] = {"code", "name", "region", "type", "gss",
					    "valid_from", "valid_to", NULL};
	struct store_val p[1];
	paged(rq, "SELECT code, name, region, type, gss, valid_from, valid_to FROM councils "
		  "ORDER BY code LIMIT ?",
	      p, 0, names, PAGE_MAX, "code");
}

struct sink {
	json_t *arr;
};

static int in_force_row(void *ctx, const struct store_instrument_row *r)
{
	struct sink *k = ctx;
	json_array_append_new(k->arr,
			      json_pack("{s:s, s:s, s:s?, s:s?, s:s, s:s?}", "sha256", r->sha256,
					"kind", r->kind, "date", r->date, "title", r->title,
					"status", r->status, "ends", r->ended_on));
	return 0;
}

static int history_row(void *ctx, const struct store_history_item *h)
{
	struct sink *k = ctx;
	json_array_append_new(k->arr, json_pack("{s:s?, s:s, s:s?}", "date", h->date, "what",
						h->what, "detail", h->detail));
	return 0;
}

void web_get_council(struct web_req *rq)
{
	static const char *const names[] = {"code", "name", "region", "type", "gss",
					    "valid_from", "valid_to", NULL};
	const char *on = web_query(rq, "on");
	struct store *s;
	struct rows r;
	struct sink inf = {NULL}, hist = {NULL};
	struct err e = {0};
	char today[16];
	int code;

	if (council_param(rq, "code", web_param(rq, "code"), &code) < 0 ||
	    date_param(rq, "on", on) < 0 || !(s = web_store_or_503(rq)))
		return;
	if (!on) {
		web_today(today, 0);
		on = today;
	}
	r = (struct rows){json_array(), names};
	inf.arr = json_array();
	hist.arr = json_array();
	{
		struct store_val k[] = {sv_int(code)};
		if (store_query(s, "SELECT code, name, region, type, gss, valid_from, valid_to FROM "
				"councils WHERE code = ?", k, 1, row_obj, &r, &e) < 0 ||
		    store_in_force(s, code, on, in_force_row, &inf, &e) < 0 ||
		    store_council_history(s, code, history_row, &hist, &e) < 0) {
			web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
			goto out;
		}
	}
	if (!json_array_size(r.arr)) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL, "no council %d",
				  code);
		goto out;
	}
	{
		json_t *c = json_incref(json_array_get(r.arr, 0));
		json_object_set_new(c, "on", json_string(on));
		json_object_set(c, "in_force", inf.arr);
		json_object_set(c, "history", hist.arr);
		web_reply_json(rq, 200, c);
	}
out:
	json_decref(r.arr);
	json_decref(inf.arr);
	json_decref(hist.arr);
}

/* Shared filters of the two lists: council, from, to, after. */
static int filters(struct web_req *rq, int *council, int *limit)
{
	const char *c = web_query(rq, "council");
	*council = 0;
	if (c && council_param(rq, "council", c, council) < 0)
		return -1;
	if (date_param(rq, "from", web_query(rq, "from")) < 0 ||
	    date_param(rq, "to", web_query(rq, "to")) < 0 || limit_param(rq, limit) < 0)
		return -1;
	return 0;
}

void web_get_inspections(struct web_req *rq)
{
	static const char *const names[] = {"id", "council", "published", "start_date", "end_date",
					    "framework", "link", NULL};
	const char *after = web_query(rq, "after");
	struct store_val p[8];
	int council, limit;
	long long a = 0;

	if (filters(rq, &council, &limit) < 0)
		return;
	if (after) {
		char *end;
		errno = 0;
		a = strtoll(after, &end, 10);
		if (errno || *end || a < 0) {
			web_reply_bad_param(rq, "after", "after: '%s' is not a cursor from 'next'",
					    after);
			return;
		}
	}
	p[0] = sv_int(council);
	p[1] = sv_int(council);
	p[2] = sv_text(web_query(rq, "from") ? web_query(rq, "from") : "0000-00-00");
	p[3] = sv_text(web_query(rq, "to") ? web_query(rq, "to") : "9999-99-99");
	p[4] = sv_int(a);
	paged(rq, "SELECT id, council, published, start_date, end_date, framework, link FROM "
		  "inspections WHERE (? = 0 OR council = ?) AND published >= ? AND published <= ? "
		  "AND id > ? ORDER BY id LIMIT ?",
	      p, 5, names, limit, "id");
}

void web_get_instruments(struct web_req *rq)
{
	static const char *const names[] = {"sha256", "council", "kind", "date", "title",
					    "status", "ended_on", "ended_by", NULL};
	const char *after = web_query(rq, "after");
	struct store_val p[8];
	int council, limit;

	if (filters(rq, &council, &limit) < 0)
		return;
	p[0] = sv_int(council);
	p[1] = sv_int(council);
	p[2] = sv_text(web_query(rq, "from") ? web_query(rq, "from") : "0000-00-00");
	p[3] = sv_text(web_query(rq, "to") ? web_query(rq, "to") : "9999-99-99");
	p[4] = sv_text(after ? after : "");
	paged(rq, "SELECT sha256, council, kind, date, title, status, ended_on, ended_by FROM "
		  "instruments WHERE (? = 0 OR council = ?) AND coalesce(date, '') >= ? AND "
		  "coalesce(date, '') <= ? AND sha256 > ? ORDER BY sha256 LIMIT ?",
	      p, 5, names, limit, "sha256");
}

void web_get_instrument(struct web_req *rq)
{
	static const char *const names[] = {"sha256", "council", "kind", "date", "title",
					    "status", "ended_on", "ended_by", "record", NULL};
	static const char *const cnames[] = {"field", "extracted", "value", "who", "at", NULL};
	const char *sha = web_param(rq, "sha256");
	struct store *s;
	struct rows r, c;
	struct err e = {0};
	json_t *o, *rec;

	if (!web_sha256_ok(sha)) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "'%s' is not an instrument's SHA-256", sha ? sha : "");
		return;
	}
	if (!(s = web_store_or_503(rq)))
		return;
	r = (struct rows){json_array(), names};
	c = (struct rows){json_array(), cnames};
	{
		struct store_val k[] = {sv_text(sha)};
		if (store_query(s, "SELECT sha256, council, kind, date, title, status, ended_on, "
				"ended_by, record FROM instruments WHERE sha256 = ?", k, 1, row_obj, &r,
				&e) < 0 ||
		    store_query(s, "SELECT field, extracted, value, who, at FROM corrections WHERE "
				"instrument = ? ORDER BY id", k, 1, row_obj, &c, &e) < 0) {
			web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
			goto out;
		}
	}
	if (!(o = json_array_get(r.arr, 0))) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "no instrument %s in the register", sha);
		goto out;
	}
	/* The record is stored as JSON text: serve it as JSON. */
	rec = json_loads(json_string_value(json_object_get(o, "record")), 0, NULL);
	json_object_set_new(o, "record", rec ? rec : json_null());
	json_object_set(o, "corrections", c.arr);
	web_reply_json(rq, 200, json_incref(o));
out:
	json_decref(r.arr);
	json_decref(c.arr);
}

void web_get_document(struct web_req *rq)
{
	const char *sha = web_param(rq, "sha256");
	struct store *s;
	unsigned char *data = NULL;
	size_t len = 0;
	struct err e = {0};
	int64_t is_instrument = 0;
	struct strbuf sb = STRBUF_INIT;
	char name[160], disp[220];

	if (!web_sha256_ok(sha)) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "'%s' is not a document's SHA-256", sha ? sha : "");
		return;
	}
	if (!(s = web_store_or_503(rq)))
		return;
	{
		struct store_val k[] = {sv_text(sha)};
		int found;
		if (store_query_int(s, "SELECT count(*) FROM instruments WHERE sha256 = ?", k, 1, 0,
				    &is_instrument, &e) < 0 ||
		    (found = store_query_text(s, "SELECT coalesce(name, '') FROM documents WHERE "
					      "sha256 = ?", k, 1, name, sizeof name, &e)) < 0) {
			web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
			return;
		}
		if (!found) {
			web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
					  "no document %s in the register", sha);
			return;
		}
	}
	/* A published instrument is open to all; anything else (an evidence
	 * attachment, an upload awaiting review) only to DfE roles. */
	if (!is_instrument && rq->role < WEB_ROLE_DFE_VIEWER) {
		web_reply_problem(rq, rq->role <= WEB_ROLE_PUBLIC ? 401 : 403, "forbidden",
				  "Not allowed", NULL, NULL,
				  "this document is not a published instrument");
		return;
	}
	if (store_document_get(s, sha, &data, &len, &e) < 0) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL, "%s", e.msg);
		return;
	}
	strbuf_add(&sb, data, len);
	free(data);
	web_reply_buf(rq, 200,
		      len >= 5 && !memcmp(sb.buf, "%PDF-", 5) ? "application/pdf" : "text/plain",
		      &sb, "public, max-age=31536000, immutable");
	if (rq->resp) {
		/* The file name as stored, without its folders, reduced to safe characters. */
		char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
		size_t i;
		for (i = 0; base[i]; i++)
			if (!(isalnum((unsigned char)base[i]) || strchr("._-", base[i])))
				base[i] = '_';
		snprintf(disp, sizeof disp, "inline; filename=\"%s\"", base[0] ? base : sha);
		MHD_add_response_header(rq->resp, "Content-Disposition", disp);
	}
}
