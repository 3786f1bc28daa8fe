/*
 * status.c: where every council stands on a date: its intervention stage
 * (from the instruments in force, by the stage engine) and since when, its
 * latest judgement, how many instruments are in force, and how many dated
 * duties of those instruments are overdue.  The register as it stood on
 * as_of: later instruments, judgements and evidence are not seen.
 */
#include "../base/compat.h"

#include "views.h"

#define MAX_SPANS 64

/* Overdue duties per council as of as_of: in force, due before it, no
 * evidence on or before it.  (A duty met late is not overdue.) */
struct overdue {
	int council[512], count[512];
	size_t n;
};

static int overdue_row(void *ctx, const struct store_val *c, int n)
{
	struct overdue *o = ctx;
	if (n >= 2 && o->n < ARRAY_SIZE(o->council)) {
		o->council[o->n] = (int)c[0].i;
		o->count[o->n++] = (int)c[1].i;
	}
	return 0;
}

static int overdue_of(const struct overdue *o, int council)
{
	size_t i;
	for (i = 0; i < o->n; i++)
		if (o->council[i] == council)
			return o->count[i];
	return 0;
}

void views_status_of(const struct views_case *k, cal_day as_of, struct views_status *st)
{
	struct rules_span spans[MAX_SPANS];
	const struct rules_instrument *why = NULL;
	int n, i;
	size_t j;

	memset(st, 0, sizeof *st);
	st->c = k;
	st->stage = rules_stage_on(&k->rc, as_of, &why);
	st->because = why;
	n = rules_stage_history(&k->rc, spans, MAX_SPANS);
	for (i = 0; i < n; i++)
		if (spans[i].from <= as_of && (spans[i].open || spans[i].to > as_of) &&
		    spans[i].stage == st->stage)
			st->since = spans[i].from, st->has_since = st->stage != RULES_STAGE_NONE;
	for (j = 0; j < k->nj; j++)
		if (k->j[j].date <= as_of)
			st->latest = &k->j[j];
	for (j = 0; j < k->nin; j++)
		if (k->in[j].issued <= as_of && (!k->in[j].ended || k->in[j].end > as_of))
			st->in_force++;
}

int views_status(struct store *s, const struct views_cases *cases, cal_day as_of, int council,
		 views_status_fn fn, void *ctx, struct err *e)
{
	struct overdue *o = calloc(1, sizeof *o);
	char day[CAL_DATE_LEN];
	size_t i;
	int rc = 0;

	if (!o)
		return err_set(e, ERR_INTERNAL, "out of memory");
	cal_format_iso(as_of, day);
	{
		struct store_val p[] = {sv_text(day), sv_text(day), sv_text(day), sv_text(day)};
		/* From the instruments in force down (CROSS JOIN keeps SQLite's order). */
		if (store_query(s, "SELECT i.council, count(*) FROM instruments i CROSS JOIN "
				"obligations b CROSS JOIN occurrences o WHERE b.instrument = i.sha256 "
				"AND o.obligation = b.id AND i.date <= ? AND (i.ended_on IS NULL OR "
				"i.ended_on > ?) AND o.due_date < ? AND (o.met_on IS NULL OR o.met_on > "
				"?) GROUP BY i.council", p, 4, overdue_row, o, e) < 0) {
			free(o);
			return -1;
		}
	}
	for (i = 0; i < cases->n && rc == 0; i++) {
		struct views_status st;
		if (council && cases->v[i].council != council)
			continue;
		views_status_of(&cases->v[i], as_of, &st);
		st.overdue = overdue_of(o, cases->v[i].council);
		rc = fn(ctx, &st);
	}
	free(o);
	return 0;
}

json_t *views_status_json(const struct views_status *st)
{
	char since[CAL_DATE_LEN], jd[CAL_DATE_LEN];
	json_t *j = json_null();

	if (st->latest) {
		cal_format_iso(st->latest->date, jd);
		j = json_pack("{s:s, s:s, s:b, s:s}", "grade", rules_grade_name(st->latest->overall),
			      "date", jd, "systemic", st->latest->all_key_inadequate, "source",
			      st->latest->source);
	}
	if (st->has_since)
		cal_format_iso(st->since, since);
	return json_pack("{s:i, s:s, s:s, s:s, s:s?, s:s?, s:o, s:i, s:i}", "code", st->c->council,
			 "name", st->c->name, "region", st->c->region, "stage",
			 rules_stage_name(st->stage), "since", st->has_since ? since : NULL,
			 "because", st->because ? st->because->source : NULL, "latest_judgement", j,
			 "in_force", st->in_force, "overdue", st->overdue);
}
