/*
 * schema.c: the register's tables, version by version, and the migration
 * steps between versions.
 *
 * Each version is a list of statements in the SQL both SQLite and
 * PostgreSQL accept; "@BLOB@" stands for the backend's bytes type.  A new
 * database runs every step from 1 up; an older one runs the steps it lacks,
 * each step in its own transaction together with the schema_version update,
 * so a migration interrupted part way leaves the database at a whole
 * version.  Keys are natural where the domain gives one (DfE number,
 * SHA-256, Ofsted report link) and integers assigned by the store (max + 1
 * under the write lock) elsewhere, so that export and import keep them.
 * Dates are TEXT "YYYY-MM-DD" so they sort and compare the same in both
 * engines.  The table list (schema.h) drives export and import.
 */
#include "../base/compat.h"

#include "schema.h"

/* Version 1: councils, names, Ofsted outcomes, the audit chain. */
static const char *const v1[] = {
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
	"CREATE TABLE schema_version (version INTEGER NOT NULL)",
	"CREATE TABLE councils (code INTEGER PRIMARY KEY, gss TEXT, name TEXT NOT NULL, "
	"region TEXT, type TEXT, ofsted_name TEXT, valid_from TEXT, valid_to TEXT)",
	"CREATE TABLE aliases (key TEXT PRIMARY KEY, alias TEXT NOT NULL, "
	"council INTEGER NOT NULL REFERENCES councils(code))",
	"CREATE TABLE inspections (id INTEGER PRIMARY KEY, council INTEGER NOT NULL "
	"REFERENCES councils(code), urn TEXT, link TEXT NOT NULL UNIQUE, pdf TEXT, "
	"published TEXT NOT NULL, framework TEXT, inspector TEXT, start_date TEXT, "
	"end_date TEXT)",
	"CREATE INDEX inspections_council ON inspections(council, published)",
	"CREATE TABLE judgements (id INTEGER PRIMARY KEY, inspection INTEGER "
	"REFERENCES inspections(id), area TEXT NOT NULL, grade TEXT NOT NULL, "
	"report_date TEXT, council INTEGER NOT NULL REFERENCES councils(code))",
	"CREATE INDEX judgements_council ON judgements(council, report_date)",
	"CREATE UNIQUE INDEX judgements_inspection ON judgements(inspection, area)",
	"CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, "
	"action TEXT NOT NULL, subject TEXT NOT NULL, before TEXT, after TEXT, "
	"prev TEXT NOT NULL, hash TEXT NOT NULL)",
	"CREATE INDEX audit_subject ON audit(subject, seq)",
	NULL,
};

