/*
 * cmd_user.c: `oversight user add|role|password|token|disable|list`, the
 * accounts the web application checks.  A password is read from standard
 * input with --password-stdin (one line), or made up and printed once; a
 * token is printed once and only its SHA-256 is kept.  Each change is one
 * audited write transaction (src/store/users.c).
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/secret.h"
#include "../store/store.h"
#include "cmd.h"
#include "cmd_db.h"

/* "Kirklees,Leeds" -> council codes, each name resolved as anywhere else. */
static int parse_councils(struct store *s, const char *list, int *out, int *n, struct err *e)
{
	char buf[1024], *save = NULL, *tok;

	*n = 0;
	if (!list)
		return 0;
	snprintf(buf, sizeof buf, "%s", list);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		while (*tok == ' ')
			tok++;
		if (!*tok)
			continue;
		if (*n == STORE_USER_MAX_COUNCILS)
			return err_set(e, ERR_DATA, "at most %d councils per user",
				       STORE_USER_MAX_COUNCILS);
		if (store_council_find(s, tok, NULL, &out[*n], e) < 0)
			return -1;
		(*n)++;
	}
	return 0;
}

/* The password: a line of standard input, or a new random one (printed). */
static int get_password(struct cmd_args *a, char *pw, size_t n, bool *made, struct err *e)
{
	*made = false;
	if (cmd_flag(a, "password-stdin")) {
		size_t len;
		if (!fgets(pw, (int)n, stdin))
			return err_set(e, ERR_NOINPUT, "no password on standard input");
		len = strcspn(pw, "\r\n");
		if (pw[len] == '\0' && len == n - 1)
			return err_set(e, ERR_DATA, "the password is too long");
		pw[len] = '\0';
		return 0;
	}
	*made = true;
	return secret_new_token(pw, e);
}

static int with_store(struct cmd_args *a, int (*fn)(struct cmd_args *, struct store *,
						    struct err *))
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_USE, &e);

	if (!s)
		return cmd_fail(&e);
	if (store_write_begin(s, &e) < 0 || fn(a, s, &e) < 0 || store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		store_close(s);
		return cmd_fail(&e);
	}
	store_close(s);
	return 0;
}

static int do_add(struct cmd_args *a, struct store *s, struct err *e)
{
	char pw[SECRET_PASSWORD_MAX + 2], hash[SECRET_HASH_LEN];
	int councils[STORE_USER_MAX_COUNCILS], n;
	int64_t id;
	bool made;

	if (parse_councils(s, cmd_opt(a, "councils"), councils, &n, e) < 0 ||
	    get_password(a, pw, sizeof pw, &made, e) < 0 ||
	    secret_hash_password(pw, hash, e) < 0 ||
	    store_user_add(s, a->argv[0], a->argv[1], hash, councils, n, &id, e) < 0)
		return -1;
	printf("user %s added as %s\n", a->argv[0], a->argv[1]);
	if (made)
		printf("password: %s\n(shown once: give it to %s by a safe route)\n", pw, a->argv[0]);
	return 0;
}

static int do_role(struct cmd_args *a, struct store *s, struct err *e)
{
	int councils[STORE_USER_MAX_COUNCILS], n;

	if (parse_councils(s, cmd_opt(a, "councils"), councils, &n, e) < 0 ||
	    store_user_set_role(s, a->argv[0], a->argv[1], councils, n, e) < 0)
		return -1;
	printf("user %s is now %s\n", a->argv[0], a->argv[1]);
	return 0;
}

static int do_password(struct cmd_args *a, struct store *s, struct err *e)
{
	char pw[SECRET_PASSWORD_MAX + 2], hash[SECRET_HASH_LEN];
	bool made;

	if (get_password(a, pw, sizeof pw, &made, e) < 0 || secret_hash_password(pw, hash, e) < 0 ||
	    store_user_set_password(s, a->argv[0], hash, e) < 0)
		return -1;
	printf("password of %s changed\n", a->argv[0]);
	if (made)
		printf("password: %s\n(shown once)\n", pw);
	return 0;
}

static int do_token(struct cmd_args *a, struct store *s, struct err *e)
{
	const char *kind = cmd_opt(a, "kind") ? cmd_opt(a, "kind") : "api";
	char tok[SECRET_TOKEN_LEN], key[65];
	struct store_user u;

	if (strcmp(kind, "api") && strcmp(kind, "feed"))
		return err_set(e, ERR_USAGE, "--kind is api or feed, not '%s'", kind);
	if (store_user_get(s, a->argv[0], &u, e) < 0)
		return -1;
	if (u.disabled)
		return err_set(e, ERR_DATA, "user '%s' is disabled", a->argv[0]);
	if (secret_new_token(tok, e) < 0)
		return -1;
	secret_token_key(tok, key);
	if (store_token_add(s, u.id, kind, key, cmd_opt(a, "label"), NULL, e) < 0)
		return -1;
	printf("%s\n", tok);
	return 0;
}

static int do_disable(struct cmd_args *a, struct store *s, struct err *e)
{
	if (store_user_disable(s, a->argv[0], e) < 0)
		return -1;
	printf("user %s disabled; their tokens and sessions are revoked\n", a->argv[0]);
	return 0;
}

int cmd_user_add(struct cmd_args *a) { return with_store(a, do_add); }
int cmd_user_role(struct cmd_args *a) { return with_store(a, do_role); }
int cmd_user_password(struct cmd_args *a) { return with_store(a, do_password); }
int cmd_user_token(struct cmd_args *a) { return with_store(a, do_token); }
int cmd_user_disable(struct cmd_args *a) { return with_store(a, do_disable); }

static int list_row(void *ctx, const struct store_user *u)
{
	json_t *arr = ctx;
	int i;

	if (arr) {
		json_t *c = json_array();
		for (i = 0; i < u->ncouncils; i++)
			json_array_append_new(c, json_integer(u->councils[i]));
		json_array_append_new(arr, json_pack("{s:s, s:s, s:b, s:o}", "name", u->name, "role",
						     u->role, "disabled", u->disabled, "councils",
						     c));
		return 0;
	}
	printf("%-24s %-16s %-9s", u->name, u->role, u->disabled ? "disabled" : "active");
	for (i = 0; i < u->ncouncils; i++)
		printf("%s%d", i ? "," : " ", u->councils[i]);
	putchar('\n');
	return 0;
}

int cmd_user_list(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = cmd_db_open(a, STORE_USE, &e);
	json_t *arr = cmd_flag(a, "json") ? json_array() : NULL;
	int rc = 0;

	if (!s)
		return cmd_fail(&e);
	if (store_users_each(s, list_row, arr, &e) < 0)
		rc = cmd_fail(&e);
	else if (arr) {
		char *j = json_dumps(arr, JSON_INDENT(1));
		if (j)
			puts(j);
		free(j);
	}
	json_decref(arr);
	store_close(s);
	return rc;
}
