/*
 * plan_report.c: the board report, the Minister's update, the highlight
 * report, the DfE review pack and the national overview (plan_report.h),
 * each a sequence of sections over the register: facts, RAG summary,
 * objectives slow to progress (src/rules/plan.h), actions, updates,
 * measures with trend charts, obligations in the period with their status
 * (src/views occurrences), board meetings and cadence, what is due next,
 * and for the national overview the stage engine's picture of every
 * council.  Every table goes to the document and to the caller's table
 * callback (CSV).
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../cal/period.h"
#include "../rules/plan.h"
#include "../rules/stats.h"
#include "../views/views.h"
#include "plan_report.h"

static const char *const kind_names[] = {"board", "minister", "highlight", "review", "national"};

bool report_kind_parse(const char *s, enum report_kind *k)
{
	size_t i;
	for (i = 0; i < ARRAY_SIZE(kind_names); i++)
		if (!strcmp(s, kind_names[i])) {
			*k = (enum report_kind)i;
			return true;
		}
	return false;
}

const char *report_kind_name(enum report_kind k) { return kind_names[k]; }

const char *report_default_period(enum report_kind k)
{
	switch (k) {
	case REPORT_BOARD: return "P1M";
	case REPORT_MINISTER: return "P3M";
	case REPORT_HIGHLIGHT: return "P6W";
	case REPORT_REVIEW:
	case REPORT_NATIONAL: break;
	}
	return NULL;
}

struct rep {
	struct store *s;
	const struct report_req *r;
	struct doc d;
	report_table_fn fn;
	void *ctx;
	struct arena a;
	struct store_plan p;
	bool has_plan;
	char name[128];
	cal_day from, to, next_to;
	char from_s[CAL_DATE_LEN], to_s[CAL_DATE_LEN], next_s[CAL_DATE_LEN];
	struct views_cases cases;
	bool cases_loaded;
	struct err *e;
	int failed;
};

static int emit(struct rep *x, const char *name, const char *caption, struct table *t)
{
	doc_table(&x->d, caption, t);
	if (x->fn && x->fn(x->ctx, name, t) != 0 && !x->failed)
		x->failed = err_set(x->e, ERR_IO, "cannot write the table %s", name);
	table_release(t);
	return x->failed;
}

static enum table_style rag_style(const char *rag)
{
	if (!rag)
		return TABLE_PLAIN;
	if (!strcmp(rag, "red"))
		return TABLE_RED;
	if (!strcmp(rag, "amber"))
		return TABLE_AMBER;
	if (!strcmp(rag, "green"))
		return TABLE_GREEN;
	return TABLE_DIM; /* blue: complete */
}

static bool day_in(const char *iso, cal_day from, cal_day to)
{
	struct err e = {0};
	cal_day d;
	return iso && cal_parse_iso(strv_of(iso), &d, &e) == 0 && d >= from && d <= to;
}

/* ---- sections ---- */

static const struct views_case *the_case(struct rep *x)
{
	if (!x->cases_loaded) {
		if (views_cases_load(x->s, &x->cases, x->e) < 0)
			return NULL;
		x->cases_loaded = true;
	}
	return views_case_find(&x->cases, x->r->council);
}

struct occ_tally {
	struct table t;
	int met, late, overdue, due, other;
};

static int occ_row(void *ctx, const struct views_occ *o)
{
	struct occ_tally *q = ctx;
	const char *cells[6];
	enum table_style st[6] = {0};
	enum rules_status s = o->status;

	/* The duty in the instrument's own words, whole: a report is evidence. */
	cells[0] = o->due;
	cells[1] = o->ref;
	cells[2] = o->action ? o->action : "";
	cells[3] = o->bearer;
	cells[4] = rules_status_name(s);
	cells[5] = o->met_on;
	st[4] = s == RULES_MET ? TABLE_GREEN : s == RULES_MET_LATE ? TABLE_AMBER
					  : s == RULES_OVERDUE ? TABLE_RED : TABLE_PLAIN;
	q->met += s == RULES_MET;
	q->late += s == RULES_MET_LATE;
	q->overdue += s == RULES_OVERDUE;
	q->due += s == RULES_DUE || s == RULES_UPCOMING;
	q->other += s == RULES_ENDED;
	return table_add_row(&q->t, cells, st) < 0;
}

