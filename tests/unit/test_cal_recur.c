/*
 * test_cal_recur.c: series of dates (occurrence k = anchor + k x interval),
 * their ends and bounds, and the RRULE chosen for them.  Expected dates are
 * worked out by hand from the instruments.
 */
#include "t.h"

#include "cal/ics.h"
#include "cal/recur.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static struct cal_recur rule(cal_day anchor, int n, enum cal_unit u)
{
	struct cal_recur r;

	memset(&r, 0, sizeof(r));
	r.anchor = anchor;
	r.every.n = n;
	r.every.unit = u;
	return r;
}

static void expect(const struct cal_recur *r, const cal_day *want, int nwant)
{
	cal_day got[64];
	struct err e = {0};
	int n = cal_recur_expand(r, got, 64, NULL, &e), i;
	char a[CAL_DATE_LEN], b[CAL_DATE_LEN];

	CHECK(n == nwant, "%d occurrences, want %d (%s)", n, nwant, e.msg);
	for (i = 0; i < n && i < nwant; i++)
		CHECK(got[i] == want[i], "occurrence %d: %s, want %s", i + 1, cal_format_iso(got[i], a),
		      cal_format_iso(want[i], b));
}

static void stoke_quarterly_reviews(void)
{
	/* Stoke-on-Trent, 31 October 2019: reviews at 3 monthly intervals. */
	struct cal_recur r = rule(D(2019, 10, 31), 3, CAL_MONTHS);
	cal_day want[] = {D(2020, 1, 31), D(2020, 4, 30), D(2020, 7, 31), D(2020, 10, 31)};

	r.count = 4;
	expect(&r, want, 4);
}

static void kirklees_six_monthly_until_revoked(void)
{
	/* Kirklees, 25 January 2018, reviews every 6 months; revoked 13 January 2020. */
	struct cal_recur r = rule(D(2018, 1, 25), 6, CAL_MONTHS);
	cal_day want[] = {D(2018, 7, 25), D(2019, 1, 25), D(2019, 7, 25)};

	r.has_until = true;
	r.until = D(2020, 1, 13);
	expect(&r, want, 3);
}

static void until_is_inclusive(void)
{
	struct cal_recur r = rule(D(2018, 1, 25), 6, CAL_MONTHS);
	cal_day want[] = {D(2018, 7, 25), D(2019, 1, 25)};

	r.has_until = true;
	r.until = D(2019, 1, 25);
	expect(&r, want, 2);
}

static void with_first(void)
{
	/* "within 3 months of 2019-01-31 and thereafter every 3 months" */
	struct cal_recur r = rule(D(2019, 1, 31), 3, CAL_MONTHS);
	cal_day want[] = {D(2019, 4, 30), D(2019, 7, 30), D(2019, 10, 30)};

	r.has_first = true;
	r.first = D(2019, 4, 30);
	r.count = 3;
	expect(&r, want, 3);
}

static void six_weekly(void)
{
	struct cal_recur r = rule(D(2020, 2, 1), 6, CAL_WEEKS);
	cal_day want[] = {D(2020, 3, 14), D(2020, 4, 25), D(2020, 6, 6)};

	r.count = 3;
	expect(&r, want, 3);
}

static void month_end_leap(void)
{
	struct cal_recur r = rule(D(2019, 11, 30), 1, CAL_MONTHS);
	cal_day want[] = {D(2019, 12, 30), D(2020, 1, 30), D(2020, 2, 29), D(2020, 3, 30)};

	r.count = 4;
	expect(&r, want, 4);
}

static void quarter_ends(void)
{
	/* "at the end of each quarter", the first after 17 May 2023: each a month's
	 * last day (30 June, 30 September, 31 December, 31 March), not 30 December */
	struct cal_recur r = rule(D(2023, 6, 30), 3, CAL_MONTHS);
	cal_day want[] = {D(2023, 6, 30), D(2023, 9, 30), D(2023, 12, 31), D(2024, 3, 31),
			  D(2024, 6, 30)}, occ[5], start;
	char got[160] = "";
	struct err e = {0};

	r.has_first = true;
	r.first = D(2023, 6, 30);
	r.month_end = true;
	r.count = 5;
	expect(&r, want, 5);
	CHECK(cal_recur_expand(&r, occ, 5, NULL, &e) == 5 &&
		      ics_series_rrule(&r, occ, 5, false, &start, got, sizeof(got)) &&
		      !strcmp(got, "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=5"),
	      "RRULE: %s", got);
}

