/*
 * grow.h: room for one more element in a malloc'd array, doubling its
 * capacity.  The arrays that callbacks fill row by row (src/ingest) all
 * grow the same way; this is that way, once.
 *
 *   struct row *v = NULL; size_t n = 0, cap = 0;
 *   if (grow((void **)&v, &cap, n + 1, sizeof *v) < 0) ... out of memory
 *   v[n++] = ...;
 *
 * The array stays the caller's (free(v)); on failure it is left as it was.
 */
#ifndef OVERSIGHT_BASE_GROW_H
#define OVERSIGHT_BASE_GROW_H

#include <stdlib.h>

static inline int grow(void **v, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 8;
	void *p;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if (!(p = realloc(*v, c * size)))
		return -1;
	*v = p;
	*cap = c;
	return 0;
}

#endif
