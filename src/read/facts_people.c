/*
 * facts_people.c: who an instrument names, and as what (see facts.h): the
 * people appointed (commissioner, improvement adviser, DCS) and who chairs a
 * board.  The signatory and a letter's author and recipient are facts_signatory.c's,
 * the parties with their roles facts_parties.c's.  Split from facts.c, which keeps the
 * instrument's own facts (kind, date, title, council, legal basis, revocations); shared
 * helpers are in facts_int.h.
 */
#include "../base/compat.h"

#include <strings.h>

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"
#include "text.h"

/* ---- names ---- */

bool facts_looks_like_name(const char *s)
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

/* ---- appointments ---- */

static const char *const honours[] = {"OBE", "CBE", "MBE", "DBE", "KBE", "CB", "CVO", "LVO",
				      "QC", "KC", "MP", "QPM", "FRSA"};

static const char *role_word(const struct read_ctx *c, size_t s, size_t e)
{
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("commissioner"), NULL) != (size_t)-1)
		return "commissioner";
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("director of children's services"), NULL) !=
	        (size_t)-1 ||
	    lex_search_ph(&c->ix, s, e, LEX_LIT("dcs"), NULL) != (size_t)-1)
		return "dcs";
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("improvement adviser"), NULL) != (size_t)-1 ||
	    lex_search_ph(&c->ix, s, e, LEX_LIT("improvement advisor"), NULL) != (size_t)-1 ||
	    /* the short form an instrument defines: ("the Adviser") */
	    lex_search_ph(&c->ix, s, e, LEX_LIT("the adviser"), NULL) != (size_t)-1 ||
	    lex_search_ph(&c->ix, s, e, LEX_LIT("the advisor"), NULL) != (size_t)-1)
		return "improvement_adviser";
	{ /* a name the document gives an office: 'Mr X ... as Improvement Adviser ...
	   * ("the Chair")' */
		size_t k;
		for (k = 0; k < c->nrole_aliases; k++)
			if (lex_search(&c->ix, s, e, c->role_aliases[k], NULL) != (size_t)-1)
				return c->role_alias_role[k];
	}
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("chair"), NULL) != (size_t)-1)
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
/* The courtesy titles a name may open with, each with the space after it. */
static const char *const titles[] = {"Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr ", "Professor "};

