/*
 * query.c: ending an instrument, and the three queries the views need:
 * instruments in force for a council on a date, a council's history, and
 * occurrences due in a date range (one council or the country).  Plain
 * indexed SQL over the normalised tables; rows reach the caller as typed
 * structs valid only during the callback.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/strbuf.h"
#include "store.h"

static const char *t(const struct store_val *v)
{
	return v->t == SV_TEXT ? v->s : NULL;
}

struct end_row {
	bool found;
	char ended_on[16], ended_by[72];
};

static int end_row(void *ctx, const struct store_val *c, int n)
{
	struct end_row *r = ctx;
	if (n < 2)
		return 1;
	r->found = true;
	snprintf(r->ended_on, sizeof r->ended_on, "%s", t(&c[0]) ? t(&c[0]) : "");
	snprintf(r->ended_by, sizeof r->ended_by, "%s", t(&c[1]) ? t(&c[1]) : "");
	return 1;
}

static char *end_json(const char *on, const char *by)
{
	json_t *o = json_pack("{s:s?, s:s?}", "ended_on", on && *on ? on : NULL, "ended_by",
			      by && *by ? by : NULL);
	char *j = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
	json_decref(o);
	return j;
}

int store_instrument_end(struct store *s, const char *sha256, const char *date, const char *by,
			 struct err *e)
{
	struct end_row old = {0};
	struct store_val k[] = {sv_text(sha256)};
	char *before = NULL, *after = NULL, subject[80];
	int rc = -1;

	if (store_query(s, "SELECT ended_on, ended_by FROM instruments WHERE sha256 = ?", k, 1,
			end_row, &old, e) < 0)
		return -1;
	if (!old.found)
		return err_set(e, ERR_DATA, "no instrument '%s' in the register", sha256);
	if (!strcmp(old.ended_on, date) && !strcmp(old.ended_by, by ? by : ""))
		return 0;
	before = end_json(old.ended_on, old.ended_by);
	after = end_json(date, by);
	if (!before || !after) {
		rc = err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	{
		struct store_val p[] = {sv_text(date), sv_text(by), sv_text(sha256)};
		if (store_exec(s, "UPDATE instruments SET ended_on = ?, ended_by = ? WHERE sha256 = ?",
			       p, 3, e) < 0)
			goto out;
	}
	snprintf(subject, sizeof subject, "instrument:%s", sha256);
	rc = store_audit_append(s, "instrument.end", subject, before, after, e);
out:
	free(before);
	free(after);
	return rc;
}

struct inst_ctx {
	store_instrument_fn fn;
	void *ctx;
};

static int inst_row(void *ctx, const struct store_val *c, int n)
{
	struct inst_ctx *k = ctx;
	struct store_instrument_row r;
	if (n < 7)
		return 1;
	r = (struct store_instrument_row){t(&c[0]), t(&c[1]), t(&c[2]), t(&c[3]),
					  t(&c[4]), t(&c[5]), c[6].t == SV_INT ? (int)c[6].i : 0};
	return k->fn(k->ctx, &r);
}

int store_in_force(struct store *s, int council, const char *day, store_instrument_fn fn,
		   void *ctx, struct err *e)
{
	struct inst_ctx k = {fn, ctx};
	struct store_val p[] = {sv_int(council), sv_text(day), sv_text(day),
				sv_int(council), sv_text(day), sv_text(day)};
	if (council == 0) /* every council: the same without the council condition */
		return store_query(
			s,
			"SELECT sha256, kind, date, title, status, ended_on, council FROM instruments "
			"WHERE kind <> 'letter' AND date <= ? AND (ended_on IS NULL OR ended_on > ?) "
			"UNION ALL SELECT 'recital:' || kind || ':' || date, kind, date, min(words), "
			"'recital', min(on_date), council FROM revocations WHERE target IS NULL AND "
			"date IS NOT NULL GROUP BY council, kind, date HAVING date <= ? AND "
			"min(on_date) > ? ORDER BY 7, 3, 1",
			(struct store_val[]){sv_text(day), sv_text(day), sv_text(day), sv_text(day)}, 4,
			inst_row, &k, e);
	/* A letter is not in force (it directs nothing); an instrument known only from a recital (a revocation whose target is
	 * not in the register) counts, from its date to its revocation. */
	return store_query(s,
			   "SELECT sha256, kind, date, title, status, ended_on, council FROM "
			   "instruments WHERE council = ? AND kind <> 'letter' AND date <= ? AND "
			   "(ended_on IS NULL OR ended_on > ?) UNION ALL SELECT 'recital:' || kind || ':' || date, kind, "
			   "date, min(words), 'recital', min(on_date), council FROM revocations "
			   "WHERE council = ? AND target IS NULL AND date IS NOT NULL GROUP BY "
			   "council, kind, date HAVING date <= ? AND min(on_date) > ? "
			   "ORDER BY 3, 1",
			   p, 6, inst_row, &k, e);
}

struct hist_ctx {
	store_history_fn fn;
	void *ctx;
};

static int hist_row(void *ctx, const struct store_val *c, int n)
{
	struct hist_ctx *k = ctx;
	struct store_history_item h;
	if (n < 3)
		return 1;
	h = (struct store_history_item){t(&c[0]), t(&c[1]), t(&c[2])};
	return k->fn(k->ctx, &h);
}