static const char *const occ_headers[] = {"Due", "Clause", "Duty", "Bearer", "Status", "Met on"};

/* Occurrences of the council's instruments due in [from, to], as of the report date. */
static int occurrences(struct rep *x, cal_day from, cal_day to, struct occ_tally *q)
{
	struct views_occ_query oq = {0};

	memset(q, 0, sizeof *q);
	table_init(&q->t, 6, occ_headers, 2);
	oq.council = x->r->council;
	oq.as_of = x->r->as_of;
	oq.window = RULES_DEFAULT_WINDOW;
	oq.from = from;
	oq.to = to;
	if (views_occurrences(x->s, &oq, occ_row, q, x->e) < 0) {
		table_release(&q->t);
		return -1;
	}
	return 0;
}

static int facts(struct rep *x, const struct occ_tally *q)
{
	const char *k[10], *v[10];
	char plan[200], stage[160], ofsted[120], acts[80], slow[80], occ[120], period[60];
	size_t n = 0, i, done = 0, nslow = 0;
	const struct views_case *c = the_case(x);
	struct views_status st;

	if (!c && x->e->code)
		return -1;
	snprintf(period, sizeof period, "%s to %s", x->from_s, x->to_s);
	k[n] = "Council";
	v[n++] = x->name;
	k[n] = "Period";
	v[n++] = period;
	if (c) {
		views_status_of(c, x->r->as_of, &st);
		if (st.has_since) {
			char since[CAL_DATE_LEN];
			cal_format_iso(st.since, since);
			snprintf(stage, sizeof stage, "%s since %s", rules_stage_name(st.stage), since);
		} else {
			snprintf(stage, sizeof stage, "%s", rules_stage_name(st.stage));
		}
		k[n] = "Intervention stage";
		v[n++] = stage;
		if (st.latest) {
			char d[CAL_DATE_LEN];
			cal_format_iso(st.latest->date, d);
			snprintf(ofsted, sizeof ofsted, "%s (published %s)",
				 rules_grade_name(st.latest->overall), d);
			k[n] = "Latest Ofsted judgement";
			v[n++] = ofsted;
		}
	}
	if (x->has_plan) {
		snprintf(plan, sizeof plan, "version %d, adopted %s", x->p.version, x->p.adopted);
		k[n] = "Improvement plan";
		v[n++] = plan;
		for (i = 0; i < x->p.nactions; i++) {
			const char *s, *r;
			rules_action_state(&x->p, i, x->r->as_of, &s, &r);
			done += !strcmp(s, "complete") || !strcmp(s, "cancelled");
		}
		for (i = 0; i < x->p.nobjectives; i++)
			nslow += rules_objective_slow(&x->p, i, x->r->as_of) != 0;
		snprintf(acts, sizeof acts, "%zu of %zu complete", done, x->p.nactions);
		k[n] = "Actions";
		v[n++] = acts;
		snprintf(slow, sizeof slow, "%zu of %zu", nslow, x->p.nobjectives);
		k[n] = "Objectives slow to progress";
		v[n++] = slow;
	}
	if (q) {
		snprintf(occ, sizeof occ, "%d met, %d met late, %d overdue, %d not yet due", q->met,
			 q->late, q->overdue, q->due);
		k[n] = "Duties due in the period";
		v[n++] = occ;
	}
	doc_facts(&x->d, k, v, n);
	return 0;
}

