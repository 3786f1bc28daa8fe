/*
 * occur.c: an instrument's obligations expanded into dated occurrences
 * (the rows `oversight due` and the calendar read), reconciled rather than
 * appended, so the result depends only on the obligations and the
 * instrument's end, never on the order things happened in.
 *
 * For each obligation the schedule rules (src/rules/schedule.c) give the
 * wanted occurrences: a deadline's one date (kept even if the instrument
 * ended first: its status is then "ended"), a series' anchor + k x
 * interval up to the day before the instrument ends, its own until, or
 * INGEST_HORIZON_YEARS after its anchor while the instrument is in force;
 * a series with a day rule (obligations.day, "1MO") falls on that day of
 * each occurrence's month.
 * Standing, event and conditional duties have none.  Existing rows are
 * matched by (obligation, k): kept, moved to a new date, added, or
 * removed; a row with evidence attached is never removed.
 */
#include "../base/compat.h"

#include "../base/grow.h"
#include "../cal/period.h"
#include "../rules/schedule.h"
#include "ingest.h"
#include "ingest_int.h"

#define MAX_OCC 8192

struct obl {
	int64_t id;
	char kind[24], due[11], every[24], anchor[32], first[11], until[16], derivation[256];
	char day[CAL_DAYRULE_LEN];
};

struct obl_list {
	struct obl *v;
	size_t n, cap;
	bool oom;
};

static void cp(char *d, size_t n, const struct store_val *v)
{
	snprintf(d, n, "%s", v->t == SV_TEXT ? v->s : "");
}

static int obl_row(void *ctx, const struct store_val *c, int n)
{
	struct obl_list *l = ctx;
	struct obl *o;

	if (n < 9)
		return 1;
	if (grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) {
		l->oom = true;
		return 1;
	}
	o = &l->v[l->n++];
	o->id = c[0].i;
	cp(o->kind, sizeof o->kind, &c[1]);
	cp(o->due, sizeof o->due, &c[2]);
	cp(o->every, sizeof o->every, &c[3]);
	cp(o->anchor, sizeof o->anchor, &c[4]);
	cp(o->first, sizeof o->first, &c[5]);
	cp(o->until, sizeof o->until, &c[6]);
	cp(o->derivation, sizeof o->derivation, &c[7]);
	cp(o->day, sizeof o->day, &c[8]);
	return 0;
}

static bool iso(const char *s, cal_day *d)
{
	struct err e = {0};
	return s[0] && cal_parse_iso(strv_of(s), d, &e) == 0;
}

static void timing_of(const struct obl *o, cal_day issued, struct rules_timing *t,
		      cal_day *horizon)
{
	ingest_timing(o->due, o->every, o->anchor, o->first, o->until, o->day, issued, t, horizon);
}

void ingest_timing(const char *due, const char *every, const char *anchor, const char *first,
                   const char *until, const char *day, cal_day issued, struct rules_timing *t,
                   cal_day *horizon)
{
	struct err e = {0};
	bool dated;

	memset(t, 0, sizeof *t);
	t->kind = RULES_T_NONE;
	dated = iso(due ? due : "", &t->due);
	/* A series wins over a date: "within 3 months ... and thereafter every three
	 * months" is one obligation with both, its first occurrence the deadline. */
	if (!every || !every[0] || cal_period_parse(strv_of(every), &t->series.every, &e) < 0)
		goto deadline;
	if (!anchor || !anchor[0] || !strcmp(anchor, "instrument_date"))
		t->series.anchor = issued;
	else if (!strcmp(anchor, "quarter_end") && iso(first ? first : "", &t->series.anchor))
		t->series.month_end = true; /* "at the end of each quarter": from the first
					     * quarter end the reader gives, each a month's last day */
	else if (!iso(anchor, &t->series.anchor) && !iso(first ? first : "", &t->series.anchor))
		goto deadline; /* anchored to an event not yet known, and no first date */
	t->series.has_first = iso(first ? first : "", &t->series.first);
	/* "on the first Monday of every month": the day of each occurrence's month (a
	 * rule that does not parse, or a series not in months or years, has none) */
	if (day && day[0] && cal_dayrule_parse(strv_of(day), &t->series.day, NULL) == 0 &&
	    t->series.every.unit != CAL_MONTHS && t->series.every.unit != CAL_YEARS)
		memset(&t->series.day, 0, sizeof(t->series.day));
	t->series.has_until = iso(until ? until : "", &t->series.until);
	t->kind = RULES_T_SERIES;
	*horizon = cal_add_months(t->series.has_first ? t->series.first : t->series.anchor,
				  12 * INGEST_HORIZON_YEARS, NULL);
	return;
deadline:
	if (dated) {
		t->kind = RULES_T_DEADLINE;
		t->window_start = t->due;
	}
}

struct have {
	int64_t id;
	int k;
	char due[11];
	bool evidence, wanted;
};

struct have_list {
	struct have v[MAX_OCC];
	int n;
};

static int have_row(void *ctx, const struct store_val *c, int n)
{
	struct have_list *l = ctx;
	struct have *h;

	if (n < 4 || l->n == MAX_OCC)
		return 1;
	h = &l->v[l->n++];
	h->id = c[0].i;
	h->k = (int)c[1].i;
	cp(h->due, sizeof h->due, &c[2]);
	h->evidence = c[3].i > 0;
	h->wanted = false;
	return 0;
}

struct tally {
	int added, moved, removed, kept, listed;
	int64_t next_id;
};

static int reconcile(struct store *s, const struct obl *o, const struct rules_occ *want, int n,
		     struct have_list *have, struct tally *t, struct err *e)
{
	struct store_val k[] = {sv_int(o->id)};
	int i, j;

