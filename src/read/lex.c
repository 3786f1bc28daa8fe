/*
 * lex.c: phrase matching and the searches through the word index over document text
 * (see lex.h; the index's build is lex_index.c, the date finder lex_dates.c, copying
 * and sentence bounds lex_text.c).  Matching folds ASCII
 * case and white space, and treats the typographic quotes and apostrophes of
 * UTF-8 text as their ASCII forms, so patterns can be written plainly.
 *
 * The word index turns a search from a walk over every byte into a look
 * at the few word starts that share the phrase's first two letters (and,
 * before any match is tried, its third byte and its next word's first two, one
 * compare of each word's key); it also lists the places
 * where a date can begin, which lex_dates_in() visits.  The grammar's own
 * phrases are compiled once (struct lex_phrase): what a search needs to know
 * of a phrase is then read from one word, not worked out from its text.  A focus
 * (a sentence asked many questions) keeps which buckets, and which stems (a word's
 * first four bytes, hashed), its words have, so most questions are answered "no"
 * from a bit or two.  The hot loops
 * classify bytes by table (lex_ctype) or eight at a time, and avoid
 * branches that depend on the text where they can.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../cal/phrase.h"
#include "lex.h"
#include "lex_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Character flags: LEX_WORD (letter, digit or non-ASCII byte), LEX_ALNUM
 * (ASCII letter or digit), LEX_SPACE (ch_is_space), LEX_STOP (what may end
 * a sentence: '.', ';', a line break). */
