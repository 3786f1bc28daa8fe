/*
 * facts.c: the facts of an instrument (see facts.h).  Each extractor is a
 * small scanner over the text or a clause, driven by the words instruments
 * use; none depends on clause numbers, so other councils' instruments read
 * the same way.  The extractors look for their cue words through the
 * document's word index (lex_search(), lex_dates_in()), which visits only
 * the places that hold them.
 */
#include "../base/compat.h"

#include <strings.h>

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"
#include "text.h"

#define MAXD 64

rec_t *read_span(const struct read_ctx *c, size_t s, size_t e)
{
	size_t lo = 0, hi = c->npage_breaks;
	rec_t *span = rec_integer_pair((rec_int_t)s, (rec_int_t)e);

	if (!c->page_breaks)
		return span;
	while (lo < hi) { /* page = 1 + the number of page breaks before s */
		size_t mid = lo + (hi - lo) / 2;
		if (c->page_breaks[mid] < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	rec_array_append_new(span, rec_integer((rec_int_t)(lo + 1)));
	return span;
}

rec_t *read_stringn(const char *s, size_t n)
{
	return s && read_utf8_valid((const unsigned char *)s, n) ? rec_stringn_nocheck(s, n) : NULL;
}

void read_warn(struct read_ctx *c, const char *msg, size_t s, size_t e)
{
	rec_t *w = rec_object();

	read_set(w, "message", read_string(msg));
	read_set(w, "span", read_span(c, s, e));
	rec_array_append_new(c->warnings, w);
}

rec_t *facts_jdate(cal_day d)
{
	char buf[CAL_DATE_LEN];
	return read_string(cal_format_iso(d, buf));
}

/* A string from t[s, e) with white space folded. */
rec_t *facts_text(const struct read_ctx *c, size_t s, size_t e)
{
	/* not the bullets a converter left in front */
	s = lex_skip_space(c->t, s, e);
	while (s < e && (c->t[s] == '-' || c->t[s] == '*') && s + 1 < e && c->t[s + 1] == ' ')
		s = lex_skip_space(c->t, s + 1, e);
	return read_copy(c, s, e, 2048, false);
}

/* Title case for a name written in capitals: "STOKE-ON-TRENT CITY COUNCIL". */
void facts_title_case(char *s)
{
	bool start = true;
	size_t i;

	for (i = 0; s[i]; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch_is_alpha(ch)) {
			s[i] = (char)(start ? (ch >= 'a' && ch <= 'z' ? ch - 32 : ch) : ch_lower(ch));
			start = false;
		} else {
			start = ch != '\'';
		}
	}
	/* small words inside hyphenated names and phrases stay lower case */
	for (i = 0; s[i]; i++) {
		static const char *const small[] = {"-On-", "-Upon-", "-Under-", "-In-", " Of ", " And ",
						    " The ", "-Le-", "-By-"};
		if (s[i] != '-' && s[i] != ' ') /* where each of them begins */
			continue;
		for (size_t k = 0; k < ARRAY_SIZE(small); k++) {
			size_t L = strlen(small[k]);
			if (!strncmp(s + i, small[k], L))
				for (size_t x = 1; x + 1 < L; x++)
					s[i + x] = (char)ch_lower((unsigned char)s[i + x]);
		}
	}
}

bool facts_mostly_upper(const char *s)
{
	size_t up = 0, low = 0;

	for (; *s; s++) {
		if (*s >= 'A' && *s <= 'Z')
			up++;
		else if (*s >= 'a' && *s <= 'z')
			low++;
	}
	return up > 3 * low;
}

/* ---- aliases: (“the first direction”) ---- */

static bool quote_open(const char *t, size_t i, size_t n, size_t *len)
{
	unsigned char c = (unsigned char)t[i];
	if (c == '"' || c == '\'') {
		*len = 1;
		return true;
	}
	if (i + 2 < n && c == 0xe2 && (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x9c || (unsigned char)t[i + 2] == 0x98)) {
		*len = 3;
		return true;
	}
	return false;
}

/* facts_alias_is_day() of a, as its name and date say. */
static bool alias_day(const struct read_alias *a)
{
	size_t len;

	if (!a->has_date) /* most names are of no day: their length is not wanted */
		return false;
	len = strlen(a->name);
	return len > 5 && !strcmp(a->name + len - 5, " date");
}

static void collect_aliases(struct read_ctx *c)
{
	const char *t = c->t;
	size_t i;

	for (i = 0; i + 4 < c->n && c->naliases < ARRAY_SIZE(c->aliases); i++) {
		size_t q, j, end, ss;
		struct lex_date d[MAXD];
		size_t nd;
		struct read_alias *a;
		const char *open = memchr(t + i, '(', c->n - i); /* the next bracket */
		if (!open || (size_t)(open - t) + 4 >= c->n)
			break;
		i = (size_t)(open - t);
		if (!quote_open(t, i + 1, c->n, &q))
			continue;
		j = i + 1 + q;
		if (!lex_at(t, j, c->n, "the ", NULL))
			continue;
		end = j;
		/* PDF conversion breaks lines anywhere: a name may run onto the next line */
		while (end < c->n && end - j < 60 && t[end] != ')' && t[end] != '(')
			end++;
		if (end >= c->n || t[end] != ')')
			continue;
		a = &c->aliases[c->naliases];
		memset(a, 0, sizeof(*a));
		{
			size_t k = end;
			/* drop the closing quote */
			while (k > j && ((unsigned char)t[k - 1] >= 0x80 || t[k - 1] == '"' || t[k - 1] == '\''))
				k--;
			lex_copy(t, j, k, a->name, sizeof(a->name));
			for (k = 0; a->name[k]; k++)
				a->name[k] = a->name[k] == '\n' || a->name[k] == '\r' || a->name[k] == '\t'
						     ? ' '
						     : (char)ch_lower((unsigned char)a->name[k]);
		}
		a->span.s = i;
		a->span.e = end + 1;
		ss = lex_sentence_start(t, 0, i);
		nd = lex_dates_in(&c->ix, ss, i, d, MAXD);
		if (nd) {
			/* an instrument is dated "on" its day: "On 2 March 2023, following a
			 * monitoring visit of 7 and 8 February 2023 ..., the Secretary of State
			 * issued a direction to the Council ("the First Direction")" is of 2 March
			 * (the last date after "on"; else the last date of the sentence) */
			size_t k = nd, pick = nd - 1;
			if (strstr(a->name, "direction") || strstr(a->name, "notice"))
				while (k > 0) {
					size_t p = d[k - 1].span.s;
					while (p > ss && ch_is_space((unsigned char)t[p - 1]))
						p--;
					/* (not a report's: "following Ofsted's inspection report
					 * published on 12 October 2018") */
					if (p >= ss + 2 &&
					    lex_at(t, p - 2, d[k - 1].span.s, "on", NULL) &&
					    (p - 2 == ss ||
					     !lex_is_word_char((unsigned char)t[p - 3])) &&
					    !(p >= ss + 12 &&
					      lex_at(t, p - 12, p, "published on", NULL))) {
						pick = k - 1;
						break;
					}
					k--;
				}
			a->has_date = true;
			a->date = d[pick].day;
		}
		a->is_day = alias_day(a);
		c->naliases++;
		i = end;
	}
}

/* A definition of a day: '"the transfer date" means 01/10/2026 or such later date as the
 * Secretary of State may agree in writing'.  The term is an alias with that date; a
 * later date the definition allows is warned of (every date counted from it moves). */
static void defined_dates(struct read_ctx *c)
{
	const char *t = c->t;
	size_t at, end;
	int tries = 0;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("means "), &end);
	     at != (size_t)-1 && c->naliases < ARRAY_SIZE(c->aliases) &&
	     tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("means "), &end)) {
		size_t qe = at, qs, j, q, k;
		struct lex_date d[1];
		struct read_alias *a;
		/* the closing quote right before " means", the opening one on its line */
		while (qe > 0 && t[qe - 1] == ' ')
			qe--;
		if (qe == 0 ||
		    !(t[qe - 1] == '"' || t[qe - 1] == '\'' ||
		      (qe >= 3 && (unsigned char)t[qe - 3] == 0xe2 &&
		       (unsigned char)t[qe - 2] == 0x80 &&
		       ((unsigned char)t[qe - 1] == 0x9d || (unsigned char)t[qe - 1] == 0x99))))
			continue;
		qe -= t[qe - 1] == '"' || t[qe - 1] == '\'' ? 1 : 3;
		for (qs = qe; qs > 0 && t[qs - 1] != '\n' && qe - qs < 60; qs--)
			if (quote_open(t, qs - 1, c->n, &q) && qs - 1 + q <= qe)
				break;
		if (qs == 0 || !quote_open(t, qs - 1, c->n, &q))
			continue;
		j = qs - 1 + q;
		if (!lex_at(t, j, qe, "the ", NULL) ||
		    lex_dates_in(&c->ix, end, end + 24 < c->n ? end + 24 : c->n, d, 1) != 1 ||
		    d[0].span.s != end || d[0].precision != LEX_DAY)
			continue;
		a = &c->aliases[c->naliases++];
		memset(a, 0, sizeof(*a));
		lex_copy(t, j, qe, a->name, sizeof(a->name));
		for (k = 0; a->name[k]; k++)
			a->name[k] = (char)ch_lower((unsigned char)a->name[k]);
		a->has_date = true;
		a->date = d[0].day;
		a->is_day = alias_day(a);
		a->span.s = qs - 1;
		a->span.e = d[0].span.e;
		if (lex_at(t, lex_skip_space(t, d[0].span.e, c->n), c->n, "or such later date",
		           NULL)) {
			char msg[200], iso[CAL_DATE_LEN];
			size_t le = lex_sentence_end(t, d[0].span.e, c->n);
			snprintf(
			    msg, sizeof(msg),
			    "'%s' is %s 'or such later date' as the definition allows: the dates "
			    "counted from it move if a later date is agreed",
			    a->name, cal_format_iso(a->date, iso));
			read_warn(c, msg, qs - 1, lex_trim_end(t, qs - 1, le));
		}
	}
}

