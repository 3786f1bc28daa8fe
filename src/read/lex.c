/*
 * lex.c: phrase matching and date finding over document text (see lex.h).
 * Matching folds ASCII case and white space, and treats the typographic
 * quotes and apostrophes of UTF-8 text as their ASCII forms, so patterns
 * can be written plainly.  Dates are recognised in the forms instruments
 * use; each is validated by the calendar engine.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../cal/phrase.h"
#include "lex.h"

bool lex_is_word_char(unsigned char c)
{
	return ch_is_digit(c) || ch_is_alpha(c) || c >= 0x80;
}

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

bool lex_at(const char *t, size_t pos, size_t e, const char *phrase, size_t *end)
{
	size_t i = pos;
	const char *p = phrase;

	while (*p) {
		if (*p == ' ') {
			if (i >= e || !ch_is_space((unsigned char)t[i]))
				return false;
			while (i < e && ch_is_space((unsigned char)t[i]))
				i++;
			p++;
			continue;
		}
		if (*p == '-') {
			/* a hyphen may be lost ("Stokeon-Trent") or spaced */
			if (i < e && t[i] == '-')
				i++;
			p++;
			continue;
		}
		if (*p == '\'') {
			size_t a = i < e ? apostrophe(t, i, e) : 0;
			if (!a)
				return false;
			i += a;
			p++;
			continue;
		}
		if (i >= e || ch_lower((unsigned char)t[i]) != ch_lower((unsigned char)*p))
			return false;
		i++;
		p++;
	}
	if (lex_is_word_char((unsigned char)phrase[strlen(phrase) - 1]) && i < e &&
	    lex_is_word_char((unsigned char)t[i]) && (unsigned char)t[i] < 0x80)
		return false;
	if (end)
		*end = i;
	return true;
}

size_t lex_find(const char *t, size_t s, size_t e, const char *phrase, size_t *end)
{
	size_t i;
	int first = ch_lower((unsigned char)phrase[0]);

	for (i = s; i < e; i++) {
		if (ch_lower((unsigned char)t[i]) != first)
			continue;
		if (i > s && lex_is_word_char((unsigned char)t[i - 1]) &&
		    lex_is_word_char((unsigned char)phrase[0]) && (unsigned char)t[i - 1] < 0x80)
			continue;
		if (lex_at(t, i, e, phrase, end))
			return i;
	}
	return (size_t)-1;
}

size_t lex_skip_space(const char *t, size_t pos, size_t e)
{
	while (pos < e && ch_is_space((unsigned char)t[pos]))
		pos++;
	return pos;
}

size_t lex_trim_end(const char *t, size_t s, size_t e)
{
	while (e > s && ch_is_space((unsigned char)t[e - 1]))
		e--;
	return e;
}

