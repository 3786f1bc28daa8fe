/*
 * facts_parties.c: the parties an instrument names, each with its role (see facts.h):
 * the council, a partner council (by "City Council", "the Partner Council", or a council
 * the sentence calls a partner), the Secretary of State, the Minister, the Department,
 * the Commissioner, boards by their names, Partners in Practice; and the role words the
 * obligation scanner asks about (facts_role_of(), facts_role_at(), facts_role_span()).
 * Split from facts_people.c in session 11; the rules are unchanged.
 */
#include "../base/compat.h"

#include <strings.h>

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"
#include "text.h"

static struct {
	struct lex_phrase words;
	const char *role;
} party_words[] = {
    /* a junior minister: "From the Parliamentary Under-Secretary of State for ..." */
    {LEX_PHRASE("Parliamentary Under-Secretary of State"), "minister"},
    {LEX_PHRASE("Secretary of State for Education"), "secretary_of_state"},
    {LEX_PHRASE("Secretary of State"), "secretary_of_state"},
    {LEX_PHRASE("Minister of State for Children and Families"), "minister"},
    {LEX_PHRASE("Minister for Children and Families"), "minister"},
    {LEX_PHRASE("Department for Education"), "dfe"},
    {LEX_PHRASE("Children's Services Commissioner"), "commissioner"},
    {LEX_PHRASE("Commissioner for Children's Social Care Services"), "commissioner"},
    {LEX_PHRASE("partnership governance board"), "governance_board"},
    {LEX_PHRASE("governance board of the strategic partnership"), "governance_board"},
    {LEX_PHRASE("governance board of the formal partnership"), "governance_board"},
    /* "The Partnership shall be overseen by a Partnership Board": a partnership's board */
    {LEX_PHRASE("Partnership Board"), "governance_board"},
    {LEX_PHRASE("Partners in Practice"), "pip"},
    {LEX_PHRASE("Partner in Practice"), "pip"},
    {LEX_PHRASE("Director of Children's Services"), "dcs"},
    /* "The Department will also issue ...": the Department, capitalised, not "of" or
     * "for" another (a letter from a minister names no other) */
    {LEX_PHRASE("the Department"), "dfe"},
    /* a minister's letter: "the advice of my officials" are the Department's */
    {LEX_PHRASE("my officials"), "dfe"},
    {LEX_PHRASE("Improvement Advisor"), "improvement_adviser"},
    {LEX_PHRASE("Improvement Adviser"), "improvement_adviser"},
    {LEX_PHRASE("Ofsted"), "ofsted"},
    /* named by office alone, capitalised: "report to the Minister" */
    {LEX_PHRASE("Commissioner"), "commissioner"},
    {LEX_PHRASE("Minister"), "minister"},
};

static const struct {
	const char *words, *role;
} role_map[] = {
    {"department for education", "dfe"},
    {"the department", "dfe"},
    /* a letter from an official: "My team will carry out the next review" */
    {"my team", "dfe"},
    {"parliamentary under-secretary of state", "minister"},
    {"officials", "dfe"},
    {"dfe", "dfe"},
    {"secretary of state", "secretary_of_state"},
    {"governance board", "governance_board"},
    {"improvement board", "improvement_board"},
    /* "a Partnership Board, chaired by the Commissioner": the partnership's board */
    {"partnership board", "governance_board"},
    {"shadow board", "governance_board"},
    /* "The Board shall meet ...": the board the instrument sets up */
    {"the board", "improvement_board"},
    {"minister", "minister"},
    {"commissioner", "commissioner"},
    {"director of children's services", "dcs"},
    {"dcs", "dcs"},
    {"pips", "pip"},
    {"partners in practice", "pip"},
    {"partner in practice", "pip"},
    {"improvement advisor", "improvement_adviser"},
    {"improvement adviser", "improvement_adviser"},
    /* the short form an instrument defines: ("the Adviser") */
    {"the adviser", "improvement_adviser"},
    {"the advisor", "improvement_adviser"},
    {"strategic partner", "partner_council"},
    /* the defined term for a partner: "the Partner Council" */
    {"partner council", "partner_council"},
    {"council", "council"},
    {"ofsted", "ofsted"},
};

