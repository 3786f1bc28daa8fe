/*
 * oblig_when.c: time expressions that name no number, which the period parser and
 * the date finder do not read (see oblig_int.h).  Cadences in words: "every calendar
 * month", "each calendar month", "twice a year", "once a year", "once every quarter",
 * "every quarter", "every month", "each week", "every fortnight", "termly" (every four months, with
 * a warning: three school terms a year); "at the end of each quarter" (the quarter ends, anchor
 * "quarter_end").  A month named without its year after a cue ("by the end of January", "from the
 * start of October", "by March", "in April") is the first such month whose end is not before the
 * instrument's date, with a warning; the month's name must be written with its capital ("in may" is
 * a verb), and a cue must come right before it.  Seasons ("in the autumn of 2020": a window over
 * three months, warned), the day of a monthly series ("no later than the 15th of the month"), and
 * "the first anniversary of this Direction", and a bare "six months after the date of this
 * letter".  Each is added only where no other expression was read.
 */
#include "../base/compat.h"

#include "oblig_int.h"

static const char W_TERMLY[] =
    "'termly' read as every four months (three school terms a year): confirm the term dates";

static struct {
	struct lex_phrase words;
	int n;
	enum cal_unit unit;
	const char *anchor;  /* NULL: the instrument's date */
	const char *warning; /* NULL: none */
} cadences[] = {
    {LEX_PHRASE("at the end of each quarter"), 3, CAL_MONTHS, "quarter_end", NULL},
    {LEX_PHRASE("at the end of every quarter"), 3, CAL_MONTHS, "quarter_end", NULL},
    {LEX_PHRASE("at the end of each calendar quarter"), 3, CAL_MONTHS, "quarter_end", NULL},
    {LEX_PHRASE("every calendar month"), 1, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("each calendar month"), 1, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("once a month"), 1, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("each month"), 1, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("once every quarter"), 3, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("once a quarter"), 3, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("every quarter"), 3, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("each quarter"), 3, CAL_MONTHS, NULL, NULL},
    /* "at least three times a year": the year shared out evenly, every four months */
    {LEX_PHRASE("three times a year"), 4, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("three times each year"), 4, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("four times a year"), 3, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("four times each year"), 3, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("six times a year"), 2, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("twice a year"), 6, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("twice yearly"), 6, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("twice each year"), 6, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("once a year"), 1, CAL_YEARS, NULL, NULL},
    {LEX_PHRASE("once every year"), 1, CAL_YEARS, NULL, NULL},
    {LEX_PHRASE("each year"), 1, CAL_YEARS, NULL, NULL},
    {LEX_PHRASE("termly"), 4, CAL_MONTHS, NULL, W_TERMLY},
    {LEX_PHRASE("each term"), 4, CAL_MONTHS, NULL, W_TERMLY},
    {LEX_PHRASE("every term"), 4, CAL_MONTHS, NULL, W_TERMLY},
    {LEX_PHRASE("once a term"), 4, CAL_MONTHS, NULL, W_TERMLY},
    {LEX_PHRASE("every month"), 1, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("every year"), 1, CAL_YEARS, NULL, NULL},
    {LEX_PHRASE("every week"), 1, CAL_WEEKS, NULL, NULL},
    {LEX_PHRASE("each week"), 1, CAL_WEEKS, NULL, NULL},
    {LEX_PHRASE("once a week"), 1, CAL_WEEKS, NULL, NULL},
    {LEX_PHRASE("every other month"), 2, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("every other week"), 2, CAL_WEEKS, NULL, NULL},
    {LEX_PHRASE("every other year"), 2, CAL_YEARS, NULL, NULL},
    {LEX_PHRASE("every second month"), 2, CAL_MONTHS, NULL, NULL},
    {LEX_PHRASE("every second week"), 2, CAL_WEEKS, NULL, NULL},
    {LEX_PHRASE("every second year"), 2, CAL_YEARS, NULL, NULL},
    {LEX_PHRASE("every fortnight"), 2, CAL_WEEKS, NULL, NULL},
    {LEX_PHRASE("each fortnight"), 2, CAL_WEEKS, NULL, NULL},
    {LEX_PHRASE("once a fortnight"), 2, CAL_WEEKS, NULL, NULL},
};

/* Cues of a month without its year, longest first; rule as in oblig.c. */
static struct {
	struct lex_phrase words;
	const char *rule;
} month_cues[] = {
    {LEX_PHRASE("by the end of "), "end_of"},
    {LEX_PHRASE("before the end of "), "end_of"},
    {LEX_PHRASE("at the end of "), "end_of"},
    {LEX_PHRASE("by the start of "), "on"},
    {LEX_PHRASE("from the start of "), "on"},
    {LEX_PHRASE("at the start of "), "on"},
    {LEX_PHRASE("by the beginning of "), "on"},
    {LEX_PHRASE("from the beginning of "), "on"},
    {LEX_PHRASE("at the beginning of "), "on"},
    {LEX_PHRASE("end of "), "end_of"},
    {LEX_PHRASE("by "), "by"},
    {LEX_PHRASE("in "), "in_month"},
    {LEX_PHRASE("during "), "in_month"},
};

/* Every cadence above ends with one of these words: a span without any has none. */
static struct lex_phrase cadence_nouns[] = {
    LEX_PHRASE("quarter"), LEX_PHRASE("month"),  LEX_PHRASE("year"), LEX_PHRASE("yearly"),
    LEX_PHRASE("term"),    LEX_PHRASE("termly"), LEX_PHRASE("week"), LEX_PHRASE("fortnight")};
static struct lex_phrase_set cadence_noun_set = LEX_PHRASE_SET(cadence_nouns);
/* The cadences themselves, asked together before each is searched for: most spans with
 * a cadence's noun ("within three months") hold none of them. */
static struct lex_phrase_set cadence_set = LEX_PHRASE_SET_OF(cadences, words);

