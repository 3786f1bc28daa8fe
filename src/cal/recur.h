/*
 * recur.h: recurrences, the series of dates a recurring duty falls on.
 *
 * A series has an anchor, an interval and an end.  Occurrence k is always
 * computed from the anchor, anchor + k x interval, never from the previous
 * occurrence: chaining drifts (31 Jan, 30 Apr, 30 Jul instead of 31 Jul).
 *
 *   without `first`: occurrences are anchor + k x interval for k = 1, 2, ...
 *       ("reviews at 6 monthly intervals from the date of this direction":
 *       the direction's date is not itself a review);
 *   with `first`:    occurrences are first + k x interval for k = 0, 1, ...
 *       ("within 3 months of appointment and thereafter every 3 months");
 *   with `month_end`: each of those moved to the last day of its month;
 *   with a day rule (`day`): base + k x interval gives only the month, and the
 *       rule the day in it ("the first Monday of every month", "the last
 *       working day of each quarter"), reckoned afresh for each k.
 *
 * A series ends at `until` (inclusive, as RFC 5545 UNTIL) or after `count`
 * occurrences, whichever comes first; at least one must be set.  Every
 * expansion is bounded by CAL_RECUR_MAX occurrences, so no rule can hang.
 */
#ifndef OVERSIGHT_CAL_RECUR_H
#define OVERSIGHT_CAL_RECUR_H

#include "period.h"

#define CAL_RECUR_MAX 100000

/*
 * A day rule: which day of a month an occurrence falls on when the words fix
 * the day, not the interval.  The n-th (1..4) or last (-1) weekday wd of the
 * month ("1MO", "-1FR"), or its n-th (1..CAL_DAYRULE_WD_MAX) or last working day
 * ("1WD", "10WD", "-1WD": Monday to Friday, not a bank holiday in England and
 * Wales, so only in the years holidays.h covers; "10 working days after the end
 * of each quarter" is the 10th working day of the month after it).  A month
 * without its n-th working day has no occurrence: cal_dayrule_in_month() fails.
 * A zeroed rule (CAL_DAY_NONE) is no rule.
 */
enum cal_day_kind { CAL_DAY_NONE = 0, CAL_DAY_WEEKDAY, CAL_DAY_WORKING };

struct cal_dayrule {
	enum cal_day_kind kind;
	int nth;             /* 1..4, or -1 for the last */
	enum cal_weekday wd; /* CAL_DAY_WEEKDAY only */
};

#define CAL_DAYRULE_LEN    8  /* "-1WD", "23WD" and NUL, with room */
#define CAL_DAYRULE_WD_MAX 23 /* the most working days a month can have */

/* Parse "1MO", "2TU", "-1FR", "1WD", "10WD", "-1WD" (letters in either case; the whole
 * view).  -1 with ERR_DATA and a message quoting it on failure (e may be NULL). */
int cal_dayrule_parse(struct strv s, struct cal_dayrule *r, struct err *e);
/* The rule's code ("1MO", "-1WD") into buf (CAL_DAYRULE_LEN bytes); "" for none. */
char *cal_dayrule_format(struct cal_dayrule r, char *buf, size_t n);
/* The rule in words: "the first Monday", "the last working day". */
char *cal_dayrule_words(struct cal_dayrule r, char *buf, size_t n);
/* The rule's day in month m of year y.  -1 with ERR_DATA for a rule that is not
 * valid, or a working day in a year without bank-holiday data. */
int cal_dayrule_in_month(struct cal_dayrule r, int y, int m, cal_day *out, struct err *e);

struct cal_recur {
	cal_day anchor;
	struct cal_period every;
	enum cal_convention conv;
	bool has_first;
	cal_day first;
	bool has_until;
	cal_day until;
	int count; /* 0: not set */
	/* Every occurrence on the last day of its month ("at the end of each
	 * quarter"): anchor + k x interval, then that month's last day.  Months
	 * and years only.  Without it a series from 30 June runs 30 September,
	 * 30 December (the corresponding date), not 31 December. */
	bool month_end;
	/* The day rule, or none (zeroed).  Months and years only; it overrides
	 * month_end and the convention.  With `first`, first must be the rule's
	 * day of its month. */
	struct cal_dayrule day;
};

/* Check a rule: an end is set, the interval is not zero, first >= anchor; a
 * day rule is valid, its interval is in months or years, and first (if set)
 * is its day. */
int cal_recur_check(const struct cal_recur *r, struct err *e);

/* The date series starts from (anchor or first), and its offset k0 (1 or 0). */
cal_day cal_recur_base(const struct cal_recur *r, int *k0);

/*
 * Occurrence number i (0-based) of the series, ignoring its end.  Returns -1
 * with ERR_DATA if it falls outside the calendar's range.  derivation as in
 * cal_add().
 */
int cal_recur_nth(const struct cal_recur *r, int i, cal_day *out, struct strbuf *derivation,
		  struct err *e);

/*
 * Expand the series into out[0..max) in date order, stopping at its end or
 * at max.  Returns the number written, or -1 on error.  *more (may be NULL)
 * is set when the series had occurrences left after max.  A series that
 * ends only by `until` and would pass CAL_RECUR_MAX fails with ERR_DATA.
 */
int cal_recur_expand(const struct cal_recur *r, cal_day *out, int max, bool *more,
		     struct err *e);

/*
 * For a series in days, weeks, months or years (a day rule allowed: its
 * occurrences still rise month by month, and working days are known for a run
 * of whole years) that ends after its count alone
 * (no until): what cal_recur_expand(r, out, r->count, ...) returns (the count,
 * or -1), with the first occurrence in *first, but reckoning only the first and
 * the last.  Each occurrence is base + k x interval reckoned afresh, and one
 * past the calendar's years (or whose multiple is out of range) has none after
 * it that is not, so the last decides for them all.  Any other series: -1 with
 * ERR_USAGE (expand it).
 */
int cal_recur_count_ends(const struct cal_recur *r, cal_day *first, struct err *e);

#endif