const unsigned char lex_ctype[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 12, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  0, 0, 0, 8, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 8, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* Length of a UTF-8 apostrophe/quote at t[i] (', ’, ‘) or 0. */
static size_t apostrophe(const char *t, size_t i, size_t e)
{
	if (t[i] == '\'')
		return 1;
	if (i + 3 <= e && (unsigned char)t[i] == 0xe2 && (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x98 || (unsigned char)t[i + 2] == 0x99))
		return 3;
	return 0;
}

/* Case folding for lex_match(), one table look-up per byte on each side:
 * text_fold maps an ASCII capital to its small letter and every white space
 * byte to 'A' (65, a value no byte folds to otherwise); phrase_fold maps a
 * capital likewise and the space, which matches a run of white space, to
 * 'A'.  So "the text byte's fold == the phrase byte's fold" is the common
 * case of the match, the first byte of a run of white space included; a
 * phrase's tab or line break (none is written, but none is forbidden)
 * folds to itself and is matched by itself, as ever.  The phrase's NUL folds to
 * 'B', which no text byte folds to (a capital B folds to 'b'): its end is tested
 * only where the common case fails.  Each table is made by its
 * rule of the byte c (R256 spells out c = 0 ... 255); the white space is
 * ch_is_space()'s: ' ', '\t', '\n', '\v', '\f', '\r'. */
#define TEXT_FOLD(c)                                                                               \
	(unsigned char)((c) >= 'A' && (c) <= 'Z'                     ? (c) + 32                    \
	                : (c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? 'A'                         \
	                                                             : (c))
#define PHRASE_FOLD(c)                                                                             \
	(unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32                                        \
	                : (c) == ' '             ? 'A'                                             \
	                : (c) == 0               ? 'B'                                             \
	                                         : (c))
#define R4(F, c) F(c), F((c) + 1), F((c) + 2), F((c) + 3)
#define R16(F, c) R4(F, c), R4(F, (c) + 4), R4(F, (c) + 8), R4(F, (c) + 12)
#define R64(F, c) R16(F, c), R16(F, (c) + 16), R16(F, (c) + 32), R16(F, (c) + 48)
#define R256(F) R64(F, 0), R64(F, 64), R64(F, 128), R64(F, 192)
static const unsigned char text_fold[256] = {R256(TEXT_FOLD)};
static const unsigned char phrase_fold[256] = {R256(PHRASE_FOLD)};
/* The class of a word's third byte in its key (lex_int.h). */
#define THIRD_CLASS(c)                                                                             \
	(unsigned char)((c) >= '0' && (c) <= '9'                     ? (c) - '0'                   \
	                : (c) >= 'a' && (c) <= 'z'                   ? (c) - 'a' + 10              \
	                : (c) >= 'A' && (c) <= 'Z'                   ? (c) - 'A' + 10              \
	                : (c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? 36                          \
	                                                             : 37)
const unsigned char lex_third_class[256] = {R256(THIRD_CLASS)};
#undef R256
#undef R64
#undef R16
#undef R4
#undef PHRASE_FOLD
#undef THIRD_CLASS
#undef TEXT_FOLD

/* lex_match() from the phrase's byte p on, the text's bytes matched so far
 * ending at i (the bytes of phrase before p matched, as the caller knows). */
static inline bool match_from(const char *t, size_t i, size_t e, const char *phrase, const char *p,
                              size_t *end)
{
	for (;; p++) {
		/* the common case first: the same character, case folded (a hyphen
		 * or an apostrophe matching itself too), or the first byte of a run of
		 * white space for a space */
		unsigned char f = phrase_fold[(unsigned char)*p];
		if (i < e && text_fold[(unsigned char)t[i]] == f) {
			i++;
			if (f == 'A') /* the rest of the run */
				while (i < e && ch_is_space((unsigned char)t[i]))
					i++;
			continue;
		}
		if (!*p)
			break;
		if (*p == '\'') { /* or a typographic one */
			size_t a = i < e ? apostrophe(t, i, e) : 0;
			if (!a)
				return false;
			i += a;
		} else if (*p != '-') { /* a hyphen may be lost ("Stokeon-Trent") */
			if (i < e && *p == t[i] &&
			    *p != ' ') { /* a tab or line break in the phrase */
				i++;
				continue;
			}
			return false;
		}
	}
	/* the last character of the phrase: a word must end with it */
	if (p > phrase && lex_is_word_char((unsigned char)p[-1]) && i < e &&
	    lex_is_word_char((unsigned char)t[i]) && (unsigned char)t[i] < 0x80)
		return false;
	if (end)
		*end = i;
	return true;
}

bool lex_match(const char *t, size_t pos, size_t e, const char *phrase, size_t *end)
{
	return match_from(t, pos, e, phrase, phrase, end);
}

/* (match_from() would match the first character as lex_at() has: the same byte,
 * case folded, a tab or line break by itself.) */
bool lex_match_rest(const char *t, size_t pos, size_t e, const char *phrase, size_t *end)
{
	return match_from(t, pos + 1, e, phrase, phrase + 1, end);
}

size_t lex_find(const char *t, size_t s, size_t e, const char *phrase, size_t *end)
{
	size_t i;
	int first = ch_lower((unsigned char)phrase[0]);

	for (i = s; i < e; i++) {
		if (!ch_is_alpha(first) &&
		    first != ' ') { /* ", and ": only itself, found by memchr() */
			const char *at = memchr(t + i, first, e - i);
			if (!at)
				break;
			i = (size_t)(at - t);
		} else if (first == ' ') { /* a leading space: where a run of white space begins */
			if (!ch_is_space((unsigned char)t[i]) ||
			    (i > s && ch_is_space((unsigned char)t[i - 1])))
				continue;
		} else if (ch_lower((unsigned char)t[i]) != first) {
			continue;
		}
		if (i > s && lex_is_word_char((unsigned char)t[i - 1]) &&
		    lex_is_word_char((unsigned char)phrase[0]) && (unsigned char)t[i - 1] < 0x80)
			continue;
		if (lex_at(t, i, e, phrase, end))
			return i;
	}
	return (size_t)-1;
}

/* ---- the searches through the word index ---- */

/* A character's class in the index (lex_int.h): 0..35 for an ASCII digit or letter
 * (case folded), LEX_OTHER for anything else. */
const unsigned char lex_char_class[256] = {
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  36, 36, 36, 36, 36, 36, 36, 10, 11, 12, 13, 14, 15, 16,
    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 36, 36, 36, 36,
    36, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    33, 34, 35, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
};

/* A word's stem (LEX_STEM_BITS, lex.h): its first four bytes with 0x20 set in each
 * (ASCII capitals as small letters), hashed.  A phrase's word whose first four bytes
 * are letters or digits matches only where the text's word begins with the same four,
 * case folded (matched one for one), however long either is and wherever a span cuts
 * it: so a focus that holds no word of the phrase's stem holds no match of it but at
 * a search's start.  Another byte so folded may meet a letter's fold, and two stems
 * may hash alike: either only lets a search go on, as it did before stems. */
static inline unsigned stem_of(uint32_t four)
{
	return (unsigned)(((four | 0x20202020u) * 0x9e3779b1u) >> (32 - LEX_STEM_BITS));
}

/* The stem of the word at t[p] (of fewer than four bytes before the text's end, none
 * that a phrase asks for: any will do). */
static inline unsigned text_stem(const char *t, size_t p, size_t n)
{
	uint32_t four = 0;

	if (p + 4 <= n)
		memcpy(&four, t + p, 4);
	return stem_of(four);
}

/* The bucket a phrase's word starts in, or -1 when its first two
 * characters do not fix one (a lost hyphen, a one-letter phrase). */
static long phrase_bucket(const char *p)
{
	int c1 = lex_char_class[(unsigned char)p[0]];

	if (c1 == LEX_OTHER || !p[1] || p[1] == '-')
		return -1;
	return (long)c1 * LEX_CLASSES + lex_char_class[(unsigned char)p[1]];
}

/* The first word start in bucket b at or after pos.  The extractors move
 * forward through the text, so the answer is most often the one the last
 * search of the bucket gave (its hint) or the next; else a binary search,
 * written so that the compiler can use conditional moves, not branches the
 * processor cannot predict.  Inline in both searches, even so: every bucket
 * search asks it, and a call made them keep their arguments on the stack. */
static inline __attribute__((always_inline)) size_t first_in_bucket(const struct lex_index *ix,
                                                                    size_t b, size_t pos)
{
	size_t lo = ix->bh[2 * b], hi = ix->bh[2 * b + 2], h = ix->bh[2 * b + 1], n = hi - lo, at,
	       before;
	const uint32_t *base = ix->pos + lo;

	if (!n) /* (only a search outside the focus asks an empty bucket) */
		return lo;
	/* the hint, or one further on, if right: each test made whole before one branch
	 * (the places read clamped to the bucket, where a test that reads past it holds
	 * anyway) */
	at = h < hi ? h : hi - 1;
	h += (h < hi) & (ix->pos[at] < pos);
	at = h < hi ? h : hi - 1;
	before = h > lo ? h - 1 : lo;
	if (((h == lo) | (ix->pos[before] < pos)) & ((h == hi) | (ix->pos[at] >= pos))) {
		ix->bh[2 * b + 1] = (uint32_t)h;
		return h;
	}
	while (n > 1) {
		size_t half = n / 2;
		base = base[half] < pos ? base + half : base;
		n -= half;
	}
	h = (size_t)(base - ix->pos) + (*base < pos);
	ix->bh[2 * b + 1] = (uint32_t)h;
	return h;
}

/* Are the first two bytes of p, a phrase's word (its first byte a letter or
 * digit), both letters or digits?  Then the words of its bucket match them
 * one for one. */
static inline bool two_matched(const char *p)
{
	return lex_ctype[(unsigned char)p[1]] & LEX_ALNUM;
}

/* The class of the third byte a word of p's bucket must have to start a match of
 * p, as its key holds it: p[2]'s, when p's first two bytes are matched one for one
 * and p[2] is a letter, a digit or a space (which a run of white space matches,
 * and no other byte); else -1, no test (a hyphen may be lost, an apostrophe be
 * typographic, a word end be any byte that is not a letter or digit). */
static inline int third_wanted(const char *p)
{
	unsigned char c = (unsigned char)p[2];

	if (!two_matched(p) || !(c == ' ' || (lex_ctype[c] & LEX_ALNUM)))
		return -1;
	return lex_third_class[c];
}

/* The bucket the word after p's first word must have, or -1 for no test: when
 * that first word is all letters and digits (matched one for one) and a space
 * follows it, the next word start in the text is where the phrase's second word
 * begins, and when that word's first byte is a letter or digit, its bucket is
 * fixed by that byte and the next: a letter or digit, matched one for one, or
 * any other byte, which only a byte that is not one matches ("for a term": "a"
 * and white space).  Not a hyphen, which may be lost, nor the phrase's end: a
 * match may end at the span's end with the text's word going on. */
static inline long next_wanted(const char *p)
{
	while (lex_ctype[(unsigned char)*p] & LEX_ALNUM)
		p++;
	if (*p != ' ' || !(lex_ctype[(unsigned char)p[1]] & LEX_ALNUM) || !p[2] || p[2] == '-')
		return -1;
	return (long)lex_char_class[(unsigned char)p[1]] * LEX_CLASSES +
	       lex_char_class[(unsigned char)p[2]];
}

/* What a word's key must hold for p to match there, as the mask of the bits
 * tested << 16 | their value (0: none). */
static inline uint32_t key_for(int third, long next)
{
	uint32_t mask = 0, want = 0;

	if (third >= 0) {
		mask = KEY_THIRD(0x3f);
		want = KEY_THIRD(third);
	}
	if (next >= 0) {
		mask |= KEY_NEXT_MASK;
		want |= (uint32_t)next & KEY_NEXT_MASK;
	}
	return mask << 16 | want;
}

/* Does the phrase match at a word start w of its bucket, p being where the
 * phrase's word begins (after its leading space, if any, which the run of
 * white space before w has matched)?  The bucket holds only words whose
 * first two characters are p's, case folded: when both are letters or
 * digits, the match goes on from the third (if the second is inside the
 * span: a bucket is filled from the whole text). */
static inline bool bucket_match(const char *t, size_t w, size_t e, const char *phrase,
                                const char *p, size_t *end)
{
	if (two_matched(p))
		return w + 2 <= e && match_from(t, w + 2, e, phrase, p + 2, end);
	return match_from(t, w, e, phrase, p, end);
}

/* The first slot at or after k (and before stop) of a word whose key holds what kw
 * asks (see key_for()) and which starts before e; stop if none.  Eight keys are
 * compared at a time (SSE2): a long bucket (a search of the whole text) is mostly
 * words that the key turns away. */
static inline __attribute__((always_inline)) size_t next_keyed(const struct lex_index *ix, size_t k,
                                                               size_t stop, size_t e, uint32_t kw)
{
	uint16_t mask = (uint16_t)(kw >> 16), want = (uint16_t)kw;

#ifdef __SSE2__
	if (k + 8 <= stop) {
		__m128i vm = _mm_set1_epi16((short)mask), vw = _mm_set1_epi16((short)want);
		do {
			__m128i kv = _mm_loadu_si128((const __m128i *)(const void *)(ix->key + k));
			unsigned m =
			    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(kv, vm), vw));
			if (m) {
				k += (size_t)__builtin_ctz(m) / 2;
				return ix->pos[k] < e ? k : stop;
			}
			if (ix->pos[k + 7] >= e)
				return stop;
			k += 8;
		} while (k + 8 <= stop);
	}
#endif
	for (; k < stop && ix->pos[k] < e; k++)
		if ((ix->key[k] & mask) == want)
			return k;
	return stop;
}

/* The candidates of a phrase that starts with a word, from slot k of its bucket
 * (to stop, the bucket's end) on. */
static inline __attribute__((always_inline)) size_t walk_word(const struct lex_index *ix, size_t k,
                                                              size_t stop, size_t e,
                                                              const char *phrase, uint32_t kw,
                                                              size_t *end)
{
	for (; (k = next_keyed(ix, k, stop, e, kw)) < stop; k++)
		if (bucket_match(ix->t, ix->pos[k], e, phrase, phrase, end))
			return ix->pos[k];
	return (size_t)-1;
}

/* A phrase that starts with a word: try s itself (a match there needs no
 * word boundary before it), then the word starts of the phrase's bucket. */
static inline __attribute__((always_inline)) size_t search_word(const struct lex_index *ix,
                                                                size_t b, size_t s, size_t e,
                                                                const char *phrase, uint32_t kw,
                                                                size_t *end)
{
	if (s < e && ch_lower((unsigned char)ix->t[s]) == ch_lower((unsigned char)phrase[0]) &&
	    lex_at(ix->t, s, e, phrase, end))
		return s;
	return walk_word(ix, first_in_bucket(ix, b, s + 1), ix->bh[2 * b + 2], e, phrase, kw, end);
}

/* A phrase that starts with a space (" as "): the match begins where the
 * run of white space before a word of the bucket begins (a space or a line
 * break: PDF text wraps lines anywhere), as in lex_find. */
static inline __attribute__((always_inline)) size_t search_spaced(const struct lex_index *ix,
                                                                  size_t b, size_t s, size_t e,
                                                                  const char *phrase, uint32_t kw,
                                                                  size_t *end)
{
	const char *t = ix->t;
	size_t k, stop = ix->bh[2 * b + 2];

	for (k = first_in_bucket(ix, b, s + 1); (k = next_keyed(ix, k, stop, e, kw)) < stop; k++) {
		size_t w = ix->pos[k], r = w;
		while (r > s && ch_is_space((unsigned char)t[r - 1]))
			r--;
		if (r < w && bucket_match(t, w, e, phrase, phrase + 1, end))
			return r;
	}
	return (size_t)-1;
}

/* The search through bucket b, out of line: lex_search() answers most
 * questions from the focus alone, and so needs few registers of its own. */
__attribute__((noinline)) static size_t search_bucket(const struct lex_index *ix, size_t b,
                                                      size_t s, size_t e, const char *phrase,
                                                      size_t *end)
{
	const char *p = phrase[0] == ' ' ? phrase + 1 : phrase;
	uint32_t kw = key_for(third_wanted(p), next_wanted(p));

	return p != phrase ? search_spaced(ix, b, s, e, phrase, kw, end)
	                   : search_word(ix, b, s, e, phrase, kw, end);
}

static inline uint32_t code_key(uint64_t code);
static inline size_t code_bucket(uint64_t code);
static inline unsigned code_first(uint64_t code);

/* search_bucket() of a compiled phrase (its code: see lex_search_ph()), whose
 * key and first byte are known: a match at s is tried as search_word() tries it. */
__attribute__((noinline)) static size_t search_bucket_code(const struct lex_index *ix,
                                                           uint64_t code, size_t s, size_t e,
                                                           struct lex_phrase *ph, size_t *end)
{
	size_t b = code_bucket(code);
	uint32_t kw = atomic_load_explicit(&ph->key, memory_order_relaxed);
	const char *phrase = ph->text;

	if (!kw) /* none, or not stored yet by the thread compiling it */
		kw = code_key(code);

	if (phrase[0] == ' ')
		return search_spaced(ix, b, s, e, phrase, kw, end);
	if (s < e && text_fold[(unsigned char)ix->t[s]] == code_first(code) &&
	    lex_match(ix->t, s, e, phrase, end))
		return s;
	return walk_word(ix, first_in_bucket(ix, b, s + 1), ix->bh[2 * b + 2], e, phrase, kw, end);
}

void lex_focus(const struct lex_index *ix, size_t s, size_t e)
{
	struct lex_focus *f = ix->focus;
	size_t w, lo, n;

	if (!f)
		return;
	e = e < ix->n ? e : ix->n;
	if (f->s == s && f->e == e && e) /* in focus already (each date of a sentence) */
		return;
	memset(f->buckets, 0, sizeof(f->buckets));
	memset(f->stems, 0, sizeof(f->stems));
	f->s = s;
	f->e = e;
	if (!ix->words) { /* (not kept: each word's bucket worked out again) */
		for (w = s / 64; s < e && w <= (e - 1) / 64; w++) {
			uint64_t bits = ix->starts[w];
			if (w == s / 64)
				bits &= ~(uint64_t)0 << (s % 64);
			if (w == (e - 1) / 64 && e % 64)
				bits &= ((uint64_t)1 << (e % 64)) - 1;
			for (; bits; bits &= bits - 1) {
				size_t p = w * 64 + (size_t)__builtin_ctzll(bits),
				       b = bucket_at(ix->t, p, ix->n),
				       k = text_stem(ix->t, p, ix->n);
				f->buckets[b / 64] |= (uint64_t)1 << (b % 64);
				f->stems[k / 64] |= (uint64_t)1 << (k % 64);
			}
		}
		return;
	}
	/* the first word at or after s: where the last focus ended, when the next
	 * sentence is focused (most often), else by a binary search of the words;
	 * then each word before e */
	lo = f->next;
	if (!(lo <= ix->nwords && (lo == 0 || ix->words[lo - 1] < s) &&
	      (lo == ix->nwords || ix->words[lo] >= s))) {
		lo = 0;
		if ((n = ix->nwords)) { /* with conditional moves, as first_in_bucket() */
			const uint32_t *base = ix->words;
			while (n > 1) {
				size_t half = n / 2;
				base = base[half] < s ? base + half : base;
				n -= half;
			}
			lo = (size_t)(base - ix->words) + (*base < s);
		}
	}
	for (w = lo; w < ix->nwords && ix->words[w] < e; w++) {
		size_t b = ix->word_bucket[w], k = text_stem(ix->t, ix->words[w], ix->n);
		f->buckets[b / 64] |= (uint64_t)1 << (b % 64);
		f->stems[k / 64] |= (uint64_t)1 << (k % 64);
	}
	f->next = w;
}

/* Is a later word of the phrase (one after a space in it, p its first word) of a
 * bucket that has no word in the focus?  Then the phrase cannot match inside the
 * focus, at s or anywhere: that word would begin after a run of white space, at a
 * word start of the span.  A word's bucket is fixed by its first two bytes as
 * bucket_at() reads the text: a letter or digit then what must follow it (a
 * space, a mark or the phrase's end all read as no letter or digit), unless it
 * is a hyphen, which may be lost.  Inline in both searches: each asks it of most
 * phrases whose bucket is there. */
static inline __attribute__((always_inline)) bool later_word_absent(const struct lex_focus *f,
                                                                    const char *p)
{
	for (; *++p;) {
		size_t c1, b;
		if (*p != ' ' || (c1 = lex_char_class[(unsigned char)p[1]]) == LEX_OTHER ||
		    p[2] == '-')
			continue;
		b = c1 * LEX_CLASSES + lex_char_class[(unsigned char)p[2]];
		if (!((f->buckets[b / 64] >> (b % 64)) & 1))
			return true;
	}
	return false;
}

/* s if the phrase matches at s, else (size_t)-1. */
__attribute__((noinline)) static size_t match_at(const struct lex_index *ix, size_t s, size_t e,
                                                 const char *phrase, size_t *end)
{
	return lex_match(ix->t, s, e, phrase, end) ? s : (size_t)-1;
}

size_t lex_search(const struct lex_index *ix, size_t s, size_t e, const char *phrase, size_t *end)
{
	bool spaced = phrase[0] == ' ';
	long b = ix->pos ? phrase_bucket(spaced ? phrase + 1 : phrase) : -1;
	const struct lex_focus *f = ix->focus;

	if (b < 0 || s >= e)
		return lex_find(ix->t, s, e, phrase, end);
	/* inside the focus, no word of the bucket starts after s: only a match
	 * at s itself remains, which search_word() tries first (a spaced phrase
	 * begins before a word of its bucket) */
	if (f && f->s <= s && e <= f->e && !((f->buckets[b / 64] >> (b % 64)) & 1)) {
		if (!spaced &&
		    ch_lower((unsigned char)ix->t[s]) == ch_lower((unsigned char)phrase[0]))
			return match_at(ix, s, e, phrase, end);
		return (size_t)-1;
	}
	if (f && f->s <= s && e <= f->e && later_word_absent(f, spaced ? phrase + 1 : phrase))
		return (size_t)-1;
	return search_bucket(ix, (size_t)b, s, e, phrase, end);
}

bool lex_search_any(const struct lex_index *ix, size_t s, size_t e, const char *const *phrases,
                    size_t n)
{
	const struct lex_focus *f = ix->focus;
	size_t k;
	int first;

	if (!f || s >= e || !(f->s <= s && e <= f->e)) {
		for (k = 0; k < n; k++)
			if (lex_search(ix, s, e, phrases[k], NULL) != (size_t)-1)
				return true;
		return false;
	}
	/* inside the focus: as lex_search(), each phrase whose bucket has no word
	 * there matched at s alone */
	first = ch_lower((unsigned char)ix->t[s]);
	for (k = 0; k < n; k++) {
		const char *p = phrases[k];
		bool spaced = p[0] == ' ';
		long b = phrase_bucket(spaced ? p + 1 : p);
		if (b < 0) {
			if (lex_find(ix->t, s, e, p, NULL) != (size_t)-1)
				return true;
		} else if ((f->buckets[b / 64] >> (b % 64)) & 1) {
			if (!later_word_absent(f, spaced ? p + 1 : p) &&
			    search_bucket(ix, (size_t)b, s, e, p, NULL) != (size_t)-1)
				return true;
		} else if (!spaced && ch_lower((unsigned char)p[0]) == first &&
		           lex_at(ix->t, s, e, p, NULL)) {
			return true;
		}
	}
	return false;
}

/* ---- compiled phrases ---- */

/* A lex_phrase's code: bits 0-10 its bucket plus one (PC_NONE, 0: none, lex_find()
 * answers; so that one test tells a phrase with a bucket from one without, or not
 * compiled yet, a code of 0),
 * bit 11 set when it begins with a space, bits 12-17 third_wanted() of its word and
 * bit 18 set when there is one, bit 19 set when next_wanted() has one (then it is
 * the first later word's bucket), bits 20-21
 * how many later words' buckets follow, bits 22-54 those buckets, 11 bits each
 * (at most three: a phrase with more is tested by its first three, which answers
 * "absent" less often, never wrongly), bits 55-62 the byte a match at the search's
 * start must begin with, as text_fold[] folds it (0 for a spaced phrase: a match
 * there would need a word of its bucket in the span), bit 63 set: compiled. */
#define PC_NONE      0u
#define PC_SPACED    ((uint64_t)1 << 11)
#define PC_THIRD     ((uint64_t)1 << 18)
#define PC_NEXT      ((uint64_t)1 << 19)
#define PC_LATER_MAX 3
#define PC_FIRST     55
#define PC_READY     ((uint64_t)1 << 63)

/* A lex_phrase's stems (see stem_of()), ST_BITS bits each: the stem of its word (its
 * first, after a leading space) in the lowest bits, then ST_FIRST set when it has one,
 * then the stems of up to four later words (each one after a space), bits 56-58 how
 * many, bit 63 set: worked out (0 asks nothing, and so answers as a search did before
 * stems). */
#define ST_BITS      LEX_STEM_BITS
#define ST_MASK      ((1u << ST_BITS) - 1)
#define ST_FIRST     ((uint64_t)1 << ST_BITS)
#define ST_LATER     (ST_BITS + 1)
#define ST_LATER_MAX 4
#define ST_READY     ((uint64_t)1 << 63)
_Static_assert(ST_LATER + ST_LATER_MAX * ST_BITS <= 56, "the stems fit below their count");

/* The stem a word of a phrase at p asks of the text's word where it matches, or -1 for
 * none: its first four bytes when they are letters or digits; a shorter word asks none
 * (its bucket is asked, as before). */
static long phrase_stem(const char *p)
{
	uint32_t four;

	if (!((lex_ctype[(unsigned char)p[0]] & LEX_ALNUM) &&
	      (lex_ctype[(unsigned char)p[1]] & LEX_ALNUM) &&
	      (lex_ctype[(unsigned char)p[2]] & LEX_ALNUM) &&
	      (lex_ctype[(unsigned char)p[3]] & LEX_ALNUM)))
		return -1;
	memcpy(&four, p, 4);
	return (long)stem_of(four);
}

/* The stems of a phrase whose word begins at p (see ST_FIRST). */
static uint64_t phrase_stems(const char *p)
{
	uint64_t st = ST_READY;
	long k = phrase_stem(p);
	unsigned n = 0;

	if (k >= 0)
		st |= (uint64_t)k | ST_FIRST;
	for (; *p && n < ST_LATER_MAX; p++)
		if (*p == ' ' && (k = phrase_stem(p + 1)) >= 0)
			st |= (uint64_t)k << (ST_LATER + ST_BITS * n++);
	return st | (uint64_t)n << 56;
}

/* Has the focus no word of stem k (its low ST_BITS bits)? */
static inline bool stem_absent(const struct lex_focus *f, uint64_t k)
{
	k &= ST_MASK;
	return !((f->stems[k / 64] >> (k % 64)) & 1);
}

/* Has the focus no word of the stem of the phrase's word (its ST_FIRST)?  Then it has
 * no match there but at the search's start, as when its bucket has none. */
static inline bool first_stem_absent(const struct lex_focus *f, uint64_t stems)
{
	return (stems & ST_FIRST) && stem_absent(f, stems);
}

/* Has the focus no word of a later word's stem?  Then the phrase has no match there. */
static inline bool later_stem_absent(const struct lex_focus *f, uint64_t stems)
{
	unsigned n = (unsigned)(stems >> 56) & 7;

	for (stems >>= ST_LATER; n; n--, stems >>= ST_BITS)
		if (stem_absent(f, stems))
			return true;
	return false;
}

static uint64_t phrase_store(struct lex_phrase *ph, uint64_t code)
{
	atomic_store_explicit(&ph->code, code, memory_order_relaxed);
	return code;
}

__attribute__((noinline)) static uint64_t phrase_compile(struct lex_phrase *ph)
{
	const char *p = ph->text[0] == ' ' ? ph->text + 1 : ph->text;
	long b = phrase_bucket(p);
	uint64_t code = PC_READY | (p != ph->text ? PC_SPACED : 0);
	unsigned n = 0;
	int third;

	if (b < 0) /* lex_find() answers: nothing more is read (the phrase may be short) */
		return phrase_store(ph, code | PC_NONE);
	third = third_wanted(p);
	if (p == ph->text) /* its first byte is a letter or digit, as its bucket says */
		code |= (uint64_t)text_fold[(unsigned char)p[0]] << PC_FIRST;
	code |= (uint64_t)(b + 1) | (third >= 0 ? PC_THIRD | (uint64_t)third << 12 : 0) |
	        (next_wanted(p) >= 0 ? PC_NEXT : 0);
	/* the later words as later_word_absent() reads them */
	for (; *++p && n < PC_LATER_MAX;) {
		size_t c1;
		if (*p != ' ' || (c1 = lex_char_class[(unsigned char)p[1]]) == LEX_OTHER ||
		    p[2] == '-')
			continue;
		code |= (uint64_t)(c1 * LEX_CLASSES + lex_char_class[(unsigned char)p[2]])
		        << (22 + 11 * n++);
	}
	code |= (uint64_t)n << 20;
	atomic_store_explicit(&ph->key, code_key(code), memory_order_relaxed);
	atomic_store_explicit(&ph->stems,
	                      phrase_stems(ph->text[0] == ' ' ? ph->text + 1 : ph->text),
	                      memory_order_relaxed);
	return phrase_store(ph, code);
}

/* The byte a match of a compiled phrase at a search's start begins with, as
 * text_fold[] folds it (0 for a spaced phrase: see PC_FIRST). */
static inline unsigned code_first(uint64_t code)
{
	return (unsigned)(code >> PC_FIRST) & 0xff;
}

/* A compiled phrase's bucket; (size_t)-1 for none (PC_NONE) or before its compile. */
static inline size_t code_bucket(uint64_t code)
{
	return (size_t)(code & 0x7ff) - 1;
}

/* The key a compiled phrase asks of a word, as key_for() gives it. */
static inline uint32_t code_key(uint64_t code)
{
	uint32_t mask =
	    (code & PC_THIRD ? KEY_THIRD(0x3f) : 0) | (code & PC_NEXT ? KEY_NEXT_MASK : 0);
	uint32_t want = KEY_THIRD((code >> 12) & 0x3f) | ((uint32_t)(code >> 22) & KEY_NEXT_MASK);

	return mask << 16 | (want & mask);
}

static inline uint64_t phrase_code(struct lex_phrase *ph)
{
	uint64_t code = atomic_load_explicit(&ph->code, memory_order_relaxed);

	return code ? code : phrase_compile(ph);
}

/* The first search of a phrase: compile it, then search. */
__attribute__((noinline, cold)) static size_t
search_first(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase *ph, size_t *end)
{
	phrase_compile(ph);
	return lex_search_ph(ix, s, e, ph, end);
}

/* later_word_absent() of a compiled phrase. */
static inline bool later_code_absent(const struct lex_focus *f, uint64_t code)
{
	unsigned n = (unsigned)(code >> 20) & 3;

	for (code >>= 22; n; n--, code >>= 11) {
		size_t b = (size_t)code & 0x7ff;
		if (!((f->buckets[b / 64] >> (b % 64)) & 1))
			return true;
	}
	return false;
}

/* lex_search_ph() where the phrase's bucket has a word in the focus: "no" if a
 * later word's has none, else the bucket's search; out of line, so that the
 * answers the focus gives at once need no registers saved. */
__attribute__((noinline)) static size_t search_focused(const struct lex_index *ix, uint64_t code,
                                                       size_t s, size_t e, struct lex_phrase *ph,
                                                       size_t *end)
{
	uint64_t st = atomic_load_explicit(&ph->stems, memory_order_relaxed);

	if (later_code_absent(ix->focus, code) || later_stem_absent(ix->focus, st))
		return (size_t)-1;
	return search_bucket_code(ix, code, s, e, ph, end);
}

/* The search of a compiled phrase outside the focus, or before its first compile. */
__attribute__((noinline)) static size_t
search_unfocused(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase *ph, size_t *end)
{
	uint64_t code = atomic_load_explicit(&ph->code, memory_order_relaxed);

	if (!code)
		return search_first(ix, s, e, ph, end);
	if (code_bucket(code) >= LEX_BUCKETS || !ix->pos || s >= e)
		return lex_find(ix->t, s, e, ph->text, end);
	return search_bucket_code(ix, code, s, e, ph, end);
}

size_t lex_search_ph(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase *ph,
                     size_t *end)
{
	uint64_t code = atomic_load_explicit(&ph->code, memory_order_relaxed), st;
	size_t b = code_bucket(code), k;
	const struct lex_focus *f = ix->focus;

	/* as lex_search(), the focus (there only with an index) first: most questions
	 * are answered from it at once; each call a tail call.  Each test is made whole
	 * before its one branch (the answers vary from call to call, and a branch for
	 * each part was a guess for each the processor could get wrong). */
	if (!f)
		return search_unfocused(ix, s, e, ph, end);
	if ((f->s <= s) & (e <= f->e) & (s < e) & (b < LEX_BUCKETS)) {
		st = atomic_load_explicit(&ph->stems, memory_order_relaxed);
		k = st & ST_MASK;
		if ((f->buckets[b / 64] >> (b % 64)) &
		    ((f->stems[k / 64] >> (k % 64)) | !(st & ST_FIRST)) & 1)
			return search_focused(ix, code, s, e, ph, end);
		/* no word of its bucket (or of its word's stem) in the span: only a match
		 * at s itself remains */
		if (text_fold[(unsigned char)ix->t[s]] == ((code >> PC_FIRST) & 0xff))
			return match_at(ix, s, e, ph->text, end);
		return (size_t)-1;
	}
	return search_unfocused(ix, s, e, ph, end);
}

/* The phrase k of a list whose phrases are stride bytes apart (each one the member of
 * a struct of the caller's, or an array of phrases). */
static inline struct lex_phrase *nth_phrase(struct lex_phrase *phs, size_t stride, size_t k)
{
	return (struct lex_phrase *)(void *)((char *)phs + k * stride);
}

/* lex_search_any_ph() of a list whose phrases are stride bytes apart. */
static bool search_any(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase *phs,
                       size_t n, size_t stride)
{
	const struct lex_focus *f = ix->focus;
	size_t k;
	int first;

	if (!f || !ix->pos || s >= e || !(f->s <= s && e <= f->e)) {
		for (k = 0; k < n; k++)
			if (lex_search_ph(ix, s, e, nth_phrase(phs, stride, k), NULL) != (size_t)-1)
				return true;
		return false;
	}
	/* as lex_search_any(); a phrase whose bucket has no word in the focus is told
	 * from its code alone, as in lex_search_ph() */
	first = text_fold[(unsigned char)ix->t[s]];
	for (k = 0; k < n; k++) {
		struct lex_phrase *ph = nth_phrase(phs, stride, k);
		uint64_t code = phrase_code(ph), st;
		size_t b = code_bucket(code);
		if (b >= LEX_BUCKETS) {
			if (lex_find(ix->t, s, e, ph->text, NULL) != (size_t)-1)
				return true;
		} else if (((f->buckets[b / 64] >> (b % 64)) & 1) &&
		           !first_stem_absent(
		               f, st = atomic_load_explicit(&ph->stems, memory_order_relaxed))) {
			if (!later_code_absent(f, code) && !later_stem_absent(f, st) &&
			    search_bucket_code(ix, code, s, e, ph, NULL) != (size_t)-1)
				return true;
		} else if (((code >> PC_FIRST) & 0xff) == (unsigned)first &&
		           lex_match(ix->t, s, e, ph->text, NULL)) {
			return true;
		}
	}
	return false;
}

bool lex_search_any_ph(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase *phs,
                       size_t n)
{
	return search_any(ix, s, e, phs, n, sizeof(*phs));
}

/* A set's gate of a phrase (struct lex_phrase_set): bits 0-10 its bucket, bits 11-20
 * its word's stem, bit 21 set when it has one (as its stems' ST_FIRST says), bits 22-29
 * the byte its match at a search's start begins with (code_first()). */
#define SG_STEM  11
#define SG_HAS   ((uint32_t)1 << 21)
#define SG_FIRST 22
_Static_assert(SG_STEM + ST_BITS <= 21, "a stem fits its gate's field");

/* Add bit v of a focus's bitmap (v / 64 its word), phrase k's signature, to a set's
 * list of signature words. */
static void sig_add(uint8_t *nw, uint8_t *words, uint64_t *bits, uint64_t *phr, size_t v, size_t k)
{
	unsigned j;

	for (j = 0; j < *nw && words[j] != v / 64; j++)
		;
	if (j == *nw) {
		words[j] = (uint8_t)(v / 64);
		bits[j] = phr[j] = 0;
		(*nw)++;
	}
	bits[j] |= (uint64_t)1 << (v % 64);
	phr[j] |= (uint64_t)1 << k;
}

/* The signature of phrase k of a set, p its first word (b its bucket, first the byte
 * a match at a search's start begins with): the stem of its longest word of four
 * letters or digits or more (a later word's, on a tie), as phrase_stems() reads them;
 * with none, the bucket of a later word as later_word_absent() reads them, or else its
 * own.  A later word begins at a word start after s wherever the phrase matches, so
 * the focus holds its stem and bucket; the first word's only where the match is not
 * at s itself (at_only). */
static void set_signature(struct lex_phrase_set *set, size_t k, const char *p, size_t b,
                          unsigned first)
{
	const char *w = p, *best = NULL;
	size_t len, best_len = 0;
	long later_b = -1, st;

	for (;;) {
		for (len = 0; lex_ctype[(unsigned char)w[len]] & LEX_ALNUM; len++)
			;
		if (phrase_stem(w) >= 0 && len >= best_len) {
			best = w;
			best_len = len;
		}
		if (w != p && later_b < 0 && lex_char_class[(unsigned char)w[0]] != LEX_OTHER &&
		    w[1] != '-')
			later_b = (long)lex_char_class[(unsigned char)w[0]] * LEX_CLASSES +
			          lex_char_class[(unsigned char)w[1]];
		while (*w && *w != ' ')
			w++;
		if (!*w)
			break;
		w++;
	}
	if (best) {
		st = phrase_stem(best);
		sig_add(&set->nsig_s, set->sig_s_word, set->sig_s, set->sig_s_phr, (size_t)st, k);
		if (best == p)
			set->at_only |= (uint64_t)1 << k;
	} else if (later_b >= 0) {
		sig_add(&set->nsig_b, set->sig_b_word, set->sig_b, set->sig_b_phr, (size_t)later_b,
		        k);
	} else {
		sig_add(&set->nsig_b, set->sig_b_word, set->sig_b, set->sig_b_phr, b, k);
		set->at_only |= (uint64_t)1 << k;
	}
	if ((set->at_only >> k) & 1)
		set->first_at[first / 64] |= (uint64_t)1 << (first % 64);
}

/* Work out a set's gates, by the one thread that moves it from state 0 to 1. */
__attribute__((noinline, cold)) static void set_compile(struct lex_phrase_set *set)
{
	int expect = 0;
	size_t k;

	if (!atomic_compare_exchange_strong(&set->state, &expect, 1))
		return;
	for (k = 0; k < set->n; k++) {
		struct lex_phrase *ph = nth_phrase(set->phs, set->stride, k);
		uint64_t code = phrase_code(ph), st;
		size_t b = code_bucket(code);
		unsigned first = code_first(code);
		if (k == LEX_SET_MAX || b >= LEX_BUCKETS) { /* (lex_find() answers: no gate) */
			atomic_store_explicit(&set->state, 3, memory_order_release);
			return;
		}
		st = atomic_load_explicit(&ph->stems, memory_order_relaxed);
		set->gate[k] = (uint32_t)b | (uint32_t)(st & ST_MASK) << SG_STEM |
		               (st & ST_FIRST ? SG_HAS : 0) | (uint32_t)first << SG_FIRST;
		set->first[first / 64] |= (uint64_t)1 << (first % 64);
		set_signature(set, k, ph->text[0] == ' ' ? ph->text + 1 : ph->text, b, first);
	}
	atomic_store_explicit(&set->state, 2, memory_order_release);
}

/* 1 if the focus holds a word of the gate's bucket and, if it asks one, of its stem;
 * else 0: no branch on the text. */
static inline uint64_t gate_pass(const struct lex_focus *f, uint32_t g)
{
	size_t b = g & 0x7ff, st = (g >> SG_STEM) & ST_MASK;

	return (f->buckets[b / 64] >> (b % 64)) &
	       ((f->stems[st / 64] >> (st % 64)) | !(g & SG_HAS)) & 1;
}

/* In the focus, with the gates kept: lex_search_any_ph()'s loop, each phrase's bucket
 * and stem read from its gate; a match at s alone is tried only when a phrase may
 * begin with s's byte. */
bool lex_search_any_set(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase_set *set)
{
	const struct lex_focus *f = ix->focus;
	int state = atomic_load_explicit(&set->state, memory_order_acquire);

	if (state == 2 && f && ix->pos && s < e && f->s <= s && e <= f->e) {
		unsigned c = text_fold[(unsigned char)ix->t[s]];
		uint64_t pass = 0, at = 0, todo, cand = 0;
		size_t k;
		/* the phrases whose signature's word of the focus's bitmaps has a bit of a
		 * signature set (cand: the others have no match in the span, but for a match
		 * at s of a phrase whose signature is its first word, at_only); then, of
		 * those, every phrase's gate, with no branch on the text (bit k of pass: the
		 * focus holds phrase k's bucket and stem; of at: it does not, and a match of
		 * it at s may begin with s's byte), then those phrases in their order */
		for (k = 0; k < set->nsig_s; k++)
			cand |= set->sig_s_phr[k] &
			        -(uint64_t)((f->stems[set->sig_s_word[k]] & set->sig_s[k]) != 0);
		for (k = 0; k < set->nsig_b; k++)
			cand |= set->sig_b_phr[k] &
			        -(uint64_t)((f->buckets[set->sig_b_word[k]] & set->sig_b[k]) != 0);
		if (!cand && !((set->first_at[c / 64] >> (c % 64)) & 1))
			return false; /* (the common case) */
		for (todo = cand; todo; todo &= todo - 1) {
			k = (size_t)__builtin_ctzll(todo);
			pass |= gate_pass(f, set->gate[k]) << k;
		}
		if ((set->first[c / 64] >> (c % 64)) & 1)
			for (todo = (cand | set->at_only) & ~pass; todo; todo &= todo - 1) {
				k = (size_t)__builtin_ctzll(todo);
				at |= (uint64_t)(set->gate[k] >> SG_FIRST == c) << k;
			}
		for (todo = pass | at; todo; todo &= todo - 1) {
			struct lex_phrase *ph;
			k = (size_t)__builtin_ctzll(todo);
			ph = nth_phrase(set->phs, set->stride, k);
			if ((pass >> k) & 1) {
				uint64_t code =
				    atomic_load_explicit(&ph->code, memory_order_relaxed);
				if (!later_code_absent(f, code) &&
				    !later_stem_absent(f, atomic_load_explicit(
				                              &ph->stems, memory_order_relaxed)) &&
				    search_bucket_code(ix, code, s, e, ph, NULL) != (size_t)-1)
					return true;
			} else if (lex_match(ix->t, s, e, ph->text, NULL)) {
				return true;
			}
		}
		return false;
	}
	if (state == 0)
		set_compile(set);
	return search_any(ix, s, e, set->phs, set->n, set->stride);
}