const struct read_alias *facts_alias_at(const struct read_ctx *c, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < c->naliases; i++) {
		size_t end;
		if (lex_at(c->t, s, e, c->aliases[i].name, &end))
			return &c->aliases[i];
	}
	return NULL;
}

/* ---- kind, title, date, council ---- */

size_t facts_first_line(const struct read_ctx *c, size_t from, size_t *ls, size_t *le)
{
	size_t i = from;

	while (i < c->n) {
		size_t s = lex_skip_space(c->t, i, c->n), e;
		const char *nl = memchr(c->t + s, '\n', c->n - s);
		e = nl ? (size_t)(nl - c->t) : c->n;
		if (e > s) {
			*ls = s;
			*le = lex_trim_end(c->t, s, e);
			return e;
		}
		i = e + 1;
	}
	*ls = *le = c->n;
	return c->n;
}

/* Where the document itself starts: after a first line that says it is not a real
 * instrument ("SYNTHETIC TEST DOCUMENT - NOT A REAL INSTRUMENT. ...", "This is not a
 * real instrument"), which is a note about the file, not its title or letterhead. */
size_t facts_head_start(const struct read_ctx *c)
{
	size_t ls, le, pe;

	facts_first_line(c, 0, &ls, &le);
	if (!lex_at(c->t, ls, le, "synthetic", NULL) &&
	    lex_search_ph(&c->ix, ls, le, LEX_LIT("not a real instrument"), NULL) == (size_t)-1)
		return 0;
	/* the whole note: its paragraph, however a converter wrapped it */
	pe = facts_paragraph_end(c, ls, 4000);
	return pe < c->n ? pe + 1 : c->n;
}

