/*
 * lex.h: the reader's lexical layer: finding words, phrases and dates in
 * a span of text, tolerant of the artefacts of PDF conversion (runs of
 * spaces and line breaks inside a phrase, curly quotes, lost hyphens).
 *
 * Spans are [s, e) byte offsets into the document text.  Each document is
 * indexed once (struct lex_index: its word starts by their first two
 * letters, and the places where a date can begin); the extractors search
 * through the index, so each visits only the places that hold its cue
 * words, not every byte of the span.  Every search gives exactly what the
 * plain scan (lex_find(), lex_dates()) gives, and falls back to it when
 * there is no index.  Only the index allocates; every scan is linear in
 * the span it is given.
 */
#ifndef OVERSIGHT_READ_LEX_H
#define OVERSIGHT_READ_LEX_H

#include "../base/str.h"
#include "../cal/date.h"

#include <stdatomic.h>

struct lex_span {
	size_t s, e;
};

enum lex_precision { LEX_DAY, LEX_MONTH };

struct lex_date {
	struct lex_span span;
	enum lex_precision precision;
	cal_day day;     /* LEX_DAY: the date; LEX_MONTH: the month's first day */
	bool has_end;    /* "27 and 28 June 2017": a second day */
	cal_day end_day;
};

/*
 * Find phrase in t[s, e), case-insensitively, at word boundaries, where one
 * space in the phrase matches any run of white space, line breaks included
 * (a phrase that begins with a space matches where such a run begins), and
 * a hyphen in the phrase also matches nothing, for lost hyphens.  Returns the offset of
 * the match, or (size_t)-1; *end (may be NULL) gets the end of the match.
 */
size_t lex_find(const char *t, size_t s, size_t e, const char *phrase, size_t *end);

/*
 * The word index of a document: every word start (an ASCII letter or digit
 * not preceded by one) in buckets by its first two characters, case
 * folded, each bucket in text order.  Built once per document: one pass
 * finds the word starts sixteen bytes at a time into a bitmap, then the
 * bitmap is read once (each word's place and bucket, in text order, and the
 * buckets counted) and the buckets filled from that list, which is kept for
 * lex_focus() (up to LEX_FOCUS_LIST_MAX words).  lex_search() then
 * visits only the word starts that can begin the phrase: a binary search
 * in one bucket (or a step from where the last search of that bucket
 * ended, as the extractors mostly move forward), then a check of each.
 * The index owns its arrays (release with lex_index_release()); the text
 * is borrowed.
 */
#define LEX_BUCKETS (37 * 37)

/* A word's stem: its first four bytes, case folded, hashed to LEX_STEM_BITS bits (see
 * lex.c). */
#define LEX_STEM_BITS 10

/* The span the next searches ask about (see lex_focus()). */
struct lex_focus {
	size_t s, e;                               /* e == 0: none */
	size_t next;                               /* the first word (in ix->words) at or after e */
	uint64_t buckets[(LEX_BUCKETS + 63) / 64]; /* bit b: a word of bucket b starts in [s, e) */
	uint64_t stems[(1 << LEX_STEM_BITS) / 64]; /* bit k: a word of stem k starts in [s, e) */
};

struct lex_index {
	const char *t; /* borrowed */
	size_t n;
	uint32_t *start; /* bucket b holds pos[start[b] .. start[b + 1]); NULL if not built */
	uint32_t *pos;   /* word starts, bucket after bucket, each in text order */
	uint16_t *key;   /* for each of pos[], its word's key: its third byte's class and
	                  * its next word's bucket, which a search compares before it
	                  * matches (see lex.c) */
	uint32_t *hint;       /* per bucket, where its last search ended (see lex_search()); then
	                       * where lex_next_date_place() last ended, in dates[] */
	uint32_t *bh;         /* bucket b's start at bh[2b], its hint at bh[2b + 1] (the searches'
	                       * own copies of start[] and hint[], side by side: a search reads
	                       * both, and the next bucket's start, from one cache line) */
	uint32_t *dates; /* where a date can begin (see lex_dates_in()), in text order */
	size_t ndates;
	uint64_t *starts;        /* the word starts as a bitmap: bit p % 64 of starts[p / 64] */
	uint32_t *words;         /* the word starts in text order (nwords), and each one's */
	uint16_t *word_bucket;   /* bucket: lex_focus() reads a span's from them; both NULL
	                          * past LEX_FOCUS_LIST_MAX words */
	size_t nwords;
	struct lex_focus *focus; /* NULL: none kept */
};

