/*
 * svg.c: line and bar charts as inline SVG (see svg.h).  Layout is fixed:
 * a 640 x 280 view box, a left margin for the value axis, a bottom margin
 * for labels.  The value axis runs from a "nice" floor to a "nice" ceiling
 * (1, 2 or 5 times a power of ten) that include every value and the target.
 */
#include "../base/compat.h"

#include <math.h>

#include "svg.h"

#define W 640.0
#define H 280.0
#define ML 56.0  /* left margin */
#define MR 16.0
#define MT 36.0  /* top margin: title */
#define MB 48.0  /* bottom margin: labels */

void svg_escape(struct strbuf *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': strbuf_adds(out, "&amp;"); break;
		case '<': strbuf_adds(out, "&lt;"); break;
		case '>': strbuf_adds(out, "&gt;"); break;
		case '"': strbuf_adds(out, "&quot;"); break;
		case '\'': strbuf_adds(out, "&#39;"); break;
		default:
			if ((unsigned char)*s >= 0x20 || *s == '\n' || *s == '\t')
				strbuf_addch(out, *s);
		}
	}
}

/* A "nice" step for an axis spanning `span` with about 5 ticks. */
static double nice_step(double span)
{
	double raw = span / 5.0, mag, f;

	if (raw <= 0)
		return 1.0;
	mag = pow(10.0, floor(log10(raw)));
	f = raw / mag;
	return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * mag;
}

static void fmt_num(char *buf, size_t n, double v)
{
	if (fabs(v - round(v)) < 1e-9)
		snprintf(buf, n, "%.0f", v);
	else
		snprintf(buf, n, "%.1f", v);
}

/* "%" sits against its number; a word ("children") is spaced from it. */
static const char *unit_sep(const char *unit)
{
	return unit && ((*unit >= 'a' && *unit <= 'z') || (*unit >= 'A' && *unit <= 'Z')) ? " " : "";
}

/* The fill of a bar: the GOV.UK colour of a RAG class, else blue. */
static const char *bar_fill(const char *css_class)
{
	static const char *const map[][2] = {{"rag-red", "#d4351c"},
					     {"rag-amber", "#f47738"},
					     {"rag-green", "#00703c"},
					     {"rag-blue", "#1d70b8"}};
	size_t i;

	for (i = 0; css_class && i < sizeof map / sizeof map[0]; i++)
		if (!strcmp(css_class, map[i][0]))
			return map[i][1];
	return "#1d70b8";
}

/* The visible title: at most TITLE_MAX bytes, cut at a space with an ellipsis (the
 * whole title is in <title> and in the caption of the table beside the chart). */
#define TITLE_MAX 72
static void visible_title(struct strbuf *out, const char *title)
{
	size_t n = strlen(title), cut;
	char buf[TITLE_MAX + 1];

	if (n <= TITLE_MAX) {
		svg_escape(out, title);
		return;
	}
	for (cut = TITLE_MAX; cut > TITLE_MAX / 2 && title[cut] != ' '; cut--)
		;
	if (title[cut] != ' ')
		for (cut = TITLE_MAX; cut > 0 && ((unsigned char)title[cut] & 0xC0) == 0x80; cut--)
			;
	memcpy(buf, title, cut);
	buf[cut] = 0;
	svg_escape(out, buf);
	strbuf_adds(out, "\xe2\x80\xa6"); /* … */
}

static void open_svg(struct strbuf *out, const char *id, const char *title, struct strbuf *desc)
{
	strbuf_addf(out,
		    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
		    "role=\"img\" aria-labelledby=\"%s-title %s-desc\" class=\"chart\">\n"
		    "<title id=\"%s-title\">",
		    W, H, id, id, id);
	svg_escape(out, title);
	strbuf_addf(out, "</title>\n<desc id=\"%s-desc\">", id);
	svg_escape(out, strbuf_str(desc));
	strbuf_adds(out, "</desc>\n");
	strbuf_addf(out, "<text x=\"%.0f\" y=\"22\" class=\"chart-title\" font-size=\"15\" "
			 "font-weight=\"bold\">",
		    ML);
	visible_title(out, title);
	strbuf_adds(out, "</text>\n");
}