const char *facts_role_of(const struct read_ctx *c, size_t s, size_t e)
{
	size_t best = (size_t)-1, k;
	const char *role = NULL;

	/* a short span: try each of its word starts in turn (where lex_search()
	 * would look, with the same answer), cheaper than a search per role */
	if (c->ix.starts && e - s < 256) {
		for (k = s; k < e; k = lex_next_word(&c->ix, k, e))
			if ((role = facts_role_at(c, k, e)) != NULL)
				return role;
		return NULL;
	}
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
	return facts_role_span(c, pos, e, NULL);
}

/* The roles' indices by their first letter, into the memo (see facts.h), by a
 * counting sort: each begins with a small letter (if one did not, role_from[26]
 * is left 255 and every role is tried, as without a memo), so a place whose first
 * byte is a letter is tried with that letter's roles alone, in their order, and
 * one that is no letter with none. */
/* The words that all the roles of letter l (two or more) begin with, ending with a
 * space, into the memo (role_cut[l], role_prefix[l]): a place that does not begin
 * with them begins none of those roles, and one that does goes on from where they
 * end (lex_at() reads a phrase byte by byte, a space taking its whole run, so the
 * rest of each role is read from there as it would be in one go). */
static void shared_words(struct read_memo *m, int l)
{
	size_t from = m->role_from[l], to = m->role_from[l + 1], k, j, cut = 0;
	const char *first = from < to ? role_map[m->role[from]].words : "";

	m->role_cut[l] = 0;
	if (to - from < 2)
		return;
	for (j = 0; first[j] && j + 1 < sizeof(m->role_prefix[0]); j++) {
		for (k = from + 1; k < to && role_map[m->role[k]].words[j] == first[j]; k++)
			;
		if (k < to)
			break;
		if (first[j] == ' ')
			cut = j + 1;
	}
	memcpy(m->role_prefix[l], first, cut);
	m->role_prefix[l][cut] = '\0';
	m->role_cut[l] = (unsigned char)cut;
}

static void index_roles(struct read_memo *m)
{
	unsigned char count[27] = {0};
	size_t k;
	int l;

	_Static_assert(ARRAY_SIZE(role_map) <= READ_MEMO_ROLES, "the memo holds every role");
	m->roles_ready = true;
	for (k = 0; k < ARRAY_SIZE(role_map); k++) {
		int c = (unsigned char)role_map[k].words[0];
		if (c < 'a' || c > 'z') {
			m->role_from[26] = 255;
			return;
		}
		count[c - 'a' + 1]++;
	}
	for (l = 0; l < 26; l++)
		count[l + 1] = (unsigned char)(count[l + 1] + count[l]);
	memcpy(m->role_from, count, sizeof(m->role_from));
	for (k = 0; k < ARRAY_SIZE(role_map); k++)
		m->role[count[role_map[k].words[0] - 'a']++] = (unsigned char)k;
	for (l = 0; l < 26; l++)
		shared_words(m, l);
}

