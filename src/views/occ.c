/*
 * occ.c: occurrences with their compliance status as of a date.  One
 * indexed query over occurrences, their obligations and instruments (the
 * earliest evidence of each as a subquery) feeds rules_status_of(); the
 * register "as it stood" on as_of is what the query lets through:
 * instruments dated after as_of are left out, an end after as_of is not yet
 * known (the status rules see to that), and evidence dated after as_of
 * does not count.
 */
#include "../base/compat.h"

#include "views.h"

struct occ_ctx {
	const struct views_occ_query *q;
	views_occ_fn fn;
	void *ctx;
	int rc;
};

static const char *t(const struct store_val *v)
{
	return v->t == SV_TEXT ? v->s : NULL;
}

static cal_day day_of(const char *s, bool *ok)
{
	struct err e = {0};
	cal_day d = 0;
	*ok = s && cal_parse_iso(strv_of(s), &d, &e) == 0;
	return d;
}

static int occ_row(void *ctx, const struct store_val *c, int n)
{
	struct occ_ctx *k = ctx;
	struct views_occ o;
	struct rules_occurrence r = {0};
	cal_day ev, met;
	bool ok, has_ev;

	if (n < 18)
		return 1;
	o = (struct views_occ){
		.id = c[0].i,
		.due = t(&c[1]),
		.k = (int)c[2].i,
		.derivation = t(&c[3]),
		.ref = t(&c[4]),
		.clause = t(&c[5]),
		.bearer = t(&c[6]),
		.to = t(&c[7]),
		.action = t(&c[8]),
		.kind = t(&c[9]),
		.instrument = t(&c[10]),
		.instrument_kind = t(&c[11]),
		.instrument_date = t(&c[12]),
		.instrument_end = t(&c[13]),
		.council = (int)c[14].i,
		.council_name = t(&c[15]),
		.document_name = t(&c[17]),
	};
	r.due = day_of(o.due, &ok);
	if (!ok)
		return 0;
	r.end = day_of(o.instrument_end, &r.ended);
	ev = day_of(t(&c[16]), &has_ev);
	r.evidence = has_ev ? &ev : NULL;
	r.nevidence = has_ev ? 1 : 0; /* the earliest: enough to decide met or late */
	o.status = rules_status_of(&r, k->q->as_of, k->q->window);
	o.met_on = (o.status == RULES_MET || o.status == RULES_MET_LATE) &&
				   rules_met_on(&r, k->q->as_of, &met) == 0
			   ? t(&c[16])
			   : NULL;
	if (k->q->in_force_only && r.ended && r.end <= k->q->as_of)
		return 0;
	k->rc = k->fn(k->ctx, &o);
	return k->rc;
}

int views_occurrences(struct store *s, const struct views_occ_query *q, views_occ_fn fn,
		      void *ctx, struct err *e)
{
	char as_of[CAL_DATE_LEN], from[CAL_DATE_LEN], to[CAL_DATE_LEN];
	struct occ_ctx k = {q, fn, ctx, 0};

	cal_format_iso(q->as_of, as_of);
	cal_format_iso(q->from, from);
	cal_format_iso(q->to, to);
	{
		char recent[CAL_DATE_LEN];
		struct store_val p[] = {sv_text(as_of),
					sv_int(q->in_force_only),
					sv_text(as_of),
					sv_text(from),
					sv_text(to),
					sv_int(q->council),
					sv_int(q->council),
					sv_text(q->bearer),
					sv_text(q->bearer),
					sv_int(q->unmet_or_recent),
					sv_text(cal_format_iso(q->recent, recent)),
					sv_text(as_of)};
		char sql[1600];
		/* From the instruments down: instruments are few; their obligations and
		 * occurrences are reached by index (obligations_instrument,
		 * occurrences_obligation_due), never by scanning the country's occurrences.
		 * CROSS JOIN makes SQLite keep that order (PostgreSQL plans it freely). */
		snprintf(sql, sizeof sql,
			 "SELECT o.id, o.due_date, o.k, o.derivation, b.ref, b.clause, b.bearer, "
			 "b.to_party, b.action, b.kind, i.sha256, i.kind, i.date, i.ended_on, "
			 "i.council, c.name, o.met_on, (SELECT d.name FROM documents d WHERE "
			 "d.sha256 = i.sha256) FROM instruments i CROSS JOIN obligations b CROSS JOIN "
			 "occurrences o JOIN councils c ON c.code = i.council WHERE b.instrument = "
			 "i.sha256 AND o.obligation = b.id AND i.date <= ? AND (? = 0 OR i.ended_on IS NULL OR i.ended_on > ?) "
			 "AND o.due_date >= ? AND o.due_date <= ? AND (? = 0 OR i.council = ?) AND "
			 "(CAST(? AS TEXT) IS NULL OR b.bearer = ?) AND (? = 0 OR o.due_date >= ? OR o.met_on IS "
			 "NULL OR o.met_on > ?) ORDER BY %s",
			 q->order_by_obligation ? "i.sha256, b.id, o.k"
						: "o.due_date, c.name, b.ref, o.k");
		return store_query(s, sql, p, 12, occ_row, &k, e);
	}
}

struct due_ctx {
	cal_day recent; /* met ones due on or after this day are shown */
	views_occ_fn fn;
	void *ctx;
};

static int due_row(void *ctx, const struct views_occ *o)
{
	struct due_ctx *k = ctx;
	bool ok;
	cal_day due = day_of(o->due, &ok);

	if ((o->status == RULES_MET || o->status == RULES_MET_LATE) && due < k->recent)
		return 0;
	if (o->status == RULES_ENDED)
		return 0;
	return k->fn(k->ctx, o);
}

int views_due(struct store *s, int council, const char *bearer, cal_day as_of, int within,
	      views_occ_fn fn, void *ctx, struct err *e)
{
	struct views_occ_query q = {council, bearer, as_of, RULES_DEFAULT_WINDOW,
				    cal_min_day(), as_of + within, true, false, true, as_of - within};
	struct due_ctx k = {as_of - within, fn, ctx};
	return views_occurrences(s, &q, due_row, &k, e);
}

json_t *views_occ_json(const struct views_occ *o)
{
	return json_pack("{s:I, s:s, s:s, s:s?, s:{s:i, s:s}, s:{s:s, s:s, s:s?, s:s?}, s:s, "
			 "s:s?, s:i, s:s?, s:s?, s:s?, s:s?, s:s?}",
			 "occurrence", (json_int_t)o->id, "due", o->due, "status",
			 rules_status_name(o->status), "met_on", o->met_on, "council", "code",
			 o->council, "name", o->council_name ? o->council_name : "", "instrument",
			 "sha256", o->instrument, "kind", o->instrument_kind, "date",
			 o->instrument_date, "ends", o->instrument_end, "ref", o->ref, "clause",
			 o->clause, "k", o->k, "kind", o->kind, "bearer", o->bearer, "to", o->to,
			 "action", o->action, "derivation", o->derivation);
}
