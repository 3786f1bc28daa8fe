/*
 * auth.c: who is asking, and may they.
 *
 * Identity, before routing (so the router's role check sees it):
 *   - "Authorization: Bearer TOKEN": an API token (`oversight user token`);
 *     a bad or revoked one is 401 at once, never treated as public;
 *   - else the session cookie "ov_session" set by POST /login; an unknown
 *     or expired session is simply not logged in;
 *   - else public.
 * The register keeps only the SHA-256 of a token (src/base/secret.h).
 *
 * Sessions: POST /login checks the password (Argon2id), stores a session
 * that expires the next day (dates are the register's unit of time), and
 * sets the cookie Secure, HttpOnly, SameSite=Strict, Path=/.  POST /logout
 * drops it.  Failed logins are limited per user name and per client
 * address: after WEB_LOGIN_TRIES failures within WEB_LOGIN_WINDOW seconds
 * further attempts get 429 until the window passes (a monotonic clock,
 * the one place the server reads one).
 *
 * CSRF: a state-changing request authenticated by the session cookie must
 * carry the session's CSRF token, as the form field "csrf" or the header
 * X-CSRF-Token; the token is SHA-256(session token ":csrf"), so it needs
 * no storage and dies with the session.  The login form itself uses a
 * double-submit cookie ("ov_csrf").  Requests with a bearer token are not
 * exposed to CSRF (a browser never adds that header by itself).
 *
 * Roles: dfe_admin > dfe_viewer > commissioner/adviser > council_officer >
 * public; advisers, commissioners and officers see only their councils
 * (web_may_see_council).
 */
#include "../base/compat.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <time.h>

#include "../base/secret.h"
#include "../base/sha256.h"
#include "auth.h"
#include "page.h"
#include "web.h"

#define SESSION_COOKIE "ov_session"
#define CSRF_COOKIE "ov_csrf"

enum web_role web_role_of(const char *role)
{
	if (!strcmp(role, "dfe_admin"))
		return WEB_ROLE_DFE_ADMIN;
	if (!strcmp(role, "dfe_viewer"))
		return WEB_ROLE_DFE_VIEWER;
	if (!strcmp(role, "commissioner") || !strcmp(role, "adviser"))
		return WEB_ROLE_ADVISER;
	if (!strcmp(role, "council_officer"))
		return WEB_ROLE_COUNCIL_OFFICER;
	return WEB_ROLE_PUBLIC;
}

/* The value of cookie name in the Cookie header, copied into the arena. */
static const char *cookie(struct web_req *rq, const char *name)
{
	const char *v = rq->conn ? MHD_lookup_connection_value(rq->conn, MHD_COOKIE_KIND, name)
				 : NULL;
	return v ? arena_strndup(&rq->arena, v, strnlen(v, 256)) : NULL;
}

static int identify(struct web_req *rq, const char *token, const char *kind)
{
	struct store *s = web_store(rq);
	struct store_user *u;
	char key[65], day[16];
	struct err e = {0};
	int found;

	if (!s || strlen(token) >= SECRET_TOKEN_LEN + 8)
		return 0;
	if (!(u = arena_alloc(&rq->arena, sizeof *u)))
		return 0;
	secret_token_key(token, key);
	web_today(day, 0);
	if (!web_auth_cached(rq, key, kind, day, u)) {
		found = store_token_user(s, key, kind, day, u, &e);
		if (found <= 0)
			return 0;
		web_auth_keep(rq, key, kind, day, u);
	}
	rq->user = u;
	rq->role = web_role_of(u->role);
	return 1;
}

int web_auth(struct web_req *rq)
{
	const char *h = web_header(rq, MHD_HTTP_HEADER_AUTHORIZATION), *c;

	rq->role = WEB_ROLE_PUBLIC;
	rq->user = NULL;
	if (h) {
		if (strncmp(h, "Bearer ", 7) || !identify(rq, h + 7, "api")) {
			web_reply_problem(rq, 401, "unauthorized", "Not signed in", NULL, NULL,
					  "the bearer token is not valid (revoked, or its user "
					  "disabled)");
			if (rq->resp)
				MHD_add_response_header(rq->resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
							"Bearer");
			return -1;
		}
		rq->by_bearer = true;
		return 0;
	}
	if ((c = cookie(rq, SESSION_COOKIE)) && identify(rq, c, "session"))
		rq->session = c;
	return 0;
}

bool web_may_see_council(const struct web_req *rq, int council)
{
	int i;

	if (rq->role >= WEB_ROLE_DFE_VIEWER)
		return true;
	if (!rq->user)
		return false;
	for (i = 0; i < rq->user->ncouncils; i++)
		if (rq->user->councils[i] == council)
			return true;
	return false;
}

void web_csrf_field(struct web_req *rq, struct strbuf *sb)
{
	char t[65];
	web_csrf_token(rq, t);
	strbuf_adds(sb, "<input type=\"hidden\" name=\"csrf\" value=\"");
	strbuf_adds(sb, t);
	strbuf_adds(sb, "\">\n");
}

