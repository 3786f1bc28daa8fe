/*
 * cmd_stats.c: `oversight stats [--by region]`: the national picture as of
 * a date: councils by latest Ofsted overall judgement, councils per
 * intervention stage, and time spent in intervention (median and range),
 * with counts; for the country or each region.  The numbers come from
 * rules_stats_compute() over every council's case (src/views/cases.c).
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../rules/stats.h"
#include "../views/views.h"
#include "cmd.h"
#include "cmd_db.h"
#include "term.h"

static json_t *stats_json(const char *name, const struct rules_stats *st)
{
	json_t *g = json_object(), *s = json_object();
	int i;

	for (i = 0; i <= RULES_GRADE_INADEQUATE; i++)
		json_object_set_new(g, i ? rules_grade_name((enum rules_grade)i) : "none_known",
				    json_integer(st->by_grade[i]));
	for (i = 0; i <= RULES_STAGE_ALTERNATIVE_DELIVERY; i++)
		json_object_set_new(s, rules_stage_name((enum rules_stage)i),
				    json_integer(st->by_stage[i]));
	return json_pack("{s:s, s:i, s:o, s:o, s:{s:i, s:i, s:i, s:i}}", "name", name, "councils",
			 st->councils, "latest_judgement", g, "stage", s, "days_in_intervention",
			 "councils", st->intervened, "median", st->days_median, "min", st->days_min,
			 "max", st->days_max);
}

static void print_stats(const char *name, const struct rules_stats *st)
{
	int i;
	printf("%s: %d councils\n  latest overall judgement:", name, st->councils);
	for (i = RULES_GRADE_OUTSTANDING; i <= RULES_GRADE_INADEQUATE; i++)
		printf(" %s %d,", rules_grade_name((enum rules_grade)i), st->by_grade[i]);
	printf(" none known %d\n  stage:", st->by_grade[0]);
	for (i = 0; i <= RULES_STAGE_ALTERNATIVE_DELIVERY; i++)
		printf("%s %s %d", i ? "," : "", rules_stage_name((enum rules_stage)i), st->by_stage[i]);
	if (st->intervened)
		printf("\n  time in intervention: %d councils, median %d days (%d to %d)\n",
		       st->intervened, st->days_median, st->days_min, st->days_max);
	else
		printf("\n  time in intervention: no council\n");
}

int cmd_stats(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	struct views_cases cases;
	struct rules_case *rc = NULL;
	int32_t *scratch = NULL;
	const char *by = cmd_opt(a, "by");
	bool json = cmd_flag(a, "json");
	json_t *groups = json_array();
	char as_of[CAL_DATE_LEN];
	size_t i, j, n;
	int code = 0;

	if (by && strcmp(by, "region"))
		return cmd_usage(a, "--by takes region, not '%s'", by);
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (views_cases_load(s, &cases, &e) < 0) {
		store_close(s);
		json_decref(groups);
		return cmd_fail(&e);
	}
	cal_format_iso(a->today, as_of);
	rc = calloc(cases.n ? cases.n : 1, sizeof *rc);
	scratch = calloc(cases.n ? cases.n : 1, sizeof *scratch);
	if (!rc || !scratch) {
		err_set(&e, ERR_INTERNAL, "out of memory");
		code = cmd_fail(&e);
		goto out;
	}
	/* The country first, then each region in the order councils list them. */
	for (j = 0; j <= cases.n; j++) {
		const char *region = j ? cases.v[j - 1].region : NULL;
		struct rules_stats st;
		bool seen = false;
		if (j && !by)
			break;
		for (i = 0; j && i + 1 < j; i++)
			if (!strcmp(cases.v[i].region, region))
				seen = true;
		if (seen)
			continue;
		for (i = 0, n = 0; i < cases.n; i++)
			if (!region || !strcmp(cases.v[i].region, region))
				rc[n++] = cases.v[i].rc;
		rules_stats_compute(rc, n, a->today, scratch, &st);
		if (json)
			json_array_append_new(groups, stats_json(region ? region : "England", &st));
		else
			print_stats(region ? region : "England", &st);
	}
	if (json) {
		term_print_json(json_pack("{s:s, s:O}", "as_of", as_of, "groups", groups));
	}
out:
	json_decref(groups);
	free(rc);
	free(scratch);
	views_cases_release(&cases);
	store_close(s);
	return code;
}
