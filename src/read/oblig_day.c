/*
 * oblig_day.c: series on a fixed day of the month ("day rules", see oblig_int.h and
 * cal/recur.h).  "shall report to the Board on the first Monday of every month", "on
 * the first working day of each quarter", "on or before the last working day of each
 * quarter": a cue ("on", "on or before", "by", "no later than", "not later than",
 * "before"), then "the", an ordinal (first, second, third, fourth, last), a weekday or
 * "working day", and "of each/every (calendar) month/quarter".  The series is monthly
 * or quarterly (calendar quarters: January, April, July and October for the first
 * days, March, June, September and December for the last), its day the rule's, and its
 * first the rule's first day after the instrument's date, due on that day too; a start
 * the words name ("from the first Monday of October 2018", "starting/beginning (on)
 * ...", "commencing (on) ...") is the first instead, and the date finder's month in it
 * ("October 2018") no deadline.  The last working day of each quarter is anchored to
 * the quarter's end ("quarter_end"), as "at the end of each quarter" is.  After
 * "thereafter" the series follows the duty before it, so its first is no deadline of
 * its own.  Not read as a series: a weekday without "of each/every month/quarter" ("on
 * the first Monday", "Monday 3 June 2019", "every working day"), nor what a sentence
 * with no modal says is done ("Board meetings are usually held on the first Monday of
 * each month"); otherwise whether the sentence binds anyone is the grammar's question,
 * as for any timing.  "no later than 10 working days after the end of each quarter" is
 * a day rule too: the 10th working day of the month after each quarter's end.
 */
#include "../base/compat.h"

#include "../base/strbuf.h"
#include "../cal/holidays.h"
#include "oblig_int.h"

/* What each/every names, the words from " of " up to its end; quarter or month. */
static struct {
	struct lex_phrase words;
	bool quarter;
} periods[] = {
    {LEX_PHRASE(" of each month"), false},
    {LEX_PHRASE(" of every month"), false},
    {LEX_PHRASE(" of each calendar month"), false},
    {LEX_PHRASE(" of every calendar month"), false},
    {LEX_PHRASE(" of each quarter"), true},
    {LEX_PHRASE(" of every quarter"), true},
    {LEX_PHRASE(" of each calendar quarter"), true},
    {LEX_PHRASE(" of every calendar quarter"), true},
};

/* A period's end the working days count from, the words from " the end of" up to its
 * end ("10 working days after the end of each quarter"); quarter or month. */
static struct {
	struct lex_phrase words;
	bool quarter;
} ends[] = {
    {LEX_PHRASE(" the end of each month"), false},
    {LEX_PHRASE(" the end of every month"), false},
    {LEX_PHRASE(" the end of each calendar month"), false},
    {LEX_PHRASE(" the end of each quarter"), true},
    {LEX_PHRASE(" the end of every quarter"), true},
    {LEX_PHRASE(" the end of each calendar quarter"), true},
};

/* The cues of the series, longest first; of its first. */
static const char *const cues[] = {"on or before ", "no later than ", "not later than ", "on ",
                                   "by ",           "before "};
static const char *const starts[] = {"starting on ",      "starting with ", "beginning on ",
                                     "beginning with ",   "commencing on ", "commencing with ",
                                     "with effect from ", "the first for ", "starting ",
                                     "beginning ",        "commencing ",    "from "};

/* Where one of the cues ends right before the rule at ws, over any run of white space
 * ("on or before⏎      the last working day of each month", a wrapped line): its
 * start, else (size_t)-1.  (The cues' own spaces are single.) */
static size_t cue_before(const char *t, size_t s, size_t ws)
{
	size_t q = ws, k;

	while (q > s && ch_is_space((unsigned char)t[q - 1]))
		q--;
	if (q == ws)
		return (size_t)-1;
	for (k = 0; k < ARRAY_SIZE(cues); k++) {
		size_t len = strlen(cues[k]) - 1, i; /* without its closing space */
		if (q < s + len)
			continue;
		for (i = 0; i < len && ch_lower((unsigned char)t[q - len + i]) == cues[k][i]; i++)
			;
		if (i == len)
			return q - len;
	}
	return (size_t)-1;
}