void web_csrf_token(const struct web_req *rq, char out[65])
{
	char buf[SECRET_TOKEN_LEN + 16];

	out[0] = '\0';
	if (!rq->session)
		return;
	snprintf(buf, sizeof buf, "%s:csrf", rq->session);
	sha256_hex(buf, strlen(buf), out);
}

int web_check_csrf(struct web_req *rq, const char *given)
{
	char want[65];
	const char *h = web_header(rq, "X-CSRF-Token");

	if (rq->by_bearer || !rq->session)
		return 0;
	web_csrf_token(rq, want);
	if ((given && secret_equal(given, want)) || (h && secret_equal(h, want)))
		return 0;
	web_reply_problem(rq, 403, "csrf", "Form expired", "csrf", NULL,
			  "the form's CSRF token is missing or wrong: reload the page and try again");
	return -1;
}

/* ---- login rate limiting ---- */

#define WEB_LOGIN_TRIES 5
#define WEB_LOGIN_WINDOW 900
#define WEB_LOGIN_SLOTS 1024

struct attempt {
	char key[80]; /* "u:NAME" or "a:ADDRESS" */
	int fails;
	time_t first;
};

static struct attempt attempts[WEB_LOGIN_SLOTS];
static pthread_mutex_t attempts_lock = PTHREAD_MUTEX_INITIALIZER;

static time_t mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

static struct attempt *slot(const char *key, time_t now)
{
	uint32_t h = 2166136261u;
	size_t i, at;
	const char *p;

	for (p = key; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	for (i = 0; i < 8; i++) {
		at = (h + i) % WEB_LOGIN_SLOTS;
		if (!strcmp(attempts[at].key, key))
			return &attempts[at];
	}
	for (i = 0; i < 8; i++) { /* reuse an empty or stale slot */
		at = (h + i) % WEB_LOGIN_SLOTS;
		if (!attempts[at].key[0] || now - attempts[at].first > WEB_LOGIN_WINDOW) {
			snprintf(attempts[at].key, sizeof attempts[at].key, "%s", key);
			attempts[at].fails = 0;
			attempts[at].first = now;
			return &attempts[at];
		}
	}
	return &attempts[h % WEB_LOGIN_SLOTS]; /* all busy: share (errs on the strict side) */
}

/* Is key blocked?  With fail, count one more failure. */
static bool limited(const char *key, bool fail)
{
	time_t now = mono();
	struct attempt *a;
	bool blocked;

	pthread_mutex_lock(&attempts_lock);
	a = slot(key, now);
	if (now - a->first > WEB_LOGIN_WINDOW) {
		a->fails = 0;
		a->first = now;
	}
	if (fail)
		a->fails++;
	blocked = a->fails >= WEB_LOGIN_TRIES;
	pthread_mutex_unlock(&attempts_lock);
	return blocked;
}

static void client_key(struct web_req *rq, char *out, size_t n)
{
	const union MHD_ConnectionInfo *ci =
		rq->conn ? MHD_get_connection_info(rq->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS)
			 : NULL;
	char addr[64] = "?";

	if (ci && ci->client_addr && ci->client_addr->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)ci->client_addr)->sin_addr, addr,
			  sizeof addr);
	else if (ci && ci->client_addr && ci->client_addr->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)ci->client_addr)->sin6_addr, addr,
			  sizeof addr);
	snprintf(out, n, "a:%s", addr);
}

/* ---- the login and logout routes ---- */

static void login_page(struct web_req *rq, unsigned status, const char *error)
{
	struct strbuf sb = STRBUF_INIT;
	char tok[SECRET_TOKEN_LEN], hdr[128];
	struct err e = {0};

	if (secret_new_token(tok, &e) < 0) {
		web_reply_problem(rq, 500, "internal", "Internal error", NULL, NULL, "%s", e.msg);
		return;
	}
	web_page_begin(&sb, "Sign in");
	strbuf_adds(&sb, "<div class=\"govuk-grid-row\">\n<div class=\"govuk-grid-column-two-thirds\">\n");
	if (error) {
		strbuf_adds(&sb, "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\">"
				 "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a "
				 "problem</h2><div class=\"govuk-error-summary__body\"><ul class=\""
				 "govuk-list govuk-error-summary__list\"><li><a href=\"#username\">");
		web_html_escape(&sb, error);
		strbuf_adds(&sb, "</a></li></ul></div></div></div>\n");
	}
	strbuf_adds(&sb, "<h1 class=\"govuk-heading-xl\">Sign in</h1>\n"
			 "<form method=\"post\" action=\"/login\" novalidate>\n"
			 "<input type=\"hidden\" name=\"csrf\" value=\"");
	strbuf_adds(&sb, tok);
	strbuf_adds(&sb, "\">\n<div class=\"govuk-form-group\"><label class=\"govuk-label\" "
			 "for=\"username\">User name</label><input class=\"govuk-input "
			 "govuk-!-width-one-half\" id=\"username\" name=\"username\" type=\"text\" "
			 "autocomplete=\"username\" spellcheck=\"false\"></div>\n"
			 "<div class=\"govuk-form-group\"><label class=\"govuk-label\" "
			 "for=\"password\">Password</label><input class=\"govuk-input "
			 "govuk-!-width-one-half\" id=\"password\" name=\"password\" type=\"password\" "
			 "autocomplete=\"current-password\"></div>\n"
			 "<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">"
			 "Sign in</button>\n</form>\n</div>\n</div>\n");
	web_page_end(&sb);
	web_reply_buf(rq, status, "text/html; charset=utf-8", &sb, "no-store");
	if (rq->resp) {
		snprintf(hdr, sizeof hdr, CSRF_COOKIE "=%s; Path=/login; Secure; HttpOnly; "
			 "SameSite=Strict", tok);
		MHD_add_response_header(rq->resp, MHD_HTTP_HEADER_SET_COOKIE, hdr);
	}
}

