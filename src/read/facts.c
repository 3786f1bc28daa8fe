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

json_t *read_span(const struct read_ctx *c, size_t s, size_t e)
{
	size_t lo = 0, hi = c->npage_breaks;
	json_t *span = json_array();

	json_array_append_new(span, json_integer((json_int_t)s));
	json_array_append_new(span, json_integer((json_int_t)e));
	if (!c->page_breaks)
		return span;
	while (lo < hi) { /* page = 1 + the number of page breaks before s */
		size_t mid = lo + (hi - lo) / 2;
		if (c->page_breaks[mid] < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	json_array_append_new(span, json_integer((json_int_t)(lo + 1)));
	return span;
}

json_t *read_string(const char *s)
{
	size_t n = strlen(s);

	return read_utf8_valid((const unsigned char *)s, n) ? json_stringn_nocheck(s, n) : NULL;
}

void read_warn(struct read_ctx *c, const char *msg, size_t s, size_t e)
{
	json_t *w = json_object();

	json_object_set_new(w, "message", json_string(msg));
	json_object_set_new(w, "span", read_span(c, s, e));
	json_array_append_new(c->warnings, w);
}

json_t *facts_jdate(cal_day d)
{
	char buf[CAL_DATE_LEN];
	return json_string(cal_format_iso(d, buf));
}

/* A string from t[s, e) with white space folded. */
json_t *facts_text(const struct read_ctx *c, size_t s, size_t e)
{
	char buf[2048];
	/* not the bullets a converter left in front */
	s = lex_skip_space(c->t, s, e);
	while (s < e && (c->t[s] == '-' || c->t[s] == '*') && s + 1 < e && c->t[s + 1] == ' ')
		s = lex_skip_space(c->t, s + 1, e);
	return read_string(lex_copy(c->t, s, e, buf, sizeof(buf)));
}

/* Title case for a name written in capitals: "STOKE-ON-TRENT CITY COUNCIL". */
static void title_case(char *s)
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
		for (size_t k = 0; k < ARRAY_SIZE(small); k++) {
			size_t L = strlen(small[k]);
			if (!strncmp(s + i, small[k], L))
				for (size_t x = 1; x + 1 < L; x++)
					s[i + x] = (char)ch_lower((unsigned char)s[i + x]);
		}
	}
}

static bool mostly_upper(const char *s)
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
			a->has_date = true;
			a->date = d[nd - 1].day;
		}
		c->naliases++;
		i = end;
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