/* The letters' word that ends at t[we], after the white space before we is skipped
 * (at least one byte of it when space is set): its start, else (size_t)-1. */
static size_t word_ending(const char *t, size_t s, size_t *we, bool space)
{
	size_t i = *we, ws;

	if (space) {
		while (i > s && ch_is_space((unsigned char)t[i - 1]))
			i--;
		if (i == *we)
			return (size_t)-1;
	}
	for (ws = i; ws > s && ch_is_alpha((unsigned char)t[ws - 1]); ws--)
		;
	*we = i;
	return ws < i ? ws : (size_t)-1;
}

/* "the first Monday" / "the last working day" ending at t[at] (where " of" begins):
 * the rule into *r and where "the" begins, else (size_t)-1. */
static size_t rule_before(const char *t, size_t s, size_t at, struct cal_dayrule *r)
{
	static const char *const ords[] = {"last", "first", "second", "third", "fourth"};
	size_t we = at, ws = word_ending(t, s, &we, false), k;

	memset(r, 0, sizeof(*r));
	if (ws == (size_t)-1)
		return (size_t)-1;
	if (lex_word_is(t, ws, we, "day")) {
		we = ws;
		ws = word_ending(t, s, &we, true);
		if (ws == (size_t)-1 || !lex_word_is(t, ws, we, "working"))
			return (size_t)-1;
		r->kind = CAL_DAY_WORKING;
	} else {
		for (k = 0; k < 7; k++)
			if (lex_word_is(t, ws, we, cal_weekday_name((enum cal_weekday)k)))
				break;
		if (k == 7)
			return (size_t)-1;
		r->kind = CAL_DAY_WEEKDAY;
		r->wd = (enum cal_weekday)k;
	}
	we = ws;
	ws = word_ending(t, s, &we, true);
	for (k = 0; ws != (size_t)-1 && k < ARRAY_SIZE(ords); k++)
		if (lex_word_is(t, ws, we, ords[k]))
			break;
	if (ws == (size_t)-1 || k == ARRAY_SIZE(ords))
		return (size_t)-1;
	r->nth = k == 0 ? -1 : (int)k;
	we = ws;
	ws = word_ending(t, s, &we, true);
	return ws != (size_t)-1 && lex_word_is(t, ws, we, "the") ? ws : (size_t)-1;
}

/* The first month the series runs in whose day is after the instrument's date. */
static bool first_after(const struct read_ctx *c, struct cal_dayrule r, bool quarter, cal_day *out)
{
	struct cal_ymd y = cal_to_ymd(c->date);
	int i;

	for (i = 0; i < 4; i++) {
		int m = (y.m - 1 + i) % 12 + 1, yr = y.y + (y.m - 1 + i) / 12;
		struct err er = {0};
		cal_day d;
		if (quarter && (r.nth > 0 ? (m - 1) % 3 != 0 : m % 3 != 0))
			continue;
		if (cal_dayrule_in_month(r, yr, m, &d, &er) < 0)
			return false;
		if (d > c->date) {
			*out = d;
			return true;
		}
	}
	return false;
}

