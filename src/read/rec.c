/*
 * rec.c: the reader's record nodes (see rec.h): objects as pairs in
 * insertion order, arrays, strings and integers, all from the calling
 * thread's arena, each call answering as the jansson call of the same name
 * (its NULLs and -1s included), and a jansson copy for callers that keep a
 * record.  An object or array has room for its first few members in its own
 * block; one that fills is copied into a vector twice its size (the old one
 * stays in the arena until it is dropped, at most as much again).
 */
#include "../base/compat.h"

#include <stdarg.h>

#include "rec.h"
#include "text.h"

static _Thread_local struct arena *rec_arena_cur;

struct arena *rec_arena_use(struct arena *a)
{
	struct arena *old = rec_arena_cur;

	rec_arena_cur = a;
	return old;
}

/* An object or array, with room for its first REC_FIRST members in the same
 * block (most of a record's hold few: a span holds two). */
#define REC_FIRST 4

rec_t *rec_object(void)
{
	rec_t *v = rec_arena_cur ? arena_alloc(rec_arena_cur,
	                                       sizeof(*v) + REC_FIRST * sizeof(struct rec_pair))
	                         : NULL;

	if (v) {
		v->type = REC_OBJECT;
		v->keys = 0;
		v->n = 0;
		v->cap = REC_FIRST;
		v->u.pairs = (struct rec_pair *)(v + 1);
	}
	return v;
}

rec_t *rec_array(void)
{
	rec_t *v = rec_arena_cur
	               ? arena_alloc(rec_arena_cur, sizeof(*v) + REC_FIRST * sizeof(rec_t *))
	               : NULL;

	if (v) {
		v->type = REC_ARRAY;
		v->n = 0;
		v->cap = REC_FIRST;
		v->u.items = (rec_t **)(v + 1);
	}
	return v;
}

rec_t *rec_integer_pair(rec_int_t a, rec_int_t b)
{
	/* the array, its room for REC_FIRST items, then the two integers */
	rec_t *v = rec_arena_cur
	               ? arena_alloc(rec_arena_cur, 3 * sizeof(*v) + REC_FIRST * sizeof(rec_t *))
	               : NULL,
	      *ints;

	if (v) {
		v->type = REC_ARRAY;
		v->n = 2;
		v->cap = REC_FIRST;
		v->u.items = (rec_t **)(v + 1);
		ints = (rec_t *)(void *)(v->u.items + REC_FIRST);
		ints[0].type = ints[1].type = REC_INTEGER;
		ints[0].n = ints[0].cap = ints[1].n = ints[1].cap = 0;
		ints[0].u.i = a;
		ints[1].u.i = b;
		v->u.items[0] = &ints[0];
		v->u.items[1] = &ints[1];
	}
	return v;
}

rec_t *rec_integer(rec_int_t i)
{
	rec_t *v = rec_arena_cur ? arena_alloc(rec_arena_cur, sizeof(*v)) : NULL;

	if (v) {
		v->type = REC_INTEGER;
		v->n = v->cap = 0;
		v->u.i = i;
	}
	return v;
}

/* The node and its copy of the text in one block. */
rec_t *rec_stringn_nocheck(const char *s, size_t n)
{
	rec_t *v;

	if (!s || !rec_arena_cur || n > SIZE_MAX - sizeof(*v) - 1 ||
	    !(v = arena_alloc(rec_arena_cur, sizeof(*v) + n + 1)))
		return NULL;
	v->type = REC_STRING;
	v->n = n;
	v->cap = 0;
	v->u.s = (char *)(v + 1);
	memcpy(v->u.s, s, n);
	v->u.s[n] = '\0';
	return v;
}

rec_t *rec_string_room(size_t room)
{
	rec_t *v;

	if (!rec_arena_cur || room > SIZE_MAX - sizeof(*v) ||
	    !(v = arena_alloc(rec_arena_cur, sizeof(*v) + room)))
		return NULL;
	v->type = REC_STRING;
	v->n = 0;
	v->cap = 0;
	v->u.s = (char *)(v + 1);
	v->u.s[0] = '\0';
	return v;
}

rec_t *rec_string_nocheck(const char *s)
{
	return s ? rec_stringn_nocheck(s, strlen(s)) : NULL;
}

rec_t *rec_string(const char *s)
{
	size_t n = s ? strlen(s) : 0;

	return s && read_utf8_valid((const unsigned char *)s, n) ? rec_stringn_nocheck(s, n) : NULL;
}

/* Room for one more element of size each in *vec (v->cap of them): false if
 * memory runs out. */
static bool grow(rec_t *v, void **vec, size_t each)
{
	size_t cap = 2 * v->cap;
	void *p;

	if (v->n < v->cap)
		return true;
	if (!(p = arena_alloc(rec_arena_cur, cap * each)))
		return false;
	if (v->n)
		memcpy(p, *vec, v->n * each);
	*vec = p;
	v->cap = cap;
	return true;
}

static struct rec_pair *find(const rec_t *o, const char *key, size_t n)
{
	return rec_find_(o, key, n);
}

/* Both setters: a key already there keeps its pair (and its key), else a pair is
 * added last; plain as rec_object_setn_plain() says. */
