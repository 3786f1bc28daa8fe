/*
 * doc.c: the HTML and Markdown forms of a report (see doc.h).  The HTML is
 * one self-contained file: inline CSS in the GOV.UK style (GDS Transport is
 * not embedded; the stack falls back to Arial), print rules for A4 with
 * page breaks before level-2 headings kept sensible, and no script.  The
 * Markdown escapes the characters that would change its structure.
 */
#include "../base/compat.h"

#include "doc.h"

static const char css[] =
	"body{font-family:\"GDS Transport\",arial,sans-serif;color:#0b0c0c;margin:0 auto;"
	"max-width:960px;padding:0 15px 30px;line-height:1.3}"
	"header{border-bottom:10px solid #1d70b8;margin-bottom:20px;padding:10px 0}"
	"h1{font-size:2rem;margin:10px 0}h2{font-size:1.5rem;margin-top:30px}"
	"h3{font-size:1.2rem}.subtitle{color:#505a5f;font-size:1.1rem;margin:0}"
	"table{border-collapse:collapse;width:100%;margin:10px 0 20px;font-size:.95rem}"
	"caption{text-align:left;font-weight:bold;padding-bottom:5px}"
	"th,td{border-bottom:1px solid #b1b4b6;padding:6px 10px 6px 0;text-align:left;"
	"vertical-align:top}th{font-weight:bold}"
	".facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 20px;"
	"border-left:5px solid #1d70b8;padding:10px 15px;background:#f3f2f1}"
	".facts dt{font-weight:bold}.facts dd{margin:0}"
	".s-red{color:#d4351c;font-weight:bold}.s-amber{color:#b35900;font-weight:bold}"
	".s-green{color:#00703c;font-weight:bold}.s-dim{color:#505a5f}.s-bold{font-weight:bold}"
	"svg.chart{width:100%;max-width:640px;height:auto;display:block;margin:10px 0}"
	"figure{margin:0 0 10px}figcaption{color:#505a5f;font-size:.9rem}"
	"@media print{body{max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}"
	"header{border-bottom-width:4px}}";

static void esc(struct doc *d, const char *s)
{
	svg_escape(d->out, s);
}

/* Markdown: escape the characters that start structure or break tables. */
static void md(struct doc *d, const char *s)
{
	for (; s && *s; s++) {
		if (strchr("\\`*_[]<>|#", *s))
			strbuf_addch(d->out, '\\');
		if (*s == '\n')
			strbuf_addch(d->out, ' ');
		else
			strbuf_addch(d->out, *s);
	}
}

void doc_begin(struct doc *d, enum doc_format f, struct strbuf *out, const char *title,
	       const char *subtitle)
{
	memset(d, 0, sizeof(*d));
	d->format = f;
	d->out = out;
	d->open = true;
	if (f == DOC_MARKDOWN) {
		strbuf_adds(out, "# ");
		md(d, title);
		strbuf_adds(out, "\n\n");
		if (subtitle) {
			md(d, subtitle);
			strbuf_adds(out, "\n\n");
		}
		return;
	}
	strbuf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
			 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
			 "<title>");
	esc(d, title);
	strbuf_addf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n<h1>", css);
	esc(d, title);
	strbuf_adds(out, "</h1>\n");
	if (subtitle) {
		strbuf_adds(out, "<p class=\"subtitle\">");
		esc(d, subtitle);
		strbuf_adds(out, "</p>\n");
	}
	strbuf_adds(out, "</header>\n<main>\n");
}

void doc_end(struct doc *d)
{
	if (!d->open)
		return;
	if (d->format == DOC_HTML)
		strbuf_adds(d->out, "</main>\n</body>\n</html>\n");
	d->open = false;
}

void doc_heading(struct doc *d, int level, const char *text)
{
	if (level < 2)
		level = 2;
	if (level > 3)
		level = 3;
	if (d->format == DOC_MARKDOWN) {
		strbuf_adds(d->out, level == 2 ? "## " : "### ");
		md(d, text);
		strbuf_adds(d->out, "\n\n");
		return;
	}
	strbuf_addf(d->out, "<h%d>", level);
	esc(d, text);
	strbuf_addf(d->out, "</h%d>\n", level);
}

void doc_para(struct doc *d, const char *text)
{
	if (d->format == DOC_MARKDOWN) {
		md(d, text);
		strbuf_adds(d->out, "\n\n");
		return;
	}
	strbuf_adds(d->out, "<p>");
	esc(d, text);
	strbuf_adds(d->out, "</p>\n");
}

void doc_facts(struct doc *d, const char *const *keys, const char *const *values, size_t n)
{
	size_t i;

	if (d->format == DOC_MARKDOWN) {
		for (i = 0; i < n; i++) {
			strbuf_adds(d->out, "- **");
			md(d, keys[i]);
			strbuf_adds(d->out, ":** ");
			md(d, values[i]);
			strbuf_addch(d->out, '\n');
		}
		strbuf_addch(d->out, '\n');
		return;
	}
	strbuf_adds(d->out, "<dl class=\"facts\">\n");
	for (i = 0; i < n; i++) {
		strbuf_adds(d->out, "<dt>");
		esc(d, keys[i]);
		strbuf_adds(d->out, "</dt><dd>");
		esc(d, values[i]);
		strbuf_adds(d->out, "</dd>\n");
	}
	strbuf_adds(d->out, "</dl>\n");
}

