/*
 * furniture.c: page furniture hidden from the reader (see furniture.h).
 *
 * A PDF's text, and text copied out of one, keeps what stands on every page:
 * page numbers ("3", "- 3 -", "Page 3 of 9"), the government security
 * marking ("OFFICIAL", "OFFICIAL-SENSITIVE"; before 2014 "UNCLASSIFIED", "NOT
 * PROTECTIVELY MARKED", "PROTECT"), a running header (the first
 * line of a page, the same on the next or the last page) and a running footer
 * (the last line of a page, likewise).  A bare number that
 * continues the paragraph numbering, after a sentence's end and directly
 * above its paragraph, is that paragraph's number, not a page's ("11", then
 * "The Council shall ..."), and is kept.  Read as words, a page number
 * becomes a heading that closes a clause, and the blank lines around it
 * break the sentence a page break fell in.  So before the clauses and facts
 * are read, each such line is overwritten with spaces in a working copy of
 * the text (same length: every span still points into the original); and
 * when the line before it does not end a sentence ('.', ':' or ';'), the
 * line breaks between that line and the next line of text become spaces as
 * well, all but the last, so the sentence reads on.  Form feeds are kept
 * (they give a PDF's page numbers).  One pass, linear (and one over the
 * form feeds for the headers).
 */
#include "../base/compat.h"

#include "furniture.h"
#include "lex.h"

/* Does t[*i, e) start with one to four digits?  Moves *i past them. */
static bool digits_at(const char *t, size_t *i, size_t e)
{
	size_t k = *i;

	while (k < e && ch_is_digit((unsigned char)t[k]))
		k++;
	if (k == *i || k - *i > 4)
		return false;
	*i = k;
	return true;
}

bool read_is_furniture(const char *t, size_t s, size_t e)
{
	size_t i = s, end = s;
	bool page;

	if (e - s >= 8 && !memcmp(t + s, "OFFICIAL", 8))
		return e - s == 8 || ((lex_at(t, s + 8, e, "-sensitive", &end) ||
				       lex_at(t, s + 8, e, " sensitive", &end)) &&
				      end == e);
	/* the markings before 2014: "UNCLASSIFIED", "NOT PROTECTIVELY MARKED", "PROTECT" */
	if ((e - s == 12 && !memcmp(t + s, "UNCLASSIFIED", 12)) ||
	    (e - s == 23 && !memcmp(t + s, "NOT PROTECTIVELY MARKED", 23)) ||
	    (e - s == 7 && !memcmp(t + s, "PROTECT", 7)))
		return true;
	if (t[i] == '-')
		i = lex_skip_space(t, i + 1, e);
	if ((page = lex_at(t, i, e, "page ", &end)))
		i = end;
	if (!digits_at(t, &i, e) || (!page && i - end > 3 && t[s] != '-'))
		return false; /* a bare number of four digits may be a year */
	if (lex_at(t, i, e, " of ", &end)) {
		i = end;
		if (!digits_at(t, &i, e))
			return false;
	}
	i = lex_skip_space(t, i, e);
	if (i < e && t[i] == '-' && t[s] == '-')
		i++;
	return i == e;
}

/* The number a line opens a numbered paragraph with ("12. The", "- 12. The", "12) The"),
 * or -1. */
static long paragraph_number(const char *t, size_t s, size_t e)
{
	size_t i = s;
	long v = 0;

	if (i < e && t[i] == '-')
		i = lex_skip_space(t, i + 1, e);
	if (!digits_at(t, &i, e) || i - s > 5 || i + 1 >= e || (t[i] != '.' && t[i] != ')') ||
	    t[i + 1] != ' ')
		return -1;
	for (; s < i; s++)
		if (ch_is_digit((unsigned char)t[s]))
			v = v * 10 + (t[s] - '0');
	return v;
}

/*
 * "12" alone on a line, the paragraph on the next: a paragraph number a converter put
 * on a line of its own, not a page number, when it continues the numbering (the last
 * paragraph was 11), the text before it ended a sentence (or a blank line came
 * between), and its paragraph follows on the next line (no blank line, no page break)
 * with a word in sentence case ("The Council shall ...").  t[s, e) is the line,
 * trimmed, eol its end; t[last_e] the end of the last line of text.
 */
