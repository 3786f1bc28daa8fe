/*
 * web.h: the types the web server's parts share: roles, the route table
 * entry, the request every handler receives, and the reply helpers
 * handlers call.  The daemon itself (server.h) and the CLI see none of
 * this; handlers see nothing of the daemon but struct web_req.
 *
 * A handler runs once per request, after the router has matched its route,
 * checked the caller's role, parsed and checked the query string against
 * the route's declared parameters, and (for routes that take one) read the
 * whole body within its cap.  It must set a reply with exactly one of the
 * web_reply_* calls.  Anything it allocates for the request's lifetime
 * comes from rq->arena, freed when the connection is done with the request.
 */
#ifndef OVERSIGHT_WEB_H
#define OVERSIGHT_WEB_H

#include "../base/compat.h"

#include <jansson.h>
#include <microhttpd.h>

#include "../base/arena.h"
#include "../base/strbuf.h"

/* Limits; doc/internals/web.md says why each is what it is. */
#define WEB_MAX_URL 2048                   /* request-target bytes, else 414 */
#define WEB_MAX_JSON ((size_t)64 << 10)    /* JSON request bodies, else 413 */
#define WEB_MAX_UPLOAD ((size_t)16 << 20)  /* uploads (multipart), else 413 */
#define WEB_MAX_QUERY 16                   /* query parameters per request */
#define WEB_MAX_PATH_PARAMS 4              /* {name} segments per pattern */
#define WEB_ARENA_CAP ((size_t)8 << 20)    /* per-request arena */
#define WEB_BODY_BUDGET ((size_t)48 << 20) /* all bodies being received at once, else 503 */

/*
 * Roles in increasing order of reach.  A route names the least role that
 * may call it; WEB_ROLE_UNSET (zero, what a forgotten field gives) is
 * refused for everyone: deny by default.
 */
enum web_role {
	WEB_ROLE_UNSET = 0,
	WEB_ROLE_PUBLIC,
	WEB_ROLE_COUNCIL_OFFICER,
	WEB_ROLE_ADVISER, /* commissioner or improvement adviser */
	WEB_ROLE_DFE_VIEWER,
	WEB_ROLE_DFE_ADMIN
};

/* "public", "council_officer", ...; "unset" for WEB_ROLE_UNSET. */
const char *web_role_name(enum web_role r);

/* What body a route takes: none (any body is refused with 413), a JSON
 * document (application/json, at most WEB_MAX_JSON), or an upload
 * (multipart/form-data, at most WEB_MAX_UPLOAD), or an HTML form
 * (application/x-www-form-urlencoded, at most WEB_MAX_JSON). */
enum web_body { WEB_BODY_NONE, WEB_BODY_JSON, WEB_BODY_UPLOAD, WEB_BODY_FORM };

/* A declared query parameter; the router refuses any other. */
struct web_param {
	const char *name;
	const char *type; /* OpenAPI type: "string", "integer" */
	const char *format; /* OpenAPI format ("date") or NULL */
	bool required;
	const char *help;
};

struct web_req;

struct web_route {
	const char *pattern; /* "/api/v1/councils/{id}"; a last "{name*}" takes the rest */
	const char *method;  /* "GET" (also answers HEAD), "POST" */
	void (*handler)(struct web_req *rq);
	enum web_role role;
	enum web_body body;
	const char *produces; /* the 200 reply's media type */
	const char *summary;  /* one line for the OpenAPI description */
	const struct web_param *query; /* NULL, or terminated by {NULL} */
};

/* The route table (routes.c), sorted by pattern then method. */
extern const struct web_route web_routes[];
extern const size_t web_routes_len;

struct web_kv {
	const char *name; /* NUL-terminated, in the request's arena */
	const char *value;
};

struct web_server; /* server.h */
struct store_user; /* store.h */

