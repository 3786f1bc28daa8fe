/*
 * test_rules_status.c: compliance status of an occurrence, rule by rule,
 * on the Kirklees partnership agreement (due 2018-04-25) and invented cases.
 */
#include "t.h"

#include "rules/status.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static enum rules_status st(cal_day due, const cal_day *ev, size_t nev, bool ended, cal_day end,
			    cal_day as_of)
{
	struct rules_occurrence o = {false, due, ended, end, ev, nev};
	return rules_status_of(&o, as_of, RULES_DEFAULT_WINDOW);
}

static void kirklees_partnership(void)
{
	cal_day due = D(2018, 4, 25), ev = D(2018, 4, 20), late = D(2018, 5, 10);

	CHECK(st(due, NULL, 0, false, 0, D(2018, 5, 1)) == RULES_OVERDUE, "overdue on 1 May 2018");
	CHECK(st(due, &ev, 1, false, 0, D(2018, 5, 1)) == RULES_MET, "met with evidence of 20 April");
	CHECK(st(due, &late, 1, false, 0, D(2018, 5, 20)) == RULES_MET_LATE, "met late");
	CHECK(st(due, &late, 1, false, 0, D(2018, 5, 1)) == RULES_OVERDUE,
	      "evidence dated after as_of does not count yet");
	CHECK(st(due, NULL, 0, false, 0, D(2018, 4, 11)) == RULES_DUE, "due: 14 days before");
	CHECK(st(due, NULL, 0, false, 0, D(2018, 4, 10)) == RULES_UPCOMING, "upcoming: 15 days before");
	CHECK(st(due, NULL, 0, false, 0, D(2018, 4, 25)) == RULES_DUE, "due on the day");
}

static void ended_instruments(void)
{
	/* A review due 2020-01-25 under a direction revoked on 2020-01-13. */
	cal_day due = D(2020, 1, 25), end = D(2020, 1, 13);

	CHECK(st(due, NULL, 0, true, end, D(2020, 2, 1)) == RULES_ENDED, "ended first");
	CHECK(st(due, NULL, 0, true, end, D(2020, 1, 12)) == RULES_DUE,
	      "the revocation is not known before it happens");
	/* Due before the end and missed: overdue stays overdue. */
	CHECK(st(D(2019, 7, 25), NULL, 0, true, end, D(2020, 2, 1)) == RULES_OVERDUE, "missed");
}

static void standing(void)
{
	struct rules_occurrence o = {true, 0, true, D(2020, 1, 13), NULL, 0};

	CHECK(rules_status_of(&o, D(2019, 1, 1), 14) == RULES_STANDING, "in force");
	CHECK(rules_status_of(&o, D(2020, 1, 13), 14) == RULES_LAPSED, "lapsed on the end date");
	CHECK(!strcmp(rules_status_name(RULES_MET_LATE), "met_late"), "name");
}

static void earliest_evidence_counts(void)
{
	cal_day ev[] = {D(2018, 6, 1), D(2018, 4, 1), D(2018, 5, 1)};
	struct rules_occurrence o = {false, D(2018, 4, 25), false, 0, ev, 3};
	cal_day when;

	CHECK(rules_met_on(&o, D(2018, 7, 1), &when) == 0 && when == D(2018, 4, 1), "earliest");
	CHECK(rules_status_of(&o, D(2018, 7, 1), 14) == RULES_MET, "met");
}

int main(void)
{
	T_BEGIN("rules_status");
	RUN(kirklees_partnership);
	RUN(ended_instruments);
	RUN(standing);
	RUN(earliest_evidence_counts);
	return T_END();
}