static void drop_courtesy_title(char *person)
{
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

/* Split honours off the end of a name: "Barnaby Quist CBE" -> "Barnaby Quist", "CBE". */
static void split_honours(char *person, char *hon, size_t hn)
{
	for (;;) {
		char *sp = strrchr(person, ' ');
		size_t k;
		bool found = false;
		if (!sp)
			break;
		for (k = 0; k < ARRAY_SIZE(honours); k++)
			if (read_eq(sp + 1, honours[k])) {
				char tmp[64];
				snprintf(tmp, sizeof(tmp), "%s%s%s", sp + 1, hon[0] ? " " : "",
				         hon);
				snprintf(hon, hn, "%s", tmp);
				*sp = '\0';
				found = true;
			}
		if (!found)
			break;
	}
}

/* Add (person, role) once, with its span. */
static void add_appointment(struct read_ctx *c, rec_t *arr, const char *person, const char *hon,
                            const char *role, size_t s, size_t e)
{
	size_t i;
	rec_t *o;

	for (i = 0; i < rec_array_size(arr); i++) {
		o = rec_array_get(arr, i);
		if (read_eq(rec_string_value(rec_object_get(o, "person")), person) &&
		    read_eq(rec_string_value(rec_object_get(o, "role")), role))
			return;
	}
	o = rec_pack("person", rec_string(person), NULL);
	if (hon && hon[0])
		read_set(o, "honours", read_string(hon));
	read_set(o, "role", read_string(role));
	read_set(o, "span", read_span(c, s, e));
	rec_array_append_new(arr, o);
}

/*
 * The office, then the name between commas, then the verb: "The Commissioner, Mr
 * Julian Ashdown, was appointed on ...", "The Improvement Adviser for the Council, Dr
 * A. Bell, who has been appointed ...".  The verb "appointed" is at t[at]; fills
 * person (courtesy title dropped) and *os (where the office starts) and returns the
 * office's role, or NULL when the words before the verb are not of that form.
 */
static const char *office_then_name(const struct read_ctx *c, size_t at, char *person, size_t n,
                                    size_t *os)
{
	static const char *const aux[] = {"who has been ", "who had been ", "who was ", "has been ",
	                                  "had been ",     "was ",          "is "};
	size_t ss = lex_sentence_start(c->t, 0, at), q = at, k, ne, ns;
	const char *role;

	for (k = 0; k < ARRAY_SIZE(aux); k++) {
		size_t l = strlen(aux[k]);
		if (q >= ss + l + 1 && lex_at(c->t, q - l, at, aux[k], NULL) &&
		    ch_is_space((unsigned char)c->t[q - l - 1])) {
			q -= l;
			break;
		}
	}
	while (q > ss && ch_is_space((unsigned char)c->t[q - 1]))
		q--;
	if (q <= ss || c->t[q - 1] != ',')
		return NULL;
	ne = q - 1;
	for (ns = ne; ns > ss && ne - ns < 60 && c->t[ns - 1] != ',' && c->t[ns - 1] != '(' &&
	              c->t[ns - 1] != ';';
	     ns--)
		;
	if (ns <= ss || c->t[ns - 1] != ',')
		return NULL;
	*os = ns - 1 > ss + 100 ? ns - 101 : ss;
	*os = lex_skip_space(c->t, *os, ns);
	role = role_word(c, *os, ns - 1);
	if (!role || read_eq(role, "chair"))
		return NULL;
	lex_copy(c->t, ns, ne, person, n);
	drop_courtesy_title(person);
	return facts_looks_like_name(person) ? role : NULL;
}

/* The person appointed to role in this record, or NULL. */
static const char *appointed_as(rec_t *arr, const char *role)
{
	size_t i;
	const char *last = NULL;
	/* the last named: "Mrs X, whom the Secretary of State appointed as Commissioner,
	 * ... The Secretary of State has appointed Mr Y as Commissioner" (found in that
	 * order) */
	for (i = 0; i < rec_array_size(arr); i++) {
		rec_t *o = rec_array_get(arr, i);
		if (read_eq(rec_string_value(rec_object_get(o, "role")), role))
			last = rec_string_value(rec_object_get(o, "person"));
	}
	return last;
}

/* Is the line break at t[i] inside a sentence (a PDF's line wrapped, "chaired by
 * the\nCommissioner"): the next line goes on with a letter, not a blank line or
 * a list marker? */
static bool soft_break(const struct read_ctx *c, size_t i)
{
	size_t k = i + 1;

	while (k < c->n && (c->t[k] == ' ' || c->t[k] == '\t'))
		k++;
	return k < c->n && ch_is_alpha((unsigned char)c->t[k]) &&
	       !(k + 1 < c->n && (c->t[k + 1] == '.' || c->t[k + 1] == ')'));
}

/* Does a list's lead-in end at t[lead]: "shall:", "will:", "must:", or the same
 * verbs before an em or en dash ("The Commissioner must—", "shall –")? */
static bool lead_in_at(const struct read_ctx *c, size_t lead)
{
	static const char *const verbs[] = {"shall", "will", "must"};
	size_t v = lead, k;

	if (c->t[lead - 1] == ':')
		v = lead - 1;
	else if (lead >= 3 && (unsigned char)c->t[lead - 3] == 0xe2 &&
	         (unsigned char)c->t[lead - 2] == 0x80 &&
	         ((unsigned char)c->t[lead - 1] == 0x94 || (unsigned char)c->t[lead - 1] == 0x93))
		v = lead - 3;
	else
		return false;
	while (v > 0 && c->t[v - 1] == ' ')
		v--;
	for (k = 0; k < ARRAY_SIZE(verbs); k++) {
		size_t L = strlen(verbs[k]);
		if (v >= L + 1 && lex_at(c->t, v - L, v, verbs[k], NULL) &&
		    !lex_is_word_char((unsigned char)c->t[v - L - 1]))
			return true;
	}
	return false;
}

size_t facts_courtesy_at(const struct read_ctx *c, size_t s, size_t e)
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(titles); k++) {
		size_t L = strlen(titles[k]) - 1; /* the title, then any white space */
		if (s + L < e && !strncmp(c->t + s, titles[k], L) &&
		    ch_is_space((unsigned char)c->t[s + L]))
			return lex_skip_space(c->t, s + L, e);
	}
	return 0;
}

/* Where a courtesy title begins the name that ends at w, looking back no further than
 * ss (the sentence's start) and 60 bytes: "Mr Leopold Hartigan-Sowerby", "Dr Ada
 * Smith"; (size_t)-1 if none. */
static size_t courtesy_start(const struct read_ctx *c, size_t ss, size_t w)
{
	size_t s;

	for (s = w; s > ss && w - s < 60; s--)
		if (facts_courtesy_at(c, s, w) && !lex_is_word_char((unsigned char)c->t[s - 1]))
			return s;
	return s == ss && facts_courtesy_at(c, s, w) ? s : (size_t)-1;
}

/* The person named at t[s, e) (a courtesy title and honours taken off) appointed to role,
 * with the span t[span_s, span_e), if the words look like a name. */
static void add_named(struct read_ctx *c, rec_t *arr, size_t s, size_t e, const char *role,
                      size_t span_s, size_t span_e)
{
	char person[160], hon[64] = "";

	lex_copy(c->t, s, e, person, sizeof(person));
	drop_courtesy_title(person);
	split_honours(person, hon, sizeof(hon));
	if (facts_looks_like_name(person))
		add_appointment(c, arr, person, hon, role, span_s, span_e);
}

/* The person appointed in arr whom t[s, e) names with a courtesy title and surname
 * ("Dr Tressider-Kwame will continue to chair ..."), or NULL. */
static const char *surname_in(const struct read_ctx *c, const rec_t *arr, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < rec_array_size(arr); i++) {
		const char *p = rec_string_value(rec_object_get(rec_array_get(arr, i), "person"));
		size_t end, at = lex_search(&c->ix, s, e, facts_surname(p), &end);
		if (at != (size_t)-1 && (end >= e || !lex_is_word_char((unsigned char)c->t[end])) &&
		    courtesy_start(c, s, at) != (size_t)-1)
			return p;
	}
	return NULL;
}

/* The person of the last appointment in arr whose words begin in t[lo, hi) and whose
 * role is want (NULL: any but "chair"), or NULL. */
