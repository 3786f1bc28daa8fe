/*
 * test_rules_schedule.c: occurrences of the example instruments' duties,
 * worked out by hand: Kirklees 2018 direction 7.g (six-monthly reviews,
 * revoked 13 January 2020), 7.e (a deadline), Stoke-on-Trent 7.e.b
 * (3-monthly reviews from 31 October 2019), the improvement notice's
 * "in May 2020" window.
 */
#include "t.h"

#include "rules/schedule.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static struct rules_timing series(cal_day anchor, int n, enum cal_unit u)
{
	struct rules_timing t;

	memset(&t, 0, sizeof(t));
	t.kind = RULES_T_SERIES;
	t.series.anchor = anchor;
	t.series.every.n = n;
	t.series.every.unit = u;
	return t;
}

static void kirklees_reviews_stop_at_revocation(void)
{
	struct rules_timing t = series(D(2018, 1, 25), 6, CAL_MONTHS);
	struct rules_occ o[16];
	struct err e = {0};
	int n = rules_schedule(&t, true, D(2020, 1, 13), D(2030, 1, 1), o, 16, &e);

	CHECK(n == 3, "three reviews before revocation, got %d (%s)", n, e.msg);
	if (n == 3) {
		CHECK(o[0].due == D(2018, 7, 25) && o[1].due == D(2019, 1, 25) &&
		      o[2].due == D(2019, 7, 25), "dates");
		CHECK_STR(o[1].derivation,
			  "2018-01-25 + 2 × 6 calendar months = 2019-01-25 (corresponding date)");
	}
}

static void revoked_on_an_occurrence_day(void)
{
	/* Revoked on the day a review would fall: that review does not happen. */
	struct rules_timing t = series(D(2018, 1, 25), 6, CAL_MONTHS);
	struct rules_occ o[16];
	struct err e = {0};

	CHECK(rules_schedule(&t, true, D(2019, 1, 25), D(2030, 1, 1), o, 16, &e) == 1, "one");
}

static void stoke_open_series_to_horizon(void)
{
	struct rules_timing t = series(D(2019, 10, 31), 3, CAL_MONTHS);
	struct rules_occ o[16];
	struct err e = {0};
	int n = rules_schedule(&t, false, 0, D(2021, 1, 31), o, 16, &e);

	CHECK(n == 5, "five up to the horizon (inclusive), got %d", n);
	if (n == 5)
		CHECK(o[0].due == D(2020, 1, 31) && o[1].due == D(2020, 4, 30) &&
		      o[2].due == D(2020, 7, 31) && o[3].due == D(2020, 10, 31) &&
		      o[4].due == D(2021, 1, 31), "dates");
	CHECK(rules_schedule(&t, false, 0, D(2021, 1, 30), o, 16, &e) == 4, "horizon a day earlier");
}

static void deadlines_and_windows(void)
{
	struct rules_timing t;
	struct rules_occ o[2];
	struct err e = {0};

	memset(&t, 0, sizeof(t));
	t.kind = RULES_T_DEADLINE;
	t.due = D(2020, 5, 31);
	t.window_start = D(2020, 5, 1);
	CHECK(rules_schedule(&t, true, D(2020, 3, 1), D(2030, 1, 1), o, 2, &e) == 1,
	      "a deadline is kept after its instrument ends (status: ended)");
	CHECK(o[0].window_start == D(2020, 5, 1) && o[0].due == D(2020, 5, 31), "window");
	t.kind = RULES_T_NONE;
	CHECK(rules_schedule(&t, false, 0, D(2030, 1, 1), o, 2, &e) == 0, "standing: none");
}

static void too_many(void)
{
	struct rules_timing t = series(D(2018, 1, 1), 1, CAL_DAYS);
	struct rules_occ o[4];
	struct err e = {0};

	CHECK(rules_schedule(&t, false, 0, D(2019, 1, 1), o, 4, &e) < 0 && e.code == ERR_DATA,
	      "refused, not truncated silently");
}

int main(void)
{
	T_BEGIN("rules_schedule");
	RUN(kirklees_reviews_stop_at_revocation);
	RUN(revoked_on_an_occurrence_day);
	RUN(stoke_open_series_to_horizon);
	RUN(deadlines_and_windows);
	RUN(too_many);
	return T_END();
}
