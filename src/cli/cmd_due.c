/*
 * cmd_due.c: `oversight due`, the list a user opens each morning: what is
 * overdue, due soon and recently met, as of a date, for one council or
 * the country, optionally for one bearer.  An aligned table on a terminal
 * (colour only on a TTY and never with NO_COLOR), --json (doc/views-json.md)
 * or --csv.  The view (src/views/occ.c) does the work.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../cal/period.h"
#include "../report/table.h"
#include "../views/views.h"
#include "cmd.h"
#include "cmd_db.h"
#include "term.h"

/* "30d", "6w", "P30D", "3 months", "30": a number of days from as_of. */
int cmd_within_days(const char *s, cal_day as_of, int *days, struct err *e)
{
	char buf[64];
	size_t n = s ? strlen(s) : 0;
	struct cal_period p;
	cal_day to;

	if (!s || !n || n >= sizeof buf)
		return err_set(e, ERR_USAGE, "--within wants a period such as 30d, 6w or P3M");
	snprintf(buf, sizeof buf, "%s", s);
	if (strspn(buf, "0123456789") == n - 1 && (buf[n - 1] == 'd' || buf[n - 1] == 'w')) {
		char unit = buf[n - 1];
		buf[n - 1] = '\0';
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s",
			 unit == 'd' ? "days" : "weeks");
	} else if (strspn(buf, "0123456789") == n) {
		snprintf(buf + n, sizeof buf - n, " days");
	}
	if (cal_period_parse(strv_of(buf), &p, e) < 0 ||
	    cal_add(as_of, p, 1, CAL_CORRESPONDING, &to, NULL, e) < 0)
		return err_set(e, ERR_USAGE, "--within: '%s' is not a period (30d, 6w, P3M)", s);
	*days = (int)(to - as_of);
	return 0;
}

static enum table_style style_of(enum rules_status s)
{
	switch (s) {
	case RULES_OVERDUE: return TABLE_RED;
	case RULES_DUE: return TABLE_AMBER;
	case RULES_MET_LATE: return TABLE_AMBER;
	case RULES_MET: return TABLE_GREEN;
	default: return TABLE_PLAIN;
	}
}

struct out {
	struct table t;
	json_t *items;
	int n;
};

static int add(void *ctx, const struct views_occ *o)
{
	struct out *k = ctx;
	char who[64];

	k->n++;
	if (k->items) {
		json_array_append_new(k->items, views_occ_json(o));
		return 0;
	}
	snprintf(who, sizeof who, "%s%s%s", o->bearer ? o->bearer : "?", o->to ? " > " : "",
		 o->to ? o->to : "");
	{
		const char *row[] = {o->due, rules_status_name(o->status), o->council_name, o->ref,
				     who, o->action ? o->action : ""};
		enum table_style st[] = {TABLE_PLAIN, style_of(o->status), TABLE_PLAIN, TABLE_PLAIN,
					 TABLE_PLAIN, TABLE_PLAIN};
		return table_add_row(&k->t, row, st) < 0;
	}
}

int cmd_due(struct cmd_args *a)
{
	static const char *const headers[] = {"DUE", "STATUS", "COUNCIL", "CLAUSE", "WHO", "WHAT"};
	struct err e = {0};
	struct store *s;
	struct out k = {0};
	const char *council = cmd_opt(a, "council");
	int code = 0, within = 30, rc = 0;
	bool json = cmd_flag(a, "json"), csv = cmd_flag(a, "csv");
	char as_of[CAL_DATE_LEN];

	if (json && csv)
		return cmd_usage(a, "--json and --csv: choose one");
	if (cmd_opt(a, "within") && cmd_within_days(cmd_opt(a, "within"), a->today, &within, &e) < 0)
		return cmd_usage(a, "%s", e.msg);
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (council && store_council_find(s, council, NULL, &code, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	table_init(&k.t, 6, headers, 5);
	if (json)
		k.items = json_array();
	if (views_due(s, code, cmd_opt(a, "bearer"), a->today, within, add, &k, &e) < 0) {
		rc = cmd_fail(&e);
		goto out;
	}
	cal_format_iso(a->today, as_of);
	if (json) {
		term_print_json(json_pack("{s:s, s:i, s:o}", "as_of", as_of, "within_days", within,
					  "items", k.items));
		k.items = NULL;
	} else if (!csv && k.n == 0) {
		printf("nothing due by %s within %d days%s%s\n", as_of, within,
		       council ? " for " : "", council ? council : "");
	} else {
		term_print_table(&k.t, csv);
	}
out:
	json_decref(k.items);
	table_release(&k.t);
	store_close(s);
	return rc;
}
