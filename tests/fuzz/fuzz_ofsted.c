/*
 * fuzz_ofsted.c: libFuzzer target for `import ofsted` (src/store/ofsted.c)
 * over an in-memory SQLite register: any bytes must give an import or a
 * clean ERR_DATA, never a crash or a read past the input, and a refused
 * import must leave the register exactly as it was (one transaction).
 */
#include "base/compat.h"

#include "store/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *db;

static int64_t rows(void)
{
	struct err e = {0};
	int64_t n = -1;
	store_query_int(db, "SELECT (SELECT count(*) FROM audit) + (SELECT count(*) FROM "
			"judgements)", NULL, 0, -1, &n, &e);
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct err e = {0};
	struct store_ofsted_report rep;
	int changed;
	int64_t before;

	if (!db) {
		db = store_open(":memory:", STORE_INIT, &e);
		if (!db || store_write_begin(db, &e) < 0 || store_councils_load(db, &changed, &e) < 0 ||
		    store_write_commit(db, &e) < 0)
			abort();
		store_set_actor(db, "fuzz", "2026-11-23");
	}
	before = rows();
	if (store_import_ofsted(db, (const char *)data, size, NULL, NULL, &rep, &e) < 0) {
		if (e.code != ERR_DATA || !e.msg[0])
			abort();
		if (rows() != before)
			abort(); /* a refused import wrote something */
	}
	return 0;
}
