/*
 * columns.c: a two-column table read cell by cell (see columns.h).
 *
 * A PDF converter that keeps the layout prints a schedule of actions side by side:
 *
 *	   1.1 Establish an Improvement Board,        Within 6 weeks of the date
 *	   chaired by the Improvement Adviser.        of this notice
 *
 * Read line by line, the timescale cell cuts through the action's words ("...
 * Board, Within 6 weeks of the date chaired by ...").  A row is a paragraph (lines
 * with no blank line between them) whose first line has a gap of three or more spaces
 * before text that starts at a column of at least 24, and whose other lines either
 * split at the same column (give or take two), end before it, or hold only the right
 * cell's words indented to it.  At least two such paragraphs must split at the same
 * column (a table has a header row or several rows; a signature line "Name      Date"
 * alone is not one).  Each row's bytes are then rearranged in place, in the working
 * copy: the left cell's words (its lines joined by spaces), a gap of three spaces,
 * the right cell's words, and the left cell's closing '.' or ';' moved to the very
 * end, so that the row reads as one sentence with its timing last ("Establish ...
 * Improvement Adviser   Within 6 weeks of the date of this notice.").  Nothing is
 * added or lost, only moved within the row, so every span still covers the same row
 * of the original; the rest of the row is filled with spaces.  Each piece moved is
 * recorded (a segment: where it is in the copy, where it was), and at the end the
 * record's spans are mapped back through them (read_columns_remap()), so that a fact
 * found inside a row points to its own words in the original.  Two passes, linear.
 *
 * A table of three or four columns comes with a header line of column words
 * ("Action      Timescale      Lead"), which gives each column's start, and its rows
 * follow with no blank line between them, each opening with its number in the first
 * cell ("1. Appoint ...").  A cell's words are those of the row's lines that begin at
 * its column; where a cell fills its column the converter leaves a single space before
 * the next ("how thresholds for help By end of March"), and a word up to four places
 * before the column then starts the next cell if it opens as a timescale does ("By",
 * "Within", ...) or continues one already begun ("2018" under "By end of March").  The
 * row is rewritten as for two columns (action, a gap, the other cells, the action's
 * closing mark) with the "Lead" cell on a line of its own after them, where oblig.c
 * reads a row's bearer (read_columns_mark_cells() flags the row's clause).  A
 * Commissioner's terms of reference set out as "Function      Timescale" (two columns)
 * are read the same way, their rows lettered ("(a) Chair the Council's ..."); a later
 * cell centred on a row taller than the line above it starts there ("   Every six
 * months, the first such" above "(e) Report to ...", whose cell goes on in lower case:
 * "report being due on 31 March"), and so the row does too.
 */
#include "../base/compat.h"

#include "clause.h"
#include "columns.h"
#include "lex.h"

#define MIN_COL 24 /* the right cell's column: to its left, at least a short action */
#define SLACK   2  /* a wrapped cell's column may differ by this much */

struct split {
	size_t left_e;  /* end of the left cell's text on the line (its start if none) */
	size_t right_s; /* start of the right cell's text, or 0 if the line has none */
	size_t col;     /* right_s's column */
};

#define line_end read_columns_line_end
#define blank    read_columns_blank

/* Does t[s, e) hold three spaces in a row?  Eight bytes at a time: a run of three
 * always puts two side by side in one word, and a word without two side by side (nearly
 * every word of prose) is passed at once. */
static bool has_gap(const char *t, size_t s, size_t e)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	size_t i = s, k;

	for (; i + 8 <= e; i += 8) {
		uint64_t w, x, z;
		memcpy(&w, t + i, 8);
		x = w ^ (0x20 * ones);       /* a zero byte where a space is */
		z = (x - ones) & ~x & highs; /* its high bit set (and perhaps a neighbour's) */
		if (!(z & (z << 8)))
			continue;
		for (k = i > s + 2 ? i - 2 : s; k + 3 <= e && k < i + 8; k++)
			if (t[k] == ' ' && t[k + 1] == ' ' && t[k + 2] == ' ')
				return true;
	}
	for (k = i > s + 2 ? i - 2 : s; k + 3 <= e; k++)
		if (t[k] == ' ' && t[k + 1] == ' ' && t[k + 2] == ' ')
			return true;
	return false;
}