static int rag_summary(struct rep *x)
{
	static const char *const rags[] = {"red", "amber", "green", "blue"};
	static const char *const labels[] = {"Red", "Amber", "Green", "Blue (complete)"};
	static const char *const css[] = {"rag-red", "rag-amber", "rag-green", "rag-blue"};
	static const char *const headers[] = {"RAG", "Actions"};
	struct svg_bar bars[4];
	struct table t;
	struct svg_bar_chart c = {"rag-summary", "Actions by RAG rating", "actions", bars, 4};
	int count[4] = {0};
	size_t i, j;

	for (i = 0; i < x->p.nactions; i++) {
		const char *s, *r;
		rules_action_state(&x->p, i, x->r->as_of, &s, &r);
		for (j = 0; j < 4; j++)
			count[j] += !strcmp(r, rags[j]);
	}
	table_init(&t, 2, headers, -1);
	t.right[1] = true;
	for (j = 0; j < 4; j++) {
		char num[16];
		const char *cells[2] = {labels[j], num};
		enum table_style st[2] = {rag_style(rags[j]), TABLE_PLAIN};
		snprintf(num, sizeof num, "%d", count[j]);
		bars[j] = (struct svg_bar){labels[j], count[j], css[j]};
		table_add_row(&t, cells, st);
	}
	doc_heading(&x->d, 2, "RAG summary");
	doc_bar_chart(&x->d, &c, NULL);
	return emit(x, "rag-summary", "Actions by RAG rating", &t);
}

static int slow_objectives(struct rep *x)
{
	static const char *const headers[] = {"Objective", "Title", "Lead", "Why"};
	struct table t;
	size_t i;
	char why[200];

	table_init(&t, 4, headers, 1);
	for (i = 0; i < x->p.nobjectives; i++) {
		unsigned w = rules_objective_slow(&x->p, i, x->r->as_of);
		const struct store_objective *o = &x->p.objectives[i];
		const char *cells[4] = {o->ref, o->title, o->lead, rules_slow_words(w, why, sizeof why)};
		if (w)
			table_add_row(&t, cells, NULL);
	}
	doc_heading(&x->d, 2, "Objectives slow to progress");
	doc_para(&x->d, "Behind their due date, red or amber at two updates running, or with a "
			"measure moving away from its target, as of the report date.");
	return emit(x, "slow-objectives", "Objectives slow to progress", &t);
}

static int actions(struct rep *x, bool open_only, cal_day due_from, cal_day due_to,
		   const char *name, const char *caption)
{
	static const char *const headers[] = {"Action", "Objective", "Title", "Owner",
					      "Due",    "Status",	 "RAG",	  "Reason"};
	struct table t;
	size_t i;

	table_init(&t, 8, headers, 2);
	for (i = 0; i < x->p.nactions; i++) {
		const struct store_action *a = &x->p.actions[i];
		const char *s, *r;
		rules_action_state(&x->p, i, x->r->as_of, &s, &r);
		if (open_only && (!strcmp(s, "complete") || !strcmp(s, "cancelled")))
			continue;
		if (due_from >= 0 && !day_in(a->due_date, due_from, due_to))
			continue;
		const char *cells[8] = {a->ref, a->objective, a->title, a->owner,
					a->due_date, s, r, a->rag_reason};
		enum table_style st[8] = {0};
		st[6] = rag_style(r);
		table_add_row(&t, cells, st);
	}
	return emit(x, name, caption, &t);
}

/* Updates in date order (the plan keeps them by action); equal dates by action. */
static int cmp_update(const void *a, const void *b)
{
	const struct store_plan_update *const *u = a, *const *v = b;
	int c = strcmp((*u)->date, (*v)->date);
	return c ? c : strcmp((*u)->action, (*v)->action);
}