static const char *appointed_in(rec_t *arr, size_t lo, size_t hi, const char *want)
{
	size_t i;

	for (i = rec_array_size(arr); i > 0; i--) {
		rec_t *o = rec_array_get(arr, i - 1);
		const rec_t *sp = rec_object_get(o, "span");
		const char *role = rec_string_value(rec_object_get(o, "role"));
		size_t ps = sp ? (size_t)rec_integer_value(rec_array_get(sp, 0)) : 0;
		if (sp && ps >= lo && ps < hi &&
		    (want ? read_eq(role, want) : !read_eq(role, "chair")))
			return rec_string_value(rec_object_get(o, "person"));
	}
	return NULL;
}

/* The full name a courtesy title last opens in the 400 bytes before at ("Mr Tancred
 * Dunstone"): into person, title off; false if none. */
static bool named_last(const struct read_ctx *c, size_t at, char *person, size_t n)
{
	size_t s = at, lo = at > 400 ? at - 400 : 0, ns, ne;

	while (s > lo) {
		s--;
		if ((s == 0 || !ch_is_alpha((unsigned char)c->t[s - 1])) &&
		    (ns = facts_courtesy_at(c, s, at)) != 0 && ns < at && c->t[ns] >= 'A' &&
		    c->t[ns] <= 'Z') {
			for (ne = ns; ne < at && (ch_is_alpha((unsigned char)c->t[ne]) ||
			                          c->t[ne] == '-' || c->t[ne] == '\'' ||
			                          (c->t[ne] == ' ' && ne + 1 < at &&
			                           c->t[ne + 1] >= 'A' && c->t[ne + 1] <= 'Z'));)
				ne++;
			lex_copy(c->t, ns, ne, person, n);
			return facts_looks_like_name(person);
		}
	}
	return false;
}

/* "She will continue to chair the Board" (the sentence t[ss, at) opens with "She" or
 * "He"): the person appointed last before it; "I will ..." in the Commissioner's own
 * letter: the Commissioner; else NULL. */
static const char *pronoun_person(const struct read_ctx *c, rec_t *arr, size_t ss, size_t at)
{
	size_t b = lex_skip_space(c->t, ss, at);
	bool me;

	while (b < at && !ch_is_alpha((unsigned char)c->t[b])) /* a bullet */
		b++;
	/* "• I will continue to chair the Improvement Board", in the Commissioner's letter */
	me = c->by_commissioner && lex_at(c->t, b, at, "i ", NULL);
	if (!me && !lex_at(c->t, b, at, "she ", NULL) && !lex_at(c->t, b, at, "he ", NULL))
		return NULL;
	return appointed_in(arr, 0, ss, me ? "commissioner" : NULL);
}

/*
 * Who chairs a board: "the Board shall be chaired by the Improvement Adviser", "the
 * Improvement Board chaired by the Commissioner", "The board should be chaired by Leeds",
 * "The Commissioner shall chair the shadow board", and a list under "The Commissioner
 * shall:" whose item is "a. Chair the Improvement Board" (or "– chair the Board;").  A role is the
 * person appointed to it in this instrument (if one is); anyone else is named as written.
 */
