/*
 * columns_flow.c: a numbered table whose cells a PDF converter printed interleaved,
 * line by line (see columns.h, read_join_flow()).
 *
 * `pdftotext` in its default mode prints a table's row one baseline at a time: the
 * lines of the action, lead and target-date cells that share a baseline come out on
 * one line, in column order, and the others on lines of their own; the row's number,
 * centred in its cell, comes alone on a line in the middle of the row:
 *
 *     No. Action                                      (the header: column words only)
 *     Lead
 *     Target date
 *     Submit to the Department a revised
 *     improvement plan, agreed by the Board, that Director of
 *     Within 20 working
 *     1
 *     addresses each recommendation of the
 *     Children's Services days of this notice
 *     Ofsted report.
 *
 * The rows are found from their numbers (lines holding 1, 2, 3, ... alone, in order)
 * and their actions: an action opens with a capital, has words in lower case on its
 * first line, and ends at the first line ending with a full stop; the row runs to the
 * next row's first line.  Each line of a row is cut into its cells' pieces: an action
 * goes on while it has not ended (a line starting in lower case, or holding the full
 * stop, or the row's first); on such a line a lead's piece begins at the last run of
 * capitalised words opening with a title's word ("Director of", "Chief Executive"),
 * and a target date's at a word a timescale opens with ("Within", "Sept 2016",
 * "30/11/2016").  Any other line is a lead's piece (capitalised words, "of", "and")
 * then a target date's (the rest: "days of this notice", "2016").  The row is then
 * rewritten within its own bytes, as columns.c rewrites a headed table's row: its
 * number and a tab (clause.c's row number), the action's pieces, a gap, the target
 * date's, the action's full stop, and the lead's on a line of its own (where oblig.c
 * reads a row's bearer); each piece moved is recorded, so every span maps back to its
 * words in the original.  A table whose rows do not cut so is left as it is.  One
 * pass over the table's lines (the next header is looked for after them); the text is
 * searched for the header's word only.
 *
 * Where the header's words come one a line and no number stands alone, the rows' numbers
 * may open their actions' first lines instead ("1. Establish a multi-agency Improvement
 * Board, with an" / "Within 10 working days of" / "Chief Executive" / "independent chair
 * agreed with the Department." / "the date of this notice"): each row then runs from its
 * numbered line to the next, and is cut and rewritten the same way, its number taken from
 * the line's opening (join_prefixed_rows(); session 24).
 */
#include "../base/compat.h"

#include "clause.h"
#include "columns.h"
#include "lex.h"

#define MAXROWS  60 /* rows of one table */
#define MAXLINES 24 /* lines of one row */

struct fline {
	size_t s, e; /* trimmed */
};

static bool is_upper(int ch)
{
	return ch >= 'A' && ch <= 'Z';
}
static bool is_lower(int ch)
{
	return ch >= 'a' && ch <= 'z';
}

/* The word at t[w] (to e): its end. */
static size_t word_end(const char *t, size_t w, size_t e)
{
	while (w < e && t[w] != ' ')
		w++;
	return w;
}

static bool word_is(const char *t, size_t w, size_t we, const char *x)
{
	return we - w == strlen(x) && !memcmp(t + w, x, we - w);
}

#define word_in read_columns_word_in /* is the word t[w, we) one of list[0, n)? */

/* Is t[s, e) a header line: column words only ("No. Action", "Lead", "Target date")? */
static bool header_words(const char *t, size_t s, size_t e)
{
	static const char *const words[] = {
	    "No.",        "No",         "Ref",     "Ref.",     "Action",      "Actions",
	    "Lead",       "Leads",      "officer", "Owner",    "Responsible", "Responsibility",
	    "Target",     "target",     "date",    "dates",    "Date",        "Timescale",
	    "Timescales", "By",         "when",    "Deadline", "Who",         "Milestone",
	    "Timeframe",  "Completion", "Due"};
	size_t w = s;

	if (s >= e || e - s > 60)
		return false;
	while (w < e) {
		size_t we = word_end(t, w, e);
		if (!word_in(t, w, we, words, ARRAY_SIZE(words)))
			return false;
		w = lex_skip_space(t, we, e);
	}
	return true;
}

