/*
 * cases.c: each council's case for the stage engine (src/rules/stage.h),
 * read from the register in three queries for the whole country.
 *
 * Judgements: one per report date, from Ofsted's published outcomes where
 * the register has them, else as an instrument recites them ("inadequate
 * ... as detailed in Ofsted's inspection report of 25th November 2016");
 * the overall grade, and "systemic" when help and protection, children in
 * care and leadership are all inadequate.  Judgements without a date are
 * left out.
 *
 * Instruments: directions and improvement notices (letters direct
 * nothing), with those known only from a recital (a revocation whose
 * target is not in the register), each with its issue date and end.  A
 * direction "appoints a commissioner" when the register has an appointment
 * with role commissioner from it; it orders "alternative delivery" when one
 * of its duties is to enter into a partnership, trust or company
 * arrangement that takes over children's services (its words: partnership
 * agreement/arrangement, trust, alternative delivery).  A direction known
 * only from a recital counts as a direction with a commissioner when the
 * revoking instrument names a commissioner appointed under it, else with
 * an adviser.  doc/policy.md lists these readings.
 */
#include "../base/compat.h"

#include "../base/grow.h"
#include "views.h"

static cal_day day(const struct store_val *v, bool *ok)
{
	struct err e = {0};
	cal_day d = 0;
	*ok = v->t == SV_TEXT && cal_parse_iso(strv_of(v->s), &d, &e) == 0;
	return d;
}

static struct views_case *case_of(struct views_cases *c, int council)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->v[i].council == council)
			return &c->v[i];
	return NULL;
}

static int council_row(void *ctx, const struct store_val *r, int n)
{
	struct views_cases *c = ctx;
	struct views_case *k;

	if (n < 3 || grow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v) < 0) {
		c->oom = true;
		return 1;
	}
	k = &c->v[c->n++];
	memset(k, 0, sizeof *k);
	k->council = (int)r[0].i;
	snprintf(k->name, sizeof k->name, "%s", r[1].t == SV_TEXT ? r[1].s : "");
	snprintf(k->region, sizeof k->region, "%s", r[2].t == SV_TEXT ? r[2].s : "");
	return 0;
}

/* Rows: council, report_date, area, grade, from_ofsted (1/0), ordered by
 * council, date, from_ofsted DESC: the first source of a date wins. */
static int judgement_row(void *ctx, const struct store_val *r, int n)
{
	struct views_cases *c = ctx;
	struct views_case *k;
	struct rules_judgement *j;
	bool ok;
	cal_day d;
	enum rules_grade g;
	const char *area;

	if (n < 5)
		return 1;
	d = day(&r[1], &ok);
	if (!ok || !(k = case_of(c, (int)r[0].i)))
		return 0;
	area = r[2].t == SV_TEXT ? r[2].s : "";
	g = rules_grade_parse(r[3].t == SV_TEXT ? r[3].s : "");
	j = k->nj ? &k->j[k->nj - 1] : NULL;
	if (!j || j->date != d) {
		if (grow((void **)&k->j, &k->jcap, k->nj + 1, sizeof *k->j) < 0 ||
		    grow((void **)&k->jx, &k->jxcap, k->nj + 1, sizeof *k->jx) < 0) {
			c->oom = true;
			return 1;
		}
		j = &k->j[k->nj];
		memset(j, 0, sizeof *j);
		j->date = d;
		j->source = r[4].i ? "ofsted" : "instrument";
		k->jx[k->nj].key = 0;
		k->jx[k->nj].ofsted = r[4].i != 0;
		k->nj++;
	} else if (k->jx[k->nj - 1].ofsted && !r[4].i) {
		return 0; /* Ofsted's own record of that date wins over a recital */
	}
	if (!strcmp(area, "overall"))
		j->overall = g;
	if (g == RULES_GRADE_INADEQUATE &&
	    (!strcmp(area, "help_and_protection") || !strcmp(area, "looked_after") ||
	     !strcmp(area, "leadership")))
		k->jx[k->nj - 1].key |= !strcmp(area, "help_and_protection") ? 1
					: !strcmp(area, "looked_after")      ? 2
									     : 4;
	j->all_key_inadequate = k->jx[k->nj - 1].key == 7;
	return 0;
}

