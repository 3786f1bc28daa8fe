/*
 * doc.h: one document, several formats.  A report is written once as a
 * sequence of calls (title, heading, paragraph, key-value summary, table,
 * chart) on a struct doc; the doc's format decides the bytes: a
 * self-contained printable HTML page (inline CSS, charts as inline SVG, each
 * chart followed by its data table), or Markdown (each chart as its text
 * alternative and its table).  CSV is per table (table_render_csv()).
 *
 * Ownership: the doc appends to a caller-owned strbuf; tables and charts are
 * borrowed for the duration of the call only.
 */
#ifndef OVERSIGHT_REPORT_DOC_H
#define OVERSIGHT_REPORT_DOC_H

#include "svg.h"
#include "table.h"

enum doc_format { DOC_HTML, DOC_MARKDOWN };

struct doc {
	enum doc_format format;
	struct strbuf *out; /* borrowed */
	bool open;          /* doc_begin called, doc_end not yet */
	int nchart;
};

/* Begin: the HTML head and title, or the Markdown title. subtitle may be NULL. */
void doc_begin(struct doc *d, enum doc_format f, struct strbuf *out, const char *title,
	       const char *subtitle);
void doc_end(struct doc *d);

void doc_heading(struct doc *d, int level, const char *text); /* level 2 or 3 */
void doc_para(struct doc *d, const char *text);
/* A short list of "key: value" facts (a summary box in HTML). */
void doc_facts(struct doc *d, const char *const *keys, const char *const *values, size_t n);
/* A table with a caption; cell styles become RAG/status classes in HTML. */
void doc_table(struct doc *d, const char *caption, const struct table *t);
/* A chart, then its data table (t may be NULL if the caller adds its own). */
void doc_line_chart(struct doc *d, const struct svg_line_chart *c, const struct table *t);
void doc_bar_chart(struct doc *d, const struct svg_bar_chart *c, const struct table *t);

#endif
