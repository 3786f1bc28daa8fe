/*
 * lex_dates.c: the date finder of the lexical layer (see lex.h): dates in the forms
 * instruments use ("31 January 2018", "31st January 2018", "the 28th day of February
 * 2019", "January 2018", "31.10.2019", "31/10/2019", "14-15 December 2021"), each
 * validated by the calendar engine, with their spans.  lex_dates() scans a span;
 * lex_dates_in() visits only the places the word index lists as able to begin one
 * (lex.c builds that list), with the same result.  Split from lex.c in session 15; the
 * rules are unchanged.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../cal/phrase.h"
#include "lex.h"

/* An ordinal's suffix at the start of v ("st", "nd", "rd" or "th", in any case):
 * eaten, as strv_eat_ci() of each in turn would, two bytes looked at once (every
 * number the date finder meets is asked). */
static bool eat_ordinal(struct strv *v)
{
	int a, b;

	if (v->n < 2)
		return false;
	a = ch_lower((unsigned char)v->p[0]);
	b = ch_lower((unsigned char)v->p[1]);
	if (!((a == 's' && b == 't') || ((a == 'n' || a == 'r') && b == 'd') ||
	      (a == 't' && b == 'h')))
		return false;
	v->p += 2;
	v->n -= 2;
	return true;
}

/* Read up to 2 digits and an optional ordinal suffix at t[i]. */
static bool day_at(const char *t, size_t *i, size_t e, int *d)
{
	struct strv v = strv_make(t + *i, e - *i);
	size_t before = v.n;

	if (!strv_eat_uint(&v, 2, d) || *d < 1 || *d > 31)
		return false;
	/* an ordinal suffix, if any; a PDF may set it apart ("1 st April") */
	if (v.n >= 3 && (v.p[0] == ' ' || v.p[0] == '\n')) {
		struct strv u = strv_make(v.p + 1, v.n - 1);
		if (eat_ordinal(&u) && !(u.n && lex_is_word_char((unsigned char)u.p[0])))
			v = u;
	}
	(void)eat_ordinal(&v);
	/* a word goes on after the number, unless an en dash ("14–15 December") */
	if (v.n && lex_is_word_char((unsigned char)v.p[0]) &&
	    !(v.n >= 3 && !memcmp(v.p, "\xe2\x80\x93", 3)))
		return false;
	*i += before - v.n;
	return true;
}

/* The month (1..12) whose name the three characters at p begin, or 0.  Every
 * name that cal_month_from_name() knows ("May", "sept", "December") begins
 * with one of the twelve abbreviations, so this rejects most words cheaply,
 * and no two abbreviations are alike, so it fixes the month. */
int lex_month_prefix(const char *p)
{
	/* the abbreviations' second and third letters, by their first, and
	 * their months */
	static const char *const rest[26] = {
	    ['a' - 'a'] = "prug", ['d' - 'a'] = "ec", ['f' - 'a'] = "eb", ['j' - 'a'] = "anunul",
	    ['m' - 'a'] = "aray", ['n' - 'a'] = "ov", ['o' - 'a'] = "ct", ['s' - 'a'] = "ep",
	};
	static const unsigned char months[26][3] = {
	    ['a' - 'a'] = {4, 8}, ['d' - 'a'] = {12}, ['f' - 'a'] = {2},  ['j' - 'a'] = {1, 6, 7},
	    ['m' - 'a'] = {3, 5}, ['n' - 'a'] = {11}, ['o' - 'a'] = {10}, ['s' - 'a'] = {9},
	};
	int a = ch_lower((unsigned char)p[0]), b = ch_lower((unsigned char)p[1]),
	    c = ch_lower((unsigned char)p[2]), k;
	const char *r;

	if (a < 'a' || a > 'z' || !(r = rest[a - 'a']))
		return 0;
	for (k = 0; r[2 * k]; k++)
		if (r[2 * k] == b && r[2 * k + 1] == c)
			return months[a - 'a'][k];
	return 0;
}

