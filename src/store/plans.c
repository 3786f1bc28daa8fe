/*
 * plans.c: improvement plans (versioned per council: owners, objectives,
 * actions, measures with monthly values, progress updates) and boards with
 * their meetings.
 *
 * A plan is put whole, as one new version, in the caller's transaction
 * with one audit entry; later changes (an update on an action, a measure's
 * value for a month) are single audited writes on the latest version.  A
 * board meeting is the evidence of the board's cadence: when the board is
 * tied to an instrument clause with dated occurrences, recording the
 * meeting adds an evidence row on the occurrence whose cycle holds its
 * date (store_evidence_put, so it shows in `due`, `check` and the
 * calendar like any other evidence).  Boards without such a clause are
 * judged on their own cadence by src/rules/plan.h.  Callers own the
 * transaction; every change appends one audit entry (plan.add,
 * plan.update, measure.value, board.add, meeting.add).
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/grow.h"
#include "../base/str.h"
#include "store.h"

static const char *const statuses[] = {"not_started", "in_progress", "complete", "cancelled"};
static const char *const rags[] = {"red", "amber", "green", "blue"};

static bool in_list(const char *s, const char *const *v, size_t n)
{
	size_t i;
	for (i = 0; s && i < n; i++)
		if (!strcmp(s, v[i]))
			return true;
	return false;
}

bool store_plan_status_valid(const char *s) { return in_list(s, statuses, ARRAY_SIZE(statuses)); }
bool store_plan_rag_valid(const char *s) { return in_list(s, rags, ARRAY_SIZE(rags)); }

/* Append a JSON object's compact text as an audit entry (takes the references). */
static int audit_json(struct store *s, const char *action, const char *subject, json_t *before,
		      json_t *after, struct err *e)
{
	char *b = before ? json_dumps(before, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
	char *a = after ? json_dumps(after, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
	int rc;

	if ((before && !b) || (after && !a) || !after)
		rc = err_set(e, ERR_INTERNAL, "out of memory");
	else
		rc = store_audit_append(s, action, subject, b, a, e);
	free(b);
	free(a);
	json_decref(before);
	json_decref(after);
	return rc;
}

/* ---- rows as text, collected into an arena ---- */

struct rows {
	struct arena *a;
	char **cell; /* row-major, ncols per row; NULL for SQL NULL */
	size_t n, cap;
	int ncols;
	bool oom;
};

static int rows_fn(void *ctx, const struct store_val *c, int n)
{
	struct rows *r = ctx;
	int i;
	char num[24];

	if (grow((void **)&r->cell, &r->cap, (r->n + 1) * (size_t)r->ncols, sizeof *r->cell) < 0) {
		r->oom = true;
		return 1;
	}
	for (i = 0; i < r->ncols; i++) {
		char **dst = &r->cell[r->n * (size_t)r->ncols + (size_t)i];
		*dst = NULL;
		if (i >= n || c[i].t == SV_NULL)
			continue;
		if (c[i].t == SV_INT) {
			snprintf(num, sizeof num, "%lld", (long long)c[i].i);
			*dst = arena_strdup(r->a, num);
		} else {
			*dst = arena_strndup(r->a, c[i].s, c[i].n);
		}
		if (!*dst) {
			r->oom = true;
			return 1;
		}
	}
	r->n++;
	return 0;
}

static int rows_get(struct store *s, const char *sql, const struct store_val *p, int np,
		    int ncols, struct arena *a, struct rows *r, struct err *e)
{
	*r = (struct rows){.a = a, .ncols = ncols};
	if (store_query(s, sql, p, np, rows_fn, r, e) < 0) {
		free(r->cell);
		r->cell = NULL;
		return -1;
	}
	if (r->oom) {
		free(r->cell);
		r->cell = NULL;
		return err_set(e, ERR_INTERNAL, "out of memory");
	}
	return 0;
}

#define CELL(r, i, j) ((const char *)(r)->cell[(i) * (size_t)(r)->ncols + (j)])

static int64_t to_i64(const char *s) { return s ? (int64_t)strtoll(s, NULL, 10) : 0; }

/* ---- checking a plan before it is put ---- */

static bool has_ref_obj(const struct store_plan *p, const char *ref, size_t upto)
{
	size_t i;
	for (i = 0; ref && i < upto; i++)
		if (!strcmp(p->objectives[i].ref, ref))
			return true;
	return false;
}

static bool valid_month(const char *m)
{
	return m && strlen(m) == 7 && ch_is_digit(m[0]) && ch_is_digit(m[1]) && ch_is_digit(m[2]) &&
	       ch_is_digit(m[3]) && m[4] == '-' && ch_is_digit(m[5]) && ch_is_digit(m[6]) &&
	       ((m[5] == '0' && m[6] >= '1') || (m[5] == '1' && m[6] <= '2'));
}

static bool valid_number(const char *v)
{
	char *end;
	if (!v || !*v || ch_is_space((unsigned char)*v))
		return false;
	errno = 0;
	(void)strtod(v, &end);
	return !errno && !*end;
}

static int check_plan(const struct store_plan *p, struct err *e)
{
	size_t i, j;

	if (p->council <= 0 || !p->title || !*p->title || !p->adopted)
		return err_set(e, ERR_DATA, "a plan needs a council, a title and an adopted date");
	for (i = 0; i < p->nowners; i++)
		for (j = 0; j < i; j++)
			if (!strcmp(p->owners[i].name, p->owners[j].name))
				return err_set(e, ERR_DATA, "owner '%s' named twice",
					       p->owners[i].name);
	for (i = 0; i < p->nobjectives; i++)
		if (!p->objectives[i].ref || !p->objectives[i].title ||
		    has_ref_obj(p, p->objectives[i].ref, i))
			return err_set(e, ERR_DATA, "objective '%s' without a title or defined twice",
				       p->objectives[i].ref ? p->objectives[i].ref : "");
	for (i = 0; i < p->nactions; i++) {
		const struct store_action *x = &p->actions[i];
		bool owner = false;
		if (!x->ref || !x->title || !x->due_date)
			return err_set(e, ERR_DATA, "an action needs a ref, a title and a due date");
		if (!has_ref_obj(p, x->objective, p->nobjectives))
			return err_set(e, ERR_DATA, "action '%s': unknown objective '%s'", x->ref,
				       x->objective ? x->objective : "");
		for (j = 0; x->owner && j < p->nowners; j++)
			owner |= !strcmp(p->owners[j].name, x->owner);
		if (!owner)
			return err_set(e, ERR_DATA, "action '%s': unknown owner '%s'", x->ref,
				       x->owner ? x->owner : "");
		if (!store_plan_status_valid(x->status) || !store_plan_rag_valid(x->rag))
			return err_set(e, ERR_DATA, "action '%s': bad status or RAG", x->ref);
		for (j = 0; j < i; j++)
			if (!strcmp(p->actions[j].ref, x->ref))
				return err_set(e, ERR_DATA, "action '%s' defined twice", x->ref);
	}
	for (i = 0; i < p->nmeasures; i++) {
		const struct store_measure *m = &p->measures[i];
		if (!m->ref || !m->indicator || !m->unit)
			return err_set(e, ERR_DATA, "a measure needs a ref, an indicator and a unit");
		if (!has_ref_obj(p, m->objective, p->nobjectives))
			return err_set(e, ERR_DATA, "measure '%s': unknown objective '%s'", m->ref,
				       m->objective ? m->objective : "");
		if (!valid_number(m->baseline) || !valid_number(m->target) || !m->better ||
		    (strcmp(m->better, "up") && strcmp(m->better, "down")))
			return err_set(e, ERR_DATA, "measure '%s': bad baseline, target or direction",
				       m->ref);
		for (j = 0; j < i; j++)
			if (!strcmp(p->measures[j].ref, m->ref))
				return err_set(e, ERR_DATA, "measure '%s' defined twice", m->ref);
	}
	for (i = 0; i < p->nvalues; i++) {
		bool found = false;
		for (j = 0; p->values[i].measure && j < p->nmeasures; j++)
			found |= !strcmp(p->measures[j].ref, p->values[i].measure);
		if (!found)
			return err_set(e, ERR_DATA, "value for unknown measure '%s'",
				       p->values[i].measure ? p->values[i].measure : "");
		if (!valid_month(p->values[i].month) || !valid_number(p->values[i].value))
			return err_set(e, ERR_DATA, "measure '%s': bad month or value",
				       p->values[i].measure);
		for (j = 0; j < i; j++)
			if (!strcmp(p->values[j].measure, p->values[i].measure) &&
			    !strcmp(p->values[j].month, p->values[i].month))
				return err_set(e, ERR_DATA, "measure '%s' has two values for %s",
					       p->values[i].measure, p->values[i].month);
	}
	for (i = 0; i < p->nupdates; i++) {
		bool found = false;
		for (j = 0; p->updates[i].action && j < p->nactions; j++)
			found |= !strcmp(p->actions[j].ref, p->updates[i].action);
		if (!found)
			return err_set(e, ERR_DATA, "update for unknown action '%s'",
				       p->updates[i].action ? p->updates[i].action : "");
		if (!store_plan_status_valid(p->updates[i].status) ||
		    !store_plan_rag_valid(p->updates[i].rag) || !p->updates[i].date ||
		    !p->updates[i].who || !p->updates[i].what)
			return err_set(e, ERR_DATA, "update on '%s': incomplete", p->updates[i].action);
	}
	return 0;
}

/* The instrument (SHA-256 into out[65]) whose obligation ref is clause, among council's
 * instruments dated on or before day, latest first; "" if none.  "7.b" matches "7.b/1". */
static int find_clause(struct store *s, int council, const char *day, const char *clause,
		       char out[65], struct err *e)
{
	struct arena a = ARENA_INIT;
	struct rows r;
	struct store_val p[] = {sv_int(council), sv_text(day)};
	size_t i, n = strlen(clause);

	out[0] = 0;
	if (rows_get(s, "SELECT b.instrument, b.ref FROM obligations b JOIN instruments i ON "
		     "i.sha256 = b.instrument WHERE i.council = ? AND i.date <= ? ORDER BY i.date "
		     "DESC, b.id", p, 2, 2, &a, &r, e) < 0) {
		arena_release(&a);
		return -1;
	}
	for (i = 0; i < r.n && !out[0]; i++) {
		const char *ref = CELL(&r, i, 1);
		if (ref && (!strcmp(ref, clause) || (!strncmp(ref, clause, n) && ref[n] == '/')))
			snprintf(out, 65, "%s", CELL(&r, i, 0));
	}
	free(r.cell);
	arena_release(&a);
	return 0;
}

static int64_t find_in(const char *const *refs, const int64_t *ids, size_t n, const char *ref)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!strcmp(refs[i], ref))
			return ids[i];
	return 0;
}

