/*
 * page_instrument.c: the provenance view.  GET /instruments/{sha256} shows
 * an instrument's own text with every duty the reader found highlighted in
 * place (<mark>, numbered, linked both ways), and beside each its bearer,
 * its due date or recurrence with the derivation, and the dated
 * occurrences the register holds for it.  The text is the reader's text
 * of the stored document (read again: the spans in the record point into
 * it), so what is highlighted is exactly the words each fact came from.
 * Public, like the instrument itself.  No script: anchors only.
 */
#include "../base/compat.h"

#include "../cal/recur.h"
#include "../read/read.h"
#include "auth.h"
#include "page.h"

struct mark {
	size_t start, end;
	int n; /* 1-based duty number */
};

static int by_start(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

static const char *js(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	if (json_is_object(v))
		v = json_object_get(v, json_object_get(v, "value") ? "value" : "name");
	return json_is_string(v) ? json_string_value(v) : "";
}

static void escape_range(struct strbuf *sb, const char *text, size_t from, size_t to)
{
	struct strbuf piece = STRBUF_INIT;
	strbuf_add(&piece, text + from, to - from);
	web_html_escape(sb, strbuf_str(&piece));
	strbuf_release(&piece);
}

/* The text with the duties' spans marked; duties read from the same words
 * share one mark; a span overlapping an earlier one is not marked again. */
static void marked_text(struct strbuf *sb, const char *text, size_t len, json_t *obls)
{
	struct mark m[512];
	size_t n = 0, i, at = 0;
	json_t *o;

	json_array_foreach(obls, i, o) {
		json_t *sp = json_object_get(o, "span");
		if (n < ARRAY_SIZE(m) && json_array_size(sp) >= 2) {
			m[n].start = (size_t)json_integer_value(json_array_get(sp, 0));
			m[n].end = (size_t)json_integer_value(json_array_get(sp, 1));
			m[n].n = (int)i + 1;
			if (m[n].start < m[n].end && m[n].end <= len)
				n++;
		}
	}
	qsort(m, n, sizeof m[0], by_start);
	strbuf_adds(sb, "<pre class=\"ov-document\">");
	for (i = 0; i < n; i++) {
		char tag[160];
		size_t j;
		if (m[i].start < at)
			continue; /* overlaps the previous mark (duties sharing words: see below) */
		escape_range(sb, text, at, m[i].start);
		snprintf(tag, sizeof tag, "<mark id=\"t%d\"><a class=\"govuk-link\" href=\"#d%d\">",
			 m[i].n, m[i].n);
		strbuf_adds(sb, tag);
		escape_range(sb, text, m[i].start, m[i].end);
		strbuf_adds(sb, "</a><sup>");
		/* every duty read from these same words gets its number here */
		for (j = i; j < n && m[j].start == m[i].start; j++) {
			snprintf(tag, sizeof tag, "<a class=\"govuk-link\" href=\"#d%d\">[%d]</a>",
				 m[j].n, m[j].n);
			strbuf_adds(sb, tag);
		}
		strbuf_adds(sb, "</sup></mark>");
		at = m[i].end;
	}
	escape_range(sb, text, at, len);
	strbuf_adds(sb, "</pre>\n");
}

struct occ_list {
	struct strbuf *sb;
	int n;
};

static int occ_row(void *ctx, const struct store_val *c, int n)
{
	struct occ_list *k = ctx;
	if (n < 3)
		return 1;
	if (k->n++ == 0)
		strbuf_adds(k->sb, "<ul class=\"govuk-list\">");
	if (k->n > 24) {
		if (k->n == 25)
			strbuf_adds(k->sb, "<li>...</li>");
		return 0;
	}
	strbuf_adds(k->sb, "<li>");
	web_html_escape(k->sb, c[0].t == SV_TEXT ? c[0].s : "");
	if (c[2].i > 0)
		strbuf_adds(k->sb, " <strong class=\"govuk-tag govuk-tag--green\">evidence</strong>");
	strbuf_adds(k->sb, "</li>");
	return 0;
}

static void duty(struct web_req *rq, struct strbuf *sb, const char *sha, json_t *o, int n)
{
	json_t *due = json_object_get(o, "due"), *rc = json_object_get(o, "recurrence");
	struct store *s = web_store(rq);
	char head[200];

	snprintf(head, sizeof head, "<div class=\"govuk-summary-card\" id=\"d%d\"><div class=\""
		 "govuk-summary-card__title-wrapper\"><h3 class=\"govuk-summary-card__title\">"
		 "<a class=\"govuk-link\" href=\"#t%d\">[%d]</a> ", n, n, n);
	strbuf_adds(sb, head);
	web_html_escape(sb, js(o, "id"));
	strbuf_adds(sb, "</h3></div><div class=\"govuk-summary-card__content\"><dl class=\""
			"govuk-summary-list\">");
#define ROW(k, v)                                                                               \
	do {                                                                                    \
		strbuf_adds(sb, "<div class=\"govuk-summary-list__row\"><dt class=\""           \
				"govuk-summary-list__key\">" k "</dt><dd class=\""             \
				"govuk-summary-list__value\">");                               \
		web_html_escape(sb, v);                                                         \
		strbuf_adds(sb, "</dd></div>");                                                 \
	} while (0)
	ROW("Who", js(o, "bearer"));
	if (js(o, "to")[0])
		ROW("To", js(o, "to"));
	ROW("Kind", js(o, "kind"));
	if (due) {
		ROW("Due", js(due, "date"));
		ROW("Worked out", js(due, "derivation"));
	}
	if (rc) {
		ROW("Every", js(rc, "every"));
		if (js(rc, "day")[0]) { /* "1MO": the first Monday of each month */
			struct cal_dayrule dr;
			char words[48] = "";
			if (cal_dayrule_parse(strv_of(js(rc, "day")), &dr, NULL) == 0)
				cal_dayrule_words(dr, words, sizeof(words));
			ROW("On", words[0] ? words : js(rc, "day"));
		}
		ROW("First", js(rc, "next"));
		ROW("Worked out", js(rc, "derivation"));
	}
	if (js(o, "condition")[0])
		ROW("Condition", js(o, "condition"));
#undef ROW
	strbuf_adds(sb, "</dl>");
	if (s && (due || rc)) {
		struct occ_list k = {sb, 0};
		struct store_val p[] = {sv_text(sha), sv_text(js(o, "id"))};
		struct err e = {0};
		store_query(s, "SELECT o.due_date, o.k, (SELECT count(*) FROM evidence v WHERE "
			    "v.occurrence = o.id) FROM occurrences o JOIN obligations b ON b.id = "
			    "o.obligation WHERE b.instrument = ? AND b.ref = ? ORDER BY o.k",
			    p, 2, occ_row, &k, &e);
		if (k.n)
			strbuf_adds(sb, "</ul>");
	}
	strbuf_adds(sb, "</div></div>\n");
}

void web_get_instrument_page(struct web_req *rq)
{
	const char *sha = web_param(rq, "sha256");
	struct store *s = web_store(rq);
	unsigned char *data = NULL;
	size_t len = 0, tlen = 0, i;
	char *text = NULL;
	struct err e = {0};
	struct strbuf sb = STRBUF_INIT;
	json_t *rec, *o;
	int64_t known = 0;

	if (!s) {
		web_reply_problem(rq, 503, "no-register", "No register", NULL, NULL,
				  "the server has no register");
		return;
	}
	{
		struct store_val k[] = {sv_text(sha)};
		if (store_query_int(s, "SELECT count(*) FROM instruments WHERE sha256 = ?", k, 1, 0,
				    &known, &e) < 0 || !known ||
		    store_document_get(s, sha, &data, &len, &e) < 0) {
			web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
					  "no instrument %s in the register", sha);
			return;
		}
	}
	{
		struct read_input in = {data, len, sha, READ_AUTO};
		rec = read_document(&in, &text, &tlen, &e);
	}
	free(data);
	if (!rec) {
		web_reply_problem(rq, 500, "unreadable", "Unreadable", NULL, NULL, "%s", e.msg);
		return;
	}
	web_page_begin(&sb, js(rec, "title")[0] ? js(rec, "title") : "Instrument");
	strbuf_adds(&sb, "<span class=\"govuk-caption-l\">");
	web_html_escape(&sb, js(rec, "council"));
	strbuf_adds(&sb, ", ");
	web_html_escape(&sb, js(rec, "date"));
	strbuf_adds(&sb, "</span>\n<h1 class=\"govuk-heading-l\">");
	web_html_escape(&sb, js(rec, "title")[0] ? js(rec, "title") : js(rec, "kind"));
	strbuf_adds(&sb, "</h1>\n<p class=\"govuk-body\">Each duty the reader found is marked in "
			 "the text; its number links to what the register made of it. <a class=\""
			 "govuk-link\" href=\"/api/v1/documents/");
	strbuf_adds(&sb, sha);
	strbuf_adds(&sb, "\">The original document</a>, <a class=\"govuk-link\" href=\""
			 "/api/v1/instruments/");
	strbuf_adds(&sb, sha);
	strbuf_adds(&sb, "\">the record as JSON</a>.</p>\n<div class=\"govuk-grid-row\">"
			 "<div class=\"govuk-grid-column-two-thirds\"><h2 class=\"govuk-heading-m\">"
			 "The text</h2>\n");
	marked_text(&sb, text, tlen, json_object_get(rec, "obligations"));
	strbuf_adds(&sb, "</div><div class=\"govuk-grid-column-one-third\"><h2 class=\""
			 "govuk-heading-m\">Duties</h2>\n");
	json_array_foreach(json_object_get(rec, "obligations"), i, o)
		duty(rq, &sb, sha, o, (int)i + 1);
	strbuf_adds(&sb, "</div></div>\n");
	free(text);
	json_decref(rec);
	web_page_end(&sb);
	web_reply_buf(rq, 200, "text/html; charset=utf-8", &sb, "no-cache");
}
