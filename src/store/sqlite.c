/*
 * sqlite.c: the SQLite backend of the store (libsqlite3).
 *
 * A file is opened only if it is absent or empty (and the caller may
 * create), or begins with the SQLite header; anything else is "not a
 * SQLite database" before SQLite touches it.  Connections use WAL, a 5 s
 * busy timeout, foreign keys on, and BEGIN IMMEDIATE for writes so that a
 * writer takes the lock up front rather than failing at commit.  probe()
 * reads PRAGMA application_id: ours -> schema_version; 0 with no tables ->
 * empty; anything else -> foreign.  Statements are prepared per call (the
 * register is small; the bench may add a cache).
 */
#include "../base/compat.h"

#include <sys/stat.h>

#include <sqlite3.h>

#include "store.h"

static sqlite3 *db_of(struct store *s) { return s->impl; }

static int fail(struct store *s, struct err *e, const char *what)
{
	int rc = sqlite3_extended_errcode(db_of(s)) & 0xff;
	int code = (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB || rc == SQLITE_CONSTRAINT ||
		    rc == SQLITE_MISMATCH)
			   ? ERR_DATA
			   : (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) ? ERR_IO : ERR_INTERNAL;
	if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
		return err_set(e, ERR_DATA, "database '%s' is corrupt: %s", s->url,
			       sqlite3_errmsg(db_of(s)));
	return err_set(e, code, "%s: %s", what, sqlite3_errmsg(db_of(s)));
}

/*
 * The first bytes of the file, read through SQLite's own file handle.  Never
 * open the database file with a descriptor of our own: closing any
 * descriptor of a file drops every POSIX lock this process holds on it, so
 * another process would think our other connections gone and reset the WAL
 * under them (they would then read a stale snapshot for ever).
 */
static int read_head(sqlite3 *db, char head[16], int *got)
{
	sqlite3_file *f = NULL;
	sqlite3_int64 size = 0;

	*got = 0;
	if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &f) != SQLITE_OK)
		return -1;
	if (!f || !f->pMethods)
		return 0; /* no file behind it (":memory:") */
	if (f->pMethods->xFileSize(f, &size) != SQLITE_OK)
		return -1;
	if (size == 0)
		return 0;
	*got = size < 16 ? (int)size : 16;
	return f->pMethods->xRead(f, head, *got, 0) == SQLITE_OK ? 0 : -1;
}

