/*
 * api_plans.c: improvement plans, boards, reports, the national status and
 * the rules' findings as JSON.
 *
 *   GET /api/v1/councils/{code}/plan?version=&as_of=   the plan as it stood on
 *        as_of: owners, objectives (each with why it is slow to progress, if
 *        it is), actions (each with its status and RAG on as_of), measures
 *        with their monthly values, progress updates
 *   GET /api/v1/councils/{code}/boards?as_of=          boards, meetings held by
 *        as_of, and the cadence kept
 *   GET /api/v1/councils/{code}/reports/{kind}?as_of=&period=   a report's
 *        tables ({headers, rows}) and its period (the document itself is at
 *        /councils/{code}/reports/{kind})
 *   GET /api/v1/status?as_of=     every council's stage, since when, latest
 *        judgement, instruments in force (public); overdue duties for DfE
 *   GET /api/v1/check?as_of=&council=   departures from the rules (DfE)
 *
 * The same store calls and rules as `oversight plan show`, `board show`,
 * `report`, `status` and `check`.
 */
#include "../base/compat.h"

#include "../report/plan_report.h"
#include "../rules/plan.h"
#include "../views/views.h"
#include "auth.h"
#include "duties.h"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static void store_error(struct web_req *rq, const struct err *e)
{
	if (e->code == ERR_DATA)
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL, "%s", e->msg);
	else
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e->msg);
}

static json_t *plan_json(const struct store_plan *p, cal_day as_of)
{
	json_t *owners = json_array(), *objs = json_array(), *acts = json_array();
	json_t *meas = json_array(), *ups = json_array();
	char why[200], day[CAL_DATE_LEN];
	size_t i, k;

	for (i = 0; i < p->nowners; i++)
		json_array_append_new(owners, json_pack("{s:s, s:o}", "name", p->owners[i].name,
							"role", str_or_null(p->owners[i].role)));
	for (i = 0; i < p->nobjectives; i++) {
		const struct store_objective *o = &p->objectives[i];
		unsigned slow = rules_objective_slow(p, i, as_of);
		json_array_append_new(
			objs, json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o}", "ref", o->ref,
					"title", o->title, "ofsted_area", str_or_null(o->ofsted_area),
					"recommendation", str_or_null(o->recommendation), "clause",
					str_or_null(o->clause), "instrument", str_or_null(o->instrument),
					"lead", str_or_null(o->lead), "due", str_or_null(o->due_date),
					"slow_to_progress",
					slow ? json_string(rules_slow_words(slow, why, sizeof why))
					     : json_null()));
	}
	for (i = 0; i < p->nactions; i++) {
		const struct store_action *a = &p->actions[i];
		const char *st, *rag;
		rules_action_state(p, i, as_of, &st, &rag);
		json_array_append_new(
			acts, json_pack("{s:s, s:s, s:s, s:s, s:o, s:s, s:s, s:s, s:o}", "ref", a->ref,
					"objective", a->objective, "title", a->title, "owner",
					a->owner, "start", str_or_null(a->start_date), "due",
					a->due_date, "status", st, "rag", rag, "rag_reason",
					str_or_null(a->rag_reason)));
	}
	for (i = 0; i < p->nmeasures; i++) {
		const struct store_measure *m = &p->measures[i];
		json_t *vals = json_array();
		for (k = 0; k < p->nvalues; k++)
			if (!strcmp(p->values[k].measure, m->ref))
				json_array_append_new(vals, json_pack("{s:s, s:s}", "month",
								      p->values[k].month, "value",
								      p->values[k].value));
		json_array_append_new(
			meas, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:b, s:o, s:o}", "ref",
					m->ref, "objective", m->objective, "indicator", m->indicator,
					"unit", m->unit, "baseline", m->baseline, "target", m->target,
					"better", m->better, "moving_away",
					rules_measure_away(p, i, as_of), "source",
					str_or_null(m->source), "values", vals));
	}
	for (i = 0; i < p->nupdates; i++) {
		const struct store_plan_update *u = &p->updates[i];
		json_array_append_new(ups, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:o}", "action",
						     u->action, "date", u->date, "who", u->who,
						     "what", u->what, "status", u->status, "rag",
						     u->rag, "rag_reason", str_or_null(u->rag_reason)));
	}
	cal_format_iso(as_of, day);
	return json_pack("{s:i, s:i, s:s, s:s, s:o, s:o, s:s, s:o, s:o, s:o, s:o, s:o}", "council",
			 p->council, "version", p->version, "title", p->title, "adopted", p->adopted,
			 "superseded", str_or_null(p->superseded), "source", str_or_null(p->source),
			 "as_of", day, "owners", owners, "objectives", objs, "actions", acts,
			 "measures", meas, "updates", ups);
}