/* Version 2: documents, instruments and what they create. */
static const char *const v2[] = {
	"CREATE TABLE documents (sha256 TEXT PRIMARY KEY, name TEXT, bytes INTEGER NOT NULL, "
	"content @BLOB@ NOT NULL)",
	"CREATE TABLE instruments (sha256 TEXT PRIMARY KEY REFERENCES documents(sha256), "
	"council INTEGER REFERENCES councils(code), kind TEXT NOT NULL, date TEXT, "
	"title TEXT, status TEXT NOT NULL, ended_on TEXT, ended_by TEXT, record TEXT NOT NULL)",
	"CREATE INDEX instruments_council ON instruments(council, date)",
	"ALTER TABLE judgements ADD COLUMN instrument TEXT REFERENCES instruments(sha256)",
	"CREATE TABLE events (id INTEGER PRIMARY KEY, council INTEGER REFERENCES "
	"councils(code), instrument TEXT REFERENCES instruments(sha256), kind TEXT NOT NULL, "
	"date TEXT, end_date TEXT, detail TEXT)",
	"CREATE INDEX events_council ON events(council, date)",
	"CREATE TABLE appointments (id INTEGER PRIMARY KEY, council INTEGER REFERENCES "
	"councils(code), instrument TEXT REFERENCES instruments(sha256), person TEXT NOT NULL, "
	"honours TEXT, role TEXT, date TEXT)",
	"CREATE TABLE obligations (id INTEGER PRIMARY KEY, instrument TEXT NOT NULL "
	"REFERENCES instruments(sha256), ref TEXT NOT NULL, clause TEXT, bearer TEXT, "
	"to_party TEXT, action TEXT, kind TEXT NOT NULL, due_date TEXT, due_rule TEXT, "
	"every TEXT, anchor TEXT, until TEXT, condition TEXT, derivation TEXT, "
	"UNIQUE (instrument, ref))",
	"CREATE TABLE occurrences (id INTEGER PRIMARY KEY, obligation INTEGER NOT NULL "
	"REFERENCES obligations(id), k INTEGER NOT NULL, due_date TEXT NOT NULL, "
	"derivation TEXT, UNIQUE (obligation, k))",
	"CREATE INDEX occurrences_due ON occurrences(due_date)",
	"CREATE TABLE evidence (id INTEGER PRIMARY KEY, occurrence INTEGER NOT NULL "
	"REFERENCES occurrences(id), date TEXT NOT NULL, note TEXT, document TEXT "
	"REFERENCES documents(sha256), audit_seq INTEGER NOT NULL)",
	"CREATE INDEX evidence_occurrence ON evidence(occurrence)",
	NULL,
};

/*
 * Version 3: the instrument lifecycle and people's corrections.
 *   revocations: each "revokes/supersedes" an instrument states, kept
 *     whether or not the earlier instrument is in the register (target is
 *     NULL until it is): an instrument known only from a recital lives here.
 *   obligations.first: the first occurrence of "... and thereafter every N".
 *   corrections: a person's confirmation or correction of an extracted
 *     field, kept over the extracted value with who and when.
 */
static const char *const v3[] = {
	"CREATE TABLE revocations (id INTEGER PRIMARY KEY, by_instrument TEXT NOT NULL "
	"REFERENCES instruments(sha256), n INTEGER NOT NULL, council INTEGER REFERENCES "
	"councils(code), kind TEXT NOT NULL, date TEXT, first INTEGER NOT NULL, on_date TEXT "
	"NOT NULL, words TEXT, target TEXT REFERENCES instruments(sha256), "
	"UNIQUE (by_instrument, n))",
	"CREATE INDEX revocations_council ON revocations(council, kind, date)",
	"CREATE TABLE corrections (id INTEGER PRIMARY KEY, instrument TEXT NOT NULL "
	"REFERENCES instruments(sha256), field TEXT NOT NULL, extracted TEXT, value TEXT, "
	"who TEXT NOT NULL, at TEXT NOT NULL)",
	"CREATE INDEX corrections_instrument ON corrections(instrument, id)",
	"CREATE INDEX occurrences_obligation ON occurrences(obligation, k)",
	"CREATE INDEX obligations_instrument ON obligations(instrument)",
	"ALTER TABLE obligations ADD COLUMN first TEXT",
	NULL,
};

/*
 * Version 4: accounts for the web application.
 *   users: a person, their role and (for advisers, commissioners and
 *     council officers) the councils they may see; password is an Argon2id
 *     encoded hash (src/base/secret.h), NULL for an account that logs in
 *     by token only.
 *   tokens: API tokens, browser sessions and calendar-feed secrets, kept
 *     only as the SHA-256 of the token.
 */
static const char *const v4[] = {
	"CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT "
	"NULL, password TEXT, disabled INTEGER NOT NULL, created TEXT NOT NULL)",
	"CREATE TABLE user_councils (user_id INTEGER NOT NULL REFERENCES users(id), council "
	"INTEGER NOT NULL REFERENCES councils(code), PRIMARY KEY (user_id, council))",
	"CREATE TABLE tokens (key TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
	"users(id), kind TEXT NOT NULL, label TEXT, created TEXT NOT NULL, expires TEXT)",
	"CREATE INDEX tokens_user ON tokens(user_id, kind)",
	NULL,
};