/* Day rules: the month from base + k x interval, the day from the words.  The
 * dates were read off a printed calendar and the bank-holiday list. */
static struct cal_recur day_rule(cal_day first, int n, const char *code)
{
	struct cal_recur r = rule(first, n, CAL_MONTHS);
	struct err e = {0};

	r.has_first = true;
	r.first = first;
	CHECK(cal_dayrule_parse(strv_of(code), &r.day, &e) == 0, "%s parses: %s", code, e.msg);
	return r;
}

static void first_monday_monthly(void)
{
	/* Buckinghamshire, 18 May 2016: "on the first Monday of every month" */
	struct cal_recur r = day_rule(D(2016, 6, 6), 1, "1MO");
	cal_day want[] = {D(2016, 6, 6), D(2016, 7, 4), D(2016, 8, 1), D(2016, 9, 5),
	                  D(2016, 10, 3)},
	        occ[5], start;
	char got[160] = "";
	struct err e = {0};

	r.anchor = D(2016, 5, 18);
	r.count = 5;
	expect(&r, want, 5);
	CHECK(cal_recur_expand(&r, occ, 5, NULL, &e) == 5 &&
	          ics_series_rrule(&r, occ, 5, false, &start, got, sizeof(got)) &&
	          !strcmp(got, "FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO;COUNT=5") &&
	          start == D(2016, 6, 6),
	      "RRULE: %s", got);
	/* Havering: "from the first Monday of October 2018" */
	r = day_rule(D(2018, 10, 1), 1, "1MO");
	r.anchor = D(2018, 5, 21);
	r.count = 4;
	{
		cal_day w2[] = {D(2018, 10, 1), D(2018, 11, 5), D(2018, 12, 3), D(2019, 1, 7)};
		expect(&r, w2, 4);
	}
}

static void last_friday_from_anchor(void)
{
	/* no first: anchor + k months, k from 1, each month's last Friday */
	struct cal_recur r = rule(D(2020, 1, 15), 1, CAL_MONTHS);
	cal_day want[] = {D(2020, 2, 28), D(2020, 3, 27), D(2020, 4, 24)}, occ[3], start;
	char got[160] = "";
	struct err e = {0};

	r.day.kind = CAL_DAY_WEEKDAY;
	r.day.nth = -1;
	r.day.wd = CAL_FRI;
	r.count = 3;
	expect(&r, want, 3);
	CHECK(cal_recur_expand(&r, occ, 3, NULL, &e) == 3 &&
	          ics_series_rrule(&r, occ, 3, true, &start, got, sizeof(got)) &&
	          !strcmp(got, "FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR"),
	      "RRULE: %s", got);
}

