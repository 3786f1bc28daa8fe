/*
 * arena.c: the region allocator.  Chunks are malloc'd blocks chained
 * newest first; an allocation is carved from the front of the newest chunk
 * when it fits, and a request larger than a quarter of a chunk gets a chunk
 * of its own (placed behind the current one so the current chunk's free
 * tail is not wasted).  All alignment is to max_align_t.
 */
#include "compat.h"

#include "arena.h"

struct arena_chunk {
	struct arena_chunk *next;
	size_t size; /* usable bytes after the header */
	size_t off;  /* bytes used */
	max_align_t data[];
};

#define ALIGN (_Alignof(max_align_t))

void arena_init(struct arena *a, size_t cap)
{
	memset(a, 0, sizeof(*a));
	a->cap = cap;
}

void arena_release(struct arena *a)
{
	struct arena_chunk *c = a->head, *next;

	for (; c; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->used = 0;
	a->failed = false;
}

static struct arena_chunk *chunk_new(struct arena *a, size_t size)
{
	struct arena_chunk *c;
	size_t total;

	if (size > SIZE_MAX - sizeof(*c))
		return NULL;
	total = sizeof(*c) + size;
	if (a->cap && (total > a->cap || a->used > a->cap - total))
		return NULL;
	c = malloc(total);
	if (!c)
		return NULL;
	c->size = size;
	c->off = 0;
	a->used += total;
	return c;
}

/* arena_alloc() when the request does not fit the newest chunk (or is empty,
 * huge, or the arena has failed); kept out of line so that the common case
 * has nothing to save and restore. */
__attribute__((noinline)) static void *alloc_slow(struct arena *a, size_t n)
{
	struct arena_chunk *c = a->head;
	size_t need;

	if (a->failed)
		return NULL;
	if (n > SIZE_MAX - ALIGN) {
		a->failed = true;
		return NULL;
	}
	need = (n + ALIGN - 1) / ALIGN * ALIGN;
	if (need == 0)
		need = ALIGN;
	if (c && c->size - c->off >= need) {
		void *p = (char *)c->data + c->off;
		c->off += need;
		return p;
	}
	if (need > ARENA_CHUNK / 4) {
		struct arena_chunk *big = chunk_new(a, need);
		if (!big) {
			a->failed = true;
			return NULL;
		}
		big->off = need;
		if (c) { /* keep the current chunk in front */
			big->next = c->next;
			c->next = big;
		} else {
			big->next = NULL;
			a->head = big;
		}
		return big->data;
	}
	c = chunk_new(a, ARENA_CHUNK);
	if (!c) {
		a->failed = true;
		return NULL;
	}
	c->next = a->head;
	a->head = c;
	c->off = need;
	return c->data;
}

/* The common case here: a small request (1 to ARENA_CHUNK / 4 bytes) that
 * fits the newest chunk; everything else in alloc_slow(). */
void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk *c = a->head;

	if (c && !a->failed && n - 1 < ARENA_CHUNK / 4) {
		size_t need = (n + ALIGN - 1) / ALIGN * ALIGN;
		if (c->size - c->off >= need) {
			void *p = (char *)c->data + c->off;
			c->off += need;
			return p;
		}
	}
	return alloc_slow(a, n);
}

void *arena_zalloc(struct arena *a, size_t n)
{
	void *p = arena_alloc(a, n);

	if (p)
		memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *p, size_t n)
{
	char *s;

	if (n == SIZE_MAX)
		return NULL;
	s = arena_alloc(a, n + 1);
	if (!s)
		return NULL;
	if (n)
		memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}
