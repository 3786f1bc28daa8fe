/*
 * str.h: a non-owning string view {p, n} and bounded scanners over it
 * (curl's strparse).  A view never owns its bytes and is never assumed to
 * be NUL-terminated; every scanner checks the length first.
 */
#ifndef OVERSIGHT_STR_H
#define OVERSIGHT_STR_H

#include "compat.h"

struct strv {
	const char *p;
	size_t n;
};

/* A view of a NUL-terminated string (NULL gives the empty view). */
struct strv strv_of(const char *s);
static inline struct strv strv_make(const char *p, size_t n)
{
	struct strv v = {p, n};
	return v;
}

/* ASCII helpers that do not depend on the locale. */
static inline bool ch_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool ch_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline bool ch_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int ch_lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Remove ASCII white space from both ends. */
struct strv strv_trim(struct strv v);
/* Case-insensitive (ASCII) equality with a NUL-terminated string. */
bool strv_eq_ci(struct strv v, const char *s);
/* Does v start with s, case-insensitively?  On success, advance v past it. */
bool strv_eat_ci(struct strv *v, const char *s);
/* Skip leading ASCII white space. */
void strv_skip_space(struct strv *v);
/*
 * Read an unsigned decimal of 1..maxdigits digits from the front of v into
 * *out and advance.  Returns false (v unchanged) if there is no digit, more
 * than maxdigits digits, or the value would pass INT_MAX.  Inline: the date
 * finder asks it at every place a date can begin, most of them no date.
 */
static inline bool strv_eat_uint(struct strv *v, int maxdigits, int *out)
{
	size_t i = 0;
	long val = 0;

	while (i < v->n && ch_is_digit((unsigned char)v->p[i])) {
		if ((int)i >= maxdigits)
			return false;
		val = val * 10 + (v->p[i] - '0');
		if (val > INT_MAX)
			return false;
		i++;
	}
	if (i == 0)
		return false;
	*out = (int)val;
	v->p += i;
	v->n -= i;
	return true;
}
/*
 * Quote a possibly hostile input for a message: printable ASCII as is, other
 * bytes (and ') as \xNN, cut with "..." to fit out[n]; always NUL-terminated.
 */
void strv_quote(struct strv s, char *out, size_t n);
/* Read a run of ASCII letters from the front of v (may be empty).  Inline, as
 * strv_eat_uint(). */
static inline struct strv strv_eat_word(struct strv *v)
{
	size_t i = 0;
	struct strv w;

	while (i < v->n && ch_is_alpha((unsigned char)v->p[i]))
		i++;
	w = strv_make(v->p, i);
	v->p += i;
	v->n -= i;
	return w;
}

#endif
