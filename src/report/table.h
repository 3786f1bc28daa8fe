/*
 * table.h: the aligned tables that list verbs print (due, status,
 * timeline), and their CSV form.
 *
 * Columns are sized to their widest cell (counted in UTF-8 characters, not
 * bytes); when the table is wider than the terminal (80 columns unless
 * COLUMNS says otherwise), the one flexible column is cut to fit and ends in
 * "…".  Colour is used only when the caller asks (the CLI asks when stdout
 * is a terminal, NO_COLOR is unset and TERM is not "dumb": src/cli/term.c),
 * and then only to mark cell styles, never to carry meaning alone: the
 * words are always there.
 *
 * Ownership: the table copies every string it is given; table_release()
 * frees them.
 */
#ifndef OVERSIGHT_REPORT_TABLE_H
#define OVERSIGHT_REPORT_TABLE_H

#include "../base/strbuf.h"

#define TABLE_MAX_COLS 12

enum table_style { TABLE_PLAIN, TABLE_RED, TABLE_AMBER, TABLE_GREEN, TABLE_DIM, TABLE_BOLD };

struct table_cell {
	char *text;
	enum table_style style;
};

struct table {
	int ncols;
	const char *headers[TABLE_MAX_COLS]; /* borrowed: string literals */
	bool right[TABLE_MAX_COLS];          /* right-align (numbers) */
	int flex;                            /* the column to cut when too wide, or -1 */
	struct table_cell *cells;            /* rows x ncols */
	size_t nrows, alloc;
};

void table_init(struct table *t, int ncols, const char *const *headers, int flex);
void table_release(struct table *t);
/* Append a row of ncols cells (NULL text is ""). Returns -1 on out of memory. */
int table_add_row(struct table *t, const char *const *texts, const enum table_style *styles);

/* Render for a terminal of `width` columns; colour on or off. */
void table_render(const struct table *t, struct strbuf *out, int width, bool colour);
/* Render as CSV (RFC 4180, header row first). */
void table_render_csv(const struct table *t, struct strbuf *out);

#endif