	have->n = 0;
	if (store_query(s, "SELECT o.id, o.k, o.due_date, (SELECT count(*) FROM evidence v "
			"WHERE v.occurrence = o.id) FROM occurrences o WHERE o.obligation = ? "
			"ORDER BY o.k", k, 1, have_row, have, e) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		char due[CAL_DATE_LEN];
		const char *dv = want[i].derivation;
		struct have *h = NULL;

		cal_format_iso(want[i].due, due);
		if (n == 1 && o->derivation[0] && o->due[0])
			dv = o->derivation; /* a deadline: the reader's derivation */
		for (j = 0; j < have->n; j++)
			if (have->v[j].k == want[i].seq)
				h = &have->v[j];
		if (h) {
			h->wanted = true;
			if (!strcmp(h->due, due))
				continue;
			struct store_val p[] = {sv_text(due), sv_text(dv), sv_int(h->id)};
			if (store_exec(s, "UPDATE occurrences SET due_date = ?, derivation = ? "
				       "WHERE id = ?", p, 3, e) < 0)
				return -1;
			t->moved++;
			continue;
		}
		struct store_val p[] = {sv_int(t->next_id++), sv_int(o->id), sv_int(want[i].seq),
					sv_text(due), sv_text(dv)};
		if (store_exec(s, "INSERT INTO occurrences (id, obligation, k, due_date, derivation) "
			       "VALUES (?, ?, ?, ?, ?)", p, 5, e) < 0)
			return -1;
		t->added++;
	}
	for (j = 0; j < have->n; j++) {
		if (have->v[j].wanted)
			continue;
		if (have->v[j].evidence) {
			t->kept++;
			continue;
		}
		struct store_val p[] = {sv_int(have->v[j].id)};
		if (store_exec(s, "DELETE FROM occurrences WHERE id = ?", p, 1, e) < 0)
			return -1;
		t->removed++;
	}
	t->listed += n;
	return 0;
}

int ingest_occurrences(struct store *s, const char *sha256, int *count, struct err *e)
{
	struct store_val k[] = {sv_text(sha256)};
	struct obl_list l = {0};
	struct tally t = {0};
	struct rules_occ *want = NULL;
	struct have_list *have = NULL;
	char date[16], ended[16];
	cal_day issued, end = 0;
	bool is_ended;
	size_t i;
	int rc = -1;

	if (store_query_text(s, "SELECT date FROM instruments WHERE sha256 = ?", k, 1, date,
			     sizeof date, e) < 0 ||
	    store_query_text(s, "SELECT ended_on FROM instruments WHERE sha256 = ?", k, 1, ended,
			     sizeof ended, e) < 0)
		return -1;
	if (!iso(date, &issued)) {
		if (count)
			*count = 0;
		return 0; /* no date: nothing can be dated (the record needs review) */
	}
	is_ended = iso(ended, &end);
	if (store_query(s,
	                "SELECT id, kind, due_date, every, anchor, first, until, derivation, "
	                "day FROM obligations WHERE instrument = ? ORDER BY id",
	                k, 1, obl_row, &l, e) < 0)
		goto out;
	if (l.oom || !(want = malloc(MAX_OCC * sizeof *want)) || !(have = malloc(sizeof *have))) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	if (store_query_int(s, "SELECT max(id) FROM occurrences", NULL, 0, 0, &t.next_id, e) < 0)
		goto out;
	t.next_id++;
	for (i = 0; i < l.n; i++) {
		struct rules_timing tm;
		cal_day horizon = cal_max_day();
		int n;

		timing_of(&l.v[i], issued, &tm, &horizon);
		if (tm.kind == RULES_T_NONE)
			continue;
		n = rules_schedule(&tm, is_ended, end, horizon, want, MAX_OCC, e);
		if (n < 0 || reconcile(s, &l.v[i], want, n, have, &t, e) < 0)
			goto out;
	}
	if (t.added || t.moved || t.removed) {
		char subject[80], after[160];
		snprintf(subject, sizeof subject, "instrument:%s", sha256);
		snprintf(after, sizeof after,
			 "{\"added\":%d,\"moved\":%d,\"removed\":%d,\"kept_with_evidence\":%d}",
			 t.added, t.moved, t.removed, t.kept);
		if (store_audit_append(s, "occurrences.reconcile", subject, NULL, after, e) < 0)
			goto out;
	}
	if (count)
		*count = t.listed + t.kept;
	rc = 0;
out:
	free(l.v);
	free(want);
	free(have);
	return rc;
}

struct sha_list {
	char (*v)[65];
	size_t n, cap;
	bool oom;
};

static int sha_row(void *ctx, const struct store_val *c, int n)
{
	struct sha_list *l = ctx;
	if (n < 1)
		return 1;
	if (grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) {
		l->oom = true;
		return 1;
	}
	cp(l->v[l->n++], 65, &c[0]);
	return 0;
}

int ingest_council_occurrences(struct store *s, int council, struct err *e)
{
	struct sha_list l = {0};
	struct store_val k[] = {sv_int(council)};
	size_t i;
	int rc = -1;

	if (store_query(s, "SELECT sha256 FROM instruments WHERE council = ? ORDER BY sha256", k,
			1, sha_row, &l, e) < 0)
		goto out;
	if (l.oom) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	for (i = 0; i < l.n; i++)
		if (ingest_occurrences(s, l.v[i], NULL, e) < 0)
			goto out;
	rc = 0;
out:
	free(l.v);
	return rc;
}