/* How the line t[s, e) splits: the last gap of three or more spaces before text at a
 * column of MIN_COL or more, or an indentation to such a column (the right cell
 * alone).  False when the line holds no right cell. */
static bool split_line(const char *t, size_t s, size_t e, struct split *sp)
{
	size_t i, run = 0, first = s;

	while (e > s && ch_is_space((unsigned char)t[e - 1]))
		e--;
	while (first < e && t[first] == ' ')
		first++;
	sp->left_e = e;
	sp->right_s = 0;
	if (first >= e)
		return false;
	if (first - s >= MIN_COL) { /* the right cell alone */
		sp->left_e = first;
		sp->right_s = first;
		sp->col = first - s;
		return true;
	}
	/* most lines are prose, with no gap at all */
	if (e - s <= MIN_COL || !has_gap(t, first, e))
		return false;
	for (i = first; i < e; i++) {
		if (t[i] == ' ') {
			run++;
			continue;
		}
		if (run >= 3 && i - s >= MIN_COL) {
			sp->left_e = i - run;
			sp->right_s = i;
			sp->col = i - s;
		}
		run = 0;
	}
	return sp->right_s != 0;
}

static bool near(size_t a, size_t b)
{
	return a + SLACK >= b && b + SLACK >= a;
}

static bool row_number(const char *t, size_t s, size_t e);

/* Is the paragraph of lines from s to pe a row split at a column near *col (any
 * column if *col is 0, which it is then set to)?  A numbered row's first line may hold
 * its left cell alone, the right cell set lower down, beside the row's middle ("2.
 * Establish an Improvement Board, chaired by the Adviser, to oversee the" / "(spaces) By
 * 17 September 2021" / "action plan and ..."): it must then end before the column. */
static bool is_row(const char *t, size_t s, size_t pe, size_t n, size_t *col)
{
	struct split sp;
	size_t ls, le, first_left = 0;
	bool first = true;

	for (ls = s; ls < pe; ls = le + 1) {
		le = line_end(t, ls, n);
		if (split_line(t, ls, le, &sp)) {
			if (first && sp.left_e == sp.right_s)
				return false; /* a row opens with its left cell */
			if (*col && !near(sp.col, *col))
				return false;
			if (!*col)
				*col = sp.col;
		} else if (first && row_number(t, ls, le)) {
			first_left = sp.left_e - ls; /* checked once the column is known */
		} else if (first || sp.left_e - ls + SLACK >= *col) {
			return false; /* words run across the column */
		}
		first = false;
	}
	return *col && first_left + SLACK < *col;
}

bool read_columns_add(struct read_columns *m, size_t w, size_t src, size_t len)
{
	if (m->nseg == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 32;
		struct read_column_segment *v = realloc(m->seg, cap * sizeof(*v));
		if (!v)
			return false;
		m->seg = v;
		m->cap = cap;
	}
	m->seg[m->nseg].w = w;
	m->seg[m->nseg].src = src;
	m->seg[m->nseg++].len = len;
	return true;
}

/* Rewrites the row t[s, pe) (split near col) as its left cell, a gap, its right cell
 * and the left cell's closing mark; false if it would not fit (it always should). */