static size_t cadence_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
			      size_t n)
{
	size_t k, at, end;

	if (!lex_search_any_set(&c->ix, s, e, &cadence_noun_set) ||
	    !lex_search_any_set(&c->ix, s, e, &cadence_set))
		return n;
	for (k = 0; k < ARRAY_SIZE(cadences) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &cadences[k].words, &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &cadences[k].words, &end)) {
			/* "the plan for each year" names no cadence */
			if ((end < e && lex_is_word_char((unsigned char)c->t[end])) ||
			    oblig_timing_overlaps(out, n, at, end) ||
			    (at >= s + 4 && (lex_at(c->t, at - 4, e, "for ", NULL) ||
					     lex_at(c->t, at - 3, e, "of ", NULL))))
				continue;
			timing_new(out, n, T_EVERY, at, end);
			out[n].period.n = cadences[k].n;
			out[n].period.unit = cadences[k].unit;
			out[n].warning = cadences[k].warning;
			snprintf(out[n].anchor, sizeof(out[n].anchor), "%s",
				 cadences[k].anchor ? cadences[k].anchor : "instrument_date");
			n++;
		}
	return n;
}

static cal_day day_of_month(struct cal_ymd y, int day);

/* Is the word before t[at] a verb in the past ("commissioned", "held", "published": a
 * word ending "ed", or one of a few others), not after "be" or "been" ("to be
 * completed")? */
static bool past_verb_before(const char *t, size_t s, size_t at)
{
	size_t we = at, ws, ps;

	while (we > s && t[we - 1] == ' ')
		we--;
	/* the irregular ones the genre uses ("the audit ... that it began in February") */
	static const char *const irregular[] = {"began", "took", "held",  "made", "sent", "gave",
	                                        "met",   "set",  "wrote", "told", "led",  "saw"};
	size_t k;

	for (ws = we; ws > s && ch_is_alpha((unsigned char)t[ws - 1]);)
		ws--;
	for (k = 0; k < ARRAY_SIZE(irregular); k++)
		if (we - ws == strlen(irregular[k]) && lex_at(t, ws, we, irregular[k], NULL))
			return true;
	if (we - ws < 4 || !(t[we - 2] == 'e' && t[we - 1] == 'd'))
		return false;
	for (ps = ws; ps > s && t[ps - 1] == ' ';)
		ps--;
	return !(ps >= s + 3 && lex_at(t, ps - 3, ps, " be", NULL)) &&
	       !(ps >= s + 5 && lex_at(t, ps - 5, ps, " been", NULL)) &&
	       !(ps >= s + 2 && lex_at(t, ps - 2, ps, "be", NULL) && ps - 2 == s);
}

/* Is t[s, e) the day a yearly or monthly series' first is due on ("annually, by 30 June":
 * the day is the series', year_day_timings()), not a deadline of its own? */
static bool series_day_at(const struct timing *out, size_t n, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (out[i].kind == T_EVERY && out[i].first_by && s < out[i].first_date.span.e &&
		    e > out[i].first_date.span.s)
			return true;
	return false;
}

/* After the month m at t[cue, we) ("in March"), a list of further months ending with a
 * year (", June and September 2016"): one in_month timing for each, all of that year,
 * added at out[n...]; the new count, or n if the words hold no such list. */
static size_t month_list(const struct read_ctx *c, size_t we, size_t e, struct timing *out,
                         size_t n, size_t cue, int m)
{
	size_t ms[6], me[6], k = 0, w = we, x;
	int mm[6], y = 0, j;

	ms[k] = cue;
	me[k] = we;
	mm[k++] = m;
	while (k < ARRAY_SIZE(ms)) {
		if (lex_at(c->t, w, e, ", and ", &x) || lex_at(c->t, w, e, ", ", &x) ||
		    lex_at(c->t, w, e, " and ", &x))
			w = x;
		else
			break;
		for (x = w; x < e && lex_is_word_char((unsigned char)c->t[x]);)
			x++;
		if (!(mm[k] = lex_month_word(c->t, w, x)))
			return n;
		ms[k] = w;
		me[k] = x;
		k++;
		w = x;
		if (lex_year_follows(c->t, x, e)) {
			size_t ys = lex_skip_space(c->t, x, e), ye = ys;
			while (ye < e && ch_is_digit((unsigned char)c->t[ye]) && ye - ys < 4)
				y = y * 10 + (c->t[ye++] - '0');
			me[k - 1] = ye;
			break;
		}
	}
	if (k < 2 || y < 1900 || n + k > MAXT)
		return n;
	for (j = 0; j < (int)k; j++) {
		timing_new(out, n, T_DATE, ms[j], me[j]);
		out[n].rule = "in_month";
		out[n].date.day = cal_month_first(y, mm[j]);
		out[n].date.precision = LEX_MONTH;
		out[n].date.span.s = ms[j];
		out[n].date.span.e = me[j];
		n++;
	}
	return n;
}

static size_t yearless_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
			       size_t n)
{
	size_t i;

	if (!c->has_date)
		return n;
	/* a month's name begins a word: only the places the index lists where a date can
	 * begin (and s itself) are looked at */
	for (i = s; i < e && n < MAXT; i = lex_next_date_place(&c->ix, i + 1, e)) {
		size_t we = i, k, cue = (size_t)-1, ds = i;
		const char *rule = NULL;
		int m, y, day = 0;
		if (i > s && lex_is_word_char((unsigned char)c->t[i - 1]))
			continue;
		while (we < e && lex_is_word_char((unsigned char)c->t[we]))
			we++;
		m = lex_month_word(c->t, i, we);
		if (!m || lex_year_follows(c->t, we, e))
			continue;
		/* "Please let me know by 30 June whether ...": a day before the month */
		{
			size_t q = i, r;
			while (q > s && c->t[q - 1] == ' ')
				q--;
			for (r = q; r > s && q - r < 2 && ch_is_digit((unsigned char)c->t[r - 1]);)
				r--;
			if (r < q && q < i &&
			    (r == s || !lex_is_word_char((unsigned char)c->t[r - 1]))) {
				day = c->t[r] - '0';
				if (q - r == 2)
					day = day * 10 + (c->t[r + 1] - '0');
				ds = r;
			}
		}
		/* the cue right before the month (or its day), whatever white space a line
		 * break left */
		for (k = 0; k < ARRAY_SIZE(month_cues) && !rule; k++) {
			size_t len = strlen(month_cues[k].words.text), end, at,
			       from = ds > s + len + 8 ? ds - len - 8 : s;
			for (at = lex_search_ph(&c->ix, from, ds, &month_cues[k].words, &end);
			     at != (size_t)-1 && !rule;
			     at = lex_search_ph(&c->ix, at + 1, ds, &month_cues[k].words, &end))
				if (lex_skip_space(c->t, end, ds) == ds) {
					rule = month_cues[k].rule;
					cue = at;
				}
		}
		if (!rule || oblig_timing_overlaps(out, n, cue, we) ||
		    series_day_at(out, n, cue, we))
			continue;
		/* "the independent review ... that it commissioned in March": a month in
		 * the past, when something was done, not when it is due ("to be completed in
		 * March" is due then) */
		if (read_eq(rule, "in_month") && past_verb_before(c->t, s, cue))
			continue;
		if (ds < i) { /* (only "by", a real day, and not "by 31 March each year") */
			size_t a = lex_skip_space(c->t, we, e);
			if (strcmp(rule, "by") || day < 1 || day > cal_days_in_month(2024, m) ||
			    lex_at(c->t, a, e, "each ", NULL) ||
			    lex_at(c->t, a, e, "every ", NULL) ||
			    lex_at(c->t, a, e, "in each ", NULL) ||
			    lex_at(c->t, a, e, "of each ", NULL))
				continue;
		}
		/* "Reviews will take place in March, June and September 2016": a list of
		 * months that ends with its year, each month a window of that year */
		if (read_eq(rule, "in_month") && ds == i) {
			size_t nn = month_list(c, we, e, out, n, cue, m);
			if (nn > n) {
				i = out[nn - 1].e;
				n = nn;
				continue;
			}
		}
		/* the first such month (or day) whose end is not before the instrument's date */
		y = cal_to_ymd(c->date).y;
		if ((ds < i ? day_of_month((struct cal_ymd){y, m, 1}, day) : cal_month_last(y, m)) <
		    c->date)
			y++;
		timing_new(out, n, T_DATE, cue, we);
		out[n].rule = rule;
		out[n].yearless = true;
		out[n].date.day =
		    ds < i ? day_of_month((struct cal_ymd){y, m, 1}, day) : cal_month_first(y, m);
		out[n].date.precision = strcmp(rule, "on") && ds == i ? LEX_MONTH : LEX_DAY;
		out[n].date.span.s = ds;
		out[n].date.span.e = we;
		n++;
		i = we;
	}
	return n;
}