int store_plan_put(struct store *s, const struct store_plan *p, int64_t *id, int *version,
		   int *added, struct err *e)
{
	struct arena a = ARENA_INIT;
	struct rows last = {0};
	int64_t prev = 0, nid;
	int rc = -1;
	size_t i;
	const char **orefs = NULL, **arefs = NULL, **mrefs = NULL;
	int64_t *oids = NULL, *aids = NULL, *mids = NULL;
	char subject[64];

	*added = 0;
	if (check_plan(p, e) < 0)
		return -1;
	{
		struct store_val k[] = {sv_int(p->council)};
		if (rows_get(s, "SELECT id, version, file_sha FROM plans WHERE council = ? ORDER BY "
			     "version DESC", k, 1, 3, &a, &last, e) < 0)
			goto out;
	}
	*version = 1;
	if (last.n) {
		prev = to_i64(CELL(&last, 0, 0));
		*version = (int)to_i64(CELL(&last, 0, 1)) + 1;
		if (p->file_sha && CELL(&last, 0, 2) && !strcmp(p->file_sha, CELL(&last, 0, 2))) {
			*id = prev;
			*version -= 1;
			rc = 0;
			goto out;
		}
	}
	if (store_next_id(s, "plans", id, e) < 0)
		goto out;
	{
		struct store_val v[] = {sv_int(*id), sv_int(p->council), sv_int(*version),
					sv_text(p->title), sv_text(p->adopted), sv_text(p->source),
					sv_text(p->file_sha), sv_text(s->today[0] ? s->today : p->adopted)};
		if (store_exec(s, "INSERT INTO plans (id, council, version, title, adopted, source, "
			       "file_sha, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", v, 8, e) < 0)
			goto out;
	}
	if (prev) {
		struct store_val v[] = {sv_text(p->adopted), sv_int(prev)};
		if (store_exec(s, "UPDATE plans SET superseded = ? WHERE id = ?", v, 2, e) < 0)
			goto out;
	}
	for (i = 0; i < p->nowners; i++) {
		if (store_next_id(s, "plan_owners", &nid, e) < 0)
			goto out;
		struct store_val w[] = {sv_int(nid), sv_int(*id), sv_text(p->owners[i].name),
					sv_text(p->owners[i].role)};
		if (store_exec(s, "INSERT INTO plan_owners (id, plan, name, role) VALUES (?, ?, ?, ?)",
			       w, 4, e) < 0)
			goto out;
	}
	orefs = calloc(p->nobjectives + 1, sizeof *orefs);
	oids = calloc(p->nobjectives + 1, sizeof *oids);
	arefs = calloc(p->nactions + 1, sizeof *arefs);
	aids = calloc(p->nactions + 1, sizeof *aids);
	mrefs = calloc(p->nmeasures + 1, sizeof *mrefs);
	mids = calloc(p->nmeasures + 1, sizeof *mids);
	if (!orefs || !oids || !arefs || !aids || !mrefs || !mids) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	for (i = 0; i < p->nobjectives; i++) {
		const struct store_objective *o = &p->objectives[i];
		char sha[65] = "";
		if (o->instrument)
			snprintf(sha, sizeof sha, "%s", o->instrument);
		else if (o->clause && *o->clause &&
			 find_clause(s, p->council, p->adopted, o->clause, sha, e) < 0)
			goto out;
		if (store_next_id(s, "objectives", &nid, e) < 0)
			goto out;
		struct store_val v[] = {sv_int(nid),		sv_int(*id),
					sv_text(o->ref),	sv_text(o->title),
					sv_text(o->ofsted_area), sv_text(o->recommendation),
					sv_text(sha[0] ? sha : NULL), sv_text(o->clause),
					sv_text(o->lead),	sv_text(o->due_date)};
		if (store_exec(s, "INSERT INTO objectives (id, plan, ref, title, ofsted_area, "
			       "recommendation, instrument, clause, lead, due_date) VALUES (?, ?, ?, "
			       "?, ?, ?, ?, ?, ?, ?)", v, 10, e) < 0)
			goto out;
		orefs[i] = o->ref;
		oids[i] = nid;
	}
	for (i = 0; i < p->nactions; i++) {
		const struct store_action *x = &p->actions[i];
		if (store_next_id(s, "actions", &nid, e) < 0)
			goto out;
		struct store_val v[] = {sv_int(nid),
					sv_int(*id),
					sv_int(find_in(orefs, oids, p->nobjectives, x->objective)),
					sv_text(x->ref),
					sv_text(x->title),
					sv_text(x->owner),
					sv_text(x->start_date),
					sv_text(x->due_date),
					sv_text(x->status),
					sv_text(x->rag),
					sv_text(x->rag_reason)};
		if (store_exec(s, "INSERT INTO actions (id, plan, objective, ref, title, owner, "
			       "start_date, due_date, status, rag, rag_reason) VALUES (?, ?, ?, ?, ?, "
			       "?, ?, ?, ?, ?, ?)", v, 11, e) < 0)
			goto out;
		arefs[i] = x->ref;
		aids[i] = nid;
	}
	for (i = 0; i < p->nmeasures; i++) {
		const struct store_measure *m = &p->measures[i];
		if (store_next_id(s, "measures", &nid, e) < 0)
			goto out;
		struct store_val v[] = {sv_int(nid),
					sv_int(*id),
					sv_int(find_in(orefs, oids, p->nobjectives, m->objective)),
					sv_text(m->ref),
					sv_text(m->indicator),
					sv_text(m->unit),
					sv_text(m->baseline),
					sv_text(m->baseline_date),
					sv_text(m->target),
					sv_text(m->target_date),
					sv_text(m->better),
					sv_text(m->source)};
		if (store_exec(s, "INSERT INTO measures (id, plan, objective, ref, indicator, unit, "
			       "baseline, baseline_date, target, target_date, better, source) VALUES "
			       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", v, 12, e) < 0)
			goto out;
		mrefs[i] = m->ref;
		mids[i] = nid;
	}
	for (i = 0; i < p->nvalues; i++) {
		const struct store_measure_value *x = &p->values[i];
		if (store_next_id(s, "measure_values", &nid, e) < 0)
			goto out;
		struct store_val v[] = {sv_int(nid),
					sv_int(find_in(mrefs, mids, p->nmeasures, x->measure)),
					sv_text(x->month), sv_text(x->value)};
		if (store_exec(s, "INSERT INTO measure_values (id, measure, month, value) VALUES "
			       "(?, ?, ?, ?)", v, 4, e) < 0)
			goto out;
	}
	for (i = 0; i < p->nupdates; i++) {
		const struct store_plan_update *u = &p->updates[i];
		if (store_next_id(s, "plan_updates", &nid, e) < 0)
			goto out;
		struct store_val v[] = {sv_int(nid),
					sv_int(find_in(arefs, aids, p->nactions, u->action)),
					sv_text(u->date),
					sv_text(u->who),
					sv_text(u->what),
					sv_text(u->status),
					sv_text(u->rag),
					sv_text(u->rag_reason)};
		if (store_exec(s, "INSERT INTO plan_updates (id, action, date, who, what, status, "
			       "rag, rag_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", v, 8, e) < 0)
			goto out;
	}
	snprintf(subject, sizeof subject, "plan:%d:%d", p->council, *version);
	if (audit_json(s, "plan.add", subject, NULL,
		       json_pack("{s:I, s:i, s:i, s:s, s:s, s:s?, s:s?, s:I, s:I, s:I, s:I, s:I}",
				 "id", (json_int_t)*id, "council", p->council, "version", *version,
				 "title", p->title, "adopted", p->adopted, "source", p->source,
				 "file_sha", p->file_sha, "objectives", (json_int_t)p->nobjectives,
				 "actions", (json_int_t)p->nactions, "measures",
				 (json_int_t)p->nmeasures, "values", (json_int_t)p->nvalues,
				 "updates", (json_int_t)p->nupdates),
		       e) < 0)
		goto out;
	*added = 1;
	rc = 0;
out:
	free(last.cell);
	free(orefs);
	free(oids);
	free(arefs);
	free(aids);
	free(mrefs);
	free(mids);
	arena_release(&a);
	return rc;
}

/* ---- loading ---- */

static int council_name(struct store *s, int council, char *out, size_t n, struct err *e)
{
	struct store_val k[] = {sv_int(council)};
	int rc = store_query_text(s, "SELECT name FROM councils WHERE code = ?", k, 1, out, n, e);
	if (rc == 0)
		snprintf(out, n, "council %d", council);
	return rc < 0 ? -1 : 0;
}

int store_plan_load(struct store *s, int council, int version, struct arena *a,
		    struct store_plan *p, struct err *e)
{
	struct rows r = {0};
	struct store_val k[] = {sv_int(council), sv_int(version)};
	struct store_val pid[1];
	size_t i;

	memset(p, 0, sizeof *p);
	if (rows_get(s, version ? "SELECT id, council, version, title, adopted, source, file_sha, "
				  "created, superseded FROM plans WHERE council = ? AND version = ?"
				: "SELECT id, council, version, title, adopted, source, file_sha, "
				  "created, superseded FROM plans WHERE council = ? ORDER BY version "
				  "DESC",
		     k, version ? 2 : 1, 9, a, &r, e) < 0)
		return -1;
	if (!r.n) {
		char name[128];
		free(r.cell);
		if (council_name(s, council, name, sizeof name, e) < 0)
			return -1;
		if (version)
			return err_set(e, ERR_DATA, "%s has no improvement plan version %d", name,
				       version);
		return err_set(e, ERR_DATA, "%s has no improvement plan (oversight plan import)",
			       name);
	}
	p->id = to_i64(CELL(&r, 0, 0));
	p->council = (int)to_i64(CELL(&r, 0, 1));
	p->version = (int)to_i64(CELL(&r, 0, 2));
	p->title = CELL(&r, 0, 3);
	p->adopted = CELL(&r, 0, 4);
	p->source = CELL(&r, 0, 5);
	p->file_sha = CELL(&r, 0, 6);
	p->created = CELL(&r, 0, 7);
	p->superseded = CELL(&r, 0, 8);
	free(r.cell);
	pid[0] = sv_int(p->id);

#define LOAD(sql, ncols, arr, cnt, fill)                                                  \
	do {                                                                              \
		if (rows_get(s, sql, pid, 1, ncols, a, &r, e) < 0)                        \
			return -1;                                                        \
		p->arr = arena_zalloc(a, (r.n + 1) * sizeof *p->arr);                     \
		if (!p->arr) {                                                            \
			free(r.cell);                                                     \
			return err_set(e, ERR_INTERNAL, "out of memory");                 \
		}                                                                         \
		for (i = 0; i < r.n; i++) {                                               \
			fill;                                                             \
		}                                                                         \
		p->cnt = r.n;                                                             \
		free(r.cell);                                                             \
		r.cell = NULL;                                                            \
	} while (0)

	LOAD("SELECT name, role FROM plan_owners WHERE plan = ? ORDER BY id", 2, owners, nowners,
	     p->owners[i] = ((struct store_plan_owner){CELL(&r, i, 0), CELL(&r, i, 1)}));
	LOAD("SELECT ref, title, ofsted_area, recommendation, clause, lead, due_date, instrument "
	     "FROM objectives WHERE plan = ? ORDER BY id",
	     8, objectives, nobjectives,
	     p->objectives[i] = ((struct store_objective){CELL(&r, i, 0), CELL(&r, i, 1),
							  CELL(&r, i, 2), CELL(&r, i, 3),
							  CELL(&r, i, 4), CELL(&r, i, 5),
							  CELL(&r, i, 6), CELL(&r, i, 7)}));
	LOAD("SELECT o.ref, x.ref, x.title, x.owner, x.start_date, x.due_date, x.status, x.rag, "
	     "x.rag_reason FROM actions x JOIN objectives o ON o.id = x.objective WHERE x.plan = ? "
	     "ORDER BY x.id",
	     9, actions, nactions,
	     p->actions[i] = ((struct store_action){CELL(&r, i, 0), CELL(&r, i, 1), CELL(&r, i, 2),
						    CELL(&r, i, 3), CELL(&r, i, 4), CELL(&r, i, 5),
						    CELL(&r, i, 6), CELL(&r, i, 7),
						    CELL(&r, i, 8)}));
	LOAD("SELECT o.ref, m.ref, m.indicator, m.unit, m.baseline, m.baseline_date, m.target, "
	     "m.target_date, m.better, m.source FROM measures m JOIN objectives o ON o.id = "
	     "m.objective WHERE m.plan = ? ORDER BY m.id",
	     10, measures, nmeasures,
	     p->measures[i] = ((struct store_measure){CELL(&r, i, 0), CELL(&r, i, 1),
						      CELL(&r, i, 2), CELL(&r, i, 3),
						      CELL(&r, i, 4), CELL(&r, i, 5),
						      CELL(&r, i, 6), CELL(&r, i, 7),
						      CELL(&r, i, 8), CELL(&r, i, 9)}));
	LOAD("SELECT m.ref, v.month, v.value FROM measure_values v JOIN measures m ON m.id = "
	     "v.measure WHERE m.plan = ? ORDER BY m.id, v.month",
	     3, values, nvalues,
	     p->values[i] = ((struct store_measure_value){CELL(&r, i, 0), CELL(&r, i, 1),
							  CELL(&r, i, 2)}));
	LOAD("SELECT x.ref, u.date, u.who, u.what, u.status, u.rag, u.rag_reason FROM "
	     "plan_updates u JOIN actions x ON x.id = u.action WHERE x.plan = ? ORDER BY x.id, "
	     "u.date, u.id",
	     7, updates, nupdates,
	     p->updates[i] = ((struct store_plan_update){CELL(&r, i, 0), CELL(&r, i, 1),
							 CELL(&r, i, 2), CELL(&r, i, 3),
							 CELL(&r, i, 4), CELL(&r, i, 5),
							 CELL(&r, i, 6)}));
#undef LOAD
	return 0;
}

/* ---- changes to the latest version ---- */

static int plan_is_latest(struct store *s, int64_t plan, char *subject, size_t n,
			  struct err *e)
{
	struct arena a = ARENA_INIT;
	struct rows r;
	struct store_val k[] = {sv_int(plan)};
	int rc = 0;

	if (rows_get(s, "SELECT council, version, superseded FROM plans WHERE id = ?", k, 1, 3, &a,
		     &r, e) < 0) {
		arena_release(&a);
		return -1;
	}
	if (!r.n)
		rc = err_set(e, ERR_DATA, "no plan %lld in the register", (long long)plan);
	else if (CELL(&r, 0, 2))
		rc = err_set(e, ERR_DATA, "plan version %s was superseded on %s: update the latest",
			     CELL(&r, 0, 1), CELL(&r, 0, 2));
	else
		snprintf(subject, n, "plan:%s:%s", CELL(&r, 0, 0), CELL(&r, 0, 1));
	free(r.cell);
	arena_release(&a);
	return rc;
}

int store_plan_update_add(struct store *s, int64_t plan, const struct store_plan_update *u,
			  struct err *e)
{
	struct arena a = ARENA_INIT;
	struct rows r = {0};
	char subject[160], base[64];
	int64_t action, nid;
	int rc = -1;

	if (plan_is_latest(s, plan, base, sizeof base, e) < 0)
		return -1;
	if (!store_plan_status_valid(u->status) || !store_plan_rag_valid(u->rag))
		return err_set(e, ERR_DATA, "status must be one of not_started, in_progress, "
			       "complete, cancelled and RAG one of red, amber, green, blue");
	if (!u->action || !u->date || !u->who || !u->what || !*u->what)
		return err_set(e, ERR_DATA, "an update needs an action, a date, who and what");
	{
		struct store_val k[] = {sv_int(plan), sv_text(u->action)};
		if (rows_get(s, "SELECT id, status, rag, rag_reason FROM actions WHERE plan = ? AND "
			     "ref = ?", k, 2, 4, &a, &r, e) < 0)
			goto out;
	}
	if (!r.n) {
		err_set(e, ERR_DATA, "the plan has no action '%s'", u->action);
		goto out;
	}
	action = to_i64(CELL(&r, 0, 0));
	if (store_next_id(s, "plan_updates", &nid, e) < 0)
		goto out;
	{
		struct store_val v[] = {sv_int(nid),	 sv_int(action),    sv_text(u->date),
					sv_text(u->who), sv_text(u->what),  sv_text(u->status),
					sv_text(u->rag), sv_text(u->rag_reason)};
		if (store_exec(s, "INSERT INTO plan_updates (id, action, date, who, what, status, "
			       "rag, rag_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", v, 8, e) < 0)
			goto out;
	}
	{
		struct store_val v[] = {sv_text(u->status), sv_text(u->rag), sv_text(u->rag_reason),
					sv_int(action)};
		if (store_exec(s, "UPDATE actions SET status = ?, rag = ?, rag_reason = ? WHERE id = ?",
			       v, 4, e) < 0)
			goto out;
	}
	snprintf(subject, sizeof subject, "%s:action:%s", base, u->action);
	rc = audit_json(s, "plan.update", subject,
			json_pack("{s:s?, s:s?, s:s?}", "status", CELL(&r, 0, 1), "rag",
				  CELL(&r, 0, 2), "rag_reason", CELL(&r, 0, 3)),
			json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s?}", "update", (json_int_t)nid,
				  "date", u->date, "who", u->who, "what", u->what, "status",
				  u->status, "rag", u->rag, "rag_reason", u->rag_reason),
			e);
out:
	free(r.cell);
	arena_release(&a);
	return rc;
}

