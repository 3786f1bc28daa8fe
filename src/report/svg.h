/*
 * svg.h: charts drawn by our own code as inline SVG, for reports that must
 * print and work offline.  Every chart carries its text alternative: a
 * <title>, and a <desc> that states what the chart shows in words (first
 * and last values, highest and lowest, the target), with role="img" and
 * aria-labelledby, so a screen reader or a text-only reader loses nothing.
 * The report writers put the same data beside it as a table.
 *
 * Output is deterministic: the same data give the same bytes (numbers are
 * printed with fixed precision, no timestamps, ids derived from the caller's
 * id).
 */
#ifndef OVERSIGHT_REPORT_SVG_H
#define OVERSIGHT_REPORT_SVG_H

#include "../base/strbuf.h"

struct svg_point {
	const char *label; /* x-axis label, e.g. "2020-01"; borrowed */
	double value;
	bool missing;      /* no value for this label */
};

struct svg_line_chart {
	const char *id;    /* unique in the page, [a-z0-9-] */
	const char *title; /* e.g. "Re-referrals within 12 months" */
	const char *unit;  /* e.g. "%", may be "" */
	const struct svg_point *points; /* borrowed */
	size_t npoints;
	bool has_target;
	double target;
	bool higher_is_better;
};

struct svg_bar {
	const char *label;
	double value;
	const char *css_class; /* e.g. "rag-red"; may be NULL */
};

struct svg_bar_chart {
	const char *id, *title, *unit;
	const struct svg_bar *bars; /* borrowed */
	size_t nbars;
};

/* Append the chart's <svg> element to out. */
void svg_line_chart(struct strbuf *out, const struct svg_line_chart *c);
void svg_bar_chart(struct strbuf *out, const struct svg_bar_chart *c);

/* The chart's text alternative (what <desc> holds), appended to out. */
void svg_line_chart_desc(struct strbuf *out, const struct svg_line_chart *c);
void svg_bar_chart_desc(struct strbuf *out, const struct svg_bar_chart *c);

/* Escape text for HTML/XML character data or attribute values. */
void svg_escape(struct strbuf *out, const char *s);

#endif
