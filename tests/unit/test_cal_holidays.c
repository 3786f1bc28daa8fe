/*
 * test_cal_holidays.c: the shipped bank-holiday table and working-day
 * arithmetic.  The table is checked two ways: against dates read off the
 * published lists by hand, and against the statutory pattern (New Year,
 * Easter from the Gregorian computus, the May and August Mondays, Christmas
 * with substitute days) plus the known one-off changes, computed here.
 */
#include "t.h"

#include "cal/holidays.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static void known_dates(void)
{
	/* Read from the published lists. */
	CHECK(cal_bank_holiday(D(2019, 4, 19)) != NULL, "Good Friday 2019");
	CHECK(cal_bank_holiday(D(2019, 4, 22)) != NULL, "Easter Monday 2019");
	CHECK(cal_bank_holiday(D(2020, 5, 8)) != NULL, "VE day 2020 (moved early May)");
	CHECK(cal_bank_holiday(D(2020, 5, 4)) == NULL, "4 May 2020 was not a holiday");
	CHECK(cal_bank_holiday(D(2020, 12, 28)) != NULL, "Boxing Day 2020 substitute");
	CHECK(cal_bank_holiday(D(2012, 6, 4)) && cal_bank_holiday(D(2012, 6, 5)), "2012 jubilee");
	CHECK(cal_bank_holiday(D(2012, 5, 28)) == NULL, "no late May holiday in 2012");
	CHECK(cal_bank_holiday(D(2022, 6, 2)) && cal_bank_holiday(D(2022, 6, 3)), "2022 jubilee");
	CHECK(cal_bank_holiday(D(2022, 9, 19)) != NULL, "state funeral 2022");
	CHECK(cal_bank_holiday(D(2023, 5, 8)) != NULL, "coronation 2023");
	CHECK(cal_bank_holiday(D(2011, 4, 29)) != NULL, "royal wedding 2011");
	CHECK(cal_bank_holiday(D(2017, 1, 2)) != NULL, "New Year 2017 substitute");
	CHECK(cal_bank_holiday(D(2021, 12, 27)) && cal_bank_holiday(D(2021, 12, 28)), "2021 Xmas");
	CHECK(cal_bank_holiday(D(2016, 12, 26)) && cal_bank_holiday(D(2016, 12, 27)), "2016 Xmas");
	CHECK(cal_bank_holiday(D(2018, 3, 30)) && cal_bank_holiday(D(2018, 4, 2)), "Easter 2018");
	CHECK(!cal_is_working_day(D(2018, 1, 27)), "a Saturday");
	CHECK(cal_is_working_day(D(2018, 1, 25)), "a Thursday");
}

static cal_day easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
	int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	return D(y, month, day);
}

static cal_day first_monday(int y, int m)
{
	cal_day d = D(y, m, 1);
	while (cal_weekday(d) != CAL_MON)
		d++;
	return d;
}

static cal_day last_monday(int y, int m)
{
	cal_day d = cal_month_last(y, m);
	while (cal_weekday(d) != CAL_MON)
		d--;
	return d;
}

static int cmp_day(const void *a, const void *b)
{
	cal_day x = *(const cal_day *)a, y = *(const cal_day *)b;
	return (x > y) - (x < y);
}

static void table_matches_pattern(void)
{
	cal_day want[400];
	size_t n = 0, i;
	int y;

	for (y = CAL_HOLIDAY_YEAR_FIRST; y <= CAL_HOLIDAY_YEAR_LAST; y++) {
		cal_day nyd = D(y, 1, 1), xmas = D(y, 12, 25);
		enum cal_weekday w = cal_weekday(nyd);
		want[n++] = w == CAL_SAT ? nyd + 2 : w == CAL_SUN ? nyd + 1 : nyd;
		want[n++] = easter(y) - 2;
		want[n++] = easter(y) + 1;
		want[n++] = y == 2020 ? D(2020, 5, 8) : first_monday(y, 5);
		if (y == 2012) {
			want[n++] = D(2012, 6, 4);
			want[n++] = D(2012, 6, 5);
		} else if (y == 2022) {
			want[n++] = D(2022, 6, 2);
			want[n++] = D(2022, 6, 3);
		} else {
			want[n++] = last_monday(y, 5);
		}
		want[n++] = last_monday(y, 8);
		switch (cal_weekday(xmas)) {
		case CAL_FRI: want[n++] = xmas; want[n++] = xmas + 3; break;
		case CAL_SAT: want[n++] = xmas + 2; want[n++] = xmas + 3; break;
		case CAL_SUN: want[n++] = xmas + 1; want[n++] = xmas + 2; break;
		default: want[n++] = xmas; want[n++] = xmas + 1; break;
		}
		if (y == 2011)
			want[n++] = D(2011, 4, 29);
		if (y == 2022)
			want[n++] = D(2022, 9, 19);
		if (y == 2023)
			want[n++] = D(2023, 5, 8);
	}
	qsort(want, n, sizeof(want[0]), cmp_day);
	CHECK(n == cal_holiday_count(), "pattern gives %zu holidays, table has %zu", n,
	      cal_holiday_count());
	for (i = 0; i < n && i < cal_holiday_count(); i++) {
		char a[CAL_DATE_LEN], b[CAL_DATE_LEN];
		cal_day got = cal_holiday_at(i, NULL);
		CHECK(got == want[i], "holiday %zu: table %s, pattern %s", i, cal_format_iso(got, a),
		      cal_format_iso(want[i], b));
		if (got != want[i])
			break;
	}
}

static void add_wd(int y, int m, int d, int n, int wy, int wm, int wd)
{
	struct err e = {0};
	cal_day out = 0;
	char a[CAL_DATE_LEN];

	CHECK(cal_add_working_days(D(y, m, d), n, &out, NULL, &e) == 0, "%s", e.msg);
	CHECK(out == D(wy, wm, wd), "%04d-%02d-%02d + %d working days gave %s", y, m, d, n,
	      cal_format_iso(out, a));
}

static void working_days(void)
{
	/* Worked by hand on a calendar. */
	/* Across Christmas 2019: Fri 20 Dec; 25, 26 Dec and 1 Jan are holidays. */
	add_wd(2019, 12, 20, 10, 2020, 1, 8);
	add_wd(2019, 12, 24, 1, 2019, 12, 27);
	/* Christmas 2020: Fri 25, Mon 28 (Boxing Day substitute). */
	add_wd(2020, 12, 24, 1, 2020, 12, 29);
	/* Easter 2019: Good Friday 19 April, Easter Monday 22 April. */
	add_wd(2019, 4, 18, 1, 2019, 4, 23);
	add_wd(2019, 4, 15, 5, 2019, 4, 24);
	/* A plain week: Thursday + 5 working days = next Thursday. */
	add_wd(2018, 1, 25, 5, 2018, 2, 1);
	/* From a Saturday. */
	add_wd(2018, 1, 27, 1, 2018, 1, 29);
	add_wd(2018, 1, 27, 0, 2018, 1, 27);
}

static void working_days_bounds(void)
{
	struct err e = {0};
	cal_day out;

	CHECK(cal_add_working_days(D(2030, 12, 20), 10, &out, NULL, &e) < 0, "past 2030");
	CHECK(e.code == ERR_DATA, "code %d", e.code);
	err_clear(&e);
	CHECK(cal_add_working_days(D(2018, 1, 1), -1, &out, NULL, &e) < 0, "negative");
}

int main(void)
{
	T_BEGIN("cal_holidays");
	RUN(known_dates);
	RUN(table_matches_pattern);
	RUN(working_days);
	RUN(working_days_bounds);
	return T_END();
}