static bool join_row(char *t, size_t s, size_t pe, size_t n, struct read_columns *m)
{
	char *buf = malloc(pe - s), end_mark = 0;
	size_t ls, le, k = 0, pass, mark_at = 0, first_seg = m->nseg;
	struct split sp;

	if (!buf)
		return false;
	/* the first line's indentation stays where it is */
	for (ls = s; ls < pe && t[ls] == ' ';)
		buf[k++] = t[ls++];
	for (pass = 0; pass < 2; pass++) {
		bool any = false;
		for (ls = s; ls < pe; ls = le + 1) {
			size_t a, b;
			le = line_end(t, ls, n);
			if (!split_line(t, ls, le, &sp))
				sp.right_s = 0;
			if (pass == 0) {
				a = lex_skip_space(t, ls, sp.left_e);
				b = sp.left_e;
			} else {
				if (!sp.right_s)
					continue;
				a = sp.right_s;
				b = lex_trim_end(t, a, le);
			}
			if (b <= a)
				continue;
			/* the row's bytes always hold its words and these separators (a
			 * line split in two has a gap of three spaces, a line break, or an
			 * indentation to the column); each write is checked all the same */
			if (k + (pass == 0 && end_mark) +
			        (any         ? 1
			         : pass == 1 ? 3
			                     : 0) +
			        (b - a) >
			    pe - s)
				goto fail;
			if (pass == 0 && end_mark) { /* a mark inside the cell stays */
				if (!read_columns_add(m, s + k, mark_at, 1))
					goto fail;
				buf[k++] = end_mark;
				end_mark = 0;
			}
			if (any) {
				buf[k++] = ' ';
			} else if (pass == 1) {
				memcpy(buf + k, "   ", 3);
				k += 3;
			}
			if (pass == 0 && (t[b - 1] == '.' || t[b - 1] == ';')) {
				end_mark = t[b - 1];
				mark_at = --b;
			}
			if (!read_columns_add(m, s + k, a, b - a))
				goto fail;
			memcpy(buf + k, t + a, b - a);
			k += b - a;
			any = true;
		}
	}
	if (end_mark) {
		if (k + 1 > pe - s || !read_columns_add(m, s + k, mark_at, 1))
			goto fail;
		buf[k++] = end_mark;
	}
	memset(buf + k, ' ', pe - s - k);
	memcpy(t + s, buf, pe - s);
	free(buf);
	return true;
fail:
	m->nseg = first_seg; /* the row is left as it was */
	free(buf);
	return false;
}

/* The paragraph from s: its end (the end of its last line), and where the next one
 * starts. */
static size_t paragraph_end(const char *t, size_t s, size_t n, size_t *next)
{
	size_t ls = s, le, pe = s;

	while (ls < n) {
		le = line_end(t, ls, n);
		if (blank(t, ls, le) || (ls < n && t[ls] == '\f'))
			break;
		pe = le;
		ls = le + 1;
	}
	*next = ls;
	return pe;
}

/* The next paragraph from *s (moved past blank lines and form feeds) of r[0, n): its
 * end, and where the one after it starts; 0 at the text's end. */
static size_t next_paragraph(const char *r, size_t n, size_t *s, size_t *next)
{
	size_t pe;

	while (*s < n && (r[*s] == '\n' || r[*s] == '\f' || r[*s] == ' ')) {
		size_t le = line_end(r, *s, n);
		if (r[*s] == ' ' && !blank(r, *s, le))
			break;
		*s = r[*s] == ' ' ? le : *s + 1;
	}
	if (*s >= n)
		return 0;
	pe = paragraph_end(r, *s, n, next);
	if (*next == *s)
		*next = line_end(r, *s, n) + 1;
	return pe;
}

bool read_columns_work_copy(const char *t, size_t n, char **work)
{
	if (*work)
		return true;
	if (!(*work = malloc(n + 1)))
		return false;
	memcpy(*work, t, n);
	(*work)[n] = '\0';
	return true;
}

static int segment_order(const void *a, const void *b)
{
	const struct read_column_segment *x = a, *y = b;

	return x->w < y->w ? -1 : x->w > y->w;
}

void read_columns_sort(struct read_columns *m)
{
	if (m->nseg > 1)
		qsort(m->seg, m->nseg, sizeof(*m->seg), segment_order);
}

/* A header line's columns: where each one starts and where its word ends (relative to
 * the line), which one is the "Lead" column (-1: none), and whether the words are set in
 * from the line's start (centred over their columns, as pdftotext -layout prints a
 * letter's table). */
struct header {
	size_t col[4], hend[4], ncol;
	int lead;
	bool indented;
};

/* Is t[s, e) "Function" or "Functions", the first column of a Commissioner's terms of
 * reference set out as a table? */
static bool function_word(const char *t, size_t s, size_t e)
{
	return (e - s == 8 && !memcmp(t + s, "Function", 8)) ||
	       (e - s == 9 && !memcmp(t + s, "Functions", 9));
}