/* A date timing at out[n]: the words t[ws, we), the date's own t[ds, we), its rule and
 * day (a month's first day for LEX_MONTH); the caller sets its flags and counts it. */
static struct timing *date_timing(struct timing *out, size_t n, size_t ws, size_t ds, size_t we,
                                  const char *rule, cal_day day, enum lex_precision precision)
{
	timing_new(out, n, T_DATE, ws, we);
	out[n].rule = rule;
	out[n].date.day = day;
	out[n].date.precision = precision;
	out[n].date.span.s = ds;
	out[n].date.span.e = we;
	return &out[n];
}

/* "end of Q2 2025/26", "by Q4 2024/25": a quarter of the financial year that runs
 * from April (public bodies' year: Q1 April-June ... Q4 January-March of the next
 * calendar year), due on the quarter's last day, with a warning to confirm.  "Q3 2025",
 * with no second year, is the calendar year's quarter (July-September), warned of too. */
static size_t fy_quarter_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                 size_t n)
{
	static const char *const cues[] = {"by the end of ", "end of ", "by "};
	const char *t = c->t, *p;
	size_t at;

	/* a capital Q, as the quarters are written */
	for (p = memchr(t + s, 'Q', e - s); p && n < MAXT;
	     p = (size_t)(p - t) + 1 < e ? memchr(p + 1, 'Q', e - (size_t)(p - t) - 1) : NULL) {
		at = (size_t)(p - t);
		size_t k, ws = at, q = at + 1, y = at + 3, qe;
		int quarter, year, m;
		bool fy;
		/* "Q2 2025/26": a digit 1-4, a space, four digits, a slash, two digits */
		if (at > s && lex_is_word_char((unsigned char)t[at - 1]))
			continue;
		if (y + 4 > e || t[q] < '1' || t[q] > '4' || t[q + 1] != ' ' ||
		    !ch_is_digit((unsigned char)t[y]) || !ch_is_digit((unsigned char)t[y + 1]) ||
		    !ch_is_digit((unsigned char)t[y + 2]) || !ch_is_digit((unsigned char)t[y + 3]))
			continue;
		year = (t[y] - '0') * 1000 + (t[y + 1] - '0') * 100 + (t[y + 2] - '0') * 10 +
		       (t[y + 3] - '0');
		quarter = t[q] - '0';
		/* "Q3 2025": the calendar year's quarter (July-September); oblig_make_due()
		 * warns with the financial-year reading */
		fy = y + 7 <= e && t[y + 4] == '/' && ch_is_digit((unsigned char)t[y + 5]) &&
		     ch_is_digit((unsigned char)t[y + 6]);
		qe = fy ? y + 7 : y + 4;
		if (qe < e && (lex_is_word_char((unsigned char)t[qe]) || t[qe] == '/'))
			continue;
		if (fy && (year + 1) % 100 != (t[y + 5] - '0') * 10 + (t[y + 6] - '0'))
			continue; /* "2025/26": the second year follows the first */
		for (k = 0; k < ARRAY_SIZE(cues); k++) {
			size_t from = at > s + strlen(cues[k]) ? at - strlen(cues[k]) : s;
			if (lex_at(t, from, at, cues[k], NULL)) {
				ws = from;
				break;
			}
		}
		if (oblig_timing_overlaps(out, n, ws, qe))
			continue;
		/* the quarter's last month: 6, 9, 12, 15 from April; 3, 6, 9, 12 */
		m = fy ? 3 + quarter * 3 : quarter * 3;
		struct timing *tm = date_timing(
		    out, n, ws, at, qe, "end_of",
		    cal_month_last(m > 12 ? year + 1 : year, m > 12 ? m - 12 : m), LEX_DAY);
		tm->fy_quarter = fy;
		tm->cal_quarter = !fy;
		n++; /* oblig_make_due() warns that the reading needs confirming */
	}
	return n;
}

static size_t series_on_day(struct timing *out, size_t n, enum cal_unit unit, size_t ws, size_t we,
                            cal_day first);

/* "by the end of the year", "before the end of the financial year": the end of the
 * year the instrument is in (31 December; 31 March for the financial year), the first
 * such end not before the instrument's date, with the yearless month's warning. */
