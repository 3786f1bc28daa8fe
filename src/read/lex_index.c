/*
 * lex_index.c: the word index of a document (see lex.h), built once and read by every
 * search: its word starts found eight or sixteen bytes at a time into a bitmap, each
 * word's bucket (its first two characters' classes) and key, the buckets filled in
 * text order by a counting sort, the words' list in text order kept for the focus, and
 * the places where a date can begin; and the two places it answers without a search,
 * the next word start and the next date place.  Split from lex.c in session 19, the
 * rules unchanged; lex_int.h holds what the two share.
 */
#include "../base/compat.h"

#include "lex.h"
#include "lex_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Bit k set if byte k of w (in memory order) is an ASCII letter or digit:
 * eight bytes compared at once, then their flags gathered into a byte. */
static unsigned alnum_bits8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
	uint64_t x = (w & ~highs) | highs; /* each byte 0x80 + its low seven bits */
	uint64_t folded = x | ones * 0x20; /* and capitals as small letters */
	/* the high bit of each byte of x - ones * k: is (byte & 0x7f) >= k? */
	uint64_t digit = ((x - ones * '0') & ~(x - ones * ('9' + 1))),
	         letter = ((folded - ones * 'a') & ~(folded - ones * ('z' + 1)));
	uint64_t in = (digit | letter) & ~w & highs; /* and not a byte >= 0x80 */

	return (unsigned)(((in >> 7) * 0x0102040810204080ULL) >> 56);
}

/* The ASCII letters and digits of t[base, base + 64) (fewer at the end of
 * the text) as a bitmap, bit k for t[base + k]. */
static uint64_t alnum_bits64(const char *t, size_t base, size_t n)
{
	uint64_t bits = 0, w;
	size_t k;

#ifdef __SSE2__
	/* sixteen bytes at a time: a digit, or a letter once 0x20 is set in it
	 * (capitals as small letters), compared as signed bytes, so that no
	 * byte >= 0x80 (negative) is in either range */
	if (n - base >= 64) {
		for (k = 0; k < 64; k += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + base + k));
			__m128i f = _mm_or_si128(v, _mm_set1_epi8(0x20));
			__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
			                              _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
			__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(f, _mm_set1_epi8('a' - 1)),
			                               _mm_cmplt_epi8(f, _mm_set1_epi8('z' + 1)));
			bits |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(digit, letter))
			        << k;
		}
		return bits;
	}
#endif
	if (n - base >= 64) {
		for (k = 0; k < 64; k += 8) {
			memcpy(&w, t + base + k, 8);
			bits |= (uint64_t)alnum_bits8(w) << k;
		}
		return bits;
	}
	for (k = 0; base + k < n; k++)
		bits |= (uint64_t)(lex_char_class[(unsigned char)t[base + k]] != LEX_OTHER) << k;
	return bits;
}

/* The word starts of t[0, n) (an ASCII letter or digit after anything
 * else) as a bitmap of n / 64 + 1 words, or NULL if memory runs out.  No
 * branch depends on the text, so none is mispredicted. */
static uint64_t *word_start_bits(const char *t, size_t n)
{
	size_t w, words = n / 64 + 1;
	uint64_t *starts = malloc(words * sizeof(*starts)), before = 0;

	if (!starts)
		return NULL;
	for (w = 0; w < words; w++) {
		uint64_t alnum = alnum_bits64(t, w * 64, n);
		starts[w] = alnum & ~(alnum << 1 | before);
		before = alnum >> 63;
	}
	return starts;
}

static void index_date_starts(struct lex_index *ix);

/* The bits set in x, without a call (the build's target has no popcount
 * instruction, and __builtin_popcountll() calls the compiler's library). */
static inline size_t popcount64(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ULL;
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (size_t)((x * 0x0101010101010101ULL) >> 56);
}

