/*
 * columns_area.c: a numbered table of actions printed side by side by a PDF converter,
 * its first column an area for improvement or the rows' numbers alone (see columns.h,
 * read_join_area()).
 *
 * An improvement notice may set its actions out as "Area for improvement / Action
 * required / Date" (a direction as "No. Action / Responsible / By when"), and
 * `pdftotext -layout` prints each cell's lines at its column.  A cell centred in its row
 * (a web page's table, as LibreOffice prints it) starts above the row's first line, so
 * the row's number, in the first cell, is not on its first line:
 *
 *   Area for improvement      Action required                         Date
 *                             Submit to the Department an improvement plan,
 *                                                                     Within 20 working days of
 *   1. Improvement plan       agreed with the Improvement Adviser, that addresses
 *                                                                     the date of this notice
 *                             every recommendation in the Ofsted report.
 *                             Establish an Improvement Board, chaired by the
 *
 * The header line is found from its words: an area's ("Area for improvement", "Theme",
 * ..., perhaps wrapped over the lines above and below) or a number's ("No."), an
 * action's ("Action required"), perhaps a lead's ("Lead", "Responsible") and a time's last
 * ("Date", "By when", ...).  Each line is cut into its cells' pieces at the nearest
 * column (a cell that fills its column leaves one space before the next: "has an up- On or
 * before 30 September", cut where the time's cell opens as a timescale does, or at the
 * column itself).  The table goes on over blank lines (the cells' padding) while its lines
 * read as rows', and its numbers go 1, 2, 3.  A row's action opens with a capital where
 * the action before it ended with a full stop or a blank line; there must be as many such
 * openings as row numbers, each number after the row before's last action line and before
 * the next opening; the row starts at the first of them, at a blank line above, or at lines
 * above that open cells the row before has (else, when each number's line opens an
 * action, the rows start at their numbers: a table whose cells sit at their rows' tops).
 * Each row is rewritten within its own bytes as "<number> <action>   <time>" (a bare
 * number then a tab) and the action's full stop, then the lead's cell and the area's,
 * each on a line of its own, so that the row reads as the same words in a sentence would
 * (columns.c's rows read so too); every piece moved is recorded, as columns.c records its
 * moves.  The lines are read from the original text (page furniture hides a number alone
 * on its line) and written into the working copy.  A table whose rows do not read so is
 * left as it is.  One pass over the table's lines to cut them, one to rewrite the rows.
 */
#include "../base/compat.h"

#include "clause.h"
#include "columns.h"
#include "lex.h"

#define AREA_MAX_LINES 160 /* a table's lines (a page or two of rows) */
#define AREA_MAX_ROWS  32

enum { COL_AREA, COL_ACTION, COL_LEAD, COL_TIME, NCOLS };

/* A line of the table: where it starts, each column's pieces on it (a few: a cell
 * that fills its column, one after a gap), and its row number's end. */
struct area_line {
	size_t ls, le;
	size_t s[NCOLS][4], e[NCOLS][4], n[NCOLS];
	size_t num_end;   /* after "1." when the line opens with a row number, else 0 */
	bool after_blank; /* a blank line (a row's padding) just above it */
};

#define word_in read_columns_word_in

static const char *const area_words[] = {"Area",
                                         "Areas",
                                         "Area for improvement",
                                         "Areas for improvement",
                                         "Improvement area",
                                         "Theme",
                                         "Priority",
                                         "Priority area",
                                         "Recommendation",
                                         "Workstream",
                                         "Area of practice",
                                         "Issue"};

/* Is t[s, e) the start of an area's header word, wrapped in its cell ("Area for" above
 * "improvement")? */
static bool area_word_start(const char *t, size_t s, size_t e)
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(area_words); k++)
		if (e - s >= 4 && e - s < strlen(area_words[k]) && area_words[k][e - s] == ' ' &&
		    !memcmp(t + s, area_words[k], e - s))
			return true;
	return false;
}

/* Does t[s, e) open with a number column's word ("No.", "No", "Ref"), alone or a
 * single space before the next column's?  Its length, or 0. */