/* "from the first Monday of October 2018" in t[s, e): the day, and its words. */
static bool named_start(const struct read_ctx *c, size_t s, size_t e, struct cal_dayrule want,
                        bool after_end, struct lex_date *first)
{
	struct lex_date d[MAXT];
	size_t nd = lex_dates_in(&c->ix, s, e, d, MAXT), k;

	for (k = 0; k < nd; k++) {
		struct cal_dayrule r;
		struct cal_ymd y = cal_to_ymd(d[k].day);
		struct err er = {0};
		size_t at = d[k].span.s, ws;
		/* "..., beginning with the quarter ending (on) 30 June 2023": that quarter's day
		 * (after its end: the next month's, "the first for the quarter ending ...") */
		size_t qe = at >= s + 3 && lex_at(c->t, at - 3, e, "on ", NULL) ? at - 3 : at;
		if (after_end)
			y = cal_to_ymd(cal_add_months(cal_month_first(y.y, y.m), 1, NULL));
		if (qe >= s + 19 && lex_at(c->t, qe - 19, e, "the quarter ending ", NULL) &&
		    oblig_cue_before(c->t, s, qe - 19, starts, ARRAY_SIZE(starts)) != (size_t)-1 &&
		    cal_dayrule_in_month(want, y.y, y.m, &first->day, &er) == 0) {
			first->precision = LEX_DAY;
			first->span.s =
			    oblig_cue_before(c->t, s, qe - 19, starts, ARRAY_SIZE(starts));
			first->span.e = d[k].span.e;
			return true;
		}
		if (after_end || d[k].precision != LEX_MONTH || at < s + 4 ||
		    !lex_at(c->t, at - 4, e, " of ", NULL))
			continue;
		ws = rule_before(c->t, s, at - 4, &r);
		if (ws == (size_t)-1 || r.kind != want.kind || r.nth != want.nth ||
		    r.wd != want.wd ||
		    oblig_cue_before(c->t, s, ws, starts, ARRAY_SIZE(starts)) == (size_t)-1 ||
		    cal_dayrule_in_month(r, y.y, y.m, &first->day, &er) < 0)
			continue;
		first->precision = LEX_DAY;
		first->span.s = oblig_cue_before(c->t, s, ws, starts, ARRAY_SIZE(starts));
		first->span.e = d[k].span.e;
		return true;
	}
	return false;
}

/* Take out the timings of out[0, n) that overlap t[s, e) (the date finder's "October
 * 2018" in the first's words, a cadence in the series'); returns the new count. */
static size_t drop_overlaps(struct timing *out, size_t n, size_t s, size_t e)
{
	size_t k, m = 0;

	for (k = 0; k < n; k++)
		if (!(out[k].s < e && s < out[k].e))
			out[m++] = out[k];
	return m;
}

/* "send my team the monthly dataset on or before the last working day of each month":
 * the cadence the series' noun was given ("monthly") is the series itself, said
 * before its day; out[k] of the same period, no day of its own, before cs in the same
 * clause (no comma, semicolon or "and" between) is dropped. */
static size_t drop_said_cadence(const struct read_ctx *c, struct timing *out, size_t n, size_t cs,
                                struct cal_period p)
{
	size_t k, m = 0;

	for (k = 0; k < n; k++)
		if (!(out[k].kind == T_EVERY && out[k].day.kind == CAL_DAY_NONE &&
		      out[k].period.unit == p.unit && out[k].period.n == p.n && out[k].e <= cs &&
		      !memchr(c->t + out[k].e, ',', cs - out[k].e) &&
		      !memchr(c->t + out[k].e, ';', cs - out[k].e) &&
		      lex_search_ph(&c->ix, out[k].e, cs, LEX_LIT(" and "), NULL) == (size_t)-1))
			out[m++] = out[k];
	return m;
}

/* "no later than 10 working days after the end of each quarter, the first for the
 * quarter ending 31 March 2024": N working days after a month's end is the N-th working
 * day of the next, so a day rule ("10WD") in the months after each end (for quarters
 * January, April, July and October), anchored to the quarter's end as "at the end of
 * each quarter" is; the first is the first such day after the instrument's date, or the
 * one after the end the words name, and due then.  A cue ("no later than", "within",
 * ...) comes before the period, "after", "following" or "of" between it and the end;
 * calendar days are not read so (the month's length moves them).  Into out[n]; returns
 * the new count. */