/* At most this many word starts are indexed (16 MB): a text with more, far
 * beyond any instrument, is searched byte by byte instead. */
#define LEX_INDEX_MAX_WORDS ((size_t)4 << 20)
/* The words' list in text order is kept for lex_focus() up to this many words
 * (the largest instrument has some 20,000): a longer text, read within the
 * reader's memory bound, has its words' buckets worked out again at each focus. */
#define LEX_FOCUS_LIST_MAX ((size_t)1 << 18)

/* Index t[0, n).  If memory runs out, or the text has more words than the
 * cap, the index is empty and lex_search() falls back to lex_find(); the
 * results are the same either way. */
void lex_index_build(struct lex_index *ix, const char *t, size_t n);
void lex_index_release(struct lex_index *ix);

/* lex_find() over the indexed text, with the same result.  (It updates the
 * bucket's hint, which changes no result: the index is not shared.) */
size_t lex_search(const struct lex_index *ix, size_t s, size_t e, const char *phrase, size_t *end);
/* A phrase compiled for the searches on its first one: its bucket, the buckets of
 * its later words and the third byte its candidates must have, which lex_search()
 * works out from the text at every search (the grammar's phrases are literals,
 * searched thousands of times a document, most answered "no" from the focus at
 * once, so that work was a third of a search).  Only for a phrase whose text never
 * changes: a phrase built in a buffer goes to lex_search().  The code is one
 * atomic word, so documents read at once by several threads may each compile a
 * phrase, all to the same value. */
struct lex_phrase {
	const char *text;
	_Atomic uint64_t code; /* 0: not compiled yet (see lex.c) */
	_Atomic uint32_t key;  /* what a word's key must hold for it, stored before code
	                        * (0: work it out from code, which gives the same) */
	_Atomic uint64_t stems; /* the stems of its words that a focus must hold, stored
	                         * before code (0: none asked, which answers the same) */
};
#define LEX_PHRASE(s)                                                                              \
	{                                                                                          \
		(s), 0, 0, 0                                                                       \
	}
/* A literal at the call, LEX_LIT("month"): a lex_phrase of its own, static.  Not in an
 * array's initializer ({LEX_LIT("a"), LEX_LIT("b")}): clang leaves the statics zeroed
 * there; a static array of LEX_PHRASE() serves. */
#define LEX_LIT(s)                                                                                 \
	(__extension__({                                                                           \
		static struct lex_phrase lex_lit_ = LEX_PHRASE(s);                                 \
		&lex_lit_;                                                                         \
	}))

/* lex_search() and lex_search_any() of compiled phrases: the same answers. */
size_t lex_search_ph(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase *ph,
                     size_t *end);
bool lex_search_any_ph(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase *phs,
                       size_t n);

/* A list of compiled phrases, asked together whether a span holds any of them (the
 * grammar's statements, narrative, cadence nouns, verbs of giving): on its first search
 * it keeps, packed one word a phrase, what the focus is asked of each (its bucket and
 * its word's stem), and the bytes its phrases may begin with, so that each phrase costs
 * two bit tests, not a read of its code and stems and the tests each needs.  Worked out
 * by the first thread to search (state 1), kept for all once ready (state 2); a list
 * of more than LEX_SET_MAX phrases, or with one that has no bucket, keeps none (state
 * 3) and is searched as lex_search_any_ph() searches. */