static void working_days_of_months_and_quarters(void)
{
	/* Knowsley, 1 April 2014: the first working day of each month (1 June 2014
	 * a Sunday, 1 November a Saturday, 1 January 2015 New Year's Day) */
	struct cal_recur r = day_rule(D(2014, 5, 1), 1, "1WD");
	cal_day k[] = {D(2014, 5, 1),  D(2014, 6, 2),  D(2014, 7, 1),  D(2014, 8, 1), D(2014, 9, 1),
	               D(2014, 10, 1), D(2014, 11, 3), D(2014, 12, 1), D(2015, 1, 2)};
	/* Newcastle, 16 October 2020: the first working day of each quarter (1 January
	 * 2021 New Year's Day; 3 January 2022 its substitute) */
	cal_day q[] = {D(2021, 1, 4), D(2021, 4, 1), D(2021, 7, 1), D(2021, 10, 1), D(2022, 1, 4)};
	/* Havering: the last working day of each quarter (30 September 2018 a Sunday,
	 * 31 March 2019 a Sunday, 30 June 2019 a Sunday) */
	cal_day h[] = {D(2018, 9, 28), D(2018, 12, 31), D(2019, 3, 29), D(2019, 6, 28),
	               D(2019, 9, 30)};
	cal_day occ[9], start, d;
	char got[160] = "";
	struct err e = {0};
	struct cal_dayrule last = {CAL_DAY_WORKING, -1, CAL_MON};

	r.count = 9;
	expect(&r, k, 9);
	/* bank holidays: no RRULE can say it, the dates are listed */
	CHECK(cal_recur_expand(&r, occ, 9, NULL, &e) == 9 &&
	          !ics_series_rrule(&r, occ, 9, false, &start, got, sizeof(got)),
	      "a working-day rule has no RRULE, got %s", got);
	r = day_rule(D(2021, 1, 4), 3, "1WD");
	r.count = 5;
	expect(&r, q, 5);
	r = day_rule(D(2018, 9, 28), 3, "-1WD");
	r.count = 5;
	expect(&r, h, 5);
	/* 29 March 2024 is Good Friday: March's last working day is Thursday 28 */
	CHECK(cal_dayrule_in_month(last, 2024, 3, &d, &e) == 0 && d == D(2024, 3, 28),
	      "last working day of March 2024: %s", e.msg);
	/* "10 working days after the end of each quarter": the 10th working day of
	 * April (Easter Monday, 1 April 2024, skipped: 2-5, 8-12, 15), July (1-5, 8-12),
	 * October (1-4, 7-11, 14) and January (New Year's Day skipped: 2-3, 6-10, 13-15) */
	{
		const cal_day tenth[] = {D(2024, 4, 15), D(2024, 7, 12), D(2024, 10, 14),
		                         D(2025, 1, 15)};
		struct cal_dayrule most = {CAL_DAY_WORKING, 23, CAL_MON};
		r = day_rule(D(2024, 4, 15), 3, "10WD");
		r.count = 4;
		expect(&r, tenth, 4);
		/* February 2024 has 21 working days: no 23rd */
		memset(&e, 0, sizeof(e));
		CHECK(cal_dayrule_in_month(most, 2024, 2, &d, &e) < 0 && e.code == ERR_DATA,
		      "no 23rd working day in February 2024");
	}
	/* the fourth Thursday of November 2018 (1, 8, 15, 22) */
	{
		struct cal_dayrule th = {CAL_DAY_WEEKDAY, 4, CAL_THU};
		CHECK(cal_dayrule_in_month(th, 2018, 11, &d, &e) == 0 && d == D(2018, 11, 22),
		      "fourth Thursday");
	}
	/* no bank holidays known for 2031: refused, not guessed */
	memset(&e, 0, sizeof(e));
	CHECK(cal_dayrule_in_month(last, 2031, 1, &d, &e) < 0 && e.code == ERR_DATA,
	      "2031 refused");
}

static void day_rule_words_and_checks(void)
{
	static const char *const good[] = {"1MO",  "2TU", "3WE",  "4TH",  "-1FR", "1SA",
	                                   "-1SU", "1WD", "-1WD", "10WD", "23WD"};
	static const char *const bad[] = {"",     "MO", "5MO",  "0MO",  "-2FR", "1XX",  "01MO",
	                                  "1MON", "-1", "1WDX", "10MO", "24WD", "05WD", "100WD"};
	struct cal_dayrule d;
	struct cal_recur r;
	struct err e = {0};
	char buf[CAL_DAYRULE_LEN], words[48];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(good); i++) {
		CHECK(cal_dayrule_parse(strv_of(good[i]), &d, &e) == 0, "%s: %s", good[i], e.msg);
		CHECK_STR(cal_dayrule_format(d, buf, sizeof(buf)), good[i]);
	}
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		CHECK(cal_dayrule_parse(strv_of(bad[i]), &d, NULL) < 0, "'%s' refused", bad[i]);
	CHECK(cal_dayrule_parse(strv_of("-1fr"), &d, &e) == 0, "lower case");
	CHECK_STR(cal_dayrule_words(d, words, sizeof(words)), "the last Friday");
	d.kind = CAL_DAY_WORKING;
	d.nth = 1;
	CHECK_STR(cal_dayrule_words(d, words, sizeof(words)), "the first working day");
	d.nth = 12;
	CHECK_STR(cal_dayrule_words(d, words, sizeof(words)), "the 12th working day");
	d.nth = 22;
	CHECK_STR(cal_dayrule_words(d, words, sizeof(words)), "the 22nd working day");
	/* a day rule needs months or years; a first that is not the rule's day */
	r = day_rule(D(2016, 6, 6), 1, "1MO");
	r.count = 3;
	r.every.unit = CAL_WEEKS;
	CHECK(cal_recur_check(&r, &e) < 0 && e.code == ERR_DATA, "weeks refused");
	r = day_rule(D(2016, 6, 7), 1, "1MO");
	r.count = 3;
	memset(&e, 0, sizeof(e));
	CHECK(cal_recur_check(&r, &e) < 0 && strstr(e.msg, "not the first Monday of June 2016"),
	      "first off the rule: %s", e.msg);
}