/* Is the word a joining word of a title ("Director of", "Leader of the")? */
static bool title_joiner(const char *t, size_t w, size_t we)
{
	return word_is(t, w, we, "of") || word_is(t, w, we, "and") || word_is(t, w, we, "for") ||
	       word_is(t, w, we, "the") || word_is(t, w, we, "&");
}

/* Does the word open a title in a "Lead" cell? */
static bool title_head(const char *t, size_t w, size_t we)
{
	static const char *const heads[] = {
	    "Director",  "Deputy",       "Assistant",    "Chief",     "Head",        "Leader",
	    "Lead",      "Improvement",  "Commissioner", "Chair",     "Independent", "Executive",
	    "Strategic", "Service",      "Corporate",    "Cabinet",   "Council",     "Principal",
	    "Partner",   "DfE",          "Department",   "Board",     "Adviser",     "Advisor",
	    "Portfolio", "Safeguarding", "LSCB",         "Programme", "Children's",  "Practice"};
	return word_in(t, w, we, heads, ARRAY_SIZE(heads));
}

/* A word a lead's piece may hold: a capitalised word, or a title's joining word. */
static bool title_word(const char *t, size_t w, size_t we)
{
	if (we > w && (t[we - 1] == '.' || t[we - 1] == ',' || t[we - 1] == ';'))
		return false;
	return is_upper((unsigned char)t[w]) || title_joiner(t, w, we);
}

/* Does the line open a row's action: a capital first, a word in lower case after it
 * (not a title's joining word), no target date's opening? */
static bool action_start(const char *t, const struct fline *l)
{
	size_t w = l->s, we;

	if (!is_upper((unsigned char)t[w]) || clause_when_cell(t, w, l->e))
		return false;
	for (w = lex_skip_space(t, word_end(t, w, l->e), l->e); w < l->e;
	     w = lex_skip_space(t, we, l->e)) {
		we = word_end(t, w, l->e);
		if (is_lower((unsigned char)t[w]) && !title_joiner(t, w, we))
			return true;
	}
	return false;
}

/* Is the line the number k alone? */
static bool number_line(const char *t, const struct fline *l, int k)
{
	int v = 0;
	size_t i;

	if (l->e - l->s > 3)
		return false;
	for (i = l->s; i < l->e; i++) {
		if (!ch_is_digit((unsigned char)t[i]))
			return false;
		v = v * 10 + (t[i] - '0');
	}
	return v == k;
}

/* The lead's piece that ends the action's line t[w0, e): where it starts (the last run
 * of title words opening with a title's head, after a word that does not govern it),
 * or e if none. */
static size_t lead_in_line(const char *t, size_t w0, size_t e)
{
	size_t w, we, start = e, prev_e = 0, prev_s = 0, run = e;

	for (w = w0; w < e; w = lex_skip_space(t, we, e)) {
		we = word_end(t, w, e);
		if (!title_word(t, w, we)) {
			run = e;
			start = e;
		} else {
			if (run == e)
				run = w;
			/* the last head in the run not right after another ("Chief Executive",
			 * "Worker Director of"), after a word that does not govern it ("to the
			 * Director of" is the action's) */
			if (w > w0 && title_head(t, w, we) && is_upper((unsigned char)t[w]) &&
			    !(prev_e > prev_s && title_head(t, prev_s, prev_e)) &&
			    !(prev_e > prev_s && (word_is(t, prev_s, prev_e, "the") ||
			                          word_is(t, prev_s, prev_e, "a") ||
			                          word_is(t, prev_s, prev_e, "an") ||
			                          word_is(t, prev_s, prev_e, "to") ||
			                          word_is(t, prev_s, prev_e, "of") ||
			                          word_is(t, prev_s, prev_e, "by") ||
			                          word_is(t, prev_s, prev_e, "with"))))
				start = w;
		}
		prev_s = w;
		prev_e = we;
	}
	return start;
}

