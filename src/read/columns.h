/*
 * columns.h: a two-column table, printed side by side by a PDF converter, read cell by
 * cell (see columns.c).
 *
 * Ownership: read_join_columns() rearranges *work in place when it is a copy already
 * (read_hide_furniture()'s), else allocates it (the caller frees it) only when it
 * finds a table; the text it reads is borrowed.  The segments it records in *m are
 * the caller's to release with read_columns_release().
 */
#ifndef OVERSIGHT_READ_COLUMNS_H
#define OVERSIGHT_READ_COLUMNS_H

#include "rec.h"

#include "../base/compat.h"
#include "../base/str.h"

/* A piece of a row moved in the working copy: the original's [src, src + len) is at
 * [w, w + len) of the copy. */
struct read_column_segment {
	size_t w, src, len;
};

struct read_columns {
	struct read_column_segment *seg;
	size_t nseg, cap;
	size_t leads[64]; /* where a row's "Lead" cell was put on a line of its own (copy) */
	size_t lead_row[64]; /* and where that row starts (copy) */
	size_t nleads;
};

/* In the working copy of t[0, n) (*work, made if NULL), each row of a two-column
 * table rewritten within its own bytes as its left cell, a gap of three spaces, its
 * right cell and the left cell's closing '.' or ';' (a table under a header line of
 * three or four columns the same, its "Lead" cell on a line of its own after them);
 * the pieces moved are added to *m (zeroed by the caller).  Returns the number of rows rewritten (0
 * and *work untouched when there is no table). */
size_t read_join_columns(const char *t, size_t n, char **work, struct read_columns *m);

/* columns_flow.c: in the working copy of t[0, n) (*work, made if NULL), each row of a
 * numbered table whose cells a converter printed interleaved line by line (under a
 * header of column words, "No. Action" / "Lead" / "Target date") rewritten within its
 * own bytes as "<number>\t<action> <target date>." and its lead's cell on a line of its
 * own; the pieces moved are added to *m.  Returns the number of rows rewritten. */
size_t read_join_flow(const char *t, size_t n, char **work, struct read_columns *m);

/* columns_dates.c: in the working copy of t[0, n) (*work, made if NULL), each row of a
 * numbered schedule of requirements and their dates printed side by side (under a
 * header "No. ... Revised date") rewritten within its own bytes as "<number>\t<the
 * requirement>\t<its new date>"; the pieces moved are added to *m.  Returns the number
 * of rows rewritten. */
size_t read_join_dated(const char *t, size_t n, char **work, struct read_columns *m);

/* columns_area.c: in the working copy of t[0, n) (*work, made if NULL), each row of a
 * numbered table "Area for improvement / Action required / Date" printed side by side
 * (its cells perhaps centred in their rows) rewritten within its own bytes as
 * "<number> <action>   <date>." with its area's words on a line of their own after it;
 * the pieces moved are added to *m.  Returns the number of rows rewritten. */
size_t read_join_area(const char *t, size_t n, char **work, struct read_columns *m);

/* The working copy of t[0, n) in *work, made (with a NUL after it) if there is none
 * yet; false if out of memory. */
bool read_columns_work_copy(const char *t, size_t n, char **work);

/* The segments in the copy's order, as the remapping looks them up. */
void read_columns_sort(struct read_columns *m);

/* What the table readers (columns.c, columns_flow.c, columns_dates.c, columns_area.c)
 * share: the end of the line that starts at s, whether t[s, e) is white space only,
 * whether a word is one of a list's, and a cell's pieces in text order (an empty piece
 * is none; false when the cell is full). */
static inline size_t read_columns_line_end(const char *t, size_t s, size_t n)
{
	const char *nl = memchr(t + s, '\n', n - s);

	return nl ? (size_t)(nl - t) : n;
}

static inline bool read_columns_blank(const char *t, size_t s, size_t e)
{
	for (; s < e; s++)
		if (!ch_is_space((unsigned char)t[s]))
			return false;
	return true;
}

/* Is t[s, e) exactly one of list[0, n) (a header's column words, a cell's words)? */
static inline bool read_columns_word_in(const char *t, size_t s, size_t e, const char *const *list,
                                        size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (e - s == strlen(list[k]) && !memcmp(t + s, list[k], e - s))
			return true;
	return false;
}

struct read_cell {
	size_t s[24], e[24], n;
};

static inline bool read_cell_add(struct read_cell *c, size_t s, size_t e)
{
	if (s >= e)
		return true;
	if (c->n == sizeof(c->s) / sizeof(c->s[0]))
		return false;
	c->s[c->n] = s;
	c->e[c->n++] = e;
	return true;
}

/* A row's rewrite given up: the segments it recorded (from first_seg) and the lead it
 * placed in the copy's [s, e) forgotten. */
void read_columns_undo(struct read_columns *m, size_t first_seg, size_t s, size_t e);

/* Has a table reader moved anything into the copy's [s, e)?  Asks the first nsorted
 * segments, which must be in the copy's order (a binary search). */
bool read_columns_moved(const struct read_columns *m, size_t nsorted, size_t s, size_t e);

/* Records that work[w, w + len) holds the original's [src, src + len) (in text order);
 * false if out of memory.  glyphs.c records its moves with it too. */
bool read_columns_add(struct read_columns *m, size_t w, size_t src, size_t len);

/* Every "span" [s, e, ...] in v (a record, recursively) mapped from the working
 * copy's offsets to the original's. */
void read_columns_remap(const struct read_columns *m, rec_t *v);

/* Marks each clause whose own text holds a row's "Lead" cell (m->leads) as a table's
 * row (clause.cells), so that the cell names its bearer. */
struct clause_list;
void read_columns_mark_cells(const struct read_columns *m, struct clause_list *l);

void read_columns_release(struct read_columns *m);

#endif
