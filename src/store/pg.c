/*
 * pg.c: the PostgreSQL backend of the store (libpq).
 *
 * The url is handed to PQconnectdb as is.  SQL arrives with `?`
 * placeholders and is rewritten to $1, $2, ... (our SQL has no `?` inside
 * literals).  Parameters go as text, except blobs which go in binary;
 * results come back as text and are typed from the column's type: int2,
 * int4 and int8 become SV_INT, bytea is decoded from its hex form to
 * SV_BLOB, everything else is SV_TEXT, so callers see what SQLite gives.
 * A write transaction takes LOCK TABLE audit first: every write appends to
 * the audit chain, so writers are serialised exactly like SQLite's single
 * writer, and ids assigned as max + 1 cannot collide.  probe() looks for
 * our meta row ('application', 'oversight') in the current schema.
 *
 * Statements (SELECT, INSERT, UPDATE, DELETE) are prepared once per
 * connection and executed by name afterwards (a cache of the texts seen,
 * PG_STMTS of them): the views, the web server and the writers repeat the
 * same few statements, and parsing and planning them each time was most of
 * a one-council query's time (BENCHMARKS.md).  PostgreSQL re-plans a
 * prepared statement itself when the schema or the statistics change.  DDL
 * and transaction control go through PQexecParams.
 */
#include "../base/compat.h"

#include <postgresql/libpq-fe.h> /* Debian: libpq-dev */

#include "../base/strbuf.h"
#include "store.h"

#define OID_BYTEA 17
#define OID_INT8 20
#define OID_INT2 21
#define OID_INT4 23

#define PG_STMTS 96

struct pg {
	PGconn *c;
	char *sql[PG_STMTS]; /* the rewritten text of prepared statement "s<i>" */
	int n;
};


static void notice_quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

static int pg_open(struct store *s, const char *url, bool create, struct err *e)
{
	PGconn *c = PQconnectdb(url);

	(void)create;
	if (!c || PQstatus(c) != CONNECTION_OK) {
		err_set(e, ERR_NOINPUT, "cannot connect to the database: %s",
			c ? PQerrorMessage(c) : "out of memory");
		PQfinish(c);
		return -1;
	}
	PQsetNoticeProcessor(c, notice_quiet, NULL);
	if (!(s->impl = calloc(1, sizeof(struct pg)))) {
		PQfinish(c);
		return err_set(e, ERR_INTERNAL, "out of memory");
	}
	((struct pg *)s->impl)->c = c;
	return 0;
}

static void pg_close(struct store *s)
{
	struct pg *g = s->impl;
	int i;

	if (!g)
		return;
	PQfinish(g->c);
	for (i = 0; i < g->n; i++)
		free(g->sql[i]);
	free(g);
	s->impl = NULL;
}

static bool preparable(const char *q)
{
	return !strncmp(q, "SELECT ", 7) || !strncmp(q, "INSERT ", 7) || !strncmp(q, "UPDATE ", 7) ||
	       !strncmp(q, "DELETE ", 7);
}

/* Execute q (already rewritten): a statement by its prepared name, preparing it on first
 * use while the cache has room; DDL and the like directly. */
static PGresult *run(struct pg *g, char *q, int np, const char *const *vals, const int *lens,
		     const int *fmts)
{
	char name[16];
	int i;

	if (!preparable(q))
		return PQexecParams(g->c, q, np, NULL, vals, lens, fmts, 0);
	for (i = 0; i < g->n && strcmp(g->sql[i], q); i++)
		;
	snprintf(name, sizeof name, "s%d", i);
	if (i == g->n) {
		PGresult *r;
		if (g->n == PG_STMTS)
			return PQexecParams(g->c, q, np, NULL, vals, lens, fmts, 0);
		r = PQprepare(g->c, name, q, np, NULL);
		if (PQresultStatus(r) != PGRES_COMMAND_OK)
			return r; /* the error, as executing it would have said */
		PQclear(r);
		g->sql[g->n++] = strdup(q);
		if (!g->sql[g->n - 1])
			g->n--;
	}
	return PQexecPrepared(g->c, name, np, vals, lens, fmts, 0);
}

/* "?" -> "$n". */
static char *rewrite(const char *sql)
{
	struct strbuf b = STRBUF_INIT;
	int n = 0;

	for (; *sql; sql++) {
		if (*sql == '?')
			strbuf_addf(&b, "$%d", ++n);
		else
			strbuf_addch(&b, *sql);
	}
	if (b.failed) {
		strbuf_release(&b);
		return NULL;
	}
	return strbuf_detach(&b, NULL);
}

