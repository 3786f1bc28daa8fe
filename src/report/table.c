/*
 * table.c: aligned text tables and their CSV form (see table.h).  Widths
 * are measured in UTF-8 code points, which is right for the Latin text of
 * the register (council names, clause text) and never splits a character.
 */
#include "../base/compat.h"

#include "csv.h"
#include "table.h"

void table_init(struct table *t, int ncols, const char *const *headers, int flex)
{
	int i;

	memset(t, 0, sizeof(*t));
	t->ncols = ncols > TABLE_MAX_COLS ? TABLE_MAX_COLS : ncols;
	for (i = 0; i < t->ncols; i++)
		t->headers[i] = headers[i];
	t->flex = flex;
}

void table_release(struct table *t)
{
	size_t i;

	for (i = 0; i < t->nrows * (size_t)t->ncols; i++)
		free(t->cells[i].text);
	free(t->cells);
	memset(t, 0, sizeof(*t));
}

int table_add_row(struct table *t, const char *const *texts, const enum table_style *styles)
{
	int i;

	if (t->nrows == t->alloc) {
		size_t n = t->alloc ? t->alloc * 2 : 16;
		struct table_cell *c = realloc(t->cells, n * (size_t)t->ncols * sizeof(*c));
		if (!c)
			return -1;
		t->cells = c;
		t->alloc = n;
	}
	for (i = 0; i < t->ncols; i++) {
		struct table_cell *c = &t->cells[t->nrows * (size_t)t->ncols + (size_t)i];
		const char *s = texts[i] ? texts[i] : "";
		c->text = strdup(s);
		if (!c->text) {
			while (i-- > 0)
				free(t->cells[t->nrows * (size_t)t->ncols + (size_t)i].text);
			return -1;
		}
		c->style = styles ? styles[i] : TABLE_PLAIN;
	}
	t->nrows++;
	return 0;
}

/* UTF-8 code points in s. */
static int width_of(const char *s)
{
	int w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

/* Append s cut to at most w code points (with "…" if cut), padded to w. */
static void cell(struct strbuf *out, const char *s, int w, bool right, bool pad)
{
	int sw = width_of(s), i = 0;
	const char *p = s;

	if (sw <= w) {
		if (right)
			strbuf_addf(out, "%*s", w - sw, "");
		strbuf_adds(out, s);
		if (!right && pad)
			strbuf_addf(out, "%*s", w - sw, "");
		return;
	}
	/* cut: w-1 code points and an ellipsis */
	while (*p && i < w - 1) {
		p++;
		while (((unsigned char)*p & 0xc0) == 0x80)
			p++;
		i++;
	}
	strbuf_add(out, s, (size_t)(p - s));
	if (w > 0)
		strbuf_adds(out, "…");
}

static const char *style_on(enum table_style s)
{
	switch (s) {
	case TABLE_RED: return "\033[31m";
	case TABLE_AMBER: return "\033[33m";
	case TABLE_GREEN: return "\033[32m";
	case TABLE_DIM: return "\033[2m";
	case TABLE_BOLD: return "\033[1m";
	case TABLE_PLAIN: break;
	}
	return "";
}

void table_render(const struct table *t, struct strbuf *out, int width, bool colour)
{
	int w[TABLE_MAX_COLS], i, total = 0;
	size_t r;

	for (i = 0; i < t->ncols; i++)
		w[i] = width_of(t->headers[i]);
	for (r = 0; r < t->nrows; r++)
		for (i = 0; i < t->ncols; i++) {
			int cw = width_of(t->cells[r * (size_t)t->ncols + (size_t)i].text);
			if (cw > w[i])
				w[i] = cw;
		}
	for (i = 0; i < t->ncols; i++)
		total += w[i] + (i ? 2 : 0);
	if (total > width && t->flex >= 0 && t->flex < t->ncols) {
		int cut = total - width;
		int minw = width_of(t->headers[t->flex]) > 8 ? width_of(t->headers[t->flex]) : 8;
		w[t->flex] = w[t->flex] - cut < minw ? minw : w[t->flex] - cut;
	}
	for (i = 0; i < t->ncols; i++) {
		if (i)
			strbuf_adds(out, "  ");
		if (colour)
			strbuf_adds(out, style_on(TABLE_BOLD));
		cell(out, t->headers[i], w[i], t->right[i], i + 1 < t->ncols);
		if (colour)
			strbuf_adds(out, "\033[0m");
	}
	strbuf_addch(out, '\n');
	for (r = 0; r < t->nrows; r++) {
		for (i = 0; i < t->ncols; i++) {
			const struct table_cell *c = &t->cells[r * (size_t)t->ncols + (size_t)i];
			bool styled = colour && c->style != TABLE_PLAIN;
			if (i)
				strbuf_adds(out, "  ");
			if (styled)
				strbuf_adds(out, style_on(c->style));
			cell(out, c->text, w[i], t->right[i], i + 1 < t->ncols);
			if (styled)
				strbuf_adds(out, "\033[0m");
		}
		strbuf_addch(out, '\n');
	}
}

void table_render_csv(const struct table *t, struct strbuf *out)
{
	size_t r;
	int i;

	csv_record(out, t->headers, (size_t)t->ncols);
	for (r = 0; r < t->nrows; r++) {
		for (i = 0; i < t->ncols; i++)
			csv_field(out, t->cells[r * (size_t)t->ncols + (size_t)i].text, i == 0);
		csv_end(out);
	}
}