/* A notice whose title comes after a letterhead or an address block: a line of its
 * first 2,000 bytes that opens with "Improvement Notice", or a short title line that
 * ends with it ("Stockton-on-Tees Borough Council – Improvement Notice"); its bounds
 * in *ts, *te. */
static bool notice_title_line(const struct read_ctx *c, size_t *ts, size_t *te)
{
	size_t hs = facts_head_start(c), head = c->n - hs < 2000 ? c->n : hs + 2000, at, end;

	for (at = lex_search_ph(&c->ix, hs, head, LEX_LIT("improvement notice"), &end);
	     at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, head, LEX_LIT("improvement notice"), &end)) {
		size_t ls = at, le = end;
		while (ls > 0 && c->t[ls - 1] != '\n')
			ls--;
		while (le < c->n && c->t[le] != '\n')
			le++;
		le = lex_trim_end(c->t, ls, le);
		ls = lex_skip_space(c->t, ls, le);
		if (ls == at || (le == end && le - ls < 120)) {
			*ts = ls;
			*te = le;
			return true;
		}
	}
	return false;
}

/* ... or one that says "This Improvement Notice is issued to ...". */
static bool notice_titled(const struct read_ctx *c)
{
	size_t ts, te;

	return lex_search_ph(&c->ix, 0, c->n, LEX_LIT("this improvement notice is issued"), NULL) !=
	           (size_t)-1 ||
	       notice_title_line(c, &ts, &te);
}

/* A notice written as a letter: "... should receive an Improvement Notice. This letter
 * is that Improvement Notice." */
