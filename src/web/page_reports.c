/*
 * page_reports.c: the reports in the browser, and the review queue.
 *
 *   GET /councils/{code}/reports/{kind}   board, minister, highlight or review
 *   GET /reports/national                 the national overview (DfE roles)
 *       ?as_of=  ?period= (P1M, P6W...)  ?format=html|markdown|pdf|csv  ?table=NAME
 *       html: the report itself, a self-contained printable page; markdown;
 *       pdf: printed by headless Chromium (src/report/print.h); csv: one of
 *       its tables (table=NAME, e.g. rag-summary; without it, 400 listing them)
 *   GET  /review                  instruments the reader wants a person to
 *                                 confirm, with the warnings, each linked to its
 *                                 provenance page
 *   POST /review/{sha256}         confirm one as read (dfe_admin; CSRF): kept
 *                                 as a correction with who and when, as
 *                                 `oversight review --confirm`
 *
 * The reports are those of `oversight report` (src/report/plan_report.h),
 * for a council the caller may see.
 */
#include "../base/compat.h"

#include <unistd.h>

#include "../ingest/ingest.h"
#include "../report/plan_report.h"
#include "../report/print.h"
#include "auth.h"
#include "duties.h"
#include "page.h"

struct pick {
	const char *want;
	struct strbuf csv, names;
	bool found;
};

static int pick_table(void *ctx, const char *name, const struct table *t)
{
	struct pick *p = ctx;
	strbuf_addf(&p->names, "%s%s", p->names.len ? ", " : "", name);
	if (p->want && !strcmp(p->want, name) && !p->found) {
		table_render_csv(t, &p->csv);
		p->found = true;
	}
	return 0;
}

/* Print html to a PDF and reply with its bytes. */
static void reply_pdf(struct web_req *rq, struct strbuf *html, const char *name)
{
	char tmpl[] = "/tmp/oversight-report-XXXXXX", hp[64], pp[64], disp[160];
	struct strbuf pdf = STRBUF_INIT;
	struct err e = {0};
	FILE *f;
	int fd = mkstemp(tmpl);

	/* Chromium reads a file by its name: tmpl (unique, ours) is renamed to tmpl.html,
	 * and prints to tmpl.pdf. */
	snprintf(hp, sizeof hp, "%s.html", tmpl);
	snprintf(pp, sizeof pp, "%s.pdf", tmpl);
	if (fd >= 0) {
		bool ok = write(fd, html->buf, html->len) == (ssize_t)html->len;
		if (close(fd) < 0 || !ok || rename(tmpl, hp) < 0) {
			unlink(tmpl);
			fd = -1;
		}
	}
	if (fd < 0) {
		web_reply_problem(rq, 500, "print", "Cannot print", NULL, NULL, "no temporary file");
		return;
	}
	if (report_print_pdf(hp, pp, &e) == 0 && (f = fopen(pp, "rb"))) {
		char buf[65536];
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, f)) > 0)
			strbuf_add(&pdf, buf, n);
		fclose(f);
	}
	unlink(hp);
	unlink(pp);
	if (!pdf.len) {
		strbuf_release(&pdf);
		web_reply_problem(rq, 503, "print", "Cannot print", NULL, NULL,
				  "the PDF could not be printed: %s", e.msg[0] ? e.msg : "no output");
		return;
	}
	snprintf(disp, sizeof disp, "attachment; filename=\"%s.pdf\"", name);
	web_reply_buf(rq, 200, "application/pdf", &pdf, "no-store");
	if (rq->resp)
		MHD_add_response_header(rq->resp, MHD_HTTP_HEADER_CONTENT_DISPOSITION, disp);
}

static void report(struct web_req *rq, enum report_kind kind, int council)
{
	const char *fmt = web_query(rq, "format"), *table = web_query(rq, "table");
	struct report_req r = {0};
	struct pick p = {table, STRBUF_INIT, STRBUF_INIT, false};
	struct strbuf out = STRBUF_INIT;
	struct store *s;
	struct err e = {0};
	enum doc_format df = DOC_HTML;
	char name[96], day[CAL_DATE_LEN];

	if (!fmt)
		fmt = "html";
	if (!strcmp(fmt, "markdown"))
		df = DOC_MARKDOWN;
	else if (strcmp(fmt, "html") && strcmp(fmt, "pdf") && strcmp(fmt, "csv")) {
		web_reply_bad_param(rq, "format", "format: html, markdown, pdf or csv, not '%s'", fmt);
		return;
	}
	r.kind = kind;
	r.council = council;
	r.from = -1;
	r.period = web_query(rq, "period");
	if (web_as_of_day(rq, &r.as_of) < 0 || !(s = web_store_or_503(rq)))
		return;
	if (report_build(s, &r, df, &out, pick_table, &p, &e) < 0) {
		strbuf_release(&out);
		strbuf_release(&p.csv);
		strbuf_release(&p.names);
		web_reply_problem(rq, e.code == ERR_DATA ? 404 : 500, "no-report", "No report", NULL,
				  NULL, "%s", e.msg);
		return;
	}
	snprintf(name, sizeof name, "%s-%d-%s", report_kind_name(kind), council,
		 cal_format_iso(r.as_of, day));
	if (!strcmp(fmt, "csv")) {
		strbuf_release(&out);
		if (!p.found) {
			web_reply_bad_param(rq, "table", "table: one of %s", strbuf_str(&p.names));
			strbuf_release(&p.csv);
		} else {
			web_reply_buf(rq, 200, "text/csv; charset=utf-8", &p.csv, "no-store");
		}
		strbuf_release(&p.names);
		return;
	}
	strbuf_release(&p.csv);
	strbuf_release(&p.names);
	if (!strcmp(fmt, "pdf")) {
		reply_pdf(rq, &out, name);
		strbuf_release(&out);
		return;
	}
	web_reply_buf(rq, 200, df == DOC_HTML ? "text/html; charset=utf-8" : "text/markdown; "
		      "charset=utf-8", &out, "no-store");
}

