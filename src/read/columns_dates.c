/*
 * columns_dates.c: a numbered schedule of requirements and their dates that a PDF
 * converter printed side by side (see columns.h, read_join_dated()).
 *
 * A variation direction lists the requirements whose dates it moves in a table, and
 * `pdftotext -layout` prints it with its cells side by side, each cell's lines under
 * the one before, the header's words centred over their columns:
 *
 *     No.   Paragraph of        Requirement               Date in the   Revised date
 *             the 2021                                        2021
 *     1     5(e)     The Council to complete a review of    30 September   30 December
 *                    every child who has been subject to    2022           2022
 *                    a child protection plan
 *
 * The header line is found from its words: the first column's "No.", a last column
 * with "date" in it (the date the row now has) and, where there is one, a date column
 * before it (the date it had); its other words ("Paragraph of", "Requirement") are not
 * needed.  A row opens with its number at the line's start, two spaces or more after
 * it; its lines run to the next number or a blank line.  On each line the date cells are
 * read from the right, as runs of a date's words (a day, a month's name, a year) that
 * begin near their header's column (a cell that fills its column leaves one space
 * before the next: "with the Commissioner 31 October"); the reference cell is the
 * words near the second column's start, before a gap; the rest is the requirement.  The
 * row is rewritten within its own bytes as "<number>\t<requirement>\t<new date>", the
 * reference and the old date left out (filled with spaces), every piece recorded as
 * columns.c records its moves, so that the clause reads as a row whose last cell is
 * the date it is done by.  A table whose rows do not read so is left as it is.  One
 * pass over the table's lines; the text is searched for "date" at a header line only.
 */
#include "../base/compat.h"

#include "columns.h"
#include "lex.h"

/* Is the word t[w, we) one of a date's: a day (one or two digits), a year (four), a
 * month's name or its abbreviation? */
static bool date_word(const char *t, size_t w, size_t we)
{
	static const char *const months[] = {
	    "January",   "February", "March",    "April",    "May",  "June", "July", "August",
	    "September", "October",  "November", "December", "Jan",  "Feb",  "Mar",  "Apr",
	    "Jun",       "Jul",      "Aug",      "Sep",      "Sept", "Oct",  "Nov",  "Dec"};
	size_t k, n = we - w;

	if (n >= 1 && n <= 4) {
		for (k = w; k < we && ch_is_digit((unsigned char)t[k]); k++)
			;
		if (k == we)
			return n != 3;
	}
	for (k = 0; k < ARRAY_SIZE(months); k++)
		if (strlen(months[k]) == n && !memcmp(t + w, months[k], n))
			return true;
	return false;
}

/* The run of date words that ends at e on the line from ls (single spaces between):
 * its start, or e if none.  Only words at or after column min (less three). */
static size_t date_run(const char *t, size_t ls, size_t e, size_t min)
{
	size_t s = e, we = e;

	while (we > ls) {
		size_t ws = we;
		while (ws > ls && t[ws - 1] != ' ')
			ws--;
		if (ws == we || !date_word(t, ws, we) || ws - ls + 3 < min)
			break;
		s = ws;
		/* the word before: one space between, else a gap ends the run */
		if (ws < ls + 2 || t[ws - 1] != ' ' || t[ws - 2] == ' ')
			break;
		we = ws - 1;
	}
	return s;
}

/* A header line "No. ... <date column> ... <date column>": the columns of its last
 * two gap-separated words' cells (old: 0 when the last is the only date column). */
static bool header_at(const char *t, size_t s, size_t e, size_t *old_col, size_t *new_col,
                      size_t *ref_col)
{
	size_t i = s, cols[8], n = 0, k;

	if (e - s < 20 || !(lex_at(t, s, e, "No.", NULL) || lex_at(t, s, e, "No ", NULL)))
		return false;
	while (i < e && n < ARRAY_SIZE(cols)) {
		size_t ce = i;
		cols[n++] = i - s;
		while (ce < e && !(t[ce] == ' ' && ce + 1 < e && t[ce + 1] == ' '))
			ce++;
		i = lex_skip_space(t, ce, e);
	}
	if (n < 3)
		return false;
	/* the last column says "date"; the one before it too, if it is the old date */
	for (k = s + cols[n - 1]; k + 4 <= e && !lex_at(t, k, e, "date", NULL); k++)
		;
	if (k + 4 > e)
		return false;
	*new_col = cols[n - 1];
	*old_col = 0;
	for (k = s + cols[n - 2]; k + 4 <= s + cols[n - 1] && !lex_at(t, k, e, "date", NULL); k++)
		;
	if (k + 4 <= s + cols[n - 1])
		*old_col = cols[n - 2];
	*ref_col = cols[1];
	return true;
}