static void find_chairs(struct read_ctx *c, rec_t *arr)
{
	size_t at, end;
	int tries = 0;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("chaired by"), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("chaired by"), &end)) {
		size_t s = lex_skip_space(c->t, end, c->n), e = s;
		char who[128];
		const char *role, *person;
		while (e < c->n && e - s < 80 && c->t[e] != ',' && c->t[e] != '.' && c->t[e] != ';' &&
		       !(c->t[e] == '\n' && !soft_break(c, e)) && !lex_at(c->t, e, c->n, " and ", NULL) &&
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
	/* a Commissioner's own letter: "The Improvement Board, which I chair, will continue to
	 * meet every four weeks": the writer, the Commissioner */
	if (c->by_commissioner) {
		static struct lex_phrase mine[] = {LEX_PHRASE("which I chair"),
		                                   LEX_PHRASE("I will continue to chair"),
		                                   LEX_PHRASE("I continue to chair")};
		const char *person = appointed_as(arr, "commissioner");
		size_t k;
		for (k = 0; k < ARRAY_SIZE(mine) && person; k++)
			if ((at = lex_search_ph(&c->ix, 0, c->n, &mine[k], &end)) != (size_t)-1) {
				add_appointment(c, arr, person, NULL, "chair", at, end);
				break;
			}
	}
	/* "The Cambridgeshire Children's Services Improvement Board, which Ms Okonkwo-Petrie
	 * chairs, should continue to meet monthly": a person appointed, by surname */
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT(" chairs,"), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT(" chairs,"), &end)) {
		size_t w =
		    lex_search_ph(&c->ix, at > 50 ? at - 50 : 0, at, LEX_LIT("which "), NULL);
		const char *person = w != (size_t)-1 ? surname_in(c, arr, w, at) : NULL, *role;
		/* ("The Improvement Board, which the Commissioner chairs, will ...") */
		if (!person && w != (size_t)-1 && (role = role_word(c, w, at)) != NULL)
			person = appointed_as(arr, role);
		if (person)
			add_appointment(c, arr, person, NULL, "chair", w, at + 7);
	}
	/* "..., and she chairs the Council's Improvement Board": the person appointed
	 * earlier in the sentence */
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("chairs the "), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("chairs the "), &end)) {
		const char *person;
		if (!(at >= 4 && lex_at(c->t, at - 4, at, "she ", NULL)) &&
		    !(at >= 3 && lex_at(c->t, at - 3, at, "he ", NULL)))
			continue;
		person = appointed_in(arr, lex_sentence_start(c->t, 0, at), at, NULL);
		if (person)
			add_appointment(c, arr, person, NULL, "chair", at,
			                lex_sentence_end(c->t, at, c->n));
	}
	tries = 0;
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("chair"), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("chair"), &end)) {
		size_t ss = lex_sentence_start(c->t, 0, at), k, lead;
		const char *role = NULL, *person;
		bool item = false;
		/* "The Commissioner shall chair ...", "Dr X will continue to chair ..." */
		if ((at >= 6 && lex_at(c->t, at - 6, at, "shall ", NULL)) ||
		    (at >= 5 && lex_at(c->t, at - 5, at, "will ", NULL)) ||
		    /* "The Commissioner must chair the Board." */
		    (at >= 5 && lex_at(c->t, at - 5, at, "must ", NULL)) ||
		    (at >= 12 && lex_at(c->t, at - 12, at, "continue to ", NULL))) {
			role = role_word(c, ss, at);
			if (!role && ((person = surname_in(c, arr, ss, at)) != NULL ||
			              (person = pronoun_person(c, arr, ss, at)) != NULL)) {
				add_appointment(c, arr, person, NULL, "chair", ss,
				                lex_sentence_end(c->t, at, c->n));
				continue;
			}
		} else {
			/* a list item "a. Chair ...": its marker just before */
			k = at;
			while (k > 0 && c->t[k - 1] == ' ')
				k--;
			if (k > 0 && (c->t[k - 1] == '.' || c->t[k - 1] == ')')) {
				size_t m = k - 1;
				while (m > 0 && ch_is_alpha((unsigned char)c->t[m - 1]) && k - m < 5)
					m--;
				/* (a page break may come before the label: "\f(a) chair ...") */
				while (m > 0 && (c->t[m - 1] == ' ' || c->t[m - 1] == '-' ||
				                 c->t[m - 1] == '(' || c->t[m - 1] == '\f'))
					m--;
				item = m == 0 || c->t[m - 1] == '\n';
			} else if (k > 0) {
				/* "– chair the Board;" under "The Improvement Adviser will:": a
				 * dash or bullet alone before it on its line */
				size_t m = k;
				if (c->t[m - 1] == '-' || c->t[m - 1] == '*')
					m--;
				else if (m >= 3 && (unsigned char)c->t[m - 3] == 0xe2 &&
				         (unsigned char)c->t[m - 2] == 0x80 &&
				         ((unsigned char)c->t[m - 1] == 0x93 ||
				          (unsigned char)c->t[m - 1] == 0x94 ||
				          (unsigned char)c->t[m - 1] == 0xa2))
					m -= 3;
				while (m > 0 && (c->t[m - 1] == ' ' || c->t[m - 1] == '\t'))
					m--;
				item = m < k && (m == 0 || c->t[m - 1] == '\n');
			}
			if (item) {
				/* the lead-in: the nearest "shall:", "will:", "must:" (or with a
				 * dash: "The Commissioner must—") before it, and its subject */
				for (lead = at; lead > 0 && at - lead < 2000; lead--)
					if (lead_in_at(c, lead))
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

/* "the Children's Services Commissioner, Mr Barnaby Quist CBE, advised ...": an office,
 * then a name with a courtesy title between commas (whatever the verb). */
static void named_in_apposition(struct read_ctx *c, rec_t *arr)
{
	static struct lex_phrase offices[] = {LEX_PHRASE("commissioner, "),
	                                      LEX_PHRASE("improvement adviser, "),
	                                      LEX_PHRASE("director of children's services, ")};
	size_t k, at, end;
	int tries = 0;

	for (k = 0; k < ARRAY_SIZE(offices); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &offices[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &offices[k], &end)) {
			size_t ns = lex_skip_space(c->t, end, c->n), ne = ns;
			const char *role = role_word(c, at, end);
			if (!role || !facts_courtesy_at(c, ns, c->n))
				continue;
			while (ne < c->n && ne - ns < 60 && c->t[ne] != ',' && c->t[ne] != '.' &&
			       c->t[ne] != ';' && c->t[ne] != '(' &&
			       !(c->t[ne] == '\n' && !soft_break(c, ne)))
				ne++;
			if (ne >= c->n || c->t[ne] != ',')
				continue;
			add_named(c, arr, ns, ne, role, at, ne);
		}
}

/* "my officials and Mrs Imelda Castellane-Obi, the Council's Improvement Adviser, on
 * 24 September", "with Mr Ellis Fairweather-Oduya, the Children's Services Commissioner
 * for Bournemouth": a name with a courtesy title, then its office after ", the " (a
 * possessive or "Children's Services" between, no comma). */
static void name_then_office(struct read_ctx *c, rec_t *arr)
{
	static struct lex_phrase offices[] = {LEX_PHRASE("commissioner"),
	                                      LEX_PHRASE("improvement adviser")};
	size_t k, at, end;
	int tries = 0;

	for (k = 0; k < ARRAY_SIZE(offices); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &offices[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &offices[k], &end)) {
			size_t ss = lex_sentence_start(c->t, 0, at), te,
			       w = lex_search_ph(&c->ix, at > ss + 40 ? at - 40 : ss, at,
			                         LEX_LIT(", the "), &te),
			       ns;
			if (w == (size_t)-1 || memchr(c->t + te, ',', at - te) ||
			    (ns = courtesy_start(c, ss, w)) == (size_t)-1)
				continue;
			add_named(c, arr, ns, w, role_word(c, at, end), ns, end);
		}
}

/* "co-operate with Mr Callum Rees-Hadley, whom the Department has appointed as ...": the
 * person is the name (with a courtesy title) right before ", whom" in the verb's
 * sentence; where it starts in *ns (the name copied to person), else false. */
static bool named_before_whom(const struct read_ctx *c, size_t at, char *person, size_t n,
                              size_t *ns)
{
	size_t ss = lex_sentence_start(c->t, 0, at), w, we, s;

	w = lex_search_ph(&c->ix, at > ss + 80 ? at - 80 : ss, at, LEX_LIT(", whom "), &we);
	if (w == (size_t)-1)
		return false;
	s = courtesy_start(c, ss, w);
	if (s == (size_t)-1)
		return false;
	lex_copy(c->t, s, w, person, n);
	drop_courtesy_title(person);
	*ns = s;
	return facts_looks_like_name(person);
}

/* "Mr Leopold Hartigan-Sowerby's appointment as Improvement Adviser under the direction
 * will end ...": the person, with a courtesy title, possessive before "appointment as". */
static void possessive_appointments(struct read_ctx *c, rec_t *arr)
{
	size_t at, end;
	int tries = 0;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("appointment as "), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("appointment as "), &end)) {
		size_t ss = lex_sentence_start(c->t, 0, at), pe, s, re = end;
		const char *role;
		if (at >= ss + 3 && lex_at(c->t, at - 3, at, "'s ", NULL))
			pe = at - 3; /* an apostrophe, straight or typographic, then "s " */
		else if (at >= ss + 5 && !memcmp(c->t + at - 5, "\xe2\x80\x99s ", 5))
			pe = at - 5;
		/* "Mr Leofric Stannard, whose appointment as Children's Services Commissioner
		 * for Croydon ends with the direction" */
		else if (at >= ss + 8 && lex_at(c->t, at - 8, at, ", whose ", NULL))
			pe = at - 8;
		else
			continue;
		if ((s = courtesy_start(c, ss, pe)) == (size_t)-1)
			continue;
		while (re < c->n && re - end < 90 && c->t[re] != ',' && c->t[re] != '.' &&
		       c->t[re] != ';' && !lex_at(c->t, re, c->n, " under ", NULL) &&
		       !lex_at(c->t, re, c->n, " will ", NULL) &&
		       !lex_at(c->t, re, c->n, " for ", NULL))
			re++;
		if ((role = role_word(c, end, re)) != NULL)
			add_named(c, arr, s, pe, role, s, re);
	}
}

/* "Mr X, who was appointed as Commissioner for Salford on 1 April 2019, has agreed to act
 * as the Council's Improvement Adviser from ...": the sentence's subject (up to its first
 * comma, after a list number) takes the role after "agreed to act (or serve) as". */
static void agreed_to_act(struct read_ctx *c, rec_t *arr)
{
	static struct lex_phrase cues[] = {
	    LEX_PHRASE("agreed to act as "), LEX_PHRASE("agreed to serve as "),
	    /* "Mr X has agreed to continue to support the Council as its Improvement Adviser" */
	    LEX_PHRASE("agreed to continue to support the council as its "),
	    LEX_PHRASE("agreed to continue to work with the council as its "),
	    LEX_PHRASE("agreed to continue as "),
	    /* "Mrs X, who has been the Council's Improvement Adviser under the Improvement
	     * Notice, will continue as Improvement Adviser to the Council under this
	     * Direction" */
	    LEX_PHRASE(", will continue as "),
	    /* "Mr X will continue as the Council's Improvement Adviser (\"the Adviser\")." */
	    LEX_PHRASE("will continue as "),
	    /* "From today he will act as the Council's Improvement Adviser under the notice" */
	    LEX_PHRASE(" he will act as "), LEX_PHRASE(" she will act as ")};
	size_t k, at, end;
	int tries = 0;

	for (k = 0; k < ARRAY_SIZE(cues); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k], &end)) {
			size_t ss = lex_sentence_start(c->t, 0, at),
			       se = lex_sentence_end(c->t, end, c->n), ne, re = end;
			char person[160], hon[64] = "";
			const char *role;
			while (ss < at && (ch_is_digit((unsigned char)c->t[ss]) ||
			                   c->t[ss] == '.' || c->t[ss] == ' ' || c->t[ss] == '(' ||
			                   c->t[ss] == ')' || c->t[ss] == '-'))
				ss++;
			for (ne = ss;
			     ne < at && c->t[ne] != ',' && !lex_at(c->t, ne, at, " has ", NULL);)
				ne++;
			if (cues[k].text[0] == ' ') { /* the pronoun is the cue's own */
				ss = at + 1;
				ne = lex_search_ph(&c->ix, ss, end, LEX_LIT(" will"), NULL);
			}
			while (re < se && re - end < 90 && c->t[re] != ',' && c->t[re] != ';' &&
			       !lex_at(c->t, re, se, " from ", NULL) &&
			       !lex_at(c->t, re, se, " until ", NULL))
				re++;
			if (ne == ss || !(role = role_word(c, end, re)))
				continue;
			/* "The Commissioner's appointment ends on the date of this notice. She
			 * has agreed to continue ... as its DfE Improvement Adviser": the person
			 * appointed last */
			if (((ne - ss == 3 && lex_at(c->t, ss, ne, "she", NULL)) ||
			     (ne - ss == 2 && lex_at(c->t, ss, ne, "he", NULL))) &&
			    rec_array_size(arr) > 0) {
				const rec_t *last = rec_array_get(arr, rec_array_size(arr) - 1);
				snprintf(person, sizeof(person), "%s",
				         rec_string_value(rec_object_get(last, "person")));
				add_appointment(c, arr, person, "", role, ss, re);
				continue;
			}
			/* "I am pleased that Mr X has agreed ...": the one appointed already */
			const char *known = surname_in(c, arr, ss, ne);
			if (known) {
				size_t ks = courtesy_start(c, ss, ne);
				add_appointment(c, arr, known, "", role, ks == (size_t)-1 ? ss : ks,
				                re);
				continue;
			}
			lex_copy(c->t, ss, ne, person, sizeof(person));
			drop_courtesy_title(person);
			split_honours(person, hon, sizeof(hon));
			if (facts_looks_like_name(person))
				add_appointment(c, arr, person, hon, role, ss, re);
		}
}