/* Where a target date's piece starts on t[w0, e): a word a timescale opens with whose
 * rest of the line is short and holds no full stop or comma; e if none. */
static size_t time_in_line(const char *t, size_t w0, size_t e)
{
	size_t w, we, i;

	for (w = w0; w < e; w = lex_skip_space(t, we, e)) {
		we = word_end(t, w, e);
		if (e - w > 40 || !clause_when_cell(t, w, e) ||
		    (!is_upper((unsigned char)t[w]) && !ch_is_digit((unsigned char)t[w])))
			continue;
		for (i = w; i < e && t[i] != '.' && t[i] != ',' && t[i] != ';'; i++)
			;
		/* "30/11/2016", "Sept 2016": a date's dots are no full stop */
		if (i == e || (ch_is_digit((unsigned char)t[w]) && i + 1 < e &&
		               ch_is_digit((unsigned char)t[i + 1])))
			return w;
	}
	return e;
}

/* Where the run of a lead's words at t[x, e) ends: capitalised words, "of", "and", "the"
 * after "of" ("Director of Children's Services", "Safeguarding Children Partnership and"). */
static size_t title_run_end(const char *t, size_t x, size_t e)
{
	size_t pw = 0, pwe = 0;

	while (x < e) {
		size_t we = word_end(t, x, e);
		if (!title_word(t, x, we) ||
		    (word_is(t, x, we, "the") && !word_is(t, pw, pwe, "of")))
			break;
		pw = x;
		pwe = we;
		x = lex_skip_space(t, we, e);
	}
	return x;
}

/* The other cells' words on t[x, e), after the action's: a lead's words (capitalised,
 * "of", "and", "the" after "of") then a target date's ("days of this notice"), or a
 * target date's alone when it opens as one does; false if a cell has too many pieces. */
static bool other_cells(const char *t, size_t x, size_t e, struct read_cell *lead,
                        struct read_cell *when)
{
	size_t rest = x;

	if (x >= e)
		return true;
	if (clause_when_cell(t, x, e))
		return read_cell_add(when, x, e);
	x = title_run_end(t, x, e);
	return read_cell_add(lead, rest, lex_trim_end(t, rest, x)) && read_cell_add(when, x, e);
}

/* Does the line t[s, e), not a target date's opening, go on in lower case after its
 * run of title words ("Safeguarding Children Partnership and publish a revised")? */
static bool goes_on_lower(const char *t, size_t s, size_t e)
{
	size_t x;

	if (clause_when_cell(t, s, e))
		return false;
	x = title_run_end(t, s, e);
	return x > s && x < e && is_lower((unsigned char)t[x]);
}

/* The end of the first full stop (or ';') on t[s, e) that ends a word (not the dots of
 * "30.11.2016"), or 0 if none. */
static size_t full_stop(const char *t, size_t s, size_t e)
{
	size_t x;

	for (x = s; x < e; x++)
		if ((t[x] == '.' || t[x] == ';') && (x + 1 == e || t[x + 1] == ' '))
			return x + 1;
	return 0;
}

/* The row t[lines[0].s, lines[nl - 1].e), its number on line num, cut into cells;
 * false if it does not cut (no action ending with a full stop, a cell too long). */
static bool cut_row(const char *t, const struct fline *lines, size_t nl, size_t num,
                    struct read_cell *a, struct read_cell *lead, struct read_cell *when)
{
	bool open = true;
	size_t i, x, len = 0;

