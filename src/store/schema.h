/*
 * schema.h: the schema's DDL per version and the table list that export
 * and import walk (internal to src/store/).
 */
#ifndef OVERSIGHT_STORE_SCHEMA_H
#define OVERSIGHT_STORE_SCHEMA_H

#include "store.h"

#define SCHEMA_MAX_COLS 20

struct schema_col {
	const char *name;
	enum store_type type;
};

struct schema_table {
	const char *name;
	int since;         /* schema version that created it */
	const char *order; /* column that orders rows on export */
	struct schema_col cols[SCHEMA_MAX_COLS]; /* ends at name == NULL */
};

/* schema_steps[v]: NULL-terminated statements taking v-1 to v (v >= 1). */
extern const char *const *const schema_steps[STORE_SCHEMA_VERSION + 1];
extern const struct schema_table schema_tables[];
extern const size_t schema_tables_len;

#endif
