/*
 * response.c: building replies.  Every reply carries the security headers;
 * bodies made in memory carry a strong ETag, the SHA-256 of the exact
 * bytes, so a client that sends If-None-Match with it gets 304 and no body
 * (RFC 9110 13.1.2: If-None-Match uses weak comparison, so a W/ prefix in
 * the request is ignored).  Static files get a weak validator from size
 * and modification time instead of hashing them on every request.
 */
#include "../base/compat.h"

#include <unistd.h>

#include "../base/sha256.h"
#include "web.h"

void web_security_headers(struct MHD_Response *r)
{
	MHD_add_response_header(r, "Content-Security-Policy",
				"default-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
				"form-action 'self'");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
}

/* Does the If-None-Match list name etag (a quoted string, maybe W/)? */
bool web_etag_matches(const char *inm, const char *etag)
{
	const char *want = etag[0] == 'W' ? etag + 2 : etag;
	size_t wlen = strlen(want);

	if (!inm)
		return false;
	while (*inm) {
		const char *end;
		while (*inm == ' ' || *inm == '\t' || *inm == ',')
			inm++;
		if (*inm == '*')
			return true;
		if (inm[0] == 'W' && inm[1] == '/')
			inm += 2;
		if (*inm != '"')
			return false;
		end = strchr(inm + 1, '"');
		if (!end)
			return false;
		if ((size_t)(end + 1 - inm) == wlen && !memcmp(inm, want, wlen))
			return true;
		inm = end + 1;
	}
	return false;
}

/* Set a reply, or nothing if r is NULL (the server answers 500 then). */
void web_set_reply(struct web_req *rq, unsigned status, struct MHD_Response *r)
{
	if (rq->resp)
		MHD_destroy_response(rq->resp);
	rq->resp = r;
	rq->status = status;
	if (r)
		web_security_headers(r);
}

static bool is_get(const struct web_req *rq)
{
	return rq->method && (!strcmp(rq->method, "GET") || !strcmp(rq->method, "HEAD"));
}

void web_not_modified(struct web_req *rq, const char *etag, const char *cache)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);

	if (r) {
		MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
		MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, cache);
	}
	web_set_reply(rq, 304, r);
}

/* Take ownership of body (malloc'd) and reply with it. */
static void reply_owned(struct web_req *rq, unsigned status, const char *type, char *body,
			size_t len, const char *cache)
{
	struct MHD_Response *r;
	char etag[67];

	etag[0] = '"';
	sha256_hex(body, len, etag + 1);
	etag[65] = '"';
	etag[66] = '\0';
	if (status == 200 && is_get(rq) && web_etag_matches(web_header(rq, "If-None-Match"), etag)) {
		free(body);
		web_not_modified(rq, etag, cache);
		return;
	}
	r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		free(body);
		web_set_reply(rq, 500, NULL);
		return;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, cache);
	if (status == 200)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
	if (status == 200 && rq->cache_key)
		web_cache_put(rq, type, cache, body, len, etag);
	web_set_reply(rq, status, r);
}

void web_reply_json(struct web_req *rq, unsigned status, json_t *doc)
{
	char *s = doc ? json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;

	json_decref(doc);
	if (!s) {
		web_set_reply(rq, 500, NULL);
		return;
	}
	reply_owned(rq, status, "application/json", s, strlen(s), "no-cache");
}

void web_reply_buf(struct web_req *rq, unsigned status, const char *type, struct strbuf *sb,
		   const char *cache)
{
	size_t len;
	char *s;

	if (sb->failed) {
		strbuf_release(sb);
		web_set_reply(rq, 500, NULL);
		return;
	}
	s = strbuf_detach(sb, &len);
	if (!s) {
		s = strdup("");
		if (!s) {
			web_set_reply(rq, 500, NULL);
			return;
		}
	}
	reply_owned(rq, status, type, s, len, cache);
}

void web_reply_fd(struct web_req *rq, int fd, uint64_t size, int64_t mtime, const char *type)
{
	const char *cache = "public, max-age=3600";
	struct MHD_Response *r;
	char etag[64];

	snprintf(etag, sizeof(etag), "W/\"%llx-%llx\"", (unsigned long long)size,
		 (unsigned long long)mtime);
	if (web_etag_matches(web_header(rq, "If-None-Match"), etag)) {
		close(fd);
		web_not_modified(rq, etag, cache);
		return;
	}
	r = MHD_create_response_from_fd64(size, fd);
	if (!r) {
		close(fd);
		web_set_reply(rq, 500, NULL);
		return;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, cache);
	MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
	web_set_reply(rq, 200, r);
}

void web_reply_redirect(struct web_req *rq, const char *to)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "See other\n");
	web_reply_buf(rq, 303, "text/plain; charset=utf-8", &sb, "no-store");
	if (rq->resp)
		MHD_add_response_header(rq->resp, MHD_HTTP_HEADER_LOCATION, to);
}