static void axis(struct strbuf *out, double lo, double hi, double step, const char *unit)
{
	double v;
	char num[32];

	for (v = lo; v <= hi + step / 2; v += step) {
		double y = MT + (H - MT - MB) * (1.0 - (v - lo) / (hi - lo));
		fmt_num(num, sizeof(num), v);
		strbuf_addf(out,
			    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\" "
			    "stroke-width=\"1\"/>\n<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
			    "font-size=\"12\">%s%s%s</text>\n",
			    ML, y, W - MR, y, ML - 6, y + 4, num, unit_sep(unit), unit ? unit : "");
	}
}

static void range(const double *vals, size_t n, double extra, bool has_extra, double *lo, double *hi,
		  double *step)
{
	double mn = 0, mx = 0;
	size_t i;
	bool any = false;

	for (i = 0; i < n; i++) {
		if (!any || vals[i] < mn)
			mn = vals[i];
		if (!any || vals[i] > mx)
			mx = vals[i];
		any = true;
	}
	if (has_extra) {
		if (!any || extra < mn)
			mn = extra;
		if (!any || extra > mx)
			mx = extra;
		any = true;
	}
	if (!any)
		mn = 0, mx = 1;
	if (mn > 0)
		mn = 0; /* bars and most measures read best from zero */
	if (mx <= mn)
		mx = mn + 1;
	*step = nice_step(mx - mn);
	*lo = floor(mn / *step) * *step;
	*hi = ceil(mx / *step) * *step;
	if (*hi <= *lo)
		*hi = *lo + *step;
}

void svg_line_chart_desc(struct strbuf *out, const struct svg_line_chart *c)
{
	size_t i, first = SIZE_MAX, last = SIZE_MAX, lo = SIZE_MAX, hi = SIZE_MAX, count = 0;
	char a[32], b[32];

	for (i = 0; i < c->npoints; i++) {
		if (c->points[i].missing)
			continue;
		if (first == SIZE_MAX)
			first = i;
		last = i;
		if (lo == SIZE_MAX || c->points[i].value < c->points[lo].value)
			lo = i;
		if (hi == SIZE_MAX || c->points[i].value > c->points[hi].value)
			hi = i;
		count++;
	}
	strbuf_addf(out, "Line chart of %s: ", c->title);
	if (!count) {
		strbuf_adds(out, "no values yet.");
	} else {
		fmt_num(a, sizeof(a), c->points[first].value);
		fmt_num(b, sizeof(b), c->points[last].value);
		strbuf_addf(out, "%zu value%s from %s (%s%s%s) to %s (%s%s%s)", count,
			    count == 1 ? "" : "s", c->points[first].label, a, unit_sep(c->unit), c->unit,
			    c->points[last].label, b, unit_sep(c->unit), c->unit);
		fmt_num(a, sizeof(a), c->points[lo].value);
		fmt_num(b, sizeof(b), c->points[hi].value);
		strbuf_addf(out, "; lowest %s%s%s (%s), highest %s%s%s (%s)", a, unit_sep(c->unit),
			    c->unit, c->points[lo].label, b, unit_sep(c->unit), c->unit,
			    c->points[hi].label);
		strbuf_addch(out, '.');
	}
	if (c->has_target) {
		fmt_num(a, sizeof(a), c->target);
		strbuf_addf(out, " Target %s%s%s; %s is better.", a, unit_sep(c->unit), c->unit,
			    c->higher_is_better ? "higher" : "lower");
	}
}

