/*
 * server.c: the libmicrohttpd daemon and the life of one request.
 *
 * The daemon runs MHD's internal epoll threads (a pool of `threads`,
 * default 2, one per core of the target machine); handlers must not block.
 * For each request MHD calls, in order:
 *   uri_begin()  with the raw request-target, before any decoding: we make
 *                the request object (struct web_req with its own arena) and
 *                keep the raw target, because MHD's own decoding would hide
 *                encoded slashes and NULs from the router;
 *   on_request() first with the headers only: we route, check the role and
 *                the query, and check Content-Length against the route's
 *                cap, answering at once (413 without reading a byte of an
 *                oversized body, 411 for a body without a length); then
 *                with pieces of the body, which we append within the cap;
 *                then a last time, when we run the handler and queue its
 *                reply;
 *   on_done()    when the connection is finished with the request, in every
 *                case (sent, timed out, reset): we free the arena.
 * A body is admitted only if the bytes of all bodies being received at once
 * stay within WEB_BODY_BUDGET (else 503 with Retry-After), so memory stays
 * bounded however many clients post at the same time.
 * Slow clients are cut off by MHD's per-connection idle timeout, the number
 * of connections is capped, and headers are bounded by the connection's
 * memory pool (MHD answers 431 past it).
 */
#include "../base/compat.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <pthread.h>
#include <strings.h>

#include "../base/str.h"
#include "../store/store.h"
#include "auth.h"
#include "server.h"
#include "web.h"

#define WEB_MAX_STORES 64

struct web_server {
	struct MHD_Daemon *d;
	int static_fd;
	uint16_t port;
	/* Bytes of request bodies being buffered now, across all connections:
	 * a body is admitted only if it fits in WEB_BODY_BUDGET, so memory
	 * stays bounded however many uploads arrive at once. */
	atomic_size_t body_bytes;
	/* One register connection per polling thread (web/store.c). */
	const char *db_url;
	const char *today;
	pthread_mutex_t stores_lock;
	struct store *stores[WEB_MAX_STORES];
	size_t nstores;
};

const char *web_server_db(const struct web_server *s) { return s ? s->db_url : NULL; }
const char *web_server_today(const struct web_server *s) { return s ? s->today : NULL; }

int web_server_keep_store(struct web_server *s, struct store *st)
{
	int rc = -1;
	pthread_mutex_lock(&s->stores_lock);
	if (s->nstores < WEB_MAX_STORES) {
		s->stores[s->nstores++] = st;
		rc = 0;
	}
	pthread_mutex_unlock(&s->stores_lock);
	return rc;
}

int web_static_dir(const struct web_server *srv) { return srv ? srv->static_fd : -1; }

int web_parse_listen(const char *s, struct web_config *c, char *buf, size_t n, struct err *e)
{
	const char *colon, *host = s;
	size_t hlen;
	struct strv pv;
	int port;

	if (s[0] == '[') {
		const char *end = strchr(s, ']');
		if (!end || end[1] != ':')
			return err_set(e, ERR_USAGE, "cannot parse listen address '%s' (want [ADDR]:PORT)",
				       s);
		host = s + 1;
		hlen = (size_t)(end - host);
		colon = end + 1;
	} else {
		colon = strrchr(s, ':');
		if (!colon)
			return err_set(e, ERR_USAGE, "cannot parse listen address '%s' (want HOST:PORT)",
				       s);
		hlen = (size_t)(colon - s);
	}
	if (hlen == 0) {
		host = "127.0.0.1";
		hlen = strlen(host);
	}
	if (hlen >= n)
		return err_set(e, ERR_USAGE, "listen address too long in '%s'", s);
	memcpy(buf, host, hlen);
	buf[hlen] = '\0';
	pv = strv_of(colon + 1);
	if (!strv_eat_uint(&pv, 5, &port) || pv.n || port > 65535)
		return err_set(e, ERR_USAGE, "cannot parse port in listen address '%s'", s);
	c->host = buf;
	c->port = (uint16_t)port;
	return 0;
}