	a->n = lead->n = when->n = 0;
	for (i = 0; i < nl; i++) {
		const struct fline *l = &lines[i];
		size_t stop = l->e, ls, ts, cut;
		if (i == num)
			continue;
		/* (the row's first line is its action's, the number's aside; a line of an
		 * open action that names a body and goes on in lower case, "Safeguarding
		 * Children Partnership and publish a revised", before any target date, is
		 * the action's too) */
		if (!open ||
		    !(i == (num == 0) || is_lower((unsigned char)t[l->s]) ||
		      full_stop(t, l->s, l->e) || (when->n == 0 && goes_on_lower(t, l->s, l->e)))) {
			if (!other_cells(t, l->s, l->e, lead, when))
				return false;
			continue;
		}
		/* the action's piece: to its full stop, or to a lead's or a target date's
		 * piece on the line */
		if ((x = full_stop(t, l->s, l->e)) != 0) {
			stop = x;
			open = false;
		}
		ts = time_in_line(t, lex_skip_space(t, word_end(t, l->s, stop), stop), stop);
		ls = lead_in_line(t, l->s, ts);
		cut = ls < ts ? ls : ts;
		if (cut < stop && !open)
			return false; /* a lead's words before the action's full stop: no row */
		if (!read_cell_add(a, l->s, lex_trim_end(t, l->s, cut)))
			return false;
		if (cut == stop) { /* after the full stop, the other cells */
			if (!other_cells(t, lex_skip_space(t, stop, l->e), l->e, lead, when))
				return false;
			continue;
		}
		if (ls < ts && !read_cell_add(lead, ls, lex_trim_end(t, ls, ts)))
			return false;
		if (ts < l->e && !read_cell_add(when, ts, l->e))
			return false;
	}
	if (open || !a->n)
		return false;
	for (i = 0; i < lead->n; i++)
		len += lead->e[i] - lead->s[i];
	for (i = 0; i < when->n; i++)
		len += when->e[i] - when->s[i];
	return len > 0 && len <= 120;
}

/* Writes the pieces of c into buf at *k (at most cap), each recorded as moved from
 * the original to the copy's row at s; false if it does not fit. */
static bool put_cell(char *buf, size_t *k, size_t cap, const char *t, const struct read_cell *c,
                     size_t s, struct read_columns *m)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		size_t len = c->e[i] - c->s[i];
		if (*k + (i > 0) + len > cap)
			return false;
		if (i > 0)
			buf[(*k)++] = ' ';
		if (!read_columns_add(m, s + *k, c->s[i], len))
			return false;
		memcpy(buf + *k, t + c->s[i], len);
		*k += len;
	}
	return true;
}

/* Rewrites the row t[s, e) (its lines, the number on line num) in the working copy w
 * as "<number>\t<action>\t<target date>.\n<lead>" in its own bytes, from the original's
 * (page furniture hides a number alone on its line); false, the row left as it was, if
 * it does not cut into cells or would not fit. */
static bool join_flow_row(char *w, const char *t, size_t s, size_t e, const struct fline *lines,
                          size_t nl, size_t num, struct fline nb, struct read_columns *m)
{
	struct read_cell a, lead, when;
	size_t k = 0, first_seg = m->nseg, gap, cap = e - s, mark_at, need, i;
	char *buf, mark;

	if (!cut_row(t, lines, nl, num, &a, &lead, &when))
		return false;
	mark_at = a.e[a.n - 1] - 1;
	mark = t[mark_at];
	a.e[a.n - 1]--;
	/* the room: the number, a tab, the action's pieces a space apart, its mark, the
	 * target date's after a gap (one space, up to three where there is room), the
	 * lead's after a line break */
	need = nb.e - nb.s + 1 + a.n + (when.n ? when.n : 0) + (lead.n ? lead.n : 0);
	for (i = 0; i < a.n; i++)
		need += a.e[i] - a.s[i];
	for (i = 0; i < lead.n; i++)
		need += lead.e[i] - lead.s[i];
	for (i = 0; i < when.n; i++)
		need += when.e[i] - when.s[i];
	if (need > cap || !(buf = malloc(cap)))
		return false;
	gap = 1 + (cap - need < 2 ? cap - need : 2);
	if (!read_columns_add(m, s, nb.s, nb.e - nb.s))
		goto fail;
	memcpy(buf, t + nb.s, nb.e - nb.s);
	k = nb.e - nb.s;
	buf[k++] = '\t';
	if (!put_cell(buf, &k, cap, t, &a, s, m))
		goto fail;
	if (when.n) {
		if (k + gap > cap)
			goto fail;
		memset(buf + k, ' ', gap - 1);
		k += gap - 1;
		buf[k++] = '\t'; /* a row's last cell after a tab, as oblig.c reads it */
		if (!put_cell(buf, &k, cap, t, &when, s, m))
			goto fail;
	}
	if (k + 1 > cap || !read_columns_add(m, s + k, mark_at, 1))
		goto fail;
	buf[k++] = mark;
	if (lead.n) {
		if (k + 1 > cap || m->nleads == ARRAY_SIZE(m->leads))
			goto fail;
		buf[k++] = '\n';
		m->lead_row[m->nleads] = s;
		m->leads[m->nleads++] = s + k;
		if (!put_cell(buf, &k, cap, t, &lead, s, m))
			goto fail;
	}
	memset(buf + k, ' ', cap - k);
	memcpy(w + s, buf, cap);
	free(buf);
	return true;
fail:
	read_columns_undo(m, first_seg, s, e);
	free(buf);
	return false;
}