static bool letter_is_notice(const struct read_ctx *c)
{
	static struct lex_phrase says[] = {
	    LEX_PHRASE("this letter is that improvement notice"),
	    LEX_PHRASE("this letter is the improvement notice"),
	    LEX_PHRASE("this letter is an improvement notice"),
	    LEX_PHRASE("this letter constitutes an improvement notice"),
	    LEX_PHRASE("this letter constitutes the improvement notice"),
	    LEX_PHRASE("this letter serves as an improvement notice")};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(says); k++)
		if (lex_search_ph(&c->ix, 0, c->n, &says[k], NULL) != (size_t)-1)
			return true;
	return false;
}

static void find_kind(struct read_ctx *c)
{
	size_t ls, le, hs = facts_head_start(c), head = c->n - hs < 300 ? c->n : hs + 300;

	size_t n_at = lex_search_ph(&c->ix, hs, head, LEX_LIT("improvement notice"), NULL),
	       d_at = lex_search_ph(&c->ix, hs, head, LEX_LIT("direction"), NULL);

	size_t dear = lex_search_ph(&c->ix, hs, head, LEX_LIT("dear "), NULL);

	facts_first_line(c, hs, &ls, &le);
	/* a short letter's salutation before any mention of the instrument it is about */
	if (dear != (size_t)-1 && (n_at == (size_t)-1 || dear < n_at) &&
	    (d_at == (size_t)-1 || dear < d_at))
		c->kind = letter_is_notice(c) ? "improvement_notice" : "letter";
	/* the kind the head names first: "DIRECTION ... REVOKING THE DIRECTION ... AND
	 * ISSUING AN IMPROVEMENT NOTICE" is a direction */
	else if (n_at != (size_t)-1 && (d_at == (size_t)-1 || n_at < d_at))
		c->kind = "improvement_notice";
	else if (lex_search_ph(&c->ix, ls, le, LEX_LIT("direction"), NULL) != (size_t)-1 ||
	         lex_search_ph(&c->ix, 0, c->n, LEX_LIT("directs the council"), NULL) !=
	             (size_t)-1 ||
	         lex_search_ph(&c->ix, 0, c->n, LEX_LIT("hereby directs"), NULL) != (size_t)-1)
		c->kind = "direction";
	else if (lex_search_ph(&c->ix, 0, c->n, LEX_LIT("yours sincerely"), NULL) != (size_t)-1 ||
	         lex_search_ph(&c->ix, 0, c->n, LEX_LIT("yours faithfully"), NULL) != (size_t)-1 ||
	         lex_search_ph(&c->ix, hs, head, LEX_LIT("dear "), NULL) != (size_t)-1)
		c->kind = "letter";
	else if (lex_search_ph(&c->ix, hs, head, LEX_LIT("direction"), NULL) != (size_t)-1)
		c->kind = "direction";
	else if (notice_titled(c))
		c->kind = "improvement_notice";
	else
		c->kind = "unknown";
}

/* Does the word before pos name another document ("the Direction dated ...", "Ofsted's
 * letter dated ...")?  Then "dated" cites that document, not this one's date. */
static bool cites_other(const struct read_ctx *c, size_t pos)
{
	static const char *const nouns[] = {"direction", "notice", "letter", "report", "agreement",
					    "plan", "order"};
	size_t e = pos, s, k;

	while (e > 0 && c->t[e - 1] == ' ')
		e--;
	if (e > 0 && c->t[e - 1] == ',') /* "His most recent report, dated ..." */
		e--;
	for (s = e; s > 0 && c->t[s - 1] != ' ' && c->t[s - 1] != '\n'; s--)
		;
	for (k = 0; k < ARRAY_SIZE(nouns); k++) {
		size_t end;
		if (lex_at(c->t, s, e, nouns[k], &end) && end == e)
			return true;
	}
	/* "The Commissioner's report to the Secretary of State dated 26 July 2019": a report
	 * a few words before, in the same sentence (never this instrument) */
	for (k = 0; s > 0 && k < 8; k++) {
		size_t w;
		e = s;
		while (e > 0 && c->t[e - 1] == ' ')
			e--;
		if (e == 0 || !lex_is_word_char((unsigned char)c->t[e - 1]))
			break;
		for (w = e; w > 0 && lex_is_word_char((unsigned char)c->t[w - 1]); w--)
			;
		if (w < e && (c->t[e - 1] == 't' || c->t[e - 1] == 'T') && e - w == 6 &&
		    lex_at(c->t, w, e, "report", NULL))
			return true;
		s = w;
	}
	return false;
}

