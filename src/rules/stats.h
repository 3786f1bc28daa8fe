/*
 * stats.h: the national picture from every council's case as of a date:
 * the distribution of latest Ofsted overall judgements, councils per
 * stage, and time spent in intervention (median and range, over councils
 * that have been in intervention), each with its count.  Pure functions
 * over caller-owned cases (stage.h).
 */
#ifndef OVERSIGHT_RULES_STATS_H
#define OVERSIGHT_RULES_STATS_H

#include "stage.h"

struct rules_stats {
	int councils;
	int by_grade[RULES_GRADE_INADEQUATE + 1]; /* latest overall judgement; [0] = none known */
	int by_stage[RULES_STAGE_ALTERNATIVE_DELIVERY + 1];
	/* Days in intervention up to as_of, over councils with any: */
	int intervened;
	int32_t days_min, days_median, days_max; /* median of an even count: the lower middle */
};

/*
 * Compute the statistics of cases[0..n) as of as_of.  scratch must hold n
 * int32_t values (the caller owns it; used to sort durations).
 */
void rules_stats_compute(const struct rules_case *cases, size_t n, cal_day as_of,
			 int32_t *scratch, struct rules_stats *out);

#endif
