/*
 * page_council.c: a council's page and a duty's page.
 *
 *   GET  /councils/{code}     stage and since when, latest judgement, the
 *                             instruments in force (each to its provenance
 *                             page) and the case history: public.  For a
 *                             caller who may see the council: its duties due
 *                             and overdue (the obligations calendar, with the
 *                             ICS link), the improvement plan and its boards,
 *                             and the reports.
 *   GET  /occurrences/{id}    one dated duty: the clause's words, how the date
 *                             was derived, its status, the evidence, and (for
 *                             an adviser or above) a form to record evidence
 *                             with an optional file
 *   POST /occurrences/{id}    that form (multipart, CSRF): audited as the
 *                             user, then 303 back to the page, which now says
 *                             met or met late
 *
 * Everything comes from the views the command line uses (status, timeline,
 * due), so a page and `oversight due` never disagree.
 */
#include "../base/compat.h"

#include "../rules/plan.h"
#include "../rules/stage.h"
#include "../rules/status.h"
#include "../views/views.h"
#include "auth.h"
#include "duties.h"
#include "multipart.h"
#include "page.h"

static void summary_row(struct strbuf *sb, const char *key, const char *value)
{
	strbuf_adds(sb, "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">");
	web_html_escape(sb, key);
	strbuf_adds(sb, "</dt><dd class=\"govuk-summary-list__value\">");
	web_html_escape(sb, value ? value : "");
	strbuf_adds(sb, "</dd></div>\n");
}

static const char *status_tag(enum rules_status s)
{
	switch (s) {
	case RULES_MET: return "govuk-tag--green";
	case RULES_MET_LATE: return "govuk-tag--yellow";
	case RULES_OVERDUE: return "govuk-tag--red";
	case RULES_DUE: return "govuk-tag--orange";
	case RULES_UPCOMING: return "govuk-tag--blue";
	case RULES_ENDED:
	case RULES_STANDING:
	case RULES_LAPSED: return "govuk-tag--grey";
	}
	return "";
}

/* The tag class for a status by name (as the JSON has it). */
static const char *status_tag_named(const char *name)
{
	static const enum rules_status all[] = {RULES_MET, RULES_MET_LATE, RULES_OVERDUE, RULES_DUE,
						RULES_UPCOMING, RULES_ENDED};
	size_t i;
	for (i = 0; i < ARRAY_SIZE(all); i++)
		if (!strcmp(name, rules_status_name(all[i])))
			return status_tag(all[i]);
	return "govuk-tag--grey";
}

struct duty_rows {
	struct strbuf *sb;
	int n;
};

static int duty_row(void *ctx, const struct views_occ *o)
{
	struct duty_rows *d = ctx;
	struct strbuf *sb = d->sb;

	d->n++;
	strbuf_addf(sb, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">%s</td>"
			"<td class=\"govuk-table__cell\"><a class=\"govuk-link\" "
			"href=\"/occurrences/%lld\">",
		    o->due, (long long)o->id);
	web_html_escape(sb, o->ref);
	strbuf_adds(sb, "</a></td><td class=\"govuk-table__cell\">");
	web_html_escape(sb, o->action ? o->action : "");
	strbuf_adds(sb, "</td><td class=\"govuk-table__cell\">");
	web_html_escape(sb, o->bearer ? o->bearer : "");
	strbuf_addf(sb, "</td><td class=\"govuk-table__cell\"><strong class=\"govuk-tag %s\">%s"
			"</strong></td></tr>\n",
		    status_tag(o->status), rules_status_name(o->status));
	return 0;
}

static int duties_section(struct strbuf *sb, struct store *s, int code, cal_day as_of,
			  struct err *e)
{
	struct duty_rows d = {sb, 0};

	strbuf_addf(sb, "<h2 class=\"govuk-heading-l\" id=\"duties\">Duties due and overdue</h2>\n"
			"<p class=\"govuk-body\">Every dated duty not yet met (however old), those "
			"due in the next %d days, and those met in that time. <a class=\"govuk-link\" "
			"href=\"/api/v1/councils/%d/calendar.ics\">Download the calendar (ICS)</a> to "
			"add every duty to a diary.</p>\n",
		    RULES_DEFAULT_WINDOW * 2, code);
	strbuf_adds(sb, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
			"govuk-table__caption--s\">Duties</caption><thead class=\"govuk-table__head\">"
			"<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">"
			"Due</th><th scope=\"col\" class=\"govuk-table__header\">Clause</th><th "
			"scope=\"col\" class=\"govuk-table__header\">Duty</th><th scope=\"col\" "
			"class=\"govuk-table__header\">Who</th><th scope=\"col\" "
			"class=\"govuk-table__header\">Status</th></tr></thead><tbody "
			"class=\"govuk-table__body\">\n");
	if (views_due(s, code, NULL, as_of, RULES_DEFAULT_WINDOW * 2, duty_row, &d, e) < 0)
		return -1;
	strbuf_adds(sb, "</tbody></table>\n");
	if (!d.n)
		strbuf_adds(sb, "<p class=\"govuk-body\">Nothing due or overdue.</p>\n");
	return 0;
}

static void plan_section(struct strbuf *sb, struct store *s, int code, cal_day as_of)
{
	static const char *const kinds[][2] = {{"board", "Report to the improvement board"},
					       {"minister", "Update to the Minister"},
					       {"highlight", "Highlight report"},
					       {"review", "DfE review pack"}};
	struct arena a = ARENA_INIT;
	struct store_plan p;
	struct err e = {0};
	char day[CAL_DATE_LEN];
	size_t i, slow = 0;

	strbuf_adds(sb, "<h2 class=\"govuk-heading-l\" id=\"plan\">Improvement plan and reports</h2>\n");
	if (store_plan_load(s, code, 0, &a, &p, &e) < 0) {
		strbuf_adds(sb, "<p class=\"govuk-body\">No improvement plan in the register yet "
				"(<code>oversight plan import</code>).</p>\n");
		arena_release(&a);
		return;
	}
	for (i = 0; i < p.nobjectives; i++)
		slow += rules_objective_slow(&p, i, as_of) != 0;
	strbuf_adds(sb, "<p class=\"govuk-body\">");
	web_html_escape(sb, p.title);
	strbuf_addf(sb, ", version %d, adopted %s: <strong>%zu of %zu objectives slow to progress"
			"</strong>.</p>\n<ul class=\"govuk-list\">\n",
		    p.version, p.adopted, slow, p.nobjectives);
	cal_format_iso(as_of, day);
	for (i = 0; i < ARRAY_SIZE(kinds); i++)
		strbuf_addf(sb, "<li><a class=\"govuk-link\" href=\"/councils/%d/reports/%s?as_of=%s\">"
				"%s</a> (<a class=\"govuk-link\" href=\"/councils/%d/reports/%s?as_of=%s&amp;"
				"format=pdf\">PDF</a>, <a class=\"govuk-link\" href=\"/councils/%d/reports/%s?"
				"as_of=%s&amp;format=markdown\">Markdown</a>)</li>\n",
			    code, kinds[i][0], day, kinds[i][1], code, kinds[i][0], day, code,
			    kinds[i][0], day);
	strbuf_adds(sb, "</ul>\n");
	arena_release(&a);
}

static void timeline_section(struct strbuf *sb, json_t *tl)
{
	size_t i;
	json_t *it;

	strbuf_adds(sb, "<h2 class=\"govuk-heading-l\" id=\"timeline\">History</h2>\n"
			"<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
			"govuk-table__caption--s\">The case, in date order</caption><thead "
			"class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
			"class=\"govuk-table__header\">Date</th><th scope=\"col\" "
			"class=\"govuk-table__header\">What</th><th scope=\"col\" "
			"class=\"govuk-table__header\">Detail</th></tr></thead><tbody "
			"class=\"govuk-table__body\">\n");
	json_array_foreach(tl, i, it) {
		const char *date = json_string_value(json_object_get(it, "date"));
		const char *what = json_string_value(json_object_get(it, "what"));
		const char *detail = json_string_value(json_object_get(it, "detail"));
		json_t *src = json_object_get(it, "source");
		const char *doc = json_string_value(json_object_get(src, "document"));
		strbuf_adds(sb, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
		web_html_escape(sb, date ? date : "");
		strbuf_adds(sb, "</td><td class=\"govuk-table__cell\">");
		web_html_escape(sb, what ? what : "");
		strbuf_adds(sb, "</td><td class=\"govuk-table__cell\">");
		if (doc && strlen(doc) == 64) {
			strbuf_addf(sb, "<a class=\"govuk-link\" href=\"/instruments/%s\">", doc);
			web_html_escape(sb, detail ? detail : "the instrument");
			strbuf_adds(sb, "</a>");
		} else {
			web_html_escape(sb, detail ? detail : "");
		}
		strbuf_adds(sb, "</td></tr>\n");
	}
	strbuf_adds(sb, "</tbody></table>\n");
}

void web_get_council_page(struct web_req *rq)
{
	struct views_cases cases = {0};
	const struct views_case *c;
	struct views_status st;
	struct store *s;
	struct err e = {0};
	struct strbuf sb = STRBUF_INIT;
	const char *v = web_param(rq, "code");
	char title[128], buf[160];
	cal_day as_of;
	json_t *tl;
	long code;
	char *end;

	errno = 0;
	code = v ? strtol(v, &end, 10) : 0;
	if (!v || errno || *end || code <= 0 || code > 99999) {
		web_reply_bad_param(rq, "code", "code: '%s' is not a council code", v ? v : "");
		return;
	}
	if (web_as_of_day(rq, &as_of) < 0 || !(s = web_store_or_503(rq)))
		return;
	if (views_cases_load(s, &cases, &e) < 0) {
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	if (!(c = views_case_find(&cases, (int)code))) {
		views_cases_release(&cases);
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL, "no council %ld",
				  code);
		return;
	}
	views_status_of(c, as_of, &st);
	snprintf(title, sizeof title, "%s", c->name);
	web_page_begin(&sb, title);
	strbuf_adds(&sb, "<span class=\"govuk-caption-l\">");
	web_html_escape(&sb, c->region);
	strbuf_adds(&sb, "</span><h1 class=\"govuk-heading-xl\">");
	web_html_escape(&sb, c->name);
	strbuf_adds(&sb, "</h1>\n<dl class=\"govuk-summary-list\">\n");
	summary_row(&sb, "Stage", rules_stage_name(st.stage));
	if (st.has_since) {
		cal_format_iso(st.since, buf);
		summary_row(&sb, "Since", buf);
	}
	if (st.latest) {
		char d[CAL_DATE_LEN];
		cal_format_iso(st.latest->date, d);
		snprintf(buf, sizeof buf, "%s (published %s)", rules_grade_name(st.latest->overall), d);
		summary_row(&sb, "Latest Ofsted judgement", buf);
	}
	snprintf(buf, sizeof buf, "%d", st.in_force);
	summary_row(&sb, "Instruments in force", buf);
	strbuf_adds(&sb, "</dl>\n");
	views_cases_release(&cases);

	if (web_may_see_council(rq, (int)code) && rq->role > WEB_ROLE_PUBLIC) {
		if (duties_section(&sb, s, (int)code, as_of, &e) < 0)
			goto fail;
		plan_section(&sb, s, (int)code, as_of);
	}
	if (!(tl = views_timeline(s, (int)code, as_of, &e)))
		goto fail;
	timeline_section(&sb, tl);
	json_decref(tl);
	web_reply_page(rq, 200, &sb);
	return;
fail:
	strbuf_release(&sb);
	web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
}

/* ---- one duty ---- */

static const char *jstr(json_t *o, const char *k)
{
	const char *v = json_string_value(json_object_get(o, k));
	return v ? v : "";
}

void web_get_occurrence_page(struct web_req *rq)
{
	struct store *s;
	struct err e = {0};
	struct strbuf sb = STRBUF_INIT;
	int64_t id;
	int council;
	cal_day due, as_of;
	json_t *o, *ev, *x;
	size_t i;
	char title[64];

	if (web_as_of_day(rq, &as_of) < 0 || !(s = web_store_or_503(rq)) ||
	    web_occurrence_of(rq, s, &id, &council, &due) < 0)
		return;
	if (!(o = web_occurrence_json(s, id, council, due, as_of, &e))) {
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	snprintf(title, sizeof title, "Duty %s due %s", jstr(o, "ref"), jstr(o, "due"));
	web_page_begin(&sb, title);
	strbuf_addf(&sb, "<a class=\"govuk-back-link\" href=\"/councils/%d#duties\">Back to the "
			 "council</a>\n<span class=\"govuk-caption-l\">",
		    council);
	web_html_escape(&sb, jstr(json_object_get(o, "council"), "name"));
	strbuf_adds(&sb, "</span><h1 class=\"govuk-heading-xl\">Clause ");
	web_html_escape(&sb, jstr(o, "ref"));
	strbuf_adds(&sb, ", due ");
	web_html_escape(&sb, jstr(o, "due"));
	strbuf_addf(&sb, "</h1>\n<p class=\"govuk-body\">Status: <strong class=\"govuk-tag %s\" "
			 "id=\"status\">%s</strong></p>\n<div class=\"govuk-inset-text\">",
		    status_tag_named(jstr(o, "status")), jstr(o, "status"));
	web_html_escape(&sb, jstr(o, "action"));
	strbuf_adds(&sb, "</div>\n<dl class=\"govuk-summary-list\">\n");
	summary_row(&sb, "Who", jstr(o, "bearer"));
	summary_row(&sb, "How the date was worked out", jstr(o, "derivation"));
	summary_row(&sb, "Met on", jstr(o, "met_on"));
	strbuf_adds(&sb, "</dl>\n");
	x = json_object_get(o, "instrument");
	if (strlen(jstr(x, "sha256")) == 64)
		strbuf_addf(&sb, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/instruments/"
				 "%s\">Read the words in the instrument</a></p>\n",
			    jstr(x, "sha256"));
	strbuf_adds(&sb, "<h2 class=\"govuk-heading-m\">Evidence</h2>\n");
	ev = json_object_get(o, "evidence");
	if (!json_array_size(ev))
		strbuf_adds(&sb, "<p class=\"govuk-body\">No evidence recorded yet.</p>\n");
	else
		strbuf_adds(&sb, "<ul class=\"govuk-list govuk-list--bullet\" id=\"evidence\">\n");
	json_array_foreach(ev, i, x) {
		strbuf_adds(&sb, "<li>");
		web_html_escape(&sb, jstr(x, "date"));
		if (*jstr(x, "note")) {
			strbuf_adds(&sb, ": ");
			web_html_escape(&sb, jstr(x, "note"));
		}
		if (strlen(jstr(x, "document")) == 64)
			strbuf_addf(&sb, " (<a class=\"govuk-link\" href=\"/api/v1/documents/%s\">the "
					 "attached file</a>)",
				    jstr(x, "document"));
		strbuf_adds(&sb, "</li>\n");
	}
	if (json_array_size(ev))
		strbuf_adds(&sb, "</ul>\n");
	if (rq->role >= WEB_ROLE_ADVISER) {
		char today[CAL_DATE_LEN];
		cal_format_iso(as_of, today);
		strbuf_addf(&sb, "<h2 class=\"govuk-heading-m\">Record evidence</h2>\n<form "
				 "method=\"post\" action=\"/occurrences/%lld\" "
				 "enctype=\"multipart/form-data\">\n",
			    (long long)id);
		web_csrf_field(rq, &sb);
		strbuf_addf(&sb, "<div class=\"govuk-form-group\"><label class=\"govuk-label\" "
				 "for=\"date\">The date it was met (YYYY-MM-DD)</label><input "
				 "class=\"govuk-input govuk-input--width-10\" id=\"date\" name=\"date\" "
				 "type=\"text\" value=\"%s\"></div>\n<div class=\"govuk-form-group\">"
				 "<label class=\"govuk-label\" for=\"note\">What shows it</label>"
				 "<textarea class=\"govuk-textarea\" id=\"note\" name=\"note\" "
				 "rows=\"3\"></textarea></div>\n<div class=\"govuk-form-group\"><label "
				 "class=\"govuk-label\" for=\"file\">A file (optional)</label><input "
				 "class=\"govuk-file-upload\" id=\"file\" name=\"file\" type=\"file\">"
				 "</div>\n<button type=\"submit\" class=\"govuk-button\" "
				 "data-module=\"govuk-button\">Record evidence</button>\n</form>\n",
			    today);
	}
	json_decref(o);
	web_reply_page(rq, 200, &sb);
}

static char *part_text(struct web_req *rq, const struct web_part *parts, size_t n,
		       const char *name)
{
	const struct web_part *p = web_part_named(parts, n, name);
	return p ? arena_strndup(&rq->arena, (const char *)p->data, p->len) : NULL;
}

void web_post_occurrence_page(struct web_req *rq)
{
	struct web_part parts[8];
	const struct web_part *file;
	struct store *s;
	const char *why;
	size_t n;
	int64_t id, ev;
	int council;
	cal_day due;
	char to[64];

	if (web_multipart_of(rq, parts, ARRAY_SIZE(parts), &n, &why) < 0) {
		web_reply_problem(rq, 400, "bad-multipart", "Bad form", NULL, NULL, "%s", why);
		return;
	}
	if (web_check_csrf(rq, part_text(rq, parts, n, "csrf")) < 0 ||
	    !(s = web_store_or_503(rq)) || web_occurrence_of(rq, s, &id, &council, &due) < 0)
		return;
	file = web_part_named(parts, n, "file");
	if (file && !file->len)
		file = NULL;
	if (web_evidence_add(rq, s, id, part_text(rq, parts, n, "date"),
			     part_text(rq, parts, n, "note"),
			     file && file->filename && *file->filename ? file->filename : "(evidence)",
			     file ? file->data : NULL, file ? file->len : 0, &ev) < 0)
		return;
	snprintf(to, sizeof to, "/occurrences/%lld", (long long)id);
	web_reply_redirect(rq, to);
}
