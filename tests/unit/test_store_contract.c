/*
 * test_store_contract.c: the store's contract, run against whichever
 * backend the URLs name.  OVERSIGHT_TEST_DB and OVERSIGHT_TEST_DB2 are two
 * databases the suite may wipe (two SQLite paths, or two postgresql://
 * URLs); without them it uses two SQLite files in a temporary directory, so
 * `make test` covers SQLite with no setup and tests/check/21-store-pg.sh
 * runs the very same binary against a throwaway PostgreSQL server.
 */
#include "base/compat.h"

#include <unistd.h>

#include <postgresql/libpq-fe.h>

#include "store/store.h"
#include "t.h"
#include "db.h"

static char url_a[1024], url_b[1024];
static char tmpdir[256];


static int load_councils(struct store *s, int *changed)
{
	struct err e = {0};
	int rc = store_write_begin(s, &e) == 0 && store_councils_load(s, changed, &e) == 0 &&
			 store_write_commit(s, &e) == 0
		 ? 0
		 : -1;
	CHECK(rc == 0, "load councils: %s", e.msg);
	if (rc)
		store_write_rollback(s);
	return rc;
}

static void test_init_and_councils(void)
{
	struct store *s = fresh(url_a);
	struct err e = {0};
	int changed = -1, code = 0;

	if (!s)
		return;
	CHECK(s->version == STORE_SCHEMA_VERSION, "version %d", s->version);
	load_councils(s, &changed);
	CHECK(changed == 158, "first load changed %d", changed);
	CHECK(count(s, "SELECT count(*) FROM councils") == 158, "councils");
	load_councils(s, &changed);
	CHECK(changed == 0, "second load changed %d", changed);
	CHECK(count(s, "SELECT count(*) FROM audit") == 158, "audit entries");

	CHECK(store_council_find(s, "Stokeon-Trent Council", NULL, &code, &e) == 0 && code == 861,
	      "stoke: %d %s", code, e.msg);
	CHECK(store_council_find(s, "dorset", "2018-06-01", &code, &e) == 0 && code == 835,
	      "dorset 2018: %d %s", code, e.msg);
	CHECK(store_council_find(s, "Dorset Council", "2020-06-01", &code, &e) == 0 && code == 838,
	      "dorset 2020: %d %s", code, e.msg);
	CHECK(store_council_find(s, "Gotham City Council", NULL, &code, &e) < 0 &&
		      e.code == ERR_DATA && strstr(e.msg, "unknown council 'Gotham City Council'"),
	      "unknown: %s", e.msg);
	err_clear(&e);
	CHECK(store_write_begin(s, &e) == 0 && store_alias_put(s, "Huddersfield", 382, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "alias: %s", e.msg);
	CHECK(store_council_find(s, "huddersfield", NULL, &code, &e) == 0 && code == 382,
	      "alias find: %d %s", code, e.msg);
	store_close(s);

	/* Reopening for use works and sees the rows. */
	s = store_open(url_a, STORE_USE, &e);
	CHECK(s != NULL, "reopen: %s", e.msg);
	if (s) {
		CHECK(count(s, "SELECT count(*) FROM aliases") == 1, "alias kept");
		store_close(s);
	}
}

static const char ofsted_head[] =
	"urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,"
	"inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,"
	"impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,"
	"parser_version\n";

static void warn_count(void *ctx, long line, const char *msg)
{
	(void)msg;
	*(long *)ctx = line;
}

static int import(struct store *s, const char *body, long *warned, struct err *e)
{
	char buf[4096];
	struct store_ofsted_report rep;
	snprintf(buf, sizeof buf, "%s%s", ofsted_head, body);
	return store_import_ofsted(s, buf, strlen(buf), warn_count, warned, &rep, e);
}

static void test_ofsted_import(void)
{
	struct store *s = fresh(url_a);
	struct err e = {0};
	long warned = 0;
	int changed;
	int64_t audit0;
	static const char rows[] =
		"1,kirklees,https://x/1,a.pdf,05/08/19,standard,A,17/06/2019,28/06/2019,"
		"requires improvement,requires improvement,requires improvement,good,"
		"inspection_pre_dates_judgement,1\n"
		"2,\"bournemouth, christchurch & poole\",https://x/2,b.pdf,11/02/22,standard,B,"
		"06/12/2021,17/12/2021,inadequate,inadequate,inadequate,requires improvement,"
		"data_unreadable,1\n"
		"3,gotham,https://x/3,c.pdf,01/05/26,,C,,,,data_unreadable,good,good,good,1\n";

	if (!s)
		return;
	load_councils(s, &changed);
	CHECK(import(s, rows, &warned, &e) == 0, "import: %s", e.msg);
	CHECK(warned == 4, "unknown council reported on line %ld", warned);
	CHECK(count(s, "SELECT count(*) FROM inspections") == 2, "inspections");
	CHECK(count(s, "SELECT count(*) FROM judgements") == 8, "judgements");
	CHECK(count(s, "SELECT count(*) FROM judgements WHERE council = 382 AND area = "
		       "'help_and_protection' AND grade = 'requires_improvement' AND report_date = "
		       "'2019-08-05'") == 1,
	      "kirklees help and protection");
	audit0 = count(s, "SELECT count(*) FROM audit");
	CHECK(import(s, rows, &warned, &e) == 0, "reimport: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM audit") == audit0, "reimport wrote audit entries");
	CHECK(count(s, "SELECT count(*) FROM judgements") == 8, "reimport judgements");

	/* Bad date: row and column named, nothing written. */
	CHECK(import(s, "9,leeds,https://x/9,d.pdf,05/08/19,standard,A,,,good,good,good,good,good,1\n"
			"10,leeds,https://x/10,e.pdf,31/02/20,standard,A,,,good,good,good,good,good,1\n",
		     &warned, &e) < 0 &&
		      e.code == ERR_DATA && strstr(e.msg, "line 3, column 5"),
	      "bad date: %s", e.msg);
	err_clear(&e);
	CHECK(count(s, "SELECT count(*) FROM inspections") == 2, "bad date left rows");
	CHECK(count(s, "SELECT count(*) FROM audit") == audit0, "bad date left audit");

	/* Wrong columns. */
	CHECK(store_import_ofsted(s, "urn,la,link\n1,leeds,x\n", 20, NULL, NULL,
				  &(struct store_ofsted_report){0}, &e) < 0 &&
		      e.code == ERR_DATA && strstr(e.msg, "line 1"),
	      "wrong columns: %s", e.msg);
	err_clear(&e);
	CHECK(import(s, "1,leeds,https://x/11\n", &warned, &e) < 0 && e.code == ERR_DATA &&
		      strstr(e.msg, "line 2"),
	      "short row: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM inspections") == 2, "short row left rows");
	store_close(s);
}

