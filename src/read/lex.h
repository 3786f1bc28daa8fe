/*
 * lex.h: the reader's lexical layer: finding words, phrases and dates in
 * a span of text, tolerant of the artefacts of PDF conversion (runs of
 * spaces and line breaks inside a phrase, curly quotes, lost hyphens).
 *
 * Spans are [s, e) byte offsets into the document text.  Nothing here
 * allocates; every scan is linear in the span it is given.
 */
#ifndef OVERSIGHT_READ_LEX_H
#define OVERSIGHT_READ_LEX_H

#include "../cal/date.h"

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
 * space in the phrase matches any run of white space (and a hyphen in the
 * phrase also matches nothing, for lost hyphens).  Returns the offset of
 * the match, or (size_t)-1; *end (may be NULL) gets the end of the match.
 */
size_t lex_find(const char *t, size_t s, size_t e, const char *phrase, size_t *end);

/* Does t[pos, e) start with phrase (same matching rules)?  *end as above. */
bool lex_at(const char *t, size_t pos, size_t e, const char *phrase, size_t *end);

/* All dates mentioned in t[s, e), in order; returns the count (<= max). */
size_t lex_dates(const char *t, size_t s, size_t e, struct lex_date *out, size_t max);

/* Skip white space forwards / backwards. */
size_t lex_skip_space(const char *t, size_t pos, size_t e);
size_t lex_trim_end(const char *t, size_t s, size_t e);

/* Copy t[s, e) into buf (size n) with runs of white space folded to one
 * space and the ends trimmed; returns buf. */
char *lex_copy(const char *t, size_t s, size_t e, char *buf, size_t n);

/* The longest sentence the scanners look at, in bytes: bounds the work
 * done for each candidate fact, so no input makes the reader quadratic. */
#define LEX_MAX_SENTENCE 2000

/* The end of the sentence that contains pos (after its full stop or
 * semicolon, or e); and its start (after the previous one, or s). */
size_t lex_sentence_end(const char *t, size_t pos, size_t e);
size_t lex_sentence_start(const char *t, size_t s, size_t pos);

bool lex_is_word_char(unsigned char c);

#endif