/* Is the line t[s, e) a header of three or four column words ("Action      Timescale
 * Lead"), "Action" first, apart by two or more spaces (the line perhaps indented), or of
 * two, "Function" and a time's ("Function      Timescale")? */
static bool header_line(const char *t, size_t s, size_t e, struct header *h)
{
	static const char *const leads[] = {"Lead",           "Lead officer", "Responsible",
	                                    "Responsibility", "Owner",        "Who"};
	size_t i = s, k;

	while (i < e && i - s < 40 && t[i] == ' ')
		i++;
	if (e - i < 20 || (t[i] != 'A' && t[i] != 'F') || !has_gap(t, i, e))
		return false;
	h->indented = i > s;
	h->ncol = 0;
	h->lead = -1;
	while (i < e) {
		size_t ce = i;
		while (ce < e && !(t[ce] == ' ' && (ce + 1 >= e || t[ce + 1] == ' ')))
			ce++;
		if (h->ncol == ARRAY_SIZE(h->col) ||
		    !(clause_column_word(t, i, ce) || (h->ncol == 0 && function_word(t, i, ce))))
			return false;
		for (k = 0; k < ARRAY_SIZE(leads); k++)
			if (ce - i == strlen(leads[k]) && !memcmp(t + i, leads[k], ce - i))
				h->lead = (int)h->ncol;
		h->hend[h->ncol] = ce - s;
		h->col[h->ncol++] = i - s;
		i = lex_skip_space(t, ce, e);
	}
	i = s + h->col[0];
	/* "Function      Timescale": a Commissioner's terms of reference, two columns */
	if (function_word(t, i, s + h->hend[0]))
		return h->ncol == 2 && h->lead < 0;
	return h->ncol >= 3 && h->lead != 0 &&
	       (!memcmp(t + i, "Action ", 7) || !memcmp(t + i, "Actions ", 8));
}

/* A header centred over its columns ("          Action           Owner        By" over
 * rows whose cells start at 0, 62 and 84): each later column's start is where its cells
 * start most often, after the word before it ends and no later than its own word (the
 * lines t(he, pe) are the rows); a column no two cells start gives keeps its word's
 * place.  The first column starts at the lines' start. */
static void fit_columns(const char *t, size_t he, size_t pe, struct header *h)
{
	size_t k, ls, le;

	h->col[0] = 0;
	for (k = 1; k < h->ncol; k++) {
		size_t lo = h->hend[k - 1] + 1, hi = h->col[k] + SLACK, n[128] = {0}, best = 0, c;
		if (hi - lo >= ARRAY_SIZE(n))
			lo = hi - (ARRAY_SIZE(n) - 1);
		for (ls = he + 1; ls < pe; ls = le + 1) {
			le = line_end(t, ls, pe);
			for (c = lo; c <= hi && ls + c < le; c++)
				if (t[ls + c] != ' ' &&
				    (c < 2 || (t[ls + c - 1] == ' ' && t[ls + c - 2] == ' ')))
					n[c - lo]++;
		}
		for (c = 1; c <= hi - lo; c++)
			if (n[c] > n[best])
				best = c;
		if (n[best] >= 2)
			h->col[k] = lo + best;
	}
}

/* Does the line t[s, e) open a row: its number first ("1. ", "12) ")? */
static bool row_number(const char *t, size_t s, size_t e)
{
	size_t d = s;

	while (d < e && ch_is_digit((unsigned char)t[d]) && d - s < 3)
		d++;
	return d > s && d + 1 < e && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
}

/* Does the line t[s, e) open a headed table's row: its number, or its letter in
 * brackets ("(a) Chair the Council's ...")? */
static bool row_mark(const char *t, size_t s, size_t e)
{
	return row_number(t, s, e) || (s + 4 < e && t[s] == '(' && t[s + 1] >= 'a' &&
	                               t[s + 1] <= 'z' && t[s + 2] == ')' && t[s + 3] == ' ');
}

/* The pieces of a row's cells, in text order. */
struct cell_pieces {
	size_t s[32], e[32], n;
};

/* Which column the word t[w, we) of a line starting at ls begins, given the column it
 * would otherwise be in (cur) and the pieces each cell has so far. */
