/*
 * lex_text.c: the lexical layer's plain text helpers (see lex.h): white space
 * skipped and trimmed, a span copied with its runs of white space folded to one
 * space (lex_copy()), and the bounds of the sentence around a place
 * (lex_sentence_end(), lex_sentence_start()).  Moved out of lex.c, which keeps
 * the matching and the word index; the hot loops here read eight or sixteen
 * bytes at a time.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "lex.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

char *lex_copy(const char *t, size_t s, size_t e, char *buf, size_t n)
{
	lex_copy_n(t, s, e, buf, n);
	return buf;
}

size_t lex_copy_n(const char *t, size_t s, size_t e, char *buf, size_t n)
{
	size_t j = 0;

	if (!n)
		return 0;
	s = lex_skip_space(t, s, e);
	e = lex_trim_end(t, s, e);
	/* e is trimmed, so a run of white space is always followed by more */
	while (s < e && j + 1 < n) {
		unsigned char ch;
		/* eight bytes at a time, single spaces between words included, up
		 * to the first control byte (a line break, a tab) or space followed
		 * by one of those or another space: left to the loop below.  The
		 * flags are exact up to the first true one; any further on only
		 * stop the copy early, which is safe.  Sixteen at a time first where
		 * the processor has SSE2 (each flag exact: a byte is at most 0x1f, or
		 * it and the next are at most 0x20, when the unsigned minimum of it and
		 * that bound is itself). */
#ifdef __SSE2__
		while (e - s >= 17 && n - j > 17) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + s)),
			        nx = _mm_loadu_si128((const __m128i *)(const void *)(t + s + 1)),
			        sp = _mm_set1_epi8(0x20), ctl = _mm_set1_epi8(0x1f);
			__m128i stop =
			    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, ctl), v),
			                 _mm_and_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, sp), v),
			                               _mm_cmpeq_epi8(_mm_min_epu8(nx, sp), nx)));
			unsigned m = (unsigned)_mm_movemask_epi8(stop);
			_mm_storeu_si128((__m128i *)(void *)(buf + j), v);
			if (m) {
				size_t k = (size_t)__builtin_ctz(m);
				j += k, s += k;
				break;
			}
			j += 16, s += 16;
		}
#endif
		while (e - s >= 9 && n - j > 9) {
			const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
			uint64_t w, next, stop;
			memcpy(&w, t + s, 8);
			memcpy(&next, t + s + 1, 8);
			memcpy(buf + j, &w, 8);
			stop = (((w - ones * 0x20) & ~w) | /* below space */
			        ((w - ones * 0x21) & ~w & (next - ones * 0x21) & ~next)) & /* two */
			       highs;
			if (stop) {
				size_t k = (size_t)__builtin_ctzll(stop) / 8;
				j += k, s += k;
				break;
			}
			j += 8, s += 8;
		}
		if (s >= e || j + 1 >= n)
			break;
		ch = (unsigned char)t[s++];
		if (!(lex_ctype[ch] & LEX_SPACE)) {
			buf[j++] = (char)ch;
			continue;
		}
		while (lex_ctype[(unsigned char)t[s]] & LEX_SPACE)
			s++;
		if (j + 2 >= n)
			break;
		buf[j++] = ' ';
	}
	/* never end inside a UTF-8 sequence */
	while (j > 0 && ((unsigned char)buf[j - 1] & 0xc0) == 0x80) {
		size_t k = j;
		while (k > 0 && ((unsigned char)buf[k - 1] & 0xc0) == 0x80)
			k--;
		if (k > 0) {
			unsigned char lead = (unsigned char)buf[k - 1];
			size_t want = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
			if (j - (k - 1) == want)
				break;
			j = k - 1;
		} else {
			j = 0;
		}
	}
	buf[j] = '\0';
	return j;
}

/* A paragraph break at t[i]: a blank line not followed by a lower-case
 * word (PDF converters also leave blank lines inside sentences). */
static bool blank_line_at(const char *t, size_t i, size_t e)
{
	if (t[i] != '\n')
		return false;
	for (i++; i < e && t[i] != '\n'; i++)
		if (!ch_is_space((unsigned char)t[i]))
			return false;
	if (i >= e)
		return false;
	while (i < e && ch_is_space((unsigned char)t[i]))
		i++;
	return i >= e || !(t[i] >= 'a' && t[i] <= 'z');
}