static size_t after_end_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                size_t n)
{
	static struct lex_phrase_set set = LEX_PHRASE_SET_OF(ends, words);
	static const char *const joins[] = {" after", " following", " of"};
	size_t k, at, end;

	if (!lex_search_any_set(&c->ix, s, e, &set))
		return n;
	for (k = 0; k < ARRAY_SIZE(ends); k++)
		for (at = lex_search_ph(&c->ix, s, e, &ends[k].words, &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &ends[k].words, &end)) {
			struct cal_period p;
			struct cal_dayrule r = {.kind = CAL_DAY_WORKING};
			struct lex_date first = {0};
			size_t j = oblig_cue_before(c->t, s, at, joins, ARRAY_SIZE(joins)), ps, cs;
			bool named;
			if (j == (size_t)-1 ||
			    (end < e && lex_is_word_char((unsigned char)c->t[end])) ||
			    (ps = oblig_period_before(c, s, j, &p)) == (size_t)-1 ||
			    p.unit != CAL_WORKING_DAYS || p.n < 1 || p.n > 18)
				continue;
			cs = cue_before(c->t, s, ps);
			if (cs == (size_t)-1 && ps >= s + 7 &&
			    lex_at(c->t, ps - 7, e, "within ", NULL))
				cs = ps - 7;
			if (cs == (size_t)-1)
				continue;
			r.nth = p.n;
			named = named_start(c, s, e, r, true, &first);
			if (named) /* (the date finder's "31 March 2024" in its words) */
				n = drop_overlaps(out, n, first.span.s, first.span.e);
			n = drop_overlaps(out, n, cs, end);
			timing_new(out, n, T_EVERY, cs, end);
			out[n].period.n = ends[k].quarter ? 3 : 1;
			out[n].period.unit = CAL_MONTHS;
			out[n].day = r;
			out[n].day_quarter = ends[k].quarter;
			out[n].day_after_end = true;
			out[n].day_named = named;
			snprintf(out[n].anchor, sizeof(out[n].anchor), "%s",
			         ends[k].quarter ? "quarter_end" : "instrument_date");
			if (!named && c->has_date &&
			    first_after(c, r, ends[k].quarter, &first.day)) {
				first.precision = LEX_DAY;
				first.span.s = cs;
				first.span.e = end;
			}
			if (first.precision == LEX_DAY) {
				out[n].first_by = true;
				out[n].first_date = first;
			}
			n++;
		}
	return n;
}

size_t oblig_day_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out, size_t n)
{
	static struct lex_phrase_set set = LEX_PHRASE_SET_OF(periods, words);
	size_t k, at, end;

	n = after_end_timings(c, s, e, out, n);
	if (!lex_search_any_set(&c->ix, s, e, &set))
		return n;
	for (k = 0; k < ARRAY_SIZE(periods); k++)
		for (at = lex_search_ph(&c->ix, s, e, &periods[k].words, &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &periods[k].words, &end)) {
			struct cal_dayrule r;
			struct lex_date first = {0};
			size_t ws = rule_before(c->t, s, at, &r), cs;
			bool named;
			if (ws == (size_t)-1 ||
			    (end < e && lex_is_word_char((unsigned char)c->t[end])) ||
			    (cs = cue_before(c->t, s, ws)) == (size_t)-1)
				continue;
			/* "Board meetings are usually held on the first Monday of each
			 * month": what happens, with no modal, binds no one */
			if ((lex_search_ph(&c->ix, s, cs, LEX_LIT(" are "), NULL) != (size_t)-1 ||
			     lex_search_ph(&c->ix, s, cs, LEX_LIT(" is "), NULL) != (size_t)-1) &&
			    !oblig_has_modal(c, s, e))
				continue;
			named = named_start(c, s, e, r, false, &first);
			if (named)
				n = drop_overlaps(out, n, first.span.s, first.span.e);
			n = drop_overlaps(out, n, cs, end);
			n = drop_said_cadence(c, out, n, cs,
			                      (struct cal_period){.n = periods[k].quarter ? 3 : 1,
			                                          .unit = CAL_MONTHS});
			timing_new(out, n, T_EVERY, cs, end);
			out[n].period.n = periods[k].quarter ? 3 : 1;
			out[n].period.unit = CAL_MONTHS;
			out[n].day = r;
			out[n].day_named = named;
			out[n].day_quarter = periods[k].quarter;
			snprintf(out[n].anchor, sizeof(out[n].anchor), "%s",
			         periods[k].quarter && r.nth < 0 ? "quarter_end"
			                                         : "instrument_date");
			if (!named && c->has_date &&
			    first_after(c, r, periods[k].quarter, &first.day)) {
				first.precision = LEX_DAY;
				first.span.s = cs;
				first.span.e = end;
				named = true;
			}
			if (named) {
				out[n].first_by = true;
				out[n].first_date = first;
				/* "thereafter, report ... on or before the last working day of
				 * each quarter": after the duty before it, no deadline */
				out[n].first_only =
				    lex_search_ph(&c->ix, s, cs, LEX_LIT("thereafter"), NULL) !=
				    (size_t)-1;
			}
			n++;
		}
	return n;
}