/* Do all the words of a (split at spaces) appear among b's ("Tuyishime-Holt", "Crispin
 * Tuyishime-Holt")? */
static bool words_within(const char *a, const char *b)
{
	while (*a) {
		size_t n = strcspn(a, " ");
		const char *w = b;
		bool found = false;
		while (!found && *w) {
			size_t m = strcspn(w, " ");
			found = m == n && !memcmp(w, a, n);
			w += m + (w[m] == ' ');
		}
		if (!found)
			return false;
		a += n + (a[n] == ' ');
	}
	return true;
}

/* One person named two ways ("re-appointed Mr Tuyishime-Holt" after "to appoint Mr Crispin
 * Tuyishime-Holt CBE"): a name made of capitalised words, all of them in a fuller name
 * found in the same record, is that name.  The shorter entry goes where the fuller one
 * holds the same role, and takes the fuller name where it does not. */
static void same_person_named_in_full(rec_t *arr)
{
	size_t i, j;

	for (i = 0; i < rec_array_size(arr);) {
		rec_t *a = rec_array_get(arr, i), *full = NULL;
		const char *pa = rec_string_value(rec_object_get(a, "person")), *q;
		bool dropped = false;
		for (q = pa; *q; q++)
			if ((q == pa || q[-1] == ' ') && !(*q >= 'A' && *q <= 'Z'))
				break;
		for (j = 0; !*q && j < rec_array_size(arr) && !full; j++) {
			rec_t *b = rec_array_get(arr, j);
			const char *pb = rec_string_value(rec_object_get(b, "person"));
			if (j != i && strlen(pb) > strlen(pa) && facts_looks_like_name(pb) &&
			    words_within(pa, pb))
				full = b;
		}
		if (full) {
			for (j = 0; j < rec_array_size(arr) && !dropped; j++) {
				rec_t *b = rec_array_get(arr, j);
				dropped =
				    read_eq(rec_string_value(rec_object_get(b, "person")),
				            rec_string_value(rec_object_get(full, "person"))) &&
				    rec_equal(rec_object_get(b, "role"), rec_object_get(a, "role"));
			}
			if (dropped) {
				rec_array_remove(arr, i);
				continue;
			}
			rec_object_set(a, "person", rec_object_get(full, "person"));
		}
		i++;
	}
}