static size_t word_column(const char *t, size_t ls, size_t w, size_t we, size_t cur,
                          const struct header *h, const struct cell_pieces *cells)
{
	while (cur + 1 < h->ncol) {
		size_t rel = w - ls, c = h->col[cur + 1];
		if (rel + 1 >= c) {
			cur++;
			continue;
		}
		if (rel + 4 < c)
			break;
		/* up to four places before the column: two spaces before it, or a word that
		 * opens a timescale's empty cell or goes on with a begun one */
		if ((w >= ls + 2 && t[w - 2] == ' ') ||
		    (!cells[cur + 1].n && !ch_is_digit((unsigned char)t[w]) &&
		     clause_when_cell(t, w, we)) ||
		    (cells[cur + 1].n && ch_is_digit((unsigned char)t[w]))) {
			cur++;
			continue;
		}
		break;
	}
	return cur;
}

/* Rewrites the row t[s, e) under header h as its action, a gap, its other cells
 * (each after a gap) and the action's closing mark, then its "Lead" cell on a line of
 * its own (and, when apart, a blank line: a row with no number of its own is then a
 * paragraph of its own); false, the row left as it was, if a cell has too many pieces
 * or it would not fit (it always should). */
static bool join_headed_row(char *t, size_t s, size_t e, const struct header *h, bool apart,
                            struct read_columns *m)
{
	struct cell_pieces cells[4];
	size_t ls, le, k = 0, col, i, first_seg = m->nseg, mark_at = 0;
	char *buf = malloc(e - s), end_mark = 0;
	bool ok = buf != NULL;

	memset(cells, 0, sizeof(cells));
	for (ls = s; ok && ls < e; ls = le + 1) {
		size_t w = ls, last = (size_t)-1;
		le = line_end(t, ls, e);
		for (col = 0;; last = col) {
			size_t we;
			w = lex_skip_space(t, w, le);
			if (w >= le)
				break;
			for (we = w; we < le && t[we] != ' ';)
				we++;
			col = word_column(t, ls, w, we, col, h, cells);
			if (col == last && cells[col].e[cells[col].n - 1] + 1 == w)
				cells[col].e[cells[col].n - 1] = we; /* the same piece goes on */
			else if (cells[col].n == ARRAY_SIZE(cells[col].s))
				ok = false;
			else {
				cells[col].s[cells[col].n] = w;
				cells[col].e[cells[col].n++] = we;
			}
			w = we;
		}
	}
	if (!ok || !cells[0].n) {
		free(buf);
		return false;
	}
	/* the action's closing mark goes after the other cells */
	i = cells[0].n - 1;
	if (t[cells[0].e[i] - 1] == '.' || t[cells[0].e[i] - 1] == ';') {
		end_mark = t[cells[0].e[i] - 1];
		mark_at = --cells[0].e[i];
	}
	for (col = 0; col <= h->ncol; col++) {
		size_t c = col < h->ncol ? col : (size_t)h->lead;
		if (col == h->ncol && end_mark) {
			if (k + 1 > e - s || !read_columns_add(m, s + k, mark_at, 1))
				goto fail;
			buf[k++] = end_mark;
		}
		if ((col < h->ncol && (int)col == h->lead) || (col == h->ncol && h->lead < 0) ||
		    !cells[c].n)
			continue;
		if (col == h->ncol) {
			if (k + 1 > e - s || m->nleads == ARRAY_SIZE(m->leads))
				goto fail;
			buf[k++] = '\n';
			m->lead_row[m->nleads] = s;
			m->leads[m->nleads++] = s + k;
		} else if (col > 0) {
			if (k + 3 > e - s)
				goto fail;
			/* an unnumbered row's cell after a tab, as oblig_timing.c reads a table's
			 * last cell ("\t30 September 2024": the day it is done by) */
			memcpy(buf + k, apart ? "  \t" : "   ", 3);
			k += 3;
		}
		for (i = 0; i < cells[c].n; i++) {
			size_t a = cells[c].s[i], len = cells[c].e[i] - a;
			if (k + (i > 0) + len > e - s)
				goto fail;
			if (i > 0)
				buf[k++] = ' ';
			if (!read_columns_add(m, s + k, a, len))
				goto fail;
			memcpy(buf + k, t + a, len);
			k += len;
		}
	}
	if (apart && k + 2 <= e - s)
		buf[k++] = '\n'; /* the padding's line below is blank */
	memset(buf + k, ' ', e - s - k);
	memcpy(t + s, buf, e - s);
	free(buf);
	return true;
fail:
	read_columns_undo(m, first_seg, s, e);
	free(buf);
	return false;
}

