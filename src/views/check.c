/*
 * check.c: where the register departs from the rules or from its own
 * instruments, as of a date (`oversight check`):
 *   - the stage engine's findings for each council (rules_check_case: an
 *     inadequate council with no instrument three months on, a direction
 *     still in force after a good judgement, below or above the policy);
 *   - a recurring duty with no evidence for two cycles running (its last
 *     two occurrences due by as_of, in force, neither met);
 *   - an overdue deadline (a one-off duty, in force, not met);
 *   - records the reader warned about that no person has reviewed.
 * Each finding names the council, its kind, the date it began and its source.
 */
#include "../base/compat.h"

#include "views.h"

#define MAX_FINDINGS 64

struct occ_scan {
	views_check_fn fn;
	void *ctx;
	int rc;
	/* the current recurring obligation, and its unmet occurrences in a row */
	char ref[48], instrument[65];
	int misses;
	char first_miss[CAL_DATE_LEN];
};

static int emit(views_check_fn fn, void *ctx, int council, const char *name, const char *kind,
		const char *date, const char *source, const char *message)
{
	struct views_finding f = {council, name, kind, date, source, message};
	return fn(ctx, &f);
}

/* Occurrences come ordered by instrument, obligation, k: count unmet ones
 * at the end of each recurring obligation's list up to as_of. */
static int occ_row(void *ctx, const struct views_occ *o)
{
	struct occ_scan *k = ctx;
	char msg[256];

	if (!strcmp(o->kind ? o->kind : "", "deadline")) {
		if (o->status == RULES_OVERDUE) {
			snprintf(msg, sizeof msg, "%s (%s) was due on %s and is not met", o->ref,
				 o->bearer ? o->bearer : "?", o->due);
			k->rc = emit(k->fn, k->ctx, o->council, o->council_name, "overdue_deadline",
				     o->due, o->instrument, msg);
		}
		return k->rc;
	}
	if (strcmp(k->ref, o->ref ? o->ref : "") || strcmp(k->instrument, o->instrument)) {
		snprintf(k->ref, sizeof k->ref, "%s", o->ref ? o->ref : "");
		snprintf(k->instrument, sizeof k->instrument, "%s", o->instrument);
		k->misses = 0;
	}
	if (o->status == RULES_OVERDUE) {
		if (++k->misses == 1)
			snprintf(k->first_miss, sizeof k->first_miss, "%s", o->due);
		if (k->misses == 2) {
			snprintf(msg, sizeof msg, "%s recurs (%s) with no evidence for two cycles "
				 "running, since %s", o->ref, o->bearer ? o->bearer : "?", k->first_miss);
			k->rc = emit(k->fn, k->ctx, o->council, o->council_name, "recurring_no_evidence",
				     k->first_miss, o->instrument, msg);
		}
	} else if (o->status == RULES_MET || o->status == RULES_MET_LATE) {
		k->misses = 0;
	}
	return k->rc;
}

struct review_ctx {
	views_check_fn fn;
	void *ctx;
	int rc;
};

static int review_row(void *ctx, const struct store_val *c, int n)
{
	struct review_ctx *k = ctx;
	char msg[256];
	if (n < 5)
		return 1;
	snprintf(msg, sizeof msg, "the %s of %s has reader warnings nobody has reviewed "
		 "(oversight review %.12s)", c[2].t == SV_TEXT ? c[2].s : "instrument",
		 c[3].t == SV_TEXT ? c[3].s : "?", c[4].s);
	k->rc = emit(k->fn, k->ctx, (int)c[0].i, c[1].t == SV_TEXT ? c[1].s : "", "needs_review",
		     c[3].t == SV_TEXT ? c[3].s : "", c[4].s, msg);
	return k->rc;
}

int views_check(struct store *s, const struct views_cases *cases, cal_day as_of, int council,
		views_check_fn fn, void *ctx, struct err *e)
{
	struct rules_finding f[MAX_FINDINGS];
	size_t i;
	int n, j, rc = 0;

	for (i = 0; i < cases->n && rc == 0; i++) {
		const struct views_case *k = &cases->v[i];
		if (council && k->council != council)
			continue;
		n = rules_check_case(&k->rc, as_of, f, MAX_FINDINGS);
		for (j = 0; j < n && rc == 0; j++) {
			char d[CAL_DATE_LEN];
			rc = emit(fn, ctx, k->council, k->name, f[j].kind, cal_format_iso(f[j].date, d),
				  f[j].source, f[j].message);
		}
	}
	if (rc)
		return 0;
	{
		/* occurrences in force, ordered by obligation for the two-cycles scan */
		struct views_occ_query q = {council, NULL, as_of, 0, cal_min_day(), as_of, true, true, false, 0};
		struct occ_scan k = {fn, ctx, 0, "", "", 0, ""};
		if (views_occurrences(s, &q, occ_row, &k, e) < 0)
			return -1;
		if (k.rc)
			return 0;
	}
	{
		char day[CAL_DATE_LEN];
		struct review_ctx k = {fn, ctx, 0};
		struct store_val p[] = {sv_text(cal_format_iso(as_of, day)), sv_int(council),
					sv_int(council)};
		return store_query(s, "SELECT i.council, c.name, i.kind, i.date, i.sha256 FROM "
				   "instruments i LEFT JOIN councils c ON c.code = i.council WHERE "
				   "i.status = 'needs_review' AND coalesce(i.date, '') <= ? AND (? = 0 "
				   "OR i.council = ?) ORDER BY c.name, i.date",
				   p, 3, review_row, &k, e);
	}
}

json_t *views_finding_json(const struct views_finding *f)
{
	return json_pack("{s:i, s:s?, s:s, s:s?, s:s?, s:s}", "code", f->council, "council",
			 f->council_name, "kind", f->kind, "date", f->date, "source", f->source,
			 "message", f->message);
}