static int hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static int pg_query(struct store *s, const char *sql, const struct store_val *p, int np,
		    store_row_fn fn, void *ctx, struct err *e)
{
	const char *vals[64];
	int lens[64], fmts[64];
	char ints[64][24];
	struct store_val cols[32];
	unsigned char *blobs[32] = {0};
	char *q;
	PGresult *r;
	int i, row, rows, n, rc = 0;
	ExecStatusType st;

	if (np > 64)
		return err_set(e, ERR_INTERNAL, "too many parameters");
	for (i = 0; i < np; i++) {
		fmts[i] = 0;
		lens[i] = 0;
		switch (p[i].t) {
		case SV_NULL: vals[i] = NULL; break;
		case SV_INT:
			snprintf(ints[i], sizeof ints[i], "%lld", (long long)p[i].i);
			vals[i] = ints[i];
			break;
		case SV_TEXT: vals[i] = p[i].s; break;
		case SV_BLOB:
			vals[i] = p[i].s;
			lens[i] = (int)p[i].n;
			fmts[i] = 1;
			break;
		}
	}
	if (!(q = rewrite(sql)))
		return err_set(e, ERR_INTERNAL, "out of memory");
	r = run(s->impl, q, np, vals, lens, fmts);
	free(q);
	st = PQresultStatus(r);
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		int code = state && (!strncmp(state, "23", 2) || !strncmp(state, "22", 2))
				   ? ERR_DATA
				   : ERR_INTERNAL;
		err_set(e, code, "query failed: %s", PQresultErrorMessage(r));
		PQclear(r);
		return -1;
	}
	rows = PQntuples(r);
	n = PQnfields(r);
	if (n > (int)ARRAY_SIZE(cols))
		n = (int)ARRAY_SIZE(cols);
	for (row = 0; row < rows && fn && !rc; row++) {
		for (i = 0; i < n; i++) {
			const char *v = PQgetvalue(r, row, i);
			Oid t = PQftype(r, i);

			if (PQgetisnull(r, row, i)) {
				cols[i] = sv_null();
			} else if (t == OID_INT2 || t == OID_INT4 || t == OID_INT8) {
				cols[i] = sv_int(strtoll(v, NULL, 10));
			} else if (t == OID_BYTEA && v[0] == '\\' && v[1] == 'x') {
				size_t len = strlen(v + 2) / 2, k;
				free(blobs[i]);
				blobs[i] = malloc(len + 1);
				if (!blobs[i]) {
					rc = err_set(e, ERR_INTERNAL, "out of memory");
					break;
				}
				for (k = 0; k < len; k++)
					blobs[i][k] = (unsigned char)(hexval(v[2 + 2 * k]) << 4 |
								      hexval(v[3 + 2 * k]));
				cols[i] = sv_blob(blobs[i], len);
			} else {
				cols[i] = sv_text(v);
			}
		}
		if (!rc && fn(ctx, cols, n))
			break;
	}
	for (i = 0; i < (int)ARRAY_SIZE(blobs); i++)
		free(blobs[i]);
	PQclear(r);
	return rc < 0 ? -1 : 0;
}

static int pg_exec(struct store *s, const char *sql, const struct store_val *p, int np,
		   struct err *e)
{
	return pg_query(s, sql, p, np, NULL, NULL, e);
}

static int first_text(void *ctx, const struct store_val *c, int n)
{
	char *out = ctx;
	if (n > 0 && c[0].t == SV_TEXT)
		snprintf(out, 64, "%s", c[0].s);
	else if (n > 0 && c[0].t == SV_INT)
		snprintf(out, 64, "%lld", (long long)c[0].i);
	return 1;
}

static int pg_probe(struct store *s, int *version, struct err *e)
{
	char tables[64] = "", mark[64] = "", v[64] = "";

	if (pg_query(s,
		     "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
		     "current_schema()",
		     NULL, 0, first_text, tables, e) < 0)
		return -1;
	if (!strcmp(tables, "0")) {
		*version = 0;
		return 0;
	}
	if (pg_query(s,
		     "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
		     "current_schema() AND table_name IN ('meta', 'schema_version')",
		     NULL, 0, first_text, mark, e) < 0)
		return -1;
	if (strcmp(mark, "2")) {
		*version = -1;
		return 0;
	}
	mark[0] = 0;
	if (pg_query(s, "SELECT value FROM meta WHERE key = 'application'", NULL, 0, first_text,
		     mark, e) < 0 ||
	    pg_query(s, "SELECT max(version) FROM schema_version", NULL, 0, first_text, v, e) < 0)
		return -1;
	*version = strcmp(mark, "oversight") ? -1 : (int)strtol(v, NULL, 10);
	return 0;
}

static int pg_begin(struct store *s, struct err *e)
{
	if (pg_exec(s, "BEGIN", NULL, 0, e) < 0)
		return -1;
	/* Before version 1 exists there is no audit table to lock. */
	if (s->version >= 1 &&
	    pg_exec(s, "LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE", NULL, 0, e) < 0) {
		struct err ignored = {0};
		pg_exec(s, "ROLLBACK", NULL, 0, &ignored);
		return -1;
	}
	return 0;
}

static int pg_commit(struct store *s, struct err *e)
{
	return pg_exec(s, "COMMIT", NULL, 0, e);
}

static void pg_rollback(struct store *s)
{
	struct err ignored = {0};
	pg_exec(s, "ROLLBACK", NULL, 0, &ignored);
}

static int pg_check(struct store *s, struct err *e)
{
	/* PostgreSQL enforces foreign keys and checksums pages itself. */
	char one[64] = "";
	return pg_query(s, "SELECT 1", NULL, 0, first_text, one, e);
}

const struct store_ops store_pg_ops = {
	"postgresql", "BYTEA", pg_open,  pg_close, pg_probe, pg_begin,
	pg_commit,    pg_rollback, pg_exec, pg_query, pg_check,
};
