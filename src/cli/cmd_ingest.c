/*
 * cmd_ingest.c: `oversight ingest`, `oversight review` and `oversight
 * record instrument`: documents into the register, a person's corrections
 * over what was read, and an instrument entered by hand.  The pipeline is
 * src/ingest/; these verbs read files, open the register, run one write
 * transaction per document or correction, and print.
 *
 * ingest goes on past a file it cannot take (reporting it, exit code of the
 * first failure at the end), like cp: one bad file does not stop a batch,
 * and each good one is committed whole.
 */
#include "../base/compat.h"

#include <ctype.h>
#include <unistd.h>

#include <jansson.h>

#include "../ingest/ingest.h"
#include "cmd.h"
#include "cmd_db.h"

#define MAX_DOCUMENT ((size_t)64 << 20)

static void print_result(const char *file, const struct ingest_result *r, bool json)
{
	if (json) {
		json_t *o = json_pack("{s:s, s:s, s:b, s:s, s:s?, s:s, s:i, s:b, s:i, s:i, s:i, s:i}",
				      "file", file, "sha256", r->sha256, "added", r->added, "kind",
				      r->kind, "date", r->date[0] ? r->date : NULL, "council",
				      r->council, "council_code", r->council_code, "needs_review",
				      r->needs_review, "obligations", r->obligations, "occurrences",
				      r->occurrences, "revocations", r->revocations, "resolved",
				      r->resolved);
		char *s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
		if (s)
			puts(s);
		free(s);
		json_decref(o);
		return;
	}
	printf("%s: %s %.12s, %s of %s for %s: %d obligations, %d occurrences", file,
	       r->added ? "ingested" : "already in the register as", r->sha256,
	       strcmp(r->kind, "improvement_notice") ? r->kind : "improvement notice", r->date,
	       r->council, r->obligations, r->occurrences);
	if (r->revocations)
		printf(", revokes %d", r->revocations);
	if (r->resolved)
		printf(", %d revocation%s resolved", r->resolved, r->resolved == 1 ? "" : "s");
	printf("%s\n", r->needs_review ? "; needs review (oversight review)" : "");
}

static int ingest_one(struct store *s, const char *file, bool json, struct err *e)
{
	struct ingest_result r;
	size_t len = 0;
	char *buf = cmd_db_slurp(file, MAX_DOCUMENT, &len, e);

	if (!buf)
		return -1;
	if (store_write_begin(s, e) < 0)
		goto fail;
	if (ingest_document(s, strcmp(file, "-") ? file : "(standard input)",
			    (const unsigned char *)buf, len, &r, e) < 0 ||
	    store_write_commit(s, e) < 0) {
		store_write_rollback(s);
		goto fail;
	}
	free(buf);
	print_result(file, &r, json);
	return 0;
fail:
	free(buf);
	return -1;
}

int cmd_ingest(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	bool json = cmd_flag(a, "json"), progress = a->argc > 1 && isatty(STDERR_FILENO);
	int i, first = 0, failed = 0;

	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	for (i = 0; i < a->argc; i++) {
		struct err fe = {0};
		if (progress)
			fprintf(stderr, "\r[%d/%d] ", i + 1, a->argc);
		if (ingest_one(s, a->argv[i], json, &fe) < 0) {
			if (progress)
				fputc('\n', stderr);
			fprintf(stderr, "oversight: %s: %s\n", a->argv[i], fe.msg);
			if (!first)
				first = fe.code ? fe.code : ERR_INTERNAL;
			failed++;
		}
	}
	if (progress)
		fputc('\n', stderr);
	store_close(s);
	if (failed && a->argc > 1)
		fprintf(stderr, "oversight: %d of %d files not ingested\n", failed, a->argc);
	return first;
}

/* ---- review ---- */

/* A full SHA-256 from a unique prefix of at least 6 hex digits. */
static int find_sha(struct store *s, const char *prefix, char out[65], struct err *e)
{
	char like[80];
	int64_t n;
	size_t i, len = strlen(prefix);

	for (i = 0; i < len; i++)
		if (!isxdigit((unsigned char)prefix[i]))
			break;
	if (len < 6 || len > 64 || i < len)
		return err_set(e, ERR_USAGE, "'%s' is not an instrument's SHA-256 (or 6 or more of "
			       "its first hex digits)", prefix);
	snprintf(like, sizeof like, "%s%%", prefix);
	for (i = 0; like[i]; i++)
		like[i] = (char)tolower((unsigned char)like[i]);
	{
		struct store_val k[] = {sv_text(like)};
		if (store_query_int(s, "SELECT count(*) FROM instruments WHERE sha256 LIKE ?", k, 1,
				    0, &n, e) < 0)
			return -1;
		if (n != 1)
			return err_set(e, ERR_DATA, n ? "'%s' matches %lld instruments: give more "
							"digits"
						      : "no instrument '%s' in the register",
				       prefix, (long long)n);
		return store_query_text(s, "SELECT sha256 FROM instruments WHERE sha256 LIKE ?", k,
					1, out, 65, e) < 0
			       ? -1
			       : 0;
	}
}