static int updates(struct rep *x)
{
	static const char *const headers[] = {"Date", "Action", "Who", "What", "Status", "RAG"};
	const struct store_plan_update **by_date;
	struct table t;
	size_t i;

	if (!(by_date = arena_zalloc(&x->a, (x->p.nupdates + 1) * sizeof *by_date)))
		return x->failed = err_set(x->e, ERR_INTERNAL, "out of memory");
	for (i = 0; i < x->p.nupdates; i++)
		by_date[i] = &x->p.updates[i];
	qsort(by_date, x->p.nupdates, sizeof *by_date, cmp_update);
	table_init(&t, 6, headers, 3);
	for (i = 0; i < x->p.nupdates; i++) {
		const struct store_plan_update *u = by_date[i];
		const char *cells[6] = {u->date, u->action, u->who, u->what, u->status, u->rag};
		enum table_style st[6] = {0};
		if (!day_in(u->date, x->from, x->to))
			continue;
		st[5] = rag_style(u->rag);
		table_add_row(&t, cells, st);
	}
	doc_heading(&x->d, 2, "Progress updates in the period");
	return emit(x, "updates", "Progress updates in the period", &t);
}

static int measures(struct rep *x)
{
	static const char *const headers[] = {"Month", "Value"};
	char month[8], name[48], title[200], unit[40];
	size_t i, k, n;

	snprintf(month, sizeof month, "%.7s", x->to_s);
	doc_heading(&x->d, 2, "Measures");
	for (i = 0; i < x->p.nmeasures; i++) {
		const struct store_measure *m = &x->p.measures[i];
		struct svg_point *pts = arena_zalloc(&x->a, (x->p.nvalues + 2) * sizeof *pts);
		struct table t;
		char id[40];
		struct svg_line_chart c;
		bool away = rules_measure_away(&x->p, i, x->r->as_of);

		if (!pts)
			return err_set(x->e, ERR_INTERNAL, "out of memory");
		n = 0;
		table_init(&t, 2, headers, -1);
		t.right[1] = true;
		pts[n++] = (struct svg_point){"Baseline", strtod(m->baseline, NULL), false};
		{
			const char *cells[2] = {"Baseline", m->baseline};
			table_add_row(&t, cells, NULL);
		}
		for (k = 0; k < x->p.nvalues; k++) {
			const struct store_measure_value *v = &x->p.values[k];
			if (strcmp(v->measure, m->ref) || strcmp(v->month, month) > 0)
				continue;
			pts[n++] = (struct svg_point){v->month, strtod(v->value, NULL), false};
			const char *cells[2] = {v->month, v->value};
			table_add_row(&t, cells, NULL);
		}
		/* "%" sticks to its number; a word unit ("children") is spaced from it. */
		snprintf(unit, sizeof unit, "%s%s", ch_is_alpha((unsigned char)m->unit[0]) ? " " : "",
			 m->unit);
		snprintf(id, sizeof id, "measure-%zu", i + 1);
		snprintf(title, sizeof title, "%s %s (target %s%s, %s is better)%s", m->ref,
			 m->indicator, m->target, unit, !strcmp(m->better, "up") ? "higher" : "lower",
			 away ? ": moving away from target" : "");
		c = (struct svg_line_chart){id, title, unit, pts, n, true, strtod(m->target, NULL),
					    !strcmp(m->better, "up")};
		doc_line_chart(&x->d, &c, NULL);
		snprintf(name, sizeof name, "measure-%s", m->ref);
		if (emit(x, name, title, &t))
			return -1;
	}
	if (!x->p.nmeasures)
		doc_para(&x->d, "The plan has no measures.");
	return 0;
}

static int obligations_table(struct rep *x, struct occ_tally *q, const char *heading)
{
	doc_heading(&x->d, 2, heading);
	doc_para(&x->d, "Each dated duty of the council's instruments due in the period, with its "
			"status on the report date: met, met late, overdue, or not yet due.");
	return emit(x, "obligations", heading, &q->t);
}

