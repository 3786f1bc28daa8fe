/*
 * test_cal_date.c: day numbers, ISO parsing and formatting, weekdays.
 * The conversion is checked day by day against a plain counter that knows
 * nothing but month lengths, from 1600 to 2400.
 */
#include "t.h"

#include "cal/date.h"

/* Month lengths written out independently of the engine. */
static int ref_dim(int y, int m)
{
	if (m == 2)
		return (y % 400 == 0) ? 29 : (y % 100 == 0) ? 28 : (y % 4 == 0) ? 29 : 28;
	return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
}

static void day_by_day_walk(void)
{
	int y = 1600, m = 1, d = 1, bad = 0;
	cal_day n = cal_from_ymd(1600, 1, 1);

	CHECK(cal_from_ymd(1970, 1, 1) == 0, "epoch is day 0");
	while (y < 2400 && bad < 5) {
		struct cal_ymd t = cal_to_ymd(n);
		if (cal_from_ymd(y, m, d) != n || t.y != y || t.m != m || t.d != d) {
			CHECK(0, "day %d is %04d-%02d-%02d", (int)n, y, m, d);
			bad++;
		}
		n++;
		if (++d > ref_dim(y, m)) {
			d = 1;
			if (++m > 12) {
				m = 1;
				y++;
			}
		}
	}
}

static void weekdays(void)
{
	CHECK(cal_weekday(cal_from_ymd(2018, 1, 25)) == CAL_THU, "25 January 2018 was a Thursday");
	CHECK(cal_weekday(cal_from_ymd(2019, 10, 31)) == CAL_THU, "31 October 2019 was a Thursday");
	CHECK(cal_weekday(cal_from_ymd(2020, 1, 13)) == CAL_MON, "13 January 2020 was a Monday");
	CHECK(cal_weekday(cal_from_ymd(1969, 12, 31)) == CAL_WED, "before the epoch");
	CHECK(cal_weekday(cal_from_ymd(2000, 2, 29)) == CAL_TUE, "29 February 2000");
}

static void parse_good(void)
{
	struct err e = {0};
	cal_day d;
	char buf[CAL_DATE_LEN];

	CHECK(cal_parse_iso(strv_of("2018-01-25"), &d, &e) == 0, "%s", e.msg);
	CHECK_STR(cal_format_iso(d, buf), "2018-01-25");
	CHECK(cal_parse_iso(strv_of("2020-02-29"), &d, &e) == 0, "leap day");
	CHECK(cal_parse_iso(strv_of("0001-01-01"), &d, &e) == 0 && d == cal_min_day(), "year 1");
	CHECK(cal_parse_iso(strv_of("9999-12-31"), &d, &e) == 0 && d == cal_max_day(), "year 9999");
	CHECK_STR(cal_format_iso(cal_max_day(), buf), "9999-12-31");
}

static void parse_bad(void)
{
	static const char *const bad[] = {
		"2019-02-30", "2019-02-29", "1900-02-29", "2019-13-01", "2019-00-10", "2019-01-00",
		"2019-1-01",  "19-01-01",   "2019/01/01", "2019-01-011", "", "2019-01-0x",
		"0000-01-01", "+019-01-01", "2019-01--1", " 2019-01-01",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		struct err e = {0};
		cal_day d = 12345;
		CHECK(cal_parse_iso(strv_of(bad[i]), &d, &e) < 0, "'%s' accepted", bad[i]);
		CHECK(e.code == ERR_DATA, "'%s' gives code %d", bad[i], e.code);
		CHECK(d == 12345, "'%s' wrote the output", bad[i]);
	}
	{
		struct err e = {0};
		cal_day d;
		cal_parse_iso(strv_of("2019-02-30"), &d, &e);
		CHECK_STR(e.msg, "bad date '2019-02-30': there is no 30 February in 2019");
	}
}

static void month_names(void)
{
	CHECK(cal_month_from_name(strv_of("January")) == 1, "January");
	CHECK(cal_month_from_name(strv_of("sept")) == 9, "sept");
	CHECK(cal_month_from_name(strv_of("SEP")) == 9, "SEP");
	CHECK(cal_month_from_name(strv_of("Decembe")) == 0, "Decembe");
	CHECK(cal_month_from_name(strv_of("may")) == 5, "may");
	CHECK(cal_month_last(2020, 2) - cal_month_first(2020, 2) == 28, "February 2020");
}

int main(void)
{
	T_BEGIN("cal_date");
	RUN(day_by_day_walk);
	RUN(weekdays);
	RUN(parse_good);
	RUN(parse_bad);
	RUN(month_names);
	return T_END();
}
