/*
 * strbuf.h: a growable string builder with a size cap and a sticky error
 * (git's strbuf, curl's dynbuf).
 *
 * The buffer is always NUL-terminated once anything has been added.  When
 * an append would pass the cap, or memory runs out, the builder records the
 * failure in `failed`, stops growing, and ignores further appends: callers
 * build the whole string and check once at the end.
 *
 * Ownership: the strbuf owns buf.  strbuf_release() frees it and resets the
 * builder; strbuf_detach() hands buf to the caller (free() it) and resets.
 */
#ifndef OVERSIGHT_STRBUF_H
#define OVERSIGHT_STRBUF_H

#include "compat.h"

#define STRBUF_DEFAULT_CAP ((size_t)256 << 20) /* 256 MiB */

struct strbuf {
	char *buf;
	size_t len;
	size_t alloc;
	size_t cap;  /* 0 means STRBUF_DEFAULT_CAP */
	bool failed; /* sticky: an append was refused */
};

#define STRBUF_INIT {0}

void strbuf_init(struct strbuf *sb, size_t cap);
void strbuf_release(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb, size_t *len);
void strbuf_reset(struct strbuf *sb);

/* Make room for len more bytes and the NUL after them, so that a caller may
 * write them at buf + len itself (then add to len and write the NUL); false,
 * with failed set, past the cap or out of memory. */
bool strbuf_grow(struct strbuf *sb, size_t len);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* A NUL-terminated view of the contents ("" when empty); borrowed. */
const char *strbuf_str(const struct strbuf *sb);

#endif