static int meetings(struct rep *x)
{
	static const char *const mh[] = {"Board", "Date", "Chair", "Attendees", "Papers", "Decisions"};
	static const char *const ch[] = {"Board", "Meets every", "Cycles met", "Cycles missed",
					 "Current cycle"};
	struct store_board *b;
	size_t nb, i, j;
	struct table tm, tc;

	if (store_boards_load(x->s, x->r->council, &x->a, &b, &nb, x->e) < 0)
		return -1;
	table_init(&tm, 6, mh, 5);
	table_init(&tc, 5, ch, -1);
	tc.right[2] = tc.right[3] = true;
	for (i = 0; i < nb; i++) {
		struct store_meeting *m;
		size_t nm, held = 0;
		cal_day *days, since, until = -1;

		if (store_meetings_load(x->s, b[i].id, &x->a, &m, &nm, x->e) < 0 ||
		    !(days = arena_zalloc(&x->a, (nm + 1) * sizeof *days)))
			goto fail;
		for (j = 0; j < nm; j++) {
			const char *cells[6] = {b[i].name, m[j].date, m[j].chair, m[j].attendees,
						m[j].papers, m[j].decisions};
			if (cal_parse_iso(strv_of(m[j].date), &days[held], x->e) < 0)
				goto fail;
			if (days[held] > x->r->as_of)
				continue;
			held++;
			if (day_in(m[j].date, x->from, x->to))
				table_add_row(&tm, cells, NULL);
		}
		if (b[i].every) {
			struct rules_cadence c;
			char met[16], missed[16];
			if (cal_parse_iso(strv_of(b[i].since), &since, x->e) < 0 ||
			    (b[i].until && cal_parse_iso(strv_of(b[i].until), &until, x->e) < 0) ||
			    rules_board_cadence(b[i].every, since, until, x->r->as_of, days, held, &c,
						x->e) < 0)
				goto fail;
			snprintf(met, sizeof met, "%d", c.met);
			snprintf(missed, sizeof missed, "%d", c.missed);
			const char *cells[5] = {b[i].name, b[i].every, met, missed,
						c.open_met ? "met" : "no meeting yet"};
			enum table_style st[5] = {0};
			st[3] = c.missed ? TABLE_RED : TABLE_PLAIN;
			table_add_row(&tc, cells, st);
		}
	}
	doc_heading(&x->d, 2, "Boards");
	if (emit(x, "meetings", "Board meetings in the period", &tm))
		goto fail2;
	return emit(x, "cadence", "Board cadence kept (a cycle with no meeting is missed)", &tc);
fail:
	table_release(&tm);
fail2:
	table_release(&tc);
	return -1;
}

/* ---- the national overview ---- */

struct nat {
	struct table t;
	int overdue_total, in_intervention;
};

static int nat_row(void *ctx, const struct views_status *st)
{
	struct nat *n = ctx;
	char since[CAL_DATE_LEN] = "", in_force[16], overdue[16], judg[80] = "";
	enum table_style sty[7] = {0};

	n->overdue_total += st->overdue;
	if (st->stage == RULES_STAGE_NONE && !st->overdue)
		return 0;
	n->in_intervention += st->stage != RULES_STAGE_NONE;
	if (st->has_since)
		cal_format_iso(st->since, since);
	if (st->latest) {
		char d[CAL_DATE_LEN];
		cal_format_iso(st->latest->date, d);
		snprintf(judg, sizeof judg, "%s (%s)", rules_grade_name(st->latest->overall), d);
	}
	snprintf(in_force, sizeof in_force, "%d", st->in_force);
	snprintf(overdue, sizeof overdue, "%d", st->overdue);
	sty[6] = st->overdue ? TABLE_RED : TABLE_PLAIN;
	const char *cells[7] = {st->c->name,		   st->c->region, rules_stage_name(st->stage),
				since,			   judg,	  in_force,
				overdue};
	return table_add_row(&n->t, cells, sty) < 0;
}

