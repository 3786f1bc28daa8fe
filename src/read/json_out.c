/*
 * json_out.c: a record (rec.h) as JSON text (see read.h), byte for byte what
 * jansson's json_dumps() writes of the same values with JSON_PRESERVE_ORDER,
 * compact (JSON_COMPACT) or indented (JSON_INDENT(n)), without its costs per
 * node: a loop-detection table keyed by printed pointers and a callback per
 * fragment.  The text goes straight into the caller's strbuf (which the
 * callers reuse from record to record, so it seldom grows): each writer
 * makes room for what it writes, then stores it.  jansson only holds valid
 * UTF-8 strings, so escaping goes byte by byte: '"', '\\' and control
 * characters, as jansson escapes them; all else, including non-ASCII text,
 * is copied, eight bytes at a time up to the first byte to escape.
 */
#include "../base/compat.h"

#include "../base/strbuf.h"
#include "read.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Room for n more bytes (and the strbuf's NUL) at b->buf + b->len; false
 * past the strbuf's cap or out of memory (b->failed is then set). */
static bool reserve(struct strbuf *b, size_t n)
{
	return b->alloc - b->len > n || strbuf_grow(b, n);
}

static void put(struct strbuf *b, const char *s, size_t n)
{
	if (!reserve(b, n))
		return;
	memcpy(b->buf + b->len, s, n);
	b->len += n;
}

static void put_ch(struct strbuf *b, char c)
{
	if (reserve(b, 1))
		b->buf[b->len++] = c;
}

/* The bytes of a string that need an escape: '"', '\\', below 0x20. */
static const bool needs_escape[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
    [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1,
    [0x0e] = 1, [0x0f] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1,
    [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, ['"'] = 1,  ['\\'] = 1,
};

static void put_escape(struct strbuf *b, unsigned char c)
{
	char esc[8];

	switch (c) {
	case '"':
		put(b, "\\\"", 2);
		break;
	case '\\':
		put(b, "\\\\", 2);
		break;
	case '\b':
		put(b, "\\b", 2);
		break;
	case '\f':
		put(b, "\\f", 2);
		break;
	case '\n':
		put(b, "\\n", 2);
		break;
	case '\r':
		put(b, "\\r", 2);
		break;
	case '\t':
		put(b, "\\t", 2);
		break;
	default:
		snprintf(esc, sizeof(esc), "\\u%04X", c);
		put(b, esc, 6);
	}
}

/* The bytes of w (eight, in memory order) that need an escape, each as its
 * high bit: below 0x20, or '"', or '\\'.  The lowest flag is exact (a
 * borrow only runs upwards, past a byte already flagged). */
static uint64_t escape_bytes(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');

	return (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash)) &
	       highs;
}

/* s[0, n) in quotes.  Room is made for the plain string first; the bytes
 * are copied eight at a time (all eight stored, those up to the first one
 * to escape kept), the rest one by one; an escape makes room again. */
#ifdef __SSE2__
/* The bytes of the sixteen at p that need an escape, bit k for byte k. */
static inline unsigned escape_mask16(const char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i e = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v),
	                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
	                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));

	return (unsigned)_mm_movemask_epi8(e);
}
#endif

/* A string of fewer than sixteen bytes with nothing to escape, written in quotes with
 * no loop: its first and last eight (or four) bytes, overlapping, tested and copied
 * whole (most of a record's strings are short: ids, roles, kinds, dates).  False, and
 * nothing written, for any other (or when the room is not there already). */
static inline bool put_short_plain(struct strbuf *b, const char *s, size_t n)
{
	uint64_t w1 = 0, w2 = 0;
	char *d;

	if (n >= 16 || b->alloc - b->len <= n + 2)
		return false;
	d = b->buf + b->len;
	if (n >= 8) {
		memcpy(&w1, s, 8);
		memcpy(&w2, s + n - 8, 8);
		if (escape_bytes(w1) | escape_bytes(w2))
			return false;
		memcpy(d + 1, &w1, 8);
		memcpy(d + 1 + n - 8, &w2, 8);
	} else if (n >= 4) {
		uint32_t h1, h2;
		memcpy(&h1, s, 4);
		memcpy(&h2, s + n - 4, 4);
		/* (the high bytes, zero, are flagged too: only the low four are read) */
		if ((escape_bytes(h1) | escape_bytes(h2)) & 0x80808080ULL)
			return false;
		memcpy(d + 1, &h1, 4);
		memcpy(d + 1 + n - 4, &h2, 4);
	} else {
		size_t i;
		for (i = 0; i < n; i++) {
			if (needs_escape[(unsigned char)s[i]])
				return false;
			d[1 + i] = s[i];
		}
	}
	d[0] = '"';
	d[n + 1] = '"';
	b->len += n + 2;
	return true;
}