const char *facts_role_span(const struct read_ctx *c, size_t pos, size_t e, size_t *end)
{
	size_t k, we;
	int first = pos < e ? ch_lower((unsigned char)c->t[pos]) : -1;
	struct read_memo *m = c->memo;

	for (k = 0; k < c->nrole_aliases; k++) /* the document's own names first */
		if (lex_at(c->t, pos, e, c->role_aliases[k], &we) &&
		    (we >= e || !lex_is_word_char((unsigned char)c->t[we]))) {
			if (end)
				*end = we;
			return c->role_alias_role[k];
		}
	if (m && !m->roles_ready)
		index_roles(m);
	if (m && m->role_from[26] != 255) {
		int l = first - 'a';
		size_t from = pos, cut;
		if (l >= 0 && l < 26 &&
		    (!(cut = m->role_cut[l]) || lex_at(c->t, pos, e, m->role_prefix[l], &from)))
			for (k = m->role_from[l]; k < m->role_from[l + 1]; k++)
				if (lex_at(c->t, from, e, role_map[m->role[k]].words + cut, end))
					return role_map[m->role[k]].role;
	} else {
		for (k = 0; k < ARRAY_SIZE(role_map); k++)
			if (lex_may_start(first, role_map[k].words) &&
			    lex_at(c->t, pos, e, role_map[k].words, end))
				return role_map[k].role;
	}
	/* a partner council by its name: "Leeds", "Leeds City Council" */
	for (k = 0; k < c->npartners; k++)
		if (lex_at(c->t, pos, e, c->partners[k], &we) &&
		    (we >= e || !lex_is_word_char((unsigned char)c->t[we]))) {
			if (end)
				*end = we;
			return "partner_council";
		}
	return NULL;
}

/* Keep each partner council's name without its "City Council", "County Council",
 * "Metropolitan Borough Council", ... for facts_role_at(). */
static void note_partners(struct read_ctx *c, const rec_t *parties)
{
	static const char *const kinds[] = {" metropolitan borough council", " borough council",
	                                    " county council", " city council", " council"};
	size_t i, k;

	c->npartners = 0;
	for (i = 0; i < rec_array_size(parties) && c->npartners < ARRAY_SIZE(c->partners); i++) {
		const rec_t *o = rec_array_get(parties, i);
		const char *name = rec_string_value(rec_object_get(o, "name"));
		char *p = c->partners[c->npartners];
		size_t n;
		if (!read_eq(rec_string_value(rec_object_get(o, "role")), "partner_council") ||
		    !name)
			continue;
		snprintf(p, sizeof(c->partners[0]), "%s", name);
		n = strlen(p);
		for (k = 0; k < ARRAY_SIZE(kinds); k++)
			if (n > strlen(kinds[k]) &&
			    !strcasecmp(p + n - strlen(kinds[k]), kinds[k])) {
				p[n - strlen(kinds[k])] = '\0';
				break;
			}
		if (strlen(p) >= 3) /* a name, not a stray word */
			c->npartners++;
	}
}

/* The roles the document names under a name of its own: 'a Partner in Practice ("the
 * Partner")'.  A name that is a role already ("the Adviser") or the council's is left. */
void facts_note_role_aliases(struct read_ctx *c)
{
	size_t i, k, we;

	c->nrole_aliases = 0;
	for (i = 0; i < c->naliases && c->nrole_aliases < ARRAY_SIZE(c->role_aliases); i++) {
		const struct read_alias *a = &c->aliases[i];
		size_t p = a->span.s, from;
		const char *r = NULL;
		const char *known = NULL;
		for (k = 0; k < ARRAY_SIZE(role_map) && !known; k++)
			if (!strcmp(a->name, role_map[k].words))
				known = role_map[k].role;
		/* (not a document or a day: "the 2021 Direction", "the transfer date") */
		if (a->is_day || strlen(a->name) < 7 || strstr(a->name, "direction") ||
		    strstr(a->name, "notice") || strstr(a->name, "report") ||
		    strstr(a->name, "letter") || strstr(a->name, "date"))
			continue;
		while (p > 0 && c->t[p - 1] == ' ')
			p--;
		from = lex_sentence_start(c->t, 0, p);
		if (p - from > 60)
			from = p - 60;
		for (k = from; k < p && !r; k = lex_next_word(&c->ix, k, p))
			if ((r = facts_role_span(c, k, p, &we)) != NULL &&
			    (we != p ||
			     /* "... as independent chair of the Improvement Board ("the Chair")":
			      * the board is what the named one chairs, not the name's */
			     (k >= from + 3 && lex_at(c->t, k - 3, k, "of ", NULL)) ||
			     (k >= from + 7 && lex_at(c->t, k - 7, k, "of the ", NULL))))
				r = NULL;
		/* 'has appointed Mr X as Improvement Adviser to the Council and as
		 * independent chair of the Board ("the Chair")': a name for the person, who
		 * holds the office named first after "appointed ... as" */
		if (!r && !known) {
			size_t ss = lex_sentence_start(c->t, 0, p), ap, as, ae;
			if ((ap = lex_search_ph(&c->ix, ss, p, LEX_LIT("appointed "), NULL)) !=
			        (size_t)-1 &&
			    (as = lex_search_ph(&c->ix, ap, p, LEX_LIT(" as "), &ae)) != (size_t)-1)
				r = facts_role_span(c, ae, p, NULL);
		}
		/* a name that is a role already stays that role, unless the document gives it
		 * another: 'a Partnership Board ("the Board")' is a governance board */
		if (!r || read_eq(r, "council") || read_eq(r, "ofsted") ||
		    (known && read_eq(r, known)))
			continue;
		snprintf(c->role_aliases[c->nrole_aliases], sizeof(c->role_aliases[0]), "%s",
		         a->name);
		c->role_alias_role[c->nrole_aliases++] = r;
	}
}

