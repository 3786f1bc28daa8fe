/*
 * cmd_db.c: the register's verbs: db init|migrate|check, import ofsted,
 * import, export, audit log|verify.  Each opens the database named by
 * --db, else $OVERSIGHT_DB, else ./oversight.db (a postgresql:// URL
 * selects PostgreSQL), sets the audit identity ($OVERSIGHT_USER, else the
 * login name; "today" from --as-of / OVERSIGHT_TODAY / the clock), calls
 * the store, and prints.  The store does the work; these only read files,
 * print and pick exit codes.
 */
#include "../base/compat.h"

#include <pwd.h>
#include <unistd.h>

#include <jansson.h>

#include "../store/store.h"
#include "cmd.h"
#include "cmd_db.h"

static void actor(struct cmd_args *a, char who[128], char today[CAL_DATE_LEN])
{
	const char *u = getenv("OVERSIGHT_USER");
	struct passwd *pw;

	if (!u || !*u)
		u = getlogin();
	if ((!u || !*u) && (pw = getpwuid(geteuid())))
		u = pw->pw_name;
	snprintf(who, 128, "%s", u && *u ? u : "unknown");
	cal_format_iso(a->today, today);
}

struct store *cmd_db_open(struct cmd_args *a, enum store_mode mode, struct err *e)
{
	const char *url = store_pick_url(cmd_opt(a, "db"), getenv("OVERSIGHT_DB"));
	struct store *s = store_open(url, mode, e);
	char who[128], today[CAL_DATE_LEN];

	if (s && s->version == 0 && mode == STORE_RAW) {
		err_set(e, ERR_DATA, "database '%s' is empty: run oversight db init", url);
		store_close(s);
		return NULL;
	}
	if (s) {
		actor(a, who, today);
		store_set_actor(s, who, today);
	}
	return s;
}

char *cmd_db_slurp(const char *path, size_t max, size_t *len, struct err *e)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char *buf = NULL, *nb;
	size_t n = 0, cap = 0, got;

	if (!f) {
		err_set(e, ERR_NOINPUT, "cannot open '%s': %s", path, strerror(errno));
		return NULL;
	}
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			if (cap > max + 1)
				cap = max + 1;
			if (!(nb = realloc(buf, cap + 1))) {
				err_set(e, ERR_INTERNAL, "out of memory");
				goto fail;
			}
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0 && n <= max);
	if (ferror(f)) {
		err_set(e, ERR_NOINPUT, "cannot read '%s': %s", path, strerror(errno));
		goto fail;
	}
	if (n > max) {
		err_set(e, ERR_DATA, "'%s' is larger than %zu bytes", path, max);
		goto fail;
	}
	if (f != stdin)
		fclose(f);
	buf[n] = 0;
	*len = n;
	return buf;
fail:
	if (f != stdin)
		fclose(f);
	free(buf);
	return NULL;
}