/* Does the line open with the number k and a full stop ("1. Establish ...")?  Where the
 * number ends (before its '.') in *ne and its action starts in *as. */
static bool numbered_action(const char *t, const struct fline *l, int k, size_t *ne, size_t *as)
{
	int v = 0;
	size_t i = l->s;

	while (i < l->e && i - l->s < 3 && ch_is_digit((unsigned char)t[i]))
		v = v * 10 + (t[i++] - '0');
	if (i == l->s || v != k || i + 2 >= l->e || t[i] != '.' || t[i + 1] != ' ')
		return false;
	*ne = i;
	*as = lex_skip_space(t, i + 1, l->e);
	return true;
}

/* The rows of a table under a header of column words one a line ("Action", "Lead",
 * "Timescale") whose numbers open their actions' first lines ("1. Establish a
 * multi-agency Improvement Board, with an" / "Within 10 working days of" / "Chief
 * Executive" / "independent chair agreed with the Department." / "the date of this
 * notice"): each row from its numbered line to the next, cut and rewritten as a row with
 * its number alone is (the number's digits, then the action from after "1. "); how many
 * rows were rewritten. */
static size_t join_prefixed_rows(const char *t, size_t n, struct fline *lines, size_t nl,
                                 char **work, struct read_columns *m)
{
	size_t start[MAXROWS + 1], ne[MAXROWS], as[MAXROWS], rows = 0, i, k, joined = 0;

	for (i = 0; i < nl && rows < MAXROWS; i++)
		if (numbered_action(t, &lines[i], (int)rows + 1, &ne[rows], &as[rows]))
			start[rows++] = i;
	if (rows < 2 || start[0] != 0)
		return 0;
	start[rows] = nl;
	for (k = 0; k < rows; k++)
		if (start[k + 1] - start[k] > MAXLINES)
			return 0;
	if (!*work && !read_columns_work_copy(t, n, work))
		return 0;
	for (k = 0; k < rows; k++) {
		struct fline row[MAXLINES], nb = {lines[start[k]].s, ne[k]};
		size_t s = lines[start[k]].s, e = lines[start[k + 1] - 1].e,
		       nr = start[k + 1] - start[k];
		memcpy(row, &lines[start[k]], nr * sizeof(*row));
		row[0].s = as[k]; /* the action, after its number */
		if (!is_upper((unsigned char)t[row[0].s]) ||
		    !join_flow_row(*work, t, s, e, row, nr, (size_t)-1, nb, m))
			continue;
		joined++;
	}
	return joined;
}

/* The table whose header ends at he in t[0, n): its rows rewritten in *work; returns
 * how many (0: none, the text untouched).  Its lines are read from the original t,
 * where no furniture is hidden. */
static size_t join_flow_table(const char *t, size_t n, size_t he, bool prefixed, char **work,
                              struct read_columns *m, size_t *seen)
{
	struct fline lines[MAXROWS * 8];
	size_t nl = 0, ls, le, num[MAXROWS + 1], start[MAXROWS + 1], rows = 0, i, k, joined = 0;
	const char *r = t;