static size_t first_line(const struct read_ctx *c, size_t from, size_t *ls, size_t *le)
{
	size_t i = from;

	while (i < c->n) {
		size_t s = lex_skip_space(c->t, i, c->n), e = s;
		while (e < c->n && c->t[e] != '\n')
			e++;
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

/* A notice whose title comes after a letterhead or an address block: a line of its
 * first 2,000 bytes that opens with "Improvement Notice", or "This Improvement Notice
 * is issued to ...". */
static bool notice_titled(const struct read_ctx *c)
{
	size_t head = c->n < 2000 ? c->n : 2000, at, end;

	if (lex_search(&c->ix, 0, c->n, "this improvement notice is issued", NULL) != (size_t)-1)
		return true;
	for (at = lex_search(&c->ix, 0, head, "improvement notice", &end); at != (size_t)-1;
	     at = lex_search(&c->ix, end, head, "improvement notice", &end))
		if (at == 0 || c->t[at - 1] == '\n')
			return true;
	return false;
}

static void find_kind(struct read_ctx *c)
{
	size_t ls, le, head = c->n < 300 ? c->n : 300;

	first_line(c, 0, &ls, &le);
	if (lex_search(&c->ix, 0, head, "improvement notice", NULL) != (size_t)-1)
		c->kind = "improvement_notice";
	else if (lex_search(&c->ix, ls, le, "direction", NULL) != (size_t)-1 ||
	         lex_search(&c->ix, 0, c->n, "directs the council", NULL) != (size_t)-1 ||
	         lex_search(&c->ix, 0, c->n, "hereby directs", NULL) != (size_t)-1)
		c->kind = "direction";
	else if (lex_search(&c->ix, 0, c->n, "yours sincerely", NULL) != (size_t)-1 ||
	         lex_search(&c->ix, 0, c->n, "yours faithfully", NULL) != (size_t)-1 ||
	         lex_search(&c->ix, 0, head, "dear ", NULL) != (size_t)-1)
		c->kind = "letter";
	else if (lex_search(&c->ix, 0, head, "direction", NULL) != (size_t)-1)
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
	for (s = e; s > 0 && c->t[s - 1] != ' ' && c->t[s - 1] != '\n'; s--)
		;
	for (k = 0; k < ARRAY_SIZE(nouns); k++) {
		size_t end;
		if (lex_at(c->t, s, e, nouns[k], &end) && end == e)
			return true;
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

static void find_date(struct read_ctx *c, json_t *rec)
{
	/* The instrument's own date: "Dated this 4th day of March 2019", "Dated: ...", "Date of
	 * issue: ...", "Date: 16.07.2021" on a line of its own (the signature block or the
	 * heading), "Issued on ...".  A "dated" after a document's name cites another one. */
	static const struct {
		const char *cue;
		bool at_line_start;
	} cues[] = {{"dated", false},	     {"date of issue", false}, {"date issued", false},
		    {"issue date", false},   {"issued on", false},     {"date:", true},
		    {"date of direction", true}, {"date of notice", true}};
	struct lex_date d[MAXD];
	size_t at, end, nd, ls, le, i, k;

	for (k = 0; k < ARRAY_SIZE(cues); k++) {
		int tries = 0;
		for (at = lex_search(&c->ix, 0, c->n, cues[k].cue, &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search(&c->ix, end, c->n, cues[k].cue, &end)) {
			size_t stop = end;
			int lines = 0;
			if ((cues[k].at_line_start && !line_start(c, at)) || cites_other(c, at))
				continue;
			while (stop < c->n && lines < 2) {
				if (c->t[stop] == '\n')
					lines++;
				stop++;
			}
			nd = lex_dates_in(&c->ix, end, stop, d, MAXD);
			if (nd && d[0].precision == LEX_DAY && d[0].span.s - end < 40) {
				c->has_date = true;
				c->date = d[0].day;
				json_object_set_new(rec, "date",
						    json_pack("{s:o,s:o}", "value", facts_jdate(c->date),
							      "span", read_span(c, at, d[0].span.e)));
				return;
			}
		}
	}
	/* A letter: a date alone on a line near the top. */
	for (i = 0, ls = 0; i < c->n && ls < c->n / 2;) {
		i = first_line(c, i, &ls, &le);
		nd = lex_dates_in(&c->ix, ls, le, d, 1);
		if (nd && d[0].span.s == ls && d[0].span.e == le && d[0].precision == LEX_DAY) {
			c->has_date = true;
			c->date = d[0].day;
			json_object_set_new(rec, "date", json_pack("{s:o,s:o}", "value", facts_jdate(c->date),
								   "span", read_span(c, ls, le)));
			return;
		}
		i++;
	}
	/* "issued to X on 13 January 2020" */
	at = lex_search(&c->ix, 0, c->n, "is issued to", &end);
	if (at != (size_t)-1) {
		size_t se = lex_sentence_end(c->t, end, c->n);
		nd = lex_dates_in(&c->ix, end, se, d, 1);
		if (nd && d[0].precision == LEX_DAY) {
			c->has_date = true;
			c->date = d[0].day;
			json_object_set_new(rec, "date", json_pack("{s:o,s:o}", "value", facts_jdate(c->date),
								   "span", read_span(c, at, d[0].span.e)));
			return;
		}
	}
	read_warn(c, "no date of issue found", 0, 0);
}

static void find_title(struct read_ctx *c, json_t *rec)
{
	size_t ls, le, i = 0;

	if (!strcmp(c->kind, "letter")) {
		/* the subject line: a line in capitals after the date */
		while (i < c->n) {
			i = first_line(c, i, &ls, &le);
			if (le - ls > 12 && le - ls < 200) {
				char buf[256];
				lex_copy(c->t, ls, le, buf, sizeof(buf));
				if (mostly_upper(buf) && strchr(buf, ' ')) {
					json_object_set_new(rec, "title", read_string(buf));
					return;
				}
			}
			i++;
		}
	}
	first_line(c, 0, &ls, &le);
	if (ls < le)
		json_object_set_new(rec, "title", facts_text(c, ls, le));
}

static const char *const council_suffixes[] = {
	"Metropolitan Borough Council", "Royal Borough Council", "City Council", "County Council",
	"Borough Council", "District Council", "Council",
};

/* The end of "X ... Council" starting at s, or 0.  "Leader of the Council" is a post,
 * not a council: a name whose suffix follows "the " is not one. */
static size_t council_name_end(const struct read_ctx *c, size_t s, size_t e)
{
	size_t i;

	for (i = s; i < e && i - s < 80; i++) {
		size_t k, end;
		if (c->t[i] == '\n' || c->t[i] == '(' || c->t[i] == ',')
			return 0;
		for (k = 0; k < ARRAY_SIZE(council_suffixes); k++)
			if (lex_at(c->t, i, e, council_suffixes[k], &end) &&
			    (i == s || c->t[i - 1] == ' ')) {
				if (i >= s + 5 && c->t[i - 5] == ' ' && lex_at(c->t, i - 4, e, "the ", NULL))
					return 0;
				return end;
			}
	}
	return 0;
}

/* A heading "IMPROVEMENT NOTICE: BEDFORD BOROUGH COUNCIL" names the council after its
 * colon: the start of the name on the line [ls, le). */
static size_t after_colon(const struct read_ctx *c, size_t ls, size_t le)
{
	size_t i, at = ls;
	for (i = ls; i < le; i++)
		if (c->t[i] == ':')
			at = i + 1;
	return lex_skip_space(c->t, at, le);
}

static void set_council(struct read_ctx *c, json_t *rec, size_t s, size_t e)
{
	char buf[128];

	lex_copy(c->t, s, e, buf, sizeof(buf));
	if (mostly_upper(buf))
		title_case(buf);
	snprintf(c->council, sizeof(c->council), "%s", buf);
	json_object_set_new(rec, "council",
			    json_pack("{s:s,s:o}", "name", buf, "span", read_span(c, s, e)));
}

/* Is t[s, e) only "the Council" (no name)? */
static bool generic_council(const struct read_ctx *c, size_t s, size_t e)
{
	size_t end;

	if (lex_at(c->t, s, e, "the ", &end))
		s = end;
	return lex_at(c->t, s, e, "Council", &end) && end == e;
}

static void find_council(struct read_ctx *c, json_t *rec)
{
	static const char *const cues[] = {"direction to ", "notice to ", "to: ", "issued to ",
					   "in respect of "};
	size_t k, at, end, ne;

	for (k = 0; k < ARRAY_SIZE(cues); k++) {
		int tries = 0;
		for (at = lex_search(&c->ix, 0, c->n, cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search(&c->ix, end, c->n, cues[k], &end)) {
			end = lex_skip_space(c->t, end, c->n);
			ne = council_name_end(c, end, c->n);
			/* "a direction to the Council" names no council */
			if (ne && !generic_council(c, end, ne)) {
				set_council(c, rec, end, ne);
				return;
			}
			/* "To: The Chief Executive" then the council on one of the next lines */
			if (!strcmp(cues[k], "to: ")) {
				size_t ls, le, i = end;
				int lines;
				for (lines = 0; lines < 4 && i < c->n; lines++, i++) {
					i = first_line(c, i, &ls, &le);
					ne = council_name_end(c, ls, le);
					if (ne && ne == le && !generic_council(c, ls, le)) {
						set_council(c, rec, ls, le);
						return;
					}
				}
			}
		}
	}
	/* A letter's recipient block, or a heading: the first line ending in a council's
	 * name (after the heading's colon, if it has one). */
	for (at = 0; at < c->n;) {
		size_t ls, le, s;
		at = first_line(c, at, &ls, &le);
		s = after_colon(c, ls, le);
		ne = council_name_end(c, s, le);
		if (ne && ne == le && !generic_council(c, s, le)) {
			set_council(c, rec, s, le);
			return;
		}
		at++;
	}
	read_warn(c, "no council named as the addressee", 0, 0);
}

/* ---- legal basis ---- */

/* Is (act, sec) already in arr, or a more specific citation of it
 * ("497A(4B)" when "497A" is asked, or the reverse)? */
static bool basis_known(json_t *arr, const char *act, const char *sec)
{
	size_t i;

	for (i = 0; i < json_array_size(arr); i++) {
		json_t *o = json_array_get(arr, i);
		const char *a = json_string_value(json_object_get(o, "act")),
			   *s = json_string_value(json_object_get(o, "section"));
		size_t n = strlen(s) < strlen(sec) ? strlen(s) : strlen(sec);
		if (!strcasecmp(a, act) && !strncasecmp(s, sec, n) &&
		    (s[n] == '\0' || s[n] == '(') && (sec[n] == '\0' || sec[n] == '('))
			return true;
	}
	return false;
}

static void find_legal_basis(struct read_ctx *c, json_t *rec)
{
	/* "UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996", "as applied by
	 * section 50 of the Children Act 2004", "under section 7A of the Local
	 * Authority Social Services Act 1970" */
	static const char *const cues[] = {"under section ", "applied by section ",
					   "conferred by section ", "pursuant to section "};
	json_t *arr = json_array();
	size_t at, end, k;
	int tries = 0;

	if (strcmp(c->kind, "direction")) {
		json_object_set_new(rec, "legal_basis", arr);
		return;
	}
	for (k = 0; k < ARRAY_SIZE(cues); k++)
		for (at = lex_search(&c->ix, 0, c->n, cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search(&c->ix, end, c->n, cues[k], &end)) {
			size_t sec_s = end, sec_e = end, of_e, act_e;
			char act[96], sec[32];
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
			lex_copy(c->t, of_e, act_e, act, sizeof(act));
			lex_copy(c->t, sec_s, sec_e, sec, sizeof(sec));
			if (mostly_upper(act))
				title_case(act);
			if (basis_known(arr, act, sec))
				continue;
			json_array_append_new(arr, json_pack("{s:s,s:s,s:o}", "act", act, "section", sec,
							     "span", read_span(c, at, act_e)));
		}
	json_object_set_new(rec, "legal_basis", arr);
}

/* ---- signatory, author, recipient ---- */

static bool looks_like_name(const char *s)
{
	size_t words = 1, i, caps = 0;

	if (!*s || strlen(s) > 48)
		return false;
	for (i = 0; s[i]; i++) {
		if (s[i] == ' ')
			words++;
		else if (!ch_is_alpha((unsigned char)s[i]) && s[i] != '.' && s[i] != '-' && s[i] != '\'')
			return false;
		if (i == 0 || s[i - 1] == ' ')
			caps += s[i] >= 'A' && s[i] <= 'Z';
	}
	return words >= 2 && words <= 5 && caps == words;
}

static void find_signatory(struct read_ctx *c, json_t *rec)
{
	size_t at, end, i, ls, le;
	json_t *sig = NULL;

	at = lex_search(&c->ix, 0, c->n, "signed on behalf", &end);
	if (at == (size_t)-1)
		at = lex_search(&c->ix, 0, c->n, "signed by", &end);
	if (at == (size_t)-1)
		at = lex_search(&c->ix, 0, c->n, "signed:", &end);
	if (at == (size_t)-1)
		at = lex_search(&c->ix, 0, c->n, "yours sincerely", &end);
	if (at == (size_t)-1)
		return;
	while (end < c->n && c->t[end] != '\n')
		end++;
	for (i = end; i < c->n;) {
		char buf[256], name[256];
		char *dot;
		i = first_line(c, i, &ls, &le);
		if (ls >= c->n)
			break;
		/* a form's labels: "Name: Gwen Arbuthnot", then "Title: Deputy Director" */
		if (lex_at(c->t, ls, le, "name:", &ls))
			ls = lex_skip_space(c->t, ls, le);
		lex_copy(c->t, ls, le, buf, sizeof(buf));
		if (lex_at(c->t, ls, le, "a handwritten", NULL) || lex_at(c->t, ls, le, "dated", NULL) ||
		    lex_at(c->t, ls, le, "annex", NULL)) {
			if (lex_at(c->t, ls, le, "dated", NULL) || lex_at(c->t, ls, le, "annex", NULL))
				break;
			i++;
			continue;
		}
		/* "Emily Whitehead. A Senior Civil Servant ..." */
		snprintf(name, sizeof(name), "%s", buf);
		dot = strstr(name, ". ");
		if (dot)
			*dot = '\0';
		else if (name[0] && name[strlen(name) - 1] == '.')
			name[strlen(name) - 1] = '\0';
		if (looks_like_name(name)) {
			size_t role_s, role_e;
			size_t name_len = strlen(name);
			if (mostly_upper(name))
				title_case(name);
			sig = json_pack("{s:s}", "name", name);
			/* role: the rest of this line, or the next line */
			if (dot) {
				role_s = ls + name_len + 2;
				role_e = le;
			} else {
				i = first_line(c, le + 1 < c->n ? le + 1 : c->n, &role_s, &role_e);
				if (lex_at(c->t, role_s, role_e, "title:", &role_s) ||
				    lex_at(c->t, role_s, role_e, "position:", &role_s) ||
				    lex_at(c->t, role_s, role_e, "role:", &role_s))
					role_s = lex_skip_space(c->t, role_s, role_e);
			}
			if (role_s < role_e) {
				char role[160];
				lex_copy(c->t, role_s, role_e, role, sizeof(role));
				if (role[0] && role[strlen(role) - 1] == '.')
					role[strlen(role) - 1] = '\0';
				json_object_set_new(sig, "role", json_string(role));
			}
			json_object_set_new(sig, "span", read_span(c, ls, role_e > ls ? role_e : le));
			break;
		}
		i++;
	}
	if (sig)
		json_object_set_new(rec, "signatory", sig);
}

static void find_letter_parties(struct read_ctx *c, json_t *rec)
{
	size_t ls, le, i, rs = 0, re = 0, next;
	char buf[256];
	json_t *addr;

	/* author: the first line, with the role on the next */
	next = first_line(c, 0, &ls, &le);
	if (ls < le) {
		char role[160];
		size_t rls, rle;
		lex_copy(c->t, ls, le, buf, sizeof(buf));
		first_line(c, next, &rls, &rle);
		lex_copy(c->t, rls, rle, role, sizeof(role));
		json_object_set_new(rec, "author", json_pack("{s:s,s:s,s:o}", "name", buf, "role", role,
							     "span", read_span(c, ls, rle)));
	}
	/* recipient: the block of lines before the date line */
	if (!json_object_get(rec, "date"))
		return;
	{
		json_t *sp = json_object_get(json_object_get(rec, "date"), "span");
		size_t dstart = (size_t)json_integer_value(json_array_get(sp, 0));
		/* walk back over the block */
		re = lex_trim_end(c->t, 0, dstart);
		i = re;
		while (i > 0) {
			size_t s0 = i;
			while (s0 > 0 && c->t[s0 - 1] != '\n')
				s0--;
			if (lex_skip_space(c->t, s0, i) == i) /* blank line */
				break;
			rs = s0;
			if (s0 == 0)
				break;
			i = s0 - 1;
		}
	}
	if (rs >= re)
		return;
	addr = json_array();
	next = first_line(c, rs, &ls, &le);
	lex_copy(c->t, ls, le, buf, sizeof(buf));
	{
		json_t *r = json_pack("{s:s}", "name", buf);
		for (i = next; i < re;) {
			size_t s2, e2;
			i = first_line(c, i, &s2, &e2);
			if (s2 >= re)
				break;
			json_array_append_new(addr, facts_text(c, s2, e2 < re ? e2 : re));
			i++;
		}
		json_object_set_new(r, "address", addr);
		json_object_set_new(r, "span", read_span(c, rs, re));
		json_object_set_new(rec, "recipient", r);
	}
}

/* ---- appointments ---- */

static const char *const honours[] = {"OBE", "CBE", "MBE", "DBE", "KBE", "CB", "CVO", "LVO",
				      "QC", "KC", "MP", "QPM", "FRSA"};

static const char *role_word(const struct read_ctx *c, size_t s, size_t e)
{
	if (lex_search(&c->ix, s, e, "commissioner", NULL) != (size_t)-1)
		return "commissioner";
	if (lex_search(&c->ix, s, e, "director of children's services", NULL) != (size_t)-1 ||
	    lex_search(&c->ix, s, e, "dcs", NULL) != (size_t)-1)
		return "dcs";
	if (lex_search(&c->ix, s, e, "improvement adviser", NULL) != (size_t)-1 ||
	    lex_search(&c->ix, s, e, "improvement advisor", NULL) != (size_t)-1)
		return "improvement_adviser";
	if (lex_search(&c->ix, s, e, "chair", NULL) != (size_t)-1)
		return "chair";
	return NULL;
}

/* Is the verb at `at` in the passive ("is appointed", "who was appointed", "has been
 * appointed")?  Then the person is the subject at the start of the sentence. */
static bool passive_before(const struct read_ctx *c, size_t at)
{
	static const char *const aux[] = {"is ", "was ", "been ", "be ", "are ", "were "};
	size_t k;
	for (k = 0; k < ARRAY_SIZE(aux); k++) {
		size_t n = strlen(aux[k]);
		if (at >= n && lex_at(c->t, at - n, at, aux[k], NULL) &&
		    (at == n || c->t[at - n - 1] == ' ' || c->t[at - n - 1] == '\n'))
			return true;
	}
	return false;
}

/* Courtesy titles are not part of a name ("Ms Priya Ramsden" is Priya Ramsden). */
static void drop_courtesy_title(char *person)
{
	static const char *const titles[] = {"Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr "};
	size_t k;
	for (k = 0; k < ARRAY_SIZE(titles); k++) {
		size_t n = strlen(titles[k]);
		if (!strncmp(person, titles[k], n)) {
			memmove(person, person + n, strlen(person + n) + 1);
			return;
		}
	}
}

/* A name ends at a comma, unless what follows is an honour ("Eleanor Brazil, OBE"). */
static void cut_at_comma(char *person)
{
	char *comma = strchr(person, ',');
	size_t k;
	if (!comma)
		return;
	for (k = 0; k < ARRAY_SIZE(honours); k++) {
		size_t n = strlen(honours[k]);
		if (!strncmp(comma + 2, honours[k], n) && (comma[2 + n] == 0 || comma[2 + n] == ' ')) {
			memmove(comma, comma + 1, strlen(comma + 1) + 1);
			return;
		}
	}
	*comma = 0;
}

/* Add (person, role) once, with its span. */
static void add_appointment(struct read_ctx *c, json_t *arr, const char *person, const char *hon,
			    const char *role, size_t s, size_t e)
{
	size_t i;
	json_t *o;

	for (i = 0; i < json_array_size(arr); i++) {
		o = json_array_get(arr, i);
		if (!strcmp(json_string_value(json_object_get(o, "person")), person) &&
		    !strcmp(json_string_value(json_object_get(o, "role")), role))
			return;
	}
	o = json_pack("{s:s}", "person", person);
	if (hon && hon[0])
		json_object_set_new(o, "honours", json_string(hon));
	json_object_set_new(o, "role", json_string(role));
	json_object_set_new(o, "span", read_span(c, s, e));
	json_array_append_new(arr, o);
}

/* The person appointed to role in this record, or NULL. */
static const char *appointed_as(json_t *arr, const char *role)
{
	size_t i;
	for (i = 0; i < json_array_size(arr); i++) {
		json_t *o = json_array_get(arr, i);
		if (!strcmp(json_string_value(json_object_get(o, "role")), role))
			return json_string_value(json_object_get(o, "person"));
	}
	return NULL;
}

/*
 * Who chairs a board: "the Board shall be chaired by the Improvement Adviser", "the
 * Improvement Board chaired by the Commissioner", "The board should be chaired by Leeds",
 * "The Commissioner shall chair the shadow board", and a list under "The Commissioner
 * shall:" whose item is "a. Chair the Improvement Board".  A role is the person
 * appointed to it in this instrument (if one is); anyone else is named as written.
 */
static void find_chairs(struct read_ctx *c, json_t *arr)
{
	size_t at, end;
	int tries = 0;

	for (at = lex_search(&c->ix, 0, c->n, "chaired by", &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search(&c->ix, end, c->n, "chaired by", &end)) {
		size_t s = lex_skip_space(c->t, end, c->n), e = s;
		char who[128];
		const char *role, *person;
		while (e < c->n && e - s < 80 && c->t[e] != ',' && c->t[e] != '.' && c->t[e] != ';' &&
		       c->t[e] != '\n' && !lex_at(c->t, e, c->n, " and ", NULL) &&
		       !lex_at(c->t, e, c->n, " as ", NULL) && !lex_at(c->t, e, c->n, " to ", NULL))
			e++;
		if (e == s)
			continue;
		role = role_word(c, s, e);
		person = role ? appointed_as(arr, role) : NULL;
		if (!person) {
			lex_copy(c->t, s, e, who, sizeof who);
			if (!strncmp(who, "the ", 4) || !strncmp(who, "The ", 4))
				continue; /* a role nobody is named to here */
			person = who;
		}
		add_appointment(c, arr, person, NULL, "chair", at, e);
	}
	tries = 0;
	for (at = lex_search(&c->ix, 0, c->n, "chair", &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search(&c->ix, end, c->n, "chair", &end)) {
		size_t ss = lex_sentence_start(c->t, 0, at), k, lead;
		const char *role = NULL, *person;
		bool item = false;
		/* "The Commissioner shall chair ..." */
		if (at >= 6 && (lex_at(c->t, at - 6, at, "shall ", NULL) ||
				(at >= 5 && lex_at(c->t, at - 5, at, "will ", NULL))))
			role = role_word(c, ss, at);
		else {
			/* a list item "a. Chair ...": its marker just before */
			k = at;
			while (k > 0 && c->t[k - 1] == ' ')
				k--;
			if (k > 0 && (c->t[k - 1] == '.' || c->t[k - 1] == ')')) {
				size_t m = k - 1;
				while (m > 0 && ch_is_alpha((unsigned char)c->t[m - 1]) && k - m < 5)
					m--;
				while (m > 0 && (c->t[m - 1] == ' ' || c->t[m - 1] == '-' || c->t[m - 1] == '('))
					m--;
				item = m == 0 || c->t[m - 1] == '\n';
			}
			if (item) {
				/* the lead-in: the nearest "shall:" or "will:" before it, and its subject */
				for (lead = at; lead > 0 && at - lead < 2000; lead--)
					if (c->t[lead - 1] == ':' && lead >= 6 &&
					    (lex_at(c->t, lead - 6, lead, "shall:", NULL) ||
					     lex_at(c->t, lead - 5, lead, "will:", NULL)))
						break;
				if (lead > 0 && at - lead < 2000) {
					size_t ls = lex_sentence_start(c->t, 0, lead - 1);
					role = role_word(c, ls, lead);
				}
			}
		}
		if (!role || !(person = appointed_as(arr, role)))
			continue;
		add_appointment(c, arr, person, NULL, "chair", at, lex_sentence_end(c->t, at, c->n));
	}
}

static void find_appointments(struct read_ctx *c, json_t *rec)
{
	json_t *arr = json_array();
	size_t at, end;

	/* "appoints X as R", "X, who was appointed as R, is appointed as R2", "has asked X,
	 * Director of ..., to act as Improvement Adviser" */
	static const char *const verbs[] = {"appointed", "appoints", "appoint", "asked", "invited"};
	int tries = 0;
	for (size_t v = 0; v < ARRAY_SIZE(verbs); v++)
		for (at = lex_search(&c->ix, 0, c->n, verbs[v], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search(&c->ix, end, c->n, verbs[v], &end)) {
			size_t p = end, as, ae, ps, pe, rs, re, se;
			const char *role;
			char person[160], hon[64] = "";
			bool passive = passive_before(c, at), asked = v >= 3, named_after = false;
			/* appointed / appoints / re-appointed */
			while (p < c->n && ch_is_alpha((unsigned char)c->t[p]))
				p++;
			ps = lex_skip_space(c->t, p, c->n);
			se = lex_sentence_end(c->t, ps, c->n);
			as = lex_search(&c->ix, ps, se, asked ? " to act as " : " as ", &ae);
			if (as == (size_t)-1 && asked)
				as = lex_search(&c->ix, ps, se, " to serve as ", &ae);
			/* "appointed Dr X OBE to be the Children's Services Commissioner" */
			if (!asked && !passive) {
				size_t ae2, as2 = lex_search(&c->ix, ps, as == (size_t)-1 ? se : as, " to be ", &ae2);
				if (as2 != (size_t)-1) {
					as = as2;
					ae = ae2;
				}
			}
			/* "the Improvement Adviser appointed by the Department, Ms X": the role
			 * before the verb, the person after the agent */
			if (!passive && !asked && lex_at(c->t, ps, se, "by ", NULL)) {
				size_t rb = at > 40 ? at - 40 : 0, cm = ps;
				while (cm < se && c->t[cm] != ',' && cm - ps < 60)
					cm++;
				if (cm < se && role_word(c, rb, at) && (role = role_word(c, rb, at)) != NULL) {
					size_t ns = lex_skip_space(c->t, cm + 1, se), ne = ns;
					while (ne < se && c->t[ne] != ',' && c->t[ne] != '.' && c->t[ne] != ';' &&
					       !lex_at(c->t, ne, se, " and ", NULL) && ne - ns < 60)
						ne++;
					lex_copy(c->t, ns, ne, person, sizeof(person));
					drop_courtesy_title(person);
					if (looks_like_name(person)) {
						re = ne;
						named_after = true;
					}
				}
			}
			if (passive) {
				/* the role follows the verb: "is appointed as Improvement Adviser" */
				if (!lex_at(c->t, ps, se, "as ", &ae))
					continue;
				as = ps;
				ps = lex_sentence_start(c->t, 0, at);
				/* a list item or a number may open the sentence: "1. Ms X, who ..." */
				while (ps < at && (ch_is_digit((unsigned char)c->t[ps]) || c->t[ps] == '.' ||
						   c->t[ps] == ' ' || c->t[ps] == '(' || c->t[ps] == ')'))
					ps++;
			} else if (!named_after && (as == (size_t)-1 || as - ps > 120)) {
				continue;
			}
			if (!named_after) {
				pe = as;
				rs = ae;
				re = rs;
				while (re < se && c->t[re] != ',' && c->t[re] != '(' && c->t[re] != ';' &&
				       re - rs < 90 && !lex_at(c->t, re, se, " in accordance", NULL) &&
				       !lex_at(c->t, re, se, " and ", NULL))
					re++;
				role = role_word(c, rs, re);
				if (!role)
					continue;
				lex_copy(c->t, ps, pe, person, sizeof(person));
			}
			if (passive) {
				/* the subject: up to ", who", " is", the verb */
				char *w = strstr(person, ", who");
				if (!w)
					w = strstr(person, " who ");
				if (w)
					*w = 0;
				if (strlen(person) > 80 || !strchr(person, ' '))
					continue;
			}
			cut_at_comma(person);
			drop_courtesy_title(person);
			if (!strncmp(person, "a ", 2) || !strncmp(person, "an ", 3) || !person[0])
				continue;
			/* split honours off the end */
			for (;;) {
				char *sp = strrchr(person, ' ');
				size_t k;
				bool found = false;
				if (!sp)
					break;
				for (k = 0; k < ARRAY_SIZE(honours); k++)
					if (!strcmp(sp + 1, honours[k])) {
						char tmp[64];
						snprintf(tmp, sizeof(tmp), "%s%s%s", sp + 1,
						         hon[0] ? " " : "", hon);
						snprintf(hon, sizeof(hon), "%s", tmp);
						*sp = '\0';
						found = true;
					}
				if (!found)
					break;
			}
			{
				size_t i;
				bool dup = false;
				for (i = 0; i < json_array_size(arr); i++) {
					json_t *o = json_array_get(arr, i);
					if (!strcmp(json_string_value(json_object_get(o, "person")),
					            person) &&
					    !strcmp(json_string_value(json_object_get(o, "role")),
					            role))
						dup = true;
				}
				if (dup)
					continue;
			}
			{
				json_t *o = json_pack("{s:s}", "person", person);
				if (hon[0])
					json_object_set_new(o, "honours", json_string(hon));
				json_object_set_new(o, "role", json_string(role));
				json_object_set_new(o, "span", read_span(c, at, re));
				json_array_append_new(arr, o);
			}
		}
	find_chairs(c, arr);
	json_object_set_new(rec, "appointments", arr);
}

/* ---- parties ---- */

static const struct {
	const char *words, *role;
} party_words[] = {
	{"Secretary of State for Education", "secretary_of_state"},
	{"Secretary of State", "secretary_of_state"},
	{"Minister of State for Children and Families", "minister"},
	{"Minister for Children and Families", "minister"},
	{"Department for Education", "dfe"},
	{"Children's Services Commissioner", "commissioner"},
	{"Commissioner for Children's Social Care Services", "commissioner"},
	{"partnership governance board", "governance_board"},
	{"governance board of the strategic partnership", "governance_board"},
	{"governance board of the formal partnership", "governance_board"},
	{"Partners in Practice", "pip"},
	{"Partner in Practice", "pip"},
	{"Director of Children's Services", "dcs"},
	/* a minister's letter: "the advice of my officials" are the Department's */
	{"my officials", "dfe"},
	{"Improvement Advisor", "improvement_adviser"},
	{"Improvement Adviser", "improvement_adviser"},
	{"Ofsted", "ofsted"},
	/* named by office alone, capitalised: "report to the Minister" */
	{"Commissioner", "commissioner"},
	{"Minister", "minister"},
};

static const struct {
	const char *words, *role;
} role_map[] = {
		{"department for education", "dfe"}, {"the department", "dfe"},
		{"officials", "dfe"},                {"dfe", "dfe"},
		{"secretary of state", "secretary_of_state"},
		{"governance board", "governance_board"},
		{"improvement board", "improvement_board"},
		/* "The Board shall meet ...": the board the instrument sets up */
		{"the board", "improvement_board"},
		{"minister", "minister"},
		{"commissioner", "commissioner"},
		{"director of children's services", "dcs"},
		{"dcs", "dcs"},
		{"pips", "pip"},                     {"partners in practice", "pip"},
		{"partner in practice", "pip"},
		{"improvement advisor", "improvement_adviser"},
		{"improvement adviser", "improvement_adviser"},
		{"strategic partner", "partner_council"},
		{"leeds", "partner_council"},
		{"council", "council"},
		{"ofsted", "ofsted"},
};

const char *facts_role_of(const struct read_ctx *c, size_t s, size_t e)
{
	size_t best = (size_t)-1, k;
	const char *role = NULL;

	for (k = 0; k < ARRAY_SIZE(role_map); k++) {
		size_t at = lex_search(&c->ix, s, e, role_map[k].words, NULL);
		if (at != (size_t)-1 && (best == (size_t)-1 || at < best)) {
			best = at;
			role = role_map[k].role;
		}
	}
	return role;
}

const char *facts_role_at(const struct read_ctx *c, size_t pos, size_t e)
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(role_map); k++)
		if (lex_at(c->t, pos, e, role_map[k].words, NULL))
			return role_map[k].role;
	return NULL;
}

/* {"name": name, "role": role, "span": [s, e]}, or NULL (as json_pack()
 * gives) if name is not valid UTF-8. */
static json_t *named_span(const struct read_ctx *c, const char *name, const char *role, size_t s,
                          size_t e)
{
	json_t *jn = read_string(name), *o;

	if (!jn)
		return NULL;
	o = json_object();
	json_object_set_new(o, "name", jn);
	json_object_set_new(o, "role", json_string(role));
	json_object_set_new(o, "span", read_span(c, s, e));
	return o;
}

static void add_party(struct read_ctx *c, json_t *arr, const char *name, const char *role, size_t s,
		      size_t e)
{
	size_t i;

	for (i = 0; i < json_array_size(arr); i++) {
		json_t *o = json_array_get(arr, i);
		if (!strcmp(json_string_value(json_object_get(o, "role")), role) &&
		    (!strcmp(role, "partner_council") || !strcmp(role, "improvement_board") ?
			     !strcasecmp(json_string_value(json_object_get(o, "name")), name) : 1))
			return;
	}
	json_array_append_new(arr, named_span(c, name, role, s, e));
}

static bool has_role(const json_t *arr, const char *role)
{
	size_t i;

	for (i = 0; i < json_array_size(arr); i++)
		if (!strcmp(json_string_value(json_object_get(json_array_get(arr, i), "role")), role))
			return true;
	return false;
}

static void find_parties(struct read_ctx *c, json_t *rec)
{
	json_t *arr = json_array();
	size_t k, at, end;
	json_t *council = json_object_get(rec, "council");

	if (council)
		add_party(c, arr, json_string_value(json_object_get(council, "name")), "council",
			  (size_t)json_integer_value(json_array_get(json_object_get(council, "span"), 0)),
			  (size_t)json_integer_value(json_array_get(json_object_get(council, "span"), 1)));
	for (k = 0; k < ARRAY_SIZE(party_words); k++) {
		int tries = 0;
		at = lex_search(&c->ix, 0, c->n, party_words[k].words, &end);
		/* a bare office counts only as a name, capitalised */
		while (at != (size_t)-1 && !strchr(party_words[k].words, ' ') &&
		       c->t[at] != party_words[k].words[0] && tries++ < READ_MAX_CANDIDATES)
			at = lex_search(&c->ix, end, c->n, party_words[k].words, &end);
		if (at != (size_t)-1 &&
		    (strchr(party_words[k].words, ' ') || c->t[at] == party_words[k].words[0])) {
			char buf[128];
			lex_copy(c->t, at, end, buf, sizeof(buf));
			add_party(c, arr, buf, party_words[k].role, at, end);
		}
	}
	/* other councils: partners */
	int tries = 0;
	for (at = lex_search(&c->ix, 0, c->n, "City Council", &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search(&c->ix, end, c->n, "City Council", &end)) {
		size_t s = at;
		char buf[128];
		while (s > 0 && (ch_is_alpha((unsigned char)c->t[s - 1]) || c->t[s - 1] == '-' ||
				 (c->t[s - 1] == ' ' && s > 1 && c->t[s - 2] >= 'A' && c->t[s - 2] <= 'z')))
			s--;
		s = lex_skip_space(c->t, s, at);
		lex_copy(c->t, s, end, buf, sizeof(buf));
		if (!buf[0] || !(buf[0] >= 'A' && buf[0] <= 'Z'))
			continue;
		if (c->council[0] && (!strcasecmp(buf, c->council) || strstr(c->council, buf)))
			continue;
		{
			/* the addressee in capitals in the title is not a partner */
			char up[128];
			snprintf(up, sizeof(up), "%s", buf);
			if (mostly_upper(up))
				continue;
		}
		add_party(c, arr, buf, "partner_council", s, end);
	}
	/* "Essex County Council ("the Partner")": a council the sentence calls a partner */
	{
		static const char *const kinds[] = {"County Council", "Borough Council"};
		size_t q;
		for (q = 0; q < ARRAY_SIZE(kinds); q++)
			for (at = lex_search(&c->ix, 0, c->n, kinds[q], &end);
			     at != (size_t)-1 && tries++ < 2 * READ_MAX_CANDIDATES;
			     at = lex_search(&c->ix, end, c->n, kinds[q], &end)) {
				size_t s = at, ss = lex_sentence_start(c->t, 0, at);
				char buf[128];
				if (c->t[at] != kinds[q][0] ||
				    lex_search(&c->ix, end, lex_sentence_end(c->t, end, c->n) < end + 40 ?
							       lex_sentence_end(c->t, end, c->n) : end + 40,
					       "partner", NULL) == (size_t)-1 ||
				    lex_search(&c->ix, ss, at, "partner", NULL) != (size_t)-1)
					continue;
				while (s > 0 && (ch_is_alpha((unsigned char)c->t[s - 1]) || c->t[s - 1] == '-'))
					s--;
				lex_copy(c->t, s, end, buf, sizeof(buf));
				if (!(buf[0] >= 'A' && buf[0] <= 'Z') ||
				    (c->council[0] && (!strcasecmp(buf, c->council) || strstr(c->council, buf) ||
						       strstr(buf, c->council))))
					continue;
				add_party(c, arr, buf, "partner_council", s, end);
			}
	}
	/* the improvement board, by its name */
	for (at = lex_search(&c->ix, 0, c->n, "Improvement Board", &end); at != (size_t)-1;
	     at = lex_search(&c->ix, end, c->n, "Improvement Board", &end)) {
		size_t s = at;
		char buf[160];
		int words = 0;
		while (s > 0 && words < 6) {
			size_t w = s - 1;
			while (w > 0 && c->t[w - 1] != ' ' && c->t[w - 1] != '\n')
				w--;
			if (!(c->t[w] >= 'A' && c->t[w] <= 'Z'))
				break;
			s = w;
			words++;
		}
		lex_copy(c->t, s, end, buf, sizeof(buf));
		add_party(c, arr, buf, "improvement_board", s, end);
		break;
	}
	/* a board named only in lower case ("an improvement board"), when none is named */
	if (lex_search(&c->ix, 0, c->n, "improvement board", &end) != (size_t)-1 &&
	    !has_role(arr, "improvement_board")) {
		at = lex_search(&c->ix, 0, c->n, "improvement board", &end);
		add_party(c, arr, "improvement board", "improvement_board", at, end);
	}
	json_object_set_new(rec, "parties", arr);
}

/* ---- revocations ---- */

static void add_revoke(struct read_ctx *c, json_t *arr, size_t s, size_t e, size_t span_s, size_t span_e)
{
	char buf[256];
	json_t *o;
	struct lex_date d[4];
	size_t nd;
	const struct read_alias *a = NULL;
	size_t k;

	/* one revocation per sentence ("supersedes the 2019 Direction, which is
	 * accordingly revoked") */
	for (k = 0; k < json_array_size(arr); k++)
		if (json_integer_value(json_array_get(json_object_get(json_array_get(arr, k), "span"), 0)) ==
		    (json_int_t)span_s)
			return;
	/* "revokes and replaces the Direction ...": the object after both verbs */
	if (lex_at(c->t, s, e, "and replaces ", &k) || lex_at(c->t, s, e, "and supersedes ", &k))
		s = k;
	lex_copy(c->t, s, e, buf, sizeof(buf));
	if (!buf[0])
		return;
	o = json_pack("{s:s}", "what", buf);
	nd = lex_dates_in(&c->ix, s, e, d, 4);
	if (nd && d[0].precision == LEX_DAY) {
		json_object_set_new(o, "date", facts_jdate(d[0].day));
	} else {
		for (k = s; k < e && !a; k++)
			if (k == s || c->t[k - 1] == ' ')
				a = facts_alias_at(c, k, e);
		if (a && a->has_date)
			json_object_set_new(o, "date", facts_jdate(a->date));
		else
			read_warn(c, "a revoked instrument without a date: confirm which one", s, e);
	}
	json_object_set_new(o, "span", read_span(c, span_s, span_e));
	json_array_append_new(arr, o);
}

static void find_revokes(struct read_ctx *c, json_t *rec)
{
	json_t *arr = json_array();
	size_t at, end;

	int tries = 0;

	static const char *const verbs[] = {"revokes ", "supersedes ", "replaces "};
	size_t v;

	for (v = 0; v < ARRAY_SIZE(verbs); v++)
	for (at = lex_search(&c->ix, 0, c->n, verbs[v], &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search(&c->ix, end, c->n, verbs[v], &end)) {
		static const char *const stops[] = {" and direct", " and require", " and appoint",
						    " and instead", " with effect",
						    " from the date", ", which", ":", ";"};
		size_t se = lex_sentence_end(c->t, end, c->n);
		size_t e2 = se, k, x, ss = lex_sentence_start(c->t, 0, at);
		/* "This Direction supersedes / replaces ...": only this instrument's own
		 * words (a trust "replaces" the council as provider) */
		if (v > 0 && lex_search(&c->ix, ss, at, "this direction", NULL) == (size_t)-1 &&
		    lex_search(&c->ix, ss, at, "this notice", NULL) == (size_t)-1 &&
		    lex_search(&c->ix, ss, at, "this improvement notice", NULL) == (size_t)-1)
			continue;
		if (v > 0 && lex_search(&c->ix, ss, at, "revokes ", NULL) != (size_t)-1)
			continue; /* "revokes and replaces": read once */
		/* the object ends where the sentence goes on to something else: "revokes the
		 * November direction and directs the Council: ..." */
		for (k = 0; k < ARRAY_SIZE(stops); k++)
			for (x = end; x < e2; x++)
				if (x + strlen(stops[k]) <= e2 &&
				    !strncasecmp(c->t + x, stops[k], strlen(stops[k]))) {
					e2 = x;
					break;
				}
		while (e2 > end && (c->t[e2 - 1] == '.' || c->t[e2 - 1] == ';' || ch_is_space((unsigned char)c->t[e2 - 1])))
			e2--;
		add_revoke(c, arr, end, e2, lex_sentence_start(c->t, 0, at), se);
	}
	/* The passive: "The Direction dated 14 June 2019 is hereby revoked", "The 2020
	 * Direction is revoked", "the improvement notice ... is withdrawn / lifted / shall
	 * cease to have effect".  The revoked instrument is the noun phrase from the last
	 * "the" before an instrument's name (a year, "first", "statutory" may stand between)
	 * to the verb. */
	{
		static const char *const passive[] = {
			" is revoked", " is hereby revoked", " are revoked", " are hereby revoked",
			" is withdrawn", " is hereby withdrawn", " is lifted", " is hereby lifted",
			" shall cease to have effect", " ceases to have effect"};
		size_t p;
		for (p = 0; p < ARRAY_SIZE(passive); p++)
			for (at = lex_search(&c->ix, 0, c->n, passive[p], &end);
			     at != (size_t)-1 && tries++ < 4 * READ_MAX_CANDIDATES;
			     at = lex_search(&c->ix, end, c->n, passive[p], &end)) {
				size_t ss = lex_sentence_start(c->t, 0, at), s;
				size_t the = (size_t)-1;
				for (s = ss; s < at; s++) {
					size_t w = s, k;
					if (!lex_at(c->t, s, at, "the ", &w) || (s != ss && c->t[s - 1] != ' '))
						continue;
					/* an instrument's name within the next four words */
					for (k = 0; k < 4 && w < at; k++) {
						if (lex_at(c->t, w, at, "direction", NULL) ||
						    lex_at(c->t, w, at, "improvement notice", NULL) ||
						    lex_at(c->t, w, at, "notice", NULL)) {
							the = s;
							break;
						}
						while (w < at && c->t[w] != ' ')
							w++;
						w = lex_skip_space(c->t, w, at);
					}
				}
				if (the == (size_t)-1)
					continue;
				add_revoke(c, arr, the, at, ss, lex_sentence_end(c->t, end, c->n));
			}
	}
	json_object_set_new(rec, "revokes", arr);
}

void facts_extract(struct read_ctx *c, json_t *rec)
{
	collect_aliases(c);
	find_kind(c);
	json_object_set_new(rec, "kind", json_string(c->kind));
	find_date(c, rec);
	find_title(c, rec);
	find_council(c, rec);
	find_legal_basis(c, rec);
	if (!strcmp(c->kind, "letter"))
		find_letter_parties(c, rec);
	else
		find_signatory(c, rec);
	facts_find_events(c, rec);
	facts_find_judgements(c, rec);
	find_appointments(c, rec);
	find_parties(c, rec);
	find_revokes(c, rec);
}
