/*
 * date.h: civil dates as integer day numbers.
 *
 * A date is an int32_t counting days from 1970-01-01 (day 0) in the
 * proleptic Gregorian calendar, so "days between" is a subtraction and a
 * date is a plain value.  Years 1 to 9999 are supported; parsing refuses
 * anything outside that range, so arithmetic on a parsed date cannot
 * overflow.  No function here reads the clock: "today" is always passed in.
 */
#ifndef OVERSIGHT_CAL_DATE_H
#define OVERSIGHT_CAL_DATE_H

#include "../base/compat.h"
#include "../base/err.h"
#include "../base/str.h"

typedef int32_t cal_day;

#define CAL_YEAR_MIN 1
#define CAL_YEAR_MAX 9999
#define CAL_DATE_LEN 11 /* "YYYY-MM-DD" and NUL */

struct cal_ymd {
	int y, m, d; /* m 1..12, d 1..31 */
};

enum cal_weekday { CAL_MON = 0, CAL_TUE, CAL_WED, CAL_THU, CAL_FRI, CAL_SAT, CAL_SUN };

bool cal_is_leap(int y);
/* Days in month m (1..12) of year y. */
int cal_days_in_month(int y, int m);
/* Is (y, m, d) a real date in the supported range? */
bool cal_valid(int y, int m, int d);

/* (y, m, d) to a day number.  The caller ensures cal_valid(). */
cal_day cal_from_ymd(int y, int m, int d);
struct cal_ymd cal_to_ymd(cal_day day);
enum cal_weekday cal_weekday(cal_day day);
/* b - a: positive when b is later. */
static inline int32_t cal_days_between(cal_day a, cal_day b) { return b - a; }

/* The first and last day of a month. */
cal_day cal_month_first(int y, int m);
cal_day cal_month_last(int y, int m);

/* First and last day number of the supported range. */
cal_day cal_min_day(void);
cal_day cal_max_day(void);

/*
 * Parse an ISO 8601 calendar date "YYYY-MM-DD" (exactly that form, the
 * whole view).  On failure returns -1 with ERR_DATA and a message quoting
 * the input and saying what is wrong ("no 30 February in 2019").
 */
int cal_parse_iso(struct strv s, cal_day *out, struct err *e);

/* Format as "YYYY-MM-DD" into buf (at least CAL_DATE_LEN bytes); returns buf. */
char *cal_format_iso(cal_day day, char *buf);
/* Format as "25 January 2018" into buf of size n; returns buf. */
char *cal_format_long(cal_day day, char *buf, size_t n);

/* English month name (1..12), and its lookup ("jan", "January", "Sept"). */
const char *cal_month_name(int m);
/* Returns 1..12, or 0 if the word is not a month name or abbreviation. */
int cal_month_from_name(struct strv word);
const char *cal_weekday_name(enum cal_weekday w);

#endif