static size_t number_head(const char *t, size_t s, size_t e)
{
	static const char *const heads[] = {"No.", "No", "Ref.", "Ref"};
	size_t k, n;

	for (k = 0; k < ARRAY_SIZE(heads); k++) {
		n = strlen(heads[k]);
		if (e - s >= n && !memcmp(t + s, heads[k], n) && (s + n == e || t[s + n] == ' '))
			return n;
	}
	return 0;
}

/* Is the line t[s, e) such a header (the line before it t[ps, pe))?  Each column's start
 * (relative to the line) into col[], or (size_t)-1 for a lead column the table has not.
 * The first column may be the rows' numbers alone ("No."), not an area's.  The area's word may be
 * wrapped in its cell, the header's line then the action's and later words, the area's first words
 * on the line above at the margin. */
static bool area_header(const char *t, size_t s, size_t e, size_t ps, size_t pe, size_t col[NCOLS])
{
	static const char *const actions[] = {"Action",
	                                      "Actions",
	                                      "Action required",
	                                      "Actions required",
	                                      "Required action",
	                                      "Required actions",
	                                      "Action to be taken",
	                                      "What the Council must do"};
	static const char *const leads[] = {"Lead",           "Lead officer", "Responsible",
	                                    "Responsibility", "Owner",        "Who"};
	static const char *const times[] = {
	    "Date",     "Dates",       "By when",  "When",      "Timescale",       "Timescales",
	    "Deadline", "Target date", "Due date", "Timeframe", "Completion date", "By"};
	size_t i = lex_skip_space(t, s, e), words = 0, ws[5], we[5], a, n;
	bool wrapped, numbers = false;

	if (e - i < 16 || t[i] < 'A' || t[i] > 'Z')
		return false;
	wrapped = i - s >= 8;
	if (!wrapped && i - s > 2)
		return false;
	while (i < e) {
		size_t ce = i;
		while (ce < e && !(t[ce] == ' ' && (ce + 1 >= e || t[ce + 1] == ' ')))
			ce++;
		if (words == ARRAY_SIZE(ws))
			return false;
		ws[words] = i;
		we[words++] = ce;
		i = lex_skip_space(t, ce, e);
	}
	/* a number's column ("No.   Action ...", or "No. Action" a single space apart) */
	if (!wrapped && (n = number_head(t, ws[0], we[0])) != 0) {
		if (ws[0] + n < we[0]) {
			if (words == ARRAY_SIZE(ws))
				return false;
			memmove(ws + 1, ws, words * sizeof(*ws));
			memmove(we + 1, we, words * sizeof(*we));
			words++;
			we[0] = ws[0] + n;
			ws[1] = we[0] + 1;
		}
		numbers = true;
	}
	a = !wrapped;
	if (numbers) {
		; /* the number's column has no words to match */
	} else if (wrapped) {
		size_t w = lex_skip_space(t, ps, pe), x = w;
		while (x < pe && !(t[x] == ' ' && x + 1 < pe && t[x + 1] == ' '))
			x++;
		if (w - ps > 2 || !area_word_start(t, w, lex_trim_end(t, w, x)))
			return false;
	} else if (!word_in(t, ws[0], we[0], area_words, ARRAY_SIZE(area_words))) {
		return false;
	}
	if (words < a + 2 || words > a + 3 ||
	    !word_in(t, ws[a], we[a], actions, ARRAY_SIZE(actions)) ||
	    !word_in(t, ws[words - 1], we[words - 1], times, ARRAY_SIZE(times)) ||
	    (words == a + 3 && !word_in(t, ws[a + 1], we[a + 1], leads, ARRAY_SIZE(leads))))
		return false;
	col[COL_AREA] = 0;
	col[COL_ACTION] = ws[a] - s;
	col[COL_LEAD] = words == a + 3 ? ws[a + 1] - s : (size_t)-1;
	col[COL_TIME] = ws[words - 1] - s;
	return true;
}

/* The column a piece starting at rel (relative to its line) is in, after the line's
 * piece before it in column prev (-1: none): the one whose start is nearest (a short
 * cell centred in its column starts to either side of it). */
static int column_at(const size_t col[NCOLS], size_t rel, int prev)
{
	int c, at = -1;
	size_t best = 0;

	for (c = prev + 1; c < NCOLS; c++) {
		size_t d;
		if (col[c] == (size_t)-1)
			continue;
		d = rel > col[c] ? rel - col[c] : col[c] - rel;
		if (at < 0 || d < best) {
			at = c;
			best = d;
		}
	}
	return at < 0 ? prev : at;
}

