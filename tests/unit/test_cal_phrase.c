/*
 * test_cal_phrase.c: dates and deadlines written in words, as the example
 * instruments and others write them.  Expected dates read by hand.
 */
#include "t.h"

#include "cal/phrase.h"

static void date_text(const char *s, const char *want)
{
	struct err e = {0};
	cal_day d = 0;
	char buf[CAL_DATE_LEN];

	CHECK(cal_parse_date_text(strv_of(s), &d, &e) == 0, "'%s': %s", s, e.msg);
	CHECK_STR(cal_format_iso(d, buf), want);
}

static void dates(void)
{
	date_text("25th January 2018", "2018-01-25");
	date_text("25 January 2018", "2018-01-25");
	date_text("1st July 2020", "2020-07-01");
	date_text("2nd June 2022", "2022-06-02");
	date_text("3rd March 2019", "2019-03-03");
	date_text("31.10.2019", "2019-10-31");
	date_text("31/10/2019", "2019-10-31");
	date_text("05/08/2019", "2019-08-05");
	date_text("2019-10-31", "2019-10-31");
	date_text("January 25, 2018", "2018-01-25");
	date_text("25 Jan 2018", "2018-01-25");
	date_text("25 Sept. 2017", "2017-09-25");
	date_text("4th day of March 2019", "2019-03-04");
	date_text("  13 January 2020 ", "2020-01-13");
}

static void dates_bad(void)
{
	static const char *const bad[] = {
		"31 February 2019", "31.02.2019", "32 January 2018", "January 2018", "25th Janvier 2018",
		"25/13/2019",       "25 January 18", "", "25th", "2019-02-29", "29 February 2019",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		struct err e = {0};
		cal_day d;
		CHECK(cal_parse_date_text(strv_of(bad[i]), &d, &e) < 0, "'%s' accepted", bad[i]);
		CHECK(e.code == ERR_DATA, "'%s' code", bad[i]);
	}
}

static void when(const char *s, enum cal_when_rule rule, const char *start, const char *due)
{
	struct err e = {0};
	struct cal_when w;
	char a[CAL_DATE_LEN], b[CAL_DATE_LEN];

	CHECK(cal_parse_when(strv_of(s), &w, NULL, &e) == 0, "'%s': %s", s, e.msg);
	CHECK(w.rule == rule, "'%s' rule %s", s, cal_when_rule_name(w.rule));
	CHECK_STR(cal_format_iso(w.start, a), start);
	CHECK_STR(cal_format_iso(w.due, b), due);
}

static void deadlines(void)
{
	when("by the 31 January 2020", CAL_WHEN_BY, "2020-01-31", "2020-01-31");
	when("by no later than 28 February 2019", CAL_WHEN_BY, "2019-02-28", "2019-02-28");
	when("by June 2019", CAL_WHEN_BY, "2019-06-30", "2019-06-30");
	when("by February 2020", CAL_WHEN_BY, "2020-02-29", "2020-02-29");
	when("in May 2020", CAL_WHEN_IN_MONTH, "2020-05-01", "2020-05-31");
	when("end of June 2020", CAL_WHEN_END_OF, "2020-06-30", "2020-06-30");
	when("by the end of June 2020", CAL_WHEN_END_OF, "2020-06-30", "2020-06-30");
	when("the end of September 2017", CAL_WHEN_END_OF, "2017-09-30", "2017-09-30");
	when("on 25 January 2018", CAL_WHEN_ON, "2018-01-25", "2018-01-25");
	when("May 2020", CAL_WHEN_IN_MONTH, "2020-05-01", "2020-05-31");
}

static void deadlines_bad(void)
{
	static const char *const bad[] = {"by", "by June", "in 2020", "end of Junuary 2020", "soon",
					  "by 30 February 2020"};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		struct err e = {0};
		struct cal_when w;
		CHECK(cal_parse_when(strv_of(bad[i]), &w, NULL, &e) < 0, "'%s' accepted", bad[i]);
	}
}

int main(void)
{
	T_BEGIN("cal_phrase");
	RUN(dates);
	RUN(dates_bad);
	RUN(deadlines);
	RUN(deadlines_bad);
	return T_END();
}