void web_get_login(struct web_req *rq) { login_page(rq, 200, NULL); }

static void redirect(struct web_req *rq, const char *to, const char *set_cookie)
{
	web_reply_redirect(rq, to);
	if (rq->resp && set_cookie)
		MHD_add_response_header(rq->resp, MHD_HTTP_HEADER_SET_COOKIE, set_cookie);
}

void web_post_login(struct web_req *rq)
{
	const char *name = web_form(rq, "username"), *pw = web_form(rq, "password");
	const char *csrf = web_form(rq, "csrf"), *want = cookie(rq, CSRF_COOKIE);
	struct store *s = web_store(rq);
	struct store_user u;
	struct err e = {0};
	char ukey[80], akey[80], tok[SECRET_TOKEN_LEN], key[65], day[16], hdr[160];
	bool ok;

	if (!csrf || !want || !secret_equal(csrf, want)) {
		web_reply_problem(rq, 403, "csrf", "Form expired", "csrf", NULL,
				  "the sign-in form's CSRF token is missing or wrong: reload the page");
		return;
	}
	if (!s) {
		web_reply_problem(rq, 503, "no-register", "No register", NULL, NULL,
				  "the server has no register to check accounts against");
		return;
	}
	if (!name || !*name || !pw || !*pw) {
		login_page(rq, 400, "Enter your user name and password");
		return;
	}
	snprintf(ukey, sizeof ukey, "u:%.70s", name);
	client_key(rq, akey, sizeof akey);
	if (limited(ukey, false) || limited(akey, false)) {
		web_reply_problem(rq, 429, "too-many-attempts", "Too many attempts", NULL, NULL,
				  "too many failed sign-ins: wait 15 minutes and try again");
		if (rq->resp)
			MHD_add_response_header(rq->resp, MHD_HTTP_HEADER_RETRY_AFTER, "900");
		return;
	}
	ok = store_user_get(s, name, &u, &e) == 0 && !u.disabled &&
	     secret_check_password(u.password, pw);
	if (!ok) {
		/* Check a password anyway so that an unknown name takes as long as a known one. */
		if (e.code)
			secret_check_password("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$"
					      "9sTbSlTio3Biev89thdrlKKiCaYsjjYVJxGAL3swxpQ", pw);
		limited(ukey, true);
		limited(akey, true);
		login_page(rq, 401, "The user name or password is not right");
		return;
	}
	web_today(day, 1); /* the session lasts until the end of the next day */
	store_set_actor(s, u.name, NULL);
	if (secret_new_token(tok, &e) < 0 || (secret_token_key(tok, key), 0) ||
	    store_write_begin(s, &e) < 0) {
		web_reply_problem(rq, 500, "internal", "Internal error", NULL, NULL, "%s", e.msg);
		return;
	}
	if (store_token_add(s, u.id, "session", key, NULL, day, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		web_reply_problem(rq, 500, "internal", "Internal error", NULL, NULL, "%s", e.msg);
		return;
	}
	snprintf(hdr, sizeof hdr, SESSION_COOKIE "=%s; Path=/; Secure; HttpOnly; SameSite=Strict",
		 tok);
	redirect(rq, "/", hdr);
}

void web_post_logout(struct web_req *rq)
{
	struct store *s = web_store(rq);
	struct err e = {0};
	char key[65];

	if (web_check_csrf(rq, web_form(rq, "csrf")) < 0)
		return;
	if (s && rq->session) {
		secret_token_key(rq->session, key);
		if (store_write_begin(s, &e) == 0) {
			if (store_token_drop(s, key, &e) < 0 || store_write_commit(s, &e) < 0)
				store_write_rollback(s);
		}
	}
	redirect(rq, "/", SESSION_COOKIE "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict");
}

void web_get_whoami(struct web_req *rq)
{
	json_t *c = json_array(), *o;
	char csrf[65];
	int i;

	for (i = 0; rq->user && i < rq->user->ncouncils; i++)
		json_array_append_new(c, json_integer(rq->user->councils[i]));
	web_csrf_token(rq, csrf);
	o = json_pack("{s:s?, s:s, s:o, s:s?}", "name", rq->user ? rq->user->name : NULL, "role",
		      web_role_name(rq->role), "councils", c, "csrf", csrf[0] ? csrf : NULL);
	web_reply_json(rq, 200, o);
}
