/*
 * oblig_rows.c: an action table that PDF conversion flattened row by row, with an
 * "Owner" column (see oblig_int.h).  `pdftotext -raw` prints such a table as its
 * header line ("Action Owner Timescale") and then each row as its cells' words one
 * after another: the numbered action, ending with its full stop, then the owner's
 * name and the timescale on the lines after it, with no mark between them:
 *
 *     1. Set up the Board, with the Leader, the Chief Executive, ...
 *     the Council's partners as its members.
 *     Chief Executive
 *     Within 20 working days of
 *     the date of this notice
 *
 * Each such row is one duty: its action is the action cell's words, its bearer the
 * owner (a role the reader knows, or, for an officer it does not, "Head of Quality
 * Assurance", the council whose officer that is) and its timing the timescale cell's,
 * unless the action names its own ("Meet at least every six weeks ...", with "Every
 * six weeks" in the cell too).  A timescale cell that is a date alone ("September
 * 2019") is the day, or the month's last day, the action is done by.  A clause that
 * does not split so (its action with no full stop at a line's end, more than a few
 * short lines after it, another sentence there) is read as any other.
 */
#include "../base/compat.h"

#include "oblig_int.h"

/* The header's column names, one word each ("by when" and "target date" as two). */
static bool column_word(const char *t, size_t s, size_t e, int *what)
{
	static const struct {
		const char *w;
		int what; /* 1 an owner's column, 2 a time's, 0 another */
	} words[] = {{"action", 0},         {"actions", 0}, {"no", 0},        {"ref", 0},
	             {"owner", 1},          {"owners", 1},  {"lead", 1},      {"responsible", 1},
	             {"responsibility", 1}, {"who", 1},     {"timescale", 2}, {"timescales", 2},
	             {"deadline", 2},       {"when", 2},    {"by", 0},        {"target", 0},
	             {"completion", 0},     {"date", 2},    {"dates", 2},     {"officer", 0}};
	size_t k, n = e - s;

	while (n > 0 && (t[s + n - 1] == '.' || t[s + n - 1] == ':'))
		n--;
	for (k = 0; k < ARRAY_SIZE(words); k++)
		if (strlen(words[k].w) == n && lex_at(t, s, s + n, words[k].w, NULL)) {
			*what = words[k].what;
			return true;
		}
	return false;
}

/* Is the line t[ls, le) a header of column names only, with an owner's column and a
 * time's?  *owner_first: the owner's column comes before the time's. */
static bool header_line(const char *t, size_t ls, size_t le, bool *owner_first)
{
	size_t i = ls, owner = 0, when = 0, words = 0;

	if (le - ls > 80)
		return false;
	while (i < le) {
		size_t ws = i;
		int what;
		while (i < le && t[i] != ' ' && t[i] != '\t')
			i++;
		if (!column_word(t, ws, i, &what))
			return false;
		words++;
		if (what == 1 && !owner)
			owner = words;
		if (what == 2 && !when)
			when = words;
		while (i < le && (t[i] == ' ' || t[i] == '\t'))
			i++;
	}
	*owner_first = owner < when;
	return owner && when && words <= 8;
}

size_t oblig_owner_header(const struct read_ctx *c, bool *owner_first)
{
	/* (static phrases, not LEX_LIT() in an array's initializer: clang leaves those
	 * zeroed) */
	static struct lex_phrase cues[] = {LEX_PHRASE("timescale"), LEX_PHRASE("deadline"),
	                                   LEX_PHRASE("by when"), LEX_PHRASE("target date")};
	size_t k, at, end;

	for (k = 0; k < ARRAY_SIZE(cues); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k], &end); at != (size_t)-1;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k], &end)) {
			size_t ls = at, le = end;
			while (ls > 0 && c->t[ls - 1] != '\n')
				ls--;
			while (le < c->n && c->t[le] != '\n')
				le++;
			ls = lex_skip_space(c->t, ls, le);
			le = lex_trim_end(c->t, ls, le);
			if (header_line(c->t, ls, le, owner_first))
				return le;
		}
	return 0;
}