int cmd_db_init(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_INIT, &e);
	int changed = 0;

	if (!s)
		return cmd_fail(&e);
	if (store_write_begin(s, &e) < 0 || store_councils_load(s, &changed, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	printf("%s: schema version %d (%s); %zu councils, %d changed\n", s->url, s->version,
	       s->ops->name, store_council_table_len, changed);
	store_close(s);
	return 0;
}

int cmd_db_migrate(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_MIGRATE, &e);
	int from;

	if (!s)
		return cmd_fail(&e);
	from = s->version;
	if (store_migrate(s, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	if (from == s->version)
		printf("%s: already at schema version %d\n", s->url, s->version);
	else
		printf("%s: migrated from schema version %d to %d\n", s->url, from, s->version);
	store_close(s);
	return 0;
}

int cmd_db_check(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_RAW, &e);
	int64_t n = 0;
	int rc = 0;

	if (!s)
		return cmd_fail(&e);
	if (s->ops->check(s, &e) < 0 || store_audit_verify(s, &n, &e) < 0) {
		rc = cmd_fail(&e);
	} else if (s->version < STORE_SCHEMA_VERSION) {
		fprintf(stderr, "oversight: database '%s' is whole but at schema version %d; this "
			"oversight needs %d: run oversight db migrate\n", s->url, s->version,
			STORE_SCHEMA_VERSION);
		rc = ERR_DATA;
	} else {
		printf("%s: ok: %s, schema version %d, %lld audit entries verified\n", s->url,
		       s->ops->name, s->version, (long long)n);
	}
	store_close(s);
	return rc;
}

static void warn_line(void *ctx, long line, const char *msg)
{
	fprintf(stderr, "oversight: %s: line %ld: %s\n", (const char *)ctx, line, msg);
}

int cmd_import_ofsted(struct cmd_args *a)
{
	struct err e = {0};
	struct store_ofsted_report rep;
	size_t len = 0;
	char *buf = cmd_db_slurp(a->argv[0], (size_t)64 << 20, &len, &e);
	struct store *s;

	if (!buf)
		return cmd_fail(&e);
	if (!(s = cmd_db_open(a, STORE_USE, &e))) {
		free(buf);
		return cmd_fail(&e);
	}
	if (store_import_ofsted(s, buf, len, warn_line, a->argv[0], &rep, &e) < 0) {
		free(buf);
		store_close(s);
		fprintf(stderr, "oversight: %s: nothing imported\n", a->argv[0]);
		return cmd_fail(&e);
	}
	printf("%s: %d inspections and %d judgements written, %d rows skipped\n", a->argv[0],
	       rep.inspections_added, rep.judgements_added, rep.rows_skipped);
	free(buf);
	store_close(s);
	return 0;
}

int cmd_export(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_USE, &e);
	const char *path = cmd_opt(a, "output");
	char *json;
	FILE *f;
	int rc = 0;

	if (!s)
		return cmd_fail(&e);
	json = store_export(s, &e);
	store_close(s);
	if (!json)
		return cmd_fail(&e);
	f = path && strcmp(path, "-") ? fopen(path, "wb") : stdout;
	if (!f) {
		err_set(&e, ERR_CANTCREAT, "cannot create '%s': %s", path, strerror(errno));
		free(json);
		return cmd_fail(&e);
	}
	if (fputs(json, f) == EOF || fputc('\n', f) == EOF || fflush(f) == EOF) {
		err_set(&e, ERR_IO, "cannot write the export: %s", strerror(errno));
		rc = cmd_fail(&e);
	}
	if (f != stdout && fclose(f) == EOF && !rc) {
		err_set(&e, ERR_IO, "cannot write '%s': %s", path, strerror(errno));
		rc = cmd_fail(&e);
	}
	free(json);
	return rc;
}

int cmd_import(struct cmd_args *a)
{
	struct err e = {0};
	size_t len = 0;
	char *buf = cmd_db_slurp(a->argv[0], (size_t)1 << 30, &len, &e);
	struct store *s;

	if (!buf)
		return cmd_fail(&e);
	if (!(s = cmd_db_open(a, STORE_INIT, &e))) {
		free(buf);
		return cmd_fail(&e);
	}
	if (store_import(s, buf, len, &e) < 0) {
		free(buf);
		store_close(s);
		fprintf(stderr, "oversight: %s: nothing imported\n", a->argv[0]);
		return cmd_fail(&e);
	}
	printf("%s: restored into %s\n", a->argv[0], s->url);
	free(buf);
	store_close(s);
	return 0;
}

static int print_entry(void *ctx, const struct store_audit_entry *en)
{
	bool as_json = *(bool *)ctx;

	if (as_json) {
		json_t *o = json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "seq",
				      (json_int_t)en->seq, "at", en->at, "who", en->who, "action",
				      en->action, "subject", en->subject, "before", en->before,
				      "after", en->after, "prev", en->prev, "hash", en->hash);
		char *s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
		if (s)
			puts(s);
		free(s);
		json_decref(o);
	} else {
		printf("%lld\t%s\t%s\t%s\t%s\t%.12s\n", (long long)en->seq, en->at ? en->at : "",
		       en->who ? en->who : "", en->action ? en->action : "",
		       en->subject ? en->subject : "", en->hash ? en->hash : "");
	}
	return 0;
}

int cmd_audit_log(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_RAW, &e);
	bool as_json = cmd_flag(a, "json");

	if (!s)
		return cmd_fail(&e);
	if (store_audit_each(s, print_entry, &as_json, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	store_close(s);
	return 0;
}

int cmd_audit_verify(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_RAW, &e);
	int64_t n = 0;

	if (!s)
		return cmd_fail(&e);
	if (store_audit_verify(s, &n, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	printf("audit chain verified: %lld entries\n", (long long)n);
	store_close(s);
	return 0;
}