/* {"name": name, "role": role, "span": [s, e]}, or NULL (as rec_pack()
 * gives) if name is not valid UTF-8. */
static rec_t *named_span(const struct read_ctx *c, const char *name, const char *role, size_t s,
                         size_t e)
{
	rec_t *jn = read_string(name), *o;

	if (!jn)
		return NULL;
	o = rec_object();
	read_set(o, "name", jn);
	read_set(o, "role", read_string(role));
	read_set(o, "span", read_span(c, s, e));
	return o;
}

static void add_party(struct read_ctx *c, rec_t *arr, const char *name, const char *role, size_t s,
                      size_t e)
{
	size_t i;

	for (i = 0; i < rec_array_size(arr); i++) {
		rec_t *o = rec_array_get(arr, i);
		if (read_eq(rec_string_value(rec_object_get(o, "role")), role) &&
		    (read_eq(role, "partner_council") || read_eq(role, "improvement_board")
		         ? !strcasecmp(rec_string_value(rec_object_get(o, "name")), name)
		         : 1))
			return;
	}
	rec_array_append_new(arr, named_span(c, name, role, s, e));
}

static bool has_role(const rec_t *arr, const char *role)
{
	size_t i;

	for (i = 0; i < rec_array_size(arr); i++)
		if (read_eq(rec_string_value(rec_object_get(rec_array_get(arr, i), "role")), role))
			return true;
	return false;
}

/* Where a council's name that puts its kind first ("Royal Borough of Greenwich",
 * "London Borough of Bexley") and ends at e begins: its prefix, then capitalised words
 * on the line; (size_t)-1 if the words before e are not such a name. */
static size_t borough_of(const struct read_ctx *c, size_t e)
{
	static struct lex_phrase prefixes[] = {LEX_PHRASE("Royal Borough of "),
	                                       LEX_PHRASE("London Borough of "),
	                                       LEX_PHRASE("City and County of ")};
	size_t from = e > 60 ? e - 60 : 0, k, at, end, i;

	for (k = 0; k < ARRAY_SIZE(prefixes); k++) {
		at = lex_search_ph(&c->ix, from, e, &prefixes[k], &end);
		if (at == (size_t)-1 || end >= e || !(c->t[end] >= 'A' && c->t[end] <= 'Z'))
			continue;
		for (i = end; i < e && c->t[i] != '\n' && c->t[i] != ',' && c->t[i] != '(';)
			i++;
		if (i == e)
			return at;
	}
	return (size_t)-1;
}

/* Where the name before t[at] ("City Council") begins: its capitalised words
 * ("Stoke-on-Trent", "Leeds") and the small words inside a name ("Brighton and
 * Hove", "Kingston upon Hull"), not the sentence's words before it ("a partnership
 * with Leeds City Council"). */