/* Has the 8-byte word w a byte equal to c? */
static bool has_byte(uint64_t w, unsigned char c)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t x = w ^ (ones * c);

	return (x - ones) & ~x & highs;
}

#ifdef __SSE2__
/* The bytes of t[i, i + 16) that are '.', ';' or a line break, as bits of a
 * mask (bit k for t[i + k]): sixteen compared at once. */
static unsigned stop_mask16(const char *t, size_t i)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
	__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	                                      _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))),
	                         _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));

	return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* The first '.', ';' or line break in t[i, e), or e (the bytes LEX_STOP
 * flags): sixteen bytes at a time where the processor has SSE2 (the first
 * flagged byte is the answer, exactly), else eight at a time until a word
 * holds one; then byte by byte. */
static size_t next_stop(const char *t, size_t i, size_t e)
{
#ifdef __SSE2__
	for (; i + 16 <= e; i += 16) {
		unsigned m = stop_mask16(t, i);
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i + 8 <= e; i += 8) {
		uint64_t w;
		memcpy(&w, t + i, 8);
		if (has_byte(w, '.') || has_byte(w, ';') || has_byte(w, '\n'))
			break;
	}
	while (i < e && !(lex_ctype[(unsigned char)t[i]] & LEX_STOP))
		i++;
	return i;
}

/* The last '.', ';' or line break in t[s, i), plus one, or s if there is
 * none: where lex_sentence_start() has something to look at. */
static size_t prev_stop(const char *t, size_t s, size_t i)
{
#ifdef __SSE2__
	for (; i - s >= 16; i -= 16) {
		unsigned m = stop_mask16(t, i - 16);
		if (m)
			return i - 16 + (size_t)(32 - __builtin_clz(m));
	}
#endif
	while (i > s && !(lex_ctype[(unsigned char)t[i - 1]] & LEX_STOP))
		i--;
	return i;
}

/* Is the '.' at t[i] the last of "a.m." or "p.m." with a small letter next ("by 5
 * p.m. on Friday"): a time of day inside a sentence, not its end? */
static bool time_of_day_dot(const char *t, size_t i, size_t e)
{
	size_t k;

	if (i < 3 || t[i - 2] != '.' || (t[i - 1] | 0x20) != 'm' ||
	    ((t[i - 3] | 0x20) != 'a' && (t[i - 3] | 0x20) != 'p') ||
	    (i > 3 && lex_is_word_char((unsigned char)t[i - 4])))
		return false;
	k = lex_skip_space(t, i + 1, e);
	return k < e && t[k] >= 'a' && t[k] <= 'z';
}

size_t lex_sentence_end(const char *t, size_t pos, size_t e)
{
	size_t i;

	if (e - pos > LEX_MAX_SENTENCE)
		e = pos + LEX_MAX_SENTENCE; /* a longer "sentence" is not one: bound the scan */
	for (i = next_stop(t, pos, e); i < e; i = next_stop(t, i + 1, e)) {
		if (t[i] == ';')
			return i + 1;
		if (t[i] == '.' && (i + 1 >= e || ch_is_space((unsigned char)t[i + 1])) &&
		    !(i > 0 && ch_is_digit((unsigned char)t[i - 1]) && i + 2 < e &&
		      ch_is_digit((unsigned char)t[i + 2])) &&
		    !time_of_day_dot(t, i, e))
			return i + 1;
		if (i > pos && blank_line_at(t, i, e))
			return lex_trim_end(t, pos, i);
	}
	return e;
}

size_t lex_sentence_start(const char *t, size_t s, size_t pos)
{
	size_t i;

	if (pos < s) /* nothing to look at (an empty head's "end - 1") */
		return s;

	if (pos - s > LEX_MAX_SENTENCE)
		s = pos - LEX_MAX_SENTENCE;
	/* only a '.', ';' or line break before i can end the sentence before
	 * pos (blank_line_at() wants a line break): the bytes between are
	 * passed over */
	for (i = prev_stop(t, s, pos); i > s; i = prev_stop(t, s, i - 1)) {
		char c = t[i - 1];
		if (c == ';' || (c == '.' && i < pos && ch_is_space((unsigned char)t[i]) &&
		                 !time_of_day_dot(t, i - 1, pos)))
			return lex_skip_space(t, i, pos);
		if (i - 1 > s && blank_line_at(t, i - 1, pos + 1 > i ? pos : i))
			return lex_skip_space(t, i, pos);
	}
	return s;
}
