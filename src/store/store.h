/*
 * store.h: the register's storage interface.
 *
 * Two layers, like SQLite's VFS under its SQL engine:
 *
 *  1. struct store_ops, the backend table.  A backend (sqlite.c, pg.c)
 *     supplies open/close, begin/commit/rollback, exec and query with bound
 *     parameters, and a probe that says whose database it opened.  SQL is
 *     written once with `?` placeholders in the dialect both engines share
 *     (pg.c rewrites `?` to $n); the few DDL words that differ are
 *     substituted from the backend's dialect strings.
 *
 *  2. The typed operations below (store_council_put, store_inspection_put,
 *     store_document_put, ...), written once on top of the table, so both
 *     backends behave the same by construction and one contract test suite
 *     (tests/unit/test_store_contract.c) checks them.
 *
 * Every write runs inside store_write_begin()/store_write_commit(): one
 * transaction per command, and every changing call appends to the
 * hash-chained audit log inside that same transaction.
 *
 * Ownership: struct store is opened by store_open() and freed by
 * store_close().  Strings passed in are borrowed for the call.  Rows handed
 * to a callback (struct store_val) are valid only during the callback.
 * Core code never prints: every function returns -1 and fills struct err.
 */
#ifndef OVERSIGHT_STORE_H
#define OVERSIGHT_STORE_H

#include "../base/compat.h"
#include "../base/arena.h"
#include "../base/err.h"

/* The schema this build writes; older databases migrate with `db migrate`. */
#define STORE_SCHEMA_VERSION 7
/* SQLite PRAGMA application_id: "OVRS". */
#define STORE_APPLICATION_ID 0x4F565253

enum store_type { SV_NULL, SV_INT, SV_TEXT, SV_BLOB };

/* A bound parameter or a result column.  Text is NUL-terminated; blob uses n. */
struct store_val {
	enum store_type t;
	int64_t i;
	const char *s;
	size_t n;
};

static inline struct store_val sv_int(int64_t i) { return (struct store_val){SV_INT, i, NULL, 0}; }
static inline struct store_val sv_text(const char *s)
{
	return s ? (struct store_val){SV_TEXT, 0, s, strlen(s)} : (struct store_val){SV_NULL, 0, NULL, 0};
}
static inline struct store_val sv_blob(const void *p, size_t n)
{
	return (struct store_val){SV_BLOB, 0, (const char *)p, n};
}
static inline struct store_val sv_null(void) { return (struct store_val){SV_NULL, 0, NULL, 0}; }

/* Called once per result row; return nonzero to stop (query returns 0). */
typedef int (*store_row_fn)(void *ctx, const struct store_val *cols, int ncols);

struct store;

/* What store_open may do to the database it finds. */
enum store_mode {
	STORE_USE,     /* must exist at STORE_SCHEMA_VERSION */
	STORE_INIT,    /* create if empty/missing; refuse foreign; no-op if current */
	STORE_MIGRATE, /* bring an older database of ours up to date */
	STORE_RAW      /* open whatever version is ours, or empty (db check, tests) */
};

struct store_ops {
	const char *name;     /* "sqlite" or "postgresql" */
	const char *ddl_blob; /* column type for bytes: BLOB / BYTEA */
	/* Open the database at url; create it only if create.  Fills s->impl. */
	int (*open)(struct store *s, const char *url, bool create, struct err *e);
	void (*close)(struct store *s);
	/* *version = schema version, 0 if the database is empty, -1 if foreign. */
	int (*probe)(struct store *s, int *version, struct err *e);
	/* Start a write transaction that excludes other writers until commit. */
	int (*begin)(struct store *s, struct err *e);
	int (*commit)(struct store *s, struct err *e);
	void (*rollback)(struct store *s);
	int (*exec)(struct store *s, const char *sql, const struct store_val *p, int np,
		    struct err *e);
	int (*query)(struct store *s, const char *sql, const struct store_val *p, int np,
		     store_row_fn fn, void *ctx, struct err *e);
	/* Whole-database consistency check (integrity, foreign keys). */
	int (*check)(struct store *s, struct err *e);
};

extern const struct store_ops store_sqlite_ops;
extern const struct store_ops store_pg_ops;