static size_t year_end_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                               size_t n)
{
	static struct {
		struct lex_phrase words;
		int month;
	} ends[] = {
	    {LEX_PHRASE("by the end of the year"), 12},
	    {LEX_PHRASE("by the end of this year"), 12},
	    {LEX_PHRASE("before the end of the year"), 12},
	    {LEX_PHRASE("by the end of the calendar year"), 12},
	    {LEX_PHRASE("by the end of the financial year"), 3},
	    {LEX_PHRASE("before the end of the financial year"), 3},
	    {LEX_PHRASE("by the end of this financial year"), 3},
	    {LEX_PHRASE("before the end of this financial year"), 3},
	    /* the day before the next one starts, this one's last */
	    {LEX_PHRASE("before the start of the next financial year"), 3},
	    {LEX_PHRASE("before the beginning of the next financial year"), 3},
	};
	/* "before the end of each financial year": a yearly series, its first the first
	 * such end not before the instrument's date */
	static struct {
		struct lex_phrase words;
		int month;
	} each[] = {
	    {LEX_PHRASE("by the end of each financial year"), 3},
	    {LEX_PHRASE("before the end of each financial year"), 3},
	    {LEX_PHRASE("by the end of each calendar year"), 12},
	    {LEX_PHRASE("before the end of each calendar year"), 12},
	};
	size_t k, at, end;
	struct cal_ymd d;
	int y;

	if (!c->has_date || (lex_search_ph(&c->ix, s, e, LEX_LIT("end of "), NULL) == (size_t)-1 &&
	                     lex_search_ph(&c->ix, s, e, LEX_LIT("of the next financial year"),
	                                   NULL) == (size_t)-1))
		return n;
	d = cal_to_ymd(c->date);
	for (k = 0; k < ARRAY_SIZE(each) && n < MAXT; k++) {
		if ((at = lex_search_ph(&c->ix, s, e, &each[k].words, &end)) == (size_t)-1 ||
		    oblig_timing_overlaps(out, n, at, end))
			continue;
		y = d.y;
		if (cal_month_last(y, each[k].month) < c->date)
			y++;
		n = series_on_day(out, n, CAL_YEARS, at, end, cal_month_last(y, each[k].month));
	}
	for (k = 0; k < ARRAY_SIZE(ends) && n < MAXT; k++) {
		if ((at = lex_search_ph(&c->ix, s, e, &ends[k].words, &end)) == (size_t)-1 ||
		    oblig_timing_overlaps(out, n, at, end))
			continue;
		y = d.y;
		if (cal_month_last(y, ends[k].month) < c->date)
			y++;
		struct timing *tm = date_timing(out, n, at, at, end, "end_of",
		                                cal_month_first(y, ends[k].month), LEX_MONTH);
		/* (the next year's start is no guess: no warning) */
		tm->yearless = !lex_at(c->t, at, end, "before the start", NULL) &&
		               !lex_at(c->t, at, end, "before the beginning", NULL);
		tm->year_end = true;
		n++;
	}
	return n;
}

/* The financial year a text names at t[i...]: "2019-20", "2019/20", "2019\u201320" (an en
 * dash), "2019-2020", "2019 to 2020"; its first calendar year, and where its words end in
 * *end; 0 if none (the second year must follow the first). */
static int fy_named(const char *t, size_t i, size_t e, size_t *end)
{
	size_t k = i, d = 0;
	int y1, y2 = 0;

	for (d = 0; d < 4; d++)
		if (k + d >= e || !ch_is_digit((unsigned char)t[k + d]))
			return 0;
	y1 =
	    (t[k] - '0') * 1000 + (t[k + 1] - '0') * 100 + (t[k + 2] - '0') * 10 + (t[k + 3] - '0');
	k += 4;
	if (k < e && (t[k] == '-' || t[k] == '/'))
		k++;
	else if (k + 3 <= e && !memcmp(t + k, "\xe2\x80\x93", 3))
		k += 3;
	else if (lex_at(t, k, e, " to ", &k))
		;
	else
		return 0;
	for (d = 0; k + d < e && ch_is_digit((unsigned char)t[k + d]) && d < 5; d++)
		y2 = y2 * 10 + (t[k + d] - '0');
	if ((d == 2 && y2 != (y1 + 1) % 100) || (d == 4 && y2 != y1 + 1) || (d != 2 && d != 4) ||
	    (k + d < e && lex_is_word_char((unsigned char)t[k + d])))
		return 0;
	*end = k + d;
	return y1;
}

/* "no later than the end of the financial year 2019-20": the last day of the year that
 * runs from 1 April of its first calendar year, 31 March of the next (a date, not a
 * reading to confirm). */
static size_t fy_year_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                              size_t n)
{
	size_t at, end, fe;
	int y;

	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("end of the financial year "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("end of the financial year "), &end)) {
		if (!(y = fy_named(c->t, end, e, &fe)) || oblig_timing_overlaps(out, n, at, fe))
			continue;
		date_timing(out, n, at, at, fe, "end_of", cal_month_last(y + 1, 3), LEX_DAY)
		    ->fy_year = true;
		n++;
	}
	return n;
}

/* "in the autumn of 2020", "during spring 2021": a window over the season's three
 * months (spring March-May, summer June-August, autumn September-November, winter
 * December to February of the next year), with a warning to confirm the month; "in the
 * autumn" with no year, the first such season not over by the instrument's date. */
/* The first day of the last month of the season whose window opens in month first of
 * year (winter's, December, ends in February of the next year). */
static cal_day season_last_month(int year, int first)
{
	return first == 12 ? cal_month_first(year + 1, 2) : cal_month_first(year, first + 2);
}

