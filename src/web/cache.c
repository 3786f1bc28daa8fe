/*
 * cache.c: the reply cache (web.h).  The heavy GET replies (a council's
 * occurrences, the dashboard, the national status) are functions of the
 * request target, the caller, "as of" and the register's state, and are
 * asked for far more often than the register changes.  So a 200 reply is
 * kept, immutable and reference-counted, in a fixed table of slots (a key
 * hashes to one slot; a newer reply replaces the older), and served again
 * without a copy (libmicrohttpd frees its reference when it has sent it).
 *
 * The register's state is its audit head, max(audit.seq): every write
 * appends to the audit chain in its own transaction, so a write by this
 * server, the command line or another server changes the head and the
 * entry no longer matches.  One indexed read per request.  The key holds
 * the user's id and role, so a reply is only ever served to the caller it
 * was made for (and a change of role or councils is itself audited).
 *
 * Memory is bounded: at most CACHE_BYTES of bodies are held; a reply that
 * would exceed it is not kept.
 *
 * The same head validates a second, small table: which user a token
 * belongs to, so that a request with a bearer token or a session does not
 * read the users and tokens tables each time.  Revoking a token, disabling
 * a user or changing their role or councils are audited writes: the next
 * request after one reads the register again.
 */
#include "../base/compat.h"

#include <pthread.h>
#include <stdatomic.h>

#include "../store/store.h"
#include "auth.h"
#include "web.h"

#define CACHE_SLOTS 1024
#define CACHE_BYTES ((size_t)64 << 20)
#define CACHE_MAX_BODY ((size_t)4 << 20)

struct entry {
	atomic_int refs;
	int64_t gen;
	char *key;
	char *body;
	size_t len;
	char etag[67], type[48], cache[24];
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct entry *slots[CACHE_SLOTS];
static atomic_size_t held;

static void unref(struct entry *x)
{
	if (x && atomic_fetch_sub(&x->refs, 1) == 1) {
		atomic_fetch_sub(&held, x->len);
		free(x->key);
		free(x->body);
		free(x);
	}
}

static void sent(void *cls) { unref(cls); }

static size_t slot_of(const char *key)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *key; key++)
		h = (h ^ (unsigned char)*key) * 1099511628211ULL;
	return (size_t)(h % CACHE_SLOTS);
}

int web_register_gen(struct web_req *rq, int64_t *gen)
{
	struct store *s;
	struct err e = {0};

	if (!rq->gen_known) {
		if (!(s = web_store(rq)) ||
		    store_query_int(s, "SELECT max(seq) FROM audit", NULL, 0, 0, &rq->cache_gen,
				    &e) < 0)
			return -1;
		rq->gen_known = true;
	}
	*gen = rq->cache_gen;
	return 0;
}

bool web_cache_serve(struct web_req *rq)
{
	struct entry *x;
	struct MHD_Response *r;
	char as_of[16], *key;
	int64_t gen = 0;
	size_t n, k;

	if (strcmp(rq->method, "GET") || web_register_gen(rq, &gen) < 0)
		return false;
	web_as_of(rq, as_of);
	n = strlen(rq->target) + strlen(as_of) + 96;
	if (!(key = arena_alloc(&rq->arena, n)))
		return false;
	snprintf(key, n, "%p\n%s\n%s\n%lld\n%d", (void *)rq->srv, rq->target, as_of,
		 rq->user ? (long long)rq->user->id : 0LL, (int)rq->role);
	k = slot_of(key);
	pthread_mutex_lock(&lock);
	x = slots[k];
	if (x && x->gen == gen && !strcmp(x->key, key))
		atomic_fetch_add(&x->refs, 1);
	else
		x = NULL;
	pthread_mutex_unlock(&lock);
	if (!x) {
		rq->cache_key = key;
		return false;
	}
	if (web_etag_matches(web_header(rq, "If-None-Match"), x->etag)) {
		web_not_modified(rq, x->etag, x->cache);
		unref(x);
		return true;
	}
	r = MHD_create_response_from_buffer_with_free_callback_cls(x->len, x->body, sent, x);
	if (!r) {
		unref(x);
		return false;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, x->type);
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, x->cache);
	MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, x->etag);
	web_set_reply(rq, 200, r);
	return true;
}

void web_cache_put(struct web_req *rq, const char *type, const char *cache, const char *body,
		   size_t len, const char *etag)
{
	struct entry *x, *old;
	size_t k;

	if (!rq->cache_key || len > CACHE_MAX_BODY || atomic_load(&held) + len > CACHE_BYTES)
		return;
	if (!(x = calloc(1, sizeof *x)))
		return;
	x->key = strdup(rq->cache_key);
	x->body = malloc(len ? len : 1);
	if (!x->key || !x->body) {
		free(x->key);
		free(x->body);
		free(x);
		return;
	}
	memcpy(x->body, body, len);
	x->len = len;
	x->gen = rq->cache_gen;
	atomic_init(&x->refs, 1); /* the table's reference */
	snprintf(x->etag, sizeof x->etag, "%s", etag);
	snprintf(x->type, sizeof x->type, "%s", type);
	snprintf(x->cache, sizeof x->cache, "%s", cache);
	atomic_fetch_add(&held, len);
	k = slot_of(x->key);
	pthread_mutex_lock(&lock);
	old = slots[k];
	slots[k] = x;
	pthread_mutex_unlock(&lock);
	unref(old);
}

/* ---- who a token belongs to ---- */

#define AUTH_SLOTS 256

struct who {
	bool used;
	int64_t gen;
	char key[65], kind[16], day[16];
	struct store_user u;
};

static struct who who[AUTH_SLOTS];

bool web_auth_cached(struct web_req *rq, const char *key, const char *kind, const char *day,
		     struct store_user *u)
{
	struct who *w = &who[slot_of(key) % AUTH_SLOTS];
	int64_t gen;
	bool hit;

	if (web_register_gen(rq, &gen) < 0)
		return false;
	pthread_mutex_lock(&lock);
	hit = w->used && w->gen == gen && !strcmp(w->key, key) && !strcmp(w->kind, kind) &&
	      !strcmp(w->day, day);
	if (hit)
		*u = w->u;
	pthread_mutex_unlock(&lock);
	return hit;
}

void web_auth_keep(struct web_req *rq, const char *key, const char *kind, const char *day,
		   const struct store_user *u)
{
	struct who *w = &who[slot_of(key) % AUTH_SLOTS];
	int64_t gen;

	if (web_register_gen(rq, &gen) < 0)
		return;
	pthread_mutex_lock(&lock);
	w->used = true;
	w->gen = gen;
	snprintf(w->key, sizeof w->key, "%s", key);
	snprintf(w->kind, sizeof w->kind, "%s", kind);
	snprintf(w->day, sizeof w->day, "%s", day);
	w->u = *u;
	pthread_mutex_unlock(&lock);
}

void web_cache_clear(void)
{
	size_t i;
	pthread_mutex_lock(&lock);
	for (i = 0; i < CACHE_SLOTS; i++) {
		unref(slots[i]);
		slots[i] = NULL;
	}
	memset(who, 0, sizeof who);
	pthread_mutex_unlock(&lock);
}