struct store {
	const struct store_ops *ops;
	void *impl;
	char url[1024];
	int version;     /* schema version found on open (after migration) */
	bool in_tx;
	char who[128];   /* audit: the person writing (set by the front end) */
	char today[11];  /* audit: YYYY-MM-DD of the write */
};

/*
 * Choose the database: the explicit url (from --db), else env_db
 * ($OVERSIGHT_DB), else "./oversight.db".  A url starting "postgresql://"
 * or "postgres://" selects PostgreSQL; anything else is a SQLite path.
 */
const char *store_pick_url(const char *opt, const char *env_db);

/*
 * Open url in mode.  Refusals (exit ERR_DATA): a file that is not SQLite, a
 * SQLite or PostgreSQL database without our marks, a newer schema, an older
 * schema unless mode is STORE_MIGRATE (the message names both versions).
 * Returns a store to be freed with store_close(), or NULL.
 */
struct store *store_open(const char *url, enum store_mode mode, struct err *e);
void store_close(struct store *s);
/* Set the audit identity for later writes (borrowed strings are copied). */
void store_set_actor(struct store *s, const char *who, const char *today);

/* Migrate from s->version to STORE_SCHEMA_VERSION (each step one transaction). */
int store_migrate(struct store *s, struct err *e);
/* Create the schema at exactly version v (1..STORE_SCHEMA_VERSION) in an empty db. */
int store_create_schema(struct store *s, int v, struct err *e);

int store_write_begin(struct store *s, struct err *e);
int store_write_commit(struct store *s, struct err *e);
void store_write_rollback(struct store *s);

/* Low-level helpers over the ops table. */
int store_exec(struct store *s, const char *sql, const struct store_val *p, int np,
	       struct err *e);
int store_query(struct store *s, const char *sql, const struct store_val *p, int np,
		store_row_fn fn, void *ctx, struct err *e);
/* First column of the first row as an integer (def if no row). */
int store_query_int(struct store *s, const char *sql, const struct store_val *p, int np,
		    int64_t def, int64_t *out, struct err *e);
/* The next id of table (max(id) + 1; 1 for an empty table): writers call it inside their
 * write transaction, which serialises them. */
int store_next_id(struct store *s, const char *table, int64_t *id, struct err *e);
/* First column of the first row as text into out[n] ("" and 0 if no row or
 * NULL; 1 if found; -1 on error).  Longer text is truncated. */
int store_query_text(struct store *s, const char *sql, const struct store_val *p, int np,
		     char *out, size_t n, struct err *e);

/* ---- audit (audit.c) ---- */

/*
 * Append an entry inside the current write transaction: action ("council.put"),
 * subject (a key), before and after (JSON text or NULL).  The entry's hash is
 * SHA-256 over the previous hash and every field, length-prefixed.
 */
int store_audit_append(struct store *s, const char *action, const char *subject,
		       const char *before, const char *after, struct err *e);
/*
 * Walk the chain.  Returns 0 if whole; -1 with ERR_DATA naming the first
 * bad entry's sequence number.  *count = entries checked.
 */
int store_audit_verify(struct store *s, int64_t *count, struct err *e);

struct store_audit_entry {
	int64_t seq;
	const char *at, *who, *action, *subject, *before, *after, *prev, *hash;
};
typedef int (*store_audit_fn)(void *ctx, const struct store_audit_entry *en);
int store_audit_each(struct store *s, store_audit_fn fn, void *ctx, struct err *e);

/* ---- councils (councils.c) ---- */

struct store_council {
	int code; /* DfE LA number */
	const char *gss, *name, *region, *type, *ofsted_name, *valid_from, *valid_to;
};

/* Insert or update one council (audited when changed). */
int store_council_put(struct store *s, const struct store_council *c, struct err *e);
/* Load the 158 councils compiled in from data/reference/; *changed = rows changed. */
int store_councils_load(struct store *s, int *changed, struct err *e);
/* The compiled-in table (councils_table.c, generated). */
extern const struct store_council store_council_table[];
extern const size_t store_council_table_len;
/* Add an alias (any spelling) for council code. */
int store_alias_put(struct store *s, const char *alias, int code, struct err *e);
/*
 * Resolve a name as written anywhere (documents, Ofsted, a person) to a DfE
 * code: exact normalised name, Ofsted name, or alias; a name that matches
 * two councils (Dorset before and after 2019) takes the one in being on day
 * (YYYY-MM-DD, or NULL for the latest).  ERR_DATA "unknown council '...'".
 */
