/*
 * oblig_first.c: where a series' words place its first occurrence (see oblig_int.h,
 * oblig_series_firsts()).  After a cadence, a date the sentence gives for the first
 * ("six-monthly stocktake meetings ..., the first of which will take place in October
 * 2022", "every six months, the next in October 2024", "reports every quarter, the first
 * by 31 March 2025", "at the end of each quarter, starting at the end of June 2024",
 * "every eight weeks, the first on 1 March 2022") is no deadline of its own: it fixes the
 * series' first, which a "by" or "on" day also makes due.  A yearly series' month right
 * after it ("annually, in April") is the month each falls in, the first due in it.  Moved from
 * oblig_timing.c in session 26; the rules are unchanged, and "on" days and
 * "starting/beginning/commencing" are that session's.
 */
#include "../base/compat.h"

#include "oblig_int.h"

/* "every eight weeks, the first on 1 March 2022", "Every six months, the first such report
 * being due on 31 March 2023": "on <day>" (ws, its cue's start) right after "the first"
 * or after "due" in a clause that opens "the first", behind a series out[0, n) holds, is
 * the series' first. */
bool oblig_series_first_on(const struct read_ctx *c, size_t s, size_t ws, const struct timing *out,
                           size_t n)
{
	const char *t = c->t;
	size_t k, f;

	if (!(ws >= s + 10 && lex_at(t, ws - 10, ws, "the first ", NULL)) &&
	    !(ws >= s + 4 && lex_at(t, ws - 4, ws, "due ", NULL) &&
	      (f = lex_search_ph(&c->ix, ws > s + 50 ? ws - 50 : s, ws, LEX_LIT("the first "),
	                         NULL)) != (size_t)-1 &&
	      !memchr(t + f, ',', ws - f)))
		return false;
	for (k = 0; k < n; k++)
		if (out[k].kind == T_EVERY && out[k].e <= ws)
			return true;
	return false;
}

/* "every 12 weeks, the first such report to be submitted within 2 months of her
 * appointment", "annually, in April": the deadline fixes the series' first (moved from
 * oblig.c in session 27). */
void oblig_first_within(struct read_ctx *c, const rec_t *events, rec_t *o,
                        const struct timing *series, const struct timing *within)
{
	struct timing sr = *series;
	struct err er = {0};
	cal_day first;
	const char *d;

	oblig_make_due(c, events, o, within);
	d = rec_string_value(rec_object_get(rec_object_get(o, "due"), "date"));
	if (!d || cal_parse_iso(strv_of(d), &first, &er) < 0)
		return;
	memcpy(sr.anchor, within->anchor, sizeof(sr.anchor));
	sr.warning = NULL; /* said when the series was made */
	sr.at_most = false;
	sr.period.warning = NULL;
	oblig_add_recurrence(c, o, &sr, true, first);
}

/* "annually, in April": a yearly series, then its month after a comma at most. */
bool oblig_series_month(const struct read_ctx *c, const struct timing *every,
                        const struct timing *date)
{
	size_t k;

	if (every->kind != T_EVERY || date->kind != T_DATE || !read_eq(date->rule, "in_month") ||
	    date->date.precision != LEX_MONTH || date->s < every->e || every->first_by ||
	    !((every->period.unit == CAL_YEARS && every->period.n == 1) ||
	      (every->period.unit == CAL_MONTHS && every->period.n == 12)))
		return false;
	for (k = every->e; k < date->s; k++)
		if (c->t[k] != ',' && !ch_is_space((unsigned char)c->t[k]))
			return false;
	return true;
}