static inline int set_pair(rec_t *o, const char *key, size_t n, rec_t *v, bool plain)
{
	struct rec_pair *p;
	uint32_t bit;

	if (!v || !key || !o || o->type != REC_OBJECT || o == v || n > UINT32_MAX)
		return -1;
	bit = rec_key_bit(key, n);
	if ((p = rec_find_bit_(o, key, n, bit))) {
		p->v = v;
		return 0;
	}
	if (!grow(o, (void **)&o->u.pairs, sizeof(*o->u.pairs)))
		return -1;
	p = &o->u.pairs[o->n++];
	o->keys |= bit;
	p->key = key;
	p->klen = (uint32_t)n;
	p->plain = plain;
	p->v = v;
	return 0;
}

int rec_object_setn_new_nocheck(rec_t *o, const char *key, size_t n, rec_t *v)
{
	return set_pair(o, key, n, v, false);
}

int rec_object_setn_plain_(rec_t *o, const char *key, size_t n, rec_t *v)
{
	return set_pair(o, key, n, v, true);
}

int rec_object_set_new(rec_t *o, const char *key, rec_t *v)
{
	size_t n = key ? strlen(key) : 0;
	const char *copy;

	if (!v || !key || !o || o->type != REC_OBJECT || o == v ||
	    !read_utf8_valid((const unsigned char *)key, n))
		return -1;
	if (find(o, key, n))
		return rec_object_setn_new_nocheck(o, key, n, v); /* the key kept is the first */
	if (!(copy = arena_strndup(rec_arena_cur, key, n)))
		return -1;
	return rec_object_setn_new_nocheck(o, copy, n, v);
}

size_t rec_array_size(const rec_t *a)
{
	return a && a->type == REC_ARRAY ? a->n : 0;
}

rec_t *rec_array_get(const rec_t *a, size_t i)
{
	return a && a->type == REC_ARRAY && i < a->n ? a->u.items[i] : NULL;
}

int rec_array_append_new(rec_t *a, rec_t *v)
{
	if (!v || !a || a->type != REC_ARRAY || a == v)
		return -1;
	if (!grow(a, (void **)&a->u.items, sizeof(*a->u.items)))
		return -1;
	a->u.items[a->n++] = v;
	return 0;
}

int rec_array_set_new(rec_t *a, size_t i, rec_t *v)
{
	if (!v || !a || a->type != REC_ARRAY || i >= a->n || a == v)
		return -1;
	a->u.items[i] = v;
	return 0;
}

int rec_array_remove(rec_t *a, size_t i)
{
	if (!a || a->type != REC_ARRAY || i >= a->n)
		return -1;
	memmove(&a->u.items[i], &a->u.items[i + 1], (a->n - i - 1) * sizeof(*a->u.items));
	a->n--;
	return 0;
}

const char *rec_string_value(const rec_t *v)
{
	return v && v->type == REC_STRING ? v->u.s : NULL;
}

size_t rec_string_length(const rec_t *v)
{
	return v && v->type == REC_STRING ? v->n : 0;
}

rec_int_t rec_integer_value(const rec_t *v)
{
	return v && v->type == REC_INTEGER ? v->u.i : 0;
}

bool rec_equal(const rec_t *a, const rec_t *b)
{
	size_t i;

	if (!a || !b || a->type != b->type)
		return false;
	if (a == b)
		return true;
	switch (a->type) {
	case REC_STRING:
		return a->n == b->n && !memcmp(a->u.s, b->u.s, a->n);
	case REC_INTEGER:
		return a->u.i == b->u.i;
	case REC_ARRAY:
		if (a->n != b->n)
			return false;
		for (i = 0; i < a->n; i++)
			if (!rec_equal(a->u.items[i], b->u.items[i]))
				return false;
		return true;
	case REC_OBJECT: /* the same keys, in any order, with equal values */
		if (a->n != b->n)
			return false;
		for (i = 0; i < a->n; i++) {
			struct rec_pair *p = find(b, a->u.pairs[i].key, a->u.pairs[i].klen);
			if (!p || !rec_equal(a->u.pairs[i].v, p->v))
				return false;
		}
		return true;
	}
	return false;
}

rec_t *rec_pack(const char *key, ...)
{
	rec_t *o = rec_object(), *v;
	bool ok = true;
	va_list ap;

	va_start(ap, key);
	for (; key; key = va_arg(ap, const char *)) {
		v = va_arg(ap, rec_t *);
		if (!v || rec_object_setn_new_nocheck(o, key, strlen(key), v) < 0)
			ok = false;
	}
	va_end(ap);
	return ok ? o : NULL;
}

json_t *rec_to_json(const rec_t *v)
{
	json_t *j = NULL;
	size_t i;

	if (!v)
		return NULL;
	switch (v->type) {
	case REC_STRING:
		return json_stringn_nocheck(v->u.s, v->n);
	case REC_INTEGER:
		return json_integer(v->u.i);
	case REC_ARRAY:
		if (!(j = json_array()))
			return NULL;
		for (i = 0; i < v->n; i++)
			if (json_array_append_new(j, rec_to_json(v->u.items[i])) < 0) {
				json_decref(j);
				return NULL;
			}
		return j;
	case REC_OBJECT:
		if (!(j = json_object()))
			return NULL;
		for (i = 0; i < v->n; i++)
			if (json_object_setn_new_nocheck(j, v->u.pairs[i].key, v->u.pairs[i].klen,
			                                 rec_to_json(v->u.pairs[i].v)) < 0) {
				json_decref(j);
				return NULL;
			}
		return j;
	}
	return NULL;
}