int store_measure_value_set(struct store *s, int64_t plan, const struct store_measure_value *v,
			    struct err *e)
{
	struct arena a = ARENA_INIT;
	struct rows r = {0}, old = {0};
	char subject[160], base[64];
	int64_t measure, nid;
	int rc = -1;

	if (plan_is_latest(s, plan, base, sizeof base, e) < 0)
		return -1;
	if (!v->measure || !valid_month(v->month) || !valid_number(v->value))
		return err_set(e, ERR_DATA, "a measure's value needs a month (YYYY-MM) and a number, "
			       "not '%s' '%s'", v->month ? v->month : "", v->value ? v->value : "");
	{
		struct store_val k[] = {sv_int(plan), sv_text(v->measure)};
		if (rows_get(s, "SELECT id FROM measures WHERE plan = ? AND ref = ?", k, 2, 1, &a, &r,
			     e) < 0)
			goto out;
	}
	if (!r.n) {
		err_set(e, ERR_DATA, "the plan has no measure '%s'", v->measure);
		goto out;
	}
	measure = to_i64(CELL(&r, 0, 0));
	{
		struct store_val k[] = {sv_int(measure), sv_text(v->month)};
		if (rows_get(s, "SELECT id, value FROM measure_values WHERE measure = ? AND month = ?",
			     k, 2, 2, &a, &old, e) < 0)
			goto out;
	}
	if (old.n && !strcmp(CELL(&old, 0, 1), v->value)) {
		rc = 0; /* unchanged: nothing written */
		goto out;
	}
	if (old.n) {
		struct store_val p[] = {sv_text(v->value), sv_int(to_i64(CELL(&old, 0, 0)))};
		if (store_exec(s, "UPDATE measure_values SET value = ? WHERE id = ?", p, 2, e) < 0)
			goto out;
	} else {
		if (store_next_id(s, "measure_values", &nid, e) < 0)
			goto out;
		struct store_val p[] = {sv_int(nid), sv_int(measure), sv_text(v->month),
					sv_text(v->value)};
		if (store_exec(s, "INSERT INTO measure_values (id, measure, month, value) VALUES (?, "
			       "?, ?, ?)", p, 4, e) < 0)
			goto out;
	}
	snprintf(subject, sizeof subject, "%s:measure:%s:%s", base, v->measure, v->month);
	rc = audit_json(s, "measure.value", subject,
			old.n ? json_pack("{s:s}", "value", CELL(&old, 0, 1)) : NULL,
			json_pack("{s:s}", "value", v->value), e);
out:
	free(r.cell);
	free(old.cell);
	arena_release(&a);
	return rc;
}