/* The bank holidays the rule passed over in the month of d, from its first day (the
 * n-th) or its last (the last), appended to sb: " (2021-01-01 New Year's Day)". */
static void holidays_skipped(struct strbuf *sb, struct cal_dayrule r, cal_day d)
{
	struct cal_ymd y = cal_to_ymd(d);
	cal_day a = r.nth > 0 ? cal_month_first(y.y, y.m) : d + 1;
	cal_day b = r.nth > 0 ? d - 1 : cal_month_last(y.y, y.m);
	char iso[CAL_DATE_LEN];
	const char *h;
	bool any = false;

	if (r.kind != CAL_DAY_WORKING)
		return;
	for (; a <= b; a++)
		if ((h = cal_bank_holiday(a)) != NULL) {
			strbuf_addf(sb, "%s%s %s",
			            any ? ", " : " (a bank holiday: ", cal_format_iso(a, iso), h);
			any = true;
		}
	if (any)
		strbuf_addch(sb, ')');
}

void oblig_day_due(struct read_ctx *c, rec_t *o, const struct timing *tm)
{
	struct strbuf dv = STRBUF_INIT;
	char words[48], iso[CAL_DATE_LEN], from[CAL_DATE_LEN], named[80];
	cal_day d = tm->first_date.day;
	rec_t *due;

	if (!tm->first_by || tm->first_only)
		return;
	due = rec_object();
	cal_dayrule_words(tm->day, words, sizeof(words));
	if (tm->day_after_end) {
		/* "10 working days after the end of each quarter" */
		struct cal_ymd y = cal_to_ymd(d);
		cal_day end = cal_month_first(y.y, y.m) - 1;
		strbuf_addf(
		    &dv,
		    "%d working days after the end of the %s ending %s %s = %s of %s %d: %s %s",
		    tm->day.nth, tm->day_quarter ? "quarter" : "month",
		    cal_weekday_name(cal_weekday(end)), cal_format_iso(end, from), words,
		    cal_month_name(y.m), y.y, cal_weekday_name(cal_weekday(d)),
		    cal_format_iso(d, iso));
		if (!tm->day_named)
			strbuf_addf(&dv, " (the first after the instrument's date, %s)",
			            cal_format_iso(c->date, named));
	} else if (tm->day_named) {
		lex_copy(c->t, tm->first_date.span.s, tm->first_date.span.e, named, sizeof(named));
		strbuf_addf(&dv, "%s = %s %s", named, cal_weekday_name(cal_weekday(d)),
		            cal_format_iso(d, iso));
	} else {
		strbuf_addf(&dv, "%s of a %s after the instrument's date (%s %s) = %s %s", words,
		            tm->day_quarter ? "quarter" : "month",
		            cal_weekday_name(cal_weekday(c->date)), cal_format_iso(c->date, from),
		            cal_weekday_name(cal_weekday(d)), cal_format_iso(d, iso));
	}
	holidays_skipped(&dv, tm->day, d);
	read_set(due, "date", read_string(iso));
	read_set(due, "rule", read_string("on"));
	read_set(due, "derivation", read_string(strbuf_str(&dv)));
	read_set(o, "due", due);
	strbuf_release(&dv);
}