void web_get_council_plan(struct web_req *rq)
{
	const char *v = web_query(rq, "version");
	struct arena a = ARENA_INIT;
	struct store_plan p;
	struct store *s;
	struct err e = {0};
	cal_day as_of;
	long version = 0;
	char *end;
	int code;

	if (v) {
		errno = 0;
		version = strtol(v, &end, 10);
		if (errno || *end || version < 1 || version > 100000) {
			web_reply_bad_param(rq, "version", "version: a plan version number, not '%s'", v);
			return;
		}
	}
	if (web_council_of(rq, &code) < 0 || web_as_of_day(rq, &as_of) < 0 ||
	    !(s = web_store_or_503(rq)))
		return;
	if (store_plan_load(s, code, (int)version, &a, &p, &e) < 0) {
		arena_release(&a);
		store_error(rq, &e);
		return;
	}
	web_reply_json(rq, 200, plan_json(&p, as_of));
	arena_release(&a);
}

void web_get_council_boards(struct web_req *rq)
{
	struct arena a = ARENA_INIT;
	struct store_board *b;
	struct store *s;
	struct err e = {0};
	json_t *arr;
	size_t nb, i, j;
	cal_day as_of;
	int code;

	if (web_council_of(rq, &code) < 0 || web_as_of_day(rq, &as_of) < 0 ||
	    !(s = web_store_or_503(rq)))
		return;
	if (store_boards_load(s, code, &a, &b, &nb, &e) < 0)
		goto fail;
	arr = json_array();
	for (i = 0; i < nb; i++) {
		struct store_meeting *m;
		size_t nm, held = 0;
		cal_day *days, since, until = -1;
		json_t *ms = json_array(), *cad = json_null();

		if (store_meetings_load(s, b[i].id, &a, &m, &nm, &e) < 0 ||
		    !(days = arena_zalloc(&a, (nm + 1) * sizeof *days))) {
			json_decref(ms);
			json_decref(arr);
			goto fail;
		}
		for (j = 0; j < nm; j++) {
			if (cal_parse_iso(strv_of(m[j].date), &days[held], &e) < 0 || days[held] > as_of)
				continue;
			held++;
			json_array_append_new(
				ms, json_pack("{s:s, s:o, s:o, s:o, s:o, s:o}", "date", m[j].date,
					      "chair", str_or_null(m[j].chair), "attendees",
					      str_or_null(m[j].attendees), "papers",
					      str_or_null(m[j].papers), "decisions",
					      str_or_null(m[j].decisions), "evidence_for_occurrence",
					      m[j].occurrence ? json_integer(m[j].occurrence)
							      : json_null()));
		}
		err_clear(&e);
		if (b[i].every && cal_parse_iso(strv_of(b[i].since), &since, &e) == 0 &&
		    (!b[i].until || cal_parse_iso(strv_of(b[i].until), &until, &e) == 0)) {
			struct rules_cadence c;
			if (rules_board_cadence(b[i].every, since, until, as_of, days, held, &c, &e) == 0)
				cad = json_pack("{s:i, s:i, s:b}", "cycles_met", c.met, "cycles_missed",
						c.missed, "current_cycle_met", c.open_met);
		}
		err_clear(&e);
		json_array_append_new(
			arr, json_pack("{s:I, s:s, s:s, s:o, s:o, s:s, s:o, s:o, s:o, s:o}", "id",
				       (json_int_t)b[i].id, "kind", b[i].kind, "name", b[i].name,
				       "chair", str_or_null(b[i].chair), "every",
				       str_or_null(b[i].every), "since", b[i].since, "until",
				       str_or_null(b[i].until), "clause", str_or_null(b[i].ref),
				       "meetings", ms, "cadence", cad));
	}
	web_reply_json(rq, 200, json_pack("{s:i, s:o}", "council", code, "boards", arr));
	arena_release(&a);
	return;
fail:
	arena_release(&a);
	store_error(rq, &e);
}

/* ---- reports as data ---- */

