/*
 * upload.c: an instrument uploaded in the browser (or by a script): read,
 * shown for review, then ingested.
 *
 *   GET  /upload            the form (a file, PDF or text)
 *   POST /upload            multipart: stores the bytes content-addressed in
 *                           the register (a document awaiting review; the
 *                           source is never lost), 303 to its preview
 *   GET  /upload/{sha256}   the reader's record for a person to check:
 *                           kind, council, date, every obligation with its
 *                           due date or recurrence, and the warnings
 *   POST /upload/{sha256}   ingest it (one transaction, as `oversight ingest`)
 *   POST /api/v1/documents  the same first step for scripts: JSON {sha256, record}
 *   POST /api/v1/documents/{sha256}/ingest   the second: JSON ingest result
 * Only dfe_admin may upload or ingest (the route table says so).  Forms
 * carry the session's CSRF token; every write is audited as the user.
 */
#include "../base/compat.h"

#include "../cal/period.h"
#include "../ingest/ingest.h"
#include "../read/read.h"
#include "auth.h"
#include "multipart.h"
#include "page.h"

#define MAX_PARTS 8

void web_get_upload(struct web_req *rq)
{
	struct strbuf sb = STRBUF_INIT;

	web_page_begin(&sb, "Upload an instrument");
	strbuf_adds(&sb, "<h1 class=\"govuk-heading-xl\">Upload an instrument</h1>\n"
			 "<p class=\"govuk-body\">A statutory direction, improvement notice or "
			 "ministerial letter, as PDF or plain text. You will see what was read "
			 "from it before it goes into the register.</p>\n"
			 "<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">\n");
	web_csrf_field(rq, &sb);
	strbuf_adds(&sb, "<div class=\"govuk-form-group\"><label class=\"govuk-label\" "
			 "for=\"file\">The document</label><input class=\"govuk-file-upload\" "
			 "id=\"file\" name=\"file\" type=\"file\" accept=\".pdf,.txt,application/pdf,"
			 "text/plain\"></div>\n<button type=\"submit\" class=\"govuk-button\" "
			 "data-module=\"govuk-button\">Read it</button>\n</form>\n");
	web_reply_page(rq, 200, &sb);
}

/* Store the uploaded bytes; hex gets the SHA-256.  -1 with a reply set. */
static int store_upload(struct web_req *rq, char hex[65])
{
	struct web_part parts[MAX_PARTS];
	const struct web_part *file, *csrf;
	struct store *s;
	struct err e = {0};
	const char *why;
	size_t n;

	if (web_multipart_of(rq, parts, MAX_PARTS, &n, &why) < 0) {
		web_reply_problem(rq, 400, "bad-multipart", "Bad upload", NULL, NULL, "%s", why);
		return -1;
	}
	csrf = web_part_named(parts, n, "csrf");
	if (web_check_csrf(rq, csrf ? arena_strndup(&rq->arena, (const char *)csrf->data,
						    csrf->len)
				    : NULL) < 0)
		return -1;
	file = web_part_named(parts, n, "file");
	if (!file || !file->len) {
		web_reply_problem(rq, 400, "no-file", "No file", "file", NULL,
				  "choose a file to upload (the form field 'file')");
		return -1;
	}
	if (!(s = web_store_or_503(rq)))
		return -1;
	if (store_write_begin(s, &e) < 0 ||
	    store_document_put(s, file->filename && *file->filename ? file->filename : "(upload)",
			       file->data, file->len, hex, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		web_reply_problem(rq, 500, "store", "Not stored", NULL, NULL, "%s", e.msg);
		return -1;
	}
	return 0;
}

void web_post_upload(struct web_req *rq)
{
	char hex[65], to[96];

	if (store_upload(rq, hex) < 0)
		return;
	snprintf(to, sizeof to, "/upload/%s", hex);
	web_reply_redirect(rq, to);
}

/* The stored document sha read again; NULL with a reply set. */
static json_t *read_stored(struct web_req *rq, const char *sha)
{
	struct store *s;
	unsigned char *data = NULL;
	size_t len = 0;
	struct err e = {0};
	json_t *rec;

	if (!web_sha256_ok(sha)) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "'%s' is not a document's SHA-256", sha);
		return NULL;
	}
	if (!(s = web_store_or_503(rq)))
		return NULL;
	if (store_document_get(s, sha, &data, &len, &e) < 0) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL, "%s", e.msg);
		return NULL;
	}
	{
		struct read_input in = {data, len, sha, READ_AUTO};
		rec = read_document(&in, NULL, NULL, &e);
	}
	free(data);
	if (!rec)
		web_reply_problem(rq, 422, "not-an-instrument", "Not an instrument", NULL, NULL,
				  "%s", e.msg);
	return rec;
}

