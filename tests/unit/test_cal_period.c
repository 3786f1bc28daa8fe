/*
 * test_cal_period.c: adding periods by the legal rules, parsing periods in
 * ISO 8601 and in words, and a property test of month arithmetic against a
 * deliberately simple reference written here.
 */
#include "t.h"

#include "cal/period.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static void add_one(const char *from, const char *period, const char *want,
		    const char *want_derivation)
{
	struct err e = {0};
	struct cal_period p;
	struct strbuf dv = STRBUF_INIT;
	cal_day a, out = 0;
	char buf[CAL_DATE_LEN];

	CHECK(cal_parse_iso(strv_of(from), &a, &e) == 0, "%s", e.msg);
	CHECK(cal_period_parse(strv_of(period), &p, &e) == 0, "%s: %s", period, e.msg);
	CHECK(cal_add(a, p, 1, CAL_CORRESPONDING, &out, &dv, &e) == 0, "%s", e.msg);
	CHECK_STR(cal_format_iso(out, buf), want);
	if (want_derivation)
		CHECK_STR(strbuf_str(&dv), want_derivation);
	strbuf_release(&dv);
}

/* The cases the issue names, with dates worked out by hand. */
static void issue_examples(void)
{
	add_one("2018-01-25", "P3M", "2018-04-25",
		"2018-01-25 + 3 calendar months = 2018-04-25 (corresponding date)");
	add_one("2018-01-25", "three calendar months", "2018-04-25", NULL);
	add_one("2019-08-31", "P1M", "2019-09-30",
		"2019-08-31 + 1 calendar month = 2019-09-30 (no 31 September 2019: last day of "
		"the month)");
	add_one("2016-01-31", "1 month", "2016-02-29", NULL);
	add_one("2020-02-29", "P1Y", "2021-02-28", NULL);
	add_one("2020-02-29", "a year", "2021-02-28", NULL);
	add_one("2020-02-29", "P4Y", "2024-02-29", NULL);
	add_one("2019-10-31", "P3M", "2020-01-31", NULL);
	add_one("2019-11-30", "P3M", "2020-02-29", NULL);
	add_one("2019-12-31", "P2M", "2020-02-29", NULL);
	add_one("2019-12-31", "P14M", "2021-02-28", NULL);
	add_one("2018-01-25", "P6W", "2018-03-08", NULL);
	add_one("2018-01-25", "six weeks", "2018-03-08", NULL);
	add_one("2018-01-25", "P10D", "2018-02-04", NULL);
	add_one("2018-01-25", "P1Y6M", "2019-07-25", NULL);
	add_one("2018-12-31", "P0D", "2018-12-31", NULL);
}

static void day_before(void)
{
	struct err e = {0};
	struct cal_period p = {3, CAL_MONTHS, NULL};
	cal_day out;

	CHECK(cal_add(D(2018, 1, 25), p, 1, CAL_DAY_BEFORE, &out, NULL, &e) == 0, "%s", e.msg);
	CHECK(out == D(2018, 4, 24), "day before the corresponding date");
	p.n = 1;
	CHECK(cal_add(D(2019, 1, 31), p, 1, CAL_DAY_BEFORE, &out, NULL, &e) == 0, "%s", e.msg);
	CHECK(out == D(2019, 2, 28), "no corresponding date: last day of February");
	CHECK(cal_add(D(2019, 3, 1), p, 1, CAL_DAY_BEFORE, &out, NULL, &e) == 0, "%s", e.msg);
	CHECK(out == D(2019, 3, 31), "1 March + 1 month, day before = 31 March");
}

static void multiples_do_not_chain(void)
{
	struct err e = {0};
	struct cal_period p = {3, CAL_MONTHS, NULL};
	cal_day out;

	CHECK(cal_add(D(2019, 10, 31), p, 2, CAL_CORRESPONDING, &out, NULL, &e) == 0, "%s", e.msg);
	CHECK(out == D(2020, 4, 30), "2 x 3 months");
	CHECK(cal_add(D(2019, 10, 31), p, 3, CAL_CORRESPONDING, &out, NULL, &e) == 0, "%s", e.msg);
	CHECK(out == D(2020, 7, 31), "3 x 3 months is 31 July, not 30 July");
}