static int national(struct rep *x)
{
	static const char *const sh[] = {"Stage", "Councils"};
	static const char *const gh[] = {"Latest overall judgement", "Councils"};
	static const char *const ch[] = {"Council", "Region", "Stage", "Since",
					 "Latest judgement", "Instruments in force", "Overdue duties"};
	struct rules_stats stats;
	struct rules_case *rc;
	int32_t *scratch;
	struct table ts, tg;
	struct nat n = {0};
	struct svg_bar bars[RULES_STAGE_ALTERNATIVE_DELIVERY + 1];
	struct svg_bar_chart chart = {"stages", "Councils by intervention stage", "councils", bars,
				      0};
	size_t i;
	char buf[4][128];
	const char *k[4], *v[4];

	if (!the_case(x) && x->e->code)
		return -1;
	rc = arena_zalloc(&x->a, (x->cases.n + 1) * sizeof *rc);
	scratch = arena_zalloc(&x->a, (x->cases.n + 1) * sizeof *scratch);
	if (!rc || !scratch)
		return err_set(x->e, ERR_INTERNAL, "out of memory");
	for (i = 0; i < x->cases.n; i++)
		rc[i] = x->cases.v[i].rc;
	rules_stats_compute(rc, x->cases.n, x->r->as_of, scratch, &stats);
	table_init(&n.t, 7, ch, 0);
	n.t.right[5] = n.t.right[6] = true;
	if (views_status(x->s, &x->cases, x->r->as_of, 0, nat_row, &n, x->e) < 0) {
		table_release(&n.t);
		return -1;
	}
	snprintf(buf[0], sizeof buf[0], "%d", stats.councils);
	snprintf(buf[1], sizeof buf[1], "%d", n.in_intervention);
	snprintf(buf[2], sizeof buf[2], "%d", n.overdue_total);
	if (stats.intervened)
		snprintf(buf[3], sizeof buf[3], "median %d days to date (%d to %d), over the %d councils "
			 "ever in intervention",
			 stats.days_median, stats.days_min, stats.days_max, stats.intervened);
	else
		snprintf(buf[3], sizeof buf[3], "none");
	k[0] = "Councils";
	v[0] = buf[0];
	k[1] = "In intervention";
	v[1] = buf[1];
	k[2] = "Overdue duties";
	v[2] = buf[2];
	k[3] = "Time in intervention";
	v[3] = buf[3];
	doc_facts(&x->d, k, v, 4);

	table_init(&ts, 2, sh, -1);
	ts.right[1] = true;
	for (i = 0; i <= RULES_STAGE_ALTERNATIVE_DELIVERY; i++) {
		char num[16];
		const char *cells[2] = {rules_stage_name((enum rules_stage)i), num};
		snprintf(num, sizeof num, "%d", stats.by_stage[i]);
		bars[i] = (struct svg_bar){rules_stage_name((enum rules_stage)i), stats.by_stage[i],
					   NULL};
		table_add_row(&ts, cells, NULL);
	}
	chart.nbars = RULES_STAGE_ALTERNATIVE_DELIVERY + 1;
	doc_heading(&x->d, 2, "Councils by stage");
	doc_bar_chart(&x->d, &chart, NULL);
	if (emit(x, "stages", "Councils by intervention stage", &ts))
		goto fail;
	table_init(&tg, 2, gh, -1);
	tg.right[1] = true;
	for (i = 0; i <= RULES_GRADE_INADEQUATE; i++) {
		char num[16];
		const char *cells[2] = {i ? rules_grade_name((enum rules_grade)i) : "none known", num};
		snprintf(num, sizeof num, "%d", stats.by_grade[i]);
		table_add_row(&tg, cells, NULL);
	}
	doc_heading(&x->d, 2, "Councils by judgement");
	if (emit(x, "judgements", "Councils by latest Ofsted overall judgement", &tg))
		goto fail;
	doc_heading(&x->d, 2, "Councils in intervention or with overdue duties");
	return emit(x, "councils", "Councils in intervention or with overdue duties", &n.t);
fail:
	table_release(&n.t);
	return -1;
}

/* ---- the period ---- */

static int period_start(cal_day as_of, const char *per, cal_day *from, struct err *e)
{
	struct cal_period p;
	if (cal_period_parse(strv_of(per), &p, e) < 0)
		return -1;
	switch (p.unit) {
	case CAL_MONTHS: *from = cal_add_months(as_of, -p.n, NULL) + 1; break;
	case CAL_YEARS: *from = cal_add_months(as_of, -12 * p.n, NULL) + 1; break;
	case CAL_WEEKS: *from = as_of - 7 * p.n + 1; break;
	default: *from = as_of - p.n + 1; break;
	}
	return 0;
}

