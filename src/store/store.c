/*
 * store.c: choosing a backend, opening with the version rules, creating
 * and migrating the schema, and the write-transaction helpers every typed
 * operation uses.
 *
 * The version rules: an empty database is created only by `db init`; ours
 * at the current version opens; ours at an older version opens only for
 * `db migrate` (else a message naming both versions); ours at a newer
 * version, or anything not ours, is refused with ERR_DATA.  Nothing is
 * written to a database until it has been recognised as ours.
 */
#include "../base/compat.h"

#include "../base/strbuf.h"
#include "schema.h"
#include "store.h"

const char *store_pick_url(const char *opt, const char *env_db)
{
	if (opt && *opt)
		return opt;
	if (env_db && *env_db)
		return env_db;
	return "oversight.db";
}

static bool is_pg_url(const char *url)
{
	return !strncmp(url, "postgresql://", 13) || !strncmp(url, "postgres://", 11);
}

int store_exec(struct store *s, const char *sql, const struct store_val *p, int np,
	       struct err *e)
{
	return s->ops->exec(s, sql, p, np, e);
}

int store_query(struct store *s, const char *sql, const struct store_val *p, int np,
		store_row_fn fn, void *ctx, struct err *e)
{
	return s->ops->query(s, sql, p, np, fn, ctx, e);
}

struct int_ctx {
	int64_t v;
	bool found;
};

static int int_row(void *ctx, const struct store_val *c, int n)
{
	struct int_ctx *k = ctx;
	if (n > 0 && c[0].t == SV_INT) {
		k->v = c[0].i;
		k->found = true;
	} else if (n > 0 && c[0].t == SV_TEXT) {
		k->v = strtoll(c[0].s, NULL, 10);
		k->found = true;
	}
	return 1;
}

int store_query_int(struct store *s, const char *sql, const struct store_val *p, int np,
		    int64_t def, int64_t *out, struct err *e)
{
	struct int_ctx k = {0, false};

	if (store_query(s, sql, p, np, int_row, &k, e) < 0)
		return -1;
	*out = k.found ? k.v : def;
	return 0;
}

struct text_ctx {
	char *out;
	size_t n;
	bool found;
};

static int text_row(void *ctx, const struct store_val *c, int n)
{
	struct text_ctx *k = ctx;
	if (n >= 1 && c[0].t == SV_TEXT) {
		snprintf(k->out, k->n, "%s", c[0].s);
		k->found = true;
	}
	return 1;
}

int store_query_text(struct store *s, const char *sql, const struct store_val *p, int np,
		     char *out, size_t n, struct err *e)
{
	struct text_ctx k = {out, n, false};

	if (n)
		out[0] = '\0';
	if (store_query(s, sql, p, np, text_row, &k, e) < 0)
		return -1;
	return k.found ? 1 : 0;
}

int store_write_begin(struct store *s, struct err *e)
{
	if (s->in_tx)
		return err_set(e, ERR_INTERNAL, "write transaction already open");
	if (s->ops->begin(s, e) < 0)
		return -1;
	s->in_tx = true;
	return 0;
}

int store_write_commit(struct store *s, struct err *e)
{
	if (!s->in_tx)
		return err_set(e, ERR_INTERNAL, "no write transaction to commit");
	s->in_tx = false;
	if (s->ops->commit(s, e) < 0) {
		s->ops->rollback(s);
		return -1;
	}
	return 0;
}

void store_write_rollback(struct store *s)
{
	if (s->in_tx)
		s->ops->rollback(s);
	s->in_tx = false;
}