#define LEX_SET_MAX 48
struct lex_phrase_set {
	struct lex_phrase *phs; /* the first; the others stride bytes on, one after another */
	size_t n, stride;
	_Atomic int state;          /* 0: not worked out; 1: being worked out; 2: ready; 3: none */
	uint32_t gate[LEX_SET_MAX]; /* each phrase's bucket and word's stem (see lex.c) */
	uint64_t first[4];          /* bit c: a phrase's match at a search's start may begin with
	                             * a byte that text_fold() (lex.c) folds to c */
	/* Each phrase's signature: the stem (or, with none, the bucket) of its longest word,
	 * which a focus holds wherever the phrase matches in it (at the search's start too,
	 * when that word is a later one): the signatures gathered by the words of the
	 * focus's bitmaps they fall in, so that a focus with none of them answers for the
	 * whole set at once (see lex_search_any_set()). */
	uint8_t nsig_b, nsig_s;
	uint8_t sig_b_word[LEX_SET_MAX], sig_s_word[LEX_SET_MAX];
	uint64_t sig_b[LEX_SET_MAX], sig_s[LEX_SET_MAX];
	uint64_t sig_b_phr[LEX_SET_MAX], sig_s_phr[LEX_SET_MAX]; /* bit k: phrase k's
	                                                          * signature is there */
	uint64_t at_only;     /* bit k: phrase k's signature is its first word's (a match at the
	                       * search's start is asked of it even when no signature is there) */
	uint64_t first_at[4]; /* first[] of those phrases alone */
};
/* The set of an array of phrases, and of the phrases that are member m of each of an
 * array of structs. */
#define LEX_PHRASE_SET(arr)                                                                        \
	{                                                                                          \
		.phs = (arr), .n = ARRAY_SIZE(arr), .stride = sizeof((arr)[0])                     \
	}
#define LEX_PHRASE_SET_OF(arr, m)                                                                  \
	{                                                                                          \
		.phs = &(arr)[0].m, .n = ARRAY_SIZE(arr), .stride = sizeof((arr)[0])               \
	}
/* lex_search_any_ph() of the set's phrases: the same answer. */
bool lex_search_any_set(const struct lex_index *ix, size_t s, size_t e, struct lex_phrase_set *set);

/* Does any of phrases[0, n) occur in t[s, e)?  What lex_search() of each in turn
 * would say, with the focus's test made once for the span, not once a phrase (the
 * grammar asks a sentence whether it holds any of a list of phrases, dozens long,
 * and most phrases' buckets have no word there). */
bool lex_search_any(const struct lex_index *ix, size_t s, size_t e, const char *const *phrases,
                    size_t n);

/* The first word start (an ASCII letter or digit after anything else: where
 * lex_search() looks) after i and before e, else e.  The index must be built
 * (ix->starts not NULL). */
size_t lex_next_word(const struct lex_index *ix, size_t i, size_t e);

/* The next searches ask about t[s, e) (a sentence, a clause): the index notes
 * which buckets, and which stems, have a word starting there, and a search inside
 * the span for a phrase whose bucket or first word's stem has none there, or one of
 * whose later words' buckets or stems has none, is answered without looking further
 * (the grammar asks each sentence dozens of questions, most of them "no").
 * Like the hints, it changes no result; a search outside the span is made as
 * usual. */
void lex_focus(const struct lex_index *ix, size_t s, size_t e);

/* Does t[pos, e) start with phrase (same matching rules)?  *end as above.
 * lex_at() rejects a wrong first character inline, the common case, and
 * leaves the rest to lex_match(). */
bool lex_match(const char *t, size_t pos, size_t e, const char *phrase, size_t *end);
/* lex_match() where the phrase's first character, no space, hyphen or apostrophe,
 * is known to match t[pos]: the match goes on from the next. */
bool lex_match_rest(const char *t, size_t pos, size_t e, const char *phrase, size_t *end);

static inline bool lex_at(const char *t, size_t pos, size_t e, const char *phrase, size_t *end)
{
	unsigned char c = (unsigned char)phrase[0];

	if (c != '-' && c != '\'' && c != '\0') { /* a character that must be there */
		if (pos >= e)
			return false;
		if (c == ' ')
			return ch_is_space((unsigned char)t[pos]) &&
			       lex_match(t, pos, e, phrase, end);
		return ch_lower((unsigned char)t[pos]) == ch_lower(c) &&
		       lex_match_rest(t, pos, e, phrase, end);
	}
	return lex_match(t, pos, e, phrase, end);
}

