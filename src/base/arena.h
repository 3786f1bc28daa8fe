/*
 * arena.h: a region allocator (h2o's mem pool, SQLite's lookaside): many
 * small allocations from large chunks, all freed in one call.  A parsed
 * document and its records live in one arena; each HTTP request gets its
 * own and releases it when the response has been sent.
 *
 * An arena has a cap on the bytes it may take from malloc; past the cap,
 * or when malloc fails, arena_alloc() returns NULL and the arena records
 * the failure in `failed` (sticky).  Tests set a small cap to make the
 * allocator fail on purpose.
 *
 * Ownership: the arena owns every block it hands out; callers never free
 * them one by one.  arena_release() frees them all and resets the arena to
 * empty (it may be reused).
 */
#ifndef OVERSIGHT_ARENA_H
#define OVERSIGHT_ARENA_H

#include "compat.h"

#define ARENA_CHUNK ((size_t)8192)

struct arena_chunk;

struct arena {
	struct arena_chunk *head; /* newest chunk first */
	size_t used;              /* bytes taken from malloc, headers included */
	size_t cap;               /* 0: no cap */
	bool failed;              /* sticky: an allocation was refused */
};

#define ARENA_INIT {0}

/* Start an empty arena taking at most cap bytes from malloc (0: no cap). */
void arena_init(struct arena *a, size_t cap);
/* Free every block and reset to empty; the cap is kept. */
void arena_release(struct arena *a);

/* n bytes aligned for any type, or NULL (past the cap, or out of memory).
 * n == 0 gives a valid unique pointer. */
void *arena_alloc(struct arena *a, size_t n);
/* As arena_alloc, zero-filled. */
void *arena_zalloc(struct arena *a, size_t n);
/* A NUL-terminated copy of p[0..n) (p may hold NULs; the copy stops at none). */
char *arena_strndup(struct arena *a, const char *p, size_t n);
char *arena_strdup(struct arena *a, const char *s);

#endif
