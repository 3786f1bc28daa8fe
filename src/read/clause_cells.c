/*
 * clause_cells.c: an annex's table of unnumbered rows printed one cell a line (see
 * clause.h, clause_cell_rows()).
 *
 * A PDF converter without layout prints a table cell after cell, each on a line of its
 * own, wrapping a long cell over several:
 *
 *     Action / Responsible / By when                     (the header, a cell a line)
 *     Leadership and governance                          (a theme spanning the table)
 *     Nominate a senior officer to lead the Council's improvement
 *     programme, and notify the Department of the officer's name
 *     Chief Executive
 *     Within 10 working days of the
 *     date of this notice
 *
 * With no row numbers, a row is found from its end: the timescale cell ("By 30 April
 * 2016", "Within ...", "Monthly", "Ongoing", "At each meeting": words a timescale
 * opens with), its wrapped lines starting in lower case, just after a short line, the
 * "Responsible" cell.  The row begins after the one before ends; a short heading-like
 * line there with more of the row after it is a theme.  The header's cells, printed
 * again at the top of a page, belong to no row.  One pass over the lines, linear.
 */
#include "../base/compat.h"

#include "clause.h"

/* The words a timescale cell opens with, as printed (capital first). */
static const char *const when_words[] = {
    "By ", "Within ", "Monthly", "Quarterly", "Weekly", "Fortnightly", "Annually", "Termly",
    "Ongoing", "At each ", "Every ", "Each ", "Immediately", "No later ", "Before ", "From ",
    "End ", "Six-monthly", "Bi-monthly", "Half-yearly", "Twice ", "Yearly", "Continuous", "In ",
    "January ", "February ", "March ", "April ", "May ", "June ", "July ", "August ", "September ",
    "October ", "November ", "December ",
    /* a month abbreviated ("Sept 2016", "End Dec 2016" is "End ") */
    "Jan ", "Feb ", "Mar ", "Apr ", "Jun ", "Jul ", "Aug ", "Sep ", "Sept ", "Oct ", "Nov ",
    "Dec "};

/* A table's column headings, one a line. */
static const char *const column_words[] = {"Action", "Actions", "Responsible", "Responsibility",
                                           "Lead", "Lead officer", "Owner", "Who", "By when",
                                           "When", "Timescale", "Timescales", "Target date",
                                           "Deadline", "Timeframe", "Milestone", "Date",
                                           /* a letter's "Action / Owner / By" */
                                           "By", "Due date"};

bool clause_column_word(const char *t, size_t s, size_t e)
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(column_words); k++)
		if (e - s == strlen(column_words[k]) && !memcmp(t + s, column_words[k], e - s))
			return true;
	return false;
}

static bool starts_with(const char *t, size_t s, size_t e, const char *w)
{
	size_t n = strlen(w);
	/* a word that ends the line counts too ("Monthly", "By") */
	if (w[n - 1] == ' ' && e - s == n - 1 && !memcmp(t + s, w, n - 1))
		return true;
	return e - s >= n && !memcmp(t + s, w, n);
}

bool clause_when_cell(const char *t, size_t s, size_t e)
{
	size_t k;

	if (ch_is_digit((unsigned char)t[s]))
		return true; /* "30 April 2016" */
	for (k = 0; k < ARRAY_SIZE(when_words); k++)
		if (starts_with(t, s, e, when_words[k]))
			return true;
	return false;
}

/* A "Responsible" cell: a short name ("Council", "Director of Children's Services"),
 * capital first, no digit, no sentence's end. */
static bool name_cell(const char *t, size_t s, size_t e)
{
	size_t i, words = 1;

	if (e - s > 60 || !(t[s] >= 'A' && t[s] <= 'Z') || t[e - 1] == '.' || t[e - 1] == ',' ||
	    t[e - 1] == ';' || t[e - 1] == ':')
		return false;
	for (i = s; i < e; i++) {
		if (ch_is_digit((unsigned char)t[i]))
			return false;
		if (t[i] == ' ')
			words++;
	}
	return words <= 6;
}

/* A theme row: a short line, capital first, no punctuation inside or at its end. */
static bool theme_line(const char *t, size_t s, size_t e)
{
	size_t i;

	if (e - s > 50 || !(t[s] >= 'A' && t[s] <= 'Z'))
		return false;
	for (i = s; i < e; i++)
		if (t[i] == ',' || t[i] == '.' || t[i] == ';' || t[i] == ':' ||
		    ch_is_digit((unsigned char)t[i]))
			return false;
	return true;
}

struct line {
	size_t s, e;
};

/* The next non-blank line at or after *pos (before n), trimmed; false at the end. */
static bool next_line(const char *t, size_t n, size_t *pos, struct line *l)
{
	while (*pos < n) {
		const char *nl = memchr(t + *pos, '\n', n - *pos);
		size_t eol = nl ? (size_t)(nl - t) : n, s = *pos, e = eol;
		*pos = eol < n ? eol + 1 : n;
		while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '\f' || t[s] == '\r'))
			s++;
		while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
			e--;
		if (s < e) {
			l->s = s;
			l->e = e;
			return true;
		}
	}
	return false;
}

/* Does the line end the table: a closing block or another annex? */
static bool table_end(const char *t, size_t s, size_t e)
{
	static const char *const ends[] = {"Signed", "Dated",     "Yours ",   "Annex ",
	                                   "ANNEX",  "Schedule ", "SCHEDULE", "Appendix "};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(ends); k++)
		if (starts_with(t, s, e, ends[k]))
			return true;
	return false;
}

size_t clause_cell_rows(const char *t, size_t n, size_t from, struct clause_cell_row *rows,
                        size_t max)
{
	/* the lines since the last row ended: the first two, and the last (prev) */
	struct line prev = {0, 0}, first = {0, 0}, second = {0, 0}, cur;
	size_t pos = from, nrows = 0, since = 0;
	bool in_when = false;

	while (nrows < max && next_line(t, n, &pos, &cur)) {
		if (table_end(t, cur.s, cur.e))
			break;
		if (clause_column_word(t, cur.s, cur.e))
			continue; /* the header, printed again on a new page */
		if (in_when && t[cur.s] >= 'a' && t[cur.s] <= 'z') {
			rows[nrows - 1].e = cur.e; /* the timescale cell wraps */
			continue;
		}
		in_when = false;
		/* a timescale after a name, with an action before them: a row's end */
		if (since >= 2 && clause_when_cell(t, cur.s, cur.e) &&
		    name_cell(t, prev.s, prev.e)) {
			struct clause_cell_row *r = &rows[nrows++];
			r->theme_s = r->theme_e = 0;
			r->s = first.s;
			/* "Help and protection", then the row's action: a theme */
			if (since >= 3 && theme_line(t, first.s, first.e) && t[second.s] >= 'A' &&
			    t[second.s] <= 'Z') {
				r->theme_s = first.s;
				r->theme_e = first.e;
				r->s = second.s;
			}
			r->e = cur.e;
			in_when = true;
			since = 0;
			continue;
		}
		if (since == 0)
			first = cur;
		else if (since == 1)
			second = cur;
		since++;
		prev = cur;
	}
	return nrows;
}