bool read_columns_moved(const struct read_columns *m, size_t nsorted, size_t s, size_t e)
{
	size_t lo = 0, hi = nsorted;

	/* the first segment that ends after s (they do not overlap: their ends ascend) */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->seg[mid].w + m->seg[mid].len > s)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo < nsorted && m->seg[lo].w < e;
}

void read_columns_undo(struct read_columns *m, size_t first_seg, size_t s, size_t e)
{
	if (m->nleads && m->leads[m->nleads - 1] >= s && m->leads[m->nleads - 1] < e)
		m->nleads--;
	m->nseg = first_seg;
}

/* Does the unnumbered row line t[ls, le) open a new row, the row so far having first
 * cell words up to fe (0: none yet) and words in a later column (more)?  Its first
 * cell's words start the line with a capital, the row before has both, and its action
 * did not break off at a word that wants the next ("... report its findings to the" /
 * "Improvement Board"). */
static bool opens_row(const char *t, size_t ls, size_t le, size_t fe, bool more,
                      const struct header *h)
{
	static const char *const open_words[] = {" a",   " an",  " the",  " to",   " of",
	                                         " and", " or",  " for",  " in",   " on",
	                                         " by",  " its", " with", " from", " at"};
	size_t k;

	if (!fe || !more || le <= ls || t[ls] < 'A' || t[ls] > 'Z' || h->ncol < 2)
		return false;
	if (t[fe - 1] == ',' || t[fe - 1] == '(' || t[fe - 1] == '-')
		return false;
	for (k = 0; k < ARRAY_SIZE(open_words); k++) {
		size_t L = strlen(open_words[k]);
		if (fe > L && !memcmp(t + fe - L, open_words[k], L))
			return false;
	}
	return true;
}

/* Do the first later cell's words of the row from line ls (on it or the line after,
 * before pe) go on from a line above: do they open in lower case ("report being due on
 * 31 March")? */
static bool goes_on(const char *t, size_t ls, size_t pe, const struct header *h)
{
	size_t le, n;

	for (n = 0; n < 2 && ls < pe; n++, ls = le + 1) {
		size_t w = h->col[1] > 4 ? ls + h->col[1] - 4 : ls + 1;
		le = line_end(t, ls, pe);
		for (; w < le && !(t[w - 1] == ' ' && t[w] != ' '); w++)
			;
		if (w < le)
			return t[w] >= 'a' && t[w] <= 'z';
	}
	return false;
}

/* The rows of a table under the header line at s (ending at he), to the paragraph's
 * end pe, each rewritten by join_headed_row(); returns how many.  Rows open with their
 * number ("1. Appoint ..."); a table with no numbers (a letter's "Action / Owner / By")
 * has a row wherever opens_row() says, and each is set apart as a paragraph. */
static size_t join_headed(char *t, size_t he, size_t pe, const struct header *h,
                          struct read_columns *m)
{
	size_t ls, le, row = 0, joined = 0, first_end = 0;
	bool open = false, numbered = false, more = false;

