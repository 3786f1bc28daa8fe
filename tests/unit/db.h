/*
 * db.h: databases for the register's tests (header-only, tests/unit/).
 * A test names its databases by URL: a SQLite path or a postgresql:// URL
 * (tests/check/21-store-pg.sh passes throwaway PostgreSQL databases in
 * OVERSIGHT_TEST_DB and OVERSIGHT_TEST_DB2).  wipe() empties one whatever is
 * in it; fresh() wipes and opens it initialised; count() runs a count query.
 * Include after t.h.
 */
#ifndef OVERSIGHT_TESTS_DB_H
#define OVERSIGHT_TESTS_DB_H

#include <unistd.h>

#include <postgresql/libpq-fe.h>

#include "store/store.h"

static inline bool is_pg(const char *url) { return !strncmp(url, "postgres", 8); }

static inline void touch(const char *url)
{
	FILE *f = is_pg(url) ? NULL : fopen(url, "w");
	if (f)
		fclose(f);
}

/* Make url an empty database, whatever is in it (PostgreSQL: a raw libpq connection,
 * since the store rightly refuses to open a foreign or newer database). */
static inline void wipe(const char *url)
{
	if (is_pg(url)) {
		PGconn *c = PQconnectdb(url);
		PGresult *r = NULL;
		CHECK(c && PQstatus(c) == CONNECTION_OK, "wipe: cannot connect to %s", url);
		if (c && PQstatus(c) == CONNECTION_OK) {
			r = PQexec(c, "SET client_min_messages = warning; DROP SCHEMA public CASCADE; "
				  "CREATE SCHEMA public");
			CHECK(PQresultStatus(r) == PGRES_COMMAND_OK, "wipe: %s", PQerrorMessage(c));
			PQclear(r);
		}
		PQfinish(c);
	} else {
		char p[1100];
		unlink(url);
		snprintf(p, sizeof p, "%s-wal", url);
		unlink(p);
		snprintf(p, sizeof p, "%s-shm", url);
		unlink(p);
	}
}

static inline struct store *fresh(const char *url)
{
	struct err e = {0};
	struct store *s;

	wipe(url);
	s = store_open(url, STORE_INIT, &e);
	CHECK(s != NULL, "open %s: %s", url, e.msg);
	if (s)
		store_set_actor(s, "contract", "2026-11-23");
	return s;
}

static inline int64_t count(struct store *s, const char *sql)
{
	struct err e = {0};
	int64_t n = -1;
	CHECK(store_query_int(s, sql, NULL, 0, -1, &n, &e) == 0, "%s: %s", sql, e.msg);
	return n;
}

#endif