static size_t name_start(const struct read_ctx *c, size_t at)
{
	static const char *const small[] = {"and", "upon", "on", "of"};
	size_t s = at;

	for (;;) {
		size_t we = s, ws, k;
		bool ok = false;
		if (we == 0 || c->t[we - 1] != ' ')
			break;
		we--;
		ws = we;
		while (ws > 0 && (ch_is_alpha((unsigned char)c->t[ws - 1]) || c->t[ws - 1] == '-'))
			ws--;
		if (ws == we)
			break;
		if (c->t[ws] >= 'A' && c->t[ws] <= 'Z') {
			s = ws;
			continue;
		}
		for (k = 0; k < ARRAY_SIZE(small) && !ok; k++)
			ok = we - ws == strlen(small[k]) && !memcmp(c->t + ws, small[k], we - ws);
		/* a small word counts only inside the name: a capitalised word before it */
		if (!ok || ws < 2 || c->t[ws - 1] != ' ' ||
		    !ch_is_alpha((unsigned char)c->t[ws - 2]))
			break;
		{
			size_t ps = ws - 1;
			while (ps > 0 &&
			       (ch_is_alpha((unsigned char)c->t[ps - 1]) || c->t[ps - 1] == '-'))
				ps--;
			if (!(c->t[ps] >= 'A' && c->t[ps] <= 'Z'))
				break;
			s = ps;
		}
	}
	return s;
}

/* Does the mention t[at, end) of the party words w count?  A bare office only capitalised
 * as w is ("the Minister"); a board only by its name, capitalised ("a Partnership Board",
 * not "a senior officer to the partnership board" of a list of actions); "the Department"
 * only with its capital and not followed by "of" or "for" (another department).  None
 * counts after a hyphen: "Under-Secretary of State" is not the Secretary of State, nor
 * "an Improvement Adviser" (one to be appointed). */
static bool party_cased(const struct read_ctx *c, size_t at, size_t end, const char *w)
{
	size_t ne;

	if (at > 0 && c->t[at - 1] == '-')
		return false;
	/* "supported by an Improvement Adviser": one to be appointed, nobody yet */
	if (at >= 4 && lex_at(c->t, at - 4, at, " an ", NULL) &&
	    !strncmp(w, "Improvement Advis", 17))
		return false;
	if (!strchr(w, ' '))
		return c->t[at] == w[0];
	if (read_eq(w, "Partnership Board"))
		return end - at == strlen(w) && !memcmp(c->t + at, w, end - at);
	if (!read_eq(w, "the Department"))
		return true;
	ne = lex_skip_space(c->t, end, c->n);
	return c->t[at + 4] == 'D' &&
	       (end >= c->n || !lex_is_word_char((unsigned char)c->t[end])) &&
	       !lex_at(c->t, ne, c->n, "of ", NULL) && !lex_at(c->t, ne, c->n, "for ", NULL);
}

/* Is t[at] the Department named in a direction's or notice's signature block ("A Senior
 * Civil Servant in the Department for Education"), between its closing words and any
 * annex?  The signer's employer is no party. */
static bool signer_only(const struct read_ctx *c, size_t at, const char *role)
{
	const struct clause_list *l = c->clauses;

	return l && read_eq(role, "dfe") && !read_eq(c->kind, "letter") && at >= l->close_start &&
	       (l->annex_start == (size_t)-1 || at < l->annex_start ||
	        l->annex_start < l->close_start);
}

/* Where a board's name that ends at at ("... Improvement Board") begins: up to six
 * capitalised words back (and "and" between them when and_too: "Improvement and
 * Transition Board"). */
static size_t board_name_start(const struct read_ctx *c, size_t at, bool and_too)
{
	size_t s = at;
	int words = 0;

	while (s > 0 && words < 6) {
		size_t w = s - 1;
		while (w > 0 && c->t[w - 1] != ' ' && c->t[w - 1] != '\n')
			w--;
		if (!(c->t[w] >= 'A' && c->t[w] <= 'Z') &&
		    !(and_too && lex_at(c->t, w, s, "and ", NULL)))
			break;
		s = w;
		words++;
	}
	return s;
}