	size_t right_only = (size_t)-1; /* the line before, when it held a later cell only */
	for (ls = he + 1; ls < pe && !numbered; ls = le + 1) {
		le = line_end(t, ls, pe);
		numbered = row_mark(t, ls, le);
	}
	for (ls = he + 1; ls < pe; ls = le + 1) {
		size_t w, we;
		le = line_end(t, ls, pe);
		w = lex_skip_space(t, ls, le);
		if (numbered ? row_mark(t, ls, le)
		             : !open || (w == ls && opens_row(t, ls, le, first_end, more, h))) {
			/* "               Every six months, the first such" then "(e) Report to
			 * ...      report being due on 31 March": a cell centred on its row
			 * starts the line above the row's number, its words going on beside it */
			size_t at = ls;
			if (numbered && right_only != (size_t)-1 && open && right_only > row &&
			    goes_on(t, ls, pe, h))
				at = right_only;
			if (open)
				joined += join_headed_row(t, row, at - 1, h, !numbered, m);
			row = at;
			open = true;
			first_end = 0;
			more = false;
		}
		right_only = w < le && w - ls + 4 >= h->col[1] ? ls : (size_t)-1;
		/* the line's first cell (words before the second column) and later ones */
		if (w < le && w - ls + 4 < h->col[1]) {
			for (we = w; we < le && we - ls + 4 < h->col[1] &&
			             !(t[we] == ' ' && we + 1 < le && t[we + 1] == ' ');)
				we++;
			first_end = we;
			if (lex_skip_space(t, we, le) < le)
				more = true;
		} else if (w < le) {
			more = true;
		}
	}
	if (open)
		joined += join_headed_row(t, row, pe, h, !numbered, m);
	return joined;
}

/* A paragraph that is a whole table, its rows with no blank line between them (a header
 * line perhaps first: "          Action          By when" then "1. Submit ...     Within
 * 10 working days of the date of" ...): its rows, each from a line that opens with its
 * number to the line before the next, into rs[], re[] (at most max); how many (0 if
 * fewer than two). */
static size_t numbered_rows(const char *t, size_t s, size_t pe, size_t n, size_t *rs, size_t *re,
                            size_t max)
{
	size_t ls, le, k = 0;

	for (ls = s; ls < pe && k <= max; ls = le + 1) {
		le = line_end(t, ls, n);
		if (row_number(t, ls, le)) {
			if (k == max)
				return 0;
			if (k)
				re[k - 1] = ls - 1;
			rs[k++] = ls;
		}
	}
	if (k)
		re[k - 1] = pe;
	return k >= 2 ? k : 0;
}

/* The rows the paragraph t[s, pe) may hold: itself, when it splits as one row, else its
 * numbered rows; into rs[], re[] (at most max), how many. */
static size_t paragraph_rows(const char *t, size_t s, size_t pe, size_t n, size_t *rs, size_t *re,
                             size_t max)
{
	size_t c = 0;

	if (pe <= s)
		return 0;
	if (is_row(t, s, pe, n, &c)) {
		rs[0] = s;
		re[0] = pe;
		return 1;
	}
	return numbered_rows(t, s, pe, n, rs, re, max);
}

size_t read_join_columns(const char *t, size_t n, char **work, struct read_columns *m)
{
	const char *r = *work ? *work : t;
	size_t s, pe, next, k, best = 0, joined = 0, headed[16], nheaded = 0;
	size_t area = m->nseg; /* read_join_area()'s segments, in the copy's order */
	struct {
		size_t col, rows;
	} seen[8];
	size_t nseen = 0;

	/* the columns rows split at, and how many split at each; a table under a header
	 * line of three or four columns read at once */
	for (s = 0; (pe = next_paragraph(r, n, &s, &next)) != 0; s = next) {
		size_t c = 0, he = line_end(r, s, n);
		struct header h;
		if (read_columns_moved(m, area, s, pe))
			continue; /* a table another reader has rewritten (read_join_area()) */
		if (pe > he && nheaded < ARRAY_SIZE(headed) && header_line(r, s, he, &h)) {
			if (!read_columns_work_copy(t, n, work))
				return joined;
			r = *work;
			if (h.indented)
				fit_columns(r, he, pe, &h);
			joined += join_headed(*work, he, pe, &h, m);
			headed[nheaded++] = s;
			continue;
		}
		size_t rs[32], re[32], nr, j;
		nr = paragraph_rows(r, s, pe, n, rs, re, ARRAY_SIZE(rs));
		for (j = 0; j < nr; j++) {
			c = 0;
			if (!is_row(r, rs[j], re[j], n, &c))
				continue;
			for (k = 0; k < nseen && !near(seen[k].col, c); k++)
				;
			if (k == nseen) {
				if (nseen == ARRAY_SIZE(seen))
					continue;
				seen[nseen].col = c;
				seen[nseen++].rows = 0;
			}
			seen[k].rows++;
		}
	}
	for (k = 1; k < nseen; k++)
		if (seen[k].rows > seen[best].rows)
			best = k;
	if (!nseen || seen[best].rows < 2)
		return joined;
	/* the table's rows, each read cell by cell */
	for (s = 0, k = 0; (pe = next_paragraph(r, n, &s, &next)) != 0; s = next) {
		size_t c = seen[best].col;
		while (k < nheaded && headed[k] < s)
			k++;
		size_t rs[32], re[32], nr, j;
		if (k < nheaded && headed[k] == s)
			continue;
		nr = paragraph_rows(r, s, pe, n, rs, re, ARRAY_SIZE(rs));
		for (j = 0; j < nr; j++) {
			c = seen[best].col;
			if (!is_row(r, rs[j], re[j], n, &c) ||
			    read_columns_moved(m, area, rs[j], re[j]))
				continue;
			if (!read_columns_work_copy(t, n, work))
				return joined;
			r = *work;
			joined += join_row(*work, rs[j], re[j], n, m);
		}
	}
	/* the segments in the copy's order, as map_span() looks them up (the headed
	 * tables' were added first) */
	if (nheaded && m->nseg)
		qsort(m->seg, m->nseg, sizeof(*m->seg), segment_order);
	return joined;
}