/* ---- boards and meetings ---- */

int store_board_put(struct store *s, const struct store_board *b, int64_t *id, struct err *e)
{
	int64_t have = 0;
	char subject[64], sha[65] = "";
	const char *ins;

	if (!b->kind || (strcmp(b->kind, "improvement_board") && strcmp(b->kind, "partnership_board")))
		return err_set(e, ERR_DATA, "a board's kind is improvement_board or "
			       "partnership_board, not '%s'", b->kind ? b->kind : "");
	if (!b->name || !*b->name || !b->since)
		return err_set(e, ERR_DATA, "a board needs a name and the date it started");
	{
		struct store_val k[] = {sv_int(b->council), sv_text(b->name)};
		if (store_query_int(s, "SELECT count(*) FROM boards WHERE council = ? AND name = ?", k,
				    2, 0, &have, e) < 0)
			return -1;
	}
	if (have)
		return err_set(e, ERR_DATA, "council %d already has a board named '%s'", b->council,
			       b->name);
	if (b->ref && !b->instrument) {
		if (find_clause(s, b->council, s->today[0] ? s->today : "9999-12-31", b->ref, sha,
				e) < 0)
			return -1;
		if (!sha[0])
			return err_set(e, ERR_DATA, "no instrument of council %d in the register has "
				       "clause %s", b->council, b->ref);
	}
	ins = b->instrument ? b->instrument : sha[0] ? sha : NULL;
	if (store_next_id(s, "boards", id, e) < 0)
		return -1;
	{
		struct store_val v[] = {sv_int(*id),	     sv_int(b->council), sv_text(b->kind),
					sv_text(b->name),    sv_text(b->chair),	 sv_text(b->every),
					sv_text(b->since),   sv_text(b->until),	 sv_text(ins),
					sv_text(b->ref)};
		if (store_exec(s, "INSERT INTO boards (id, council, kind, name, chair, every, since, "
			       "until, instrument, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", v, 10,
			       e) < 0)
			return -1;
	}
	snprintf(subject, sizeof subject, "board:%lld", (long long)*id);
	return audit_json(s, "board.add", subject, NULL,
			  json_pack("{s:I, s:i, s:s, s:s, s:s?, s:s?, s:s, s:s?, s:s?, s:s?}", "id",
				    (json_int_t)*id, "council", b->council, "kind", b->kind, "name",
				    b->name, "chair", b->chair, "every", b->every, "since", b->since,
				    "until", b->until, "instrument", ins, "ref", b->ref),
			  e);
}

