/*
 * json_out.c: a record as JSON text (see read.h), byte for byte what
 * jansson's json_dumps() writes with JSON_PRESERVE_ORDER, compact
 * (JSON_COMPACT) or indented (JSON_INDENT(n)), without its costs per node:
 * a loop-detection table keyed by printed pointers and a callback per
 * fragment.  The text goes into a local growing buffer, appended to the
 * caller's strbuf at the end.  jansson only holds valid UTF-8 strings, so
 * escaping goes byte by byte: '"', '\\' and control characters, as jansson
 * escapes them; all else, including non-ASCII text, is copied.  Values the
 * reader never makes (reals, booleans, null) are written by jansson itself.
 */
#include "../base/compat.h"

#include "../base/strbuf.h"
#include "read.h"

struct jbuf {
	char *p;
	size_t len, cap;
	bool failed; /* out of memory: the output is incomplete */
};

static bool reserve(struct jbuf *b, size_t extra)
{
	size_t cap = b->cap ? b->cap : 4096;
	char *p;

	if (b->failed)
		return false;
	if (b->len + extra <= b->cap)
		return true;
	while (cap < b->len + extra) {
		if (cap > SIZE_MAX / 2) {
			b->failed = true;
			return false;
		}
		cap *= 2;
	}
	p = realloc(b->p, cap);
	if (!p) {
		b->failed = true;
		return false;
	}
	b->p = p;
	b->cap = cap;
	return true;
}

static void put(struct jbuf *b, const char *s, size_t n)
{
	if (!reserve(b, n))
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void put_ch(struct jbuf *b, char c)
{
	if (b->len < b->cap || reserve(b, 1))
		b->p[b->len++] = c;
}

/* The bytes of a string that need an escape: '"', '\\', below 0x20. */
static const bool needs_escape[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
    [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1,
    [0x0e] = 1, [0x0f] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1,
    [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, ['"'] = 1,  ['\\'] = 1,
};

static void put_escape(struct jbuf *b, unsigned char c)
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

/* The end of the run of bytes from i that need no escape, eight bytes at
 * a time while none of them is a control character, '"' or '\\'. */
static size_t plain_run_end(const char *s, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;

	for (; i + 8 <= n; i += 8) {
		uint64_t w, quote, slash;
		memcpy(&w, s + i, 8);
		quote = w ^ (ones * '"');
		slash = w ^ (ones * '\\');
		/* a byte below 0x20 in w, or a zero byte in quote or slash */
		if ((((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) |
		     ((slash - ones) & ~slash)) &
		    highs)
			break;
	}
	while (i < n && !needs_escape[(unsigned char)s[i]])
		i++;
	return i;
}

static void put_string(struct jbuf *b, const char *s, size_t n)
{
	size_t i = 0, run;

	put_ch(b, '"');
	while (i < n) {
		run = i;
		i = plain_run_end(s, i, n);
		put(b, s + run, i - run);
		if (i < n)
			put_escape(b, (unsigned char)s[i++]);
	}
	put_ch(b, '"');
}

static void put_integer(struct jbuf *b, json_int_t v)
{
	char num[24];
	size_t k = sizeof(num);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do {
		num[--k] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		num[--k] = '-';
	put(b, num + k, sizeof(num) - k);
}

/* A line break and the indent of depth (indented output only). */
static void put_indent(struct jbuf *b, int indent, int depth)
{
	size_t n = (size_t)indent * (size_t)depth;

	if (!indent || !reserve(b, n + 1))
		return;
	b->p[b->len++] = '\n';
	memset(b->p + b->len, ' ', n);
	b->len += n;
}

/* What jansson writes for a value of another type (into our own buffer:
 * the caller may have given jansson an allocator of its own). */
static void put_other(struct jbuf *b, const json_t *v, int indent)
{
	size_t flags =
	    JSON_ENCODE_ANY | JSON_PRESERVE_ORDER | (indent ? JSON_INDENT(indent) : JSON_COMPACT);
	size_t n = json_dumpb(v, NULL, 0, flags);

	if (n && reserve(b, n) && json_dumpb(v, b->p + b->len, n, flags) == n)
		b->len += n;
}

static void put_value(struct jbuf *b, const json_t *v, int indent, int depth);

static void put_array(struct jbuf *b, const json_t *v, int indent, int depth)
{
	size_t i, n = json_array_size(v);

	put_ch(b, '[');
	if (!n) {
		put_ch(b, ']');
		return;
	}
	put_indent(b, indent, depth + 1);
	for (i = 0; i < n; i++) {
		put_value(b, json_array_get(v, i), indent, depth + 1);
		if (i + 1 < n) {
			put_ch(b, ',');
			put_indent(b, indent, depth + 1);
		} else {
			put_indent(b, indent, depth);
		}
	}
	put_ch(b, ']');
}

static void put_object(struct jbuf *b, const json_t *v, int indent, int depth)
{
	void *it = json_object_iter((json_t *)v);

	put_ch(b, '{');
	if (!it) {
		put_ch(b, '}');
		return;
	}
	put_indent(b, indent, depth + 1);
	while (it) {
		const char *key = json_object_iter_key(it);
		put_string(b, key, strlen(key));
		put(b, ": ", indent ? 2 : 1);
		put_value(b, json_object_iter_value(it), indent, depth + 1);
		it = json_object_iter_next((json_t *)v, it);
		if (it) {
			put_ch(b, ',');
			put_indent(b, indent, depth + 1);
		} else {
			put_indent(b, indent, depth);
		}
	}
	put_ch(b, '}');
}

static void put_value(struct jbuf *b, const json_t *v, int indent, int depth)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		put_object(b, v, indent, depth);
		break;
	case JSON_ARRAY:
		put_array(b, v, indent, depth);
		break;
	case JSON_STRING:
		put_string(b, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
		put_integer(b, json_integer_value(v));
		break;
	default:
		put_other(b, v, indent);
	}
}

void read_json_write(const json_t *v, int indent, struct strbuf *out)
{
	struct jbuf b = {0};

	put_value(&b, v, indent, 0);
	if (b.failed)
		out->failed = true;
	else
		strbuf_add(out, b.p, b.len);
	free(b.p);
}
