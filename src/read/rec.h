/*
 * rec.h: the reader's record as it is built: a tree of objects, arrays,
 * strings and integers, the subset of JSON the reader makes, with calls named
 * and behaving as jansson's (rec_object_get() as json_object_get(), NULL or a
 * wrong type answered as jansson answers it), so the extractors read as they
 * did.  What it saves over jansson's nodes: an object is its pairs in
 * insertion order (the order the record is written in), found by a walk (a
 * record's objects hold a handful of keys), not a hash table with a hash
 * worked out at every insert; keys written in the reader's code are not
 * copied; every node comes from one arena, dropped at once.
 *
 * Ownership: every node belongs to the arena current on the calling thread
 * (rec_arena_use()), which the caller of read_document_rec() owns; nothing
 * is freed one by one (rec_decref() does nothing, and a node may have two
 * parents, as jansson's json_incref() allows).  read_document() hands back a
 * jansson copy (rec_to_json()) for the callers that keep records.
 */
#ifndef OVERSIGHT_READ_REC_H
#define OVERSIGHT_READ_REC_H

#include <jansson.h>
#include <string.h>

#include "../base/arena.h"

typedef long long rec_int_t;

enum rec_type { REC_OBJECT, REC_ARRAY, REC_STRING, REC_INTEGER };

struct rec_pair {
	const char *key; /* a literal of the reader's code, or a copy in the arena */
	uint32_t klen;
	uint32_t
	    plain; /* set: key holds nothing the JSON writer escapes (rec_object_setn_plain()) */
	struct rec *v;
};

typedef struct rec {
	enum rec_type type;
	uint32_t keys; /* object: rec_key_bit() of each of its keys, or'd (0 for the others) */
	size_t n, cap; /* object: pairs; array: items; string: its length (cap unused) */
	union {
		struct rec_pair *pairs; /* object, in insertion order */
		struct rec **items;     /* array */
		char *s;                /* string, NUL-terminated */
		rec_int_t i;            /* integer */
	} u;
} rec_t;

/* The arena the nodes of this thread come from (NULL: none, every
 * constructor answers NULL); returns the one it replaces. */
struct arena *rec_arena_use(struct arena *a);

rec_t *rec_object(void);
rec_t *rec_array(void);
rec_t *rec_integer(rec_int_t v);
/* The array [a, b] in one block (a span's two offsets), room for more after them. */
rec_t *rec_integer_pair(rec_int_t a, rec_int_t b);
/* A copy of s[0, n) (or of s, NUL-terminated); NULL if s is NULL.  rec_string()
 * also answers NULL for text that is not valid UTF-8, as json_string() does. */
rec_t *rec_stringn_nocheck(const char *s, size_t n);
rec_t *rec_string_nocheck(const char *s);
/* A string node with room for room bytes of text (its NUL included) in its block, of
 * length 0: the caller writes the text and sets n; NULL if memory runs out. */
rec_t *rec_string_room(size_t room);
rec_t *rec_string(const char *s);

/* Set key to v (in its place if the key is there, else last); -1 and nothing set if
 * v or o is NULL or o is not an object.  _nocheck: key is a literal of the
 * reader's code (kept, not copied), of length n. */
int rec_object_setn_new_nocheck(rec_t *o, const char *key, size_t n, rec_t *v);
/* rec_object_setn_new_nocheck() of a key of ASCII letters, digits, '_' and '-' alone
 * (the reader's own keys): the JSON writer copies it without looking for a byte to
 * escape. */
int rec_object_setn_plain_(rec_t *o, const char *key, size_t n, rec_t *v);
int rec_object_set_new(rec_t *o, const char *key, rec_t *v);
static inline int rec_object_set(rec_t *o, const char *key, rec_t *v)
{
	return rec_object_set_new(o, key, v);
}
/* One of 32 bits for the key key[0, n), by its length and its last byte: an
 * object whose keys' bits lack it has no such key, which a set of a new key
 * (most sets) learns without a walk of the pairs. */
