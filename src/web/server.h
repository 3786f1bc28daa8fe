/*
 * server.h: the HTTP server behind `oversight serve`, over GNU
 * libmicrohttpd.  The front end (src/cli/cmd_serve.c) fills a config,
 * starts the server, waits for a signal and stops it; the server itself
 * never prints, reads the clock or touches signals.
 */
#ifndef OVERSIGHT_WEB_SERVER_H
#define OVERSIGHT_WEB_SERVER_H

#include "../base/compat.h"
#include "../base/err.h"

struct web_config {
	const char *host;       /* numeric IPv4 or IPv6 address to bind */
	uint16_t port;          /* 0: let the kernel pick a free port */
	const char *static_dir; /* GOV.UK Frontend assets (required) */
	unsigned threads;       /* polling threads; 0: 2 */
	unsigned max_conns;     /* simultaneous connections; 0: 1024 */
	unsigned timeout_s;     /* idle connection timeout; 0: 10 s */
	const char *db_url;     /* the register (borrowed for the server's life), or NULL */
	const char *today;      /* "today" for the register's views (YYYY-MM-DD, borrowed), or
				   NULL: the clock (`serve --as-of`, for reproducible pages) */
};

struct web_server;

/*
 * Parse "HOST:PORT", "[V6]:PORT" or ":PORT" (host 127.0.0.1) into
 * c->host (a copy in buf of size n) and c->port.  -1 with ERR_USAGE and a
 * message quoting s on failure.
 */
int web_parse_listen(const char *s, struct web_config *c, char *buf, size_t n, struct err *e);

/*
 * Start serving in background threads; returns the server or NULL with e
 * set (cannot bind, no static directory).  The caller owns the server and
 * must web_server_stop() it.  Call with SIGINT and SIGTERM blocked if the
 * caller waits for them, so the server's threads inherit the mask.
 */
struct web_server *web_server_start(const struct web_config *c, struct err *e);

/* The port actually bound (useful after asking for port 0). */
uint16_t web_server_port(const struct web_server *s);

/* The register's URL, or NULL (web/store.c). */
const char *web_server_db(const struct web_server *s);
/* The configured "today", or NULL (the clock). */
const char *web_server_today(const struct web_server *s);
struct store;
/* Keep a thread's store connection to close at stop; -1 if out of room. */
int web_server_keep_store(struct web_server *s, struct store *st);

/* Stop accepting, finish or drop open connections, close the register
 * connections, free everything. */
void web_server_stop(struct web_server *s);

#endif