/* Is pos the first word of its line (after spaces)? */
static bool line_start(const struct read_ctx *c, size_t pos)
{
	while (pos > 0 && (c->t[pos - 1] == ' ' || c->t[pos - 1] == '\t'))
		pos--;
	return pos == 0 || c->t[pos - 1] == '\n';
}

size_t facts_paragraph_end(const struct read_ctx *c, size_t s, size_t max)
{
	size_t e = s;

	while (e < c->n && e - s < max) {
		if (c->t[e] == '\n') {
			size_t k = e + 1;
			while (k < c->n && (c->t[k] == ' ' || c->t[k] == '\t' || c->t[k] == '\r'))
				k++;
			if (k >= c->n || c->t[k] == '\n' || c->t[k] == '\f')
				return e;
		}
		e++;
	}
	return e;
}

/* Is the word before t[pos] (after s) "on"? */
static bool after_on(const struct read_ctx *c, size_t s, size_t pos)
{
	while (pos > s && ch_is_space((unsigned char)c->t[pos - 1]))
		pos--;
	return pos >= s + 2 && lex_at(c->t, pos - 2, pos, "on", NULL) &&
	       (pos - 2 == s || !lex_is_word_char((unsigned char)c->t[pos - 3]));
}

/* The date alone on a line of the signature block, under the signatory's name and role:
 * "Signed by authority of the Secretary of State⏎⏎Crispin Haverford⏎Director, ...⏎17
 * September 2020" (or after "Yours sincerely").  The block is the few lines after the cue's
 * line, up to the blank line that ends the name's paragraph, and a date alone on the
 * first line after that blank line. */
static bool signature_date(struct read_ctx *c, rec_t *rec)
{
	static struct lex_phrase cues[] = {LEX_PHRASE("signed"), LEX_PHRASE("yours sincerely"),
	                                   LEX_PHRASE("yours faithfully")};
	struct lex_date d[1];
	size_t k, at, end, i, ls, le, nl;

	for (k = 0; k < ARRAY_SIZE(cues); k++) {
		int tries = 0;
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k], &end)) {
			int lines = 0;
			bool begun = false, gap = false;
			if (!line_start(c, at))
				continue;
			for (i = end; i < c->n && c->t[i] != '\n'; i++)
				;
			for (i++; i < c->n && lines < 6; i = nl + 1) {
				for (ls = i, nl = i; nl < c->n && c->t[nl] != '\n'; nl++)
					;
				le = lex_trim_end(c->t, ls, nl);
				if (lex_skip_space(c->t, ls, le) >= le) { /* a blank line */
					if (begun && gap)
						break;
					gap = begun;
					continue;
				}
				begun = true;
				lines++;
				if (lex_dates_in(&c->ix, ls, le, d, 1) &&
				    d[0].precision == LEX_DAY &&
				    lex_skip_space(c->t, ls, le) == d[0].span.s &&
				    lex_skip_space(c->t, d[0].span.e, le) == le) {
					c->has_date = true;
					c->date = d[0].day;
					read_set(rec, "date",
					         rec_pack("value", facts_jdate(c->date), "span",
					                  read_span(c, d[0].span.s, d[0].span.e),
					                  NULL));
					return true;
				}
				/* after the blank line that ends the name's paragraph, only a
				 * date alone on its line ("⏎⏎8 December 2022") */
				if (gap)
					break;
			}
		}
	}
	return false;
}

/* A letter's date: a date alone on a line in the first half of the text, set on rec;
 * false if none. */
static bool date_line(struct read_ctx *c, rec_t *rec)
{
	struct lex_date d[1];
	size_t i, ls, le;

	for (i = 0, ls = 0; i < c->n && ls < c->n / 2; i++) {
		i = facts_first_line(c, i, &ls, &le);
		if (lex_dates_in(&c->ix, ls, le, d, 1) && d[0].span.s == ls && d[0].span.e == le &&
		    d[0].precision == LEX_DAY) {
			c->has_date = true;
			c->date = d[0].day;
			read_set(rec, "date",
			         rec_pack("value", facts_jdate(c->date), "span",
			                  read_span(c, ls, le), NULL));
			return true;
		}
	}
	return false;
}