/* The role that is all of t[s, e) but for what the words after it hold (from_start),
 * or that ends at e (else); NULL if none.  *rs, *re its words. */
static const char *owner_cell(const struct read_ctx *c, size_t s, size_t e, bool from_start,
                              size_t *rs, size_t *re)
{
	size_t k, end;
	const char *r;

	if (from_start) {
		if ((r = facts_role_span(c, s, e, &end)) != NULL ||
		    (lex_at(c->t, s, e, "the ", &k) && (r = facts_role_span(c, k, e, &end)))) {
			*rs = s;
			*re = end;
		}
		return r;
	}
	for (k = s; k < e; k = lex_next_word(&c->ix, k, e))
		if ((r = facts_role_span(c, k, e, &end)) != NULL &&
		    lex_skip_space(c->t, end, e) == e) {
			*rs = k;
			*re = end;
			return r;
		}
	return NULL;
}

bool oblig_owner_row(const struct read_ctx *c, const struct clause *cl, bool owner_first,
                     struct owner_row *r)
{
	const char *t = c->t;
	size_t s = cl->head.s, e = lex_trim_end(t, cl->head.s, cl->head.e), i, lines = 0, ae = 0,
	       rs, re;

	if (cl->nchildren > 0 || e <= s || t[e - 1] == '.' || t[e - 1] == ':')
		return false;
	/* the last line that ends with a full stop ends the action cell */
	for (i = s; i < e; i++)
		if (t[i] == '\n' && i > s && t[lex_trim_end(t, s, i) - 1] == '.')
			ae = lex_trim_end(t, s, i);
	if (!ae || e - ae > 200)
		return false;
	for (i = ae; i < e; i++) {
		if (t[i] == '\n')
			lines++;
		if (t[i] == '.' || t[i] == ';' || t[i] == '(' || t[i] == '"')
			return false; /* another sentence, not a row's cells */
	}
	if (lines > 6)
		return false;
	r->action_e = ae;
	r->cells_s = lex_skip_space(t, ae, e);
	r->cells_e = e;
	r->owner = owner_cell(c, r->cells_s, e, owner_first, &rs, &re);
	r->owner_first = owner_first;
	r->time_s = r->cells_s;
	r->time_e = e;
	if (r->owner && owner_first)
		r->time_s = lex_skip_space(t, re, e);
	else if (r->owner)
		r->time_e = lex_trim_end(t, r->cells_s, rs);
	return true;
}

size_t oblig_row_timings(const struct read_ctx *c, const struct owner_row *r, struct timing *tm,
                         size_t nt)
{
	size_t i, n = 0, own = 0;
	struct lex_date d[2];

	for (i = 0; i < nt; i++)
		if (tm[i].s < r->action_e)
			own++;
	if (own) { /* the action's own timing: the timescale cell says it again */
		for (i = 0; i < nt; i++)
			if (tm[i].s < r->action_e)
				tm[n++] = tm[i];
		return n;
	}
	if (nt || r->time_e <= r->time_s || nt >= MAXT)
		return nt;
	/* "September 2019": a date alone in the timescale cell (after an owner the reader
	 * does not know: "Chief Executive September 2019") */
	if (lex_dates_in(&c->ix, r->time_s, r->time_e, d, 2) == 1 &&
	    (r->owner_first || d[0].span.s == r->time_s) &&
	    lex_skip_space(c->t, d[0].span.e, r->time_e) == r->time_e &&
	    (d[0].precision == LEX_DAY || d[0].precision == LEX_MONTH)) {
		timing_new(tm, 0, T_DATE, d[0].span.s, d[0].span.e);
		tm[0].rule = "by";
		tm[0].date = d[0];
		return 1;
	}
	return 0;
}