/* The next column after c the table has, or NCOLS. */
static int next_column(const size_t col[NCOLS], int c)
{
	for (c++; c < NCOLS && col[c] == (size_t)-1; c++)
		;
	return c;
}

static bool add_piece(struct area_line *l, int c, size_t s, size_t e)
{
	if (l->n[c] == ARRAY_SIZE(l->s[c]))
		return false;
	l->s[c][l->n[c]] = s;
	l->e[c][l->n[c]++] = e;
	return true;
}

/* Cuts the line t[ls, le) into its cells' pieces; false if it does not read as a line of
 * the table.  A piece that runs into the next column goes on in it from a word within
 * four places of its start that opens there: a time's cell words (or, the cell begun
 * on a line just above, time_open, words going on with it: "the date of this"), or any
 * other column's word after a single space. */
static bool cut_line(const char *t, size_t ls, size_t le, const size_t col[NCOLS], bool time_open,
                     struct area_line *l)
{
	size_t p = lex_skip_space(t, ls, le);

	memset(l, 0, sizeof(*l));
	l->ls = ls;
	l->le = le;
	int c = -1, nc;

	while (p < le) {
		size_t pe = p, w;
		c = column_at(col, p - ls, c);
		while (pe < le && !(t[pe] == ' ' && pe + 1 < le && t[pe + 1] == ' '))
			pe++;
		pe = lex_trim_end(t, p, pe);
		/* a piece that runs into the next column: cut at the word that opens there */
		while ((nc = next_column(col, c)) < NCOLS && pe - ls > col[nc]) {
			size_t cut = 0;
			for (w = p + 1; w < pe && w - ls <= col[nc] + 1; w++) {
				/* up to four places before the column; a time's cell up to eight
				 * after a sentence's end ("performance report. Monthly") */
				bool near = w - ls + 4 >= col[nc];
				if (t[w - 1] != ' ' ||
				    !(near || (nc == COL_TIME && w - ls + 8 >= col[nc] &&
				               w >= p + 2 && (t[w - 2] == '.' || t[w - 2] == ';'))))
					continue;
				if (nc != COL_TIME || w - ls + 1 >= col[nc] ||
				    clause_when_cell(t, w, pe) ||
				    (time_open && ((t[w] >= 'a' && t[w] <= 'z') ||
				                   ch_is_digit((unsigned char)t[w]))) ||
				    lex_at(t, w, pe, "On or before ", NULL) ||
				    lex_at(t, w, pe, "On a ", NULL))
					cut = w;
				if (cut || near)
					break;
			}
			if (!cut)
				break;
			if (!add_piece(l, c, p, lex_trim_end(t, p, cut)))
				return false;
			p = cut;
			c = nc;
		}
		if (!add_piece(l, c, p, pe))
			return false;
		p = lex_skip_space(t, pe, le);
	}
	/* a row's number opens the area's cell: "1. Improvement plan" */
	if (l->n[COL_AREA] && l->s[COL_AREA][0] == lex_skip_space(t, ls, le)) {
		size_t d = l->s[COL_AREA][0], e = l->e[COL_AREA][0];
		while (d < e && ch_is_digit((unsigned char)t[d]) && d - l->s[COL_AREA][0] < 3)
			d++;
		if (d > l->s[COL_AREA][0] && d == e)
			l->num_end = d; /* "1", in a column of its own */
		else if (d > l->s[COL_AREA][0] && (t[d] == '.' || t[d] == ')') &&
		         (d + 1 == e || t[d + 1] == ' '))
			l->num_end = d + 1;
	}
	return true;
}

/* Does the line's action piece open with a capital? */
static bool action_opens(const char *t, const struct area_line *l)
{
	return l->n[COL_ACTION] && t[l->s[COL_ACTION][0]] >= 'A' && t[l->s[COL_ACTION][0]] <= 'Z';
}

/* Does the line open a lead's or a time's cell and nothing else: no action or area
 * words, its lead's words with a capital, its time's as a timescale opens? */
