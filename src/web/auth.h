/*
 * auth.h: identity, roles, sessions and CSRF for the web server (auth.c),
 * the register connection each server thread uses (store.c), and form
 * bodies (form.c).
 */
#ifndef OVERSIGHT_WEB_AUTH_H
#define OVERSIGHT_WEB_AUTH_H

#include "../store/store.h"
#include "web.h"

/* The role a register role name gives ("adviser" and "commissioner" are one). */
enum web_role web_role_of(const char *role);
/* Set rq->role, rq->user, rq->session from the request.  -1 with a 401
 * reply set for a bad bearer token. */
int web_auth(struct web_req *rq);
/* May the caller see (and, with a writing role, change) this council's data? */
bool web_may_see_council(const struct web_req *rq, int council);
/* The CSRF token for the caller's session ("" without a session). */
void web_csrf_token(const struct web_req *rq, char out[65]);
/* 0 if the request may change state (bearer, no session, or the right
 * token in given or X-CSRF-Token); -1 with a 403 reply set. */
int web_check_csrf(struct web_req *rq, const char *given);

/*
 * The register for this request: one connection per server thread, opened
 * on first use (STORE_USE) and closed when the server stops; NULL if the
 * server has no register or it cannot be opened.
 */
struct store *web_store(struct web_req *rq);
/* web_store(), or NULL with a 503 problem reply set. */
struct store *web_store_or_503(struct web_req *rq);
/* A hidden form field carrying the session's CSRF token. */
void web_csrf_field(struct web_req *rq, struct strbuf *sb);

/* Today (UTC, YYYY-MM-DD) plus days_ahead, from the clock: audit dates and
 * session expiry only. */
void web_today(char out[16], int days_ahead);
/* The date the register is seen as of: the request's valid ?as_of= if the
 * route declares it, else the server's configured today, else the clock. */
void web_as_of(const struct web_req *rq, char out[16]);

/* A field of an application/x-www-form-urlencoded body (decoded, in the
 * request's arena), or NULL. */
const char *web_form(struct web_req *rq, const char *name);

void web_get_login(struct web_req *rq);
void web_post_login(struct web_req *rq);
void web_post_logout(struct web_req *rq);
void web_get_whoami(struct web_req *rq);

#endif