static void test_documents_and_instruments(void)
{
	struct store *s = fresh(url_a);
	struct err e = {0};
	static const unsigned char bytes[] = {'%', 'P', 'D', 'F', 0, 0xff, 0x80, '\n', 0, 1};
	char hex[65], hex2[65];
	unsigned char *got = NULL;
	size_t len = 0;
	int changed, added = -1;
	int64_t id = 0;
	static const char rec[] =
		"{\"schema\":\"oversight.instrument/1\",\"kind\":\"direction\","
		"\"title\":\"Direction\",\"council\":{\"name\":\"Kirklees Council\"},"
		"\"date\":{\"value\":\"2018-01-25\",\"span\":[0,1]},"
		"\"events\":[{\"kind\":\"ofsted_report\",\"date\":\"2016-11-25\",\"span\":[0,1]}],"
		"\"judgements\":[{\"area\":\"leadership\",\"grade\":\"inadequate\","
		"\"report_date\":\"2016-11-25\"}],"
		"\"appointments\":[{\"person\":\"Eleanor Brazil\",\"honours\":\"OBE\","
		"\"role\":\"commissioner\"}],"
		"\"obligations\":[{\"id\":\"7.e\",\"clause\":\"7.e\",\"bearer\":\"council\","
		"\"action\":\"submit a plan\",\"kind\":\"deadline\",\"due\":{\"date\":\"2018-04-25\","
		"\"rule\":\"within\",\"period\":\"P3M\",\"anchor\":\"instrument_date\"}},"
		"{\"id\":\"7.g\",\"kind\":\"recurring\",\"recurrence\":{\"every\":\"P6M\","
		"\"anchor\":\"instrument_date\",\"until\":\"in_force\"}}],"
		"\"warnings\":[{\"message\":\"bi-monthly read as every two months\"}]}";

	if (!s)
		return;
	load_councils(s, &changed);
	CHECK(store_write_begin(s, &e) == 0, "begin: %s", e.msg);
	CHECK(store_document_put(s, "d.pdf", bytes, sizeof bytes, hex, &e) == 0, "%s", e.msg);
	CHECK(store_document_put(s, "again.pdf", bytes, sizeof bytes, hex2, &e) == 0, "%s", e.msg);
	CHECK(!strcmp(hex, hex2), "same bytes, same address");
	CHECK(store_instrument_put(s, hex, rec, 382, &added, &e) == 0 && added == 1, "put: %s",
	      e.msg);
	CHECK(store_instrument_put(s, hex, rec, 382, &added, &e) == 0 && added == 0, "again: %s",
	      e.msg);
	CHECK(store_write_commit(s, &e) == 0, "commit: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM documents") == 1, "one document");
	CHECK(store_document_get(s, hex, &got, &len, &e) == 0 && len == sizeof bytes &&
		      !memcmp(got, bytes, len),
	      "bytes round trip: %s", e.msg);
	free(got);
	CHECK(count(s, "SELECT count(*) FROM instruments WHERE status = 'needs_review' AND date = "
		       "'2018-01-25' AND council = 382") == 1,
	      "instrument row");
	CHECK(count(s, "SELECT count(*) FROM events WHERE instrument IS NOT NULL") == 1, "event");
	CHECK(count(s, "SELECT count(*) FROM judgements WHERE instrument IS NOT NULL") == 1,
	      "judgement");
	CHECK(count(s, "SELECT count(*) FROM appointments") == 1, "appointment");
	CHECK(count(s, "SELECT count(*) FROM obligations WHERE ref = '7.e' AND due_date = "
		       "'2018-04-25'") == 1,
	      "7.e");
	CHECK(count(s, "SELECT count(*) FROM obligations WHERE ref = '7.g' AND every = 'P6M'") == 1,
	      "7.g");

	/* Evidence needs a real occurrence. */
	CHECK(store_write_begin(s, &e) == 0, "begin: %s", e.msg);
	CHECK(store_evidence_put(s, 1, "2018-04-20", "plan sent", hex, &id, &e) < 0 &&
		      e.code == ERR_DATA,
	      "evidence for no occurrence: %s", e.msg);
	store_write_rollback(s);
	err_clear(&e);
	CHECK(store_write_begin(s, &e) == 0 &&
		      store_exec(s, "INSERT INTO occurrences (id, obligation, k, due_date) SELECT 1, "
				    "id, 0, due_date FROM obligations WHERE ref = '7.e'",
				 NULL, 0, &e) == 0 &&
		      store_evidence_put(s, 1, "2018-04-20", "plan sent", hex, &id, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "evidence: %s", e.msg);
	CHECK(id == 1, "evidence id %lld", (long long)id);
	CHECK(store_write_begin(s, &e) == 0 &&
		      store_event_put(s, 382, "meeting_held", "2018-03-01", "board", &id, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "event: %s", e.msg);

	/* A bad record is refused whole. */
	CHECK(store_write_begin(s, &e) == 0, "begin: %s", e.msg);
	CHECK(store_instrument_put(s, hex, "[1,2]", 382, &added, &e) < 0 && e.code == ERR_DATA,
	      "array refused: %s", e.msg);
	store_write_rollback(s);
	store_close(s);
}

static int collect_sha(void *ctx, const struct store_instrument_row *r)
{
	struct strbuf_lite {
		char s[512];
	} *out = ctx;
	size_t n = strlen(out->s);
	snprintf(out->s + n, sizeof out->s - n, "%s%s@%s", n ? "," : "", r->kind, r->date);
	return 0;
}

static int collect_hist(void *ctx, const struct store_history_item *h)
{
	char *out = ctx;
	size_t n = strlen(out);
	snprintf(out + n, 2048 - n, "%s %s|", h->date, h->what);
	return 0;
}

static int collect_occ(void *ctx, const struct store_occurrence_row *r)
{
	char *out = ctx;
	size_t n = strlen(out);
	snprintf(out + n, 512 - n, "%s:%s:%d|", r->ref, r->due_date, r->council);
	return 0;
}

static void test_lifecycle_and_queries(void)
{
	struct store *s = fresh(url_a);
	struct err e = {0};
	int changed, added;
	char d1[65], d2[65], d3[65], hist[2048] = "", occ[512] = "";
	struct {
		char s[512];
	} in = {""};
	int64_t n_audit;
	static const char direction[] =
		"{\"schema\":\"oversight.instrument/1\",\"kind\":\"direction\","
		"\"date\":{\"value\":\"2018-01-25\"},\"obligations\":[{\"id\":\"7.g\","
		"\"kind\":\"recurring\",\"recurrence\":{\"every\":\"P6M\"}}]}";
	static const char notice[] = "{\"schema\":\"oversight.instrument/1\",\"kind\":"
				     "\"improvement_notice\",\"date\":\"2020-01-13\"}";
	static const char stoke[] = "{\"schema\":\"oversight.instrument/1\",\"kind\":"
				    "\"direction\",\"date\":\"2019-10-31\",\"obligations\":[{"
				    "\"id\":\"5\",\"kind\":\"recurring\"}]}";

	if (!s)
		return;
	load_councils(s, &changed);
	CHECK(store_write_begin(s, &e) == 0 && store_document_put(s, "d", "a", 1, d1, &e) == 0 &&
		      store_document_put(s, "n", "b", 1, d2, &e) == 0 &&
		      store_document_put(s, "s", "c", 1, d3, &e) == 0 &&
		      store_instrument_put(s, d1, direction, 382, &added, &e) == 0 &&
		      store_instrument_put(s, d2, notice, 382, &added, &e) == 0 &&
		      store_instrument_put(s, d3, stoke, 861, &added, &e) == 0 &&
		      store_exec(s, "INSERT INTO occurrences (id, obligation, k, due_date) SELECT 1, "
				    "id, 1, '2018-07-25' FROM obligations WHERE ref = '7.g'",
				 NULL, 0, &e) == 0 &&
		      store_exec(s, "INSERT INTO occurrences (id, obligation, k, due_date) SELECT 2, "
				    "id, 2, '2019-01-25' FROM obligations WHERE ref = '7.g'",
				 NULL, 0, &e) == 0 &&
		      store_exec(s, "INSERT INTO occurrences (id, obligation, k, due_date) SELECT 3, "
				    "id, 1, '2020-01-31' FROM obligations WHERE ref = '5'",
				 NULL, 0, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "setup: %s", e.msg);
	/* The notice revokes the direction on its own date. */
	CHECK(store_write_begin(s, &e) == 0 && store_instrument_end(s, d1, "2020-01-13", d2, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "end: %s", e.msg);
	n_audit = count(s, "SELECT count(*) FROM audit");
	CHECK(store_write_begin(s, &e) == 0 && store_instrument_end(s, d1, "2020-01-13", d2, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "end again: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM audit") == n_audit, "ending twice was logged twice");
	CHECK(store_in_force(s, 382, "2019-06-01", collect_sha, &in, &e) == 0, "%s", e.msg);
	CHECK_STR(in.s, "direction@2018-01-25");
	in.s[0] = 0;
	CHECK(store_in_force(s, 382, "2020-02-01", collect_sha, &in, &e) == 0, "%s", e.msg);
	CHECK_STR(in.s, "improvement_notice@2020-01-13");
	in.s[0] = 0;
	CHECK(store_in_force(s, 382, "2018-01-24", collect_sha, &in, &e) == 0, "%s", e.msg);
	CHECK_STR(in.s, "");
	CHECK(store_council_history(s, 382, collect_hist, hist, &e) == 0, "%s", e.msg);
	CHECK_STR(hist, "2018-01-25 instrument|2020-01-13 instrument|2020-01-13 instrument_end|");
	CHECK(store_occurrences_between(s, 382, "2018-01-01", "2019-12-31", collect_occ, occ, &e) ==
		      0,
	      "%s", e.msg);
	CHECK_STR(occ, "7.g:2018-07-25:382|7.g:2019-01-25:382|");
	occ[0] = 0;
	CHECK(store_occurrences_between(s, 0, "2019-01-25", "2020-01-31", collect_occ, occ, &e) == 0,
	      "%s", e.msg);
	CHECK_STR(occ, "7.g:2019-01-25:382|5:2020-01-31:861|");
	CHECK(store_write_begin(s, &e) == 0, "%s", e.msg);
	CHECK(store_instrument_end(s, "feed", "2020-01-13", NULL, &e) < 0 && e.code == ERR_DATA,
	      "unknown instrument: %s", e.msg);
	store_write_rollback(s);
	store_close(s);
}

static void test_users(void)
{
	struct store *s = fresh(url_a);
	struct err e = {0};
	struct store_user u;
	int64_t id = 0;
	int leeds_kirklees[] = {382, 383}, one[] = {382};

	if (!s)
		return;
	CHECK(store_write_begin(s, &e) == 0 && store_councils_load(s, &(int){0}, &e) == 0 &&
		      store_user_add(s, "adv", "adviser", "$argon2id$fake", leeds_kirklees, 2, &id,
				     &e) == 0 &&
		      store_token_add(s, id, "api", "k1", "cron", NULL, &e) == 0 &&
		      store_token_add(s, id, "session", "k2", NULL, "2026-11-24", &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "add: %s", e.msg);
	CHECK(store_user_get(s, "adv", &u, &e) == 0 && u.ncouncils == 2 && u.councils[0] == 382 &&
		      !strcmp(u.role, "adviser") && !u.disabled,
	      "get: %s", e.msg);
	CHECK(store_token_user(s, "k1", "api", "2026-11-23", &u, &e) == 1 && !strcmp(u.name, "adv"),
	      "api token");
	CHECK(store_token_user(s, "k1", "session", "2026-11-23", &u, &e) == 0, "kind matters");
	CHECK(store_token_user(s, "k2", "session", "2026-11-24", &u, &e) == 1, "session to its day");
	CHECK(store_token_user(s, "k2", "session", "2026-11-25", &u, &e) == 0, "session expired");
	CHECK(store_write_begin(s, &e) == 0 &&
		      store_user_add(s, "adv", "dfe_viewer", NULL, NULL, 0, &id, &e) < 0 &&
		      strstr(e.msg, "already"),
	      "same name refused: %s", e.msg);
	store_write_rollback(s);
	err_clear(&e);
	CHECK(store_write_begin(s, &e) == 0 &&
		      store_user_add(s, "o", "council_officer", NULL, leeds_kirklees, 2, &id, &e) < 0 &&
		      strstr(e.msg, "exactly one"),
	      "officer of two councils refused: %s", e.msg);
	store_write_rollback(s);
	err_clear(&e);
	CHECK(store_write_begin(s, &e) == 0 &&
		      store_user_add(s, "x", "emperor", NULL, NULL, 0, &id, &e) < 0 &&
		      strstr(e.msg, "unknown role"),
	      "unknown role refused: %s", e.msg);
	store_write_rollback(s);
	err_clear(&e);
	CHECK(store_write_begin(s, &e) == 0 && store_user_set_role(s, "adv", "council_officer", one, 1, &e) == 0 &&
		      store_user_disable(s, "adv", &e) == 0 && store_write_commit(s, &e) == 0,
	      "role and disable: %s", e.msg);
	CHECK(store_token_user(s, "k1", "api", "2026-11-23", &u, &e) == 0, "disabled: token gone");
	CHECK(count(s, "SELECT count(*) FROM audit WHERE action LIKE 'user.%' AND after LIKE "
		       "'%argon2%'") == 0,
	      "no password hash in the audit log");
	CHECK(count(s, "SELECT count(*) FROM audit WHERE action = 'user.disable'") == 1,
	      "disable audited");
	store_close(s);
}

static void test_audit_chain(void)
{
	struct store *s = fresh(url_a);
	struct err e = {0};
	int changed;
	int64_t n = 0;

	if (!s)
		return;
	load_councils(s, &changed);
	CHECK(store_audit_verify(s, &n, &e) == 0 && n == 158, "verify: %lld %s", (long long)n,
	      e.msg);
	/* Edit a past entry. */
	store_exec(s, "UPDATE audit SET who = 'mallory' WHERE seq = 40", NULL, 0, &e);
	CHECK(store_audit_verify(s, &n, &e) < 0 && e.code == ERR_DATA &&
		      strstr(e.msg, "entry 40:"),
	      "edit: %s", e.msg);
	err_clear(&e);
	store_exec(s, "UPDATE audit SET who = 'contract' WHERE seq = 40", NULL, 0, &e);
	CHECK(store_audit_verify(s, &n, &e) == 0, "restored: %s", e.msg);
	/* Delete one. */
	store_exec(s, "DELETE FROM audit WHERE seq = 77", NULL, 0, &e);
	CHECK(store_audit_verify(s, &n, &e) < 0 && strstr(e.msg, "entry 78:"), "delete: %s",
	      e.msg);
	err_clear(&e);
	/* Edit a council row without the log: the log still verifies (it records, it does not
	 * guard rows), which is why db check also runs the backend's own checks. */
	store_close(s);
}

static void test_export_import_round_trip(void)
{
	struct store *a = fresh(url_a), *b = fresh(url_b);
	struct err e = {0};
	char *x1 = NULL, *x2 = NULL;
	int changed;
	long warned;

	if (!a || !b)
		goto out;
	load_councils(a, &changed);
	import(a, "1,kirklees,https://x/1,a.pdf,05/08/19,standard,\"O'Neil, \"\"Q\"\" \xc3\xa9\","
		  "17/06/2019,28/06/2019,good,good,good,good,good,1\n",
	       &warned, &e);
	{
		static const unsigned char bin[] = {0, 1, 2, 0xfe, 0xff};
		char hex[65];
		CHECK(store_write_begin(a, &e) == 0 &&
			      store_document_put(a, NULL, bin, sizeof bin, hex, &e) == 0 &&
			      store_write_commit(a, &e) == 0,
		      "doc: %s", e.msg);
	}
	x1 = store_export(a, &e);
	CHECK(x1 != NULL, "export: %s", e.msg);
	if (!x1)
		goto out;
	CHECK(store_import(b, x1, strlen(x1), &e) == 0, "import: %s", e.msg);
	x2 = store_export(b, &e);
	CHECK(x2 && !strcmp(x1, x2), "second export differs");
	/* Importing again into a non-empty database is refused, whole. */
	CHECK(store_import(b, x1, strlen(x1), &e) < 0 && e.code == ERR_DATA, "non-empty: %s",
	      e.msg);
	err_clear(&e);
	/* A tampered export (audit edited) is refused. */
	{
		char *t = strdup(x1), *at = t ? strstr(t, "\"who\": \"contract\"") : NULL;
		store_close(b);
		b = fresh(url_b);
		if (at && b) {
			memcpy(at + 8, "Contract", 8);
			CHECK(store_import(b, t, strlen(t), &e) < 0 && strstr(e.msg, "audit chain"),
			      "tampered: %s", e.msg);
			CHECK(count(b, "SELECT count(*) FROM councils") == 0, "tampered left rows");
		}
		free(t);
	}
out:
	free(x1);
	free(x2);
	store_close(a);
	store_close(b);
}

/* Plans and boards (plans.c): versions, the same file twice, references checked, updates and
 * values audited, a board meeting as evidence of the board's clause, export round trip. */
static void test_plans_and_boards(void)
{
	struct store *s = fresh(url_a), *b = NULL;
	struct err e = {0};
	struct arena ar = ARENA_INIT;
	struct store_plan p = {0}, got;
	int changed, added = -1, version = 0;
	int64_t plan = 0, plan2 = 0, board = 0, mid = 0, occ = -1, n_audit;
	char d1[65];
	char *x1 = NULL, *x2 = NULL;
	static const char direction[] =
		"{\"schema\":\"oversight.instrument/1\",\"kind\":\"direction\","
		"\"date\":{\"value\":\"2018-01-25\"},\"obligations\":[{\"id\":\"7.b/1\","
		"\"kind\":\"standing\"},{\"id\":\"7.g/3\",\"kind\":\"recurring\",\"recurrence\":"
		"{\"every\":\"P3M\"}}]}";
	struct store_plan_owner owners[] = {{"Head of Front Door", "Service lead"},
					    {"Principal Social Worker", NULL}};
	struct store_objective objs[] = {
		{"O1", "Timely help", "help_and_protection", "R1", "7.b", "Head of Front Door",
		 "2018-12-31", NULL},
		{"O2", "Leadership", "leadership", NULL, "9.z", NULL, NULL, NULL}};
	struct store_action acts[] = {
		{"O1", "O1.1", "Triage in 24h", "Head of Front Door", "2018-02-01", "2018-06-30",
		 "in_progress", "green", NULL},
		{"O2", "O2.1", "Audit programme", "Principal Social Worker", NULL, "2018-09-30",
		 "not_started", "amber", "recruitment"}};
	struct store_measure meas[] = {{"O1", "M1", "Contacts decided in 24h", "%", "60",
					"2018-01", "85", "2018-12", "up", "LCS"}};
	struct store_measure_value vals[] = {{"M1", "2018-02", "61"}, {"M1", "2018-03", "58.5"}};
	struct store_plan_update ups[] = {{"O1.1", "2018-03-01", "Head of Front Door", "Started",
					   "in_progress", "green", NULL}};

	if (!s)
		return;
	load_councils(s, &changed);
	CHECK(store_write_begin(s, &e) == 0 && store_document_put(s, "d", "a", 1, d1, &e) == 0 &&
		      store_instrument_put(s, d1, direction, 382, &added, &e) == 0 &&
		      store_exec(s, "INSERT INTO occurrences (id, obligation, k, due_date) SELECT 1, "
				    "id, 1, '2018-04-25' FROM obligations WHERE ref = '7.g/3'",
				 NULL, 0, &e) == 0 &&
		      store_exec(s, "INSERT INTO occurrences (id, obligation, k, due_date) SELECT 2, "
				    "id, 2, '2018-07-25' FROM obligations WHERE ref = '7.g/3'",
				 NULL, 0, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "setup: %s", e.msg);
	p = (struct store_plan){.council = 382, .title = "Kirklees improvement plan",
				.adopted = "2018-03-01", .source = "test", .file_sha = "aa",
				.owners = owners, .nowners = 2, .objectives = objs, .nobjectives = 2,
				.actions = acts, .nactions = 2, .measures = meas, .nmeasures = 1,
				.values = vals, .nvalues = 2, .updates = ups, .nupdates = 1};
	CHECK(store_write_begin(s, &e) == 0 && store_plan_put(s, &p, &plan, &version, &added, &e) == 0 &&
		      store_write_commit(s, &e) == 0 && added == 1 && version == 1,
	      "plan put: %s (added %d, version %d)", e.msg, added, version);
	n_audit = count(s, "SELECT count(*) FROM audit");
	CHECK(store_write_begin(s, &e) == 0 && store_plan_put(s, &p, &plan, &version, &added, &e) == 0 &&
		      store_write_commit(s, &e) == 0 && added == 0 && version == 1,
	      "same file again: %s (added %d, version %d)", e.msg, added, version);
	CHECK(count(s, "SELECT count(*) FROM plans") == 1 && count(s, "SELECT count(*) FROM audit") == n_audit,
	      "same file wrote something");
	CHECK(count(s, "SELECT count(*) FROM audit WHERE action = 'plan.add'") == 1, "plan.add audited");

	/* References are checked: an unknown owner, an action of an unknown objective. */
	acts[1].owner = "Nobody";
	p.file_sha = "cc";
	CHECK(store_write_begin(s, &e) == 0 && store_plan_put(s, &p, &plan2, &version, &added, &e) < 0 &&
		      e.code == ERR_DATA && strstr(e.msg, "unknown owner 'Nobody'"),
	      "unknown owner: %s", e.msg);
	store_write_rollback(s);
	err_clear(&e);
	acts[1].owner = "Principal Social Worker";
	acts[1].objective = "O9";
	CHECK(store_write_begin(s, &e) == 0 && store_plan_put(s, &p, &plan2, &version, &added, &e) < 0 &&
		      e.code == ERR_DATA && strstr(e.msg, "unknown objective 'O9'"),
	      "unknown objective: %s", e.msg);
	store_write_rollback(s);
	err_clear(&e);
	acts[1].objective = "O2";
	CHECK(count(s, "SELECT count(*) FROM plans") == 1, "refused plan left rows");

	/* Loaded back as put; the clause found in the direction ("7.b" is "7.b/1"). */
	CHECK(store_plan_load(s, 382, 0, &ar, &got, &e) == 0, "load: %s", e.msg);
	CHECK(got.version == 1 && got.nowners == 2 && got.nobjectives == 2 && got.nactions == 2 &&
		      got.nmeasures == 1 && got.nvalues == 2 && got.nupdates == 1,
	      "counts");
	if (got.nobjectives == 2 && got.nvalues == 2 && got.nactions == 2) {
		CHECK(got.objectives[0].instrument && !strcmp(got.objectives[0].instrument, d1),
		      "clause 7.b found in the direction");
		CHECK(!got.objectives[1].instrument && !strcmp(got.objectives[1].clause, "9.z"),
		      "unknown clause kept as words");
		CHECK_STR(got.values[1].value, "58.5");
		CHECK_STR(got.actions[1].rag_reason, "recruitment");
		CHECK(!got.actions[1].start_date, "NULL start kept");
	}
	CHECK(store_plan_load(s, 852, 0, &ar, &got, &e) < 0 && e.code == ERR_DATA &&
		      strstr(e.msg, "no improvement plan"),
	      "no plan: %s", e.msg);
	err_clear(&e);

	/* An update sets the action's state; audited with before and after. */
	{
		struct store_plan_update u = {"O1.1", "2018-04-01", "tester", "Behind on recruitment",
					      "in_progress", "red", "two vacancies"};
		CHECK(store_write_begin(s, &e) == 0 && store_plan_update_add(s, plan, &u, &e) == 0 &&
			      store_write_commit(s, &e) == 0,
		      "update: %s", e.msg);
		CHECK(count(s, "SELECT count(*) FROM actions WHERE ref = 'O1.1' AND rag = 'red'") == 1,
		      "action RAG set");
		CHECK(count(s, "SELECT count(*) FROM audit WHERE action = 'plan.update' AND before "
			       "LIKE '%green%' AND after LIKE '%two vacancies%'") == 1,
		      "update audited");
		u.action = "O7.7";
		CHECK(store_write_begin(s, &e) == 0 && store_plan_update_add(s, plan, &u, &e) < 0 &&
			      strstr(e.msg, "no action 'O7.7'"),
		      "unknown action: %s", e.msg);
		store_write_rollback(s);
		err_clear(&e);
	}
	{
		struct store_measure_value v = {"M1", "2018-04", "63"};
		CHECK(store_write_begin(s, &e) == 0 && store_measure_value_set(s, plan, &v, &e) == 0 &&
			      store_measure_value_set(s, plan, &v, &e) == 0 &&
			      store_write_commit(s, &e) == 0,
		      "value: %s", e.msg);
		CHECK(count(s, "SELECT count(*) FROM audit WHERE action = 'measure.value'") == 1,
		      "the same value twice is one entry");
		v.value = "64";
		CHECK(store_write_begin(s, &e) == 0 && store_measure_value_set(s, plan, &v, &e) == 0 &&
			      store_write_commit(s, &e) == 0,
		      "value changed: %s", e.msg);
		CHECK(count(s, "SELECT count(*) FROM measure_values WHERE value = '64'") == 1 &&
			      count(s, "SELECT count(*) FROM audit WHERE action = 'measure.value' AND "
				       "before = '{\"value\":\"63\"}'") == 1,
		      "value replaced, old value in the log");
		v.month = "2018-13";
		CHECK(store_write_begin(s, &e) == 0 && store_measure_value_set(s, plan, &v, &e) < 0 &&
			      e.code == ERR_DATA,
		      "bad month: %s", e.msg);
		store_write_rollback(s);
		err_clear(&e);
	}

	/* A revised plan is version 2; version 1 is superseded and no longer updated. */
	p.file_sha = "bb";
	p.adopted = "2019-09-01";
	CHECK(store_write_begin(s, &e) == 0 && store_plan_put(s, &p, &plan2, &version, &added, &e) == 0 &&
		      store_write_commit(s, &e) == 0 && added == 1 && version == 2,
	      "version 2: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM plans WHERE version = 1 AND superseded = '2019-09-01'") ==
		      1,
	      "version 1 superseded");
	{
		struct store_plan_update u = {"O1.1", "2019-10-01", "tester", "x", "complete", "blue",
					      NULL};
		CHECK(store_write_begin(s, &e) == 0 && store_plan_update_add(s, plan, &u, &e) < 0 &&
			      strstr(e.msg, "superseded"),
		      "old version updated: %s", e.msg);
		store_write_rollback(s);
		err_clear(&e);
	}

	/* A board tied to 7.g/3: each meeting is evidence for the occurrence whose cycle holds it. */
	{
		struct store_board bd = {0, 382, "partnership_board", "Partnership governance board",
					 "Chair", "P3M", "2018-01-25", NULL, d1, "7.g/3"};
		struct store_board f;
		struct store_meeting m = {0, 0, "2018-04-10", "Chair", "A; B", "Report", "Agreed",
					  0, 0};
		CHECK(store_write_begin(s, &e) == 0 && store_board_put(s, &bd, &board, &e) == 0 &&
			      store_write_commit(s, &e) == 0,
		      "board: %s", e.msg);
		CHECK(store_board_find(s, 382, "partnership_board", &ar, &f, &e) == 0 && f.id == board,
		      "find by kind: %s", e.msg);
		m.board = board;
		CHECK(store_write_begin(s, &e) == 0 && store_meeting_put(s, &m, &mid, &occ, &e) == 0 &&
			      store_write_commit(s, &e) == 0 && occ == 1,
		      "meeting 1: %s (occ %lld)", e.msg, (long long)occ);
		m.date = "2018-05-02";
		CHECK(store_write_begin(s, &e) == 0 && store_meeting_put(s, &m, &mid, &occ, &e) == 0 &&
			      store_write_commit(s, &e) == 0 && occ == 2,
		      "meeting 2: %s (occ %lld)", e.msg, (long long)occ);
		m.date = "2018-01-20"; /* before the direction */
		CHECK(store_write_begin(s, &e) == 0 && store_meeting_put(s, &m, &mid, &occ, &e) == 0 &&
			      store_write_commit(s, &e) == 0 && occ == 0,
		      "meeting before: %s (occ %lld)", e.msg, (long long)occ);
		m.date = "2018-08-01"; /* after the last occurrence */
		CHECK(store_write_begin(s, &e) == 0 && store_meeting_put(s, &m, &mid, &occ, &e) == 0 &&
			      store_write_commit(s, &e) == 0 && occ == 0,
		      "meeting after: %s (occ %lld)", e.msg, (long long)occ);
		CHECK(count(s, "SELECT count(*) FROM evidence") == 2 &&
			      count(s, "SELECT count(*) FROM meetings WHERE evidence IS NOT NULL") == 2,
		      "two meetings are evidence");
		CHECK(store_write_begin(s, &e) == 0 && store_meeting_put(s, &m, &mid, &occ, &e) < 0 &&
			      e.code == ERR_DATA && strstr(e.msg, "already has a meeting"),
		      "same day twice: %s", e.msg);
		store_write_rollback(s);
		err_clear(&e);
		CHECK(store_write_begin(s, &e) == 0 && store_board_put(s, &bd, &board, &e) < 0 &&
			      e.code == ERR_DATA,
		      "same board twice: %s", e.msg);
		store_write_rollback(s);
		err_clear(&e);
	}
	CHECK(store_audit_verify(s, &n_audit, &e) == 0, "chain: %s", e.msg);

	/* Export, import, export: the same bytes, plans and boards included. */
	x1 = store_export(s, &e);
	b = fresh(url_b);
	CHECK(x1 && b && store_import(b, x1, strlen(x1), &e) == 0, "import: %s", e.msg);
	x2 = b ? store_export(b, &e) : NULL;
	CHECK(x1 && x2 && !strcmp(x1, x2), "round trip differs");
	CHECK(x1 && strstr(x1, "\"plan_updates\"") && strstr(x1, "Partnership governance board"),
	      "plans exported");
	free(x1);
	free(x2);
	store_close(b);
	arena_release(&ar);
	store_close(s);
}

static void test_versions(void)
{
	struct err e = {0};
	struct store *s;

	wipe(url_a);
	touch(url_a); /* an empty SQLite file is an empty database */
	s = store_open(url_a, STORE_RAW, &e);
	CHECK(s && s->version == 0, "raw empty: %s", e.msg);
	if (!s)
		return;
	CHECK(store_create_schema(s, 1, &e) == 0, "v1: %s", e.msg);
	store_close(s);

	s = store_open(url_a, STORE_USE, &e);
	CHECK(!s && e.code == ERR_DATA && strstr(e.msg, "schema version 1") &&
	          strstr(e.msg, "version 7") && strstr(e.msg, "db migrate"),
	      "older refused: %s", e.msg);
	store_close(s);
	err_clear(&e);
	s = store_open(url_a, STORE_MIGRATE, &e);
	CHECK(s != NULL, "migrate open: %s", e.msg);
	if (!s)
		return;
	store_set_actor(s, "contract", "2026-11-23");
	CHECK(store_migrate(s, &e) == 0 && s->version == 7, "migrate: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM audit WHERE action = 'schema.migrate'") == 6,
	      "each migration step (1->2 ... 6->7) audited");
	CHECK(count(s, "SELECT count(*) FROM instruments") == 0, "v2 tables exist");
	CHECK(count(s, "SELECT count(*) FROM plans") == 0 && count(s, "SELECT count(*) FROM meetings") == 0,
	      "v6 tables exist");
	CHECK(count(s, "SELECT count(*) FROM obligations WHERE day IS NOT NULL") == 0,
	      "v7 column obligations.day exists");
	/* Pretend a newer oversight wrote it. */
	store_exec(s, "UPDATE schema_version SET version = 99", NULL, 0, &e);
	store_close(s);
	s = store_open(url_a, STORE_USE, &e);
	CHECK(!s && e.code == ERR_DATA && strstr(e.msg, "newer"), "newer refused: %s", e.msg);
	store_close(s);
	err_clear(&e);

	/* A database with someone else's tables. */
	wipe(url_a);
	touch(url_a);
	s = store_open(url_a, STORE_RAW, &e);
	if (s) {
		store_exec(s, "CREATE TABLE payroll (a INTEGER)", NULL, 0, &e);
		store_close(s);
	}
	s = store_open(url_a, STORE_INIT, &e);
	CHECK(!s && e.code == ERR_DATA && strstr(e.msg, "did not make"), "foreign: %s", e.msg);
	store_close(s);
	err_clear(&e);
	s = store_open(url_a, STORE_RAW, &e);
	CHECK(!s, "foreign opened raw");
	store_close(s);
}

int main(void)
{
	const char *a = getenv("OVERSIGHT_TEST_DB"), *b = getenv("OVERSIGHT_TEST_DB2");

	T_BEGIN(a && is_pg(a) ? "store_contract_pg" : "store_contract_sqlite");
	if (a && b) {
		snprintf(url_a, sizeof url_a, "%s", a);
		snprintf(url_b, sizeof url_b, "%s", b);
	} else {
		char tmpl[] = "/tmp/oversight-store-XXXXXX";
		if (!mkdtemp(tmpl)) {
			printf("FAIL store_contract: mkdtemp\n");
			return 1;
		}
		snprintf(tmpdir, sizeof tmpdir, "%s", tmpl);
		snprintf(url_a, sizeof url_a, "%s/a.db", tmpdir);
		snprintf(url_b, sizeof url_b, "%s/b.db", tmpdir);
	}
	RUN(test_init_and_councils);
	RUN(test_ofsted_import);
	RUN(test_documents_and_instruments);
	RUN(test_lifecycle_and_queries);
	RUN(test_users);
	RUN(test_audit_chain);
	RUN(test_export_import_round_trip);
	RUN(test_plans_and_boards);
	RUN(test_versions);
	if (tmpdir[0]) {
		wipe(url_a);
		wipe(url_b);
		rmdir(tmpdir);
	}
	return T_END();
}
