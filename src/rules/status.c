/*
 * status.c: compliance status of an occurrence (see status.h).  The order
 * of the tests below is the policy: evidence first (met or met late), then
 * the instrument's end, then the calendar (overdue, due, upcoming).
 */
#include "../base/compat.h"

#include "status.h"

const char *rules_status_name(enum rules_status s)
{
	static const char *const names[] = {"upcoming", "due",   "met",      "met_late",
					    "overdue",  "ended", "standing", "lapsed"};
	return names[s];
}

int rules_met_on(const struct rules_occurrence *o, cal_day as_of, cal_day *when)
{
	size_t i;
	bool found = false;
	cal_day best = 0;

	for (i = 0; i < o->nevidence; i++) {
		cal_day d = o->evidence[i];
		if (d > as_of)
			continue;
		if (!found || d < best) {
			best = d;
			found = true;
		}
	}
	if (!found)
		return -1;
	*when = best;
	return 0;
}

enum rules_status rules_status_of(const struct rules_occurrence *o, cal_day as_of, int window)
{
	cal_day met;
	/* An end after as_of is not yet known as of as_of. */
	bool ended = o->ended && o->end <= as_of;

	if (o->standing)
		return ended ? RULES_LAPSED : RULES_STANDING;
	if (rules_met_on(o, as_of, &met) == 0)
		return met <= o->due ? RULES_MET : RULES_MET_LATE;
	if (ended && o->end <= o->due)
		return RULES_ENDED;
	if (as_of > o->due)
		return RULES_OVERDUE;
	if (o->due - as_of <= window)
		return RULES_DUE;
	return RULES_UPCOMING;
}
