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
 * first date or month ends, and series that run past the calendar's last year. */
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
				for (v = 0; v < 3; v++) {
					struct cal_recur r = rule(d, every[k].n, every[k].unit);
					cal_day occ[24], first = 0, s1, s2;
					char a[160] = "", c[160] = "";
					int n, m;
					r.count = 24;
					r.has_first = v == 1;
					r.first = d + 3;
					r.month_end = v == 2 && every[k].unit >= CAL_MONTHS;
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
	RUN(needs_an_end);
	RUN(bounded);
	RUN(rrule_choice);
	RUN(count_ends_as_expansion);
	return T_END();
}