int store_council_history(struct store *s, int council, store_history_fn fn, void *ctx,
			  struct err *e)
{
	struct hist_ctx k = {fn, ctx};
	struct store_val p[] = {sv_int(council), sv_int(council), sv_int(council), sv_int(council),
				sv_int(council), sv_int(council), sv_int(council)};
	return store_query(
		s,
		"SELECT date, what, detail FROM ("
		"SELECT published AS date, 'inspection' AS what, link AS detail FROM inspections "
		"WHERE council = ? "
		"UNION ALL SELECT report_date, 'judgement', area || ': ' || grade FROM judgements "
		"WHERE council = ? AND report_date IS NOT NULL "
		"UNION ALL SELECT date, 'instrument', kind || ' ' || sha256 FROM instruments "
		"WHERE council = ? AND date IS NOT NULL "
		"UNION ALL SELECT ended_on, 'instrument_end', sha256 FROM instruments "
		"WHERE council = ? AND ended_on IS NOT NULL "
		"UNION ALL SELECT date, 'event', kind || coalesce(': ' || detail, '') FROM events "
		"WHERE council = ? AND date IS NOT NULL "
		"UNION ALL SELECT DISTINCT date, 'instrument', kind || ' known only from a recital: ' "
		"|| words FROM revocations WHERE council = ? AND target IS NULL AND date IS NOT NULL "
		"UNION ALL SELECT on_date, 'instrument_end', kind || ' of ' || coalesce(date, "
		"'unknown date') || ' revoked by ' || by_instrument FROM revocations WHERE "
		"council = ? AND target IS NULL"
		") h ORDER BY date, what, detail",
		p, 7, hist_row, &k, e);
}

struct occ_ctx {
	store_occurrence_fn fn;
	void *ctx;
};

static int occ_row(void *ctx, const struct store_val *c, int n)
{
	struct occ_ctx *k = ctx;
	struct store_occurrence_row r;
	if (n < 6)
		return 1;
	r = (struct store_occurrence_row){c[0].i, c[1].i, t(&c[2]), t(&c[3]), t(&c[4]),
					  c[5].t == SV_INT ? (int)c[5].i : 0};
	return k->fn(k->ctx, &r);
}

int store_occurrences_between(struct store *s, int council, const char *from, const char *to,
			      store_occurrence_fn fn, void *ctx, struct err *e)
{
	struct occ_ctx k = {fn, ctx};
	struct store_val p[] = {sv_text(from), sv_text(to), sv_int(council)};
	/* One council: from its instruments down (instruments_council, obligations_instrument,
	 * occurrences_obligation_due); the country: by due date (occurrences_due). */
	return store_query(s,
			   council ? "SELECT o.id, b.id, b.ref, o.due_date, i.sha256, i.council FROM "
				     "instruments i JOIN obligations b ON b.instrument = i.sha256 JOIN "
				     "occurrences o ON o.obligation = b.id WHERE o.due_date >= ? AND "
				     "o.due_date <= ? AND i.council = ? ORDER BY o.due_date, o.id"
				   : "SELECT o.id, b.id, b.ref, o.due_date, i.sha256, i.council FROM "
				     "occurrences o JOIN obligations b ON b.id = o.obligation JOIN "
				     "instruments i ON i.sha256 = b.instrument WHERE o.due_date >= ? AND "
				     "o.due_date <= ? ORDER BY o.due_date, o.id",
			   p, council ? 3 : 2, occ_row, &k, e);
}

struct occ_pick {
	int64_t id;
	int n;
	struct strbuf dates;
};

static int occ_pick_row(void *ctx, const struct store_val *c, int n)
{
	struct occ_pick *p = ctx;
	if (n < 2)
		return 1;
	if (p->n++ == 0)
		p->id = c[0].i;
	if (p->n <= 6)
		strbuf_addf(&p->dates, "%s%s", p->n > 1 ? ", " : "", t(&c[1]) ? t(&c[1]) : "?");
	return 0;
}

int store_occurrence_find(struct store *s, int council, const char *ref, const char *due,
			  int64_t *id, struct err *e)
{
	struct occ_pick p = {0, 0, STRBUF_INIT};
	struct store_val k[] = {sv_int(council), sv_text(ref), sv_text(due)};
	int rc = 0;

	if (store_query(s, due ? "SELECT o.id, o.due_date FROM occurrences o JOIN obligations b "
				 "ON b.id = o.obligation JOIN instruments i ON i.sha256 = "
				 "b.instrument WHERE i.council = ? AND b.ref = ? AND o.due_date = ? "
				 "ORDER BY o.due_date, o.id"
			       : "SELECT o.id, o.due_date FROM occurrences o JOIN obligations b "
				 "ON b.id = o.obligation JOIN instruments i ON i.sha256 = "
				 "b.instrument WHERE i.council = ? AND b.ref = ? ORDER BY "
				 "o.due_date, o.id",
			k, due ? 3 : 2, occ_pick_row, &p, e) < 0)
		rc = -1;
	else if (p.n == 0)
		rc = err_set(e, ERR_DATA, "no dated occurrence of '%s'%s%s for that council", ref,
			     due ? " due " : "", due ? due : "");
	else if (p.n > 1)
		rc = err_set(e, ERR_DATA, "'%s' has %d occurrences (due %s%s): give the due date "
			     "with --due", ref, p.n, strbuf_str(&p.dates), p.n > 6 ? ", ..." : "");
	else
		*id = p.id;
	strbuf_release(&p.dates);
	return rc;
}