/* Run the statements of step v, with @BLOB@ replaced by the backend's type. */
static int run_step(struct store *s, int v, struct err *e)
{
	const char *const *st;

	for (st = schema_steps[v]; *st; st++) {
		struct strbuf b = STRBUF_INIT;
		const char *p = *st, *at;
		int rc;

		while ((at = strstr(p, "@BLOB@"))) {
			strbuf_add(&b, p, (size_t)(at - p));
			strbuf_adds(&b, s->ops->ddl_blob);
			p = at + 6;
		}
		strbuf_adds(&b, p);
		rc = b.failed ? err_set(e, ERR_INTERNAL, "out of memory")
			      : store_exec(s, strbuf_str(&b), NULL, 0, e);
		strbuf_release(&b);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static int set_version(struct store *s, int v, struct err *e)
{
	struct store_val p[] = {sv_int(v)};
	return store_exec(s, "DELETE FROM schema_version", NULL, 0, e) < 0 ||
			       store_exec(s, "INSERT INTO schema_version (version) VALUES (?)", p, 1,
					  e) < 0
		       ? -1
		       : 0;
}

/* Steps from+1 .. to, each one transaction. */
static int run_steps(struct store *s, int from, int to, struct err *e)
{
	int v;

	for (v = from + 1; v <= to; v++) {
		if (store_write_begin(s, e) < 0)
			return -1;
		if (run_step(s, v, e) < 0)
			goto fail;
		if (v == 1) {
			if (store_exec(s,
				       "INSERT INTO meta (key, value) VALUES ('application', "
				       "'oversight')",
				       NULL, 0, e) < 0)
				goto fail;
			if (s->ops == &store_sqlite_ops) {
				char sql[64];
				snprintf(sql, sizeof sql, "PRAGMA application_id = %d",
					 STORE_APPLICATION_ID);
				if (store_exec(s, sql, NULL, 0, e) < 0)
					goto fail;
			}
		}
		if (set_version(s, v, e) < 0)
			goto fail;
		if (from >= 1) { /* a migration, not a creation */
			char after[64];
			snprintf(after, sizeof after, "{\"schema_version\":%d}", v);
			if (store_audit_append(s, "schema.migrate", "schema", NULL, after, e) < 0)
				goto fail;
		}
		if (store_write_commit(s, e) < 0)
			return -1;
		s->version = v;
	}
	return 0;
fail:
	store_write_rollback(s);
	return -1;
}

int store_create_schema(struct store *s, int v, struct err *e)
{
	if (v < 1 || v > STORE_SCHEMA_VERSION)
		return err_set(e, ERR_USAGE, "no schema version %d", v);
	if (s->version != 0)
		return err_set(e, ERR_DATA, "database '%s' is not empty", s->url);
	return run_steps(s, 0, v, e);
}

int store_migrate(struct store *s, struct err *e)
{
	if (s->version < 1)
		return err_set(e, ERR_DATA, "database '%s' is empty: run oversight db init", s->url);
	return run_steps(s, s->version, STORE_SCHEMA_VERSION, e);
}

void store_set_actor(struct store *s, const char *who, const char *today)
{
	snprintf(s->who, sizeof s->who, "%s", who && *who ? who : "unknown");
	snprintf(s->today, sizeof s->today, "%s", today ? today : "");
}

struct store *store_open(const char *url, enum store_mode mode, struct err *e)
{
	struct store *s = calloc(1, sizeof *s);
	int v = 0;

	if (!s) {
		err_set(e, ERR_INTERNAL, "out of memory");
		return NULL;
	}
	s->ops = is_pg_url(url) ? &store_pg_ops : &store_sqlite_ops;
	snprintf(s->url, sizeof s->url, "%s", url);
	store_set_actor(s, NULL, NULL);
	if (s->ops->open(s, url, mode == STORE_INIT, e) < 0) {
		free(s);
		return NULL;
	}
	if (s->ops->probe(s, &v, e) < 0)
		goto fail;
	s->version = v;
	if (v < 0) {
		err_set(e, ERR_DATA, "'%s' is a database oversight did not make (no oversight "
			"application id or schema_version); refusing to touch it", url);
		goto fail;
	}
	if (v > STORE_SCHEMA_VERSION) {
		err_set(e, ERR_DATA, "database '%s' has schema version %d, newer than this "
			"oversight understands (%d): use a newer oversight", url, v,
			STORE_SCHEMA_VERSION);
		goto fail;
	}
	if (v == 0 && mode != STORE_INIT && mode != STORE_RAW) {
		err_set(e, ERR_DATA, "database '%s' is empty: run oversight db init", url);
		goto fail;
	}
	if (v > 0 && v < STORE_SCHEMA_VERSION && mode != STORE_MIGRATE && mode != STORE_RAW) {
		err_set(e, ERR_DATA, "database '%s' has schema version %d; this oversight needs "
			"version %d: run oversight db migrate (after a backup)", url, v,
			STORE_SCHEMA_VERSION);
		goto fail;
	}
	if (v == 0 && mode == STORE_INIT && store_create_schema(s, STORE_SCHEMA_VERSION, e) < 0)
		goto fail;
	return s;
fail:
	s->ops->close(s);
	free(s);
	return NULL;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	store_write_rollback(s);
	s->ops->close(s);
	free(s);
}

int store_next_id(struct store *s, const char *table, int64_t *id, struct err *e)
{
	char sql[96];
	snprintf(sql, sizeof sql, "SELECT max(id) FROM %s", table);
	if (store_query_int(s, sql, NULL, 0, 0, id, e) < 0)
		return -1;
	(*id)++;
	return 0;
}