void svg_line_chart(struct strbuf *out, const struct svg_line_chart *c)
{
	struct strbuf desc = STRBUF_INIT;
	double *vals = malloc(sizeof(double) * (c->npoints ? c->npoints : 1));
	double lo, hi, step, xstep;
	size_t i, nv = 0;
	bool pen = false;

	if (!vals) {
		out->failed = true;
		return;
	}
	for (i = 0; i < c->npoints; i++)
		if (!c->points[i].missing)
			vals[nv++] = c->points[i].value;
	range(vals, nv, c->target, c->has_target, &lo, &hi, &step);
	free(vals);
	svg_line_chart_desc(&desc, c);
	open_svg(out, c->id, c->title, &desc);
	strbuf_release(&desc);
	axis(out, lo, hi, step, c->unit);
	xstep = c->npoints > 1 ? (W - ML - MR - 20) / (double)(c->npoints - 1) : 0;
	if (c->has_target) {
		double y = MT + (H - MT - MB) * (1.0 - (c->target - lo) / (hi - lo));
		strbuf_addf(out,
			    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#00703c\" "
			    "stroke-width=\"2\" stroke-dasharray=\"6 4\" class=\"target\"/>\n"
			    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\" "
			    "fill=\"#00703c\">target</text>\n",
			    ML, y, W - MR, y, W - MR, y - 4);
	}
	strbuf_adds(out, "<path fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\" class=\"series\" d=\"");
	for (i = 0; i < c->npoints; i++) {
		double x = ML + 10 + xstep * (double)i, y;
		if (c->points[i].missing) {
			pen = false;
			continue;
		}
		y = MT + (H - MT - MB) * (1.0 - (c->points[i].value - lo) / (hi - lo));
		strbuf_addf(out, "%s%.1f %.1f ", pen ? "L" : "M", x, y);
		pen = true;
	}
	strbuf_adds(out, "\"/>\n");
	for (i = 0; i < c->npoints; i++) {
		double x = ML + 10 + xstep * (double)i;
		if (!c->points[i].missing) {
			double y = MT + (H - MT - MB) * (1.0 - (c->points[i].value - lo) / (hi - lo));
			strbuf_addf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1d70b8\"/>\n", x,
				    y);
		}
		/* Label every point when few, else about six of them. */
		if (c->npoints <= 8 || i % ((c->npoints + 5) / 6) == 0 || i + 1 == c->npoints) {
			strbuf_addf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
					 "font-size=\"12\">",
				    x, H - MB + 18);
			svg_escape(out, c->points[i].label);
			strbuf_adds(out, "</text>\n");
		}
	}
	strbuf_adds(out, "</svg>\n");
}

void svg_bar_chart_desc(struct strbuf *out, const struct svg_bar_chart *c)
{
	size_t i;
	char num[32];

	strbuf_addf(out, "Bar chart of %s: ", c->title);
	if (!c->nbars)
		strbuf_adds(out, "no values.");
	for (i = 0; i < c->nbars; i++) {
		fmt_num(num, sizeof(num), c->bars[i].value);
		strbuf_addf(out, "%s %s%s%s%s", c->bars[i].label, num, unit_sep(c->unit), c->unit,
			    i + 1 < c->nbars ? "; " : ".");
	}
}

void svg_bar_chart(struct strbuf *out, const struct svg_bar_chart *c)
{
	struct strbuf desc = STRBUF_INIT;
	double *vals = malloc(sizeof(double) * (c->nbars ? c->nbars : 1));
	double lo, hi, step, slot, bw;
	size_t i;
	char num[32];

	if (!vals) {
		out->failed = true;
		return;
	}
	for (i = 0; i < c->nbars; i++)
		vals[i] = c->bars[i].value;
	range(vals, c->nbars, 0, false, &lo, &hi, &step);
	free(vals);
	svg_bar_chart_desc(&desc, c);
	open_svg(out, c->id, c->title, &desc);
	strbuf_release(&desc);
	axis(out, lo, hi, step, c->unit);
	slot = c->nbars ? (W - ML - MR) / (double)c->nbars : 0;
	bw = slot * 0.6;
	for (i = 0; i < c->nbars; i++) {
		double x = ML + slot * (double)i + (slot - bw) / 2;
		double y0 = MT + (H - MT - MB) * (1.0 - (0 - lo) / (hi - lo));
		double y = MT + (H - MT - MB) * (1.0 - (c->bars[i].value - lo) / (hi - lo));
		fmt_num(num, sizeof(num), c->bars[i].value);
		strbuf_addf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
				 "fill=\"%s\"",
			    x, y < y0 ? y : y0, bw, fabs(y0 - y), bar_fill(c->bars[i].css_class));
		if (c->bars[i].css_class) {
			strbuf_adds(out, " class=\"");
			svg_escape(out, c->bars[i].css_class);
			strbuf_addch(out, '"');
		}
		strbuf_addf(out, "/>\n<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
				 "font-size=\"12\">%s</text>\n",
			    x + bw / 2, (y < y0 ? y : y0) - 4, num);
		strbuf_addf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\">",
			    x + bw / 2, H - MB + 18);
		svg_escape(out, c->bars[i].label);
		strbuf_adds(out, "</text>\n");
	}
	strbuf_adds(out, "</svg>\n");
}