struct web_req {
	/* Set by the server before routing. */
	struct web_server *srv;
	struct MHD_Connection *conn; /* NULL in unit tests */
	struct arena arena;
	const char *method;
	const char *target; /* raw request-target as received ("/a%2fb?x=1") */
	enum web_role role; /* the caller's (auth.c) */
	struct store_user *user; /* the signed-in user, or NULL (public); in the arena */
	const char *session;     /* the session token from the cookie, or NULL */
	bool by_bearer;          /* authenticated by an API token */
	struct web_kv *form;     /* parsed form fields (form.c), on first web_form() */
	size_t nform;
	bool form_parsed;

	/* Set by the router. */
	const char *path; /* decoded and checked: no NUL, no "..", no encoded '/' */
	const struct web_route *route;
	struct web_kv params[WEB_MAX_PATH_PARAMS];
	size_t nparams;
	struct web_kv query[WEB_MAX_QUERY];
	size_t nquery;

	/* The body, for routes that take one; its cap is the route's. */
	struct strbuf body;
	size_t body_reserved; /* bytes counted against WEB_BODY_BUDGET */
	bool started;

	/* Set by web_cache_serve() on a miss: the reply, if 200, is kept under this key for
	 * the register's state cache_gen (cache.c). */
	const char *cache_key;
	int64_t cache_gen; /* the register's audit head, once known (gen_known) */
	bool gen_known;

	/* The reply, set by exactly one web_reply_* call. */
	unsigned status;
	struct MHD_Response *resp;
};

/* A query or path parameter's value, or NULL if absent (borrowed). */
const char *web_query(const struct web_req *rq, const char *name);
const char *web_param(const struct web_req *rq, const char *name);

/* A request header's value, or NULL (borrowed from the connection). */
const char *web_header(const struct web_req *rq, const char *name);

/*
 * Route a request: check the target, match a route, check the caller's
 * role and the query string.  Returns 0 with rq->route set, or -1 with an
 * error reply (400, 401, 404, 405, 414) already set on rq.
 */
int web_route(struct web_req *rq);

/*
 * Decode and check the path of a request-target (the part before '?'):
 * percent-decoding, refusing encoded '/', '\\', NUL and control bytes,
 * "." and ".." segments and empty segments.  On success returns the
 * decoded path in rq's arena; on failure NULL with a reason in *why
 * (a static string).
 */
const char *web_path_decode(struct arena *a, const char *p, size_t n, const char **why);
/* A document's id as paths give it: 64 lower-case hex digits (s may be NULL). */
bool web_sha256_ok(const char *s);

/* Replies (response.c).  Each sets rq->status and rq->resp. */

/* A JSON document (stolen: decref'd here) with a strong ETag (SHA-256 of
 * the body); answers 304 when If-None-Match matches. */
void web_reply_json(struct web_req *rq, unsigned status, json_t *doc);
/* A body built by the caller (sb is emptied: its buffer moves into the
 * reply), with a strong ETag and Cache-Control cache. */
void web_reply_buf(struct web_req *rq, unsigned status, const char *type, struct strbuf *sb,
		   const char *cache);
/* The pieces of a reply the cache shares (response.c). */
bool web_etag_matches(const char *if_none_match, const char *etag);
void web_set_reply(struct web_req *rq, unsigned status, struct MHD_Response *r);
void web_not_modified(struct web_req *rq, const char *etag, const char *cache);

/*
 * The reply cache (cache.c), for GET routes whose 200 reply is a function of
 * the request target, the caller (user and role), "as of" and the register's
 * state.  web_cache_serve() answers from the cache and returns true, or
 * notes the key so that the reply, if 200, is kept: the handler then goes
 * on.  The register's state is its audit head (every write appends to the
 * audit log in the same transaction), so no write is ever served stale.
 */
bool web_cache_serve(struct web_req *rq);
void web_cache_put(struct web_req *rq, const char *type, const char *cache, const char *body,
		   size_t len, const char *etag);
