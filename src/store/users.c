/*
 * users.c: accounts, their councils, and tokens (API tokens, sessions,
 * calendar-feed secrets).  Every change is audited like any other write,
 * but a password hash never enters the audit log ("password": "set"), and
 * a token is only ever stored and logged as its SHA-256.  Callers own the
 * transaction.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/strbuf.h"
#include "store.h"

static const char *const roles[] = {"dfe_admin", "dfe_viewer", "commissioner", "adviser",
				    "council_officer"};

bool store_role_valid(const char *role)
{
	size_t i;
	for (i = 0; role && i < ARRAY_SIZE(roles); i++)
		if (!strcmp(role, roles[i]))
			return true;
	return false;
}

static int check_name(const char *name, struct err *e)
{
	size_t i, n = strlen(name);
	if (n == 0 || n > 63)
		return err_set(e, ERR_DATA, "a user name has 1 to 63 characters");
	for (i = 0; i < n; i++)
		if ((unsigned char)name[i] <= ' ' || name[i] == 0x7f)
			return err_set(e, ERR_DATA, "a user name has no spaces or control characters");
	return 0;
}

static int check_role(const char *role, int ncouncils, struct err *e)
{
	if (!store_role_valid(role))
		return err_set(e, ERR_DATA, "unknown role '%s': dfe_admin, dfe_viewer, "
			       "commissioner, adviser or council_officer", role);
	if (!strcmp(role, "council_officer") && ncouncils != 1)
		return err_set(e, ERR_DATA, "a council officer belongs to exactly one council");
	if (ncouncils > STORE_USER_MAX_COUNCILS)
		return err_set(e, ERR_DATA, "at most %d councils per user", STORE_USER_MAX_COUNCILS);
	return 0;
}

static char *user_json(const char *name, const char *role, bool password, bool disabled,
		       const int *councils, int n)
{
	json_t *c = json_array(), *o;
	char *s;
	int i;
	for (i = 0; i < n; i++)
		json_array_append_new(c, json_integer(councils[i]));
	o = json_pack("{s:s, s:s, s:s, s:b, s:o}", "name", name, "role", role, "password",
		      password ? "set" : "none", "disabled", disabled, "councils", c);
	s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
	json_decref(o);
	return s;
}

static int audit_user(struct store *s, const char *action, const struct store_user *before,
		      const char *name, const char *role, bool password, bool disabled,
		      const int *councils, int n, struct err *e)
{
	char subject[80];
	char *b = before ? user_json(before->name, before->role, before->password[0],
				     before->disabled, before->councils, before->ncouncils)
			 : NULL;
	char *a = user_json(name, role, password, disabled, councils, n);
	int rc;

	if (!a || (before && !b))
		rc = err_set(e, ERR_INTERNAL, "out of memory");
	else {
		snprintf(subject, sizeof subject, "user:%s", name);
		rc = store_audit_append(s, action, subject, b, a, e);
	}
	free(a);
	free(b);
	return rc;
}

static int put_councils(struct store *s, int64_t id, const int *councils, int n, struct err *e)
{
	struct store_val k[] = {sv_int(id)};
	int i;

	if (store_exec(s, "DELETE FROM user_councils WHERE user_id = ?", k, 1, e) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		int64_t have;
		struct store_val c[] = {sv_int(councils[i])};
		struct store_val p[] = {sv_int(id), sv_int(councils[i])};
		if (store_query_int(s, "SELECT count(*) FROM councils WHERE code = ?", c, 1, 0, &have,
				    e) < 0)
			return -1;
		if (!have)
			return err_set(e, ERR_DATA, "no council %d", councils[i]);
		if (store_exec(s, "INSERT INTO user_councils (user_id, council) VALUES (?, ?) ON "
			       "CONFLICT DO NOTHING", p, 2, e) < 0)
			return -1;
	}
	return 0;
}

int store_user_add(struct store *s, const char *name, const char *role, const char *pwhash,
		   const int *councils, int ncouncils, int64_t *id, struct err *e)
{
	int64_t have;
	struct store_val k[] = {sv_text(name)};

	if (check_name(name, e) < 0 || check_role(role, ncouncils, e) < 0)
		return -1;
	if (store_query_int(s, "SELECT count(*) FROM users WHERE name = ?", k, 1, 0, &have, e) < 0)
		return -1;
	if (have)
		return err_set(e, ERR_DATA, "there is already a user '%s'", name);
	if (store_query_int(s, "SELECT max(id) FROM users", NULL, 0, 0, id, e) < 0)
		return -1;
	(*id)++;
	{
		struct store_val p[] = {sv_int(*id), sv_text(name), sv_text(role), sv_text(pwhash),
					sv_int(0), sv_text(s->today)};
		if (store_exec(s, "INSERT INTO users (id, name, role, password, disabled, created) "
			       "VALUES (?, ?, ?, ?, ?, ?)", p, 6, e) < 0)
			return -1;
	}
	if (put_councils(s, *id, councils, ncouncils, e) < 0)
		return -1;
	return audit_user(s, "user.add", NULL, name, role, pwhash != NULL, false, councils,
			  ncouncils, e);
}

struct user_ctx {
	struct store_user *u;
	bool found;
};

static int user_row(void *ctx, const struct store_val *c, int n)
{
	struct user_ctx *k = ctx;
	if (n < 5)
		return 1;
	k->found = true;
	k->u->id = c[0].i;
	snprintf(k->u->name, sizeof k->u->name, "%s", c[1].t == SV_TEXT ? c[1].s : "");
	snprintf(k->u->role, sizeof k->u->role, "%s", c[2].t == SV_TEXT ? c[2].s : "");
	snprintf(k->u->password, sizeof k->u->password, "%s", c[3].t == SV_TEXT ? c[3].s : "");
	k->u->disabled = c[4].i != 0;
	k->u->ncouncils = 0;
	return 1;
}

static int council_row(void *ctx, const struct store_val *c, int n)
{
	struct store_user *u = ctx;
	if (n >= 1 && u->ncouncils < STORE_USER_MAX_COUNCILS)
		u->councils[u->ncouncils++] = (int)c[0].i;
	return 0;
}

static int load_user(struct store *s, const char *sql, const struct store_val *p, int np,
		     struct store_user *u, struct err *e)
{
	struct user_ctx k = {u, false};

	memset(u, 0, sizeof *u);
	if (store_query(s, sql, p, np, user_row, &k, e) < 0)
		return -1;
	if (!k.found)
		return 0;
	{
		struct store_val id[] = {sv_int(u->id)};
		if (store_query(s, "SELECT council FROM user_councils WHERE user_id = ? ORDER BY "
				"council", id, 1, council_row, u, e) < 0)
			return -1;
	}
	return 1;
}

int store_user_get(struct store *s, const char *name, struct store_user *u, struct err *e)
{
	struct store_val k[] = {sv_text(name)};
	int rc = load_user(s, "SELECT id, name, role, password, disabled FROM users WHERE name = ?",
			   k, 1, u, e);
	if (rc == 0)
		return err_set(e, ERR_DATA, "no user '%s'", name);
	return rc < 0 ? -1 : 0;
}

int store_user_set_role(struct store *s, const char *name, const char *role,
			const int *councils, int ncouncils, struct err *e)
{
	struct store_user old;

	if (store_user_get(s, name, &old, e) < 0 || check_role(role, ncouncils, e) < 0)
		return -1;
	{
		struct store_val p[] = {sv_text(role), sv_int(old.id)};
		if (store_exec(s, "UPDATE users SET role = ? WHERE id = ?", p, 2, e) < 0)
			return -1;
	}
	if (put_councils(s, old.id, councils, ncouncils, e) < 0)
		return -1;
	return audit_user(s, "user.role", &old, name, role, old.password[0], old.disabled,
			  councils, ncouncils, e);
}

int store_user_set_password(struct store *s, const char *name, const char *pwhash,
			    struct err *e)
{
	struct store_user old;

	if (store_user_get(s, name, &old, e) < 0)
		return -1;
	{
		struct store_val p[] = {sv_text(pwhash), sv_int(old.id)};
		if (store_exec(s, "UPDATE users SET password = ? WHERE id = ?", p, 2, e) < 0)
			return -1;
	}
	return audit_user(s, "user.password", &old, name, old.role, true, old.disabled,
			  old.councils, old.ncouncils, e);
}

int store_user_disable(struct store *s, const char *name, struct err *e)
{
	struct store_user old;

	if (store_user_get(s, name, &old, e) < 0)
		return -1;
	if (old.disabled)
		return 0;
	{
		struct store_val p[] = {sv_int(old.id)};
		if (store_exec(s, "UPDATE users SET disabled = 1 WHERE id = ?", p, 1, e) < 0 ||
		    store_exec(s, "DELETE FROM tokens WHERE user_id = ?", p, 1, e) < 0)
			return -1;
	}
	return audit_user(s, "user.disable", &old, name, old.role, old.password[0], true,
			  old.councils, old.ncouncils, e);
}

int store_token_add(struct store *s, int64_t user, const char *kind, const char *key,
		    const char *label, const char *expires, struct err *e)
{
	char subject[96], after[256];
	struct store_val p[] = {sv_text(key), sv_int(user), sv_text(kind), sv_text(label),
				sv_text(s->today), sv_text(expires)};

	if (strcmp(kind, "api") && strcmp(kind, "session") && strcmp(kind, "feed"))
		return err_set(e, ERR_INTERNAL, "unknown token kind '%s'", kind);
	if (store_exec(s, "INSERT INTO tokens (key, user_id, kind, label, created, expires) VALUES "
		       "(?, ?, ?, ?, ?, ?)", p, 6, e) < 0)
		return -1;
	snprintf(subject, sizeof subject, "token:%.16s", key);
	snprintf(after, sizeof after, "{\"user\":%lld,\"kind\":\"%s\",\"expires\":%s%s%s}",
		 (long long)user, kind, expires ? "\"" : "", expires ? expires : "null",
		 expires ? "\"" : "");
	return store_audit_append(s, "token.add", subject, NULL, after, e);
}

int store_token_user(struct store *s, const char *key, const char *kind, const char *today,
		     struct store_user *u, struct err *e)
{
	struct store_val p[] = {sv_text(key), sv_text(kind), sv_text(today)};
	return load_user(s, "SELECT u.id, u.name, u.role, u.password, u.disabled FROM tokens t JOIN "
			 "users u ON u.id = t.user_id WHERE t.key = ? AND t.kind = ? AND "
			 "u.disabled = 0 AND (t.expires IS NULL OR t.expires >= ?)",
			 p, 3, u, e);
}

int store_token_drop(struct store *s, const char *key, struct err *e)
{
	char subject[96];
	int64_t have;
	struct store_val p[] = {sv_text(key)};

	if (store_query_int(s, "SELECT count(*) FROM tokens WHERE key = ?", p, 1, 0, &have, e) < 0)
		return -1;
	if (!have)
		return 0;
	if (store_exec(s, "DELETE FROM tokens WHERE key = ?", p, 1, e) < 0)
		return -1;
	snprintf(subject, sizeof subject, "token:%.16s", key);
	return store_audit_append(s, "token.drop", subject, NULL, NULL, e);
}

struct names {
	struct strbuf sb;
};

static int name_row(void *ctx, const struct store_val *c, int n)
{
	struct names *k = ctx;
	if (n >= 1 && c[0].t == SV_TEXT)
		strbuf_addf(&k->sb, "%s\n", c[0].s);
	return 0;
}

int store_users_each(struct store *s, store_user_fn fn, void *ctx, struct err *e)
{
	struct names k = {STRBUF_INIT};
	char *p, *nl;
	int rc = 0;

	if (store_query(s, "SELECT name FROM users ORDER BY name", NULL, 0, name_row, &k, e) < 0) {
		strbuf_release(&k.sb);
		return -1;
	}
	for (p = (char *)strbuf_str(&k.sb); *p && rc == 0; p = nl + 1) {
		struct store_user u;
		nl = strchr(p, '\n');
		*nl = '\0';
		if (store_user_get(s, p, &u, e) < 0) {
			rc = -1;
			break;
		}
		if (fn(ctx, &u))
			break;
	}
	strbuf_release(&k.sb);
	return rc;
}