void oblig_day_derivation(struct read_ctx *c, rec_t *r, const struct timing *tm, const cal_day *occ,
                          int nocc)
{
	struct strbuf dv = STRBUF_INIT;
	char words[48], iso[CAL_DATE_LEN], from[CAL_DATE_LEN];
	int i;

	if (nocc <= 0)
		return;
	cal_dayrule_words(tm->day, words, sizeof(words));
	if (tm->day_after_end)
		strbuf_addf(&dv,
		            "the words fix the day: %d working days after the end of each %s, "
		            "%s of the month after it%s",
		            tm->day.nth, tm->day_quarter ? "calendar quarter" : "month", words,
		            tm->day_quarter ? " (January, April, July, October)" : "");
	else
		strbuf_addf(&dv, "the words fix the day: %s of each %s%s", words,
		            tm->day_quarter ? "calendar quarter" : "month",
		            tm->day_quarter
		                ? (tm->day.nth > 0 ? " (January, April, July, October)"
		                                   : " (March, June, September, December)")
		                : "");
	if (tm->day_named)
		strbuf_addf(&dv, "; the first as named, %s", cal_format_iso(occ[0], iso));
	else if (tm->first_only)
		strbuf_addf(&dv, "; the first after the instrument's date (%s), %s",
		            cal_format_iso(c->date, from), cal_format_iso(occ[0], iso));
	else
		strbuf_addf(&dv, "; the first %s", cal_format_iso(occ[0], iso));
	holidays_skipped(&dv, tm->day, occ[0]);
	for (i = 1; i < nocc && i < 5; i++) {
		strbuf_addf(&dv, "%s%s", i == 1 ? "; then " : ", ", cal_format_iso(occ[i], iso));
		holidays_skipped(&dv, tm->day, occ[i]);
	}
	strbuf_adds(&dv, i < nocc ? ", ..." : "");
	if (tm->day.kind == CAL_DAY_WORKING)
		strbuf_adds(&dv, " (weekends and bank holidays skipped)");
	read_set(r, "derivation", read_string(strbuf_str(&dv)));
	strbuf_release(&dv);
}

/* "on the Friday of each week", "every Friday", "each Monday": a weekly series whose
 * first is the first such day after the instrument's date (no deadline of its own); a
 * weekly series the words hold already ("weekly, on Fridays") takes that first. */
size_t oblig_weekday_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                             size_t n)
{
	static const char *const before[] = {"every ", "each ", "the "};
	static struct lex_phrase days[] = {LEX_PHRASE("monday"),    LEX_PHRASE("tuesday"),
	                                   LEX_PHRASE("wednesday"), LEX_PHRASE("thursday"),
	                                   LEX_PHRASE("friday"),    LEX_PHRASE("saturday"),
	                                   LEX_PHRASE("sunday")};
	size_t k, at, end;

	if (!c->has_date || !lex_search_any_ph(&c->ix, s, e, days, ARRAY_SIZE(days)))
		return n;
	for (k = 0; k < ARRAY_SIZE(days) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &days[k], &end); at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &days[k], &end)) {
			size_t ws = oblig_cue_before(c->t, s, at, before, ARRAY_SIZE(before)),
			       we = end, m;
			cal_day first = c->date + 1;
			if (ws == (size_t)-1)
				continue;
			/* "the Friday" only "of each/every week" */
			if (lex_at(c->t, ws, at, "the ", NULL) &&
			    !lex_at(c->t, end, e, " of each week", &we) &&
			    !lex_at(c->t, end, e, " of every week", &we))
				continue;
			while (cal_weekday(first) != (enum cal_weekday)k)
				first++;
			if (oblig_timing_overlaps(out, n, ws, we))
				continue;
			m = oblig_series_of(out, &n, CAL_WEEKS, ws, we);
			oblig_series_first(&out[m], first, ws, we);
			out[m].first_only = true;
		}
	return n;
}