char *lex_copy(const char *t, size_t s, size_t e, char *buf, size_t n)
{
	size_t j = 0;
	bool space = false;

	if (!n)
		return buf;
	s = lex_skip_space(t, s, e);
	e = lex_trim_end(t, s, e);
	for (; s < e && j + 1 < n; s++) {
		if (ch_is_space((unsigned char)t[s])) {
			space = true;
			continue;
		}
		if (space) {
			if (j + 2 >= n)
				break;
			buf[j++] = ' ';
		}
		space = false;
		buf[j++] = t[s];
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
	return buf;
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

size_t lex_sentence_end(const char *t, size_t pos, size_t e)
{
	size_t i;

	if (e - pos > LEX_MAX_SENTENCE)
		e = pos + LEX_MAX_SENTENCE; /* a longer "sentence" is not one: bound the scan */
	for (i = pos; i < e; i++) {
		if (t[i] == ';')
			return i + 1;
		if (t[i] == '.' && (i + 1 >= e || ch_is_space((unsigned char)t[i + 1])) &&
		    !(i > 0 && ch_is_digit((unsigned char)t[i - 1]) && i + 2 < e &&
		      ch_is_digit((unsigned char)t[i + 2])))
			return i + 1;
		if (i > pos && blank_line_at(t, i, e))
			return lex_trim_end(t, pos, i);
	}
	return e;
}

size_t lex_sentence_start(const char *t, size_t s, size_t pos)
{
	size_t i;

	if (pos - s > LEX_MAX_SENTENCE)
		s = pos - LEX_MAX_SENTENCE;
	for (i = pos; i > s; i--) {
		char c = t[i - 1];
		if (c == ';' || (c == '.' && i < pos && ch_is_space((unsigned char)t[i])))
			return lex_skip_space(t, i, pos);
		if (i - 1 > s && blank_line_at(t, i - 1, pos + 1 > i ? pos : i))
			return lex_skip_space(t, i, pos);
	}
	return s;
}

/* Read up to 2 digits and an optional ordinal suffix at t[i]. */
static bool day_at(const char *t, size_t *i, size_t e, int *d)
{
	struct strv v = strv_make(t + *i, e - *i);
	size_t before = v.n;

	if (!strv_eat_uint(&v, 2, d) || *d < 1 || *d > 31)
		return false;
	if (v.n >= 2 && !strv_eat_ci(&v, "st") && !strv_eat_ci(&v, "nd") && !strv_eat_ci(&v, "rd"))
		(void)strv_eat_ci(&v, "th"); /* ordinal suffix, if any */
	if (v.n && lex_is_word_char((unsigned char)v.p[0]))
		return false;
	*i += before - v.n;
	return true;
}

static bool month_at(const char *t, size_t *i, size_t e, int *m)
{
	struct strv v = strv_make(t + *i, e - *i), w;

	w = strv_eat_word(&v);
	if (!w.n || (*m = cal_month_from_name(w)) == 0)
		return false;
	if (v.n && v.p[0] == '.' && w.n <= 4)
		v.p++, v.n--;
	*i = (size_t)(v.p - t);
	return true;
}

static bool year_at(const char *t, size_t *i, size_t e, int *y)
{
	struct strv v = strv_make(t + *i, e - *i);

	if (!strv_eat_uint(&v, 4, y) || *y < 1900 || *y > 2199)
		return false;
	if (v.n && ch_is_digit((unsigned char)v.p[0]))
		return false;
	*i = (size_t)(v.p - t);
	return true;
}

static size_t space_or_comma(const char *t, size_t i, size_t e)
{
	while (i < e && (ch_is_space((unsigned char)t[i]) || t[i] == ','))
		i++;
	return i;
}

static bool emit(struct lex_date *out, size_t max, size_t *n, size_t s, size_t e, int y, int m,
		 int d, int d2, enum lex_precision p)
{
	struct lex_date *x;

	if (*n >= max || !cal_valid(y, m, d) || (d2 && !cal_valid(y, m, d2)))
		return false;
	x = &out[(*n)++];
	x->span.s = s;
	x->span.e = e;
	x->precision = p;
	x->day = cal_from_ymd(y, m, d);
	x->has_end = d2 != 0;
	x->end_day = d2 ? cal_from_ymd(y, m, d2) : 0;
	return true;
}

size_t lex_dates(const char *t, size_t s, size_t e, struct lex_date *out, size_t max)
{
	size_t i = s, n = 0;

	while (i < e && n < max) {
		unsigned char c = (unsigned char)t[i];
		size_t j = i;
		int d = 0, d2 = 0, m = 0, y = 0;

		if (i > s && lex_is_word_char((unsigned char)t[i - 1])) {
			i++;
			continue;
		}
		if (ch_is_digit(c)) {
			/* 2019-10-31 */
			if (i + 10 <= e && t[i + 4] == '-' && t[i + 7] == '-') {
				cal_day day;
				struct err er = {0};
				if (cal_parse_iso(strv_make(t + i, 10), &day, &er) == 0 &&
				    (i + 10 == e || !lex_is_word_char((unsigned char)t[i + 10]))) {
					struct cal_ymd ymd = cal_to_ymd(day);
					emit(out, max, &n, i, i + 10, ymd.y, ymd.m, ymd.d, 0, LEX_DAY);
					i += 10;
					continue;
				}
			}
			if (day_at(t, &j, e, &d)) {
				size_t k = j;
				/* 31.10.2019 or 31/10/2019 */
				if (k < e && (t[k] == '.' || t[k] == '/') && k + 1 < e &&
				    ch_is_digit((unsigned char)t[k + 1])) {
					char sep = t[k];
					struct strv v = strv_make(t + k + 1, e - k - 1);
					if (strv_eat_uint(&v, 2, &m) && v.n && v.p[0] == sep) {
						size_t yy = (size_t)(v.p - t) + 1;
						if (year_at(t, &yy, e, &y) &&
						    emit(out, max, &n, i, yy, y, m, d, 0, LEX_DAY)) {
							i = yy;
							continue;
						}
					}
				}
				k = lex_skip_space(t, k, e);
				/* "27 and 28 June 2017" */
				if (lex_at(t, k, e, "and", &k) || (k < e && t[k] == '-' && ++k)) {
					size_t k2 = lex_skip_space(t, k, e);
					if (day_at(t, &k2, e, &d2))
						k = lex_skip_space(t, k2, e);
					else
						d2 = 0, k = j;
				}
				k = lex_skip_space(t, k, e);
				if (lex_at(t, k, e, "day of", &k))
					k = lex_skip_space(t, k, e);
				if (month_at(t, &k, e, &m)) {
					k = space_or_comma(t, k, e);
					if (year_at(t, &k, e, &y) &&
					    emit(out, max, &n, i, k, y, m, d, d2 > d ? d2 : 0, LEX_DAY)) {
						i = k;
						continue;
					}
				}
			}
			while (i < e && ch_is_digit((unsigned char)t[i]))
				i++;
			continue;
		}
		if (ch_is_alpha(c) && month_at(t, &j, e, &m)) {
			size_t k = lex_skip_space(t, j, e);
			/* "January 25, 2018" */
			if (day_at(t, &k, e, &d)) {
				k = space_or_comma(t, k, e);
				if (year_at(t, &k, e, &y) && emit(out, max, &n, i, k, y, m, d, 0, LEX_DAY)) {
					i = k;
					continue;
				}
			}
			/* "June 2020" */
			k = space_or_comma(t, j, e);
			if (year_at(t, &k, e, &y) && emit(out, max, &n, i, k, y, m, 1, 0, LEX_MONTH)) {
				i = k;
				continue;
			}
		}
		while (i < e && lex_is_word_char((unsigned char)t[i]))
			i++;
		if (i < e && !lex_is_word_char((unsigned char)t[i]))
			i++;
	}
	return n;
}