int store_council_find(struct store *s, const char *name, const char *day, int *code,
			struct err *e);

/* ---- Ofsted (ofsted.c) ---- */

struct store_ofsted_report {
	int inspections_added, judgements_added, rows_skipped;
};
/* Diagnostic sink for rows skipped (line number, reason); may be NULL. */
typedef void (*store_warn_fn)(void *ctx, long line, const char *msg);
/*
 * Import the Ofsted ILACS CSV (data/reference/ofsted-ilacs-history.csv) in
 * one transaction.  Wrong header or a bad date -> ERR_DATA with row and
 * column, nothing written.  Rows that cannot be used are passed to warn.
 */
int store_import_ofsted(struct store *s, const char *buf, size_t len, store_warn_fn warn,
			void *wctx, struct store_ofsted_report *rep, struct err *e);

/* ---- documents and instruments (records.c) ---- */

/* Store bytes content-addressed; hex[65] gets the SHA-256.  No-op if present. */
int store_document_put(struct store *s, const char *name, const void *data, size_t len,
		       char hex[65], struct err *e);
/* Fetch a document's bytes (malloc'd into *data, free it). ERR_NOINPUT if absent. */
int store_document_get(struct store *s, const char *hex, unsigned char **data, size_t *len,
		       struct err *e);
/*
 * Store an instrument record (the reader's "oversight.instrument/1" JSON) for
 * the document sha256 already stored: the JSON verbatim plus its normalised
 * rows (events, judgements, appointments, obligations).  *added = 0 if it
 * was already there (a no-op).
 */
int store_instrument_put(struct store *s, const char *sha256, const char *json, int council,
			 int *added, struct err *e);

/* Evidence that occurrence id was met. */
int store_evidence_put(struct store *s, int64_t occurrence, const char *date, const char *note,
		       const char *doc_sha, int64_t *id, struct err *e);
/* An event not from a document (inspection, appointment, meeting). */
int store_event_put(struct store *s, int council, const char *kind, const char *date,
		    const char *detail, int64_t *id, struct err *e);

/* ---- lifecycle and queries for the views (query.c) ---- */

/*
 * End instrument sha256 on date (YYYY-MM-DD) because of instrument by (a
 * SHA-256, or NULL for an end entered by hand).  Audited with before and
 * after; ending it again on the same date by the same is a no-op, and a
 * different end replaces the old one (recorded in the log).
 */
int store_instrument_end(struct store *s, const char *sha256, const char *date, const char *by,
			 struct err *e);

struct store_instrument_row {
	const char *sha256, *kind, *date, *title, *status, *ended_on;
	int council;
};
typedef int (*store_instrument_fn)(void *ctx, const struct store_instrument_row *r);
/* Instruments (directions and notices, not letters) of council (every council if 0, by
 * council) in force on day: dated on
 * or before it, not ended by it; with those known only from a recital ("recital:KIND:DATE",
 * status "recital"), in force from their date to the revoking instrument's. */
int store_in_force(struct store *s, int council, const char *day, store_instrument_fn fn,
		   void *ctx, struct err *e);

struct store_history_item {
	const char *date, *what, *detail; /* what: "inspection", "judgement", "instrument", ... */
};
typedef int (*store_history_fn)(void *ctx, const struct store_history_item *h);
/* A council's history in date order (ties by kind, then detail). */
int store_council_history(struct store *s, int council, store_history_fn fn, void *ctx,
			  struct err *e);

struct store_occurrence_row {
	int64_t id, obligation;
	const char *ref, *due_date, *instrument;
	int council;
};
typedef int (*store_occurrence_fn)(void *ctx, const struct store_occurrence_row *r);
/* Occurrences due in [from, to] (inclusive) for council, or every council if 0. */
int store_occurrences_between(struct store *s, int council, const char *from, const char *to,
			      store_occurrence_fn fn, void *ctx, struct err *e);