void read_columns_mark_cells(const struct read_columns *m, struct clause_list *l)
{
	size_t k, i;

	for (k = 0; k < m->nleads; k++)
		for (i = 0; i < l->n; i++)
			if (l->v[i].head.s <= m->leads[k] && m->leads[k] < l->v[i].head.e)
				l->v[i].cells = true;
}

/* The first segment that ends after x (the segments are in the copy's order), or
 * m->nseg. */
static size_t first_after(const struct read_columns *m, size_t x)
{
	size_t lo = 0, hi = m->nseg;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->seg[mid].w + m->seg[mid].len <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The original's extent of the working copy's [s, e): the least start and the
 * greatest end of the pieces of segments it covers, and its own ends where they lie
 * outside every segment (text that was not moved, or a row's filling). */
static void map_span(const struct read_columns *m, size_t *s, size_t *e)
{
	size_t k = first_after(m, *s), lo = (size_t)-1, hi = 0;
	bool e_in = false;

	if (*s == *e) { /* empty: where its offset went */
		if (k < m->nseg && m->seg[k].w <= *s)
			*s = *e = m->seg[k].src + (*s - m->seg[k].w);
		return;
	}
	if (!(k < m->nseg && m->seg[k].w <= *s))
		lo = *s;
	for (; k < m->nseg && m->seg[k].w < *e; k++) {
		const struct read_column_segment *g = &m->seg[k];
		size_t a = g->src + (g->w < *s ? *s - g->w : 0),
		       b = g->src + (g->w + g->len > *e ? *e - g->w : g->len);
		lo = a < lo ? a : lo;
		hi = b > hi ? b : hi;
		e_in = e_in || *e <= g->w + g->len;
	}
	if (!e_in && *e > hi)
		hi = *e;
	*s = lo;
	*e = hi;
}

void read_columns_remap(const struct read_columns *m, rec_t *v)
{
	const char *key;
	rec_t *x;
	size_t i;

	if (!m->nseg || !v)
		return;
	if (rec_is_array(v)) {
		rec_array_foreach(v, i, x) read_columns_remap(m, x);
		return;
	}
	rec_object_foreach(v, key, x)
	{
		if (!strcmp(key, "span") && rec_is_array(x) && rec_array_size(x) >= 2 &&
		    rec_is_integer(rec_array_get(x, 0)) && rec_is_integer(rec_array_get(x, 1))) {
			size_t s = (size_t)rec_integer_value(rec_array_get(x, 0)),
			       e = (size_t)rec_integer_value(rec_array_get(x, 1));
			map_span(m, &s, &e);
			rec_array_set_new(x, 0, rec_integer((rec_int_t)s));
			rec_array_set_new(x, 1, rec_integer((rec_int_t)e));
		} else {
			read_columns_remap(m, x);
		}
	}
}

void read_columns_release(struct read_columns *m)
{
	free(m->seg);
	memset(m, 0, sizeof(*m));
}