static void *uri_begin(void *cls, const char *uri, struct MHD_Connection *con)
{
	struct web_req *rq = calloc(1, sizeof(*rq));

	(void)con;
	if (!rq)
		return NULL;
	rq->srv = cls;
	arena_init(&rq->arena, WEB_ARENA_CAP);
	/* Keep one byte past the cap so the router can tell "too long". */
	rq->target = arena_strndup(&rq->arena, uri, strnlen(uri, WEB_MAX_URL + 1));
	rq->role = WEB_ROLE_PUBLIC;
	return rq;
}

static void on_done(void *cls, struct MHD_Connection *con, void **ctx,
		    enum MHD_RequestTerminationCode toe)
{
	struct web_req *rq = *ctx;

	(void)con;
	(void)toe;
	if (!rq)
		return;
	if (rq->resp)
		MHD_destroy_response(rq->resp);
	if (rq->body_reserved)
		atomic_fetch_sub(&((struct web_server *)cls)->body_bytes, rq->body_reserved);
	strbuf_release(&rq->body);
	arena_release(&rq->arena);
	free(rq);
	*ctx = NULL;
}

static enum MHD_Result send_reply(struct web_req *rq)
{
	enum MHD_Result ret;

	if (!rq->resp)
		web_reply_problem(rq, 500, "internal", "Internal error", NULL, NULL,
				  "the handler for '%s' gave no reply", rq->path ? rq->path : "?");
	if (!rq->resp)
		return MHD_NO; /* out of memory even for a problem: drop the connection */
	ret = MHD_queue_response(rq->conn, rq->status, rq->resp);
	MHD_destroy_response(rq->resp);
	rq->resp = NULL;
	return ret;
}

/* Check the declared body length against the route; 0 to read the body,
 * -1 with a reply set. */
static int check_length(struct web_req *rq)
{
	const char *cl = web_header(rq, MHD_HTTP_HEADER_CONTENT_LENGTH);
	const char *te = web_header(rq, MHD_HTTP_HEADER_TRANSFER_ENCODING);
	size_t cap = rq->route->body == WEB_BODY_UPLOAD ? WEB_MAX_UPLOAD : WEB_MAX_JSON;
	unsigned long long len = 0;

	if (cl) {
		char *end;
		errno = 0;
		len = strtoull(cl, &end, 10);
		if (errno || end == cl || *end || cl[0] == '-')
			len = ULLONG_MAX;
	}
	if (rq->route->body == WEB_BODY_FORM) {
		const char *ct = web_header(rq, MHD_HTTP_HEADER_CONTENT_TYPE);
		if (!ct || strncasecmp(ct, "application/x-www-form-urlencoded", 33)) {
			web_reply_problem(rq, 415, "unsupported-media-type", "Unsupported media type",
					  NULL, NULL, "%s %s takes an HTML form "
					  "(application/x-www-form-urlencoded)", rq->route->method,
					  rq->route->pattern);
			return -1;
		}
	}
	if (rq->route->body == WEB_BODY_NONE) {
		if (te || len > 0) {
			web_reply_problem(rq, 413, "body-too-large", "Request body too large", NULL,
					  NULL, "%s %s takes no request body", rq->route->method,
					  rq->route->pattern);
			return -1;
		}
		return 0;
	}
	if (te && cl) { /* ambiguous framing: the way to request smuggling */
		web_reply_problem(rq, 400, "bad-framing", "Bad request framing", NULL, NULL,
				  "send Content-Length or Transfer-Encoding, not both");
		return -1;
	}
	if (te) {
		web_reply_problem(rq, 411, "length-required", "Length required", NULL, NULL,
				  "send the body with a Content-Length (at most %zu bytes)", cap);
		return -1;
	}
	if (len > cap) {
		web_reply_problem(rq, 413, "body-too-large", "Request body too large", NULL, NULL,
				  "the body is %s bytes; %s %s takes at most %zu",
				  len == ULLONG_MAX ? "an unreadable number of" : cl, rq->route->method,
				  rq->route->pattern, cap);
		return -1;
	}
	if (len > 0) {
		struct web_server *s = rq->srv;
		size_t now = atomic_fetch_add(&s->body_bytes, (size_t)len);
		rq->body_reserved = (size_t)len;
		if (now + (size_t)len > WEB_BODY_BUDGET) {
			web_reply_problem(rq, 503, "busy", "Service busy", NULL, NULL,
					  "too many request bodies are being received; try again "
					  "shortly");
			if (rq->resp)
				MHD_add_response_header(rq->resp, MHD_HTTP_HEADER_RETRY_AFTER, "5");
			return -1;
		}
	}
	strbuf_init(&rq->body, cap + 1);
	return 0;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url,
				  const char *method, const char *version, const char *data,
				  size_t *data_size, void **ctx)
{
	struct web_req *rq = *ctx;

	(void)url;
	(void)version;
	if (!rq) {
		rq = uri_begin(cls, url, con); /* not reached while uri_begin is installed */
		if (!rq)
			return MHD_NO;
		*ctx = rq;
	}
	if (!rq->started) {
		rq->started = true;
		rq->conn = con;
		rq->method = method;
		if (!rq->target || web_auth(rq) < 0 || web_route(rq) < 0 || check_length(rq) < 0)
			return send_reply(rq);
		return MHD_YES; /* come back with the body, or for the last call */
	}
	if (*data_size) {
		if (rq->route->body == WEB_BODY_NONE)
			return MHD_NO; /* cannot happen: refused above */
		strbuf_add(&rq->body, data, *data_size);
		*data_size = 0;
		return rq->body.failed ? MHD_NO : MHD_YES;
	}
	rq->route->handler(rq);
	return send_reply(rq);
}

