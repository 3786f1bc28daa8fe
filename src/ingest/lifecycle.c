/*
 * lifecycle.c: revocation and supersession.
 *
 * An instrument says what it revokes in words: "the first direction",
 * "the Direction issued on 25 January 2018".  Each such statement becomes a
 * revocations row: the council, the kind the words name (direction or
 * improvement notice), the date if the words give one (the reader resolves
 * "the first direction" through the alias the document defines), whether
 * it says "first", and the day it takes effect (the revoking instrument's
 * date).  The target is found among the council's instruments:
 *   - by kind and date when the words give a date;
 *   - else the earliest of that kind before the revoking date ("first");
 *   - else the latest of that kind before it.
 * Until the target is ingested, the row stands for an instrument "known
 * only from a recital": the views show it from its words and dates.
 * When found, the target ends on the revoking date; if two instruments end
 * the same one, the earliest end wins (ties: the smaller SHA-256), so the
 * result does not depend on the order documents arrive in.  A letter (its
 * next steps) is superseded by the council's next instrument.
 */
#include "../base/compat.h"

#include <ctype.h>
#include <jansson.h>

#include "../base/grow.h"
#include "ingest.h"
#include "ingest_int.h"

static const char *kind_of_words(const char *w)
{
	char low[256];
	size_t i;

	for (i = 0; w && w[i] && i + 1 < sizeof low; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	low[i] = '\0';
	if (strstr(low, "notice"))
		return "improvement_notice";
	if (strstr(low, "direction"))
		return "direction";
	return "unknown";
}

int ingest_revocations_put(struct store *s, const char *sha, json_t *rec, int council,
			   struct err *e)
{
	const char *on = ingest_jstr(rec, "date");
	size_t i;
	json_t *x;

	json_array_foreach(json_object_get(rec, "revokes"), i, x) {
		const char *words = ingest_jstr(x, "what");
		char low[256];
		int64_t id;
		size_t j;

		for (j = 0; words && words[j] && j + 1 < sizeof low; j++)
			low[j] = (char)tolower((unsigned char)words[j]);
		low[j] = '\0';
		if (store_query_int(s, "SELECT max(id) FROM revocations", NULL, 0, 0, &id, e) < 0)
			return -1;
		id++;
		struct store_val p[] = {sv_int(id),
					sv_text(sha),
					sv_int((int64_t)i),
					sv_int(council),
					sv_text(kind_of_words(words)),
					sv_text(ingest_jstr(x, "date")),
					sv_int(strstr(low, "first") != NULL),
					sv_text(on),
					sv_text(words)};
		if (store_exec(s, "INSERT INTO revocations (id, by_instrument, n, council, kind, "
			       "date, first, on_date, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			       p, 9, e) < 0)
			return -1;
	}
	return 0;
}

struct pending {
	int64_t id;
	char by[65], kind[32], date[11], on[11];
	bool first;
};

struct pending_list {
	struct pending *v;
	size_t n, cap;
	bool oom;
};

static const char *txt(const struct store_val *v)
{
	return v->t == SV_TEXT ? v->s : "";
}

static int pending_row(void *ctx, const struct store_val *c, int n)
{
	struct pending_list *l = ctx;
	struct pending *p;

	if (n < 6)
		return 1;
	if (grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) {
		l->oom = true;
		return 1;
	}
	p = &l->v[l->n++];
	p->id = c[0].i;
	snprintf(p->by, sizeof p->by, "%s", txt(&c[1]));
	snprintf(p->kind, sizeof p->kind, "%s", txt(&c[2]));
	snprintf(p->date, sizeof p->date, "%s", txt(&c[3]));
	p->first = c[4].i != 0;
	snprintf(p->on, sizeof p->on, "%s", txt(&c[5]));
	return 0;
}

/* The instrument a revocation names, or "" if not in the register yet. */
static int find_target(struct store *s, int council, const struct pending *p, char out[65],
		       struct err *e)
{
	bool any_kind = !strcmp(p->kind, "unknown");
	const char *kinds = any_kind ? "kind IN ('direction', 'improvement_notice')" : "kind = ?";
	char sql[320];
	struct store_val v[4];
	int n = 0;

	v[n++] = sv_int(council);
	if (!any_kind)
		v[n++] = sv_text(p->kind);
	v[n++] = sv_text(p->by);
	if (p->date[0]) {
		v[n++] = sv_text(p->date);
		snprintf(sql, sizeof sql, "SELECT sha256 FROM instruments WHERE council = ? AND %s "
			 "AND sha256 <> ? AND date = ? ORDER BY sha256 LIMIT 1", kinds);
	} else {
		v[n++] = sv_text(p->on);
		snprintf(sql, sizeof sql, "SELECT sha256 FROM instruments WHERE council = ? AND %s "
			 "AND sha256 <> ? AND date < ? ORDER BY date %s, sha256 LIMIT 1", kinds,
			 p->first ? "ASC" : "DESC");
	}
	return store_query_text(s, sql, v, n, out, 65, e) < 0 ? -1 : 0;
}

/* End target on p->on by p->by unless an earlier end (or an equal one by a
 * smaller SHA-256) already holds. */
static int end_target(struct store *s, const char *target, const struct pending *p,
		      struct err *e)
{
	char on[16], by[72];
	struct store_val k[] = {sv_text(target)};

	if (store_query_text(s, "SELECT ended_on FROM instruments WHERE sha256 = ?", k, 1, on,
			     sizeof on, e) < 0 ||
	    store_query_text(s, "SELECT ended_by FROM instruments WHERE sha256 = ?", k, 1, by,
			     sizeof by, e) < 0)
		return -1;
	if (on[0] && (strcmp(on, p->on) < 0 || (!strcmp(on, p->on) && strcmp(by, p->by) <= 0)))
		return 0;
	return store_instrument_end(s, target, p->on, p->by, e);
}

struct letter_row {
	char sha[65], next[65], on[11];
};

struct letter_list {
	struct letter_row *v;
	size_t n, cap;
	bool oom;
};

static int letter_row(void *ctx, const struct store_val *c, int n)
{
	struct letter_list *l = ctx;
	struct letter_row *r;

	if (n < 3 || c[1].t != SV_TEXT || c[2].t != SV_TEXT)
		return 0;
	if (grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) {
		l->oom = true;
		return 1;
	}
	r = &l->v[l->n++];
	snprintf(r->sha, sizeof r->sha, "%s", txt(&c[0]));
	snprintf(r->next, sizeof r->next, "%s", txt(&c[1]));
	snprintf(r->on, sizeof r->on, "%s", txt(&c[2]));
	return 0;
}

/* A letter records a decision and its next steps until the council's next instrument
 * (a direction, a notice, another letter) takes the case on: the letter, and so its
 * commitments, end on that instrument's date.  The next instrument is the earliest
 * later one (ties: the smaller SHA-256), whatever order documents arrive in. */
static int supersede_letters(struct store *s, int council, struct err *e)
{
	struct letter_list l = {0};
	struct store_val k[] = {sv_int(council)};
	size_t i;
	int rc = -1;

	if (store_query(s, "SELECT l.sha256, (SELECT n.sha256 FROM instruments n WHERE n.council = "
			"l.council AND n.date > l.date ORDER BY n.date, n.sha256 LIMIT 1), (SELECT "
			"min(n.date) FROM instruments n WHERE n.council = l.council AND n.date > "
			"l.date) FROM instruments l WHERE l.council = ? AND l.kind = 'letter' "
			"ORDER BY l.sha256", k, 1, letter_row, &l, e) < 0)
		goto out;
	if (l.oom) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	for (i = 0; i < l.n; i++) {
		struct pending p = {0};
		snprintf(p.by, sizeof p.by, "%s", l.v[i].next);
		snprintf(p.on, sizeof p.on, "%s", l.v[i].on);
		if (end_target(s, l.v[i].sha, &p, e) < 0 || ingest_occurrences(s, l.v[i].sha, NULL, e) < 0)
			goto out;
	}
	rc = 0;
out:
	free(l.v);
	return rc;
}

int ingest_resolve(struct store *s, int council, int *resolved, struct err *e)
{
	struct pending_list l = {0};
	struct store_val k[] = {sv_int(council)};
	size_t i;
	int rc = -1;

	*resolved = 0;
	if (store_query(s, "SELECT id, by_instrument, kind, date, first, on_date FROM revocations "
			"WHERE council = ? AND target IS NULL ORDER BY on_date, id", k, 1,
			pending_row, &l, e) < 0)
		goto out;
	if (l.oom) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	for (i = 0; i < l.n; i++) {
		char target[65], subject[64], after[200];
		if (find_target(s, council, &l.v[i], target, e) < 0)
			goto out;
		if (!target[0])
			continue;
		struct store_val p[] = {sv_text(target), sv_int(l.v[i].id)};
		if (store_exec(s, "UPDATE revocations SET target = ? WHERE id = ?", p, 2, e) < 0)
			goto out;
		snprintf(subject, sizeof subject, "revocation:%lld", (long long)l.v[i].id);
		snprintf(after, sizeof after, "{\"target\":\"%s\",\"by\":\"%s\",\"on\":\"%s\"}",
			 target, l.v[i].by, l.v[i].on);
		if (store_audit_append(s, "revocation.resolve", subject, NULL, after, e) < 0 ||
		    end_target(s, target, &l.v[i], e) < 0 ||
		    ingest_occurrences(s, target, NULL, e) < 0)
			goto out;
		(*resolved)++;
	}
	rc = supersede_letters(s, council, e);
out:
	free(l.v);
	return rc;
}