struct last_review {
	cal_day when;
};

static int review_row(void *ctx, const struct views_occ *o)
{
	struct last_review *l = ctx;
	struct err e = {0};
	cal_day d;
	if (o->met_on && o->action && strstr(o->action, "review") && o->bearer &&
	    !strcmp(o->bearer, "dfe") && cal_parse_iso(strv_of(o->met_on), &d, &e) == 0 &&
	    d > l->when)
		l->when = d;
	return 0;
}

/*
 * The cadence of the written updates to the Minister, as the council's instruments in
 * force on the report date say (a recurring duty owed to the minister or the Secretary of
 * State, e.g. the Kirklees direction's annex 3.h, "quarterly written updates"); 0 and
 * "" in buf when none says.
 */
static int minister_cadence(struct rep *x, char *buf, size_t n)
{
	char day[CAL_DATE_LEN];
	struct store_val k[4];

	cal_format_iso(x->r->as_of, day);
	k[0] = sv_int(x->r->council);
	k[1] = sv_text(day);
	k[2] = sv_text(day);
	return store_query_text(x->s,
				"SELECT o.every FROM obligations o JOIN instruments i ON i.sha256 = "
				"o.instrument WHERE i.council = ? AND o.to_party IN ('minister', "
				"'secretary_of_state') AND o.every IS NOT NULL AND i.date <= ? AND "
				"(i.ended_on IS NULL OR i.ended_on > ?) ORDER BY i.date DESC, o.ref "
				"LIMIT 1",
				k, 3, buf, n, x->e);
}

static int default_from(struct rep *x)
{
	const char *per = x->r->period ? x->r->period : report_default_period(x->r->kind);
	struct err de = {0};
	char every[32];

	if (!x->r->period && x->r->kind == REPORT_MINISTER) {
		int found = minister_cadence(x, every, sizeof every);
		if (found < 0)
			return -1;
		if (found > 0 && *every)
			per = every;
	}

	if (per)
		return period_start(x->r->as_of, per, &x->from, x->e);
	if (x->r->kind == REPORT_REVIEW) {
		struct views_occ_query q = {0};
		struct last_review l = {-1};
		q.council = x->r->council;
		q.as_of = x->r->as_of;
		q.window = RULES_DEFAULT_WINDOW;
		q.from = cal_min_day();
		q.to = x->r->as_of;
		if (views_occurrences(x->s, &q, review_row, &l, x->e) < 0)
			return -1;
		if (l.when >= 0) {
			x->from = l.when + 1;
			return 0;
		}
		if (x->has_plan && cal_parse_iso(strv_of(x->p.adopted), &x->from, &de) == 0)
			return 0;
	}
	x->from = x->r->as_of;
	return 0;
}

int report_build(struct store *s, const struct report_req *r, enum doc_format f,
		 struct strbuf *out, report_table_fn fn, void *ctx, struct err *e)
{
	struct rep x = {.s = s, .r = r, .fn = fn, .ctx = ctx, .e = e};
	struct occ_tally q = {0}, nextq = {0};
	bool have_q = false;
	char title[200], sub[200];
	int rc = -1;