/* "appointed Mr Fanshawe-Eze as Commissioner" after "the appointment of Mr Cornelius
 * Fanshawe-Eze": a surname alone takes the fuller name the document gives it elsewhere,
 * a courtesy title, a capitalised first name and the surname. */
static void surname_in_full(const struct read_ctx *c, rec_t *arr)
{
	size_t i;

	for (i = 0; i < rec_array_size(arr); i++) {
		rec_t *a = rec_array_get(arr, i);
		const char *p = rec_string_value(rec_object_get(a, "person"));
		size_t at, end, j;
		if (!p || strchr(p, ' ') || !(p[0] >= 'A' && p[0] <= 'Z') || strlen(p) < 3)
			continue;
		/* (a fuller name in the record: same_person_named_in_full()'s) */
		for (j = 0; j < rec_array_size(arr); j++) {
			const char *q =
			    rec_string_value(rec_object_get(rec_array_get(arr, j), "person"));
			if (strlen(q) > strlen(p) && strstr(q, p))
				break;
		}
		if (j < rec_array_size(arr))
			continue;
		for (at = lex_search(&c->ix, 0, c->n, p, &end); at != (size_t)-1;
		     at = lex_search(&c->ix, end, c->n, p, &end)) {
			size_t we = at, ws, ts;
			char full[96];
			if (end < c->n &&
			    (lex_is_word_char((unsigned char)c->t[end]) || c->t[end] == '-'))
				continue;
			if (we == 0 || c->t[we - 1] != ' ')
				continue;
			for (ws = --we; ws > 0 && ch_is_alpha((unsigned char)c->t[ws - 1]);)
				ws--;
			if (ws == we || !(c->t[ws] >= 'A' && c->t[ws] <= 'Z') || ws < 2 ||
			    c->t[ws - 1] != ' ')
				continue;
			for (ts = ws - 1; ts > 0 && ch_is_alpha((unsigned char)c->t[ts - 1]);)
				ts--;
			if (facts_courtesy_at(c, ts, ws) != ws || end - ws >= sizeof(full))
				continue;
			lex_copy(c->t, ws, end, full, sizeof(full));
			read_set(a, "person", read_string(full));
			break;
		}
	}
}