/* The key of the word at t[p] (see KEY_SPACE), next the bucket of the word after it. */
static inline uint16_t word_key(const char *t, size_t p, size_t n, size_t next)
{
	return (
	    uint16_t)(KEY_THIRD(p + 2 < n ? lex_third_class[(unsigned char)t[p + 2]] : KEY_MARK) |
	              (next & KEY_NEXT_MASK));
}

/* Fill pos[] and key[] bucket by bucket (fill: each bucket's next free slot),
 * the words in text order: from list (their places) when it was kept, else
 * from the bitmap again; bk gives each word's bucket (total of them, then one
 * more), so the next word's too. */
static void fill_buckets(struct lex_index *ix, const uint64_t *starts, size_t words,
                         const uint32_t *list, size_t total, const uint16_t *bk, uint32_t *fill)
{
	const char *t = ix->t;
	size_t n = ix->n, w, j = 0;
	uint32_t *pos = ix->pos;
	uint16_t *key = ix->key;
	uint64_t bits;

	if (list) {
		for (j = 0; j < total; j++) {
			size_t p = list[j], k = fill[bk[j]]++;
			pos[k] = (uint32_t)p;
			key[k] = word_key(t, p, n, bk[j + 1]);
		}
		return;
	}
	for (w = 0; w < words; w++)
		for (bits = starts[w]; bits; bits &= bits - 1, j++) {
			size_t p = w * 64 + (size_t)__builtin_ctzll(bits), k = fill[bk[j]]++;
			pos[k] = (uint32_t)p;
			key[k] = word_key(t, p, n, bk[j + 1]);
		}
}

/* Each word's bucket into bk (in text order) and counted, and its place into list
 * if there is one; inline in both of lex_index_build()'s calls, so that each loop is
 * made for its own case, with no test of list for each word. */
static inline __attribute__((always_inline)) void count_buckets(const char *t, size_t n,
                                                                const uint64_t *starts,
                                                                size_t words, uint16_t *bk,
                                                                uint32_t *count, uint32_t *list)
{
	size_t w, j = 0;
	uint64_t bits;

	for (w = 0; w < words; w++)
		for (bits = starts[w]; bits; bits &= bits - 1, j++) {
			size_t p = w * 64 + (size_t)__builtin_ctzll(bits), b = bucket_at(t, p, n);
			bk[j] = (uint16_t)b;
			count[b]++;
			if (list)
				list[j] = (uint32_t)p;
		}
}

/* v[0, n) in place as its running sums (v[i] becomes v[0] + ... + v[i]): four at a
 * time where the processor has SSE2 (a block's own sums by two shifted adds, then the
 * sum of the blocks before it added), not one at a time with a dependent add each. */
static void running_sums(uint32_t *v, size_t n)
{
	size_t i = 0;
	uint32_t sum = 0;

#ifdef __SSE2__
	__m128i before = _mm_setzero_si128();
	for (; i + 4 <= n; i += 4) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(v + i));
		x = _mm_add_epi32(x, _mm_slli_si128(x, 4));
		x = _mm_add_epi32(x, _mm_slli_si128(x, 8));
		x = _mm_add_epi32(x, before);
		_mm_storeu_si128((__m128i *)(void *)(v + i), x);
		before = _mm_shuffle_epi32(x, 0xff);
	}
	if (i)
		sum = v[i - 1];
#endif
	for (; i < n; i++)
		v[i] = sum += v[i];
}

/* out[2i] = a[i], out[2i + 1] = b[i] for i < n: four pairs at a time where the processor
 * has SSE2. */
static void interleave(uint32_t *out, const uint32_t *a, const uint32_t *b, size_t n)
{
	size_t i = 0;

#ifdef __SSE2__
	for (; i + 4 <= n; i += 4) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(a + i)),
		        y = _mm_loadu_si128((const __m128i *)(const void *)(b + i));
		_mm_storeu_si128((__m128i *)(void *)(out + 2 * i), _mm_unpacklo_epi32(x, y));
		_mm_storeu_si128((__m128i *)(void *)(out + 2 * i + 4), _mm_unpackhi_epi32(x, y));
	}