static bool paragraph_number_line(const char *t, size_t n, size_t s, size_t e, size_t eol,
                                  size_t last_e, long last_num)
{
	size_t i = s, k;
	long v = 0;

	if (last_num < 0 || !digits_at(t, &i, e) || i != e || memchr(t + s, '\f', eol - s))
		return false;
	for (k = s; k < e; k++)
		v = v * 10 + (t[k] - '0');
	if (v != last_num + 1)
		return false;
	if (last_e && !strchr(".:;", t[last_e - 1])) {
		size_t breaks = 0;
		for (k = last_e; k < s; k++)
			breaks += t[k] == '\n';
		if (breaks < 2)
			return false;
	}
	for (k = eol + 1; k < n && (t[k] == ' ' || t[k] == '\t'); k++)
		;
	return k + 1 < n && t[k] >= 'A' && t[k] <= 'Z' && t[k + 1] >= 'a' && t[k + 1] <= 'z';
}

/* Line t[s, e) with its white space trimmed at both ends (form feeds too). */
static void trim_line(const char *t, size_t *s, size_t *e)
{
	while (*s < *e && ch_is_space((unsigned char)t[*s]))
		(*s)++;
	while (*e > *s && ch_is_space((unsigned char)t[*e - 1]))
		(*e)--;
}

/* The first line of text of the page that starts after the form feed at t[p]: not
 * a page number or a marking; t[*ls, *le), empty if the page has none. */
static void page_first_line(const char *t, size_t n, size_t p, size_t *ls, size_t *le)
{
	size_t s, e = p + 1;

	do {
		const char *nl;
		s = e;
		while (s < n && (t[s] == '\n' || t[s] == '\r' || t[s] == ' ' || t[s] == '\t'))
			s++;
		nl = memchr(t + s, '\n', n - s);
		e = nl ? (size_t)(nl - t) : n;
		if (memchr(t + s, '\f', e - s))
			e = s; /* an empty page */
		trim_line(t, &s, &e);
	} while (s < e && read_is_furniture(t, s, e));
	*ls = s;
	*le = e;
}

/* The last line of text of the page that ends at t[p] (a form feed, or the end of
 * the text), not a page number or a marking; t[*ls, *le), empty if none. */
static void page_last_line(const char *t, size_t p, size_t *ls, size_t *le)
{
	size_t s = p, e;

	do {
		e = s;
		while (e > 0 && (t[e - 1] == '\n' || t[e - 1] == '\r' || t[e - 1] == ' ' ||
		                 t[e - 1] == '\t'))
			e--;
		s = e;
		while (s > 0 && t[s - 1] != '\n' && t[s - 1] != '\f')
			s--;
		if (e > 0 && t[e - 1] == '\f')
			s = e; /* an empty page */
		trim_line(t, &s, &e);
	} while (s < e && read_is_furniture(t, s, e));
	*ls = s;
	*le = e;
}

/* Of the np lines t[hs[i], he[i]) (one a page, in page order), those the same, word
 * for word, as the line of the page before or after, and short, listed in text order
 * from out[0]; returns how many.  out may be hs itself. */
static size_t repeated_lines(const char *t, const size_t *hs, const size_t *he, size_t np,
                             size_t *out)
{
	size_t i, nh = 0;

	for (i = 0; i < np; i++) {
		size_t len = he[i] - hs[i], k;
		bool same = false;
		for (k = i > 0 ? i - 1 : i + 1; k <= i + 1 && k < np && !same; k += 2)
			same = he[k] - hs[k] == len && !memcmp(t + hs[k], t + hs[i], len);
		if (len > 0 && len <= 100 && same)
			out[nh++] = hs[i];
	}
	return nh;
}