static size_t season_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                             size_t n)
{
	static struct lex_phrase seasons[] = {LEX_PHRASE("spring"), LEX_PHRASE("summer"),
	                                      LEX_PHRASE("autumn"), LEX_PHRASE("winter")};
	static const int firsts[] = {3, 6, 9, 12}; /* each window's first month */
	static struct lex_phrase_set season_set = LEX_PHRASE_SET(seasons);
	static const char *const cues[] = {"in the ", "during the ", "in ", "during "};
	const char *t = c->t;
	size_t k, at, end;

	/* (most sentences name no season: one question for the four) */
	if (!lex_search_any_set(&c->ix, s, e, &season_set))
		return n;
	for (k = 0; k < ARRAY_SIZE(seasons) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &seasons[k], &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &seasons[k], &end)) {
			size_t ws = oblig_cue_before(t, s, at, cues, ARRAY_SIZE(cues)), y = end,
			       d = 0;
			int year;
			if (ws == (size_t)-1)
				continue;
			/* " of 2020" or " 2020": four digits, then no more */
			if (lex_at(t, y, e, " of ", &y) || (y < e && t[y] == ' ' && y++))
				while (y + d < e && ch_is_digit((unsigned char)t[y + d]))
					d++;
			if (d == 0 && c->has_date && ws + 7 <= at &&
			    lex_at(t, ws, at, "in the ", NULL) &&
			    !oblig_timing_overlaps(out, n, ws, end)) {
				/* "we will write to you again in the autumn": the first such
				 * season that has not ended by the instrument's date */
				struct cal_ymd l, i = cal_to_ymd(c->date);
				year = firsts[k] == 12 ? i.y - 1 : i.y;
				l = cal_to_ymd(season_last_month(year, firsts[k]));
				if (cal_month_last(l.y, l.m) < c->date)
					year++;
				date_timing(out, n, ws, at, end, "in_month",
				            season_last_month(year, firsts[k]), LEX_MONTH)
				    ->season = firsts[k];
				out[n++].yearless = true;
				continue;
			}
			if (d != 4 || (y + 4 < e && lex_is_word_char((unsigned char)t[y + 4])) ||
			    oblig_timing_overlaps(out, n, ws, y + 4))
				continue;
			year = (t[y] - '0') * 1000 + (t[y + 1] - '0') * 100 +
			       (t[y + 2] - '0') * 10 + (t[y + 3] - '0');
			/* the window's last month, which the due date ends */
			date_timing(out, n, ws, at, y + 4, "in_month",
			            season_last_month(year, firsts[k]), LEX_MONTH)
			    ->season = firsts[k];
			n++; /* oblig_make_due() warns that the month needs confirming */
		}
	return n;
}

/* "I would like to meet you in the new year", in a letter of September to December:
 * January of the next year (oblig_make_due() warns that the month needs confirming). */
static size_t new_year_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                               size_t n)
{
	struct cal_ymd d;
	size_t at, end;

	if (!c->has_date || n >= MAXT ||
	    (at = lex_search_ph(&c->ix, s, e, LEX_LIT("in the new year"), &end)) == (size_t)-1 ||
	    (d = cal_to_ymd(c->date)).m < 9 || oblig_timing_overlaps(out, n, at, end))
		return n;
	date_timing(out, n, at, at + 3, end, "in_month", cal_month_first(d.y + 1, 1), LEX_MONTH)
	    ->new_year = true;
	return n + 1;
}

/* The day-th day of y's month, or its last day when it has fewer days. */
static cal_day day_of_month(struct cal_ymd y, int day)
{
	cal_day d = cal_month_first(y.y, y.m) + day - 1;

	return d < cal_month_last(y.y, y.m) ? d : cal_month_last(y.y, y.m);
}

size_t oblig_series_of(struct timing *out, size_t *n, enum cal_unit unit, size_t ws, size_t we)
{
	size_t m;

	for (m = 0; m < *n; m++)
		if (out[m].kind == T_EVERY && !out[m].first_by &&
		    ((out[m].period.unit == unit && out[m].period.n == 1) ||
		     (unit == CAL_YEARS && out[m].period.unit == CAL_MONTHS &&
		      out[m].period.n == 12)))
			return m;
	timing_new(out, *n, T_EVERY, ws, we);
	out[*n].period.n = 1;
	out[*n].period.unit = unit;
	snprintf(out[*n].anchor, sizeof(out[*n].anchor), "instrument_date");
	return (*n)++;
}

/* The monthly or yearly series (oblig_series_of()) whose day the words t[ws, we) fix: its
 * first occurrence is due on first.  Returns the new count of out. */
static size_t series_on_day(struct timing *out, size_t n, enum cal_unit unit, size_t ws, size_t we,
                            cal_day first)
{
	size_t m = oblig_series_of(out, &n, unit, ws, we);

	oblig_series_first(&out[m], first, ws, we);
	out[m].month_day = true;
	return n;
}

/* "each month, no later than the 15th of the month", "by the 10th day of each month":
 * the monthly series' day.  Its first occurrence is due on the first such day after
 * the instrument's date; a series not yet read (no "monthly" beside it) is made here. */
static size_t month_day_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                size_t n)
{
	static struct lex_phrase tails[] = {LEX_PHRASE(" of the month"),
	                                    LEX_PHRASE(" of each month"),
	                                    LEX_PHRASE(" of every month")};
	static const char *const cues[] = {"no later than the ", "not later than the ", "by the ",
	                                   "on the ", "before the "};
	const char *t = c->t;
	size_t k, at, end;

	/* each tail ends with the word "month": a span without it has none */
	if (!c->has_date || lex_search_ph(&c->ix, s, e, LEX_LIT("month"), NULL) == (size_t)-1)
		return n;
	for (k = 0; k < ARRAY_SIZE(tails) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &tails[k], &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &tails[k], &end)) {
			size_t ne = at, ds, ws;
			int day = 0, p = 1;
			struct cal_ymd y = cal_to_ymd(c->date);
			cal_day first;
			if (ne >= s + 4 && lex_at(t, ne - 4, at, " day", NULL))
				ne -= 4; /* "the 10th day of" */
			if (ne < s + 3 || !ch_is_alpha((unsigned char)t[ne - 1]) ||
			    !ch_is_alpha((unsigned char)t[ne - 2]))
				continue; /* "15th", "1st", "2nd", "3rd" */
			for (ds = ne - 2;
			     ds > s && ch_is_digit((unsigned char)t[ds - 1]) && p <= 10;
			     ds--, p *= 10)
				day += (t[ds - 1] - '0') * p;
			if (ds == ne - 2 || day < 1 || day > 31)
				continue;
			ws = oblig_cue_before(t, s, ds, cues, ARRAY_SIZE(cues));
			if (ws == (size_t)-1 || oblig_timing_overlaps(out, n, ws, end))
				continue;
			/* the first such day after the instrument's date (the month's last
			 * day for a day it lacks): this month's, else the next month's */
			first = day_of_month(y, day);
			if (first <= c->date)
				first = day_of_month(cal_to_ymd(cal_month_last(y.y, y.m) + 1), day);
			n = series_on_day(out, n, CAL_MONTHS, ws, end, first);
		}
	return n;
}

/* "<day> <Month>" ending at t[e] ("31 March", "1st April"): its start, the day and the
 * month into *day, *month; (size_t)-1 if the words before e are not that. */
