/*
 * test_rules_stage.c: the intervention stage engine, rule by rule, and the
 * Kirklees path read from the instruments: first direction with a
 * commissioner (25 November 2016), second direction ordering a partnership
 * with Leeds (25 January 2018), improvement notice after requires
 * improvement (judgement published 5 August 2019, notice 13 January 2020),
 * then good (28 August 2024).
 */
#include "t.h"

#include "rules/stage.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static struct rules_judgement kj[3];
static struct rules_instrument ki[3];
static struct rules_case kirklees;

static void setup_kirklees(void)
{
	kj[0] = (struct rules_judgement){D(2016, 11, 25), RULES_GRADE_INADEQUATE, true, "ofsted 2016"};
	kj[1] = (struct rules_judgement){D(2019, 8, 5), RULES_GRADE_REQUIRES_IMPROVEMENT, false,
					 "ofsted 2019"};
	kj[2] = (struct rules_judgement){D(2024, 8, 28), RULES_GRADE_GOOD, false, "ofsted 2024"};
	ki[0] = (struct rules_instrument){RULES_DIRECTION, D(2016, 11, 25), true, D(2018, 1, 25),
					  true, false, "first direction"};
	ki[1] = (struct rules_instrument){RULES_DIRECTION, D(2018, 1, 25), true, D(2020, 1, 13),
					  true, true, "direction 2018"};
	ki[2] = (struct rules_instrument){RULES_IMPROVEMENT_NOTICE, D(2020, 1, 13), false, 0,
					  false, false, "notice 2020"};
	kirklees = (struct rules_case){kj, 3, ki, 3};
}

static void kirklees_path(void)
{
	struct rules_span s[8];
	int n;

	setup_kirklees();
	CHECK(rules_stage_on(&kirklees, D(2016, 11, 24), NULL) == RULES_STAGE_NONE, "before");
	CHECK(rules_stage_on(&kirklees, D(2017, 6, 30), NULL) == RULES_STAGE_DIRECTION_COMMISSIONER,
	      "2017: direction with commissioner");
	CHECK(rules_stage_on(&kirklees, D(2019, 6, 1), NULL) == RULES_STAGE_ALTERNATIVE_DELIVERY,
	      "2019: partnership with Leeds");
	CHECK(rules_stage_on(&kirklees, D(2020, 2, 1), NULL) == RULES_STAGE_IMPROVEMENT_NOTICE,
	      "2020: notice");
	n = rules_stage_history(&kirklees, s, 8);
	CHECK(n == 3, "three spans, got %d", n);
	if (n == 3) {
		CHECK(s[0].stage == RULES_STAGE_DIRECTION_COMMISSIONER && s[0].from == D(2016, 11, 25) &&
		      s[0].to == D(2018, 1, 25), "span 1");
		CHECK(s[1].stage == RULES_STAGE_ALTERNATIVE_DELIVERY && s[1].to == D(2020, 1, 13),
		      "span 2");
		CHECK(s[2].stage == RULES_STAGE_IMPROVEMENT_NOTICE && s[2].open, "span 3 open");
	}
}

static const char *policy_id(const struct rules_case *c, cal_day d)
{
	int row = rules_policy_on(c, d);
	return row < 0 ? "-" : rules_policy_table[row].id;
}

static void kirklees_policy(void)
{
	setup_kirklees();
	CHECK_STR(policy_id(&kirklees, D(2016, 11, 1)), "-");
	CHECK_STR(policy_id(&kirklees, D(2017, 1, 1)), "systemic");
	CHECK_STR(policy_id(&kirklees, D(2019, 9, 1)), "step_down");
	CHECK_STR(policy_id(&kirklees, D(2024, 9, 1)), "good");
}

static void rule_persistent(void)
{
	struct rules_judgement j[] = {
		{D(2015, 3, 1), RULES_GRADE_INADEQUATE, false, NULL},
		{D(2017, 3, 1), RULES_GRADE_REQUIRES_IMPROVEMENT, false, NULL},
		{D(2019, 12, 1), RULES_GRADE_INADEQUATE, false, NULL},
	};
	struct rules_case c = {j, 3, NULL, 0};

	CHECK_STR(policy_id(&c, D(2020, 1, 1)), "persistent");
	j[0].date = D(2014, 11, 30); /* more than five years before */
	CHECK_STR(policy_id(&c, D(2020, 1, 1)), "inadequate");
}