	/* the table's lines: to a blank line or a page's end */
	for (ls = he + 1; ls < n && nl < ARRAY_SIZE(lines); ls = le + 1) {
		le = read_columns_line_end(r, ls, n);
		lines[nl].s = lex_skip_space(r, ls, le);
		lines[nl].e = lex_trim_end(r, lines[nl].s, le);
		if (lines[nl].s == lines[nl].e || r[ls] == '\f')
			break;
		if (number_line(r, &lines[nl], (int)rows + 1) && rows < MAXROWS)
			num[rows++] = nl;
		nl++;
	}
	*seen = ls < n ? ls : n; /* the next table is looked for after these lines */
	if (rows < 2 && prefixed)
		return join_prefixed_rows(t, n, lines, nl, work, m);
	if (rows < 2)
		return 0;
	/* each row's first line: the first action's opening after the last row's action
	 * ended (its first line ending with a full stop) */
	for (k = 0, i = 0; k < rows; k++) {
		size_t from = i;
		while (i < nl && !action_start(r, &lines[i]))
			i++;
		if (i >= nl || (k + 1 < rows && i > num[k + 1]))
			return 0;
		/* a number printed first, above its action's first line, opens the row */
		start[k] = num[k] < i && num[k] >= from ? num[k] : i;
		while (i < nl && r[lines[i].e - 1] != '.')
			i++;
		i++;
	}
	start[rows] = nl;
	for (k = 0; k < rows; k++)
		if (num[k] < start[k] || num[k] >= start[k + 1] ||
		    start[k + 1] - start[k] > MAXLINES)
			return 0;
	if (!*work && !read_columns_work_copy(t, n, work))
		return 0;
	for (k = 0; k < rows; k++) {
		size_t s = lines[start[k]].s, e = lines[start[k + 1] - 1].e;
		if (!join_flow_row(*work, t, s, e, &lines[start[k]], start[k + 1] - start[k],
		                   num[k] - start[k], lines[num[k]], m))
			continue;
		joined++;
		/* the line breaks around the row, which hiding its number as a page's may
		 * have joined */
		if (s > 0 && t[s - 1] == '\n')
			(*work)[s - 1] = '\n';
		if (e < n && t[e] == '\n')
			(*work)[e] = '\n';
	}
	return joined;
}

/* Does t[s, e) hold w (of length wn)? */
static bool holds(const char *t, size_t s, size_t e, const char *w, size_t wn)
{
	const char *p;

	while (s + wn <= e && (p = memchr(t + s, w[0], e - s - wn + 1)) != NULL) {
		if (!memcmp(p, w, wn))
			return true;
		s = (size_t)(p - t) + 1;
	}
	return false;
}

size_t read_join_flow(const char *t, size_t n, char **work, struct read_columns *m)
{
	const char *r = t; /* the original: page furniture hides a number alone on its line */
	size_t at = 0, joined = 0;
	const char *p;

	/* a header line with "Action" in it, and the lines after it (up to three) column
	 * words too, one of them a lead's or a time's */
	while (at + 6 <= n && (p = memchr(r + at, 'A', n - at - 5)) != NULL) {
		size_t s = (size_t)(p - r), ls = s, le, he = 0, lines = 0;
		bool lead = false;
		at = s + 1;
		if (memcmp(p, "Action", 6) != 0)
			continue;
		while (ls > 0 && r[ls - 1] != '\n')
			ls--;
		for (; ls < n && lines < 4; ls = le + 1, lines++) {
			le = read_columns_line_end(r, ls, n);
			if (!header_words(r, lex_skip_space(r, ls, le), lex_trim_end(r, ls, le)))
				break;
			lead = lead || holds(r, ls, le, "Lead", 4) || holds(r, ls, le, "date", 4) ||
			       holds(r, ls, le, "Time", 4) || holds(r, ls, le, "Owner", 5) ||
			       holds(r, ls, le, "Respons", 7);
			he = le;
		}
		if (lead && he < n) {
			size_t seen = he;
			/* (a header of one line is a -raw or -layout table's, read elsewhere) */
			joined += join_flow_table(t, n, he, lines > 1, work, m, &seen);
			at = seen > he ? seen : he;
		}
	}
	return joined;
}