#endif
	for (; i < n; i++) {
		out[2 * i] = a[i];
		out[2 * i + 1] = b[i];
	}
}

void lex_index_build(struct lex_index *ix, const char *t, size_t n)
{
	uint64_t *starts;
	uint32_t *count, *list;
	uint16_t *bk;
	size_t w, words = n / 64 + 1, total = 0;

	memset(ix, 0, sizeof(*ix));
	ix->t = t;
	ix->n = n;
	if (n >= UINT32_MAX)
		return; /* never: the input is capped far below; lex_search scans */
	if (!(starts = word_start_bits(t, n)))
		return;
	/* start[] (the counts, zeroed) and, after it, the next free slot of
	 * each bucket (a copy of start[] once counted) */
	ix->start = malloc((4 * LEX_BUCKETS + 4) * sizeof(uint32_t));
	if (!ix->start) {
		free(starts);
		return;
	}
	memset(ix->start, 0, (LEX_BUCKETS + 1) * sizeof(uint32_t));
	count = ix->start + 1;
	for (w = 0; w < words; w++)
		total += popcount64(starts[w]);
	/* each word's bucket, worked out once (in text order) for the count and
	 * read back for the fill; and, for a text of an instrument's size, each
	 * word's place, kept with the buckets for lex_focus() (a longer text
	 * keeps to the reader's memory bound without them) */
	bk = total <= LEX_INDEX_MAX_WORDS ? malloc((total + 1) * sizeof(*bk)) : NULL;
	list =
	    bk && total <= LEX_FOCUS_LIST_MAX ? malloc((total ? total : 1) * sizeof(*list)) : NULL;
	ix->pos = bk ? malloc((total ? total : 1) * sizeof(uint32_t)) : NULL;
	ix->key = ix->pos ? malloc((total ? total : 1) * sizeof(*ix->key)) : NULL;
	if (ix->key) {
		if (list)
			count_buckets(t, n, starts, words, bk, count, list);
		else
			count_buckets(t, n, starts, words, bk, count, NULL);
		bk[total] = 0; /* the last word's next: none, any bucket will do */
		/* each bucket's start (start[b + 1], count[b], the sum of the counts up to
		 * b's), and its hint (where its first word goes, start[b]: filled, each is
		 * a valid hint) */
		ix->hint = ix->start + LEX_BUCKETS + 1;
		running_sums(count, LEX_BUCKETS);
		memcpy(ix->hint, ix->start, LEX_BUCKETS * sizeof(*ix->hint));
		fill_buckets(ix, starts, words, list, total, bk, ix->hint);
		ix->hint[LEX_BUCKETS] = 0; /* the dates' */
		/* each bucket's start and hint side by side for the searches, which read
		 * both and the next bucket's start: one cache line, not two arrays' */
		ix->bh = ix->hint + LEX_BUCKETS + 1;
		interleave(ix->bh, ix->start, ix->hint, LEX_BUCKETS);
		ix->bh[2 * LEX_BUCKETS] = ix->bh[2 * LEX_BUCKETS + 1] = ix->start[LEX_BUCKETS];
		if (list) {
			ix->words = list;
			ix->word_bucket = bk;
			ix->nwords = total;
		} else {
			free(bk);
		}
		index_date_starts(ix);
		ix->starts = starts;
		if ((ix->focus = malloc(sizeof(*ix->focus))))
			ix->focus->e = ix->focus->next = 0;
	} else {
		free(bk);
		free(list);
		lex_index_release(ix);
		ix->t = t;
		ix->n = n;
		free(starts);
	}
}

void lex_index_release(struct lex_index *ix)
{
	free(ix->start);
	free(ix->pos);
	free(ix->key);
	free(ix->dates);
	free(ix->starts);
	free(ix->words);
	free(ix->word_bucket);
	free(ix->focus);
	memset(ix, 0, sizeof(*ix));
}