static void find_date(struct read_ctx *c, rec_t *rec)
{
	/* The instrument's own date: "Dated this 4th day of March 2019", "Dated: ...", "Date of
	 * issue: ...", "Date: 16.07.2021" on a line of its own (the signature block or the
	 * heading), "Issued on ...", a heading's "Issued: ..." line, and a signature line
	 * "Signed by X, ..., on 3.2.25" (the date after its "on", in its paragraph), a
	 * heading's "Date of this Direction: ..." or "Made on ... under section ...".  A
	 * "dated" after a document's name cites another one. */
	static struct {
		struct lex_phrase cue;
		bool at_line_start;
		bool after_on; /* the date is the first after an "on" */
		bool capital;  /* as written: not a wrapped line's "dated" */
	} cues[] = {/* "Dated this the 3rd day of March 2016" opening its line, before any
	             * "dated" in a sentence ("a service agreement ... dated 30th September
	             * 2015", which cites another document) */
	            {LEX_PHRASE("Dated"), true, false, true},
	            {LEX_PHRASE("dated"), false, false, false},
	            {LEX_PHRASE("date of issue"), false, false, false},
	            {LEX_PHRASE("date issued"), false, false, false},
	            {LEX_PHRASE("issue date"), false, false, false},
	            {LEX_PHRASE("issued on"), false, false, false},
	            {LEX_PHRASE("date:"), true, false, false},
	            {LEX_PHRASE("date of direction"), true, false, false},
	            {LEX_PHRASE("date of notice"), true, false, false},
	            /* "Date of this Direction: Wednesday 12 June 2024" (a weekday first) */
	            {LEX_PHRASE("date of this direction"), true, false, false},
	            {LEX_PHRASE("date of this notice"), true, false, false},
	            /* "Made on 14 November 2024 under section 497A(4B) ..." */
	            {LEX_PHRASE("made on"), true, false, false},
	            /* "This Direction is made on the 20th day of November 2013 by ..." */
	            {LEX_PHRASE("this direction is made on"), false, false, false},
	            {LEX_PHRASE("this notice is made on"), false, false, false},
	            {LEX_PHRASE("date signed"), true, false, false},
	            {LEX_PHRASE("issued:"), true, false, false},
	            {LEX_PHRASE("signed "), true, true, false}};
	struct lex_date d[MAXD];
	size_t at, end, nd, ls, le, i, k;

	/* a letter's date line comes first ("... the report of Mr X, the Commissioner
	 * (\"the Commissioner\"), dated 6 September 2021" in its body cites the report) */
	if (!strcmp(c->kind, "letter") && date_line(c, rec))
		return;
	for (k = 0; k < ARRAY_SIZE(cues); k++) {
		int tries = 0;
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k].cue, &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k].cue, &end)) {
			size_t stop = end;
			int lines = 0;
			if ((cues[k].at_line_start && !line_start(c, at)) || cites_other(c, at) ||
			    (cues[k].capital && c->t[at] != cues[k].cue.text[0]))
				continue;
			while (stop < c->n && lines < 2) {
				if (c->t[stop] == '\n')
					lines++;
				stop++;
			}
			if (cues[k].after_on) /* a signature line, however wrapped */
				stop = facts_paragraph_end(c, end, 400);
			nd = lex_dates_in(&c->ix, end, stop, d, MAXD);
			if (cues[k].after_on) {
				for (i = 0; i < nd && !after_on(c, end, d[i].span.s); i++)
					;
				if (i == nd)
					continue;
				d[0] = d[i];
			} else if (nd && d[0].span.s - end >= 40) {
				continue;
			}
			if (nd && d[0].precision == LEX_DAY) {
				c->has_date = true;
				c->date = d[0].day;
				read_set(rec, "date",
				         rec_pack("value", facts_jdate(c->date), "span",
				                  read_span(c, at, d[0].span.e), NULL));
				return;
			}
		}
	}
	if (date_line(c, rec))
		return;
	/* "issued to X on 13 January 2020" */
	at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("is issued to"), &end);
	if (at != (size_t)-1) {
		size_t se = lex_sentence_end(c->t, end, c->n);
		nd = lex_dates_in(&c->ix, end, se, d, 1);
		if (nd && d[0].precision == LEX_DAY) {
			c->has_date = true;
			c->date = d[0].day;
			read_set(rec, "date",
			         rec_pack("value", facts_jdate(c->date), "span",
			                  read_span(c, at, d[0].span.e), NULL));
			return;
		}
	}
	if (signature_date(c, rec))
		return;
	if (facts_last_line_date(c, rec)) /* "Department for Education / 9 January 2023" */
		return;
	facts_first_line(c, facts_head_start(c), &ls,
	                 &le); /* the span: the document's first line */
	read_warn(c, "no date of issue found", ls, le);
}