/* Is t[ws, we) the whole word w (case folded; lex_at()'s matching)? */
static inline bool lex_word_is(const char *t, size_t ws, size_t we, const char *w)
{
	return we - ws == strlen(w) && lex_at(t, ws, we, w, NULL);
}

/* Can phrase start at a place whose byte, case folded, is first (ch_lower() of
 * it, or -1 past the span's end)?  lex_at()'s first test, for a list of phrases
 * tried at one place: the byte is folded once, not once for each phrase. */
static inline bool lex_may_start(int first, const char *phrase)
{
	unsigned char c = (unsigned char)phrase[0];

	return c == '-' || c == '\'' || c == '\0' || c == ' ' || ch_lower(c) == first;
}

/* All dates mentioned in t[s, e), in order; returns the count (<= max). */
size_t lex_dates(const char *t, size_t s, size_t e, struct lex_date *out, size_t max);
/* lex_dates() over t[s, e) of the indexed text, the same result: it visits
 * only the places the index lists where a date can begin (word starts with
 * a digit or a month's abbreviation, lex_month_prefix()) instead of every byte. */
size_t lex_dates_in(const struct lex_index *ix, size_t s, size_t e, struct lex_date *out,
                    size_t max);
/* The first place at or after i (and before e) that the index lists as one
 * where a date can begin, or e; without an index, i itself (so a caller
 * that steps with it visits every byte, as before). */
size_t lex_next_date_place(const struct lex_index *ix, size_t i, size_t e);
/* The month (1..12) whose abbreviation, in any case, the three bytes at p are, or 0:
 * every name of a month the date finder reads ("May", "sept", "December") begins
 * with its abbreviation. */
int lex_month_prefix(const char *p);
/* The month (1..12) whose full name, capitalised, is the word t[i, we), or 0 ("May" is
 * May; "may" is not).  The word holds no NUL byte (the callers' words are runs of
 * lex_is_word_char() bytes). */
int lex_month_word(const char *t, size_t i, size_t we);
/* Is a year (four digits) the next word after t[i]? "January 2022" is the date finder's;
 * "January," or "January." is not. */
bool lex_year_follows(const char *t, size_t i, size_t e);

/* Skip white space forwards / backwards.  Inline: most calls step over one space or
 * none, less than a call costs. */
static inline size_t lex_skip_space(const char *t, size_t pos, size_t e)
{
	while (pos < e && ch_is_space((unsigned char)t[pos]))
		pos++;
	return pos;
}
static inline size_t lex_trim_end(const char *t, size_t s, size_t e)
{
	while (e > s && ch_is_space((unsigned char)t[e - 1]))
		e--;
	return e;
}

/* Copy t[s, e) into buf (size n) with runs of white space folded to one
 * space and the ends trimmed; returns buf. */
char *lex_copy(const char *t, size_t s, size_t e, char *buf, size_t n);
/* lex_copy(), returning the copy's length (strlen(buf)). */
size_t lex_copy_n(const char *t, size_t s, size_t e, char *buf, size_t n);

/* The longest sentence the scanners look at, in bytes: bounds the work
 * done for each candidate fact, so no input makes the reader quadratic. */
#define LEX_MAX_SENTENCE 2000

/* The end of the sentence that contains pos (after its full stop or
 * semicolon, or e); and its start (after the previous one, or s; s when pos is
 * before s). */
size_t lex_sentence_end(const char *t, size_t pos, size_t e);
size_t lex_sentence_start(const char *t, size_t s, size_t pos);

enum { LEX_WORD = 1, LEX_ALNUM = 2, LEX_SPACE = 4, LEX_STOP = 8 };
extern const unsigned char lex_ctype[256]; /* LEX_* flags of each byte */

/* A letter, a digit, or a byte of a non-ASCII character. */
static inline bool lex_is_word_char(unsigned char c)
{
	return lex_ctype[c] & LEX_WORD;
}

#endif
