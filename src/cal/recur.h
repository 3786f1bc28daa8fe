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
 *   with `month_end`: each of those moved to the last day of its month.
 *
 * A series ends at `until` (inclusive, as RFC 5545 UNTIL) or after `count`
 * occurrences, whichever comes first; at least one must be set.  Every
 * expansion is bounded by CAL_RECUR_MAX occurrences, so no rule can hang.
 */
#ifndef OVERSIGHT_CAL_RECUR_H
#define OVERSIGHT_CAL_RECUR_H

#include "period.h"

#define CAL_RECUR_MAX 100000

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
};

/* Check a rule: an end is set, the interval is not zero, first >= anchor. */
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
 * For a series in days, weeks, months or years that ends after its count alone
 * (no until): what cal_recur_expand(r, out, r->count, ...) returns (the count,
 * or -1), with the first occurrence in *first, but reckoning only the first and
 * the last.  Each occurrence is base + k x interval reckoned afresh, and one
 * past the calendar's years (or whose multiple is out of range) has none after
 * it that is not, so the last decides for them all.  Any other series: -1 with
 * ERR_USAGE (expand it).
 */
int cal_recur_count_ends(const struct cal_recur *r, cal_day *first, struct err *e);

#endif