void facts_find_parties(struct read_ctx *c, rec_t *rec)
{
	rec_t *arr = rec_array();
	size_t k, at, end;
	rec_t *council = rec_object_get(rec, "council");

	if (council)
		add_party(
		    c, arr, rec_string_value(rec_object_get(council, "name")), "council",
		    (size_t)rec_integer_value(rec_array_get(rec_object_get(council, "span"), 0)),
		    (size_t)rec_integer_value(rec_array_get(rec_object_get(council, "span"), 1)));
	for (k = 0; k < ARRAY_SIZE(party_words); k++) {
		int tries = 0;
		at = lex_search_ph(&c->ix, 0, c->n, &party_words[k].words, &end);
		/* a bare office counts only as a name, capitalised */
		while (at != (size_t)-1 &&
		       (!party_cased(c, at, end, party_words[k].words.text) ||
		        signer_only(c, at, party_words[k].role)) &&
		       tries++ < READ_MAX_CANDIDATES)
			at = lex_search_ph(&c->ix, end, c->n, &party_words[k].words, &end);
		if (at != (size_t)-1 && party_cased(c, at, end, party_words[k].words.text) &&
		    !signer_only(c, at, party_words[k].role)) {
			char buf[128];
			lex_copy(c->t, at, end, buf, sizeof(buf));
			add_party(c, arr, buf, party_words[k].role, at, end);
		}
	}
	/* other councils: partners */
	int tries = 0;
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("City Council"), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("City Council"), &end)) {
		size_t s = name_start(c, at);
		char buf[128];
		lex_copy(c->t, s, end, buf, sizeof(buf));
		if (!buf[0] || !(buf[0] >= 'A' && buf[0] <= 'Z'))
			continue;
		if (c->council[0] && (!strcasecmp(buf, c->council) || strstr(c->council, buf)))
			continue;
		/* the addressee in capitals in the title is not a partner */
		if (facts_mostly_upper(buf))
			continue;
		add_party(c, arr, buf, "partner_council", s, end);
	}
	/* "Essex County Council ("the Partner")": a council the sentence calls a partner */
	{
		static const char *const kinds[] = {"County Council", "Borough Council"};
		size_t q;
		for (q = 0; q < ARRAY_SIZE(kinds); q++)
			for (at = lex_search(&c->ix, facts_head_start(c), c->n, kinds[q], &end);
			     at != (size_t)-1 && tries++ < 2 * READ_MAX_CANDIDATES;
			     at = lex_search(&c->ix, end, c->n, kinds[q], &end)) {
				size_t s = at, ss = lex_sentence_start(c->t, 0, at),
				       dp = lex_skip_space(c->t, end, c->n), de = dp;
				char buf[128];
				bool defined = false;
				/* "Darlington Borough Council ("the\nPartner Council")": defined as
				 * the partner right after its name, whatever the sentence said
				 * before */
				while (de < c->n && de - dp < 40 && c->t[de] != ')')
					de++;
				if (dp < c->n && c->t[dp] == '(' && de < c->n &&
				    lex_search_ph(&c->ix, dp, de, LEX_LIT("partner"), NULL) !=
				        (size_t)-1)
					defined = true;
				/* "Hertfordshire County Council as a Partner in Practice": a
				 * Partner in Practice (its own role), not a partner council */
				if (lex_search_ph(&c->ix, end, end + 40 < c->n ? end + 40 : c->n,
				                  LEX_LIT("partner in practice"),
				                  NULL) != (size_t)-1)
					continue;
				if (c->t[at] != kinds[q][0] ||
				    (!defined &&
				     (lex_search_ph(&c->ix, end,
				                    lex_sentence_end(c->t, end, c->n) < end + 40
				                        ? lex_sentence_end(c->t, end, c->n)
				                        : end + 40,
				                    LEX_LIT("partner"), NULL) == (size_t)-1 ||
				      lex_search_ph(&c->ix, ss, at, LEX_LIT("partner"), NULL) !=
				          (size_t)-1)))
					continue;
				s = name_start(
				    c, at); /* the capitalised words before "Borough Council" */
				lex_copy(c->t, s, end, buf, sizeof(buf));
				if (!(buf[0] >= 'A' && buf[0] <= 'Z') ||
				    (c->council[0] &&
				     (!strcasecmp(buf, c->council) || strstr(c->council, buf) ||
				      strstr(buf, c->council))))
					continue;
				add_party(c, arr, buf, "partner_council", s, end);
			}
	}
	/* "Cheshire West and Chester Council ("the Partner Council")": a council of any
	 * kind defined as the partner right after its name */
	/* (looked for from "Partner", whose words are few, not "the", whose are many) */
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("Partner"), &end);
	     at != (size_t)-1 && tries++ < 3 * READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("Partner"), &end)) {
		size_t b, ce;
		char buf[128];
		if (at < 4 || !lex_at(c->t, at - 4, at, "the ", NULL))
			continue;
		b = at -= 4;
		while (b > 0 && at - b < 8 &&
		       (c->t[b - 1] == '"' || c->t[b - 1] == '(' || c->t[b - 1] == ' ' ||
		        (unsigned char)c->t[b - 1] >= 0x80))
			b--;
		ce = b;
		if (ce == at || ce < 8 || !memchr(c->t + ce, '(', at - ce))
			continue;
		if (!lex_at(c->t, ce - 7, ce, "Council", NULL)) {
			/* 'the Royal Borough of Greenwich ("the Partner Council")' */
			size_t ps = borough_of(c, ce);
			if (ps != (size_t)-1)
				add_party(c, arr, lex_copy(c->t, ps, ce, buf, sizeof(buf)),
				          "partner_council", ps, ce);
			continue;
		}
		lex_copy(c->t, name_start(c, ce - 7), ce, buf, sizeof(buf));
		if (!(buf[0] >= 'A' && buf[0] <= 'Z') || strchr(buf, ' ') == NULL ||
		    (c->council[0] && (!strcasecmp(buf, c->council) || strstr(c->council, buf) ||
		                       strstr(buf, c->council))))
			continue;
		add_party(c, arr, buf, "partner_council", name_start(c, ce - 7), ce);
	}
	/* the improvement board, by its name */
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("Improvement Board"), &end);
	     at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("Improvement Board"), &end)) {
		size_t s = board_name_start(c, at, false);
		char buf[160];
		lex_copy(c->t, s, end, buf, sizeof(buf));
		add_party(c, arr, buf, "improvement_board", s, end);
		break;
	}
	/* a board named only in lower case ("an improvement board"), when none is named */
	if (lex_search_ph(&c->ix, 0, c->n, LEX_LIT("improvement board"), &end) != (size_t)-1 &&
	    !has_role(arr, "improvement_board")) {
		at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("improvement board"), &end);
		add_party(c, arr, "improvement board", "improvement_board", at, end);
	}
	/* 'chair an Improvement and Transition Board ("the Board")': the board the document
	 * defines as "the Board", when no other is named */
	if (!has_role(arr, "improvement_board") && !has_role(arr, "governance_board") &&
	    (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("Board (\"the Board\")"), &end)) !=
	        (size_t)-1) {
		size_t s = board_name_start(c, at, true), be = at + 5;
		char buf[160];
		while (s < at && lex_at(c->t, s, at, "and ", NULL)) /* not its first word */
			s += 4;
		lex_copy(c->t, s, be, buf, sizeof(buf));
		if (s < at)
			add_party(c, arr, buf, "improvement_board", s, be);
	}
	note_partners(c, arr);
	read_set(rec, "parties", arr);
}