static void rule_requires_improvement_alone(void)
{
	struct rules_judgement j[] = {{D(2019, 3, 1), RULES_GRADE_REQUIRES_IMPROVEMENT, false, NULL}};
	struct rules_case c = {j, 1, NULL, 0};
	struct rules_finding f[4];

	CHECK_STR(policy_id(&c, D(2020, 1, 1)), "requires_improvement");
	CHECK(rules_check_case(&c, D(2021, 1, 1), f, 4) == 0, "no departure");
}

static void check_no_instrument(void)
{
	struct rules_judgement j[] = {{D(2019, 3, 18), RULES_GRADE_INADEQUATE, true, "ofsted"}};
	struct rules_instrument in[] = {
		{RULES_DIRECTION, D(2019, 5, 16), false, 0, true, false, "first direction"}};
	struct rules_case c = {j, 1, NULL, 0};
	struct rules_finding f[4];
	int n;

	CHECK(rules_check_case(&c, D(2019, 6, 17), f, 4) == 0, "within three months: no finding");
	n = rules_check_case(&c, D(2019, 6, 18), f, 4);
	CHECK(n == 1 && !strcmp(f[0].kind, "no_instrument"), "three months on: no_instrument");
	c.instruments = in;
	c.ninstruments = 1;
	CHECK(rules_check_case(&c, D(2019, 7, 1), f, 4) == 0, "direction with commissioner: fine");
	in[0].commissioner = false;
	n = rules_check_case(&c, D(2019, 7, 1), f, 4);
	CHECK(n == 1 && !strcmp(f[0].kind, "below_policy"), "systemic needs a commissioner");
}

static void check_direction_after_good(void)
{
	struct rules_judgement j[] = {{D(2020, 1, 1), RULES_GRADE_GOOD, false, "ofsted"}};
	struct rules_instrument in[] = {
		{RULES_DIRECTION, D(2017, 5, 1), false, 0, false, false, "old direction"}};
	struct rules_case c = {j, 1, in, 1};
	struct rules_finding f[4];
	int n;

	CHECK(rules_check_case(&c, D(2020, 3, 31), f, 4) == 0, "grace period");
	n = rules_check_case(&c, D(2020, 4, 1), f, 4);
	CHECK(n == 1 && !strcmp(f[0].kind, "direction_after_good"), "flagged");
	CHECK(n == 1 && f[0].source && !strcmp(f[0].source, "old direction"), "names the direction");
}

static void kirklees_checks(void)
{
	struct rules_finding f[4];
	int n;

	setup_kirklees();
	CHECK(rules_check_case(&kirklees, D(2019, 6, 1), f, 4) == 0, "2019: as the rules expect");
	CHECK(rules_check_case(&kirklees, D(2020, 1, 12), f, 4) == 0,
	      "direction 5 months after RI: within the six months' grace");
	CHECK(rules_check_case(&kirklees, D(2020, 2, 1), f, 4) == 0, "2020: notice, as expected");
	n = rules_check_case(&kirklees, D(2025, 1, 1), f, 4);
	CHECK(n == 1 && !strcmp(f[0].kind, "notice_after_good"), "notice not lifted after good");
}

static void days_in_intervention(void)
{
	setup_kirklees();
	CHECK(rules_days_in_intervention(&kirklees, D(2016, 1, 1), D(2017, 1, 1)) == 37,
	      "25 Nov to 31 Dec 2016 is 37 days, got %d",
	      (int)rules_days_in_intervention(&kirklees, D(2016, 1, 1), D(2017, 1, 1)));
}

static void grades(void)
{
	CHECK(rules_grade_parse("requires improvement to be good") == RULES_GRADE_REQUIRES_IMPROVEMENT,
	      "long form");
	CHECK(rules_grade_parse("Requires_Improvement") == RULES_GRADE_REQUIRES_IMPROVEMENT, "snake");
	CHECK(rules_grade_parse("inspection_pre_dates_judgement") == RULES_GRADE_UNKNOWN, "marker");
	CHECK(rules_grade_parse("Inadequate") == RULES_GRADE_INADEQUATE, "case");
}

int main(void)
{
	T_BEGIN("rules_stage");
	RUN(kirklees_path);
	RUN(kirklees_policy);
	RUN(rule_persistent);
	RUN(rule_requires_improvement_alone);
	RUN(check_no_instrument);
	RUN(check_direction_after_good);
	RUN(kirklees_checks);
	RUN(days_in_intervention);
	RUN(grades);
	return T_END();
}