static void find_title(struct read_ctx *c, rec_t *rec)
{
	size_t ls, le, i = 0;

	if (!strcmp(c->kind, "letter")) {
		/* the subject line: a line in capitals after the date */
		i = facts_head_start(c);
		while (i < c->n) {
			i = facts_first_line(c, i, &ls, &le);
			if (le - ls > 12 && le - ls < 200) {
				char buf[256];
				lex_copy(c->t, ls, le, buf, sizeof(buf));
				if (facts_mostly_upper(buf) && strchr(buf, ' ')) {
					read_set(rec, "title", read_string(buf));
					return;
				}
			}
			i++;
		}
	}
	/* a notice's title line after its letterhead and address block */
	if (!strcmp(c->kind, "improvement_notice") && notice_title_line(c, &ls, &le)) {
		read_set(rec, "title", facts_text(c, ls, le));
		return;
	}
	/* the first line, past a letterhead line that is only "Department for Education" */
	i = facts_first_line(c, facts_head_start(c), &ls, &le);
	{
		size_t end;
		if (lex_at(c->t, ls, le, "department for education", &end) && end == le)
			facts_first_line(c, i, &ls, &le);
	}
	if (ls < le)
		read_set(rec, "title", facts_text(c, ls, le));
}

/* ---- legal basis ---- */

/* Is (act, sec) already in arr, or a more specific citation of it
 * ("497A(4B)" when "497A" is asked, or the reverse)? */
static bool basis_known(rec_t *arr, const char *act, const char *sec)
{
	size_t i;

	for (i = 0; i < rec_array_size(arr); i++) {
		rec_t *o = rec_array_get(arr, i);
		const char *a = rec_string_value(rec_object_get(o, "act")),
		           *s = rec_string_value(rec_object_get(o, "section"));
		size_t n = strlen(s) < strlen(sec) ? strlen(s) : strlen(sec);
		if (!strcasecmp(a, act) && !strncasecmp(s, sec, n) &&
		    (s[n] == '\0' || s[n] == '(') && (sec[n] == '\0' || sec[n] == '('))
			return true;
	}
	return false;
}

