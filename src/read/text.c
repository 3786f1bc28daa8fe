/*
 * text.c: decoding input bytes (see text.h).  One pass to tell text from
 * binary data (control characters and NULs counted eight bytes at a time, and
 * whether any byte is not ASCII), one to validate UTF-8 when one is not (runs
 * of ASCII eight bytes at a time), one to convert Windows-1252 when needed;
 * all linear.
 */
#include "../base/compat.h"

#include "text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Windows-1252 0x80..0x9f to Unicode (0 = undefined, kept as U+FFFD). */
static const uint16_t cp1252[32] = {
	0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017d, 0,
	0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178,
};

/* The end of the run of ASCII bytes from i, eight bytes at a time. */
static size_t ascii_run_end(const unsigned char *s, size_t i, size_t n)
{
	uint64_t w;

#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) { /* sixteen at a time: the first high bit is the end */
		unsigned m = (unsigned)_mm_movemask_epi8(
		    _mm_loadu_si128((const __m128i *)(const void *)(s + i)));
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w &= 0x8080808080808080ULL))
			return i + (size_t)__builtin_ctzll(w) / 8; /* (little-endian: the first) */
	}
	if (i < n && n >= 8) { /* the last eight, those before i shifted out */
		memcpy(&w, s + n - 8, 8);
		w = (w >> (8 * (i - (n - 8)))) & 0x8080808080808080ULL;
		return w ? i + (size_t)__builtin_ctzll(w) / 8 : n;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}

bool read_utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t len;
		uint32_t cp;
		if (c < 0x80) {
			i = ascii_run_end(s, i + 1, n);
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			len = 2, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			len = 3, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			len = 4, cp = c & 0x07;
		else
			return false;
		if (i + len > n)
			return false;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += len;
	}
	return true;
}

static void put_utf8(struct strbuf *sb, uint32_t cp)
{
	char b[4];

	if (cp < 0x80) {
		strbuf_addch(sb, (int)cp);
	} else if (cp < 0x800) {
		b[0] = (char)(0xc0 | cp >> 6);
		b[1] = (char)(0x80 | (cp & 0x3f));
		strbuf_add(sb, b, 2);
	} else {
		b[0] = (char)(0xe0 | cp >> 12);
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[2] = (char)(0x80 | (cp & 0x3f));
		strbuf_add(sb, b, 3);
	}
}

/* One byte: a control character other than the white space text uses? */
static size_t is_control(unsigned char c)
{
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
}

/*
 * Count the control characters (is_control) of s[0, n) and tell whether it
 * has a visible byte (above space), a NUL, a byte above 0x7f (none: the text
 * is ASCII, so valid UTF-8), eight bytes at a time: per-byte flags
 * exact for each byte (the low seven bits plus a constant never carry into
 * the next byte), gathered with OR; a word holding any byte below space (a
 * line break, about one word in eight) is counted byte by byte.
 */
static void count_bytes(const unsigned char *s, size_t n, size_t *controls, bool *visible,
                        bool *nul, bool *high)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80, low7 = ones * 0x7f;
	size_t i = 0, k;
	uint64_t w, above = 0, top = 0;
	bool zero = false;

	*controls = 0;
#ifdef __SSE2__
	{
		/* sixteen bytes at a time, each flag exact: a byte is below space if
		 * the unsigned minimum of it and 0x1f is itself, above space if the
		 * maximum of it and 0x21 is; a control character is below space and
		 * none of the four white space bytes; the controls of a block are
		 * counted from its mask */
		__m128i seen = _mm_setzero_si128(), zeros = _mm_setzero_si128(),
		        tops = _mm_setzero_si128();
		for (; i + 16 <= n; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i below = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
			__m128i space =
			    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
			                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
			                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
			                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\f'))));
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(space, below));
			seen = _mm_or_si128(
			    seen, _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x21)), v));
			zeros = _mm_or_si128(zeros, _mm_cmpeq_epi8(v, _mm_setzero_si128()));
			tops = _mm_or_si128(tops, v);
			if (m)
				*controls += (size_t)__builtin_popcount(m);
		}
		above = _mm_movemask_epi8(seen) ? highs : 0;
		zero = _mm_movemask_epi8(zeros) != 0;
		top = _mm_movemask_epi8(tops) ? highs : 0;
	}
#endif
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		above |= (((w & low7) + ones * (0x80 - 0x21)) | w) & highs;
		top |= w & highs;
		if (~(((w & low7) + ones * (0x80 - 0x20)) | w) & highs) /* a byte below space */
			for (k = 0; k < 8; k++) {
				*controls += is_control(s[i + k]);
				zero |= !s[i + k];
			}
	}
	for (; i < n; i++) {
		*controls += is_control(s[i]);
		above |= s[i] > 0x20;
		top |= s[i] & 0x80;
		zero |= !s[i];
	}
	*visible = above != 0;
	*nul = zero;
	*high = top != 0;
}

int read_text_decode(const unsigned char *in, size_t n, struct read_text *t, struct err *e)
{
	size_t i, controls = 0;
	bool visible = false, nul = false, high = false;

	memset(t, 0, sizeof(*t));
	strbuf_init(&t->buf, READ_MAX_BYTES * 2);
	if (n >= 3 && in[0] == 0xef && in[1] == 0xbb && in[2] == 0xbf) {
		in += 3;
		n -= 3;
		t->bom = 3;
	}
	count_bytes(in, n, &controls, &visible, &nul, &high);
	if (nul) {
		const unsigned char *at = memchr(in, 0, n);
		return err_set(e, ERR_DATA, "binary data (a NUL byte at offset %zu), not text",
		               (size_t)(at - in) + t->bom);
	}
	if (!visible)
		return err_set(e, ERR_DATA, "empty document: no text");
	if (controls * 20 > n)
		return err_set(e, ERR_DATA, "binary data (%zu control characters), not text", controls);
	if (!high || read_utf8_valid(in, n)) { /* (ASCII alone is valid UTF-8) */
		t->encoding = "utf-8";
		/* the BOM's three bytes stand as spaces, so offsets are the file's */
		strbuf_add(&t->buf, "   ", t->bom);
		strbuf_add(&t->buf, in, n);
	} else {
		t->encoding = "windows-1252";
		for (i = 0; i < n; i++) {
			unsigned char c = in[i];
			if (c < 0x80)
				strbuf_addch(&t->buf, c);
			else if (c < 0xa0)
				put_utf8(&t->buf, cp1252[c - 0x80] ? cp1252[c - 0x80] : 0xfffd);
			else
				put_utf8(&t->buf, c);
		}
	}
	if (t->buf.failed) {
		strbuf_release(&t->buf);
		return err_set(e, ERR_DATA, "document too large");
	}
	return 0;
}

void read_text_release(struct read_text *t)
{
	strbuf_release(&t->buf);
}
