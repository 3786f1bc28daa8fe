/*
 * status.h: the compliance status of one occurrence of an obligation as of
 * a date.  A pure function of dates: the register supplies the due date,
 * when the instrument ended (if it has), and the evidence; "as of" is an
 * input, so the same question always gets the same answer.
 *
 *   upcoming   not met, due more than `window` days after as_of
 *   due        not met, due within `window` days (inclusive) of as_of
 *   met        evidence dated on or before the due date
 *   met_late   evidence dated after the due date (stays visible as late)
 *   overdue    not met, the due date has passed, the instrument still in force then
 *   ended      not met, the instrument ended on or before the due date (and
 *              that end is on or before as_of)
 *   standing   a duty with no date, its instrument in force on as_of
 *   lapsed     a duty with no date whose instrument had ended by as_of
 *
 * Evidence dated after as_of does not count as of as_of (a report for an
 * earlier date must not know the future).
 */
#ifndef OVERSIGHT_RULES_STATUS_H
#define OVERSIGHT_RULES_STATUS_H

#include "../cal/date.h"

enum rules_status {
	RULES_UPCOMING,
	RULES_DUE,
	RULES_MET,
	RULES_MET_LATE,
	RULES_OVERDUE,
	RULES_ENDED,
	RULES_STANDING,
	RULES_LAPSED
};

#define RULES_DEFAULT_WINDOW 14

struct rules_occurrence {
	bool standing;      /* no due date: a standing duty */
	cal_day due;        /* the last day to meet it (ignored when standing) */
	bool ended;         /* the instrument has an end date ... */
	cal_day end;        /* ... this one (the first day it is no longer in force) */
	const cal_day *evidence; /* dates of evidence recorded; borrowed; any order */
	size_t nevidence;
};

/* The status as of `as_of` with a warning window of `window` days (>= 0). */
enum rules_status rules_status_of(const struct rules_occurrence *o, cal_day as_of, int window);

/* "upcoming", "due", "met", "met_late", "overdue", "ended", "standing", "lapsed". */
const char *rules_status_name(enum rules_status s);

/* The evidence date that satisfied it (earliest counted), or -1 on none. */
int rules_met_on(const struct rules_occurrence *o, cal_day as_of, cal_day *when);

#endif