size_t lex_next_word(const struct lex_index *ix, size_t i, size_t e)
{
	size_t w;
	uint64_t bits;

	e = e < ix->n ? e : ix->n;
	if (++i >= e)
		return e;
	w = i / 64;
	for (bits = ix->starts[w] & (~(uint64_t)0 << (i % 64)); !bits; bits = ix->starts[w])
		if (++w > (e - 1) / 64)
			return e;
	i = w * 64 + (size_t)__builtin_ctzll(bits);
	return i < e ? i : e;
}

/* Mark in marks (a bit per byte of text) the word starts of buckets
 * [b0, b1) that can begin a date: not after a byte of a non-ASCII
 * character (lex_dates() counts those as part of a word).  Given third, the words
 * must begin with a month's abbreviation, whose third letter is one of third's: a word
 * whose key holds another third byte is passed over without lex_month_prefix(). */
static void mark_date_starts(const struct lex_index *ix, uint64_t *marks, size_t b0, size_t b1,
                             const char *third)
{
	size_t k;
	unsigned c1 = third ? lex_third_class[(unsigned char)third[0]] : 0,
	         c2 = third && third[1] ? lex_third_class[(unsigned char)third[1]] : c1;

	for (k = ix->start[b0]; k < ix->start[b1]; k++) {
		size_t p = ix->pos[k];
		if (third && (unsigned)(ix->key[k] >> 10) != c1 &&
		    (unsigned)(ix->key[k] >> 10) != c2)
			continue;
		if ((p == 0 || (unsigned char)ix->t[p - 1] < 0x80) &&
		    (!third || (p + 3 <= ix->n && lex_month_prefix(ix->t + p))))
			marks[p / 64] |= (uint64_t)1 << (p % 64);
	}
}

/* The index's list of the places where a date can begin: the word starts
 * that begin with a digit or with a month's abbreviation (no other word begins a
 * date: the date finder's month words all begin with one), in text order (a
 * bitmap read in order sorts them). */
static void index_date_starts(struct lex_index *ix)
{
	/* each abbreviation's first two letters, then the third letters it may go on with */
	static const char months[][2][3] = {{"ja", "n"}, {"ju", "nl"}, {"fe", "b"}, {"ma", "ry"},
	                                    {"ap", "r"}, {"au", "g"},  {"se", "p"}, {"oc", "t"},
	                                    {"no", "v"}, {"de", "c"}};
	size_t words = ix->n / 64 + 1, w, k, count = 0;
	uint64_t *marks = calloc(words, sizeof(*marks)), bits;

	if (!marks)
		return;
	mark_date_starts(ix, marks, 0, 10 * LEX_CLASSES, NULL); /* a digit first */
	for (k = 0; k < ARRAY_SIZE(months); k++) {
		size_t b = bucket_at(months[k][0], 0, 2);
		mark_date_starts(ix, marks, b, b + 1, months[k][1]);
	}
	for (w = 0; w < words; w++)
		for (bits = marks[w]; bits; bits &= bits - 1)
			count++; /* (few bits are set: one per place) */
	if ((ix->dates = malloc((count ? count : 1) * sizeof(uint32_t)))) {
		for (w = 0; w < words; w++)
			for (bits = marks[w]; bits; bits &= bits - 1)
				ix->dates[ix->ndates++] =
				    (uint32_t)(w * 64 + (size_t)__builtin_ctzll(bits));
	}
	free(marks);
}

size_t lex_next_date_place(const struct lex_index *ix, size_t i, size_t e)
{
	size_t lo = 0, hi = ix->ndates, h;

	if (!ix->dates || i >= e)
		return i < e ? i : e;
	/* the scans step forward: most often the answer is the last one, or the next */
	h = ix->hint[LEX_BUCKETS];
	if (h < hi && ix->dates[h] < i)
		h++;
	if ((h == 0 || ix->dates[h - 1] < i) && (h == hi || ix->dates[h] >= i))
		lo = hi = h;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ix->dates[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	ix->hint[LEX_BUCKETS] = (uint32_t)lo;
	return lo < ix->ndates && ix->dates[lo] < e ? ix->dates[lo] : e;
}
