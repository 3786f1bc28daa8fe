/*
 * cmd_check.c: `oversight check`: where the register departs from the
 * intervention rules (doc/policy.md) or from its own instruments, as of a
 * date: findings in council order, each with its kind, date and source.
 * Exit 0 whether or not there are findings (they are the output); --json
 * or --csv for scripts.  The view is src/views/check.c.
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
	int n;
};

static int add(void *ctx, const struct views_finding *f)
{
	struct out *k = ctx;
	k->n++;
	if (k->items) {
		json_array_append_new(k->items, views_finding_json(f));
		return 0;
	}
	{
		const char *row[] = {f->council_name ? f->council_name : "?", f->kind,
				     f->date ? f->date : "", f->message};
		return table_add_row(&k->t, row, NULL) < 0;
	}
}

int cmd_check(struct cmd_args *a)
{
	static const char *const headers[] = {"COUNCIL", "FINDING", "SINCE", "DETAIL"};
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
	table_init(&k.t, 4, headers, 3);
	if (json)
		k.items = json_array();
	if (views_check(s, &cases, a->today, code, add, &k, &e) < 0) {
		rc = cmd_fail(&e);
		goto out;
	}
	cal_format_iso(a->today, as_of);
	if (json) {
		term_print_json(json_pack("{s:s, s:o}", "as_of", as_of, "findings", k.items));
		k.items = NULL;
	} else if (!csv && !k.n) {
		printf("no findings as of %s\n", as_of);
	} else {
		term_print_table(&k.t, csv);
	}
out:
	json_decref(k.items);
	table_release(&k.t);
	views_cases_release(&cases);
	store_close(s);
	return rc;
}