/*
 * The one occurrence of obligation ref (as the instrument numbers it,
 * "7.e", "annex.3.h/1") among council's instruments, due on due (or any
 * date if NULL).  ERR_DATA naming the candidates when there are none or
 * several.
 */
int store_occurrence_find(struct store *s, int council, const char *ref, const char *due,
			  int64_t *id, struct err *e);

/* ---- accounts (users.c) ---- */

#define STORE_USER_MAX_COUNCILS 32

struct store_user {
	int64_t id;
	char name[64];
	char role[24];     /* dfe_admin, dfe_viewer, commissioner, adviser, council_officer */
	char password[128]; /* Argon2id encoded hash, "" if none */
	bool disabled;
	int councils[STORE_USER_MAX_COUNCILS]; /* the councils an adviser or officer may see */
	int ncouncils;
};

/* True for one of the five roles above. */
bool store_role_valid(const char *role);
/*
 * Add a user.  ERR_DATA for a taken name, an unknown role, a name that is
 * not 1-63 printable characters, a council officer without exactly one
 * council, or more than STORE_USER_MAX_COUNCILS councils.  pwhash may be
 * NULL.  Audited without the hash.
 */
int store_user_add(struct store *s, const char *name, const char *role, const char *pwhash,
		   const int *councils, int ncouncils, int64_t *id, struct err *e);
/* Fetch by name; ERR_DATA "no user 'x'" if absent. */
int store_user_get(struct store *s, const char *name, struct store_user *u, struct err *e);
/* Change role and councils (councils replace the old list). */
int store_user_set_role(struct store *s, const char *name, const char *role,
			const int *councils, int ncouncils, struct err *e);
int store_user_set_password(struct store *s, const char *name, const char *pwhash,
			    struct err *e);
/* Disable: the user's tokens and sessions are deleted and no new ones work. */
int store_user_disable(struct store *s, const char *name, struct err *e);
/* Store a token's key (SHA-256 of the token) of kind "api", "session" or "feed". */
int store_token_add(struct store *s, int64_t user, const char *kind, const char *key,
		    const char *label, const char *expires, struct err *e);
/* The enabled user a token of kind belongs to, if it has not expired by today:
 * 1 found (u filled), 0 not. */
int store_token_user(struct store *s, const char *key, const char *kind, const char *today,
		     struct store_user *u, struct err *e);
int store_token_drop(struct store *s, const char *key, struct err *e);
typedef int (*store_user_fn)(void *ctx, const struct store_user *u);
/* Every user in name order. */
int store_users_each(struct store *s, store_user_fn fn, void *ctx, struct err *e);

/* ---- improvement plans and boards (plans.c) ---- */

/*
 * A council's improvement plan, one version of it (doc/internals/plans.md).
 * Objectives, actions and measures are named by the plan's own refs ("O1",
 * "O1.3", "M2"), unique within a version; an action or measure names its
 * objective's ref, a value its measure's, an update its action's.  Dates
 * are "YYYY-MM-DD", months "YYYY-MM", numbers decimal text ("12.5").
 * status: not_started, in_progress, complete, cancelled; rag: red, amber,
 * green, blue (blue: complete); better: up or down.  Strings are borrowed
 * (put) or live in the caller's arena (load).
 */
struct store_plan_owner {
	const char *name, *role;
};
struct store_objective {
	const char *ref, *title, *ofsted_area, *recommendation, *clause, *lead, *due_date;
	const char *instrument; /* SHA-256 of the instrument the clause is in, NULL if not found */
};
struct store_action {
	const char *objective, *ref, *title, *owner, *start_date, *due_date, *status, *rag,
		*rag_reason;
};
struct store_measure {
	const char *objective, *ref, *indicator, *unit, *baseline, *baseline_date, *target,
		*target_date, *better, *source;
};
struct store_measure_value {
	const char *measure, *month, *value;
};
struct store_plan_update {
	const char *action, *date, *who, *what, *status, *rag, *rag_reason;
};
struct store_plan {
	int64_t id;
	int council, version;
	const char *title, *adopted, *source, *file_sha, *created, *superseded;
	struct store_plan_owner *owners;
	size_t nowners;
	struct store_objective *objectives;
	size_t nobjectives;
	struct store_action *actions;
	size_t nactions;
	struct store_measure *measures;
	size_t nmeasures;
	struct store_measure_value *values; /* by measure (plan order), then month */
	size_t nvalues;
	struct store_plan_update *updates; /* by action (plan order), then date */
	size_t nupdates;
};