static int review_row(void *ctx, const struct store_val *c, int n)
{
	int *count = ctx;
	json_error_t je;
	json_t *rec, *w;
	size_t i;

	if (n < 6)
		return 1;
	(*count)++;
	printf("%.12s  %-10s  %s  %s  [%s]\n", c[0].s, c[1].t == SV_TEXT ? c[1].s : "?",
	       c[2].t == SV_TEXT ? c[2].s : "(no date)", c[3].t == SV_TEXT ? c[3].s : "(no council)",
	       c[4].s);
	rec = c[5].t == SV_TEXT ? json_loads(c[5].s, 0, &je) : NULL;
	json_array_foreach(json_object_get(rec, "warnings"), i, w) {
		json_t *sp = json_object_get(w, "span");
		printf("    warning: %s (bytes %lld-%lld)\n",
		       json_string_value(json_object_get(w, "message")),
		       (long long)json_integer_value(json_array_get(sp, 0)),
		       (long long)json_integer_value(json_array_get(sp, 1)));
	}
	json_decref(rec);
	return 0;
}

static int correction_row(void *ctx, const struct store_val *c, int n)
{
	(void)ctx;
	if (n < 5)
		return 1;
	printf("    %s %s by %s: %s -> %s\n", c[4].s, c[0].s, c[3].s,
	       c[1].t == SV_TEXT ? c[1].s : "(none)", c[2].t == SV_TEXT ? c[2].s : "(confirmed)");
	return 0;
}

static int review_list(struct store *s, const char *sha, struct err *e)
{
	static const char *const base = "SELECT i.sha256, i.kind, i.date, c.name, i.status, "
					"i.record FROM instruments i LEFT JOIN councils c ON "
					"c.code = i.council ";
	char sql[512];
	int count = 0;
	struct store_val k[] = {sv_text(sha)};

	snprintf(sql, sizeof sql, "%s%s", base,
		 sha ? "WHERE i.sha256 = ?" : "WHERE i.status = 'needs_review' ORDER BY i.date, "
					      "i.sha256");
	if (store_query(s, sql, k, sha ? 1 : 0, review_row, &count, e) < 0)
		return -1;
	if (sha)
		return store_query(s, "SELECT field, extracted, value, who, at FROM corrections "
				   "WHERE instrument = ? ORDER BY id", k, 1, correction_row, NULL, e);
	if (!count)
		printf("nothing needs review\n");
	return 0;
}

int cmd_review(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	const char *set = cmd_opt(a, "set");
	char sha[65], field[160];
	const char *value = NULL;
	bool confirm = cmd_flag(a, "confirm");

	if ((set || confirm) && a->argc == 0)
		return cmd_usage(a, "--set and --confirm need the instrument (its SHA-256 prefix)");
	if (set) {
		const char *eq = strchr(set, '=');
		if (!eq || eq == set || (size_t)(eq - set) >= sizeof field)
			return cmd_usage(a, "--set takes FIELD=VALUE, not '%s'", set);
		memcpy(field, set, (size_t)(eq - set));
		field[eq - set] = '\0';
		value = eq + 1;
	}
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (a->argc && find_sha(s, a->argv[0], sha, &e) < 0)
		goto fail;
	if (set || confirm) {
		if (store_write_begin(s, &e) < 0)
			goto fail;
		if ((set && ingest_correct(s, sha, field, value, &e) < 0) ||
		    (confirm && ingest_correct(s, sha, "confirm", NULL, &e) < 0) ||
		    store_write_commit(s, &e) < 0) {
			store_write_rollback(s);
			goto fail;
		}
	}
	if (review_list(s, a->argc ? sha : NULL, &e) < 0)
		goto fail;
	store_close(s);
	return 0;
fail:
	store_close(s);
	return cmd_fail(&e);
}

/* ---- record instrument ---- */

int cmd_record_instrument(struct cmd_args *a)
{
	static const char *const kinds[] = {"direction", "improvement_notice", "letter"};
	struct err e = {0};
	struct store *s;
	struct ingest_result r;
	const char *ends = cmd_opt(a, "ends"), *person = cmd_opt(a, "commissioner");
	json_t *rec;
	char *json;
	cal_day d;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(kinds) && strcmp(kinds[i], a->argv[1]); i++)
		;
	if (i == ARRAY_SIZE(kinds))
		return cmd_usage(a, "KIND must be direction, improvement_notice or letter, not '%s'",
				 a->argv[1]);
	if (cal_parse_iso(strv_of(a->argv[2]), &d, &e) < 0 ||
	    (ends && cal_parse_iso(strv_of(ends), &d, &e) < 0))
		return cmd_fail(&e);
	rec = json_pack("{s:s, s:{s:s, s:s}, s:s, s:s?, s:{s:s}, s:{s:s}, s:[], s:[], s:[], s:[], "
			"s:[], s:[]}",
			"schema", "oversight.instrument/1", "source", "name", "(entered by hand)",
			"format", "hand", "kind", a->argv[1], "title", cmd_opt(a, "title"),
			"council", "name", a->argv[0], "date", "value", a->argv[2], "events",
			"judgements", "appointments", "revokes", "obligations", "warnings");
	if (rec && person)
		json_array_append_new(json_object_get(rec, "appointments"),
				      json_pack("{s:s, s:s}", "person", person, "role",
						"commissioner"));
	json = rec ? json_dumps(rec, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	json_decref(rec);
	if (!json) {
		err_set(&e, ERR_INTERNAL, "out of memory");
		return cmd_fail(&e);
	}
	if (!(s = cmd_db_open(a, STORE_USE, &e)) || store_write_begin(s, &e) < 0)
		goto fail;
	if (ingest_record(s, json, &r, &e) < 0 ||
	    (ends && (store_instrument_end(s, r.sha256, ends, NULL, &e) < 0 ||
		      ingest_occurrences(s, r.sha256, NULL, &e) < 0)) ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		goto fail;
	}
	print_result("(entered by hand)", &r, false);
	free(json);
	store_close(s);
	return 0;
fail:
	free(json);
	if (s)
		store_close(s);
	return cmd_fail(&e);
}