void web_get_report_page(struct web_req *rq)
{
	const char *k = web_param(rq, "kind");
	enum report_kind kind;
	int code;

	if (web_council_of(rq, &code) < 0)
		return;
	if (!k || !report_kind_parse(k, &kind) || kind == REPORT_NATIONAL) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "a council's reports are board, minister, highlight and review");
		return;
	}
	report(rq, kind, code);
}

void web_get_national_report_page(struct web_req *rq) { report(rq, REPORT_NATIONAL, 0); }

/* ---- the review queue ---- */

struct queue {
	struct web_req *rq;
	struct strbuf *sb;
	int n;
};

static int queue_row(void *ctx, const struct store_val *c, int n)
{
	struct queue *q = ctx;
	struct strbuf *sb = q->sb;
	json_t *rec, *w, *x;
	size_t i;

	if (n < 5 || c[0].t != SV_TEXT)
		return 0;
	q->n++;
	strbuf_addf(sb, "<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-"
			"wrapper\"><h2 class=\"govuk-summary-card__title\"><a class=\"govuk-link\" "
			"href=\"/instruments/%s\">",
		    c[0].s);
	web_html_escape(sb, c[3].t == SV_TEXT ? c[3].s : "(no title)");
	strbuf_adds(sb, "</a></h2></div><div class=\"govuk-summary-card__content\"><p "
			"class=\"govuk-body\">");
	web_html_escape(sb, c[1].t == SV_TEXT ? c[1].s : "?");
	strbuf_adds(sb, ", ");
	web_html_escape(sb, c[2].t == SV_TEXT ? c[2].s : "no date");
	strbuf_adds(sb, ". What the reader asks a person to confirm:</p><ul class=\"govuk-list "
			"govuk-list--bullet\">");
	rec = c[4].t == SV_TEXT ? json_loads(c[4].s, 0, NULL) : NULL;
	w = json_object_get(rec, "warnings");
	json_array_foreach(w, i, x) {
		strbuf_adds(sb, "<li>");
		web_html_escape(sb, json_string_value(json_object_get(x, "message"))
					    ? json_string_value(json_object_get(x, "message"))
					    : "");
		strbuf_adds(sb, "</li>");
	}
	json_decref(rec);
	strbuf_adds(sb, "</ul>");
	if (q->rq->role >= WEB_ROLE_DFE_ADMIN) {
		strbuf_addf(sb, "<form method=\"post\" action=\"/review/%s\">", c[0].s);
		web_csrf_field(q->rq, sb);
		strbuf_adds(sb, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" "
				"data-module=\"govuk-button\">Confirm as read</button></form>");
	}
	strbuf_adds(sb, "</div></div>\n");
	return 0;
}

void web_get_review_page(struct web_req *rq)
{
	struct strbuf sb = STRBUF_INIT;
	struct queue q = {rq, &sb, 0};
	struct store *s;
	struct err e = {0};

	if (!(s = web_store_or_503(rq)))
		return;
	web_page_begin(&sb, "Review queue");
	strbuf_adds(&sb, "<h1 class=\"govuk-heading-xl\">Review queue</h1>\n<p class=\"govuk-body\">"
			 "Instruments whose reading has warnings. Open one to see each duty in its "
			 "own words; correct a field with <code>oversight review --set</code>, or "
			 "confirm the reading here.</p>\n");
	if (store_query(s, "SELECT i.sha256, i.kind, i.date, i.title, i.record FROM instruments i "
			   "WHERE i.status = 'needs_review' ORDER BY i.date, i.sha256",
			NULL, 0, queue_row, &q, &e) < 0) {
		strbuf_release(&sb);
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	if (!q.n)
		strbuf_adds(&sb, "<p class=\"govuk-body\" id=\"empty\">Nothing to review.</p>\n");
	web_reply_page(rq, 200, &sb);
}

void web_post_review(struct web_req *rq)
{
	const char *sha = web_param(rq, "sha256");
	struct store *s;
	struct err e = {0};

	if (!web_sha256_ok(sha)) {
		web_reply_bad_param(rq, "sha256", "sha256: 64 lower-case hex digits");
		return;
	}
	if (web_check_csrf(rq, web_form(rq, "csrf")) < 0 || !(s = web_store_or_503(rq)))
		return;
	if (store_write_begin(s, &e) < 0 || ingest_correct(s, sha, "confirm", NULL, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		web_reply_problem(rq, e.code == ERR_DATA ? 404 : 500, "not-confirmed", "Not confirmed",
				  NULL, NULL, "%s", e.msg);
		return;
	}
	web_reply_redirect(rq, "/review");
}
