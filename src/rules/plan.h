/*
 * plan.h: which objectives of an improvement plan are slow to progress, as
 * of a date, and whether a board kept its cadence.  Pure functions of the
 * plan's rows (struct store_plan, as loaded) and the date: what is dated
 * after as_of is not seen, so a report for a past date does not know the
 * future.  The rules (doc/internals/plans.md):
 *
 *   behind      an action not complete (or cancelled) as of as_of whose due
 *               date has passed (due < as_of); or an objective whose own due
 *               date has passed with such an action open.
 *   rag_run     an open action whose last two updates on or before as_of
 *               were both red or amber ("red or amber at two updates
 *               running").
 *   away        a measure whose latest value (months up to as_of's month)
 *               is further from its target than the point before it (the
 *               month before, or the baseline for the first value).
 *               Distance to target: for "up", max(0, target - v); for
 *               "down", max(0, v - target): a value past its target is at
 *               distance 0, so wobbling beyond the target is not "away".
 *
 * An action's state as of a date is its last update on or before it, or
 * the action row's own status and RAG when it has no update by then.
 */
#ifndef OVERSIGHT_RULES_PLAN_H
#define OVERSIGHT_RULES_PLAN_H

#include "../cal/date.h"
#include "../store/store.h"

enum { RULES_SLOW_BEHIND = 1, RULES_SLOW_RAG_RUN = 2, RULES_SLOW_AWAY = 4 };

/* The status and RAG of action i as of as_of (strings from p). */
void rules_action_state(const struct store_plan *p, size_t i, cal_day as_of, const char **status,
			const char **rag);
/* RULES_SLOW_BEHIND and/or RULES_SLOW_RAG_RUN for action i. */
unsigned rules_action_slow(const struct store_plan *p, size_t i, cal_day as_of);
/* True if measure i is moving away from its target as of as_of. */
bool rules_measure_away(const struct store_plan *p, size_t i, cal_day as_of);
/* The why-bits of objective i: its actions' and measures' bits, and behind for the
 * objective's own passed due date with an action still open. */
unsigned rules_objective_slow(const struct store_plan *p, size_t i, cal_day as_of);
/* "behind its due date", "red or amber at two updates running", "a measure moving away
 * from its target", joined by "; " into buf. */
char *rules_slow_words(unsigned why, char *buf, size_t n);

/* A board's cadence: cycle k covers [since + k x every, since + (k+1) x every).  A cycle
 * is judged once its last day is before the end (as_of, or until if earlier); the cycle
 * holding the end is open and only says whether it has a meeting yet. */
struct rules_cadence {
	int met, missed;           /* cycles judged, with / without a meeting */
	bool open_met;             /* the open cycle has a meeting already */
	cal_day last_missed_start; /* the start of the latest missed cycle (-1: none) */
};
/*
 * Count the cycles of a board meeting every `every` (an ISO 8601 period or
 * words: P1M, P6W, "six-weekly") from since until the earlier of until (-1:
 * none) and as_of, against the meeting dates (any order; those after as_of
 * do not count).  -1 with ERR_DATA for a bad period.
 */
int rules_board_cadence(const char *every, cal_day since, cal_day until, cal_day as_of,
			const cal_day *meetings, size_t n, struct rules_cadence *out, struct err *e);

#endif