struct web_server *web_server_start(const struct web_config *c, struct err *e)
{
	struct web_server *s = calloc(1, sizeof(*s));
	struct sockaddr_in6 a6;
	struct sockaddr_in a4;
	const struct sockaddr *sa;
	const union MHD_DaemonInfo *info;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_TURBO;

	if (!s) {
		err_set(e, ERR_INTERNAL, "out of memory");
		return NULL;
	}
	atomic_init(&s->body_bytes, 0);
	s->db_url = c->db_url;
	s->today = c->today;
	pthread_mutex_init(&s->stores_lock, NULL);
	s->static_fd = open(c->static_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (s->static_fd < 0) {
		err_set(e, ERR_NOINPUT, "cannot open static directory '%s': %s", c->static_dir,
			strerror(errno));
		free(s);
		return NULL;
	}
	memset(&a4, 0, sizeof(a4));
	memset(&a6, 0, sizeof(a6));
	if (inet_pton(AF_INET, c->host, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons(c->port);
		sa = (const struct sockaddr *)&a4;
	} else if (inet_pton(AF_INET6, c->host, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons(c->port);
		sa = (const struct sockaddr *)&a6;
		flags |= MHD_USE_IPv6;
	} else {
		err_set(e, ERR_USAGE, "cannot use listen host '%s' (want a numeric address)", c->host);
		close(s->static_fd);
		free(s);
		return NULL;
	}
	s->d = MHD_start_daemon(
		flags, 0, NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR, sa,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(c->threads ? c->threads : 2),
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)(c->max_conns ? c->max_conns : 1024),
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(c->timeout_s ? c->timeout_s : 10),
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768, MHD_OPTION_URI_LOG_CALLBACK,
		uri_begin, s, MHD_OPTION_NOTIFY_COMPLETED, on_done, s, MHD_OPTION_END);
	if (!s->d) {
		err_set(e, ERR_CANTCREAT, "cannot listen on %s port %u (address in use, or not local?)",
			c->host, (unsigned)c->port);
		close(s->static_fd);
		free(s);
		return NULL;
	}
	info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : c->port;
	return s;
}

uint16_t web_server_port(const struct web_server *s) { return s->port; }

void web_server_stop(struct web_server *s)
{
	if (!s)
		return;
	MHD_stop_daemon(s->d);
	web_cache_clear();
	close(s->static_fd);
	while (s->nstores)
		store_close(s->stores[--s->nstores]);
	pthread_mutex_destroy(&s->stores_lock);
	free(s);
}