static int instrument_row(void *ctx, const struct store_val *r, int n)
{
	struct views_cases *c = ctx;
	struct views_case *k;
	struct rules_instrument *in;
	bool ok, ended;

	if (n < 7 || !(k = case_of(c, (int)r[0].i)))
		return 0;
	if (grow((void **)&k->in, &k->incap, k->nin + 1, sizeof *k->in) < 0 ||
	    grow((void **)&k->src, &k->srccap, k->nin + 1, sizeof *k->src) < 0) {
		c->oom = true;
		return 1;
	}
	in = &k->in[k->nin];
	memset(in, 0, sizeof *in);
	in->kind = r[1].t == SV_TEXT && !strcmp(r[1].s, "improvement_notice")
			   ? RULES_IMPROVEMENT_NOTICE
			   : RULES_DIRECTION;
	in->issued = day(&r[2], &ok);
	if (!ok)
		return 0;
	in->end = day(&r[3], &ended);
	in->ended = ended;
	in->commissioner = r[4].i > 0;
	in->alternative_delivery = r[5].i > 0;
	snprintf(k->src[k->nin], sizeof k->src[0], "%s",
		 r[6].t == SV_TEXT ? r[6].s : "");
	k->nin++;
	return 0;
}

/* The alternative-delivery words, as a SQL condition on obligations b. */
#define ALT_DELIVERY                                                                            \
	"(lower(b.action) LIKE '%partnership agreement%' OR lower(b.action) LIKE "              \
	"'%partnership arrangement%' OR lower(b.action) LIKE '% trust %' OR lower(b.action) "   \
	"LIKE '%alternative delivery%')"

int views_cases_load(struct store *s, struct views_cases *c, struct err *e)
{
	size_t i;

	memset(c, 0, sizeof *c);
	if (store_query(s, "SELECT code, name, region FROM councils WHERE valid_to IS NULL ORDER "
			"BY name", NULL, 0, council_row, c, e) < 0)
		goto fail;
	if (store_query(s, "SELECT council, report_date, area, grade, inspection IS NOT NULL AS "
			"ofsted FROM judgements WHERE report_date IS NOT NULL ORDER BY council, "
			"report_date, ofsted DESC, id", NULL, 0, judgement_row, c, e) < 0)
		goto fail;
	if (store_query(s, "SELECT i.council, i.kind, i.date, i.ended_on, (SELECT count(*) FROM "
			"appointments a WHERE a.instrument = i.sha256 AND a.role = 'commissioner'), "
			"(SELECT count(*) FROM obligations b WHERE b.instrument = i.sha256 AND "
			ALT_DELIVERY "), i.sha256 FROM instruments i WHERE i.kind IN ('direction', "
			"'improvement_notice') AND i.date IS NOT NULL "
			"UNION ALL SELECT r.council, r.kind, r.date, min(r.on_date), max((SELECT "
			"count(*) FROM appointments a WHERE a.instrument = r.by_instrument AND a.role = "
			"'commissioner')), 0, 'recital:' || r.kind || ':' || r.date FROM revocations r "
			"WHERE r.target IS NULL AND r.date IS NOT NULL GROUP BY r.council, r.kind, "
			"r.date ORDER BY 1, 3",
			NULL, 0, instrument_row, c, e) < 0)
		goto fail;
	if (c->oom) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto fail;
	}
	for (i = 0; i < c->n; i++) {
		size_t j;
		for (j = 0; j < c->v[i].nin; j++)
			c->v[i].in[j].source = c->v[i].src[j];
		c->v[i].rc = (struct rules_case){c->v[i].j, c->v[i].nj, c->v[i].in, c->v[i].nin};
	}
	return 0;
fail:
	views_cases_release(c);
	return -1;
}

void views_cases_release(struct views_cases *c)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		free(c->v[i].j);
		free(c->v[i].jx);
		free(c->v[i].in);
		free(c->v[i].src);
	}
	free(c->v);
	memset(c, 0, sizeof *c);
}

const struct views_case *views_case_find(const struct views_cases *c, int council)
{
	return case_of((struct views_cases *)c, council);
}
