/*
 * councils.c: the councils of the register, their aliases, and finding a
 * council by a name as written.
 *
 * The 158 authorities come compiled in (scripts/gen-councils.sh turns
 * data/reference/english-children-services-authorities.csv into
 * store_council_table at build time), so `db init` needs no data file.
 * A put that changes nothing writes nothing (and no audit entry), so
 * loading twice is a no-op.  Finding compares names_key() of the name
 * given with the key of each council's official and Ofsted names and of
 * each alias; among several matches (the two Dorsets) the council in being
 * on the given day wins.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "names.h"
#include "store.h"

static char *council_json(const struct store_council *c)
{
	json_t *o = json_pack("{s:i, s:s?, s:s, s:s?, s:s?, s:s?, s:s?, s:s?}", "code", c->code,
			      "gss", c->gss, "name", c->name, "region", c->region, "type", c->type,
			      "ofsted_name", c->ofsted_name, "valid_from", c->valid_from,
			      "valid_to", c->valid_to);
	char *s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
	json_decref(o);
	return s;
}

struct fetch {
	struct store_council c;
	char buf[8][160];
	bool found;
};

static int fetch_row(void *ctx, const struct store_val *v, int n)
{
	struct fetch *f = ctx;
	const char **dst[] = {&f->c.gss,	 &f->c.name,	   &f->c.region,  &f->c.type,
			      &f->c.ofsted_name, &f->c.valid_from, &f->c.valid_to};
	int i;

	if (n < 8)
		return 1;
	f->c.code = (int)v[0].i;
	for (i = 0; i < 7; i++) {
		if (v[i + 1].t == SV_TEXT) {
			snprintf(f->buf[i], sizeof f->buf[i], "%s", v[i + 1].s);
			*dst[i] = f->buf[i];
		} else {
			*dst[i] = NULL;
		}
	}
	f->found = true;
	return 1;
}

int store_council_put(struct store *s, const struct store_council *c, struct err *e)
{
	struct fetch old = {0};
	struct store_val key[] = {sv_int(c->code)};
	char *before = NULL, *after = NULL, subject[32];
	int rc = -1;

	if (store_query(s,
			"SELECT code, gss, name, region, type, ofsted_name, valid_from, valid_to "
			"FROM councils WHERE code = ?",
			key, 1, fetch_row, &old, e) < 0)
		return -1;
	after = council_json(c);
	before = old.found ? council_json(&old.c) : NULL;
	if (!after || (old.found && !before)) {
		rc = err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	if (before && !strcmp(before, after)) {
		rc = 0;
		goto out;
	}
	{
		struct store_val p[] = {sv_int(c->code),	 sv_text(c->gss),  sv_text(c->name),
					sv_text(c->region),	 sv_text(c->type), sv_text(c->ofsted_name),
					sv_text(c->valid_from), sv_text(c->valid_to)};
		const char *sql =
			old.found ? "UPDATE councils SET code = ?, gss = ?, name = ?, region = ?, "
				    "type = ?, ofsted_name = ?, valid_from = ?, valid_to = ? "
				    "WHERE code = ?"
				  : "INSERT INTO councils (code, gss, name, region, type, ofsted_name, "
				    "valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
		struct store_val all[9];
		memcpy(all, p, sizeof p);
		all[8] = sv_int(c->code);
		if (store_exec(s, sql, all, old.found ? 9 : 8, e) < 0)
			goto out;
	}
	snprintf(subject, sizeof subject, "council:%d", c->code);
	rc = store_audit_append(s, old.found ? "council.update" : "council.add", subject, before,
				after, e);
out:
	free(before);
	free(after);
	return rc;
}

int store_councils_load(struct store *s, int *changed, struct err *e)
{
	int64_t before, after;
	size_t i;

	if (store_query_int(s, "SELECT count(*) FROM audit", NULL, 0, 0, &before, e) < 0)
		return -1;
	for (i = 0; i < store_council_table_len; i++)
		if (store_council_put(s, &store_council_table[i], e) < 0)
			return -1;
	if (store_query_int(s, "SELECT count(*) FROM audit", NULL, 0, 0, &after, e) < 0)
		return -1;
	*changed = (int)(after - before);
	return 0;
}

int store_alias_put(struct store *s, const char *alias, int code, struct err *e)
{
	char key[256], subject[300], after[400];
	int64_t have = 0, exists = 0;
	struct store_val k[1], c[] = {sv_int(code)};

	if (names_key(alias, key, sizeof key) < 0)
		return err_set(e, ERR_DATA, "alias '%s' holds no name", alias);
	k[0] = sv_text(key);
	if (store_query_int(s, "SELECT count(*) FROM councils WHERE code = ?", c, 1, 0, &exists,
			    e) < 0)
		return -1;
	if (!exists)
		return err_set(e, ERR_DATA, "unknown council %d", code);
	if (store_query_int(s, "SELECT council FROM aliases WHERE key = ?", k, 1, -1, &have, e) <
	    0)
		return -1;
	if (have == code)
		return 0;
	if (have >= 0)
		return err_set(e, ERR_DATA, "alias '%s' already names council %lld", alias,
			       (long long)have);
	{
		struct store_val p[] = {sv_text(key), sv_text(alias), sv_int(code)};
		if (store_exec(s, "INSERT INTO aliases (key, alias, council) VALUES (?, ?, ?)", p,
			       3, e) < 0)
			return -1;
	}
	snprintf(subject, sizeof subject, "alias:%s", key);
	{
		json_t *o = json_pack("{s:s, s:i}", "alias", alias, "council", code);
		char *j = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
		snprintf(after, sizeof after, "%s", j ? j : "{}");
		free(j);
		json_decref(o);
	}
	return store_audit_append(s, "alias.add", subject, NULL, after, e);
}

struct find {
	const char *key, *day;
	int codes[8];
	char from[8][11], to[8][11];
	int n;
};

static void add_match(struct find *f, int code, const struct store_val *from,
		      const struct store_val *to)
{
	int i;

	for (i = 0; i < f->n; i++)
		if (f->codes[i] == code)
			return;
	if (f->n >= (int)ARRAY_SIZE(f->codes))
		return;
	f->codes[f->n] = code;
	snprintf(f->from[f->n], 11, "%s", from->t == SV_TEXT ? from->s : "");
	snprintf(f->to[f->n], 11, "%s", to->t == SV_TEXT ? to->s : "");
	f->n++;
}

static int find_row(void *ctx, const struct store_val *v, int n)
{
	struct find *f = ctx;
	char k[256];
	int i;

	for (i = 1; i <= 2 && i < n; i++)
		if (v[i].t == SV_TEXT && names_key(v[i].s, k, sizeof k) >= 0 && !strcmp(k, f->key))
			add_match(f, (int)v[0].i, &v[3], &v[4]);
	return 0;
}

static int alias_row(void *ctx, const struct store_val *v, int n)
{
	struct find *f = ctx;
	if (n >= 3)
		add_match(f, (int)v[0].i, &v[1], &v[2]);
	return 0;
}

int store_council_find(struct store *s, const char *name, const char *day, int *code,
		       struct err *e)
{
	char key[256];
	struct find f = {0};
	int i, best = -1;

	if (names_key(name, key, sizeof key) < 0)
		return err_set(e, ERR_DATA, "unknown council '%s'", name);
	f.key = key;
	f.day = day;
	if (store_query(s,
			"SELECT code, name, ofsted_name, valid_from, valid_to FROM councils "
			"ORDER BY code",
			NULL, 0, find_row, &f, e) < 0)
		return -1;
	{
		struct store_val p[] = {sv_text(key)};
		if (store_query(s,
				"SELECT c.code, c.valid_from, c.valid_to FROM aliases a JOIN "
				"councils c ON c.code = a.council WHERE a.key = ?",
				p, 1, alias_row, &f, e) < 0)
			return -1;
	}
	if (f.n == 0)
		return err_set(e, ERR_DATA, "unknown council '%s'", name);
	for (i = 0; i < f.n; i++) {
		bool in = day ? (!f.from[i][0] || strcmp(f.from[i], day) <= 0) &&
					(!f.to[i][0] || strcmp(day, f.to[i]) <= 0)
			      : !f.to[i][0];
		if (in) {
			if (best >= 0)
				return err_set(e, ERR_DATA, "council name '%s' is ambiguous", name);
			best = i;
		}
	}
	if (best < 0) {
		if (f.n > 1)
			return err_set(e, ERR_DATA, "council name '%s' is ambiguous", name);
		best = 0; /* the only council of that name, even outside its dates */
	}
	*code = f.codes[best];
	return 0;
}