static int sq_open(struct store *s, const char *url, bool create, struct err *e)
{
	static const char magic[16] = "SQLite format 3";
	char head[16];
	int got = 0;
	struct stat st;
	sqlite3 *db = NULL;

	if (strcmp(url, ":memory:") && stat(url, &st) < 0 && !create)
		return err_set(e, ERR_NOINPUT, "cannot open database '%s': %s (run oversight db init)",
			       url, strerror(errno));
	if (sqlite3_open_v2(url, &db,
			    SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) |
				    SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK) {
		err_set(e, ERR_NOINPUT, "cannot open database '%s': %s", url,
			db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return -1;
	}
	/* Refuse a file that is not SQLite before SQLite reads or writes anything of it. */
	if (read_head(db, head, &got) < 0 ||
	    (got > 0 && (got < 16 || memcmp(head, magic, sizeof head)))) {
		sqlite3_close(db);
		return err_set(e, ERR_DATA, "'%s' is not a SQLite database (refusing to touch it)",
			       url);
	}
	s->impl = db;
	sqlite3_busy_timeout(db, 5000);
	sqlite3_extended_result_codes(db, 1);
	return 0;
}

static void sq_close(struct store *s)
{
	sqlite3_close(db_of(s));
	s->impl = NULL;
}

static int bind_all(struct store *s, sqlite3_stmt *st, const struct store_val *p, int np,
		    struct err *e)
{
	int i, rc = SQLITE_OK;

	for (i = 0; i < np && rc == SQLITE_OK; i++) {
		switch (p[i].t) {
		case SV_NULL: rc = sqlite3_bind_null(st, i + 1); break;
		case SV_INT: rc = sqlite3_bind_int64(st, i + 1, p[i].i); break;
		case SV_TEXT:
			rc = sqlite3_bind_text(st, i + 1, p[i].s, (int)p[i].n, SQLITE_STATIC);
			break;
		case SV_BLOB:
			rc = sqlite3_bind_blob64(st, i + 1, p[i].s, p[i].n, SQLITE_STATIC);
			break;
		}
	}
	return rc == SQLITE_OK ? 0 : fail(s, e, "cannot bind a parameter");
}

static int sq_query(struct store *s, const char *sql, const struct store_val *p, int np,
		    store_row_fn fn, void *ctx, struct err *e)
{
	sqlite3_stmt *st = NULL;
	struct store_val cols[32];
	int rc, n, i, rows = 0, tries = 0;

	if (sqlite3_prepare_v2(db_of(s), sql, -1, &st, NULL) != SQLITE_OK)
		return fail(s, e, "cannot prepare a statement");
	if (bind_all(s, st, p, np, e) < 0) {
		sqlite3_finalize(st);
		return -1;
	}
again:
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rows++;
		n = sqlite3_column_count(st);
		if (n > (int)ARRAY_SIZE(cols))
			n = (int)ARRAY_SIZE(cols);
		for (i = 0; i < n; i++) {
			switch (sqlite3_column_type(st, i)) {
			case SQLITE_NULL: cols[i] = sv_null(); break;
			case SQLITE_INTEGER: cols[i] = sv_int(sqlite3_column_int64(st, i)); break;
			case SQLITE_BLOB: {
				const void *b = sqlite3_column_blob(st, i);
				cols[i] = sv_blob(b ? b : "", (size_t)sqlite3_column_bytes(st, i));
				break;
			}
			default:
				cols[i] = sv_text((const char *)sqlite3_column_text(st, i));
				break;
			}
		}
		if (fn && fn(ctx, cols, n)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	/* Outside a transaction SQLite can still answer "locked" without waiting
	 * for the busy timeout (a reader meeting another connection's WAL
	 * checkpoint or recovery as it opens): nothing was read or written, so
	 * the statement is tried again, for up to a second. */
	if ((rc & 0xff) == SQLITE_BUSY && !rows && sqlite3_get_autocommit(db_of(s)) &&
	    tries++ < 100) {
		sqlite3_reset(st);
		sqlite3_sleep(10);
		goto again;
	}
	if (rc != SQLITE_DONE) {
		fail(s, e, "query failed");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

static int sq_exec(struct store *s, const char *sql, const struct store_val *p, int np,
		   struct err *e)
{
	return sq_query(s, sql, p, np, NULL, NULL, e);
}

static int one_int(void *ctx, const struct store_val *c, int n)
{
	*(int64_t *)ctx = n > 0 && c[0].t == SV_INT ? c[0].i : 0;
	return 1;
}

static int sq_probe(struct store *s, int *version, struct err *e)
{
	int64_t appid = 0, tables = 0, v = 0;

	if (sq_query(s, "PRAGMA application_id", NULL, 0, one_int, &appid, e) < 0 ||
	    sq_query(s, "SELECT count(*) FROM sqlite_master", NULL, 0, one_int, &tables, e) < 0)
		return -1;
	if (appid == 0 && tables == 0) {
		*version = 0;
		return 0;
	}
	if (appid != STORE_APPLICATION_ID) {
		*version = -1;
		return 0;
	}
	if (sq_query(s, "SELECT max(version) FROM schema_version", NULL, 0, one_int, &v, e) < 0) {
		err_clear(e);
		*version = -1;
		return 0;
	}
	*version = (int)v;
	/* WAL and foreign keys only once we know the file is ours. */
	if (sq_exec(s, "PRAGMA journal_mode=WAL", NULL, 0, e) < 0 ||
	    sq_exec(s, "PRAGMA foreign_keys=ON", NULL, 0, e) < 0)
		return -1;
	return 0;
}

static int sq_begin(struct store *s, struct err *e)
{
	return sq_exec(s, "BEGIN IMMEDIATE", NULL, 0, e);
}

static int sq_commit(struct store *s, struct err *e)
{
	return sq_exec(s, "COMMIT", NULL, 0, e);
}

static void sq_rollback(struct store *s)
{
	struct err ignored = {0};
	sq_exec(s, "ROLLBACK", NULL, 0, &ignored);
}

struct check_ctx {
	int bad;
	char first[256];
};

static int check_row(void *ctx, const struct store_val *c, int n)
{
	struct check_ctx *k = ctx;

	if (n == 1 && c[0].t == SV_TEXT && !strcmp(c[0].s, "ok"))
		return 0;
	if (!k->bad++)
		snprintf(k->first, sizeof k->first, "%s", n > 0 && c[0].s ? c[0].s : "?");
	return 0;
}

static int sq_check(struct store *s, struct err *e)
{
	struct check_ctx k = {0};

	if (sq_query(s, "PRAGMA integrity_check", NULL, 0, check_row, &k, e) < 0)
		return -1;
	if (k.bad)
		return err_set(e, ERR_DATA, "database '%s' fails its integrity check: %s", s->url,
			       k.first);
	if (sq_query(s, "PRAGMA foreign_key_check", NULL, 0, check_row, &k, e) < 0)
		return -1;
	if (k.bad)
		return err_set(e, ERR_DATA, "database '%s' has %d rows with broken references "
			       "(first in table '%s')", s->url, k.bad, k.first);
	return 0;
}

const struct store_ops store_sqlite_ops = {
	"sqlite", "BLOB", sq_open,  sq_close, sq_probe, sq_begin,
	sq_commit, sq_rollback, sq_exec, sq_query, sq_check,
};