/* "when he appointed me as Commissioner", "I was appointed as Commissioner with effect
 * from 31 July 2017": in the Commissioner's own letter, "me" and "I" are the letter's
 * author; person becomes the author's name (courtesy title dropped).  False if person
 * is not the writer or the letter names no author. */
static bool writer_named(const rec_t *rec, char *person, size_t n)
{
	const char *a = rec_string_value(rec_object_get(rec_object_get(rec, "author"), "name"));

	if ((!read_eq(person, "me") && !read_eq(person, "I")) || !a || !strchr(a, ' '))
		return false;
	snprintf(person, n, "%s", a);
	drop_courtesy_title(person);
	return true;
}

/* The Commissioner's own letter ("Dr X / Children's Services Commissioner for Y" above
 * "Dear Minister"): its author holds the office, whether or not the letter says when
 * she was appointed. */
static void commissioner_author(struct read_ctx *c, const rec_t *rec, rec_t *arr)
{
	const rec_t *au = rec_object_get(rec, "author"), *sp;
	const char *name = au ? rec_string_value(rec_object_get(au, "name")) : NULL;
	char person[160];
	size_t i;

	if (!c->by_commissioner || !name || !(sp = rec_object_get(au, "span")))
		return;
	snprintf(person, sizeof(person), "%s", name);
	drop_courtesy_title(person);
	for (i = 0; i < rec_array_size(arr); i++)
		if (read_eq(rec_string_value(rec_object_get(rec_array_get(arr, i), "person")),
		            person))
			return;
	if (facts_looks_like_name(person))
		add_appointment(c, arr, person, NULL, "commissioner",
		                (size_t)rec_integer_value(rec_array_get(sp, 0)),
		                (size_t)rec_integer_value(rec_array_get(sp, 1)));
}

/* '"the Commissioner" means Professor Idris Vaughan-Mbeki, appointed by ...': where the
 * name that ends at the comma right before at begins (its words capitalised, back to a
 * word that is not), or (size_t)-1 if there is no such comma or name. */
static size_t name_before_comma(const struct read_ctx *c, size_t at)
{
	const char *t = c->t;
	size_t e = lex_trim_end(t, 0, at), s, p, w;

	if (e == 0 || t[e - 1] != ',')
		return (size_t)-1;
	s = p = e = lex_trim_end(t, 0, e - 1);
	while (p > 0) {
		for (w = p; w > 0 && (ch_is_alpha((unsigned char)t[w - 1]) || t[w - 1] == '-' ||
		                      t[w - 1] == '\'');)
			w--;
		if (w == p || !(t[w] >= 'A' && t[w] <= 'Z'))
			break;
		s = w;
		if (w == 0 || !ch_is_space((unsigned char)t[w - 1]))
			break;
		p = lex_trim_end(t, 0, w);
	}
	return s < e ? s : (size_t)-1;
}