static int table_json(void *ctx, const char *name, const struct table *t)
{
	json_t *tables = ctx, *h = json_array(), *rows = json_array();
	size_t r;
	int c;

	for (c = 0; c < t->ncols; c++)
		json_array_append_new(h, json_string(t->headers[c]));
	for (r = 0; r < t->nrows; r++) {
		json_t *row = json_array();
		for (c = 0; c < t->ncols; c++) {
			const char *x = t->cells[r * (size_t)t->ncols + (size_t)c].text;
			json_array_append_new(row, json_string(x ? x : ""));
		}
		json_array_append_new(rows, row);
	}
	json_object_set_new(tables, name, json_pack("{s:o, s:o}", "headers", h, "rows", rows));
	return 0;
}

void web_get_council_report_api(struct web_req *rq)
{
	const char *k = web_param(rq, "kind");
	struct report_req r = {0};
	struct strbuf md = STRBUF_INIT;
	struct store *s;
	struct err e = {0};
	json_t *tables;
	char day[CAL_DATE_LEN];
	int code;

	if (web_council_of(rq, &code) < 0)
		return;
	if (!k || !report_kind_parse(k, &r.kind) || r.kind == REPORT_NATIONAL) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "a council's reports are board, minister, highlight and review");
		return;
	}
	r.council = code;
	r.from = -1;
	r.period = web_query(rq, "period");
	if (web_as_of_day(rq, &r.as_of) < 0 || !(s = web_store_or_503(rq)))
		return;
	tables = json_object();
	if (report_build(s, &r, DOC_MARKDOWN, &md, table_json, tables, &e) < 0) {
		json_decref(tables);
		strbuf_release(&md);
		store_error(rq, &e);
		return;
	}
	strbuf_release(&md);
	web_reply_json(rq, 200, json_pack("{s:s, s:i, s:s, s:o, s:s}", "kind", k, "council", code,
					  "as_of", cal_format_iso(r.as_of, day), "tables", tables,
					  "document", "html, markdown, pdf and csv: /councils/{code}/"
					  "reports/{kind}?format="));
}

/* ---- the national status and the findings ---- */

struct status_sink {
	json_t *arr;
	bool dfe;
};

static int status_item(void *ctx, const struct views_status *st)
{
	struct status_sink *k = ctx;
	json_t *o = views_status_json(st);
	if (!k->dfe)
		json_object_del(o, "overdue");
	json_array_append_new(k->arr, o);
	return 0;
}

void web_get_status(struct web_req *rq)
{
	struct views_cases cases = {0};
	struct status_sink k = {NULL, rq->role >= WEB_ROLE_DFE_VIEWER};
	struct store *s;
	struct err e = {0};
	char day[CAL_DATE_LEN];
	cal_day as_of;

	if (web_as_of_day(rq, &as_of) < 0 || !(s = web_store_or_503(rq)) || web_cache_serve(rq))
		return;
	k.arr = json_array();
	if (views_cases_load(s, &cases, &e) < 0 ||
	    views_status(s, &cases, as_of, 0, status_item, &k, &e) < 0) {
		views_cases_release(&cases);
		json_decref(k.arr);
		store_error(rq, &e);
		return;
	}
	views_cases_release(&cases);
	web_reply_json(rq, 200, json_pack("{s:s, s:o}", "as_of", cal_format_iso(as_of, day),
					  "councils", k.arr));
}

static int finding_item(void *ctx, const struct views_finding *f)
{
	json_array_append_new(ctx, views_finding_json(f));
	return 0;
}

void web_get_check(struct web_req *rq)
{
	const char *c = web_query(rq, "council");
	struct views_cases cases = {0};
	struct store *s;
	struct err e = {0};
	char day[CAL_DATE_LEN], *end;
	json_t *arr;
	cal_day as_of;
	long code = 0;

	if (c) {
		errno = 0;
		code = strtol(c, &end, 10);
		if (errno || *end || code <= 0 || code > 99999) {
			web_reply_bad_param(rq, "council", "council: a DfE LA number, not '%s'", c);
			return;
		}
	}
	if (web_as_of_day(rq, &as_of) < 0 || !(s = web_store_or_503(rq)))
		return;
	arr = json_array();
	if (views_cases_load(s, &cases, &e) < 0 ||
	    views_check(s, &cases, as_of, (int)code, finding_item, arr, &e) < 0) {
		views_cases_release(&cases);
		json_decref(arr);
		store_error(rq, &e);
		return;
	}
	views_cases_release(&cases);
	web_reply_json(rq, 200, json_pack("{s:s, s:o}", "as_of", cal_format_iso(as_of, day),
					  "findings", arr));
}