static bool opens_cells(const char *t, const struct area_line *l)
{
	size_t j;

	if (l->n[COL_ACTION] || l->n[COL_AREA] || !(l->n[COL_LEAD] || l->n[COL_TIME]))
		return false;
	for (j = 0; j < l->n[COL_LEAD]; j++)
		if (t[l->s[COL_LEAD][j]] < 'A' || t[l->s[COL_LEAD][j]] > 'Z')
			return false;
	for (j = 0; j < l->n[COL_TIME]; j++)
		if (!clause_when_cell(t, l->s[COL_TIME][j], l->e[COL_TIME][j]))
			return false;
	return true;
}

/* Do lines [a, b) have pieces in every column the line l has? */
static bool row_has(const struct area_line *lines, size_t a, size_t b, const struct area_line *l)
{
	int c;
	size_t i;

	for (c = 0; c < NCOLS; c++) {
		if (!l->n[c])
			continue;
		for (i = a; i < b && !lines[i].n[c]; i++)
			;
		if (i == b)
			return false;
	}
	return true;
}

/* The rows' first lines into start[] (as many as the numbers, nnum); false if the rows
 * do not read.  A row's action opens with a capital after the action before it ended
 * with a full stop or a blank line; its number lies after the row before's last action
 * line and before the next row's action (a cell centred in its row: the number may come
 * before its action, or after its first lines); the row starts at the first of them, or
 * at a blank line above that the row before has ended by.  Else, a table whose cells sit at their
 * rows' tops, each number's line opens an action. */
static bool row_starts(const char *t, const struct area_line *lines, size_t nl, const size_t *num,
                       size_t nnum, size_t *start)
{
	const size_t none = (size_t)-1;
	size_t i, k = 0, j, first[AREA_MAX_ROWS], before[AREA_MAX_ROWS], last_act = none, lo;
	int last_end = '.';

	for (i = 0; i < nl; i++) {
		const struct area_line *l = &lines[i];
		if (l->after_blank)
			last_end = '.';
		if (!l->n[COL_ACTION])
			continue;
		if (last_end == '.' && action_opens(t, l)) {
			if (k == nnum)
				break;
			before[k] = last_act;
			first[k++] = i;
		}
		last_end = t[l->e[COL_ACTION][l->n[COL_ACTION] - 1] - 1];
		last_act = i;
	}
	if (i == nl && k == nnum) {
		for (j = 0; j < nnum; j++) {
			if ((before[j] != none && num[j] <= before[j]) ||
			    (j + 1 < nnum && num[j] >= first[j + 1]))
				break;
			start[j] = num[j] < first[j] ? num[j] : first[j];
			/* and from the blank line above, if the row before has ended by then
			 * (a taller cell beside it: "Director of" above "Send ...") */
			lo = before[j] == none ? 0 : before[j] + 1;
			if (j > 0 && num[j - 1] + 1 > lo)
				lo = num[j - 1] + 1;
			for (i = start[j]; i > lo && !lines[i].after_blank; i--)
				;
			if (lines[i].after_blank && i >= lo)
				start[j] = i;
			/* or from lines above that open cells the row before has (no blank
			 * line between rows: "Director of   At each meeting of the" above
			 * "4   Report progress ...") */
			while (j > 0 && start[j] > lo && !lines[start[j]].after_blank &&
			       opens_cells(t, &lines[start[j] - 1]) &&
			       row_has(lines, start[j - 1], start[j] - 1, &lines[start[j] - 1]))
				start[j]--;
		}
		if (j == nnum)
			return true;
	}
	for (j = 0; j < nnum; j++) {
		if (!action_opens(t, &lines[num[j]]))
			return false;
		start[j] = num[j];
	}
	for (i = 0; i < start[0]; i++)
		if (lines[i].n[COL_ACTION])
			return false;
	return true;
}

/* Puts the column's pieces of lines [a, b) at buf + *k (a space between), none past
 * limit, each move recorded (buf is the copy's from base); the first piece of the
 * area's cell on the number's line from after the number. */