void facts_find_appointments(struct read_ctx *c, rec_t *rec)
{
	rec_t *arr = rec_array();
	size_t at, end;

	/* "appoints X as R", "X, who was appointed as R, is appointed as R2", "has asked X,
	 * Director of ..., to act as Improvement Adviser" */
	static struct lex_phrase verbs[] = {LEX_PHRASE("appointed"), LEX_PHRASE("appoints"),
	                                    LEX_PHRASE("appoint"), LEX_PHRASE("asked"),
	                                    LEX_PHRASE("invited")};
	int tries = 0;
	for (size_t v = 0; v < ARRAY_SIZE(verbs); v++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &verbs[v], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &verbs[v], &end)) {
			size_t p = end, as, ae, ps, pe, rs, re, se;
			const char *role;
			char person[160], hon[64] = "";
			bool passive = passive_before(c, at), asked = v >= 3, named_after = false;
			size_t span_s = at;
			/* appointed / appoints / re-appointed */
			while (p < c->n && ch_is_alpha((unsigned char)c->t[p]))
				p++;
			ps = lex_skip_space(c->t, p, c->n);
			se = lex_sentence_end(c->t, ps, c->n);
			as = lex_search(&c->ix, ps, se, asked ? " to act as " : " as ", &ae);
			if (as == (size_t)-1 && asked)
				as = lex_search_ph(&c->ix, ps, se, LEX_LIT(" to serve as "), &ae);
			/* "I have asked Mrs X to be the Commissioner" */
			if (as == (size_t)-1 && asked)
				as = lex_search_ph(&c->ix, ps, se, LEX_LIT(" to be the "), &ae);
			/* "appointed Dr X OBE to be the Children's Services Commissioner" */
			if (!asked && !passive) {
				size_t ae2,
				    as2 = lex_search_ph(&c->ix, ps, as == (size_t)-1 ? se : as,
				                        LEX_LIT(" to be "), &ae2);
				if (as2 != (size_t)-1) {
					as = as2;
					ae = ae2;
				}
			}
			/* "the Improvement Adviser appointed by the Department, Ms X": the role
			 * before the verb, the person after the agent ("the Children's Services
			 * Commissioner appointed under it, Ms X (\"the Commissioner\")": after
			 * the instrument) */
			if (!passive && !asked &&
			    (lex_at(c->t, ps, se, "by ", NULL) ||
			     lex_at(c->t, ps, se, "under ", NULL))) {
				size_t rb = at > 40 ? at - 40 : 0, cm = ps;
				while (cm < se && c->t[cm] != ',' && cm - ps < 60)
					cm++;
				if (cm < se && role_word(c, rb, at) && (role = role_word(c, rb, at)) != NULL) {
					size_t ns = lex_skip_space(c->t, cm + 1, se), ne = ns;
					while (ne < se && c->t[ne] != ',' && c->t[ne] != '.' &&
					       c->t[ne] != ';' && c->t[ne] != '(' &&
					       !lex_at(c->t, ne, se, " and ", NULL) && ne - ns < 60)
						ne++;
					ne = lex_trim_end(c->t, ns, ne);
					lex_copy(c->t, ns, ne, person, sizeof(person));
					drop_courtesy_title(person);
					if (facts_looks_like_name(person)) {
						re = ne;
						named_after = true;
					}
				}
			}
			/* "The Commissioner, Mr X, was appointed on ..." */
			if (v == 0 && !named_after &&
			    (role = office_then_name(c, at, person, sizeof(person), &span_s)) !=
			        NULL) {
				named_after = true;
				passive = false;
				re = end;
			} else {
				span_s = at;
			}
			/* "Mr X, whom the Department has appointed as Improvement Adviser" */
			if (!named_after && !passive && lex_at(c->t, ps, se, "as ", &ae) &&
			    named_before_whom(c, at, person, sizeof(person), &span_s)) {
				rs = ae;
				re = rs;
				while (re < se && c->t[re] != ',' && c->t[re] != '(' &&
				       c->t[re] != ';' && re - rs < 90)
					re++;
				if ((role = role_word(c, rs, re)) == NULL)
					continue;
				named_after = true;
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
				/* "Ms X, appointed by the Secretary of State as ...": a participle,
				 * the person named before its comma, not its agent */
				if (lex_at(c->t, ps, pe, "by ", NULL)) {
					size_t ns = name_before_comma(c, at);
					if (ns == (size_t)-1)
						continue;
					lex_copy(c->t, ns, lex_trim_end(c->t, ns, at) - 1, person,
					         sizeof(person));
					drop_courtesy_title(person);
					if (!facts_looks_like_name(person))
						continue;
					span_s = ns;
				}
			}
			if (passive) {
				/* the subject: up to ", who", " is", " was", " has been", the verb
				 */
				static const char *const aux[] = {
				    ", who", " who ", " is ", " was ", " has been ", " had been "};
				size_t q;
				for (q = 0; q < ARRAY_SIZE(aux); q++) {
					char *w = strstr(person, aux[q]);
					if (w)
						*w = 0;
				}
				if (!writer_named(rec, person, sizeof(person)) &&
				    (strlen(person) > 80 || !strchr(person, ' ')))
					continue;
			}
			cut_at_comma(person);
			drop_courtesy_title(person);
			if (!writer_named(rec, person, sizeof(person)) &&
			    (read_eq(person, "me") || read_eq(person, "I")))
				continue;
			/* "Mr Tancred Dunstone has been Commissioner ... . I have appointed him as
			 * the Council's Improvement Adviser": the person named last before */
			if ((read_eq(person, "him") || read_eq(person, "her")) &&
			    !named_last(c, at, person, sizeof(person)))
				continue;
			if (!strncmp(person, "a ", 2) || !strncmp(person, "an ", 3) || !person[0])
				continue;
			split_honours(person, hon, sizeof(hon));
			{
				size_t i;
				bool dup = false;
				for (i = 0; i < rec_array_size(arr); i++) {
					rec_t *o = rec_array_get(arr, i);
					if (read_eq(rec_string_value(rec_object_get(o, "person")),
					            person) &&
					    read_eq(rec_string_value(rec_object_get(o, "role")),
					            role))
						dup = true;
				}
				if (dup)
					continue;
			}
			{
				rec_t *o = rec_pack("person", rec_string(person), NULL);
				if (hon[0])
					read_set(o, "honours", read_string(hon));
				read_set(o, "role", read_string(role));
				read_set(o, "span", read_span(c, span_s, re));
				rec_array_append_new(arr, o);
			}
		}
	possessive_appointments(c, arr);
	named_in_apposition(c, arr);
	name_then_office(c, arr);
	agreed_to_act(c, arr);
	commissioner_author(c, rec, arr);
	find_chairs(c, arr);
	surname_in_full(c, arr);
	same_person_named_in_full(arr);
	read_set(rec, "appointments", arr);
}