static size_t day_month_before(const char *t, size_t s, size_t e, int *day, int *month)
{
	size_t ms = e, de;
	int p = 1;

	while (ms > s && ch_is_alpha((unsigned char)t[ms - 1]))
		ms--;
	if (ms == e || ms < s + 2 || t[ms - 1] != ' ' ||
	    (*month = cal_month_from_name(strv_make(t + ms, e - ms))) < 1)
		return (size_t)-1;
	de = ms - 1;
	if (de >= s + 2 && ch_is_alpha((unsigned char)t[de - 1]) &&
	    ch_is_alpha((unsigned char)t[de - 2]))
		de -= 2; /* "1st", "31st" */
	for (*day = 0; de > s && ch_is_digit((unsigned char)t[de - 1]) && p <= 10; de--, p *= 10)
		*day += (t[de - 1] - '0') * p;
	return p > 1 && *day >= 1 && *day <= 31 ? de : (size_t)-1;
}

/* "publish the revised strategy by 31 March each year", "annually on 1 April": the
 * yearly series' day.  Its first occurrence is due on the first such day after the
 * instrument's date; a series not yet read is made here. */
static size_t year_day_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                               size_t n)
{
	/* the words that make the series yearly, and whether the day comes after them
	 * ("annually on 1 April") or before ("by 31 March each year") */
	static struct {
		struct lex_phrase words;
		bool day_after;
	} marks[] = {{LEX_PHRASE(" each year"), false},
	             {LEX_PHRASE(" every year"), false},
	             {LEX_PHRASE("annually on "), true},
	             /* "annually, by 30th September, provide ...", "each year, by 30 June" */
	             {LEX_PHRASE("annually, by "), true},
	             {LEX_PHRASE("annually by "), true},
	             {LEX_PHRASE("each year, by "), true},
	             {LEX_PHRASE("every year, by "), true}};
	static const char *const cues[] = {"no later than ", "not later than ", "by ", "on ",
	                                   "before "};
	const char *t = c->t;
	size_t k, at, end;

	if (!c->has_date || (lex_search_ph(&c->ix, s, e, LEX_LIT("year"), NULL) == (size_t)-1 &&
	                     lex_search_ph(&c->ix, s, e, LEX_LIT("annually"), NULL) == (size_t)-1))
		return n;
	for (k = 0; k < ARRAY_SIZE(marks) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &marks[k].words, &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &marks[k].words, &end)) {
			int day, month;
			size_t ws, we, ds, de; /* the timing's words; the day's */
			struct cal_ymd y = cal_to_ymd(c->date);
			cal_day first;
			if (marks[k].day_after) {
				for (de = end;
				     de < e && (ch_is_alpha((unsigned char)t[de]) ||
				                ch_is_digit((unsigned char)t[de]) || t[de] == ' ');)
					de++;
				de = lex_trim_end(t, end, de);
				ds = end;
				ws = day_month_before(t, end, de, &day, &month) == end ? at
				                                                       : (size_t)-1;
				we = de;
			} else {
				de = at;
				ds = day_month_before(t, s, at, &day, &month);
				ws = ds == (size_t)-1
				         ? ds
				         : oblig_cue_before(t, s, ds, cues, ARRAY_SIZE(cues));
				we = end;
			}
			/* (the series' own words, "each year", "annually", may be read already) */
			if (ws == (size_t)-1 ||
			    oblig_timing_overlaps(out, n, marks[k].day_after ? ds : ws, de))
				continue;
			first = day_of_month((struct cal_ymd){y.y, month, 1}, day);
			if (first <= c->date)
				first = day_of_month((struct cal_ymd){y.y + 1, month, 1}, day);
			n = series_on_day(out, n, CAL_YEARS, ws, we, first);
		}
	return n;
}

/* "not later than the first anniversary of this Direction": within N years of the
 * instrument's date (the anniversary of another day is left to a person). */
static size_t anniversary_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                  size_t n)
{
	static const char *const nth[] = {"first ", "second ", "third "};
	static const char *const own[] = {"this direction", "this notice",
	                                  "this improvement notice", "the date of this",
	                                  "this letter"};
	static const char *const cues[] = {"not later than the ", "no later than the ", "by the ",
	                                   "before the ", "on the "};
	const char *t = c->t;
	size_t at, end, k;

	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("anniversary of "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("anniversary of "), &end)) {
		size_t ws = (size_t)-1, ne = 0, oe = 0;
		int years = 0;
		for (k = 0; k < ARRAY_SIZE(nth) && !years; k++) {
			size_t len = strlen(nth[k]);
			if (at >= s + len && lex_at(t, at - len, at, nth[k], NULL)) {
				years = (int)k + 1;
				ne = at - len;
			}
		}
		for (k = 0; k < ARRAY_SIZE(own) && !oe; k++)
			lex_at(t, end, e, own[k], &oe);
		if (!years || !oe)
			continue;
		ws = oblig_cue_before(t, s, ne, cues, ARRAY_SIZE(cues));
		if (ws == (size_t)-1 || oblig_timing_overlaps(out, n, ws, oe))
			continue;
		if (lex_at(t, oe - 4, oe, "this", NULL)) { /* "the date of this Direction" */
			oe = lex_skip_space(t, oe, e);
			while (oe < e && lex_is_word_char((unsigned char)t[oe]))
				oe++;
		}
		timing_new(out, n, T_WITHIN, ws, oe);
		out[n].period.n = years;
		out[n].period.unit = CAL_YEARS;
		snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
		n++;
	}
	return n;
}

/* "annually ..., on or before each anniversary of the transfer date": a yearly series
 * whose first is due one year after the day named (a day the document defines, a date
 * written out, or the instrument's own date), by the corresponding-date rule.  The series
 * read beside it ("annually") takes that first; with none, the words make one. */
static size_t each_anniversary_timings(const struct read_ctx *c, size_t s, size_t e,
                                       struct timing *out, size_t n)
{
	static struct lex_phrase each[] = {LEX_PHRASE("each anniversary of "),
	                                   LEX_PHRASE("every anniversary of ")};
	static const char *const cues[] = {"on or before ", "no later than ", "not later than ",
	                                   "by ", "on "};
	static const char *const own[] = {"the date of this direction", "the date of this notice",
	                                  "this direction", "this notice"};
	size_t k, j, at, end, ae, ws;