static bool put_column(char *buf, size_t *k, size_t cap, const char *t,
                       const struct area_line *lines, size_t a, size_t b, int c, size_t limit,
                       size_t base, struct read_columns *m)
{
	size_t i, j;
	bool any = false;

	for (i = a; i < b; i++)
		for (j = 0; j < lines[i].n[c]; j++) {
			size_t s = lines[i].s[c][j], e = lines[i].e[c][j];
			if (c == COL_AREA && j == 0 && lines[i].num_end)
				s = lex_skip_space(t, lines[i].num_end, e);
			if (e > limit)
				e = limit;
			if (s >= e)
				continue;
			/* a word broken at its hyphen goes on without a space ("multi-" then
			 * "agency") */
			bool joined = any && *k >= 2 && buf[*k - 1] == '-' &&
			              ch_is_alpha((unsigned char)buf[*k - 2]) && t[s] >= 'a' &&
			              t[s] <= 'z';
			if (*k + (any && !joined) + (e - s) > cap)
				return false;
			if (any && !joined)
				buf[(*k)++] = ' ';
			if (!read_columns_add(m, base + *k, s, e - s))
				return false;
			memcpy(buf + *k, t + s, e - s);
			*k += e - s;
			any = true;
		}
	return true;
}

/* Rewrites the row of lines [a, b) (its number on line numl) as "<number> <action>
 * <time>.", its lead's cell and its area's on lines of their own; false, left as it
 * was, if it does not fit (it always should). */
static bool join_area_row(char *w, const char *t, const struct area_line *lines, size_t a, size_t b,
                          size_t numl, struct read_columns *m)
{
	size_t s = lines[a].ls, e = lines[b - 1].le, cap = e - s, k, first = m->nseg, ns, k0;
	size_t ae = 0, i;
	char *buf = malloc(cap ? cap : 1), mark = 0;

	if (!buf)
		return false;
	/* the action's full stop (or semicolon), kept back to the row's end */
	for (i = a; i < b; i++)
		if (lines[i].n[COL_ACTION])
			ae = lines[i].e[COL_ACTION][lines[i].n[COL_ACTION] - 1];
	if (!ae)
		goto fail;
	if (t[ae - 1] == '.' || t[ae - 1] == ';')
		mark = t[ae - 1];
	/* the number, at the row's start */
	ns = lines[numl].s[COL_AREA][0];
	k = lines[numl].num_end - ns;
	if (k + 1 > cap || !read_columns_add(m, s, ns, k))
		goto fail;
	memcpy(buf, t + ns, k);
	/* a bare number ("1", in a column of its own) then a tab, as the clause reader
	 * takes a table row's number (columns_dates.c writes its rows so too) */
	buf[k] = ch_is_digit((unsigned char)buf[k - 1]) ? '\t' : ' ';
	k++;
	if (!put_column(buf, &k, cap, t, lines, a, b, COL_ACTION, mark ? ae - 1 : ae, s, m) ||
	    k + 3 > cap)
		goto fail;
	/* the time's cell after a gap */
	k0 = k;
	memcpy(buf + k, "   ", 3);
	k += 3;
	if (!put_column(buf, &k, cap, t, lines, a, b, COL_TIME, SIZE_MAX, s, m))
		goto fail;
	if (k == k0 + 3)
		k = k0;
	if (mark) {
		if (k + 1 > cap || !read_columns_add(m, s + k, ae - 1, 1))
			goto fail;
		buf[k++] = mark;
	}
	/* the lead's cell on a line of its own, where oblig.c reads a row's bearer */
	for (i = a; i < b && !lines[i].n[COL_LEAD]; i++)
		;
	if (i < b) {
		if (k + 1 > cap || m->nleads == ARRAY_SIZE(m->leads))
			goto fail;
		buf[k++] = '\n';
		m->lead_row[m->nleads] = s;
		m->leads[m->nleads++] = s + k;
		if (!put_column(buf, &k, cap, t, lines, a, b, COL_LEAD, SIZE_MAX, s, m))
			goto fail;
	}
	/* the area's words last, a line of their own */
	if (k + 1 > cap)
		goto fail;
	buf[k++] = '\n';
	if (!put_column(buf, &k, cap, t, lines, a, b, COL_AREA, SIZE_MAX, s, m))
		goto fail;
	memset(buf + k, ' ', cap - k);
	memcpy(w + s, buf, cap);
	free(buf);
	return true;
fail:
	read_columns_undo(m, first, s, e);
	free(buf);
	return false;
}