#define BOARD_COLS "id, council, kind, name, chair, every, since, until, instrument, ref"

static void board_of(const struct rows *r, size_t i, struct store_board *b)
{
	*b = (struct store_board){to_i64(CELL(r, i, 0)), (int)to_i64(CELL(r, i, 1)), CELL(r, i, 2),
				  CELL(r, i, 3),	   CELL(r, i, 4),	       CELL(r, i, 5),
				  CELL(r, i, 6),	   CELL(r, i, 7),	       CELL(r, i, 8),
				  CELL(r, i, 9)};
}

int store_boards_load(struct store *s, int council, struct arena *a, struct store_board **v,
		      size_t *n, struct err *e)
{
	struct rows r;
	struct store_val k[] = {sv_int(council)};
	size_t i;

	if (rows_get(s, "SELECT " BOARD_COLS " FROM boards WHERE council = ? ORDER BY id", k, 1, 10,
		     a, &r, e) < 0)
		return -1;
	*v = arena_zalloc(a, (r.n + 1) * sizeof **v);
	if (!*v) {
		free(r.cell);
		return err_set(e, ERR_INTERNAL, "out of memory");
	}
	for (i = 0; i < r.n; i++)
		board_of(&r, i, &(*v)[i]);
	*n = r.n;
	free(r.cell);
	return 0;
}