	/* each form holds "anniversary of" after a space: a span without it has none */
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("anniversary of "), NULL) == (size_t)-1)
		return n;
	for (k = 0; k < ARRAY_SIZE(each) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &each[k], &end); at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &each[k], &end)) {
			const struct read_alias *a = facts_alias_at(c, end, e);
			struct lex_date d[2];
			cal_day base = 0;
			ae = 0;
			if (a && a->has_date) {
				base = a->date;
				ae = end + strlen(a->name);
			} else if (lex_dates_in(&c->ix, end, e < end + 40 ? e : end + 40, d, 2) &&
			           d[0].span.s == end && d[0].precision == LEX_DAY) {
				base = d[0].day;
				ae = d[0].span.e;
			} else
				for (j = 0; j < ARRAY_SIZE(own) && !ae && c->has_date; j++)
					if (lex_at(c->t, end, e, own[j], &ae))
						base = c->date;
			if (!ae)
				continue;
			ws = oblig_cue_before(c->t, s, at, cues, ARRAY_SIZE(cues));
			if (ws == (size_t)-1)
				ws = at;
			if (oblig_timing_overlaps(out, n, ws, ae))
				continue;
			j = oblig_series_of(out, &n, CAL_YEARS, ws, ae);
			oblig_series_first(&out[j], cal_add_months(base, 12, NULL), end, ae);
			out[j].anniversary = true;
			out[j].anchor_day = base;
		}
	return n;
}

/* Does the clause holding at (from the last comma, semicolon or colon before it, not
 * before s) open with "where", "if" or "unless"?  Then "by that date" is the condition's
 * words ("provided that, where the Commissioner and the Council cannot agree the plan by
 * that date, the Council shall send ..."), not a time for the duty. */
static bool in_condition_clause(const char *t, size_t s, size_t at)
{
	size_t k = at;

	while (k > s && t[k - 1] != ',' && t[k - 1] != ';' && t[k - 1] != ':')
		k--;
	while (k < at && ch_is_space((unsigned char)t[k]))
		k++;
	return lex_at(t, k, at, "where ", NULL) || lex_at(t, k, at, "if ", NULL) ||
	       lex_at(t, k, at, "unless ", NULL);
}

/* "and shall, before that date, transfer ...": "that date" is the last day named before
 * it in the sentence (out[0, n)); "before" it is by the day before, "by" or "on or before"
 * it by that day. */
static size_t that_date_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                size_t n)
{
	static struct {
		struct lex_phrase words;
		bool before;
	} cues[] = {{LEX_PHRASE("on or before that date"), false},
	            {LEX_PHRASE("before that date"), true},
	            {LEX_PHRASE("by that date"), false}};
	size_t k, j, at, end;

	/* each cue ends with "that date" after a space: a span without it has none */
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("that date"), NULL) == (size_t)-1)
		return n;
	for (k = 0; k < ARRAY_SIZE(cues) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &cues[k].words, &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &cues[k].words, &end)) {
			size_t best = n;
			if (oblig_timing_overlaps(out, n, at, end) ||
			    in_condition_clause(c->t, s, at))
				continue;
			for (j = 0; j < n; j++)
				if (out[j].kind == T_DATE && out[j].e <= at &&
				    out[j].date.precision == LEX_DAY && !out[j].that_date &&
				    (best == n || out[j].e > out[best].e))
					best = j;
			if (best == n)
				continue;
			timing_new(out, n, T_DATE, at, end);
			out[n].rule = "by";
			out[n].date = out[best].date;
			out[n].before = cues[k].before;
			out[n].that_date = true;
			n++;
		}
	return n;
}

/* Does a date found in out[0, n) follow right after i ("in six months' time, in May
 * 2022": the month is the sharper)? */
static bool dated_after(const struct timing *out, size_t n, size_t i)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (out[k].kind == T_DATE && out[k].s >= i && out[k].s <= i + 12)
			return true;
	return false;
}

/* "in six months' time", "in twelve months" (a letter's "My officials will carry out a
 * further review ... in twelve months"): a period from the instrument's date, the
 * words "in" and a number before the unit, and after it "time" or the clause's end. */
static size_t in_time_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                              size_t n)
{
	static struct lex_phrase units[] = {LEX_PHRASE("months"), LEX_PHRASE("weeks"),
	                                    LEX_PHRASE("years"), LEX_PHRASE("month"),
	                                    LEX_PHRASE("year")};
	static struct lex_phrase_set unit_set = LEX_PHRASE_SET(units);
	const char *t = c->t;
	size_t k, at, end;

	if (!lex_search_any_set(&c->ix, s, e, &unit_set))
		return n; /* (as each unit's search would say) */
	for (k = 0; k < ARRAY_SIZE(units) && n < MAXT; k++)
		for (at = lex_search_ph(&c->ix, s, e, &units[k], &end);
		     at != (size_t)-1 && n < MAXT;
		     at = lex_search_ph(&c->ix, end, e, &units[k], &end)) {
			size_t nw = at, in, after = end, x;
			char buf[40];
			struct cal_period p;
			/* the number before the unit, "in" before it */
			while (nw > s && ch_is_space((unsigned char)t[nw - 1]))
				nw--;
			while (nw > s && (ch_is_alpha((unsigned char)t[nw - 1]) ||
			                  ch_is_digit((unsigned char)t[nw - 1])))
				nw--;
			if (nw < s + 3 || !lex_at(t, nw - 3, at, "in ", NULL) ||
			    (nw > s + 3 && lex_is_word_char((unsigned char)t[nw - 4])))
				continue;
			in = nw - 3;
			lex_copy(t, nw, end, buf, sizeof(buf));
			if (end - nw >= sizeof(buf) || cal_period_parse(strv_of(buf), &p, NULL) < 0)
				continue;
			/* "' time", "'s time", " time", or the clause ends */
			if (lex_at(t, after, e, "' time", &x) ||
			    lex_at(t, after, e, "'s time", &x) || lex_at(t, after, e, " time", &x))
				after = x;
			else if (!(after >= e || t[after] == ',' || t[after] == '.' ||
			           t[after] == ';' || lex_at(t, after, e, " and ", NULL) ||
			           lex_at(t, after, e, " to ", NULL)))
				continue;
			if (oblig_timing_overlaps(out, n, in, after) || dated_after(out, n, after))
				continue;
			timing_new(out, n, T_WITHIN, in, after);
			out[n].period = p;
			snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
			n++;
		}
	return n;
}