/* Drop every entry (the server calls it when it stops). */
void web_cache_clear(void);
/* The register's state for this request (its audit head), read once. */
int web_register_gen(struct web_req *rq, int64_t *gen);
/* Who a token (its SHA-256 key, of kind "api" or "session", valid on day) belongs to, if
 * looked up before at the same register state: the same invalidation as the replies
 * (a token revoked, a user disabled or given other councils is an audited write). */
struct store_user;
bool web_auth_cached(struct web_req *rq, const char *key, const char *kind, const char *day,
		     struct store_user *u);
void web_auth_keep(struct web_req *rq, const char *key, const char *kind, const char *day,
		   const struct store_user *u);

/* 303 See Other to `to` (a path on this server). */
void web_reply_redirect(struct web_req *rq, const char *to);
/* A regular file opened by the caller (fd is owned by the reply from now,
 * even on failure) of size bytes, with a weak validator from size+mtime. */
void web_reply_fd(struct web_req *rq, int fd, uint64_t size, int64_t mtime, const char *type);

/*
 * RFC 9457 application/problem+json (problem.c).  slug names the problem
 * type (urn:oversight:problem:<slug>); title is the same for every
 * occurrence of the type; detail is formatted.  param (may be NULL) names
 * the query parameter or body member at fault, as member "parameter".
 * allow (may be NULL) becomes the Allow header (405).
 */
void web_reply_problem(struct web_req *rq, unsigned status, const char *slug, const char *title,
		       const char *param, const char *allow, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
/* 400 bad-parameter naming param. */
void web_reply_bad_param(struct web_req *rq, const char *param, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Add the headers every reply carries (CSP, nosniff, Referrer-Policy,
 * X-Frame-Options). */
void web_security_headers(struct MHD_Response *r);

/* Handlers (one file per area). */
void web_get_healthz(struct web_req *rq);
void web_get_home(struct web_req *rq);
void web_get_openapi(struct web_req *rq);
void web_get_static(struct web_req *rq);
void web_get_calendar_series(struct web_req *rq);
void web_post_calendar_series(struct web_req *rq);
void web_get_councils(struct web_req *rq);
void web_get_council(struct web_req *rq);
void web_get_inspections(struct web_req *rq);
void web_get_instruments(struct web_req *rq);
void web_get_instrument(struct web_req *rq);
void web_get_document(struct web_req *rq);
void web_get_instrument_page(struct web_req *rq);
void web_get_upload(struct web_req *rq);
void web_post_upload(struct web_req *rq);
void web_get_upload_preview(struct web_req *rq);
void web_post_upload_ingest(struct web_req *rq);
void web_post_api_documents(struct web_req *rq);
void web_post_api_document_ingest(struct web_req *rq);
void web_get_council_obligations(struct web_req *rq);
void web_get_council_occurrences(struct web_req *rq);
void web_get_council_calendar(struct web_req *rq);
void web_get_occurrence(struct web_req *rq);
void web_post_occurrence_evidence(struct web_req *rq);
void web_get_feed(struct web_req *rq);
void web_get_dashboard(struct web_req *rq);
void web_get_council_page(struct web_req *rq);
void web_get_occurrence_page(struct web_req *rq);
void web_post_occurrence_page(struct web_req *rq);
void web_get_report_page(struct web_req *rq);
void web_get_national_report_page(struct web_req *rq);
void web_get_review_page(struct web_req *rq);
void web_post_review(struct web_req *rq);
void web_get_council_plan(struct web_req *rq);
void web_get_council_boards(struct web_req *rq);
void web_get_council_report_api(struct web_req *rq);
void web_get_status(struct web_req *rq);
void web_get_check(struct web_req *rq);

/* The OpenAPI 3 description of the route table (openapi.c); new reference. */
json_t *web_openapi(void);

/* The directory fd static files are served from (server.c); -1 if none. */
int web_static_dir(const struct web_server *srv);

#endif
