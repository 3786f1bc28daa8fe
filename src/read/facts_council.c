/*
 * facts_council.c: which council an instrument is addressed to (see facts.h): a letter's
 * recipient block or a heading ending in a council's name ("Leader of X Council",
 * "Leader, X Council"), a cue before the name ("direction to ", "notice to ", "To: ",
 * "issued to ", "addressed to the Chief Executive of "), the council a definition names
 * ('"the Council" means X Council', 'X Council\'s ("the Council")'), a name that puts
 * the kind first ("the London Borough of Croydon"), else a warning.  Split from facts.c in
 * session 24; the rules are unchanged.
 */
#include "../base/compat.h"

#include "facts.h"
#include "facts_int.h"

static const char *const council_suffixes[] = {
    "Metropolitan Borough Council",
    "Royal Borough Council",
    "City Council",
    "County Council",
    "Borough Council",
    "District Council",
    "Council",
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
		if (i != s && c->t[i - 1] != ' ') /* a suffix begins a word */
			continue;
		for (k = 0; k < ARRAY_SIZE(council_suffixes); k++)
			if (lex_at(c->t, i, e, council_suffixes[k], &end)) {
				if (i >= s + 5 && c->t[i - 5] == ' ' &&
				    lex_at(c->t, i - 4, e, "the ", NULL))
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

/* After the last " for " or " to " in t[s, e), or s if none. */
static size_t after_last_for_or_to(const struct read_ctx *c, size_t s, size_t e)
{
	size_t at = s, p, end;

	for (p = s; p < e; p++)
		if (c->t[p] == ' ' &&
		    (lex_at(c->t, p, e, " for ", &end) || lex_at(c->t, p, e, " to ", &end)))
			at = end;
	return at;
}

static void set_council(struct read_ctx *c, rec_t *rec, size_t s, size_t e)
{
	char buf[128];

	lex_copy(c->t, s, e, buf, sizeof(buf));
	if (facts_mostly_upper(buf))
		facts_title_case(buf);
	snprintf(c->council, sizeof(c->council), "%s", buf);
	read_set(rec, "council",
	         rec_pack("name", rec_string(buf), "span", read_span(c, s, e), NULL));
}

/* Is t[s, e) only "the Council" (no name), or a term the document defines ("THE
 * PARTNER COUNCIL" in a part's heading, after '("the Partner Council")')? */
static bool generic_council(const struct read_ctx *c, size_t s, size_t e)
{
	size_t end, i, spaces = 0;
	char term[48];

	if (lex_at(c->t, s, e, "the ", &end))
		s = end;
	if (lex_at(c->t, s, e, "Council", &end) && end == e)
		return true;
	for (i = s; i < e && spaces < 2; i++)
		spaces += c->t[i] == ' ';
	if (e - s > 30 || spaces != 1)
		return false; /* a defined term of two words: "Partner Council" */
	memcpy(term, "\"the ", 5);
	memcpy(term + 5, c->t + s, e - s);
	memcpy(term + 5 + (e - s), "\")", 3);
	return lex_search(&c->ix, 0, c->n, term, NULL) != (size_t)-1;
}

/* The end of a place's name at t[s...]: capitalised words on one line, with "upon",
 * "on", "and" and hyphens between them ("Kingston upon Thames"), up to a word that
 * ends it ("PURSUANT TO SECTION ...", "MADE UNDER SECTION ..." in a title in capitals);
 * s if none. */
static size_t place_name_end(const struct read_ctx *c, size_t s)
{
	static const char *const joins[] = {"upon ", "on ", "and "};
	static const char *const stops[] = {"pursuant ", "under ", "to ",   "by ",
	                                    "from ",     "in ",    "made ", "issued "};
	size_t w = s, end = s, k, j;

	while (w < c->n && c->t[w] >= 'A' && c->t[w] <= 'Z') {
		for (k = 0; k < ARRAY_SIZE(stops); k++)
			if (w > s && lex_at(c->t, w, c->n, stops[k], NULL))
				return end;
		while (w < c->n && (lex_is_word_char((unsigned char)c->t[w]) || c->t[w] == '-'))
			w++;
		end = w;
		if (w + 1 >= c->n || c->t[w] != ' ')
			break;
		w++;
		for (j = 0; j < ARRAY_SIZE(joins); j++)
			if (lex_at(c->t, w, c->n, joins[j], NULL) && w + strlen(joins[j]) < c->n &&
			    c->t[w + strlen(joins[j])] >= 'A' &&
			    c->t[w + strlen(joins[j])] <= 'Z') {
				w += strlen(joins[j]);
				break;
			}
	}
	return end;
}

/* Councils whose names put the kind first ("the London Borough of Croydon", "the
 * Council of the City of Wakefield"), and the council a definition names ('"the
 * Council" means Cumberland Council'): the earliest, set on rec; false if none. */
static bool prefixed_council(struct read_ctx *c, rec_t *rec)
{
	static struct lex_phrase prefixes[] = {
	    LEX_PHRASE("London Borough of "),        LEX_PHRASE("Royal Borough of "),
	    LEX_PHRASE("Council of the City of "),   LEX_PHRASE("Council of the Borough of "),
	    LEX_PHRASE("Council of the County of "), LEX_PHRASE("City and County of ")};
	size_t k, at, end, best = (size_t)-1, best_e = 0;

	/* '"the Council" means X Council' (any quotation marks) */
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("council"), &end);
	     at != (size_t)-1 && at + 16 < c->n;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("council"), &end)) {
		size_t m = end, ne;
		while (m < c->n && m < end + 3 && !lex_is_word_char((unsigned char)c->t[m]) &&
		       c->t[m] != ' ')
			m++; /* the closing quotation mark */
		if (m == end || !lex_at(c->t, m, c->n, " means ", &m))
			continue;
		ne = council_name_end(c, m, c->n);
		if (ne && !generic_council(c, m, ne)) {
			set_council(c, rec, m, ne);
			return true;
		}
	}
	for (k = 0; k < ARRAY_SIZE(prefixes); k++) {
		size_t ne;
		at = lex_search_ph(&c->ix, facts_head_start(c), best < c->n ? best : c->n,
		                   &prefixes[k], &end);
		if (at != (size_t)-1 && (ne = place_name_end(c, end)) > end) {
			best = at;
			best_e = ne;
		}
	}
	if (best == (size_t)-1)
		return false;
	set_council(c, rec, best, best_e);
	return true;
}