/* Well-formed plan vocabulary (the CSV reader and the store both check). */
bool store_plan_status_valid(const char *s);
bool store_plan_rag_valid(const char *s);
/*
 * Add p as the next version of p->council's plan (the one before gets
 * superseded = p->adopted), all rows and one audit entry "plan.add" in the
 * caller's transaction.  If the latest version was made from the same
 * file (p->file_sha equal, not NULL) nothing is written and *added = 0.
 * An objective's clause is looked up among the council's instruments
 * dated on or before p->adopted (latest first; "7.b" also matches "7.b/1")
 * and its instrument kept when found.  ERR_DATA for a reference to an
 * unknown objective, measure, action or owner, a duplicate ref, or a
 * value outside the vocabulary.
 */
int store_plan_put(struct store *s, const struct store_plan *p, int64_t *id, int *version,
		   int *added, struct err *e);
/* Load version (0: the latest) of council's plan into p, strings in a.  ERR_DATA
 * ("Kirklees has no improvement plan ...") if there is none. */
int store_plan_load(struct store *s, int council, int version, struct arena *a,
		    struct store_plan *p, struct err *e);
/*
 * A dated progress update on action u->action of plan (the latest version):
 * kept in plan_updates and setting the action's status, rag and rag_reason;
 * audited "plan.update" with the action's state before and after.
 */
int store_plan_update_add(struct store *s, int64_t plan, const struct store_plan_update *u,
			  struct err *e);
/* Set a measure's value for a month (replacing one there; the same value again writes
 * nothing); audited "measure.value". */
int store_measure_value_set(struct store *s, int64_t plan, const struct store_measure_value *v,
			    struct err *e);

/* kind: improvement_board or partnership_board.  every: an ISO 8601 period (P1M, P6W) or
 * NULL; instrument/ref: the clause that requires it, or NULL. */
struct store_board {
	int64_t id;
	int council;
	const char *kind, *name, *chair, *every, *since, *until, *instrument, *ref;
};
struct store_meeting {
	int64_t id, board;
	const char *date, *chair, *attendees, *papers, *decisions;
	int64_t occurrence, evidence; /* 0: none */
};
/* Add a board (ERR_DATA if council already has one of that name); audited "board.add".
 * A ref without an instrument is looked up among council's instruments dated on or before
 * the store's today, latest first ("7.b" also matches "7.b/1"); ERR_DATA if none has it. */
int store_board_put(struct store *s, const struct store_board *b, int64_t *id,
		    struct err *e);
/* council's board named name (or of kind name, if it has one of that kind); strings in a. */
int store_board_find(struct store *s, int council, const char *name, struct arena *a,
		     struct store_board *b, struct err *e);
/* council's boards in id order (array and strings in a). */
int store_boards_load(struct store *s, int council, struct arena *a, struct store_board **v,
		      size_t *n, struct err *e);
/*
 * Record a meeting held (ERR_DATA if the board already has one that day).
 * If the board's clause has dated occurrences, the meeting is evidence for
 * the occurrence whose cycle holds its date (the first due on or after it;
 * none before the instrument's date or after its last occurrence): an
 * evidence row is added (store_evidence_put) and the stored meeting keeps
 * the occurrence and evidence ids.  *occ = that occurrence (0: none).
 * Audited "meeting.add".
 */
int store_meeting_put(struct store *s, const struct store_meeting *m, int64_t *id,
		      int64_t *occ, struct err *e);
/* A board's meetings in date order (array and strings in a). */
int store_meetings_load(struct store *s, int64_t board, struct arena *a,
			struct store_meeting **v, size_t *n, struct err *e);

/* ---- export and import (export.c) ---- */

/* The whole database as one JSON document (doc/export-format.md); malloc'd. */
char *store_export(struct store *s, struct err *e);
/* Restore an export into an empty (just initialised, no rows) database. */
int store_import(struct store *s, const char *json, size_t len, struct err *e);

#endif
