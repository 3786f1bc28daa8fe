/*
 * stats.c: national statistics over councils' cases (see stats.h).  Time in
 * intervention counts every day some instrument was in force, from the
 * first instrument to as_of, across all spells.
 */
#include "../base/compat.h"

#include "stats.h"

static int cmp_i32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

static enum rules_grade latest_grade(const struct rules_case *c, cal_day as_of)
{
	const struct rules_judgement *best = NULL;
	size_t i;

	for (i = 0; i < c->njudgements; i++) {
		const struct rules_judgement *j = &c->judgements[i];
		if (j->date <= as_of && j->overall != RULES_GRADE_UNKNOWN &&
		    (!best || j->date > best->date))
			best = j;
	}
	return best ? best->overall : RULES_GRADE_UNKNOWN;
}

void rules_stats_compute(const struct rules_case *cases, size_t n, cal_day as_of,
			 int32_t *scratch, struct rules_stats *out)
{
	size_t i;
	int k = 0;

	memset(out, 0, sizeof(*out));
	out->councils = (int)n;
	for (i = 0; i < n; i++) {
		const struct rules_case *c = &cases[i];
		int32_t days = rules_days_in_intervention(c, cal_min_day(), as_of + 1);
		out->by_grade[latest_grade(c, as_of)]++;
		out->by_stage[rules_stage_on(c, as_of, NULL)]++;
		if (days > 0)
			scratch[k++] = days;
	}
	out->intervened = k;
	if (k) {
		qsort(scratch, (size_t)k, sizeof(int32_t), cmp_i32);
		out->days_min = scratch[0];
		out->days_max = scratch[k - 1];
		out->days_median = scratch[(k - 1) / 2];
	}
}