/*
 * Running headers and footers: the first line of text of a page (after a form feed,
 * and after a page number or marking there) that is the same, word for word, as the
 * first line of the page before or after ("Direction to Easthaven Borough Council");
 * and the last line of text of a page (before its form feed, or the end of the text,
 * and before a page number or marking there) that is the same as the last line of
 * the page before or after ("Department for Education - Children's Social Care
 * Intervention").  Returns how many; *starts (the caller frees it) gets their
 * offsets in text order.
 */
static size_t running_headers(const char *t, size_t n, size_t **starts)
{
	size_t nff = 0, np = 0, nh, nf, i, j, k, p, *hs, *he, *fs, *fe, *all;

	*starts = NULL;
	/* the form feeds counted by memchr(), which passes over the text between
	 * them many bytes at a time (a text file has none, a PDF one a page) */
	for (p = 0; p < n; p++, nff++) {
		const char *ff = memchr(t + p, '\f', n - p);
		if (!ff)
			break;
		p = (size_t)(ff - t);
	}
	if (nff < 2 || !(hs = malloc(6 * (nff + 1) * sizeof(*hs))))
		return 0;
	he = hs + nff + 1;
	fs = he + nff + 1; /* the pages' last lines: one more page than form feeds */
	fe = fs + nff + 1;
	all = fe + nff + 1;
	for (p = 0; p < n && np < nff; p++) {
		if (t[p] != '\f')
			continue;
		page_first_line(t, n, p, &hs[np], &he[np]);
		page_last_line(t, p, &fs[np], &fe[np]);
		np++;
	}
	page_last_line(t, n, &fs[np], &fe[np]);
	nh = repeated_lines(t, hs, he, np, hs);
	nf = repeated_lines(t, fs, fe, np + 1, fs);
	/* the two lists merged in text order (a line both first and last counted once) */
	for (i = j = k = 0; i < nh || j < nf;) {
		if (j == nf || (i < nh && hs[i] < fs[j])) {
			all[k++] = hs[i++];
		} else if (i == nh || fs[j] < hs[i]) {
			all[k++] = fs[j++];
		} else { /* a page's only line, its first and its last */
			all[k++] = hs[i++];
			j++;
		}
	}
	memmove(hs, all, k * sizeof(*hs));
	*starts = hs;
	return k;
}

size_t read_hide_furniture(const char *t, size_t n, char **out)
{
	char *w = NULL;
	size_t pos = 0, hidden = 0, last_e = 0; /* the end of the last line of text */
	bool inside = false; /* furniture since last_e fell inside a sentence */
	long last_num = -1;  /* the number of the last numbered paragraph */
	size_t *heads, nh = running_headers(t, n, &heads), hi = 0;

	*out = NULL;
	while (pos < n) {
		const char *nl = memchr(t + pos, '\n', n - pos);
		size_t eol = nl ? (size_t)(nl - t) : n, s, e;
		bool furniture, numbered;
		s = pos;
		e = eol;
		trim_line(t, &s, &e);
		pos = eol < n ? eol + 1 : n;
		if (s == e)
			continue;
		while (hi < nh && heads[hi] < s)
			hi++;
		furniture = (hi < nh && heads[hi] == s) || read_is_furniture(t, s, e);
		numbered = furniture && paragraph_number_line(t, n, s, e, eol, last_e, last_num);
		if (!furniture || numbered) {
			long v = numbered ? last_num + 1 : paragraph_number(t, s, e);
			if (v >= 0)
				last_num = v;
			if (inside) { /* the breaks from last_e to here, all but the last */
				size_t k, keep = s;
				while (keep > last_e && w[keep - 1] != '\n')
					keep--;
				for (k = last_e; k + 1 < keep; k++)
					if (w[k] == '\n' || w[k] == '\r')
						w[k] = ' ';
			}
			inside = false;
			last_e = e;
			continue;
		}
		if (!w) {
			if (!(w = malloc(n + 1))) {
				free(heads);
				return 0; /* no memory: read the text as it is */
			}
			memcpy(w, t, n);
			w[n] = '\0';
		}
		memset(w + s, ' ', e - s);
		hidden++;
		if (last_e && !strchr(".:;", t[last_e - 1]))
			inside = true;
	}
	free(heads);
	*out = w;
	return hidden;
}