int store_board_find(struct store *s, int council, const char *name, struct arena *a,
		     struct store_board *b, struct err *e)
{
	struct store_board *v;
	size_t n, i, kinds = 0, at = 0;

	if (store_boards_load(s, council, a, &v, &n, e) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (!strcmp(v[i].name, name)) {
			*b = v[i];
			return 0;
		}
	for (i = 0; i < n; i++)
		if (!strcmp(v[i].kind, name)) {
			kinds++;
			at = i;
		}
	if (kinds == 1) {
		*b = v[at];
		return 0;
	}
	if (kinds > 1)
		return err_set(e, ERR_DATA, "council %d has %zu boards of kind %s: name one", council,
			       kinds, name);
	return err_set(e, ERR_DATA, "council %d has no board '%s' (oversight board add)", council,
		       name);
}

/* The occurrence of the board's clause whose cycle holds day (the first due on or after
 * it, the instrument dated on or before it), or 0. */
static int meeting_occurrence(struct store *s, int64_t board, const char *day, int64_t *occ,
			      struct err *e)
{
	struct arena a = ARENA_INIT;
	struct rows r;
	struct store_val k[] = {sv_int(board), sv_text(day), sv_text(day)};

	*occ = 0;
	if (rows_get(s, "SELECT o.id FROM boards d JOIN instruments i ON i.sha256 = d.instrument "
		     "JOIN obligations b ON b.instrument = d.instrument AND b.ref = d.ref JOIN "
		     "occurrences o ON o.obligation = b.id WHERE d.id = ? AND i.date <= ? AND "
		     "o.due_date >= ? ORDER BY o.due_date, o.id",
		     k, 3, 1, &a, &r, e) < 0) {
		arena_release(&a);
		return -1;
	}
	if (r.n)
		*occ = to_i64(CELL(&r, 0, 0));
	free(r.cell);
	arena_release(&a);
	return 0;
}

int store_meeting_put(struct store *s, const struct store_meeting *m, int64_t *id,
		      int64_t *occ, struct err *e)
{
	int64_t have = 0, ev = 0;
	char subject[64], note[160];

	*occ = 0;
	if (!m->date)
		return err_set(e, ERR_DATA, "a meeting needs a date");
	{
		struct store_val k[] = {sv_int(m->board)};
		if (store_query_int(s, "SELECT count(*) FROM boards WHERE id = ?", k, 1, 0, &have,
				    e) < 0)
			return -1;
		if (!have)
			return err_set(e, ERR_DATA, "no board %lld in the register",
				       (long long)m->board);
	}
	{
		struct store_val k[] = {sv_int(m->board), sv_text(m->date)};
		if (store_query_int(s, "SELECT count(*) FROM meetings WHERE board = ? AND date = ?", k,
				    2, 0, &have, e) < 0)
			return -1;
		if (have)
			return err_set(e, ERR_DATA, "the board already has a meeting on %s", m->date);
	}
	if (meeting_occurrence(s, m->board, m->date, occ, e) < 0)
		return -1;
	if (store_next_id(s, "meetings", id, e) < 0)
		return -1;
	if (*occ) {
		snprintf(note, sizeof note, "board meeting %lld held", (long long)*id);
		if (store_evidence_put(s, *occ, m->date, note, NULL, &ev, e) < 0)
			return -1;
	}
	{
		struct store_val v[] = {sv_int(*id),	      sv_int(m->board),
					sv_text(m->date),     sv_text(m->chair),
					sv_text(m->attendees), sv_text(m->papers),
					sv_text(m->decisions), *occ ? sv_int(*occ) : sv_null(),
					ev ? sv_int(ev) : sv_null()};
		if (store_exec(s, "INSERT INTO meetings (id, board, date, chair, attendees, papers, "
			       "decisions, occurrence, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			       v, 9, e) < 0)
			return -1;
	}
	snprintf(subject, sizeof subject, "meeting:%lld", (long long)*id);
	return audit_json(s, "meeting.add", subject, NULL,
			  json_pack("{s:I, s:I, s:s, s:s?, s:s?, s:s?, s:s?, s:o, s:o}", "id",
				    (json_int_t)*id, "board", (json_int_t)m->board, "date", m->date,
				    "chair", m->chair, "attendees", m->attendees, "papers", m->papers,
				    "decisions", m->decisions, "occurrence",
				    *occ ? json_integer(*occ) : json_null(), "evidence",
				    ev ? json_integer(ev) : json_null()),
			  e);
}

int store_meetings_load(struct store *s, int64_t board, struct arena *a,
			struct store_meeting **v, size_t *n, struct err *e)
{
	struct rows r;
	struct store_val k[] = {sv_int(board)};
	size_t i;

	if (rows_get(s, "SELECT id, board, date, chair, attendees, papers, decisions, occurrence, "
		     "evidence FROM meetings WHERE board = ? ORDER BY date",
		     k, 1, 9, a, &r, e) < 0)
		return -1;
	*v = arena_zalloc(a, (r.n + 1) * sizeof **v);
	if (!*v) {
		free(r.cell);
		return err_set(e, ERR_INTERNAL, "out of memory");
	}
	for (i = 0; i < r.n; i++)
		(*v)[i] = (struct store_meeting){to_i64(CELL(&r, i, 0)), to_i64(CELL(&r, i, 1)),
						 CELL(&r, i, 2),	 CELL(&r, i, 3),
						 CELL(&r, i, 4),	 CELL(&r, i, 5),
						 CELL(&r, i, 6),	 to_i64(CELL(&r, i, 7)),
						 to_i64(CELL(&r, i, 8))};
	*n = r.n;
	free(r.cell);
	return 0;
}
