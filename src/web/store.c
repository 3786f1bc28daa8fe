/*
 * store.c: the register as the web server's threads see it.  A store
 * connection is not shared between threads (SQLite connections and libpq
 * connections are used by one thread at a time), so each of MHD's polling
 * threads opens its own on first use, kept in a thread-local pointer and
 * in the server's list so web_server_stop() can close them all.  SQLite in
 * WAL mode lets these connections read while another writes; writes are
 * serialised by the store's write transactions as for the CLI.
 *
 * The server's one use of the calendar clock is here (web_today): audit
 * dates, session expiry.  Everything it shows takes "today" as an input.
 */
#include "../base/compat.h"

#include <pthread.h>
#include <time.h>

#include "../cal/date.h"
#include "auth.h"
#include "server.h"

static _Thread_local struct store *mine;
static _Thread_local const struct web_server *mine_for;

void web_today(char out[16], int days_ahead)
{
	time_t t = time(NULL) + (time_t)days_ahead * 86400;
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 16, "%Y-%m-%d", &tm);
}

void web_as_of(const struct web_req *rq, char out[16])
{
	const char *q = web_query(rq, "as_of"), *t = web_server_today(rq->srv);
	struct err e = {0};
	cal_day d;

	if (q && cal_parse_iso(strv_of(q), &d, &e) == 0)
		snprintf(out, 16, "%s", q);
	else if (t)
		snprintf(out, 16, "%s", t);
	else
		web_today(out, 0);
}

/* Each use names who is asking and today, for the audit log of any write. */
static struct store *as_caller(struct store *s, const struct web_req *rq)
{
	char day[16];

	web_today(day, 0);
	store_set_actor(s, rq->user ? rq->user->name : "public", day);
	return s;
}

struct store *web_store_or_503(struct web_req *rq)
{
	struct store *s = web_store(rq);
	if (!s)
		web_reply_problem(rq, 503, "no-register", "No register", NULL, NULL,
				  "the server has no register");
	return s;
}

struct store *web_store(struct web_req *rq)
{
	struct err e = {0};
	struct store *s;

	if (mine && mine_for == rq->srv)
		return as_caller(mine, rq);
	if (!web_server_db(rq->srv))
		return NULL;
	s = store_open(web_server_db(rq->srv), STORE_USE, &e);
	if (!s)
		return NULL;
	if (web_server_keep_store(rq->srv, s) < 0) {
		store_close(s);
		return NULL;
	}
	mine = s;
	mine_for = rq->srv;
	return as_caller(s, rq);
}