/* Is the word at t[s...] (before e) "upon", "on" or "and", as a place's name joins its
 * words ("Kingston upon Hull", "Redcar and Cleveland")? */
static bool joining_word(const struct read_ctx *c, size_t s, size_t e)
{
	size_t end;

	return (lex_at(c->t, s, e, "upon", &end) || lex_at(c->t, s, e, "on", &end) ||
	        lex_at(c->t, s, e, "and", &end)) &&
	       (end == e || c->t[end] == ' ');
}

/* 'Ofsted inspected the children's services of Sunderland City Council ("the Council")':
 * the council the document defines as "the Council", its name the capitalised words
 * ending in "Council" right before the bracket.  Set on rec; false if none. */
static bool defined_council(struct read_ctx *c, rec_t *rec)
{
	size_t at, end;
	int tries = 0;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("the council"), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("the council"), &end)) {
		size_t q = at, ne, s, ws;
		/* an opening quotation mark ('"', or U+201C) and a bracket before it */
		if (q >= 1 && c->t[q - 1] == '"')
			q--;
		else if (q >= 3 && !memcmp(c->t + q - 3, "\xe2\x80\x9c", 3))
			q -= 3;
		else
			continue;
		if (q < 2 || c->t[q - 1] != '(')
			continue;
		ne = q - 1;
		while (ne > 0 && c->t[ne - 1] == ' ')
			ne--;
		/* 'Dudley Metropolitan Borough Council's ("the Council") children's services' */
		if (ne >= 2 && c->t[ne - 1] == 's' && c->t[ne - 2] == '\'')
			ne -= 2;
		else if (ne >= 4 && c->t[ne - 1] == 's' &&
		         !memcmp(c->t + ne - 4, "\xe2\x80\x99", 3))
			ne -= 4;
		/* back over capitalised words, and "upon", "on", "and" between them */
		for (s = ne;; s = ws) {
			size_t w = s;
			while (w > 0 && c->t[w - 1] == ' ')
				w--;
			for (ws = w; ws > 0 && (lex_is_word_char((unsigned char)c->t[ws - 1]) ||
			                        c->t[ws - 1] == '-');
			     ws--)
				;
			if (ws == w ||
			    !((c->t[ws] >= 'A' && c->t[ws] <= 'Z') || joining_word(c, ws, w)))
				break;
		}
		while (s < ne && joining_word(c, s, ne)) /* not the name's first word */
			s = lex_skip_space(c->t, s + strcspn(c->t + s, " "), ne);
		if (s < ne && council_name_end(c, s, ne) == ne && !generic_council(c, s, ne)) {
			set_council(c, rec, s, ne);
			return true;
		}
	}
	return false;
}

/* Is the line t[s, e) a council's name whose places are listed with commas ("Bournemouth,
 * Christchurch and Poole Council"): capitalised words, ", " or " and " between them, the
 * last "Council"? */