static const char *jtext(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	if (json_is_object(v))
		v = json_object_get(v, json_object_get(v, "value") ? "value" : "name");
	return json_is_string(v) ? json_string_value(v) : "";
}

static void row(struct strbuf *sb, const char *key, const char *value)
{
	strbuf_adds(sb, "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">");
	web_html_escape(sb, key);
	strbuf_adds(sb, "</dt><dd class=\"govuk-summary-list__value\">");
	web_html_escape(sb, value);
	strbuf_adds(sb, "</dd></div>\n");
}

static void obligations_table(struct strbuf *sb, json_t *rec)
{
	json_t *o;
	size_t i;

	strbuf_adds(sb, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
			"govuk-table__caption--m\">Duties read</caption><thead class=\""
			"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
			"class=\"govuk-table__header\">Clause</th><th scope=\"col\" class=\""
			"govuk-table__header\">Who</th><th scope=\"col\" class=\"govuk-table__header\">"
			"When</th><th scope=\"col\" class=\"govuk-table__header\">Duty</th></tr>"
			"</thead><tbody class=\"govuk-table__body\">\n");
	json_array_foreach(json_object_get(rec, "obligations"), i, o) {
		json_t *due = json_object_get(o, "due"), *rc = json_object_get(o, "recurrence");
		char when[96], words[48] = "";
		if (rc) {
			struct cal_period per;
			struct err pe = {0};
			if (cal_period_parse(strv_of(jtext(rc, "every")), &per, &pe) == 0)
				cal_period_words(per, words, sizeof words);
			else
				snprintf(words, sizeof words, "%s", jtext(rc, "every"));
		}
		const char *due_at = !due                    ? ""
		                     : jtext(due, "date")[0] ? jtext(due, "date")
		                                             : jtext(due, "rule");
		if (due && rc) /* "within 3 months ... and thereafter every three months" */
			snprintf(when, sizeof when, "%s, then every %s", due_at, words);
		else if (due)
			snprintf(when, sizeof when, "%s", due_at);
		else if (rc)
			snprintf(when, sizeof when, "every %s from %s", words, jtext(rc, "next"));
		else
			snprintf(when, sizeof when, "%s", jtext(o, "kind"));
		strbuf_adds(sb, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
		web_html_escape(sb, jtext(o, "id"));
		strbuf_adds(sb, "</td><td class=\"govuk-table__cell\">");
		web_html_escape(sb, jtext(o, "bearer"));
		strbuf_adds(sb, "</td><td class=\"govuk-table__cell\">");
		web_html_escape(sb, when);
		strbuf_adds(sb, "</td><td class=\"govuk-table__cell\">");
		web_html_escape(sb, jtext(o, "action"));
		strbuf_adds(sb, "</td></tr>\n");
	}
	strbuf_adds(sb, "</tbody></table>\n");
}

void web_get_upload_preview(struct web_req *rq)
{
	const char *sha = web_param(rq, "sha256");
	json_t *rec = read_stored(rq, sha), *w;
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	if (!rec)
		return;
	web_page_begin(&sb, "Check what was read");
	strbuf_adds(&sb, "<h1 class=\"govuk-heading-xl\">Check what was read</h1>\n"
			 "<dl class=\"govuk-summary-list\">\n");
	row(&sb, "Kind", jtext(rec, "kind"));
	row(&sb, "Council", jtext(rec, "council"));
	row(&sb, "Date", jtext(rec, "date"));
	row(&sb, "Title", jtext(rec, "title"));
	row(&sb, "SHA-256", sha);
	strbuf_adds(&sb, "</dl>\n");
	json_array_foreach(json_object_get(rec, "warnings"), i, w) {
		strbuf_adds(&sb, "<div class=\"govuk-warning-text\"><span class=\""
				 "govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong "
				 "class=\"govuk-warning-text__text\"><span class=\"govuk-visually-"
				 "hidden\">Warning</span>");
		web_html_escape(&sb, jtext(w, "message"));
		strbuf_adds(&sb, "</strong></div>\n");
	}
	obligations_table(&sb, rec);
	strbuf_adds(&sb, "<form method=\"post\" action=\"/upload/");
	strbuf_adds(&sb, sha);
	strbuf_adds(&sb, "\">\n");
	web_csrf_field(rq, &sb);
	strbuf_adds(&sb, "<button type=\"submit\" class=\"govuk-button\" data-module=\""
			 "govuk-button\">Put it in the register</button>\n</form>\n");
	json_decref(rec);
	web_reply_page(rq, 200, &sb);
}

/* Ingest stored document sha; 0 with r filled, -1 with a reply set. */
static int ingest_stored(struct web_req *rq, const char *sha, struct ingest_result *r)
{
	struct store *s;
	unsigned char *data = NULL;
	size_t len = 0;
	struct err e = {0};

	if (!web_sha256_ok(sha)) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "'%s' is not a document's SHA-256", sha);
		return -1;
	}
	if (!(s = web_store_or_503(rq)))
		return -1;
	if (store_document_get(s, sha, &data, &len, &e) < 0) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL, "%s", e.msg);
		return -1;
	}
	if (store_write_begin(s, &e) < 0 || ingest_document(s, sha, data, len, r, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		free(data);
		web_reply_problem(rq, e.code == ERR_DATA ? 422 : 500, "not-ingested",
				  "Not put in the register", NULL, NULL, "%s", e.msg);
		return -1;
	}
	free(data);
	return 0;
}