/* Does the line t[s, e) open a row: its number, then two spaces or more? */
static size_t row_number_end(const char *t, size_t s, size_t e)
{
	size_t d = s;

	while (d < e && ch_is_digit((unsigned char)t[d]) && d - s < 3)
		d++;
	return d > s && d + 2 < e && t[d] == ' ' && t[d + 1] == ' ' ? d : 0;
}

/* Cuts the row's lines from s to e (its number t[s, ne)) into its requirement's and new
 * date's pieces; false if it does not read as such a row. */
static bool cut_dated_row(const char *t, size_t s, size_t ne, size_t e, size_t old_col,
                          size_t new_col, size_t ref_col, struct read_cell *req,
                          struct read_cell *when)
{
	size_t ls, le;

	req->n = when->n = 0;
	for (ls = s; ls < e; ls = le + 1) {
		size_t ds, os, x, ts, rs;
		le = read_columns_line_end(t, ls, e);
		ts = lex_trim_end(t, ls, le);
		/* the new date, then the old one before it, from the right */
		ds = date_run(t, ls, ts, new_col);
		if (ds < ts && !read_cell_add(when, ds, ts))
			return false;
		os = ds;
		if (old_col) {
			size_t oe = lex_trim_end(t, ls, ds);
			os = date_run(t, ls, oe, old_col);
			if (os == oe)
				os = ds;
		}
		/* the number or the reference cell at the left, to its gap */
		rs = ls == s ? ne : ls;
		rs = lex_skip_space(t, rs, os);
		if (rs - ls <= ref_col + 2) {
			for (x = rs; x < os && !(t[x] == ' ' && x + 1 < os && t[x + 1] == ' ');)
				x++;
			rs = lex_skip_space(t, x, os);
		}
		if (!read_cell_add(req, rs, lex_trim_end(t, rs, os)))
			return false;
	}
	return req->n > 0 && when->n > 0;
}

/* Rewrites the row t[s, e) in w as "<number>\t<requirement>\t<new date>"; false, left as
 * it was, if it does not read so. */
static bool join_dated_row(char *w, const char *t, size_t s, size_t ne, size_t e, size_t old_col,
                           size_t new_col, size_t ref_col, struct read_columns *m)
{
	struct read_cell req, when;
	size_t k = 0, i, first = m->nseg, cap = e - s;
	char *buf;

	if (!cut_dated_row(t, s, ne, e, old_col, new_col, ref_col, &req, &when) ||
	    !(buf = malloc(cap)))
		return false;
	if (!read_columns_add(m, s, s, ne - s))
		goto fail;
	memcpy(buf, t + s, ne - s);
	k = ne - s;
	buf[k++] = '\t';
	for (i = 0; i < req.n + when.n; i++) {
		const struct read_cell *c = i < req.n ? &req : &when;
		size_t j = i < req.n ? i : i - req.n, len = c->e[j] - c->s[j];
		if (k + 1 + len > cap)
			goto fail;
		if (i == req.n)
			buf[k++] = '\t';
		else if (j > 0)
			buf[k++] = ' ';
		if (!read_columns_add(m, s + k, c->s[j], len))
			goto fail;
		memcpy(buf + k, t + c->s[j], len);
		k += len;
	}
	memset(buf + k, ' ', cap - k);
	memcpy(w + s, buf, cap);
	free(buf);
	return true;
fail:
	m->nseg = first;
	free(buf);
	return false;
}

size_t read_join_dated(const char *t, size_t n, char **work, struct read_columns *m)
{
	size_t ls = 0, le, joined = 0;

	for (; ls < n; ls = le + 1) {
		size_t old_col, new_col, ref_col, rs = 0, rne = 0, hs;
		le = read_columns_line_end(t, ls, n);
		hs = lex_skip_space(t, ls, le);
		/* (a header line opens with "No": the first test, cheap) */
		if (hs + 2 >= le || t[hs] != 'N' || t[hs + 1] != 'o' ||
		    !header_at(t, hs, lex_trim_end(t, hs, le), &old_col, &new_col, &ref_col))
			continue;
		old_col += hs - ls;
		new_col += hs - ls;
		ref_col += hs - ls;
		/* the rows: from each number at a line's start to the next, or a blank line */
		for (ls = le + 1; ls < n; ls = le + 1) {
			size_t ne;
			le = read_columns_line_end(t, ls, n);
			if (read_columns_blank(t, ls, le) || t[ls] == '\f')
				break;
			if ((ne = row_number_end(t, ls, le)) != 0) {
				if (rne && (*work || read_columns_work_copy(t, n, work)))
					joined += join_dated_row(*work, t, rs, rne, ls - 1, old_col,
					                         new_col, ref_col, m);
				rs = ls;
				rne = ne;
			}
		}
		if (rne && (*work || read_columns_work_copy(t, n, work)))
			joined += join_dated_row(*work, t, rs, rne, ls > n ? n : ls - 1, old_col,
			                         new_col, ref_col, m);
		if (ls >= n)
			break;
	}
	return joined;
}