static void words(void)
{
	static const struct {
		const char *text;
		int n;
		enum cal_unit unit;
		bool warns;
	} cases[] = {
	    {"P3M", 3, CAL_MONTHS, false},
	    {"p6w", 6, CAL_WEEKS, false},
	    {"P12M", 1, CAL_YEARS, false},
	    {"P14D", 14, CAL_DAYS, false},
	    {"P2W3D", 17, CAL_DAYS, false},
	    {"3 calendar months", 3, CAL_MONTHS, false},
	    {"three calendar months", 3, CAL_MONTHS, false},
	    {"28 calendar days", 28, CAL_DAYS, false}, /* "within 28 calendar days" */
	    {"Twelve Months", 12, CAL_MONTHS, false},
	    {"twenty four months", 24, CAL_MONTHS, false},
	    {"twenty-four months", 24, CAL_MONTHS, false},
	    {"6 monthly", 6, CAL_MONTHS, false},
	    {"6-monthly", 6, CAL_MONTHS, false},
	    {"6 monthly intervals", 6, CAL_MONTHS, false},
	    {"six-weekly", 6, CAL_WEEKS, false},
	    {"six weekly", 6, CAL_WEEKS, false},
	    {"sixmonthly", 6, CAL_MONTHS, false}, /* a hyphen lost in PDF text */
	    {"Threeweekly intervals", 3, CAL_WEEKS, false},
	    {"quarterly", 3, CAL_MONTHS, false},
	    {"monthly", 1, CAL_MONTHS, false},
	    {"every month", 1, CAL_MONTHS, false},
	    {"every 2 weeks", 2, CAL_WEEKS, false},
	    {"fortnightly", 2, CAL_WEEKS, false},
	    {"a fortnight", 2, CAL_WEEKS, false},
	    {"annually", 1, CAL_YEARS, false},
	    {"half-yearly", 6, CAL_MONTHS, false},
	    {"bi-monthly", 2, CAL_MONTHS, true},
	    {"bimonthly", 2, CAL_MONTHS, true},
	    {"bi monthly", 2, CAL_MONTHS, true},
	    {"bi-weekly", 2, CAL_WEEKS, true},
	    {"biannual", 6, CAL_MONTHS, true},
	    {"10 working days", 10, CAL_WORKING_DAYS, false},
	    {"ten business days", 10, CAL_WORKING_DAYS, false},
	    {"1 week", 1, CAL_WEEKS, false},
	    {"an year", 1, CAL_YEARS, false},
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct err e = {0};
		struct cal_period p;
		CHECK(cal_period_parse(strv_of(cases[i].text), &p, &e) == 0, "'%s': %s", cases[i].text,
		      e.msg);
		CHECK(p.n == cases[i].n && p.unit == cases[i].unit, "'%s' gave %d of unit %d",
		      cases[i].text, p.n, (int)p.unit);
		CHECK((p.warning != NULL) == cases[i].warns, "'%s' warning", cases[i].text);
	}
}

static void words_bad(void)
{
	static const char *const bad[] = {
	    "",
	    "P",
	    "PT3H",
	    "P3X",
	    "P1M1D",
	    "P3M2Y",
	    "3",
	    "months",
	    "3 calendar weeks",
	    "3 working weeks",
	    "three",
	    "P99999999M",
	    "-3 months",
	    "3 months later",
	    "quarterly monthly",
	    "0 months",
	    "P0M",
	    "1 2 3 4 5 6 7 8 9",
	    "\xff\xfe",
	    "zeromonthly",
	    "fishmonthly",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		struct err e = {0};
		struct cal_period p;
		CHECK(cal_period_parse(strv_of(bad[i]), &p, &e) < 0, "'%s' accepted", bad[i]);
		CHECK(e.code == ERR_DATA && e.msg[0], "'%s' message", bad[i]);
	}
}

static void out_of_range(void)
{
	struct err e = {0};
	struct cal_period p = {12, CAL_YEARS, NULL};
	cal_day out;

	CHECK(cal_add(D(9995, 1, 1), p, 1, CAL_CORRESPONDING, &out, NULL, &e) < 0, "past 9999");
	CHECK(e.code == ERR_DATA, "code");
}

/*
 * The reference: a date as (y, m, d); add months by counting months one at
 * a time; clamp with a month-length table.  No day numbers, no division
 * tricks: slow and obviously right.
 */
static int ref_leap(int y)
{
	if (y % 400 == 0)
		return 1;
	if (y % 100 == 0)
		return 0;
	return y % 4 == 0;
}

static void ref_add_months(int *y, int *m, int *d, int n)
{
	static const int len[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int i, last;

	for (i = 0; i < n; i++) {
		(*m)++;
		if (*m == 13) {
			*m = 1;
			(*y)++;
		}
	}
	last = len[*m] + (*m == 2 && ref_leap(*y));
	if (*d > last)
		*d = last;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static uint64_t rng(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

static void property_months_vs_reference(void)
{
	static const int len[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	long i, bad = 0;
	const long N = 1000000;

	for (i = 0; i < N && bad < 5; i++) {
		int y = 1800 + (int)(rng() % 400), m = 1 + (int)(rng() % 12);
		int last = len[m] + (m == 2 && ref_leap(y));
		/* Bias towards month ends, where the rule matters. */
		int d = (rng() % 3 == 0) ? last - (int)(rng() % 3) : 1 + (int)(rng() % (uint64_t)last);
		int n = (int)(rng() % 240);
		int ry = y, rm = m, rd = d;
		struct cal_ymd got;

		ref_add_months(&ry, &rm, &rd, n);
		got = cal_to_ymd(cal_add_months(cal_from_ymd(y, m, d), n, NULL));
		if (got.y != ry || got.m != rm || got.d != rd) {
			CHECK(0, "%04d-%02d-%02d + %d months: engine %04d-%02d-%02d, reference "
				 "%04d-%02d-%02d",
			      y, m, d, n, got.y, got.m, got.d, ry, rm, rd);
			bad++;
		}
	}
	CHECK(i == N, "ran %ld of %ld pairs", i, N);
}

int main(void)
{
	T_BEGIN("cal_period");
	RUN(issue_examples);
	RUN(day_before);
	RUN(multiples_do_not_chain);
	RUN(words);
	RUN(words_bad);
	RUN(out_of_range);
	RUN(property_months_vs_reference);
	return T_END();
}
