/*
 * period.h: periods of time as the law counts them, and adding them to
 * dates with a derivation a person can check.
 *
 * A period is a count of one unit: days, weeks, calendar months, years or
 * working days.  Months and years follow the corresponding-date rule
 * (Dodds v Walker [1981] 1 WLR 1027, HL): the day of the event is excluded
 * and the period ends on the same-numbered day of the later month, or on
 * that month's last day where there is no such day.  A second convention,
 * CAL_DAY_BEFORE, ends the period on the day before the corresponding date
 * ("a period of three months beginning with the date of ..."), or on the
 * month's last day where there is no corresponding date.
 *
 * Periods are parsed from ISO 8601 durations ("P3M", "P6W", "P1Y6M") and
 * from the words instruments use ("three calendar months", "6 monthly",
 * "six-weekly", "quarterly", "bi-monthly", "10 working days").
 */
#ifndef OVERSIGHT_CAL_PERIOD_H
#define OVERSIGHT_CAL_PERIOD_H

#include "../base/strbuf.h"
#include "date.h"

enum cal_unit { CAL_DAYS, CAL_WEEKS, CAL_MONTHS, CAL_YEARS, CAL_WORKING_DAYS };
enum cal_convention { CAL_CORRESPONDING, CAL_DAY_BEFORE };

#define CAL_PERIOD_MAX 36600 /* largest count accepted in any unit */

struct cal_period {
	int n; /* 1..CAL_PERIOD_MAX (0 allowed only for days) */
	enum cal_unit unit;
	/* A static note for a person to confirm, or NULL ("bi-monthly" read as
	 * every two months).  Never freed. */
	const char *warning;
};

/*
 * Parse a period from an ISO 8601 duration or English words.  The whole
 * view must be consumed.  On failure: -1, ERR_DATA, a message quoting it
 * (e may be NULL: then only the -1, and no message is made).
 */
int cal_period_parse(struct strv s, struct cal_period *p, struct err *e);

/* "P3M", "P6W", "P10D", "P1Y"; working days have no ISO form and give
 * "10 working days".  Writes into buf of size n; returns buf. */
char *cal_period_format(struct cal_period p, char *buf, size_t n);
/* True if the period has an ISO 8601 form. */
bool cal_period_is_iso(struct cal_period p);
/* "3 calendar months", "1 week", "10 working days". */
char *cal_period_words(struct cal_period p, char *buf, size_t n);

/*
 * Add months to a date by the corresponding-date rule.  *clamped (may be
 * NULL) says the month had no corresponding date and the last day was
 * used.  n may be negative.  The caller keeps the result in range.
 */
cal_day cal_add_months(cal_day d, int n, bool *clamped);

/*
 * from + k x p: the k-th multiple of the period (k >= 0), with the given
 * convention for months and years.  Working days count k*n working days.
 * If derivation is non-NULL, appends one line such as
 *   "2018-01-25 + 3 calendar months = 2018-04-25 (corresponding date)".
 * Fails with ERR_DATA if the result leaves years 1..9999 or, for working
 * days, the years with bank-holiday data.
 */
int cal_add(cal_day from, struct cal_period p, int k, enum cal_convention conv, cal_day *out,
	    struct strbuf *derivation, struct err *e);

/* Parse a convention name: "corresponding" or "day-before". */
int cal_convention_parse(const char *s, enum cal_convention *c, struct err *e);

#endif