/* "(c) before the next Ofsted monitoring visit, complete an audit ...": a deadline whose
 * day is an event still to come, which the document cannot date; the due date waits for
 * it (oblig_make_due() warns). */
static size_t event_to_come_timings(const struct read_ctx *c, size_t s, size_t e,
                                    struct timing *out, size_t n)
{
	static const char *const cues[] = {"before ", "by ", "ahead of "};
	static const struct {
		const char *words, *anchor;
	} events[] = {{"Ofsted monitoring visit", "event:monitoring_visit"},
	              {"monitoring visit", "event:monitoring_visit"},
	              {"Ofsted inspection", "event:ofsted_inspection"},
	              {"inspection", "event:ofsted_inspection"}};
	size_t j, at, end, we = 0, ws;

	/* (one question of most sentences: "the next", then the cue before it) */
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("the next "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("the next "), &end)) {
		if ((ws = oblig_cue_before(c->t, s, at, cues, ARRAY_SIZE(cues))) == (size_t)-1)
			continue;
		for (j = 0; j < ARRAY_SIZE(events); j++)
			if (lex_at(c->t, end, e, events[j].words, &we) &&
			    (we >= e || !lex_is_word_char((unsigned char)c->t[we])))
				break;
		if (j == ARRAY_SIZE(events) || oblig_timing_overlaps(out, n, ws, we))
			continue;
		timing_new(out, n, T_DATE, ws, we);
		out[n].rule = "by";
		out[n].to_come = true;
		snprintf(out[n].anchor, sizeof(out[n].anchor), "%s", events[j].anchor);
		n++;
	}
	return n;
}

/* "My officials will meet you ... six months after the date of this letter": a period
 * before "after the date of this letter (notice, direction)" with no cue before it, a
 * deadline from the instrument's date. */
static size_t after_date_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                 size_t n)
{
	size_t at, end;

	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT(" after the date of this "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT(" after the date of this "), &end)) {
		struct cal_period p;
		size_t ws = oblig_period_before(c, s, at, &p), we = end; /* "six months" */
		while (we < e && lex_is_word_char((unsigned char)c->t[we]))
			we++;
		if (ws == (size_t)-1 || oblig_timing_overlaps(out, n, ws, we))
			continue;
		timing_new(out, n, T_WITHIN, ws, we);
		out[n].period = p;
		snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
		n++;
		/* "... six months after the date of this notice, and again twelve months after
		 * it": a second period from the same day */
		size_t ae, ai = lex_search_ph(&c->ix, we, e, LEX_LIT(" after it"), &ae), as;
		if (ai != (size_t)-1 && n < MAXT &&
		    (as = lex_search_ph(&c->ix, we, ai, LEX_LIT(", and again "), NULL)) !=
		        (size_t)-1 &&
		    (ws = oblig_period_before(c, as, ai, &p)) != (size_t)-1 &&
		    !oblig_timing_overlaps(out, n, ws, ae)) {
			timing_new(out, n, T_WITHIN, ws, ae);
			out[n].period = p;
			snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
			n++;
		}
	}
	return n;
}

size_t oblig_more_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
			  size_t n)
{
	n = oblig_month_n_timings(c, s, e, out, n);
	n = oblig_day_timings(c, s, e, out, n); /* first: its words hold a cadence's */
	n = oblig_weekday_timings(c, s, e, out, n);
	n = event_to_come_timings(c, s, e, out, n);
	n = after_date_timings(c, s, e, out, n);
	n = anniversary_timings(c, s, e, out, n);
	n = each_anniversary_timings(c, s, e, out, n);
	n = season_timings(c, s, e, out, n);
	n = new_year_timings(c, s, e, out, n);
	n = fy_year_timings(c, s, e, out, n);
	n = year_end_timings(c, s, e, out, n);
	n = oblig_month_after_timings(c, s, e, out, n);
	n = cadence_timings(c, s, e, out, n);
	n = month_day_timings(c, s, e, out, n);
	n = year_day_timings(c, s, e, out, n);
	n = fy_quarter_timings(c, s, e, out, n);
	n = yearless_timings(c, s, e, out, n);
	n = in_time_timings(c, s, e, out, n);
	return that_date_timings(c, s, e, out, n);
}

bool oblig_meeting_day_before(const struct read_ctx *c, size_t s, size_t at, size_t from, size_t e,
                              cal_day *day, size_t *end)
{
	static const char *const nouns[] = {"the review",   "that review", "the meeting",
	                                    "that meeting", "the visit",   "that visit"};
	struct lex_date d[8];
	size_t k, nd, ne = 0;

	for (k = 0; k < ARRAY_SIZE(nouns); k++)
		if (lex_at(c->t, from, e, nouns[k], &ne) &&
		    (ne >= e || !lex_is_word_char((unsigned char)c->t[ne])))
			break;
	if (k == ARRAY_SIZE(nouns) || !c->has_date)
		return false;
	nd = lex_dates_in(&c->ix, s, at, d, ARRAY_SIZE(d));
	while (nd > 0) { /* the last day named "on" before, after the instrument's */
		const struct lex_date *x = &d[--nd];
		size_t w = lex_search_ph(&c->ix, s, x->span.s,
		                         k < 2   ? LEX_LIT("review")
		                         : k < 4 ? LEX_LIT("meeting")
		                                 : LEX_LIT("visit"),
		                         NULL);
		if (x->precision != LEX_DAY || x->day <= c->date || x->span.s < s + 3 ||
		    !lex_at(c->t, x->span.s - 3, x->span.s, "on ", NULL) || w == (size_t)-1)
			continue;
		*day = x->day;
		*end = ne;
		return true;
	}
	return false;
}

/* A series after a first time: "and thereafter every six months", "and every six months
 * thereafter", "and at six-monthly intervals after that" (the cadence at t[at, stop) of
 * the sentence from s). */
bool oblig_thereafter_at(const struct read_ctx *c, size_t s, size_t at, size_t stop, size_t e)
{
	return lex_search_ph(&c->ix, at > s + 15 ? at - 15 : s, at, LEX_LIT("thereafter"), NULL) !=
	           (size_t)-1 ||
	       lex_search_ph(&c->ix, stop, e < stop + 12 ? e : stop + 12, LEX_LIT("thereafter"),
	                     NULL) != (size_t)-1 ||
	       lex_at(c->t, stop, e, " after that", NULL);
}
