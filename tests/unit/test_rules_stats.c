/*
 * test_rules_stats.c: national statistics over three invented councils,
 * counted by hand.
 */
#include "t.h"

#include "rules/stats.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static void three_councils(void)
{
	/* A: inadequate 2019, direction from 2019-05-01 still in force: 245 days to 2019-12-31. */
	struct rules_judgement ja[] = {{D(2019, 3, 1), RULES_GRADE_INADEQUATE, true, NULL}};
	struct rules_instrument ia[] = {{RULES_DIRECTION, D(2019, 5, 1), false, 0, true, false, NULL}};
	/* B: good, never intervened. */
	struct rules_judgement jb[] = {{D(2018, 6, 1), RULES_GRADE_GOOD, false, NULL}};
	/* C: notice for 10 days in January 2019, then lifted; RI. */
	struct rules_judgement jc[] = {{D(2018, 12, 1), RULES_GRADE_REQUIRES_IMPROVEMENT, false, NULL}};
	struct rules_instrument ic[] = {
		{RULES_IMPROVEMENT_NOTICE, D(2019, 1, 1), true, D(2019, 1, 11), false, false, NULL}};
	struct rules_case cases[] = {{ja, 1, ia, 1}, {jb, 1, NULL, 0}, {jc, 1, ic, 1}};
	int32_t scratch[3];
	struct rules_stats s;

	rules_stats_compute(cases, 3, D(2019, 12, 31), scratch, &s);
	CHECK(s.councils == 3, "councils");
	CHECK(s.by_grade[RULES_GRADE_INADEQUATE] == 1 && s.by_grade[RULES_GRADE_GOOD] == 1 &&
	      s.by_grade[RULES_GRADE_REQUIRES_IMPROVEMENT] == 1, "grades");
	CHECK(s.by_stage[RULES_STAGE_DIRECTION_COMMISSIONER] == 1 && s.by_stage[RULES_STAGE_NONE] == 2,
	      "stages");
	CHECK(s.intervened == 2, "two intervened, got %d", s.intervened);
	CHECK(s.days_min == 10 && s.days_max == 245 && s.days_median == 10,
	      "days %d..%d median %d", (int)s.days_min, (int)s.days_max, (int)s.days_median);
}

int main(void)
{
	T_BEGIN("rules_stats");
	RUN(three_councils);
	return T_END();
}