/*
 * Version 5: for the views at national scale (BENCHMARKS.md, register).
 *   occurrences by obligation and due date, so one council's occurrences in
 *     a date range are found through its instruments and their obligations
 *     without scanning the country's;
 *   occurrences.met_on, the earliest evidence date (kept by
 *     store_evidence_put in the same transaction), so "not met as of a date"
 *     is a comparison, not a probe of the evidence for every occurrence.
 */
static const char *const v5[] = {
	"CREATE INDEX occurrences_obligation_due ON occurrences(obligation, due_date)",
	"ALTER TABLE occurrences ADD COLUMN met_on TEXT",
	"UPDATE occurrences SET met_on = (SELECT min(v.date) FROM evidence v WHERE v.occurrence = "
	"occurrences.id)",
	NULL,
};

/*
 * Version 6: improvement plans and boards (doc/internals/plans.md).
 *   plans: one row per version of a council's plan (a revision after an
 *     inspection is a new version; the one before gets `superseded`);
 *     file_sha is the SHA-256 of the imported CSV, so importing the same
 *     file again is a no-op.
 *   plan_owners: the people a plan names (an action's owner must be one).
 *   objectives: linked to an Ofsted area or recommendation and to an
 *     instrument clause (instrument NULL while that instrument is not in
 *     the register: the clause words are kept).
 *   actions, measures: refs unique within their plan version.
 *   measure_values: one value per measure and month ("YYYY-MM"); numbers
 *     are kept as the decimal text given, so they export exactly.
 *   plan_updates: dated progress updates on an action (who, what, and the
 *     status and RAG they set): the RAG history the slow-to-progress rules
 *     read (src/rules/plan.h).
 *   boards: an improvement or partnership governance board, its cadence
 *     (`every`, an ISO 8601 period, from `since`) and the instrument clause
 *     that requires it (instrument, ref), if any.
 *   meetings: a meeting held; occurrence and evidence are the occurrence of
 *     the board's clause it met and the evidence row it created.
 */
static const char *const v6[] = {
	"CREATE TABLE plans (id INTEGER PRIMARY KEY, council INTEGER NOT NULL REFERENCES "
	"councils(code), version INTEGER NOT NULL, title TEXT NOT NULL, adopted TEXT NOT NULL, "
	"source TEXT, file_sha TEXT, created TEXT NOT NULL, superseded TEXT, "
	"UNIQUE (council, version))",
	"CREATE TABLE plan_owners (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES "
	"plans(id), name TEXT NOT NULL, role TEXT, UNIQUE (plan, name))",
	"CREATE TABLE objectives (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES "
	"plans(id), ref TEXT NOT NULL, title TEXT NOT NULL, ofsted_area TEXT, recommendation "
	"TEXT, instrument TEXT REFERENCES instruments(sha256), clause TEXT, lead TEXT, due_date "
	"TEXT, UNIQUE (plan, ref))",
	"CREATE TABLE actions (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES "
	"plans(id), objective INTEGER NOT NULL REFERENCES objectives(id), ref TEXT NOT NULL, "
	"title TEXT NOT NULL, owner TEXT NOT NULL, start_date TEXT, due_date TEXT NOT NULL, "
	"status TEXT NOT NULL, rag TEXT NOT NULL, rag_reason TEXT, UNIQUE (plan, ref))",
	"CREATE TABLE measures (id INTEGER PRIMARY KEY, plan INTEGER NOT NULL REFERENCES "
	"plans(id), objective INTEGER NOT NULL REFERENCES objectives(id), ref TEXT NOT NULL, "
	"indicator TEXT NOT NULL, unit TEXT NOT NULL, baseline TEXT NOT NULL, baseline_date "
	"TEXT, target TEXT NOT NULL, target_date TEXT, better TEXT NOT NULL, source TEXT, "
	"UNIQUE (plan, ref))",
	"CREATE TABLE measure_values (id INTEGER PRIMARY KEY, measure INTEGER NOT NULL "
	"REFERENCES measures(id), month TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (measure, "
	"month))",
	"CREATE TABLE plan_updates (id INTEGER PRIMARY KEY, action INTEGER NOT NULL REFERENCES "
	"actions(id), date TEXT NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL, status TEXT NOT "
	"NULL, rag TEXT NOT NULL, rag_reason TEXT)",
	"CREATE INDEX plan_updates_action ON plan_updates(action, date)",
	"CREATE TABLE boards (id INTEGER PRIMARY KEY, council INTEGER NOT NULL REFERENCES "
	"councils(code), kind TEXT NOT NULL, name TEXT NOT NULL, chair TEXT, every TEXT, since "
	"TEXT NOT NULL, until TEXT, instrument TEXT REFERENCES instruments(sha256), ref TEXT, "
	"UNIQUE (council, name))",
	"CREATE TABLE meetings (id INTEGER PRIMARY KEY, board INTEGER NOT NULL REFERENCES "
	"boards(id), date TEXT NOT NULL, chair TEXT, attendees TEXT, papers TEXT, decisions "
	"TEXT, occurrence INTEGER REFERENCES occurrences(id), evidence INTEGER REFERENCES "
	"evidence(id), UNIQUE (board, date))",
	NULL,
};