static bool listed_places_council(const struct read_ctx *c, size_t s, size_t e)
{
	size_t i = s, end;
	bool comma = false;

	while (i < e) {
		if (!(c->t[i] >= 'A' && c->t[i] <= 'Z'))
			return false;
		while (i < e && (lex_is_word_char((unsigned char)c->t[i]) || c->t[i] == '-'))
			i++;
		if (i == e)
			return comma && e >= s + 8 && lex_at(c->t, e - 8, e, " Council", NULL);
		if (lex_at(c->t, i, e, ", ", &end))
			comma = true;
		else if (!lex_at(c->t, i, e, " and ", &end) && !lex_at(c->t, i, e, " ", &end))
			return false;
		i = end;
	}
	return false;
}

/* Do the words at s open with a lower-case word other than "the"? */
static bool name_starts_lower(const struct read_ctx *c, size_t s)
{
	return s < c->n && c->t[s] >= 'a' && c->t[s] <= 'z' && !lex_at(c->t, s, c->n, "the ", NULL);
}

/* A letter's recipient block, or a heading: the first line ending in a council's name
 * (after the heading's colon, and its last "for" or "to", if it has them: "ANNEX: TERMS
 * OF REFERENCE FOR THE COMMISSIONER FOR EXAMPLE CITY COUNCIL").  Set on rec; false if
 * none. */
static bool line_council(struct read_ctx *c, rec_t *rec)
{
	size_t at, ne;

	for (at = 0; at < c->n;) {
		size_t ls, le, s;
		at = facts_first_line(c, at, &ls, &le);
		s = after_last_for_or_to(c, after_colon(c, ls, le), le);
		/* "Leader of Wakefield Council": the council after the office */
		if (lex_at(c->t, s, le, "Leader of ", &ne) || lex_at(c->t, s, le, "Mayor of ", &ne))
			s = ne;
		/* "Leader, Southampton City Council": the council after the office's comma */
		else if (lex_at(c->t, s, le, "Leader, ", &ne) ||
		         lex_at(c->t, s, le, "Chief Executive, ", &ne))
			s = ne;
		ne = council_name_end(c, s, le);
		/* (not "... this Direction, to establish with the Partner Council") */
		if ((ne && ne == le && !generic_council(c, s, le) && !name_starts_lower(c, s)) ||
		    (s == ls && listed_places_council(c, s, le))) {
			set_council(c, rec, s, le);
			return true;
		}
		at++;
	}
	return false;
}

void facts_find_council(struct read_ctx *c, rec_t *rec)
{
	/* "addressed to the Chief Executive of X Council": the post's council */
	static const char *const cues[] = {
	    "direction to ", "notice to ", "to: ", "issued to ", "in respect of ", "addressed to "};
	static const char *const posts[] = {"the chief executive of ", "the leader of ",
	                                    "the director of children's services of "};
	size_t k, at, end, ne, p;

	/* a letter is addressed to its council's Leader or Chief Executive, in a block
	 * above it; an annex may name the council again in a cue ("the direction to be
	 * issued to X Council") */
	if (!strcmp(c->kind, "letter") && line_council(c, rec))
		return;
	for (k = 0; k < ARRAY_SIZE(cues); k++) {
		int tries = 0;
		for (at = lex_search(&c->ix, 0, c->n, cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search(&c->ix, end, c->n, cues[k], &end)) {
			end = lex_skip_space(c->t, end, c->n);
			for (p = 0; p < ARRAY_SIZE(posts); p++)
				if (lex_at(c->t, end, c->n, posts[p], &ne))
					end = ne;
			ne = council_name_end(c, end, c->n);
			/* "a direction to the Council" names no council; "the direction to
			 * be issued to X Council" names it after its own cue */
			if (ne && !generic_council(c, end, ne) && !name_starts_lower(c, end)) {
				set_council(c, rec, end, ne);
				return;
			}
			/* "To: The Chief Executive" then the council on one of the next lines */
			if (!strcmp(cues[k], "to: ")) {
				size_t ls, le, i = end;
				int lines;
				for (lines = 0; lines < 4 && i < c->n; lines++, i++) {
					i = facts_first_line(c, i, &ls, &le);
					ne = council_name_end(c, ls, le);
					if (ne && ne == le && !generic_council(c, ls, le)) {
						set_council(c, rec, ls, le);
						return;
					}
				}
			}
		}
	}
	/* (a letter's lines were looked at first, above) */
	if ((strcmp(c->kind, "letter") && line_council(c, rec)) || prefixed_council(c, rec) ||
	    defined_council(c, rec))
		return;
	{
		size_t ls, le; /* the span: the document's first line */
		facts_first_line(c, facts_head_start(c), &ls, &le);
		read_warn(c, "no council named as the addressee", ls, le);
	}
}