/* cal_month_from_name(w) for a word whose first three letters are those of month
 * m's name (lex_month_prefix()): w is m's abbreviation, "sept", or m's full name, or
 * no month's name at all (every name begins with its own abbreviation). */
static int month_named(struct strv w, int m)
{
	/* the full names after their first three letters */
	static const char *const tails[12] = {"uary", "ruary", "ch",     "il",   "",      "e",
	                                      "y",    "ust",   "tember", "ober", "ember", "ember"};
	const char *r = tails[m - 1];
	size_t k;

	if (w.n == 3 || (m == 9 && w.n == 4 && ch_lower((unsigned char)w.p[3]) == 't'))
		return m; /* an abbreviation, "sept" */
	for (k = 3; r[k - 3] && k < w.n && ch_lower((unsigned char)w.p[k]) == r[k - 3]; k++)
		;
	return !r[k - 3] && k == w.n ? m : 0;
}

static bool month_at(const char *t, size_t *i, size_t e, int *m)
{
	struct strv v = strv_make(t + *i, e - *i), w;

	int p;

	if (e - *i < 3 || !(p = lex_month_prefix(t + *i)))
		return false;
	w = strv_eat_word(&v);
	if (w.n < 3 || (*m = month_named(w, p)) == 0)
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

/* The next place at or after i where a date can begin: an ASCII letter or
 * digit that begins a word (or the span). */
static size_t next_date_start(const char *t, size_t s, size_t i, size_t e)
{
	for (; i < e; i++)
		if ((lex_ctype[(unsigned char)t[i]] & LEX_ALNUM) &&
		    (i == s || !lex_is_word_char((unsigned char)t[i - 1])))
			return i;
	return e;
}

/* A hyphen or an en dash between the days of a range ("14-15 December 2021", "14–15
 * December 2021") at t[*k]: skip it. */
static bool range_dash(const char *t, size_t *k, size_t e)
{
	if (*k < e && t[*k] == '-') {
		++*k;
		return true;
	}
	if (*k + 3 <= e && !memcmp(t + *k, "\xe2\x80\x93", 3)) {
		*k += 3;
		return true;
	}
	return false;
}

/* Can the words after a date's day go on from t[k] ("and", "to", a dash, "day of",
 * "of", a month's name)?  Its first byte, case folded, must be the first of one of
 * them: most numbers (a clause's "1.", "section 2") are turned away here. */
static bool day_goes_on(unsigned char c)
{
	const unsigned firsts = 1u << ('a' - 'a') | 1u << ('t' - 'a') | 1u << ('d' - 'a') |
	                        1u << ('o' - 'a') | 1u << ('f' - 'a') | 1u << ('j' - 'a') |
	                        1u << ('m' - 'a') | 1u << ('n' - 'a') | 1u << ('s' - 'a');
	int l = ch_lower(c);

	return c == '-' || c == 0xe2 || (l >= 'a' && l <= 'z' && (firsts >> (l - 'a')) & 1);
}

/* A date that starts with a number at t[i]: "2019-10-31", "31.10.2019",
 * "31/3/23", "25th January 2018", "1 st April 2023", "27 and 28 June 2017",
 * "2nd day of May 2019", "28th of February 2023".
 * Emits it and returns its end, or 0. */
static size_t numeric_date(const char *t, size_t i, size_t e, struct lex_date *out, size_t max,
                           size_t *n)
{
	size_t j = i;
	int d = 0, d2 = 0, m = 0, y = 0;

	/* 2019-10-31 */
	if (i + 10 <= e && t[i + 4] == '-' && t[i + 7] == '-') {
		cal_day day;
		struct err er = {0};
		if (cal_parse_iso(strv_make(t + i, 10), &day, &er) == 0 &&
		    (i + 10 == e || !lex_is_word_char((unsigned char)t[i + 10]))) {
			struct cal_ymd ymd = cal_to_ymd(day);
			emit(out, max, n, i, i + 10, ymd.y, ymd.m, ymd.d, 0, LEX_DAY);
			return i + 10;
		}
	}
	if (day_at(t, &j, e, &d)) {
		size_t k = j;
		/* 31.10.2019 or 31/10/2019, or 21-05-2018 (with dashes, only with the
		 * year's four digits) */
		if (k < e && (t[k] == '.' || t[k] == '/' || t[k] == '-') && k + 1 < e &&
		    ch_is_digit((unsigned char)t[k + 1])) {
			char sep = t[k];
			struct strv v = strv_make(t + k + 1, e - k - 1);
			if (strv_eat_uint(&v, 2, &m) && v.n && v.p[0] == sep) {
				size_t yy = (size_t)(v.p - t) + 1, y2 = yy;
				if (year_at(t, &yy, e, &y) &&
				    emit(out, max, n, i, yy, y, m, d, 0, LEX_DAY))
					return yy;
				/* "31/3/23": a two-digit year is this century's */
				if (sep != '-' && y2 + 2 <= e &&
				    ch_is_digit((unsigned char)t[y2]) &&
				    ch_is_digit((unsigned char)t[y2 + 1]) &&
				    (y2 + 2 == e || !lex_is_word_char((unsigned char)t[y2 + 2])) &&
				    emit(out, max, n, i, y2 + 2,
				         2000 + (t[y2] - '0') * 10 + (t[y2 + 1] - '0'), m, d, 0,
				         LEX_DAY))
					return y2 + 2;
			}
		}
		k = lex_skip_space(t, k, e);
		if (k >= e || !day_goes_on((unsigned char)t[k]))
			return 0; /* (as every test below would say) */
		/* "27 and 28 June 2017", "from 8 to 19 March 2021" */
		if (lex_at(t, k, e, "and ", &k) || lex_at(t, k, e, "to ", &k) ||
		    range_dash(t, &k, e)) {
			size_t k2 = lex_skip_space(t, k, e);
			if (day_at(t, &k2, e, &d2))
				k = lex_skip_space(t, k2, e);
			else
				d2 = 0, k = j;
		}
		k = lex_skip_space(t, k, e);
		/* "2nd day of May 2019", "the 28th of February 2023" */
		if (lex_at(t, k, e, "day of", &k) || lex_at(t, k, e, "of ", &k))
			k = lex_skip_space(t, k, e);
		if (month_at(t, &k, e, &m)) {
			size_t k3;
			int d3 = 0, m3 = 0;
			k = space_or_comma(t, k, e);
			/* "the 28th day of February 2019", "between the 2nd and 13th July
			 * 2018": the article is the date's, so that the words before it
			 * ("no later than", "On", "between") are next to it */
			if (i >= 5 && lex_at(t, i - 4, i, "the ", NULL) &&
			    !lex_is_word_char((unsigned char)t[i - 5]) &&
			    (t[j - 1] < '0' || t[j - 1] > '9'))
				i -= 4;
			if (year_at(t, &k, e, &y) &&
			    emit(out, max, n, i, k, y, m, d, d2 > d ? d2 : 0, LEX_DAY))
				return k;
			/* "31 January and 11 February 2022", "28 November to 2 December 2021":
			 * the first day takes the year of the second (the year before, if its
			 * month comes later) */
			k3 = k;
			if (!d2 && (lex_at(t, k3, e, "and", &k3) || lex_at(t, k3, e, "to", &k3) ||
			            range_dash(t, &k3, e))) {
				k3 = lex_skip_space(t, k3, e);
				if (day_at(t, &k3, e, &d3) &&
				    (k3 = lex_skip_space(t, k3, e), month_at(t, &k3, e, &m3))) {
					k3 = space_or_comma(t, k3, e);
					if (year_at(t, &k3, e, &y) && cal_valid(y, m3, d3)) {
						int y1 = m > m3 ? y - 1 : y;
						if (emit(out, max, n, i, k3, y1, m, d, 0,
						         LEX_DAY)) {
							out[*n - 1].has_end = true;
							out[*n - 1].end_day =
							    cal_from_ymd(y, m3, d3);
							return k3;
						}
					}
				}
			}
		}
	}
	return 0;
}

/* A date that starts with the month at t[i]: "January 25, 2018", "June
 * 2020".  Emits it and returns its end, or 0. */
static size_t month_date(const char *t, size_t i, size_t e, struct lex_date *out, size_t max,
                         size_t *n)
{
	size_t j = i, k;
	int d = 0, m = 0, y = 0;

	if (!month_at(t, &j, e, &m))
		return 0;
	/* no digit after the name ("may", "March."): neither form below (as each would say) */
	k = space_or_comma(t, j, e);
	if (k >= e || !ch_is_digit((unsigned char)t[k]))
		return 0;
	k = lex_skip_space(t, j, e);
	/* "January 25, 2018" */
	if (day_at(t, &k, e, &d)) {
		k = space_or_comma(t, k, e);
		if (year_at(t, &k, e, &y) && emit(out, max, n, i, k, y, m, d, 0, LEX_DAY))
			return k;
	}
	/* "June 2020" */
	k = space_or_comma(t, j, e);
	if (year_at(t, &k, e, &y) && emit(out, max, n, i, k, y, m, 1, 0, LEX_MONTH))
		return k;
	return 0;
}

/* The date at t[i], a place where one can begin: emitted, and its end
 * returned; or 0. */
static size_t date_at(const char *t, size_t i, size_t e, struct lex_date *out, size_t max,
                      size_t *n)
{
	return ch_is_digit((unsigned char)t[i]) ? numeric_date(t, i, e, out, max, n)
	                                        : month_date(t, i, e, out, max, n);
}

size_t lex_dates(const char *t, size_t s, size_t e, struct lex_date *out, size_t max)
{
	size_t i = s, n = 0;

	while ((i = next_date_start(t, s, i, e)) < e && n < max) {
		size_t end = date_at(t, i, e, out, max, &n);
		i = end ? end : i + 1; /* none: the next place one can begin is further on */
	}
	return n;
}

int lex_month_word(const char *t, size_t i, size_t we)
{
	/* the length of each month's name: only a name of the word's length is compared */
	static const unsigned char len[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
	size_t n = we - i, k;
	int m;

	if (n < 3 || n > 9 || t[i] < 'A' || t[i] > 'Z')
		return 0;
	for (m = 1; m <= 12; m++) {
		const char *name;
		if (len[m - 1] != n || (name = cal_month_name(m))[0] != t[i])
			continue;
		for (k = 1;
		     k < n && ch_lower((unsigned char)t[i + k]) == ch_lower((unsigned char)name[k]);
		     k++)
			;
		if (k == n)
			return m;
	}
	return 0;
}

bool lex_year_follows(const char *t, size_t i, size_t e)
{
	size_t k = lex_skip_space(t, i, e), d = 0;

	while (k + d < e && t[k + d] >= '0' && t[k + d] <= '9')
		d++;
	return d == 4;
}

size_t lex_dates_in(const struct lex_index *ix, size_t s, size_t e, struct lex_date *out,
                    size_t max)
{
	const char *t = ix->t;
	size_t lo = 0, hi = ix->ndates, i = s, n = 0, end;

	if (!ix->dates)
		return lex_dates(t, s, e, out, max);
	while (lo < hi) { /* the first listed place at or after s */
		size_t mid = lo + (hi - lo) / 2;
		if (ix->dates[mid] < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* s itself, even inside a word, as lex_dates() tries it */
	if (s < e && n < max && (lex_ctype[(unsigned char)t[s]] & LEX_ALNUM) &&
	    (lo == ix->ndates || ix->dates[lo] != s) && (end = date_at(t, s, e, out, max, &n)))
		i = end;
	for (; lo < ix->ndates && ix->dates[lo] < e && n < max; lo++)
		if (ix->dates[lo] >= i && (end = date_at(t, ix->dates[lo], e, out, max, &n)))
			i = end; /* the places inside this date are passed over */
	return n;
}
