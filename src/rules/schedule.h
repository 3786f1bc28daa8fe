/*
 * schedule.h: from an obligation's timing to its dated occurrences.
 *
 * The reader gives each obligation a timing (a deadline, a series, or
 * none); the register knows when its instrument ended, if it has.  This
 * module turns the two into the occurrences the status rules judge:
 *   - a deadline is one occurrence, kept even when the instrument ended
 *     first (its status is then "ended", which a person should see);
 *   - a series has occurrence k = base + k x interval (src/cal/recur.h),
 *     and stops when its instrument ends: no occurrence falls on or after
 *     the end date, nor after the series' own until, nor after `horizon`
 *     (how far ahead to list an open series);
 *   - standing and conditional duties have no dated occurrence.
 * Every occurrence carries its derivation line.
 */
#ifndef OVERSIGHT_RULES_SCHEDULE_H
#define OVERSIGHT_RULES_SCHEDULE_H

#include "../cal/recur.h"

enum rules_timing_kind { RULES_T_DEADLINE, RULES_T_SERIES, RULES_T_NONE };

struct rules_timing {
	enum rules_timing_kind kind;
	/* deadline */
	cal_day due;
	cal_day window_start; /* == due unless "in <month>" */
	/* series: anchor, every, conv, first, until (count unused) */
	struct cal_recur series;
};

struct rules_occ {
	int seq;              /* 1, 2, ... */
	cal_day window_start; /* first day it may be met ("in May 2020"), else == due */
	cal_day due;
	char derivation[256]; /* truncated if longer (working-day lists) */
};

/*
 * Expand t into out[0..max).  ended/end: the instrument's end (the first
 * day it is not in force).  horizon: the last date to list for a series
 * that has no nearer end.  Returns the count, or -1 on error (a series
 * longer than max: ERR_DATA naming max).
 */
int rules_schedule(const struct rules_timing *t, bool ended, cal_day end, cal_day horizon,
		   struct rules_occ *out, int max, struct err *e);

#endif
