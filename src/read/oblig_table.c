/*
 * oblig_table.c: a table of dated items that PDF conversion flattened one cell a line,
 * with no row numbers (see oblig_int.h).  Under a lead-in sentence that points to it
 * ("The Council shall continue to send reports to the Department for Education by the
 * dates in the table below."), the lines are the header's cells (short, no digits, no
 * full stop: "Report", "Period covered", "Due by") and then the rows, as many cells
 * each as the header has.  A row whose last cell is a date alone is one deadline, due
 * by that date, owed by the lead-in's subject to whom the lead-in names; its words are
 * the row's.  Only the last cell of a row may be a date: that decides where the header
 * ends when the first row's cells look like headings too.  Anything else (a row count
 * that does not divide, a last cell that is not a date) and the clause is left to the
 * sentence reader, as if there were no table.
 *
 * Also a row's "Responsible" (or "Lead") cell, which names the row's bearer
 * (oblig_row_responsible(), moved from oblig.c in session 19), whether a line is a
 * tab-separated row's short last cell (oblig_tab_last_cell(), from oblig_timing.c), and
 * whether it opens with a schedule's timing label ("Timescale:", oblig_timing_label(),
 * from oblig_timing.c in session 22), and whether a date stands alone on its line
 * (oblig_alone_on_line(), likewise).
 */
#include "../base/compat.h"

#include "oblig_int.h"

#define MAXLINES 64

/* Is the line t[s, e) a header cell: at most five words, no digit, no full stop? */
static bool header_cell(const char *t, size_t s, size_t e)
{
	size_t i, words = 0;

	if (e - s > 40 || t[e - 1] == '.' || t[e - 1] == ':')
		return false;
	for (i = s; i < e; i++) {
		if (ch_is_digit((unsigned char)t[i]))
			return false;
		if (i == s || (t[i - 1] == ' ' && t[i] != ' '))
			words++;
	}
	return words <= 5;
}

/* The date that is all of the line t[s, e), into *d; false if the line holds more. */
static bool date_cell(const struct read_ctx *c, size_t s, size_t e, struct lex_date *d)
{
	struct lex_date found[2];

	return lex_dates_in(&c->ix, s, e, found, 2) == 1 && found[0].span.s == s &&
	       found[0].span.e == e && found[0].precision == LEX_DAY && (*d = found[0], true);
}

/* Does the row of cells ls[0, h), le[0, h) end with a date cell, and hold no other? */
static bool row_fits(const struct read_ctx *c, const size_t *ls, const size_t *le, size_t h)
{
	struct lex_date d;
	size_t k;

	for (k = 0; k + 1 < h; k++)
		if (date_cell(c, ls[k], le[k], &d))
			return false;
	return date_cell(c, ls[h - 1], le[h - 1], &d);
}

size_t oblig_flat_table(struct read_ctx *c, const struct clause *cl, const char *bearer,
                        const rec_t *events, rec_t *out)
{
	size_t ls[MAXLINES], le[MAXLINES], m = 0, h = 0, r, rows = 0, i, s = cl->head.s,
	                                   e = cl->head.e, lead_e, from = rec_array_size(out);
	const char *subj, *to;
	struct lex_date d;

	if (cl->nchildren > 0 ||
	    (lex_search_ph(&c->ix, s, e, LEX_LIT("table below"), NULL) == (size_t)-1 &&
	     lex_search_ph(&c->ix, s, e, LEX_LIT("following table"), NULL) == (size_t)-1))
		return 0;
	/* the lead-in: the sentence that points to the table, which ends on its line */
	lead_e = lex_sentence_end(c->t, s, e);
	if (lead_e >= e || c->t[lead_e - 1] != '.')
		return 0;
	for (i = lead_e; i < e && m < MAXLINES;) {
		size_t a = lex_skip_space(c->t, i, e), b = a;
		while (b < e && c->t[b] != '\n')
			b++;
		i = b;
		b = lex_trim_end(c->t, a, b);
		if (b > a) {
			ls[m] = a;
			le[m++] = b;
		}
	}
	if (i < e)
		return 0;
	while (h < m && h < 6 && header_cell(c->t, ls[h], le[h]))
		h++;
	/* the header is the longest run of such lines for which every row ends with its
	 * date (a first row with no digit in its first cells looks like the header) */
	for (; h >= 2; h--) {
		if (m <= h || (m - h) % h != 0)
			continue;
		rows = (m - h) / h;
		for (r = 0; r < rows; r++)
			if (!row_fits(c, ls + h + r * h, le + h + r * h, h))
				break;
		if (r == rows)
			break;
	}
	if (h < 2)
		return 0;
	subj = oblig_subject_role(c, s, lead_e);
	if (subj)
		bearer = subj;
	to = oblig_recipient(c, s, lead_e, bearer ? bearer : "council");
	for (r = 0; r < rows; r++) {
		size_t first = h + r * h, last = first + h - 1;
		struct timing tm;
		rec_t *o = oblig_new(c, cl, bearer, to, "deadline", ls[first], le[last]);
		date_cell(c, ls[last], le[last], &d);
		timing_new(&tm, 0, T_DATE, ls[last], le[last]);
		tm.rule = "by";
		tm.date = d;
		oblig_make_due(c, events, o, &tm);
		rec_array_append_new(out, o);
	}
	return rec_array_size(out) - from;
}