	arena_init(&x.a, 0);
	if (r->kind != REPORT_NATIONAL) {
		struct store_val k[] = {sv_int(r->council)};
		if (store_query_text(s, "SELECT name FROM councils WHERE code = ?", k, 1, x.name,
				     sizeof x.name, e) < 0 ||
		    store_plan_load(s, r->council, 0, &x.a, &x.p, e) < 0)
			goto out;
		x.has_plan = true;
		/* The plan as it stood on the report date: an earlier version if it was revised
		 * since. */
		{
			char day[CAL_DATE_LEN];
			cal_format_iso(r->as_of, day);
			while (strcmp(x.p.adopted, day) > 0 && x.p.version > 1) {
				int v = x.p.version - 1;
				if (store_plan_load(s, r->council, v, &x.a, &x.p, e) < 0)
					goto out;
			}
			if (strcmp(x.p.adopted, day) > 0) {
				err_set(e, ERR_DATA, "%s's improvement plan was adopted on %s, after %s",
					x.name, x.p.adopted, day);
				goto out;
			}
		}
	} else {
		snprintf(x.name, sizeof x.name, "England");
	}
	x.to = r->as_of;
	if (r->from >= 0)
		x.from = r->from;
	else if (default_from(&x) < 0)
		goto out;
	if (x.from > x.to) {
		err_set(e, ERR_DATA, "the period starts after it ends");
		goto out;
	}
	x.next_to = x.to + (x.to - x.from + 1);
	cal_format_iso(x.from, x.from_s);
	cal_format_iso(x.to, x.to_s);
	cal_format_iso(x.next_to, x.next_s);

	switch (r->kind) {
	case REPORT_BOARD: snprintf(title, sizeof title, "%s: report to the improvement board", x.name); break;
	case REPORT_MINISTER: snprintf(title, sizeof title, "%s: update to the Minister", x.name); break;
	case REPORT_HIGHLIGHT: snprintf(title, sizeof title, "%s: highlight report", x.name); break;
	case REPORT_REVIEW: snprintf(title, sizeof title, "%s: Department for Education review pack", x.name); break;
	case REPORT_NATIONAL: snprintf(title, sizeof title, "Children's services intervention: national overview"); break;
	}
	if (r->kind == REPORT_NATIONAL)
		snprintf(sub, sizeof sub, "As of %s", x.to_s);
	else
		snprintf(sub, sizeof sub, "%s to %s; %s, version %d", x.from_s, x.to_s, x.p.title,
			 x.p.version);
	doc_begin(&x.d, f, out, title, sub);

	if (r->kind == REPORT_NATIONAL) {
		if (national(&x) < 0)
			goto out;
		doc_end(&x.d);
		rc = 0;
		goto out;
	}
	if (occurrences(&x, x.from, x.to, &q) < 0)
		goto out;
	have_q = true;
	if (facts(&x, &q) < 0)
		goto out;
	switch (r->kind) {
	case REPORT_BOARD:
	case REPORT_REVIEW:
		if (rag_summary(&x) || slow_objectives(&x))
			goto out;
		doc_heading(&x.d, 2, "Actions");
		if (actions(&x, false, -1, -1, "actions", "Every action and its state") ||
		    updates(&x) || measures(&x) ||
		    obligations_table(&x, &q, "Duties due in the period"))
			goto out;
		have_q = false;
		if (meetings(&x))
			goto out;
		break;
	case REPORT_MINISTER:
	case REPORT_HIGHLIGHT:
		doc_heading(&x.d, 2, "Progress");
		if (rag_summary(&x) || updates(&x))
			goto out;
		doc_heading(&x.d, 2, "Risks");
		if (slow_objectives(&x) || obligations_table(&x, &q, "Duties due in the period"))
			goto out;
		have_q = false;
		doc_heading(&x.d, 2, "Next steps");
		doc_para(&x.d, "Open actions and dated duties falling due in the next period.");
		if (actions(&x, true, x.to + 1, x.next_to, "next-actions", "Open actions due next"))
			goto out;
		if (occurrences(&x, x.to + 1, x.next_to, &nextq) < 0)
			goto out;
		if (emit(&x, "next-duties", "Duties due next", &nextq.t))
			goto out;
		break;
	case REPORT_NATIONAL: break;
	}
	doc_end(&x.d);
	rc = x.failed ? -1 : 0;
out:
	if (have_q)
		table_release(&q.t);
	if (x.cases_loaded)
		views_cases_release(&x.cases);
	arena_release(&x.a);
	return rc;
}