static inline uint32_t rec_key_bit(const char *key, size_t n)
{
	return (uint32_t)1 << ((n + (n ? (unsigned char)key[n - 1] : 0)) & 31);
}
/* The pair of o (an object) whose key is key[0, n) (its bit: rec_key_bit()), or
 * NULL.  The same literal is most often the same pointer, which saves the compare. */
static inline struct rec_pair *rec_find_bit_(const rec_t *o, const char *key, size_t n,
                                             uint32_t bit)
{
	size_t i;

	if (!(o->keys & bit))
		return NULL;
	for (i = 0; i < o->n; i++)
		if (o->u.pairs[i].klen == n &&
		    (o->u.pairs[i].key == key || !memcmp(o->u.pairs[i].key, key, n)))
			return &o->u.pairs[i];
	return NULL;
}
static inline struct rec_pair *rec_find_(const rec_t *o, const char *key, size_t n)
{
	return rec_find_bit_(o, key, n, rec_key_bit(key, n));
}
/* rec_object_setn_plain(), inline for its common case: a key the object does not
 * hold (its bit unset), room in the object's vector; the rest out of line. */
static inline int rec_object_setn_plain(rec_t *o, const char *key, size_t n, rec_t *v)
{
	uint32_t bit;
	struct rec_pair *p;

	if (!o || !v || !key || o == v || o->type != REC_OBJECT || n > UINT32_MAX ||
	    (o->keys & (bit = rec_key_bit(key, n))) || o->n >= o->cap)
		return rec_object_setn_plain_(o, key, n, v);
	p = &o->u.pairs[o->n++];
	o->keys |= bit;
	p->key = key;
	p->klen = (uint32_t)n;
	p->plain = 1;
	p->v = v;
	return 0;
}
/* Inline: the key's length is most often the compiler's to work out. */
static inline rec_t *rec_object_get(const rec_t *o, const char *key)
{
	struct rec_pair *p;

	if (!o || !key || o->type != REC_OBJECT)
		return NULL;
	p = rec_find_(o, key, strlen(key));
	return p ? p->v : NULL;
}

size_t rec_array_size(const rec_t *a);
rec_t *rec_array_get(const rec_t *a, size_t i);
int rec_array_append_new(rec_t *a, rec_t *v);
int rec_array_set_new(rec_t *a, size_t i, rec_t *v);
static inline int rec_array_set(rec_t *a, size_t i, rec_t *v)
{
	return rec_array_set_new(a, i, v);
}
int rec_array_remove(rec_t *a, size_t i);

const char *rec_string_value(const rec_t *v);
size_t rec_string_length(const rec_t *v);
rec_int_t rec_integer_value(const rec_t *v);
/* json_equal(): the same type and value, member by member; false if either is NULL. */
bool rec_equal(const rec_t *a, const rec_t *b);

static inline bool rec_is_array(const rec_t *v)
{
	return v && v->type == REC_ARRAY;
}
static inline bool rec_is_integer(const rec_t *v)
{
	return v && v->type == REC_INTEGER;
}
static inline rec_t *rec_incref(rec_t *v)
{
	return v;
}
static inline void rec_decref(rec_t *v)
{
	(void)v;
}

/* An object of the pairs key, value, ... up to a NULL key, or NULL (and no
 * object) if any value is NULL: json_pack("{s:o,...}"), whose "s" values are
 * rec_string() of them. */
rec_t *rec_pack(const char *key, ...);

#define rec_array_foreach(a, index, value)                                                         \
	for (index = 0; index < rec_array_size(a) && (value = rec_array_get(a, index)); index++)
#define rec_object_foreach(o, key, value)                                                          \
	for (size_t rec_k_ = 0;                                                                    \
	     (o) && (o)->type == REC_OBJECT && rec_k_ < (o)->n &&                                  \
	     ((key = (o)->u.pairs[rec_k_].key), (value = (o)->u.pairs[rec_k_].v), 1);              \
	     rec_k_++)

/* The jansson tree of the same values, keys in the same order (NULL if memory
 * runs out). */
json_t *rec_to_json(const rec_t *v);

#endif