/* (The rules, each of a date out[k] after a series.) */
size_t oblig_series_firsts(const struct read_ctx *c, size_t s, struct timing *out, size_t n)
{
	const char *t = c->t;
	bool series = false;
	size_t k, m = 0;

	for (k = 0; k < n; k++)
		if (out[k].kind == T_EVERY)
			series = true;
	for (k = 0; k < n; k++) {
		size_t b = out[k].s > s + 50 ? out[k].s - 50 : s, f, fe;
		size_t w2 = oblig_prev_word_start(t, s, oblig_prev_word_start(t, s, out[k].s));
		/* ("every six months, the next in October 2024": the first to come) */
		bool first_word = lex_at(t, w2, out[k].s, "the first ", NULL) ||
		                  lex_at(t, w2, out[k].s, "the next ", NULL);
		/* "annually ..., the first such report to be made no later than 31
		 * July 2019": the first, due by that date (a period, "the first such
		 * report to be submitted within 2 months of ...", is first_within()'s) */
		if (!first_word && out[k].kind == T_DATE && read_eq(out[k].rule, "by") &&
		    (f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("the first "), &fe)) !=
		        (size_t)-1)
			first_word = lex_search_ph(&c->ix, fe, out[k].s, LEX_LIT(" to be "),
			                           NULL) != (size_t)-1 &&
			             !memchr(t + fe, ',', out[k].s - fe);
		/* "Every six months, the first such report being due on 31 March 2023" */
		if (!first_word && out[k].kind == T_DATE && read_eq(out[k].rule, "on") &&
		    oblig_series_first_on(c, s, out[k].s, out, n))
			first_word = true;
		/* "at the end of each quarter, starting at the end of June 2024" */
		if (!first_word && series && out[k].kind == T_DATE &&
		    ((f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("starting "), &fe)) !=
		         (size_t)-1 ||
		     (f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("beginning "), &fe)) !=
		         (size_t)-1 ||
		     (f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("commencing "), &fe)) !=
		         (size_t)-1) &&
		    out[k].s - fe <= 8 && !memchr(t + fe, ',', out[k].s - fe))
			first_word = true;
		/* "at the end of each quarter, the first at the end of September 2022" */
		if (!first_word && out[k].kind == T_DATE &&
		    (f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("the first "), &fe)) !=
		        (size_t)-1 &&
		    out[k].s - fe <= 8 && !memchr(t + fe, ',', out[k].s - fe))
			first_word = true;
		/* "which is to meet no less than six times a year, with its first
		 * meeting no later than 31 January 2020" */
		if (!first_word && out[k].kind == T_DATE && read_eq(out[k].rule, "by") &&
		    ((f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("its first "), &fe)) !=
		         (size_t)-1 ||
		     (f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("the first meeting"), &fe)) !=
		         (size_t)-1))
			first_word = !memchr(t + fe, ',', out[k].s - fe);
		/* ("..., and the first of these reviews will be a stocktake meeting with
		 * the Council and the Improvement Adviser in May 2017": further back) */
		size_t b2 = out[k].s > s + 120 ? out[k].s - 120 : s;
		if (series && (out[k].kind == T_DATE || out[k].kind == T_WITHIN) &&
		    (lex_search_ph(&c->ix, b2, out[k].s, LEX_LIT("the first of which"), NULL) !=
		         (size_t)-1 ||
		     /* "twice a year, the first no later than six months after ..." */
		     first_word ||
		     lex_search_ph(&c->ix, b2, out[k].s, LEX_LIT("the first of these"), NULL) !=
		         (size_t)-1 ||
		     lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("the first one"), NULL) !=
		         (size_t)-1 ||
		     /* "at intervals of six months, the first review to take place in
		      * March 2021" */
		     ((f = lex_search_ph(&c->ix, b, out[k].s, LEX_LIT("the first "), &fe)) !=
		          (size_t)-1 &&
		      (lex_search_ph(&c->ix, fe, out[k].s, LEX_LIT("take place"), NULL) !=
		           (size_t)-1 ||
		       lex_search_ph(&c->ix, fe, out[k].s, LEX_LIT("be held"), NULL) !=
		           (size_t)-1 ||
		       /* "twice a year, and will hold the first review meeting in
		        * October 2023" (the same subject's: not "..., and my officials
		        * will hold the first review meeting ...", whose date the letter
		        * reads as the series' first held) */
		       (lex_search_ph(&c->ix, fe, out[k].s, LEX_LIT("meeting"), NULL) !=
		            (size_t)-1 &&
		        !memchr(t + fe, ',', out[k].s - fe) &&
		        (lex_search_ph(&c->ix, b2, f, LEX_LIT(" and will "), NULL) != (size_t)-1 ||
		         lex_search_ph(&c->ix, b2, f, LEX_LIT(" and shall "), NULL) !=
		             (size_t)-1)))))) {
			/* "reports every quarter, the first by 31 March 2025": the first is
			 * due by that date, a deadline as well as the series' start */
			size_t j;
			if (first_word && out[k].kind == T_DATE &&
			    (read_eq(out[k].rule, "by") || read_eq(out[k].rule, "end_of") ||
			     read_eq(out[k].rule, "on")))
				for (j = 0; j < n; j++)
					if (out[j].kind == T_EVERY && !out[j].first_by) {
						out[j].first_by = true;
						out[j].first_on = read_eq(out[k].rule, "on");
						out[j].first_date = out[k].date;
						/* "the first at the end of ...": a
						 * point in time, not "by" it */
						out[j].first_only =
						    read_eq(out[k].rule, "end_of") &&
						    out[k].s >= s + 7 &&
						    lex_at(t, out[k].s - 7, out[k].e, "at the ",
						           NULL);
						/* "the first at the end of September
						 * 2022": the month's last day */
						if (read_eq(out[k].rule, "end_of") &&
						    out[k].date.precision == LEX_MONTH) {
							struct cal_ymd ym =
							    cal_to_ymd(out[k].date.day);
							out[j].first_date.day =
							    cal_month_last(ym.y, ym.m);
						}
						break;
					}
			continue;
		}
		out[m++] = out[k];
	}
	n = m;
	return n;
}
