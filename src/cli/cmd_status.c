/*
 * cmd_status.c: `oversight status`: every council, its intervention stage
 * and since when, its latest judgement, instruments in force and overdue
 * duties, as of a date.  Table, --json (doc/views-json.md) or --csv; the
 * views (src/views/cases.c, status.c) do the work.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../report/table.h"
#include "../views/views.h"
#include "cmd.h"
#include "cmd_db.h"
#include "term.h"

struct out {
	struct table t;
	json_t *items;
	bool all;
};

static int add(void *ctx, const struct views_status *st)
{
	struct out *k = ctx;
	char since[CAL_DATE_LEN] = "", judgement[64] = "", inf[16], od[16];

	if (!k->all && st->stage == RULES_STAGE_NONE && st->in_force == 0 && st->overdue == 0 &&
	    !k->items)
		return 0;
	if (k->items) {
		json_array_append_new(k->items, views_status_json(st));
		return 0;
	}
	if (st->has_since)
		cal_format_iso(st->since, since);
	if (st->latest) {
		char d[CAL_DATE_LEN];
		snprintf(judgement, sizeof judgement, "%s %s", rules_grade_name(st->latest->overall),
			 cal_format_iso(st->latest->date, d));
	}
	snprintf(inf, sizeof inf, "%d", st->in_force);
	snprintf(od, sizeof od, "%d", st->overdue);
	{
		const char *row[] = {st->c->name, rules_stage_name(st->stage), since, judgement, inf,
				     od};
		enum table_style sty[] = {TABLE_PLAIN,
					  st->stage >= RULES_STAGE_DIRECTION_ADVISER ? TABLE_RED
					  : st->stage ? TABLE_AMBER
						      : TABLE_PLAIN,
					  TABLE_PLAIN, TABLE_PLAIN, TABLE_PLAIN,
					  st->overdue ? TABLE_RED : TABLE_PLAIN};
		return table_add_row(&k->t, row, sty) < 0;
	}
}

int cmd_status(struct cmd_args *a)
{
	static const char *const headers[] = {"COUNCIL", "STAGE", "SINCE", "LATEST JUDGEMENT",
					      "IN FORCE", "OVERDUE"};
	struct err e = {0};
	struct store *s;
	struct views_cases cases;
	struct out k = {0};
	const char *council = cmd_opt(a, "council");
	bool json = cmd_flag(a, "json"), csv = cmd_flag(a, "csv");
	char as_of[CAL_DATE_LEN];
	int code = 0, rc = 0;

	if (json && csv)
		return cmd_usage(a, "--json and --csv: choose one");
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if ((council && store_council_find(s, council, NULL, &code, &e) < 0) ||
	    views_cases_load(s, &cases, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	k.all = cmd_flag(a, "all") || council || csv;
	table_init(&k.t, 6, headers, 3);
	k.t.right[4] = k.t.right[5] = true;
	if (json)
		k.items = json_array();
	if (views_status(s, &cases, a->today, code, add, &k, &e) < 0) {
		rc = cmd_fail(&e);
		goto out;
	}
	cal_format_iso(a->today, as_of);
	if (json) {
		term_print_json(json_pack("{s:s, s:o}", "as_of", as_of, "councils", k.items));
		k.items = NULL;
	} else {
		term_print_table(&k.t, csv);
		if (!csv && !k.all)
			printf("(councils with no intervention, nothing in force and nothing overdue "
			       "are left out: --all lists every council)\n");
	}
out:
	json_decref(k.items);
	table_release(&k.t);
	views_cases_release(&cases);
	store_close(s);
	return rc;
}