static void find_legal_basis(struct read_ctx *c, rec_t *rec)
{
	/* "UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996", "as applied by
	 * section 50 of the Children Act 2004", "under section 7A of the Local
	 * Authority Social Services Act 1970" */
	static struct lex_phrase cues[] = {
	    LEX_PHRASE("under section "), LEX_PHRASE("applied by section "),
	    LEX_PHRASE("conferred by section "), LEX_PHRASE("pursuant to section "),
	    LEX_PHRASE("by section "),
	    /* "..., which section 50 of the Children Act 2004 applies to the Council's
	     * children's social care functions" (an "applies" after the Act's name) */
	    LEX_PHRASE("which section "),
	    /* "the functions to which section 497A ... applies by virtue of section 50 of
	     * the Children Act 2004" */
	    LEX_PHRASE("by virtue of section ")};
	rec_t *arr = rec_array();
	size_t at, end, k, nyear = 0;
	int tries = 0;
	struct {
		char year[8], sec[32];
		size_t s, e;
	} by_year[4]; /* "of the 1996 Act": the Act the document names with that year */

	if (strcmp(c->kind, "direction")) {
		read_set(rec, "legal_basis", arr);
		return;
	}
	for (k = 0; k < ARRAY_SIZE(cues); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k], &end)) {
			size_t sec_s = end, sec_e = end, of_e, act_e, w;
			char act[96], sec[32];
			/* "the duty under section 22 of the Children Act 1989 to ...": a duty
			 * the instrument names, not a power it is made under */
			for (w = at; w > 0 && c->t[w - 1] == ' '; w--)
				;
			if ((w >= 4 && lex_at(c->t, w - 4, w, "duty", NULL)) ||
			    (w >= 6 && lex_at(c->t, w - 6, w, "duties", NULL)))
				continue;
			/* "enter into an agreement with the Partner Council under section 113 of
			 * the Local Government Act 1972": the kind of agreement, not a power */
			if (lex_search_ph(&c->ix, at > 60 ? at - 60 : 0, at, LEX_LIT("agreement"),
			                  NULL) != (size_t)-1)
				continue;
			/* a schedule or annex describes functions and terms ("the functions of
			 * the Council's Director of Children's Services under section 18 of the
			 * Children Act 2004"): the powers used are named before it */
			if (c->clauses && c->clauses->annex_start != (size_t)-1 &&
			    at >= c->clauses->annex_start)
				continue;
			/* a bare "by section" only as "(as that section is) applied to ...
			 * by section 50 of the Children Act 2004": "applied" earlier in its
			 * sentence, within a few words */
			if (!strcmp(cues[k].text, "by section ")) {
				size_t ss = lex_sentence_start(c->t, 0, at);
				if (ss + 80 < at)
					ss = at - 80;
				if ((at >= 8 && lex_at(c->t, at - 8, at, "applied ", NULL)) ||
				    (at >= 10 && lex_at(c->t, at - 10, at, "conferred ", NULL)) ||
				    lex_search_ph(&c->ix, ss, at, LEX_LIT("applied"), NULL) ==
				        (size_t)-1)
					continue; /* read by its own cue, or not an application */
			}
			while (sec_e < c->n && !ch_is_space((unsigned char)c->t[sec_e]) &&
			       c->t[sec_e] != ',')
				sec_e++;
			if (!lex_at(c->t, lex_skip_space(c->t, sec_e, c->n), c->n, "of the ", &of_e))
				continue;
			act_e = of_e;
			/* a line break may fall inside the name ("the Children Act\n2004"),
			 * a blank line not */
			while (act_e < c->n && act_e - of_e < 60 &&
			       !(c->t[act_e] == '\n' && act_e + 1 < c->n && c->t[act_e + 1] == '\n') &&
			       c->t[act_e] != '(' && c->t[act_e] != ',') {
				if (ch_is_digit((unsigned char)c->t[act_e]) && act_e + 4 <= c->n &&
				    ch_is_digit((unsigned char)c->t[act_e + 3])) {
					act_e += 4;
					break;
				}
				act_e++;
			}
			/* an Act is named with its year */
			if (act_e < of_e + 4 || !ch_is_digit((unsigned char)c->t[act_e - 1]))
				continue;
			if (!strcmp(cues[k].text, "which section ") &&
			    !lex_at(c->t, act_e, c->n, " applies", NULL) &&
			    !lex_at(c->t, act_e, c->n, " apply", NULL))
				continue;
			lex_copy(c->t, of_e, act_e, act, sizeof(act));
			lex_copy(c->t, sec_s, sec_e, sec, sizeof(sec));
			if (facts_mostly_upper(act))
				facts_title_case(act);
			if (strlen(act) == 4) { /* a year alone: resolved below */
				if (nyear < ARRAY_SIZE(by_year)) {
					memcpy(by_year[nyear].year, act, 5);
					memcpy(by_year[nyear].sec, sec, sizeof(sec));
					by_year[nyear].s = at;
					by_year[nyear++].e = act_e;
				}
				continue;
			}
			if (basis_known(arr, act, sec))
				continue;
			rec_array_append_new(arr, rec_pack("act", rec_string(act), "section",
			                                   rec_string(sec), "span",
			                                   read_span(c, at, act_e), NULL));
		}
	for (k = 0; k < nyear; k++) {
		size_t i, n = rec_array_size(arr);
		for (i = 0; i < n; i++) {
			const char *a =
			    rec_string_value(rec_object_get(rec_array_get(arr, i), "act"));
			size_t la = strlen(a);
			if (la > 5 && a[la - 5] == ' ' && !strcmp(a + la - 4, by_year[k].year)) {
				if (!basis_known(arr, a, by_year[k].sec))
					rec_array_append_new(
					    arr, rec_pack("act", rec_string(a), "section",
					                  rec_string(by_year[k].sec), "span",
					                  read_span(c, by_year[k].s, by_year[k].e),
					                  NULL));
				break;
			}
		}
	}
	read_set(rec, "legal_basis", arr);
}

void facts_extract(struct read_ctx *c, rec_t *rec)
{
	collect_aliases(c);
	defined_dates(c);
	find_kind(c);
	read_set(rec, "kind", read_string(c->kind));
	find_date(c, rec);
	find_title(c, rec);
	facts_find_council(c, rec);
	find_legal_basis(c, rec);
	if (!strcmp(c->kind, "letter"))
		facts_find_letter_parties(c, rec);
	else
		facts_find_signatory(c, rec);
	facts_find_events(c, rec);
	facts_find_judgements(c, rec);
	facts_note_role_aliases(c); /* "the Chair" for whom the appointments name */
	facts_find_appointments(c, rec);
	facts_find_parties(c, rec);
	facts_find_revokes(c, rec);
}