/* The table under the header line ending at he: its lines cut (from the original t,
 * rewritten in the working copy w), its rows found and rewritten; how many rows.  The table goes on
 * over blank lines (a row's padding) to a line that is no row's: after a blank line, one that
 * neither opens with a row's number nor starts in a later column; any line whose margin words run
 * on into the action's column without a number (prose); a number out of turn, at the blank line
 * before it. */
static size_t join_table(char *w, const char *t, size_t he, size_t n, const size_t col[NCOLS],
                         struct read_columns *m)
{
	struct area_line *lines = malloc(AREA_MAX_LINES * sizeof(*lines));
	size_t nl = 0, ls, le, num[AREA_MAX_ROWS], start[AREA_MAX_ROWS], nnum = 0, j, joined = 0;
	size_t since_time = 3; /* lines since one with a time's piece, in this block */
	size_t blank_at = 0;   /* the first line after the last blank line */
	unsigned last_num = 0;
	bool blank = false;

	if (!lines)
		return 0;
	for (ls = he + 1; ls < n && nl < AREA_MAX_LINES; ls = le + 1) {
		struct area_line *l = &lines[nl];
		size_t p, d;
		unsigned v;
		le = read_columns_line_end(t, ls, n);
		if (read_columns_blank(t, ls, le)) {
			blank = true;
			since_time = 3;
			continue;
		}
		p = lex_skip_space(t, ls, le);
		if (t[ls] == '\f' || !cut_line(t, ls, le, col, since_time <= 2, l))
			break;
		if (!l->num_end && ((blank && p - ls + 2 < col[COL_ACTION]) ||
		                    (l->n[COL_AREA] && l->n[COL_ACTION] &&
		                     l->e[COL_AREA][0] + 2 > l->s[COL_ACTION][0])))
			break;
		v = 0;
		for (d = l->num_end ? l->s[COL_AREA][0] : ls;
		     l->num_end && ch_is_digit((unsigned char)t[d]); d++)
			v = v * 10 + (unsigned)(t[d] - '0');
		/* a line the working copy hides as page furniture is a blank line, unless
		 * it is the next row's number ("3" alone, as a page number would be) */
		if (read_columns_blank(w, ls, le) && !(l->num_end && v == last_num + 1)) {
			blank = true;
			since_time = 3;
			continue;
		}
		if (l->num_end) {
			/* the rows go 1, 2, 3, ...: a number out of turn (the next list's
			 * "1.") ends the table at the blank line before it */
			if (nnum == AREA_MAX_ROWS || (nnum && v != last_num + 1)) {
				if (blank)
					break;
				for (nl = blank_at; nnum && num[nnum - 1] >= nl;)
					nnum--;
				break;
			}
			last_num = v;
			num[nnum++] = nl;
		}
		if (blank)
			blank_at = nl;
		l->after_blank = blank;
		blank = false;
		since_time = l->n[COL_TIME] ? 0 : since_time + 1;
		nl++;
	}
	if (nnum >= 2 && !read_columns_moved(m, m->nseg, lines[0].ls, lines[nl - 1].le) &&
	    row_starts(t, lines, nl, num, nnum, start))
		for (j = 0; j < nnum; j++)
			joined += join_area_row(w, t, lines, start[j],
			                        j + 1 < nnum ? start[j + 1] : nl, num[j], m);
	free(lines);
	return joined;
}

size_t read_join_area(const char *t, size_t n, char **work, struct read_columns *m)
{
	size_t ls, le, ps, pe, joined = 0;

	for (ls = 0, ps = pe = 0; ls < n; ps = ls, pe = le, ls = le + 1) {
		size_t col[NCOLS], hs;
		le = read_columns_line_end(t, ls, n);
		hs = lex_skip_space(t, ls, le);
		/* (a header line opens with an area's or an action's word: the first test,
		 * cheap) */
		if (hs >= le ||
		    !(t[hs] == 'A' || t[hs] == 'T' || t[hs] == 'P' || t[hs] == 'R' ||
		      t[hs] == 'W' || t[hs] == 'I' || t[hs] == 'N') ||
		    !area_header(t, ls, lex_trim_end(t, ls, le), ps, pe, col))
			continue;
		if (!*work && !read_columns_work_copy(t, n, work))
			return joined;
		joined += join_table(*work, t, le, n, col, m);
	}
	return joined;
}