/* A table row's "Responsible" cell, when each cell comes on a line of its own: a line
 * that is a role's name and nothing else ("Council", "Department for Education"); with
 * labels (labelled), a line "Lead: Director of Children's Services" (also
 * "Responsible:", "Owner:", "Lead officer:"), an action's own line in a schedule. */
const char *oblig_row_responsible(const struct read_ctx *c, size_t s, size_t e, bool labelled)
{
	static const char *const labels[] = {
	    "lead: ", "lead officer: ", "responsible: ", "owner: ", "responsibility: "};

	while (s < e) {
		const char *nl = memchr(c->t + s, '\n', e - s);
		size_t le = nl ? (size_t)(nl - c->t) : e, ls = lex_skip_space(c->t, s, le), re = 0,
		       we, k;
		const char *r = NULL;
		le = lex_trim_end(c->t, ls, le);
		if (labelled) {
			for (k = 0; k < ARRAY_SIZE(labels); k++)
				if (lex_at(c->t, ls, le, labels[k], &we)) {
					ls = lex_skip_space(c->t, we, le);
					break;
				}
			if (k == ARRAY_SIZE(labels))
				ls = le; /* not a labelled line */
		}
		if (le > ls && le - ls <= 40) {
			r = facts_role_span(c, ls, le, &re);
			if (!r && lex_at(c->t, ls, le, "the ", &we))
				r = facts_role_span(c, we, le, &re);
			/* a lead's cell "Department": the Department for Education */
			if (!r && le - ls == 10 && lex_at(c->t, ls, le, "Department", &re))
				r = "dfe";
		}
		if (r && re == le)
			return r;
		s = nl ? (size_t)(nl - c->t) + 1 : e;
	}
	return NULL;
}

bool oblig_tab_last_cell(const struct read_ctx *c, size_t s, size_t e)
{
	size_t b = s, te = lex_trim_end(c->t, s, e), i;

	while (b > 0 && c->t[b - 1] == ' ')
		b--;
	if (b == 0 || c->t[b - 1] != '\t' || te - s > 60)
		return false;
	for (i = s; i < te; i++) /* the line's last cell */
		if (c->t[i] == '\t' || c->t[i] == '\n')
			return false;
	return true;
}

/* (moved from oblig_timing.c in session 22) */
bool oblig_timing_label(const struct read_ctx *c, size_t s, size_t e, size_t *end)
{
	static const char *const labels[] = {"timescale:", "timescales:",  "timing:", "deadline:",
	                                     "by when:",   "target date:", "when:"};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(labels); k++)
		if (lex_at(c->t, s, e, labels[k], end))
			return true;
	return false;
}

/* (moved from oblig_timing.c in session 22) */
bool oblig_alone_on_line(const char *t, size_t ds, size_t de, size_t e)
{
	size_t i = ds, x;

	while (i > 0 && t[i - 1] != '\n') {
		unsigned char ch = (unsigned char)t[--i];
		if (ch_is_alpha(ch) || ch_is_digit(ch))
			return false;
	}
	for (i = de; i < e && t[i] != '\n';) {
		if (t[i] == ' ' || t[i] == ';' || t[i] == ',' || t[i] == '.')
			i++;
		else if ((lex_at(t, i, e, "and", &x) || lex_at(t, i, e, "or", &x)) &&
		         (x >= e || !lex_is_word_char((unsigned char)t[x])))
			i = x;
		else
			return false;
	}
	return true;
}

size_t oblig_table_row(const struct read_ctx *c, size_t s, size_t e, size_t from,
                       struct lex_span *row, const char **bearer)
{
	size_t k, best = (size_t)-1;

	/* the first row (by its start) from "from" on whose cell lies in [s, e) */
	for (k = 0; k < c->nrows; k++) {
		size_t rs = c->row_starts[k], p = c->row_leads[k];
		if (p > s && p < e && rs >= from && rs < p &&
		    (best == (size_t)-1 || rs < c->row_starts[best]))
			best = k;
	}
	if (best == (size_t)-1)
		return e;
	row->s = c->row_starts[best] > s ? c->row_starts[best] : s;
	row->e = lex_trim_end(c->t, row->s, c->row_leads[best]);
	*bearer = oblig_row_responsible(c, c->row_leads[best], e, false);
	return c->row_leads[best] + 1;
}
