/*
 * date.c: conversions between civil dates and day numbers, ISO 8601
 * parsing and formatting, month names.  The day-number conversion is
 * Howard Hinnant's days_from_civil/civil_from_days, which works in 400-year
 * eras and needs no tables; tests/unit/test_cal_date.c checks it day by day
 * against a counter over three centuries.
 */
#include "../base/compat.h"

#include "date.h"

bool cal_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int cal_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && cal_is_leap(y))
		return 29;
	return dim[m - 1];
}

bool cal_valid(int y, int m, int d)
{
	return y >= CAL_YEAR_MIN && y <= CAL_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
	       d <= cal_days_in_month(y, m);
}

cal_day cal_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (cal_day)(era * 146097 + doe - 719468);
}

struct cal_ymd cal_to_ymd(cal_day day)
{
	struct cal_ymd r;
	int z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;

	r.d = doy - (153 * mp + 2) / 5 + 1;
	r.m = mp < 10 ? mp + 3 : mp - 9;
	r.y = yoe + era * 400 + (r.m <= 2);
	return r;
}

enum cal_weekday cal_weekday(cal_day day)
{
	/* 1970-01-01 was a Thursday. */
	int w = (int)((day % 7 + 7 + CAL_THU) % 7);
	return (enum cal_weekday)w;
}

cal_day cal_month_first(int y, int m)
{
	return cal_from_ymd(y, m, 1);
}

cal_day cal_month_last(int y, int m)
{
	return cal_from_ymd(y, m, cal_days_in_month(y, m));
}

cal_day cal_min_day(void)
{
	return cal_from_ymd(CAL_YEAR_MIN, 1, 1);
}

cal_day cal_max_day(void)
{
	return cal_from_ymd(CAL_YEAR_MAX, 12, 31);
}

static const char *const month_names[12] = {
	"January", "February", "March",     "April",   "May",      "June",
	"July",    "August",   "September", "October", "November", "December",
};

const char *cal_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "?";
}

int cal_month_from_name(struct strv w)
{
	int m;

	if (w.n == 4 && strv_eq_ci(w, "sept"))
		return 9;
	for (m = 0; m < 12; m++) {
		size_t full = strlen(month_names[m]);
		if (w.n == full && strv_eq_ci(w, month_names[m]))
			return m + 1;
		if (w.n == 3 && strv_eq_ci(w, (char[4]){month_names[m][0], month_names[m][1],
							month_names[m][2], 0}))
			return m + 1;
	}
	return 0;
}

const char *cal_weekday_name(enum cal_weekday w)
{
	static const char *const names[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
					     "Friday", "Saturday", "Sunday"};
	return names[w];
}


int cal_parse_iso(struct strv s, cal_day *out, struct err *e)
{
	struct strv v = s;
	int y, m, d;
	char q[96];

	strv_quote(s, q, sizeof(q));
	if (v.n != 10 || v.p[4] != '-' || v.p[7] != '-')
		return err_set(e, ERR_DATA, "cannot parse date '%s': expected YYYY-MM-DD", q);
	if (!strv_eat_uint(&v, 4, &y) || v.p != s.p + 4)
		return err_set(e, ERR_DATA, "cannot parse date '%s': bad year", q);
	v.p++, v.n--;
	if (!strv_eat_uint(&v, 2, &m) || v.p != s.p + 7)
		return err_set(e, ERR_DATA, "cannot parse date '%s': bad month", q);
	v.p++, v.n--;
	if (!strv_eat_uint(&v, 2, &d) || v.n != 0)
		return err_set(e, ERR_DATA, "cannot parse date '%s': bad day", q);
	if (y < CAL_YEAR_MIN)
		return err_set(e, ERR_DATA, "bad date '%s': year 0000 does not exist", q);
	if (m < 1 || m > 12)
		return err_set(e, ERR_DATA, "bad date '%s': there is no month %02d", q, m);
	if (d < 1 || d > cal_days_in_month(y, m))
		return err_set(e, ERR_DATA, "bad date '%s': there is no %d %s in %04d", q, d,
			       cal_month_name(m), y);
	*out = cal_from_ymd(y, m, d);
	return 0;
}

char *cal_format_iso(cal_day day, char *buf)
{
	struct cal_ymd t = cal_to_ymd(day);
	int y = t.y < 0 ? 0 : t.y % 10000;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + t.m / 10);
	buf[6] = (char)('0' + t.m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + t.d / 10);
	buf[9] = (char)('0' + t.d % 10);
	buf[10] = '\0';
	return buf;
}

char *cal_format_long(cal_day day, char *buf, size_t n)
{
	struct cal_ymd t = cal_to_ymd(day);

	snprintf(buf, n, "%d %s %04d", t.d, cal_month_name(t.m), t.y);
	return buf;
}