void web_post_upload_ingest(struct web_req *rq)
{
	struct ingest_result r;
	struct strbuf sb = STRBUF_INIT;
	char line[512];

	if (web_check_csrf(rq, web_form(rq, "csrf")) < 0 ||
	    ingest_stored(rq, web_param(rq, "sha256"), &r) < 0)
		return;
	web_page_begin(&sb, "In the register");
	strbuf_adds(&sb, "<div class=\"govuk-panel govuk-panel--confirmation\"><h1 class=\""
			 "govuk-panel__title\">");
	strbuf_adds(&sb, r.added ? "In the register" : "Already in the register");
	strbuf_adds(&sb, "</h1></div>\n<p class=\"govuk-body\">");
	snprintf(line, sizeof line, "%s of %s for %s: %d obligations, %d dated occurrences%s.",
		 r.kind, r.date, r.council, r.obligations, r.occurrences,
		 r.needs_review ? "; the reader's warnings are in the review queue" : "");
	web_html_escape(&sb, line);
	strbuf_adds(&sb, "</p>\n<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/instruments/");
	strbuf_adds(&sb, r.sha256);
	strbuf_adds(&sb, "\">See each duty where it was read</a></p>\n");
	web_reply_page(rq, r.added ? 201 : 200, &sb);
}

void web_post_api_documents(struct web_req *rq)
{
	char hex[65];
	json_t *rec;

	if (store_upload(rq, hex) < 0)
		return;
	rec = read_stored(rq, hex);
	if (!rec)
		return;
	web_reply_json(rq, 201, json_pack("{s:s, s:o}", "sha256", hex, "record", rec));
}

void web_post_api_document_ingest(struct web_req *rq)
{
	struct ingest_result r;

	if (web_check_csrf(rq, NULL) < 0 || ingest_stored(rq, web_param(rq, "sha256"), &r) < 0)
		return;
	web_reply_json(rq, r.added ? 201 : 200,
		       json_pack("{s:s, s:b, s:s, s:s, s:s, s:i, s:b, s:i, s:i, s:i}", "sha256",
				 r.sha256, "added", r.added, "kind", r.kind, "date", r.date,
				 "council", r.council, "council_code", r.council_code,
				 "needs_review", r.needs_review, "obligations", r.obligations,
				 "occurrences", r.occurrences, "resolved", r.resolved));
}