static void put_string(struct strbuf *b, const char *s, size_t n)
{
	size_t i = 0, plain = 0; /* s[plain, i) was copied as it is, to d - (i - plain) */
	char *d;

	if (put_short_plain(b, s, n))
		return;
	if (!reserve(b, n + 2))
		return;
	d = b->buf + b->len;
	*d++ = '"';
	for (;;) {
		uint64_t w, esc = 0;
#ifdef __SSE2__
		/* sixteen at a time where the processor has SSE2: a byte to escape
		 * is below space (the unsigned minimum of it and 0x1f is itself), '"'
		 * or '\\'; each flag exact, so the first is the one to escape */
		while (i + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i e =
			    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v),
			                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
			                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
			unsigned m = (unsigned)_mm_movemask_epi8(e);
			_mm_storeu_si128((__m128i *)(void *)d, v);
			if ((esc = m)) /* bit k: byte k, the first to escape */
				break;
			d += 16;
			i += 16;
		}
		/* fewer than sixteen left: the sixteen that end the string, copied again
		 * over those of them already copied as they are (none escaped) */
		if (!esc && i < n && n >= 16 && n - 16 >= plain) {
			size_t w0 = n - 16, back = i - w0;
			unsigned m = escape_mask16(s + w0) & (~0u << back);
			memcpy(d - back, s + w0, 16);
			if (!m) {
				d += n - i;
				break;
			}
			esc = m >> back; /* the first to escape, counted from i */
		}
		if (esc) { /* (the eight-byte loop below flags a byte by its high bit) */
			size_t k = (size_t)__builtin_ctzll(esc);
			d += k;
			i += k;
			b->len = (size_t)(d - b->buf);
			put_escape(b, (unsigned char)s[i++]);
			plain = i;
			if (!reserve(b, n - i + 1))
				return;
			d = b->buf + b->len;
			continue;
		}
#endif
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			memcpy(d, &w, 8);
			if ((esc = escape_bytes(w)))
				break;
			d += 8;
			i += 8;
		}
		if (esc) {
			size_t k = (size_t)__builtin_ctzll(esc) / 8;
			d += k;
			i += k;
		} else {
			while (i < n && !needs_escape[(unsigned char)s[i]])
				*d++ = s[i++];
			if (i == n)
				break;
		}
		b->len = (size_t)(d - b->buf);
		put_escape(b, (unsigned char)s[i++]);
		plain = i;
		if (!reserve(b, n - i + 1)) /* the rest and the closing quote */
			return;
		d = b->buf + b->len;
	}
	*d++ = '"';
	b->len = (size_t)(d - b->buf);
	(void)plain; /* (read only where the processor has SSE2) */
}

/* An object's key and its ':' (compact output): a key written in the reader's
 * code is short and has nothing to escape, so it is checked and copied in one
 * pass into room made once; any other goes through put_string(). */
static void put_key(struct strbuf *b, const char *k, size_t n)
{
	size_t i;
	char *d;
	bool bad;

	if (n > 32 || !reserve(b, n + 3)) {
		put_string(b, k, n);
		put_ch(b, ':');
		return;
	}
	d = b->buf + b->len;
	*d++ = '"';
	/* copied whole, with no test to leave the loop early: keys are short */
	for (i = 0, bad = false; i < n; i++) {
		bad |= needs_escape[(unsigned char)k[i]];
		d[i] = k[i];
	}
	if (bad) { /* something to escape: written again, the long way */
		put_string(b, k, n);
		put_ch(b, ':');
		return;
	}
	d[n] = '"';
	d[n + 1] = ':';
	b->len += n + 3;
}

/* put_key() of a key known to hold nothing to escape (rec_object_setn_plain()), after
 * the comma before it when comma (the object's pairs after its first): room made once
 * for both. */
static void put_plain_key(struct strbuf *b, const char *k, size_t n, bool comma)
{
	char *d;
	size_t i;

	if (!reserve(b, n + 4))
		return;
	d = b->buf + b->len;
	if (comma) {
		*d++ = ',';
		b->len++;
	}
	d[0] = '"';
	/* copied in words, the last one overlapping those before (a key is short) */
	if (n >= 8) {
		for (i = 0; i + 8 < n; i += 8)
			memcpy(d + 1 + i, k + i, 8);
		memcpy(d + 1 + n - 8, k + n - 8, 8);
	} else if (n >= 4) {
		memcpy(d + 1, k, 4);
		memcpy(d + 1 + n - 4, k + n - 4, 4);
	} else {
		for (i = 0; i < n; i++)
			d[i + 1] = k[i];
	}
	d[n + 1] = '"';
	d[n + 2] = ':';
	b->len += n + 3;
}

/* "00", "01", ... "99": an integer's digits two at a time. */
static const char digit_pairs[201] = "00010203040506070809101112131415161718192021222324"
                                     "25262728293031323334353637383940414243444546474849"
                                     "50515253545556575859606162636465666768697071727374"
                                     "75767778798081828384858687888990919293949596979899";

/* The digits go straight into the strbuf's room, not through a copy (most
 * numbers of a record are a span's two offsets). */