static void needs_an_end(void)
{
	struct cal_recur r = rule(D(2019, 11, 30), 1, CAL_MONTHS);
	struct err e = {0};
	cal_day out[4];

	CHECK(cal_recur_expand(&r, out, 4, NULL, &e) < 0, "no end accepted");
	CHECK(e.code == ERR_USAGE, "code %d", e.code);
}

static void bounded(void)
{
	/* Daily for 300 years: more than CAL_RECUR_MAX, refused, not hung. */
	struct cal_recur r = rule(D(2000, 1, 1), 1, CAL_DAYS);
	struct err e = {0};
	cal_day *out = malloc(sizeof(cal_day) * 16);
	bool more = false;

	r.has_until = true;
	r.until = D(2300, 1, 1);
	CHECK(cal_recur_expand(&r, out, 16, &more, &e) == 16 && more, "stops at max");
	free(out);
	/* A series running off the end of the calendar stops there. */
	r = rule(D(9999, 1, 1), 1, CAL_MONTHS);
	r.has_until = true;
	r.until = cal_max_day();
	out = malloc(sizeof(cal_day) * 64);
	CHECK(cal_recur_expand(&r, out, 64, NULL, &e) == 11, "11 months left in 9999");
	free(out);
}

static void rrule_choice(void)
{
	static const struct {
		int y, m, d, n;
		enum cal_unit unit;
		enum cal_convention conv;
		const char *want; /* NULL: no exact RRULE, RDATEs */
	} cases[] = {
		{2018, 1, 25, 6, CAL_MONTHS, CAL_CORRESPONDING, "FREQ=MONTHLY;INTERVAL=6;COUNT=8"},
		{2019, 10, 31, 3, CAL_MONTHS, CAL_CORRESPONDING,
		 "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=8"},
		{2019, 11, 30, 1, CAL_MONTHS, CAL_CORRESPONDING,
		 "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30;BYSETPOS=-1;COUNT=8"},
		{2019, 1, 29, 1, CAL_MONTHS, CAL_CORRESPONDING,
		 "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29;BYSETPOS=-1;COUNT=8"},
		{2020, 2, 29, 1, CAL_YEARS, CAL_CORRESPONDING,
		 "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=28,29;BYSETPOS=-1;COUNT=8"},
		{2020, 2, 1, 6, CAL_WEEKS, CAL_CORRESPONDING, "FREQ=WEEKLY;INTERVAL=6;COUNT=8"},
		{2020, 2, 1, 10, CAL_DAYS, CAL_CORRESPONDING, "FREQ=DAILY;INTERVAL=10;COUNT=8"},
		{2019, 3, 1, 1, CAL_MONTHS, CAL_DAY_BEFORE,
		 "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1;COUNT=8"},
		{2018, 1, 25, 3, CAL_MONTHS, CAL_DAY_BEFORE, "FREQ=MONTHLY;INTERVAL=3;COUNT=8"},
		{2019, 1, 31, 1, CAL_MONTHS, CAL_DAY_BEFORE,
		 "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30;BYSETPOS=-1;COUNT=8"},
		{2020, 1, 6, 10, CAL_WORKING_DAYS, CAL_CORRESPONDING, NULL},
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct cal_recur r = rule(D(cases[i].y, cases[i].m, cases[i].d), cases[i].n,
					  cases[i].unit);
		cal_day occ[8], start;
		char got[160] = "";
		struct err e = {0};
		int n;
		bool ok;

		r.conv = cases[i].conv;
		r.count = 8;
		n = cal_recur_expand(&r, occ, 8, NULL, &e);
		CHECK(n == 8, "case %zu expands: %s", i, e.msg);
		ok = ics_series_rrule(&r, occ, n, false, &start, got, sizeof(got));
		if (cases[i].want) {
			CHECK(ok, "case %zu has an RRULE", i);
			CHECK_STR(got, cases[i].want);
			CHECK(start == occ[0], "case %zu DTSTART is the first occurrence", i);
		} else {
			CHECK(!ok, "case %zu should fall back to RDATEs, got %s", i, got);
		}
	}
}