/*
 * Version 7: day rules.
 *   obligations.day: the day of the month a series falls on when the words fix
 *     it ("1MO" the first Monday, "-1FR" the last Friday, "1WD" / "-1WD" the
 *     first / last working day; src/cal/recur.h), NULL for a series of
 *     corresponding dates.  An older register's rows stay NULL: no reader
 *     before it wrote a day rule.
 */
static const char *const v7[] = {
	"ALTER TABLE obligations ADD COLUMN day TEXT",
	NULL,
};

const char *const *const schema_steps[STORE_SCHEMA_VERSION + 1] = {NULL, v1, v2, v3, v4, v5, v6,
								   v7};

#define I SV_INT
#define T SV_TEXT
#define B SV_BLOB

/* In dependency order (parents first): import inserts in this order. */
const struct schema_table schema_tables[] = {
	{"councils", 1, "code",
	 {{"code", I}, {"gss", T}, {"name", T}, {"region", T}, {"type", T}, {"ofsted_name", T},
	  {"valid_from", T}, {"valid_to", T}}},
	{"aliases", 1, "key", {{"key", T}, {"alias", T}, {"council", I}}},
	{"inspections", 1, "id",
	 {{"id", I}, {"council", I}, {"urn", T}, {"link", T}, {"pdf", T}, {"published", T},
	  {"framework", T}, {"inspector", T}, {"start_date", T}, {"end_date", T}}},
	{"documents", 2, "sha256", {{"sha256", T}, {"name", T}, {"bytes", I}, {"content", B}}},
	{"instruments", 2, "sha256",
	 {{"sha256", T}, {"council", I}, {"kind", T}, {"date", T}, {"title", T}, {"status", T},
	  {"ended_on", T}, {"ended_by", T}, {"record", T}}},
	{"judgements", 1, "id",
	 {{"id", I}, {"inspection", I}, {"area", T}, {"grade", T}, {"report_date", T},
	  {"council", I}, {"instrument", T}}},
	{"events", 2, "id",
	 {{"id", I}, {"council", I}, {"instrument", T}, {"kind", T}, {"date", T},
	  {"end_date", T}, {"detail", T}}},
	{"appointments", 2, "id",
	 {{"id", I}, {"council", I}, {"instrument", T}, {"person", T}, {"honours", T},
	  {"role", T}, {"date", T}}},
	{"obligations", 2, "id",
	 {{"id", I}, {"instrument", T}, {"ref", T}, {"clause", T}, {"bearer", T},
	  {"to_party", T}, {"action", T}, {"kind", T}, {"due_date", T}, {"due_rule", T},
	  {"every", T}, {"anchor", T}, {"until", T}, {"condition", T}, {"derivation", T},
	  {"first", T}, {"day", T}}},
	{"occurrences", 2, "id",
	 {{"id", I}, {"obligation", I}, {"k", I}, {"due_date", T}, {"derivation", T},
	  {"met_on", T}}},
	{"evidence", 2, "id",
	 {{"id", I}, {"occurrence", I}, {"date", T}, {"note", T}, {"document", T},
	  {"audit_seq", I}}},
	{"revocations", 3, "id",
	 {{"id", I}, {"by_instrument", T}, {"n", I}, {"council", I}, {"kind", T}, {"date", T},
	  {"first", I}, {"on_date", T}, {"words", T}, {"target", T}}},
	{"corrections", 3, "id",
	 {{"id", I}, {"instrument", T}, {"field", T}, {"extracted", T}, {"value", T},
	  {"who", T}, {"at", T}}},
	{"users", 4, "id",
	 {{"id", I}, {"name", T}, {"role", T}, {"password", T}, {"disabled", I}, {"created", T}}},
	{"user_councils", 4, "user_id", {{"user_id", I}, {"council", I}}},
	{"tokens", 4, "key",
	 {{"key", T}, {"user_id", I}, {"kind", T}, {"label", T}, {"created", T}, {"expires", T}}},
	{"plans", 6, "id",
	 {{"id", I}, {"council", I}, {"version", I}, {"title", T}, {"adopted", T}, {"source", T},
	  {"file_sha", T}, {"created", T}, {"superseded", T}}},
	{"plan_owners", 6, "id", {{"id", I}, {"plan", I}, {"name", T}, {"role", T}}},
	{"objectives", 6, "id",
	 {{"id", I}, {"plan", I}, {"ref", T}, {"title", T}, {"ofsted_area", T},
	  {"recommendation", T}, {"instrument", T}, {"clause", T}, {"lead", T}, {"due_date", T}}},
	{"actions", 6, "id",
	 {{"id", I}, {"plan", I}, {"objective", I}, {"ref", T}, {"title", T}, {"owner", T},
	  {"start_date", T}, {"due_date", T}, {"status", T}, {"rag", T}, {"rag_reason", T}}},
	{"measures", 6, "id",
	 {{"id", I}, {"plan", I}, {"objective", I}, {"ref", T}, {"indicator", T}, {"unit", T},
	  {"baseline", T}, {"baseline_date", T}, {"target", T}, {"target_date", T},
	  {"better", T}, {"source", T}}},
	{"measure_values", 6, "id", {{"id", I}, {"measure", I}, {"month", T}, {"value", T}}},
	{"plan_updates", 6, "id",
	 {{"id", I}, {"action", I}, {"date", T}, {"who", T}, {"what", T}, {"status", T},
	  {"rag", T}, {"rag_reason", T}}},
	{"boards", 6, "id",
	 {{"id", I}, {"council", I}, {"kind", T}, {"name", T}, {"chair", T}, {"every", T},
	  {"since", T}, {"until", T}, {"instrument", T}, {"ref", T}}},
	{"meetings", 6, "id",
	 {{"id", I}, {"board", I}, {"date", T}, {"chair", T}, {"attendees", T}, {"papers", T},
	  {"decisions", T}, {"occurrence", I}, {"evidence", I}}},
	{"audit", 1, "seq",
	 {{"seq", I}, {"at", T}, {"who", T}, {"action", T}, {"subject", T}, {"before", T},
	  {"after", T}, {"prev", T}, {"hash", T}}},
};
const size_t schema_tables_len = ARRAY_SIZE(schema_tables);