static void put_integer(struct strbuf *b, rec_int_t v)
{
	/* the digits at the end of the first 24 bytes; the copy below is of 24 bytes from
	 * the first digit, a fixed size (no call), the room for them made first */
	char num[48];
	size_t k = 24;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	for (; u >= 100; u /= 100) { /* two digits a step */
		k -= 2;
		memcpy(num + k, digit_pairs + 2 * (u % 100), 2);
	}
	if (u >= 10) {
		k -= 2;
		memcpy(num + k, digit_pairs + 2 * u, 2);
	} else {
		num[--k] = (char)('0' + u);
	}
	if (v < 0)
		num[--k] = '-';
	if (!reserve(b, 24))
		return;
	memcpy(b->buf + b->len, num + k, 24);
	b->len += 24 - k;
}

/* A line break and the indent of depth (indented output only). */
static void put_newline(struct strbuf *b, int indent, int depth)
{
	size_t n = (size_t)indent * (size_t)depth;

	if (!reserve(b, n + 1))
		return;
	b->buf[b->len++] = '\n';
	memset(b->buf + b->len, ' ', n);
	b->len += n;
}

/* The compact output (the reader's) has none: tested where it is asked. */
static inline void put_indent(struct strbuf *b, int indent, int depth)
{
	if (indent)
		put_newline(b, indent, depth);
}

static void put_value(struct strbuf *b, const rec_t *v, int indent, int depth);

static void put_array(struct strbuf *b, const rec_t *v, int indent, int depth)
{
	size_t i, n = v->n;

	put_ch(b, '[');
	if (!n) {
		put_ch(b, ']');
		return;
	}
	put_indent(b, indent, depth + 1);
	for (i = 0; i < n; i++) {
		put_value(b, v->u.items[i], indent, depth + 1);
		if (i + 1 < n) {
			put_ch(b, ',');
			put_indent(b, indent, depth + 1);
		} else {
			put_indent(b, indent, depth);
		}
	}
	put_ch(b, ']');
}

static void put_object(struct strbuf *b, const rec_t *v, int indent, int depth)
{
	size_t i, n = v->n;

	put_ch(b, '{');
	if (!n) {
		put_ch(b, '}');
		return;
	}
	put_indent(b, indent, depth + 1);
	for (i = 0; i < n; i++) {
		put_key(b, v->u.pairs[i].key, v->u.pairs[i].klen);
		if (indent)
			put_ch(b, ' ');
		put_value(b, v->u.pairs[i].v, indent, depth + 1);
		if (i + 1 < n) {
			put_ch(b, ',');
			put_indent(b, indent, depth + 1);
		} else {
			put_indent(b, indent, depth);
		}
	}
	put_ch(b, '}');
}

static void put_value(struct strbuf *b, const rec_t *v, int indent, int depth)
{
	switch (v->type) {
	case REC_OBJECT:
		put_object(b, v, indent, depth);
		break;
	case REC_ARRAY:
		put_array(b, v, indent, depth);
		break;
	case REC_STRING:
		put_string(b, v->u.s, v->n);
		break;
	case REC_INTEGER:
		put_integer(b, v->u.i);
		break;
	}
}

/* The compact output, put_value()'s with no indent, in loops of its own: a
 * string or an integer is written where its container is, without a call to
 * put_value() for each (a record is some six hundred nodes, most of them
 * leaves, their commas and keys). */
static void put_compact(struct strbuf *b, const rec_t *v);

static inline void put_compact_value(struct strbuf *b, const rec_t *v)
{
	if (v->type == REC_STRING)
		put_string(b, v->u.s, v->n);
	else if (v->type == REC_INTEGER)
		put_integer(b, v->u.i);
	else
		put_compact(b, v);
}

static void put_compact(struct strbuf *b, const rec_t *v)
{
	size_t i, n = v->n;

	if (v->type == REC_OBJECT) {
		put_ch(b, '{');
		for (i = 0; i < n; i++) {
			if (v->u.pairs[i].plain) {
				put_plain_key(b, v->u.pairs[i].key, v->u.pairs[i].klen, i);
			} else {
				if (i)
					put_ch(b, ',');
				put_key(b, v->u.pairs[i].key, v->u.pairs[i].klen);
			}
			put_compact_value(b, v->u.pairs[i].v);
		}
		put_ch(b, '}');
	} else if (v->type == REC_ARRAY) {
		put_ch(b, '[');
		if (n == 2 && v->u.items[0]->type == REC_INTEGER &&
		    v->u.items[1]->type == REC_INTEGER) { /* a span's two offsets: no loop */
			put_integer(b, v->u.items[0]->u.i);
			put_ch(b, ',');
			put_integer(b, v->u.items[1]->u.i);
			put_ch(b, ']');
			return;
		}
		for (i = 0; i < n; i++) {
			if (i)
				put_ch(b, ',');
			put_compact_value(b, v->u.items[i]);
		}
		put_ch(b, ']');
	} else {
		put_compact_value(b, v);
	}
}

void read_json_write(const rec_t *v, int indent, struct strbuf *out)
{
	if (indent)
		put_value(out, v, indent, 0);
	else
		put_compact(out, v);
	if (out->buf)
		out->buf[out->len] = '\0';
}