static const char *style_class(enum table_style s)
{
	switch (s) {
	case TABLE_RED: return "s-red";
	case TABLE_AMBER: return "s-amber";
	case TABLE_GREEN: return "s-green";
	case TABLE_DIM: return "s-dim";
	case TABLE_BOLD: return "s-bold";
	case TABLE_PLAIN: break;
	}
	return NULL;
}

void doc_table(struct doc *d, const char *caption, const struct table *t)
{
	size_t r;
	int i;

	if (d->format == DOC_MARKDOWN) {
		if (caption) {
			strbuf_adds(d->out, "**");
			md(d, caption);
			strbuf_adds(d->out, "**\n\n");
		}
		for (i = 0; i < t->ncols; i++) {
			strbuf_adds(d->out, "| ");
			md(d, t->headers[i]);
			strbuf_addch(d->out, ' ');
		}
		strbuf_adds(d->out, "|\n");
		for (i = 0; i < t->ncols; i++)
			strbuf_adds(d->out, t->right[i] ? "|---:" : "|---");
		strbuf_adds(d->out, "|\n");
		for (r = 0; r < t->nrows; r++) {
			for (i = 0; i < t->ncols; i++) {
				strbuf_adds(d->out, "| ");
				md(d, t->cells[r * (size_t)t->ncols + (size_t)i].text);
				strbuf_addch(d->out, ' ');
			}
			strbuf_adds(d->out, "|\n");
		}
		if (!t->nrows)
			strbuf_adds(d->out, "\n(none)\n");
		strbuf_addch(d->out, '\n');
		return;
	}
	strbuf_adds(d->out, "<table>\n");
	if (caption) {
		strbuf_adds(d->out, "<caption>");
		esc(d, caption);
		strbuf_adds(d->out, "</caption>\n");
	}
	strbuf_adds(d->out, "<thead><tr>");
	for (i = 0; i < t->ncols; i++) {
		strbuf_adds(d->out, "<th scope=\"col\">");
		esc(d, t->headers[i]);
		strbuf_adds(d->out, "</th>");
	}
	strbuf_adds(d->out, "</tr></thead>\n<tbody>\n");
	for (r = 0; r < t->nrows; r++) {
		strbuf_adds(d->out, "<tr>");
		for (i = 0; i < t->ncols; i++) {
			const struct table_cell *c = &t->cells[r * (size_t)t->ncols + (size_t)i];
			const char *cls = style_class(c->style);
			strbuf_adds(d->out, "<td");
			if (cls)
				strbuf_addf(d->out, " class=\"%s\"", cls);
			strbuf_addch(d->out, '>');
			esc(d, c->text);
			strbuf_adds(d->out, "</td>");
		}
		strbuf_adds(d->out, "</tr>\n");
	}
	if (!t->nrows)
		strbuf_addf(d->out, "<tr><td colspan=\"%d\">None.</td></tr>\n", t->ncols);
	strbuf_adds(d->out, "</tbody>\n</table>\n");
}

static void chart(struct doc *d, const char *title, struct strbuf *desc, struct strbuf *svg,
		  const struct table *t)
{
	if (d->format == DOC_MARKDOWN) {
		strbuf_adds(d->out, "*");
		md(d, strbuf_str(desc));
		strbuf_adds(d->out, "*\n\n");
	} else {
		strbuf_adds(d->out, "<figure>\n");
		strbuf_add(d->out, svg->buf ? svg->buf : "", svg->len);
		strbuf_adds(d->out, "<figcaption>");
		esc(d, strbuf_str(desc));
		strbuf_adds(d->out, "</figcaption>\n</figure>\n");
	}
	if (t)
		doc_table(d, title, t);
	d->nchart++;
}

void doc_line_chart(struct doc *d, const struct svg_line_chart *c, const struct table *t)
{
	struct strbuf desc = STRBUF_INIT, svg = STRBUF_INIT;

	svg_line_chart_desc(&desc, c);
	if (d->format == DOC_HTML)
		svg_line_chart(&svg, c);
	chart(d, c->title, &desc, &svg, t);
	strbuf_release(&desc);
	strbuf_release(&svg);
}

void doc_bar_chart(struct doc *d, const struct svg_bar_chart *c, const struct table *t)
{
	struct strbuf desc = STRBUF_INIT, svg = STRBUF_INIT;

	svg_bar_chart_desc(&desc, c);
	if (d->format == DOC_HTML)
		svg_bar_chart(&svg, c);
	chart(d, c->title, &desc, &svg, t);
	strbuf_release(&desc);
	strbuf_release(&svg);
}