/* The reader reckons a counted series of corresponding dates at its ends only
 * (cal_recur_count_ends()) and asks ics_series_rrule() about the first
 * occurrence alone: the same count (or failure), the same first date and the
 * same rule as the whole series of 24 gives, for bases on every day of eight
 * years (month ends, leap days), intervals of days to years, with and without a
 * first date or month ends, day rules (the first Monday, the last working day, whose
 * bank holidays stop at 2030), and series that run past the calendar's last year. */
static void count_ends_as_expansion(void)
{
	static const struct {
		int n;
		enum cal_unit unit;
	} every[] = {{1, CAL_DAYS},   {10, CAL_DAYS},   {1, CAL_WEEKS},   {6, CAL_WEEKS},
	             {1, CAL_MONTHS}, {2, CAL_MONTHS},  {3, CAL_MONTHS},  {4, CAL_MONTHS},
	             {6, CAL_MONTHS}, {7, CAL_MONTHS},  {12, CAL_MONTHS}, {1, CAL_YEARS},
	             {2, CAL_YEARS},  {400, CAL_YEARS}, {36600, CAL_DAYS}};
	int bases[] = {2016, 2020, 9990, 9998}, same = 1, compared = 0, failing = 0;
	size_t b, k, v;

	for (b = 0; b < ARRAY_SIZE(bases); b++)
		for (cal_day d = D(bases[b], 1, 1); d < D(bases[b], 1, 1) + 2 * 366; d++)
			for (k = 0; k < ARRAY_SIZE(every); k++)
				for (v = 0; v < 5; v++) {
					struct cal_recur r = rule(d, every[k].n, every[k].unit);
					cal_day occ[24], first = 0, s1, s2;
					char a[160] = "", c[160] = "";
					int n, m;
					r.count = 24;
					r.has_first = v == 1;
					r.first = d + 3;
					r.month_end = v == 2 && every[k].unit >= CAL_MONTHS;
					/* day rules: the first Monday, the last working day */
					if (v >= 3 && (every[k].unit == CAL_MONTHS ||
					               every[k].unit == CAL_YEARS)) {
						r.day.kind =
						    v == 3 ? CAL_DAY_WEEKDAY : CAL_DAY_WORKING;
						r.day.nth = v == 3 ? 1 : -1;
					} else if (v >= 3) {
						continue;
					}
					n = cal_recur_expand(&r, occ, 24, NULL, NULL);
					m = cal_recur_count_ends(&r, &first, NULL);
					compared++;
					failing += n < 0;
					if (n != m || (n > 0 && first != occ[0]))
						same = 0;
					else if (n > 0 &&
					         (ics_series_rrule(&r, occ, n, true, &s1, a,
					                           sizeof(a)) !=
					              ics_series_rrule(&r, occ, 1, true, &s2, c,
					                               sizeof(c)) ||
					          strcmp(a, c) || s1 != s2))
						same = 0;
				}
	CHECK(same, "ends and first occurrence as the whole series of 24 (%d series)", compared);
	CHECK(failing > 100, "including series past the calendar (%d)", failing);
}

int main(void)
{
	T_BEGIN("cal_recur");
	RUN(stoke_quarterly_reviews);
	RUN(kirklees_six_monthly_until_revoked);
	RUN(until_is_inclusive);
	RUN(with_first);
	RUN(six_weekly);
	RUN(month_end_leap);
	RUN(quarter_ends);
	RUN(first_monday_monthly);
	RUN(last_friday_from_anchor);
	RUN(working_days_of_months_and_quarters);
	RUN(day_rule_words_and_checks);
	RUN(needs_an_end);
	RUN(bounded);
	RUN(rrule_choice);
	RUN(count_ends_as_expansion);
	return T_END();
}
