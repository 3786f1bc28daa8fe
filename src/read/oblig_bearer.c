/*
 * oblig_bearer.c: who owes a duty, read from the grammar of its sentence (see
 * oblig_int.h).  The agent of the words a timing governs ("quarterly reports
 * provided by the governance board"), but not the agent of a subordinate passive
 * ("a plan, to be agreed by the Commissioner", "the terms of which must be approved
 * by the Secretary of State": the Council still owes the plan); else the subject
 * before the sentence's modal verb ("The Council should", "The Department will",
 * "The Board shall"), or the agent of a passive main verb ("Progress will be
 * reported by the Council"); a second predicate joined by "and shall/will/must"
 * ("The Board shall be chaired by the Adviser and shall meet every six weeks") is
 * the subject's, not the agent's; the object of a main verb that a relative clause
 * times ("maintain an Improvement Board, chaired by ..., which will meet monthly")
 * is the first role no preposition governs; "reports from the Council" names its
 * source, "removed from", "taken from", "withdrawn from the Council" do not.  A predicate joined by
 * "and shall" whose verb holds a continuing duty ("shall chair the board until ..., and shall
 * report every 4 weeks") is a duty of its own.  A list's lead-in names the bearer of
 * its items ("The Commissioner will:", "directs the Council to:").  Whom a duty is
 * owed to or done with (oblig_recipient()): "to X", the object of a verb of giving
 * or telling ("provide the Department with", "advise the Secretary of State
 * whether"), "with X" ("co-operate with the Commissioner"), the board one chairs or
 * sits on, the one whose progress is reviewed; never the bearer.  Roles are
 * words of facts_role_of(); nothing here depends on a council's name.
 */
#include "../base/compat.h"

#include "oblig_int.h"

/* The modals, each with the word it begins with where several forms share it: a
 * span without the word (a space, the word, then no letter or digit, as
 * lex_search() reads it) has none of its forms, so first_modal() looks for the
 * word once, not for each form. */
static struct lex_phrase modal_words[] = {LEX_PHRASE(" will"), LEX_PHRASE(" must"),
                                          LEX_PHRASE(" shall"), LEX_PHRASE(" should")};
enum { WILL, MUST, SHALL, SHOULD }; /* modal_words[] */
static struct {
	struct lex_phrase phrase, *word;
} modals[] = {{LEX_PHRASE(" will "), &modal_words[WILL]},
              {LEX_PHRASE(" must "), &modal_words[MUST]},
              {LEX_PHRASE(" shall "), &modal_words[SHALL]},
              {LEX_PHRASE(" should "), &modal_words[SHOULD]},
              {LEX_PHRASE(" may "), NULL} /* MAY */,
              {LEX_PHRASE(" is required to "), NULL},
              {LEX_PHRASE(" are required to "), NULL},
              {LEX_PHRASE(" is expected to "), NULL},
              /* a lead-in: "The Commissioner will:" */
              {LEX_PHRASE(" will:"), &modal_words[WILL]},
              {LEX_PHRASE(" shall:"), &modal_words[SHALL]},
              {LEX_PHRASE(" must:"), &modal_words[MUST]},
              {LEX_PHRASE(" should:"), &modal_words[SHOULD]},
              /* "The Commissioner must—" (an em or en dash) */
              {LEX_PHRASE(" must\xe2\x80\x94"), &modal_words[MUST]},
              {LEX_PHRASE(" shall\xe2\x80\x94"), &modal_words[SHALL]},
              {LEX_PHRASE(" will\xe2\x80\x94"), &modal_words[WILL]},
              {LEX_PHRASE(" must\xe2\x80\x93"), &modal_words[MUST]},
              {LEX_PHRASE(" shall\xe2\x80\x93"), &modal_words[SHALL]},
              {LEX_PHRASE(" will\xe2\x80\x93"), &modal_words[WILL]},
              /* "The Council shall, by 1st April 2022, enter into ..." */
              {LEX_PHRASE(" shall,"), &modal_words[SHALL]},
              {LEX_PHRASE(" will,"), &modal_words[WILL]},
              {LEX_PHRASE(" must,"), &modal_words[MUST]},
              {LEX_PHRASE(" should,"), &modal_words[SHOULD]}};

/* Does one of the words, spaced (" to ", " and "), begin at t[i] (before e), as
 * lex_at() reads it: a run of white space, the word in any case, then white space?
 * The run is skipped once for them all (the noun phrase scans ask at every byte). */
static bool spaced_word_after(const char *t, size_t i, size_t e, const char *const *words,
                              size_t n);

/* Inline, so that a byte that is no white space, most of them, costs no call. */
static inline bool spaced_word_at(const char *t, size_t i, size_t e, const char *const *words,
                                  size_t n)
{
	return i < e && ch_is_space((unsigned char)t[i]) && spaced_word_after(t, i, e, words, n);
}

/* spaced_word_at() where t[i] is white space. */
static bool spaced_word_after(const char *t, size_t i, size_t e, const char *const *words, size_t n)
{
	size_t k, r = i;

	while (r < e && ch_is_space((unsigned char)t[r]))
		r++;
	for (k = 0; k < n; k++) {
		const char *w = words[k];
		size_t j = r;
		while (*w && j < e && ch_lower((unsigned char)t[j]) == *w)
			j++, w++;
		if (!*w && j < e && ch_is_space((unsigned char)t[j]))
			return true;
	}
	return false;
}

/* The words that end a noun phrase (oblig_role_after()), and those of head_role(). */
static const char *const phrase_ends[] = {"to", "and", "or", "in"};
static const char *const head_ends[] = {"to", "and", "or", "in", "which", "on"};

const char *oblig_role_after(const struct read_ctx *c, size_t s, size_t e, struct lex_phrase *cue,
                             size_t *where)
{
	size_t at, end;

	for (at = lex_search_ph(&c->ix, s, e, cue, &end); at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, e, cue, &end)) {
		size_t stop = end;
		const char *r;
		if (!lex_at(c->t, end, e, "the ", NULL) && !(c->t[end] >= 'A' && c->t[end] <= 'Z'))
			continue;
		while (stop < e && c->t[stop] != ',' && c->t[stop] != ';' && stop - end < 70 &&
		       !spaced_word_at(c->t, stop, e, phrase_ends, ARRAY_SIZE(phrase_ends)))
			stop++;
		r = facts_role_of(c, end, stop);
		if (r) {
			if (where)
				*where = at;
			return r;
		}
	}
	return NULL;
}

/* Is the "by" at t[by] the agent of "be <participle>" ("to be agreed by")? */
static bool subordinate_passive(const struct read_ctx *c, size_t s, size_t by)
{
	size_t we = by, ws, be_e, be_s;

	while (we > s && ch_is_space((unsigned char)c->t[we - 1]))
		we--;
	ws = we;
	while (ws > s && lex_is_word_char((unsigned char)c->t[ws - 1]))
		ws--;
	if (we - ws < 3 || c->t[we - 2] != 'e' || c->t[we - 1] != 'd')
		return false;
	be_e = ws;
	while (be_e > s && ch_is_space((unsigned char)c->t[be_e - 1]))
		be_e--;
	be_s = be_e;
	while (be_s > s && lex_is_word_char((unsigned char)c->t[be_s - 1]))
		be_s--;
	return (be_e - be_s == 2 && lex_at(c->t, be_s, be_e, "be", NULL)) ||
	       (be_e - be_s == 4 && lex_at(c->t, be_s, be_e, "been", NULL));
}

/* Is the word that ends just before t[at] (spaces between) one of words[0, n)? */
static bool word_before_is(const struct read_ctx *c, size_t s, size_t at, const char *const *words,
                           size_t n);

/* Is the "by" at t[by] the agent of "chaired" describing a noun ("to establish, by 5
 * January 2024, an Improvement Board chaired by the Commissioner"), not of a passive
 * predicate ("The Board will be chaired by ...")?  The chair is no agent of the duty. */
static bool chair_of_a_noun(const struct read_ctx *c, size_t s, size_t by)
{
	static const char *const chaired[] = {"chaired"};
	static const char *const be[] = {"be", "been", "is", "are", "was"};
	size_t w = by;

	if (!word_before_is(c, s, by, chaired, ARRAY_SIZE(chaired)))
		return false;
	while (w > s && ch_is_space((unsigned char)c->t[w - 1]))
		w--;
	w -= 7; /* "chaired" */
	return !word_before_is(c, s, w, be, ARRAY_SIZE(be));
}

static bool word_before_is(const struct read_ctx *c, size_t s, size_t at, const char *const *words,
                           size_t n)
{
	size_t we = at, ws, k;

	while (we > s && ch_is_space((unsigned char)c->t[we - 1]))
		we--;
	ws = we;
	while (ws > s && lex_is_word_char((unsigned char)c->t[ws - 1]))
		ws--;
	for (k = 0; k < n; k++)
		if (we - ws == strlen(words[k]) && lex_at(c->t, ws, we, words[k], NULL))
			return true;
	return false;
}

/* Is the "by" at t[by] the agent of an approval ("on terms approved by the Secretary
 * of State", "a plan agreed by the Commissioner")?  Who approves owes nothing here. */
static bool approval_agent(const struct read_ctx *c, size_t s, size_t by)
{
	static const char *const verbs[] = {"approved",  "agreed",   "endorsed", "determined",
	                                    "specified", "directed", "set"};

	return word_before_is(c, s, by, verbs, ARRAY_SIZE(verbs));
}

const char *oblig_agent_after(const struct read_ctx *c, size_t s, size_t e)
{
	size_t from = s, where;
	const char *r;

	while ((r = oblig_role_after(c, from, e, LEX_LIT(" by "), &where)) != NULL) {
		if (!subordinate_passive(c, s, where) && !approval_agent(c, s, where) &&
		    !chair_of_a_noun(c, s, where))
			return r;
		from = where + 4;
	}
	return NULL;
}

static const char *role_here(const struct read_ctx *c, size_t i, size_t e, bool *owner);

const char *oblig_infinitive_subject(const struct read_ctx *c, size_t s, size_t e)
{
	size_t b = lex_skip_space(c->t, s, e), re, w;
	const char *r;

	lex_at(c->t, b, e, "the ", &b);
	if (!(r = facts_role_span(c, b, e, &re)) || !lex_at(c->t, re, e, " to ", &w) ||
	    !(w < e && c->t[w] >= 'a' && c->t[w] <= 'z'))
		return NULL;
	return r;
}

const char *oblig_named_doer(const struct read_ctx *c, size_t s, size_t e)
{
	size_t at, end;

	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT(" by "), &end); at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT(" by "), &end)) {
		bool owner;
		const char *r = role_here(c, end, e, &owner);
		if (r && !owner && !approval_agent(c, s, at))
			return r;
	}
	return NULL;
}

#define MAY 4 /* modals[MAY].phrase is " may " */

/* Is the " may " at t[at, me) the month: "May" in capitals after a day or before a
 * year ("25 May 2016", "May 2016")? */
static bool may_is_month(const struct read_ctx *c, size_t at, size_t me, size_t e)
{
	const char *t = c->t;

	return t[lex_skip_space(t, at, me)] == 'M' &&
	       ((at > 0 && ch_is_digit((unsigned char)t[at - 1])) ||
	        (me < e && ch_is_digit((unsigned char)t[me])));
}

/* oblig_first_modal()'s answer for t[s, e) if it was asked lately, from the memo. */
static bool modal_asked(const struct read_memo *m, size_t s, size_t e, size_t *at, size_t *end)
{
	unsigned k, n = m->nmodal < READ_MEMO ? m->nmodal : READ_MEMO;

	for (k = 0; k < n; k++)
		if (m->modal[k].s == s && m->modal[k].e == e) {
			*at = m->modal[k].at;
			*end = m->modal[k].end;
			return true;
		}
	return false;
}

static size_t first_modal(const struct read_ctx *c, size_t s, size_t e, size_t *end);

size_t oblig_first_modal(const struct read_ctx *c, size_t s, size_t e, size_t *end)
{
	struct read_memo *m = c->memo;
	size_t at, me;

	if (!m || !modal_asked(m, s, e, &at, &me)) {
		at = first_modal(c, s, e, &me);
		if (m) {
			unsigned k = m->nmodal++ % READ_MEMO;
			m->modal[k].s = s;
			m->modal[k].e = e;
			m->modal[k].at = at;
			m->modal[k].end = me;
		}
	}
	if (end)
		*end = me;
	return at;
}

/* The first modal of t[s, e) and its end, looked for.  A modal with its word (" will:")
 * matches only where its word (" will") does, so its search starts at the word's first
 * place in t[s, e) (the same answer: no match of it comes before), and is not made when
 * the word is not there, or its place is past the best found so far (none of it could
 * come first).  The words are looked for first; the modals are then tried in their
 * order, those of an absent word passed over by a mask (bit k: modals[k]). */
static size_t first_modal(const struct read_ctx *c, size_t s, size_t e, size_t *end)
{
	size_t best = (size_t)-1, best_e = 0, j, there[ARRAY_SIZE(modal_words)];
	uint32_t todo = 0;
	static _Atomic uint32_t masks[ARRAY_SIZE(modal_words) + 1]; /* the last: no word */
	static _Atomic int masks_ready;

	_Static_assert(ARRAY_SIZE(modals) <= 32, "a modal a bit");
	if (!atomic_load_explicit(&masks_ready, memory_order_acquire)) {
		for (j = 0; j < ARRAY_SIZE(modals); j++) {
			size_t w = modals[j].word ? (size_t)(modals[j].word - modal_words)
			                          : ARRAY_SIZE(modal_words);
			atomic_fetch_or_explicit(&masks[w], (uint32_t)1 << j, memory_order_relaxed);
		}
		atomic_store_explicit(&masks_ready, 1, memory_order_release);
	}
	/* where each word is first in t[s, e) ((size_t)-1: nowhere) */
	for (j = 0; j < ARRAY_SIZE(modal_words); j++) {
		there[j] = lex_search_ph(&c->ix, s, e, &modal_words[j], NULL);
		if (there[j] != (size_t)-1)
			todo |= atomic_load_explicit(&masks[j], memory_order_relaxed);
	}
	todo |= atomic_load_explicit(&masks[ARRAY_SIZE(modal_words)], memory_order_relaxed);
	for (; todo; todo &= todo - 1) {
		size_t k = (size_t)__builtin_ctz(todo), me, at, from = s, to = best < e ? best : e;
		if (modals[k].word) {
			from = there[modals[k].word - modal_words];
			if (from >= to)
				continue;
		}
		at = lex_search_ph(&c->ix, from, to, &modals[k].phrase, &me);
		/* "published on 25 May 2016": the month, no modal */
		while (at != (size_t)-1 && k == MAY && may_is_month(c, at, me, e))
			at = lex_search_ph(&c->ix, me - 1, best < e ? best : e, &modals[k].phrase,
			                   &me);
		if (at != (size_t)-1 && at < best) {
			best = at;
			best_e = me;
		}
	}
	*end = best_e;
	return best;
}

bool oblig_has_modal(const struct read_ctx *c, size_t s, size_t e)
{
	return oblig_first_modal(c, s, e, NULL) != (size_t)-1;
}

/* The role named at t[i] ("the Council", "Department for Education"), or NULL; *owner
 * says whether its words end in a possessive "'s" ("the Council's", "the Council’s
 * Improvement Board": the Council owns, the board is named).  "Director of Children's
 * Services" is a role whose own words hold an "'s". */
static const char *role_here(const struct read_ctx *c, size_t i, size_t e, bool *owner)
{
	size_t we, re = i;
	const char *r = facts_role_span(c, i, e, &re);

	if (!r && lex_at(c->t, i, e, "the ", &we))
		r = facts_role_span(c, we, e, &re);
	*owner =
	    r && (lex_at(c->t, re, e, "'s", NULL) || lex_at(c->t, re, e, "\xe2\x80\x99s", NULL));
	return r;
}

/* The first role of t[s, e) not governed by "to", "from", "with" (or "by", skip_by)
 * and not a possessor ("the Council's Improvement Board": the board); with owners,
 * the first possessor instead ("Mr X, the Department's project lead, will send": an
 * officer with no role of his own acts for the body whose officer he is). */
static const char *role_in(const struct read_ctx *c, size_t s, size_t e, bool skip_by, bool owners)
{
	size_t i;

	for (i = s; i < e; i++) {
		size_t we;
		const char *r;
		if (i > s && lex_is_word_char((unsigned char)c->t[i - 1]))
			continue;
		if (lex_at(c->t, i, e, "to the ", &we) || lex_at(c->t, i, e, "from the ", &we) ||
		    lex_at(c->t, i, e, "with the ", &we) ||
		    (skip_by && lex_at(c->t, i, e, "by the ", &we))) {
			while (we < e && lex_is_word_char((unsigned char)c->t[we]))
				we++;
			i = we;
			continue;
		}
		bool owner;
		r = role_here(c, i, e, &owner);
		if (r && owner == owners)
			return r;
	}
	return NULL;
}

static const char *free_role(const struct read_ctx *c, size_t s, size_t e, bool skip_by)
{
	return role_in(c, s, e, skip_by, false);
}

const char *oblig_free_role(const struct read_ctx *c, size_t s, size_t e)
{
	return free_role(c, s, e, true);
}

const char *oblig_board_before(const struct read_ctx *c, size_t s, size_t e)
{
	size_t p;

	for (p = e; p > s && e - p < 100; p--) {
		const char *r;
		if (lex_is_word_char((unsigned char)c->t[p - 1]) &&
		    (p - 1 == s || !lex_is_word_char((unsigned char)c->t[p - 2])) &&
		    (r = oblig_free_role(c, p - 1, e)) != NULL &&
		    (!strcmp(r, "improvement_board") || !strcmp(r, "governance_board")))
			return r;
	}
	return NULL;
}

static const char *subject_role(const struct read_ctx *c, size_t s, size_t e);

/* The subject of t[s, e), from the memo when it was asked lately. */
const char *oblig_subject_role(const struct read_ctx *c, size_t s, size_t e)
{
	struct read_memo *m = c->memo;
	unsigned k, n;
	const char *r;

	if (!m)
		return subject_role(c, s, e);
	n = m->nsubject < READ_MEMO ? m->nsubject : READ_MEMO;
	for (k = 0; k < n; k++)
		if (m->subject[k].s == s && m->subject[k].e == e)
			return m->subject[k].role;
	r = subject_role(c, s, e);
	k = m->nsubject++ % READ_MEMO;
	m->subject[k].s = s;
	m->subject[k].e = e;
	m->subject[k].role = r;
	return r;
}

/* "the performance reviews ... that the Department for Education holds under paragraph
 * 7 ... will instead be held every six months": a passive main verb at t[best] (after
 * its modal, "instead" or "now" may come before "be") with no agent "by", whose
 * subject's relative clause names the doer ("that <role> holds"); else NULL. */
static const char *relative_doer(const struct read_ctx *c, size_t s, size_t best, size_t e)
{
	size_t w = best + 1, that, re, v;
	const char *r;

	while (w < e && ch_is_alpha((unsigned char)c->t[w]))
		w++;
	w = lex_skip_space(c->t, w, e);
	if (lex_at(c->t, w, e, "instead ", &v) || lex_at(c->t, w, e, "now ", &v))
		w = v;
	if (!lex_at(c->t, w, e, "be ", NULL) ||
	    (that = lex_search_ph(&c->ix, s, best, LEX_LIT(" that "), &v)) == (size_t)-1)
		return NULL;
	if (lex_at(c->t, v, best, "the ", &w) && (r = facts_role_span(c, w, best, &re)) != NULL)
		;
	else if (!(r = facts_role_span(c, v, best, &re)))
		return NULL;
	/* then its verb, in the present: "holds", "carries out", "conducts" */
	for (v = re + 1; v < best && ch_is_alpha((unsigned char)c->t[v]); v++)
		;
	return re < best && c->t[re] == ' ' && v > re + 2 && c->t[v - 1] == 's' ? r : NULL;
}

static const char *subject_role(const struct read_ctx *c, size_t s, size_t e)
{
	size_t best = oblig_first_modal(c, s, e, NULL), w, we;
	const char *r;

	if (best == (size_t)-1)
		return NULL;
	/* "a final report by 29 September 2023, with his recommendation on whether the
	 * Council's functions should remain with the Council": the modal of a question
	 * reported, no subject of the sentence's (not "Whether or not ..., the Council
	 * shall": a comma between) */
	if ((w = lex_search_ph(&c->ix, s, best, LEX_LIT("whether "), &we)) != (size_t)-1 &&
	    !memchr(c->t + we, ',', best - we))
		return NULL;
	if (best - s > 120)
		return lex_search_ph(&c->ix, best, e, LEX_LIT(" by "), NULL) == (size_t)-1
		           ? relative_doer(c, s, best, e)
		           : NULL;
	/* passive with an agent: "Progress will be reported by the Council" (not "must be
	 * represented at each meeting": the subject's own attendance) */
	size_t pv, mw;
	/* ("The Board must: • be chaired by the Adviser;": a list's first item after the
	 * modal's colon) */
	if ((lex_at(c->t, best, e, " must:", &mw) || lex_at(c->t, best, e, " shall:", &mw) ||
	     lex_at(c->t, best, e, " will:", &mw)) &&
	    lex_at(c->t, lex_skip_space(c->t, oblig_bullet_end(c->t, mw, e), e), e, "be ", &pv) &&
	    !lex_at(c->t, pv, e, "represented ", NULL)) {
		r = oblig_role_after(c, pv, e, LEX_LIT(" by "), NULL);
		if (r)
			return r;
	}
	if ((lex_at(c->t, best, e, " will be ", &pv) || lex_at(c->t, best, e, " must be ", &pv) ||
	     lex_at(c->t, best, e, " should be ", &pv) ||
	     lex_at(c->t, best, e, " shall be ", &pv)) &&
	    !lex_at(c->t, pv, e, "represented ", NULL)) {
		r = oblig_role_after(c, best, e, LEX_LIT(" by "), NULL);
		return r ? r : relative_doer(c, s, best, e);
	}
	/* "... will instead be held ...", "... will now be carried out ..." */
	if (lex_search_ph(&c->ix, best, e, LEX_LIT(" by "), NULL) == (size_t)-1 &&
	    (r = relative_doer(c, s, best, e)) != NULL)
		return r;
	/* "For the purposes of the direction to be issued to X Council, the Commissioner
	 * will:": after an opening phrase, the subject is the role right before the verb
	 * (not when a role opens the sentence: "the Council, the Partner and the
	 * Commissioner shall ...") */
	{
		size_t k = best;
		bool owner;
		while (k > s && best - k < 60 && c->t[k - 1] != ',')
			k--;
		if (k > s && c->t[k - 1] == ',' &&
		    !role_here(c, lex_skip_space(c->t, s, k), k, &owner) &&
		    (r = free_role(c, k, best, false)) != NULL)
			return r;
	}
	/* the first role not governed by "to", "from" or "with"; else the body whose
	 * officer the subject is, named in apposition ("Mr X, the Department's project
	 * lead,"; not "The Commissioner's appointment will run until ...": a thing's) */
	if ((r = free_role(c, s, best, false)) != NULL)
		return r;
	{
		const char *comma = memchr(c->t + s, ',', best - s);
		return comma ? role_in(c, (size_t)(comma - c->t) + 1, best, false, true) : NULL;
	}
}

/* How many words t[s, e) holds (five at most: the count stops there). */
static int words_in(const char *t, size_t s, size_t e)
{
	int n = 0;
	size_t i;

	for (i = s; i < e && n < 5; i++)
		if (lex_is_word_char((unsigned char)t[i]) &&
		    (i == s || !lex_is_word_char((unsigned char)t[i - 1])))
			n++;
	return n;
}

const char *oblig_lead_in_bearer(const struct read_ctx *c, size_t s, size_t e)
{
	const char *r;
	size_t de;

	/* "The Secretary of State directs the Partner Council:" */
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("directs the "), &de) != (size_t)-1 &&
	    (r = facts_role_span(c, de, e, NULL)) != NULL)
		return r;
	if (lex_search_ph(&c->ix, s, e, LEX_LIT("directs the council"), NULL) != (size_t)-1)
		return "council";
	if (lex_trim_end(c->t, s, e) == s) /* "7(1)": a paragraph with no words of its own */
		return NULL;
	size_t last = lex_sentence_start(c->t, s, lex_trim_end(c->t, s, e) - 1);
	r = oblig_subject_role(c, last, e);
	/* "The Commissioner will carry out the functions in the first column of the table
	 * below, ...⏎⏎Function      Timescale": a table's header line, no sentence, after
	 * the one that says who */
	if (!r && last > s && words_in(c->t, last, e) <= 4 && !oblig_has_modal(c, last, e)) {
		size_t pe = lex_trim_end(c->t, s, last);
		if (pe > s && (c->t[pe - 1] == '.' || c->t[pe - 1] == ':'))
			r = oblig_subject_role(c, lex_sentence_start(c->t, s, pe - 1), pe);
	}
	if (!r &&
	    lex_search_ph(&c->ix, s, e, LEX_LIT("the commissioner shall"), NULL) != (size_t)-1)
		r = "commissioner";
	/* a remit: "The Commissioner is appointed to:", "The Adviser has been asked to:" */
	if (!r) {
		size_t at = lex_search_ph(&c->ix, s, e, LEX_LIT(" appointed to:"), NULL);
		if (at == (size_t)-1)
			at = lex_search_ph(&c->ix, s, e, LEX_LIT(" asked to:"), NULL);
		/* "Following the Ofsted inspection, the Council is required to:" */
		if (at == (size_t)-1)
			at = lex_search_ph(&c->ix, s, e, LEX_LIT(" is required to:"), NULL);
		if (at == (size_t)-1)
			at = lex_search_ph(&c->ix, s, e, LEX_LIT(" are required to:"), NULL);
		if (at != (size_t)-1) {
			/* (the subject after an opening clause's comma, not "Following the
			 * Ofsted inspection") */
			size_t ls = lex_sentence_start(c->t, s, at), cs = at;
			while (cs > ls && c->t[cs - 1] != ',')
				cs--;
			r = oblig_free_role(c, cs > ls ? cs : ls, at);
		}
	}
	return r;
}

const char *oblig_clause_bearer(const struct read_ctx *c, const struct clause *p)
{
	/* the clause's index in the list (a clause from elsewhere is not kept) */
	uintptr_t off = (uintptr_t)p - (uintptr_t)c->clauses->v;
	size_t i = (size_t)(off / sizeof(*p));
	struct read_memo *m = c->memo;

	if (!m || off % sizeof(*p) || i >= c->clauses->n)
		return oblig_lead_in_bearer(c, p->head.s, p->head.e);
	if (m->bearer[i % READ_MEMO_CLAUSES].i != i + 1) {
		m->bearer[i % READ_MEMO_CLAUSES].role =
		    oblig_lead_in_bearer(c, p->head.s, p->head.e);
		m->bearer[i % READ_MEMO_CLAUSES].i = i + 1;
	}
	return m->bearer[i % READ_MEMO_CLAUSES].role;
}

const char *oblig_coordinate_subject(const struct read_ctx *c, size_t s, size_t at)
{
	static struct lex_phrase joins[] = {LEX_PHRASE(" and shall "), LEX_PHRASE(" and will "),
	                                    LEX_PHRASE(" and must "), LEX_PHRASE(" and should ")};
	size_t me, k, m = oblig_first_modal(c, s, at, &me);

	if (m == (size_t)-1)
		return NULL;
	for (k = 0; k < ARRAY_SIZE(joins); k++)
		if (lex_search_ph(&c->ix, me, at, &joins[k], NULL) != (size_t)-1)
			return free_role(c, s, m, true);
	return NULL;
}

const char *oblig_meeting_between(const struct read_ctx *c, size_t s, size_t e, size_t *where)
{
	static struct lex_phrase meetings[] = {
	    LEX_PHRASE("meet"),         LEX_PHRASE("meets"),      LEX_PHRASE("meeting"),
	    LEX_PHRASE("meetings"),     LEX_PHRASE("discussion"), LEX_PHRASE("discussions"),
	    LEX_PHRASE("review"),       LEX_PHRASE("reviews"),    LEX_PHRASE("conversation"),
	    LEX_PHRASE("conversations")};
	size_t at, k, from;
	const char *r = oblig_role_after(c, s, e, LEX_LIT("between "), &at);

	if (!r)
		return NULL;
	/* a word of meeting in the sentence, at most 60 bytes before: "the arrangements
	 * between the Council and the Partner Council" names no one who meets */
	from = lex_sentence_start(c->t, 0, at);
	if (at > from + 60)
		from = at - 60;
	for (k = 0; k < ARRAY_SIZE(meetings); k++)
		if (lex_search_ph(&c->ix, from, at, &meetings[k], NULL) != (size_t)-1)
			break;
	if (k == ARRAY_SIZE(meetings))
		return NULL;
	if (where)
		*where = at;
	return r;
}

static const char *head_role(const struct read_ctx *c, size_t s, size_t e);

const char *oblig_pronoun_subject(const struct read_ctx *c, size_t lo, size_t s, size_t se)
{
	size_t me, ps;

	if (!lex_at(c->t, s, se, "she ", NULL) && !lex_at(c->t, s, se, "he ", NULL))
		return NULL;
	if (oblig_first_modal(c, s, se, &me) == (size_t)-1 || me > s + 12 || s <= lo)
		return NULL;
	ps = lex_sentence_start(c->t, lo, s - 1);
	return oblig_role_after(c, ps, s, LEX_LIT(" as "), NULL);
}

const char *oblig_report_to(const struct read_ctx *c, size_t s, size_t e, size_t *at, size_t *ps)
{
	/* the last two with a modal of their own: "..., and shall report on the delivery
	 * of that plan to each meeting of the Improvement Board" */
	static struct lex_phrase joins[] = {
	    LEX_PHRASE(" and report to "), LEX_PHRASE(", and report to "),
	    LEX_PHRASE(" and shall report "), LEX_PHRASE(" and will report ")};
	size_t k, end, te;
	const char *r;

	for (k = 0; k < ARRAY_SIZE(joins); k++) {
		if ((*at = lex_search_ph(&c->ix, s, e, &joins[k], &end)) == (size_t)-1)
			continue;
		*ps = *at + (c->t[*at] == ',' ? 6 : 5);
		if (k >= 2) { /* "to" within the predicate's first words, before any comma */
			/* from the join's last space: "and will report to the Department" */
			size_t ts = lex_search_ph(&c->ix, end - 1, e < end + 80 ? e : end + 80,
			                          LEX_LIT(" to "), &te);
			if (ts == (size_t)-1 || (ts > end && memchr(c->t + end, ',', ts - end)))
				continue;
			end = te;
		}
		/* "report to each meeting of the Board": the Board's */
		if ((r = oblig_role_after(c, end - 4, e, LEX_LIT(" to "), NULL)) != NULL ||
		    (r = head_role(c, end, e < end + 120 ? e : end + 120)) != NULL)
			return r;
	}
	return NULL;
}

const char *oblig_given_to(const struct read_ctx *c, size_t s, size_t e, size_t *at, size_t *ps)
{
	static struct lex_phrase joins[] = {
	    LEX_PHRASE(" and shall provide "), LEX_PHRASE(" and will provide "),
	    LEX_PHRASE(" and shall send "),    LEX_PHRASE(" and will send "),
	    LEX_PHRASE(", and provide "),      LEX_PHRASE(", and send ")};
	size_t k, end;
	const char *r;

	for (k = 0; k < ARRAY_SIZE(joins); k++) {
		if ((*at = lex_search_ph(&c->ix, s, e, &joins[k], &end)) == (size_t)-1)
			continue;
		*ps = *at + (c->t[*at] == ',' ? 6 : 5);
		if ((r = head_role(c, end, e < end + 40 ? e : end + 40)) != NULL)
			return r;
	}
	return NULL;
}

const char *oblig_source_after(const struct read_ctx *c, size_t s, size_t e)
{
	size_t from = s, where;
	const char *r;

	while ((r = oblig_role_after(c, from, e, LEX_LIT(" from "), &where)) != NULL) {
		size_t we = where;
		char a, b;
		while (we > s && ch_is_space((unsigned char)c->t[we - 1]))
			we--;
		a = we >= s + 3 ? c->t[we - 2] : 0;
		b = we >= s + 3 ? c->t[we - 1] : 0;
		/* a participle: "removed", "transferred", and the strong ones in -en, -wn
		 * ("taken from", "withdrawn from") */
		if (!((a == 'e' && b == 'd') || (a == 'e' && b == 'n') || (a == 'w' && b == 'n')))
			return r;
		from = where + 6;
	}
	return NULL;
}

/* The role a noun phrase at t[s, e) is headed by: the first role named in it that
 * is not a possessor ("the Council's Improvement Board" is the board), up to a comma,
 * a semicolon, a bracket or a relative; "each meeting of the Board" is the Board's.
 * NULL when it names no role. */
static const char *head_role(const struct read_ctx *c, size_t s, size_t e)
{
	static const char *const meetings[] = {"each meeting of ", "every meeting of ",
	                                       "meetings of ", "the meetings of "};
	size_t k, i, stop, we;

	s = lex_skip_space(c->t, s, e);
	for (k = 0; k < ARRAY_SIZE(meetings); k++)
		if (lex_at(c->t, s, e, meetings[k], &we)) {
			s = we;
			break;
		}
	if (!lex_at(c->t, s, e, "the ", NULL) && !(c->t[s] >= 'A' && c->t[s] <= 'Z'))
		return NULL;
	for (stop = s; stop < e && stop - s < 80; stop++) {
		char ch = c->t[stop];
		if (ch == ',' || ch == ';' || ch == '(' || ch == ':' ||
		    spaced_word_at(c->t, stop, e, head_ends, ARRAY_SIZE(head_ends)))
			break;
	}
	for (i = s; i < stop; i++) {
		const char *r;
		size_t end;
		if (i > s && lex_is_word_char((unsigned char)c->t[i - 1]))
			continue;
		if ((r = facts_role_span(c, i, stop, &end)) == NULL)
			continue;
		if (!lex_at(c->t, end, stop, "'s", NULL) &&
		    !lex_at(c->t, end, stop, "\xe2\x80\x99s", NULL))
			return r;
		i = end;
	}
	return NULL;
}

const char *oblig_object_recipient(const struct read_ctx *c, size_t s, size_t e)
{
	static struct lex_phrase verbs[] = {
	    LEX_PHRASE("provide "), LEX_PHRASE("give "), LEX_PHRASE("send "), LEX_PHRASE("advise "),
	    LEX_PHRASE("inform "), LEX_PHRASE("notify "), LEX_PHRASE("update "),
	    LEX_PHRASE("brief "), LEX_PHRASE("meet "), LEX_PHRASE("supply "),
	    /* "pay the Partner Council the costs ...": the payee */
	    LEX_PHRASE("pay ")};
	static struct lex_phrase_set verb_set = LEX_PHRASE_SET(verbs);
	size_t k, best = (size_t)-1;
	const char *r = NULL;

	if (!lex_search_any_set(&c->ix, s, e, &verb_set))
		return NULL; /* (most sentences: the verbs asked of the focus at once) */
	for (k = 0; k < ARRAY_SIZE(verbs); k++) {
		size_t at, end;
		const char *x;
		bool owner;
		for (at = lex_search_ph(&c->ix, s, best < e ? best : e, &verbs[k], &end);
		     at != (size_t)-1;
		     at = lex_search_ph(&c->ix, end, best < e ? best : e, &verbs[k], &end)) {
			if (at > s && lex_is_word_char((unsigned char)c->t[at - 1]))
				continue;
			end = lex_skip_space(c->t, end, e);
			x = role_here(c, end, e, &owner);
			if (!x || owner)
				x = head_role(c, end, e); /* "the Council's Improvement Board" */
			if (x) {
				best = at;
				r = x;
				break;
			}
		}
	}
	return r;
}

/* Verbs of a continuing duty: an office held or conduct kept up, never the means to
 * another duty. */
static const char *const continuing[] = {"chair ",  "maintain ",   "keep ",      "continue ",
                                         "attend ", "co-operate ", "cooperate ", "comply ",
                                         "ensure ", "support ",    "oversee ",   "sit on "};

/* "will continue to be chaired by the Improvement Adviser": a passive, the agent's duty
 * (the chair's, read as such), not the subject's. */
static bool passive_continued(const struct read_ctx *c, size_t vs, size_t se)
{
	size_t w, we;

	if (!lex_at(c->t, vs, se, "continue to be ", &w))
		return false;
	for (we = w; we < se && lex_is_word_char((unsigned char)c->t[we]); we++)
		;
	return we >= w + 3 && c->t[we - 2] == 'e' && c->t[we - 1] == 'd' &&
	       lex_at(c->t, we, se, " by ", NULL);
}

bool oblig_joined_standing(const struct read_ctx *c, size_t s, size_t se, const struct timing *tm,
                           size_t nt, size_t *ps, size_t *pe)
{
	static struct lex_phrase joins[] = {LEX_PHRASE(" and shall "), LEX_PHRASE(" and will "),
	                                    LEX_PHRASE(" and must "), LEX_PHRASE(" and should "),
	                                    LEX_PHRASE(" and shall,"), LEX_PHRASE(" and will,"),
	                                    /* "The Adviser will chair the Board, will meet
	                                     * ... every month and will report ..." */
	                                    LEX_PHRASE(", will "), LEX_PHRASE(", shall "),
	                                    /* "shall cooperate with X, ..., and within three
	                                     * months of the date of this Direction shall
	                                     * enter into ..." */
	                                    LEX_PHRASE(", and within "),
	                                    /* "(b) continue to hold its Board ..., and ensure
	                                     * that the Board meets every four weeks" */
	                                    LEX_PHRASE(", and ensure ")};
	size_t me, m = oblig_first_modal(c, s, se, &me), cuts[9], ncut = 0, k, i;

	/* (an item that opens with its verb: its predicates from there, whatever modal a
	 * relative clause holds: "..., which the Adviser will chair, and ensure ...") */
	if (oblig_starts_with_duty(c, s, se))
		me = lex_skip_space(c->t, oblig_bullet_end(c->t, s, se), se);
	else if (m == (size_t)-1)
		return false;
	cuts[ncut++] = me; /* each predicate from its verb */
	for (k = 0; k < ARRAY_SIZE(joins); k++) {
		size_t at, end;
		for (at = lex_search_ph(&c->ix, me, se, &joins[k], &end);
		     at != (size_t)-1 && ncut < 8;
		     at = lex_search_ph(&c->ix, end, se, &joins[k], &end))
			/* (", and within ...", ", and ensure ...": the next predicate opens with
			 * its timing, or is its verb) */
			cuts[ncut++] = k >= ARRAY_SIZE(joins) - 2 ? at + 6 : end;
	}
	if (ncut < 2)
		return false;
	for (i = 1; i < ncut; i++) /* insertion sort: a handful */
		for (k = i; k > 0 && cuts[k - 1] > cuts[k]; k--) {
			size_t x = cuts[k];
			cuts[k] = cuts[k - 1];
			cuts[k - 1] = x;
		}
	cuts[ncut] = se;
	for (i = 0; i < ncut; i++) {
		size_t vs = lex_skip_space(c->t, cuts[i], se), ve = cuts[i + 1], j;
		bool timed = false, verb = false;
		if (i + 1 < ncut) /* end before the joint: "..., and shall", "..., will" */
			while (ve > vs && !lex_at(c->t, ve, se, " and ", NULL) &&
			       !lex_at(c->t, ve, se, ", will ", NULL) &&
			       !lex_at(c->t, ve, se, ", shall ", NULL))
				ve--;
		for (j = 0; j < nt; j++)
			if (tm[j].s >= cuts[i] && tm[j].s < cuts[i + 1])
				timed = true;
		for (j = 0; j < ARRAY_SIZE(continuing) && !verb; j++)
			verb = lex_at(c->t, vs, se, continuing[j], NULL);
		if (timed || !verb || ve <= vs || passive_continued(c, vs, se))
			continue;
		while (ve > vs && (c->t[ve - 1] == ',' || ch_is_space((unsigned char)c->t[ve - 1])))
			ve--;
		*ps = i == 0 ? s : vs;
		*pe = ve;
		return true;
	}
	return false;
}

/* Words before "with" that do not name a party to the duty: "in accordance with the
 * Council's plan", "in line with", "together with the Commissioner, the Council
 * shall". */
static bool idle_with(const struct read_ctx *c, size_t s, size_t at)
{
	static const char *const idle[] = {"accordance", "line",  "consistent", "compliance",
	                                   "together",   "along", "conjunction"};

	return word_before_is(c, s, at, idle, ARRAY_SIZE(idle));
}

/* Verbs whose object is the one the duty is done for or with: the board a person
 * chairs, sits on or attends (the phrase's head), the one whose progress a review is
 * of ("review the Council's progress", "performance reviews of the Council": the
 * first role named). */
static const char *object_party(const struct read_ctx *c, size_t s, size_t e)
{
	static struct {
		struct lex_phrase verb;
		bool head;
	} verbs[] = {{LEX_PHRASE("chair "), true},       {LEX_PHRASE("sit on "), true},
	             {LEX_PHRASE("attend "), true},      {LEX_PHRASE("review "), false},
	             {LEX_PHRASE("reviews of "), false}, {LEX_PHRASE("review of "), false}};
	size_t k, at, end;

	for (k = 0; k < ARRAY_SIZE(verbs); k++)
		for (at = lex_search_ph(&c->ix, s, e, &verbs[k].verb, &end); at != (size_t)-1;
		     at = lex_search_ph(&c->ix, end, e, &verbs[k].verb, &end)) {
			const char *r;
			size_t we;
			if (at > s && lex_is_word_char((unsigned char)c->t[at - 1]))
				continue;
			if (verbs[k].head)
				r = head_role(c, end, e);
			else
				r = lex_at(c->t, end, e, "the ", &we) ? facts_role_at(c, we, e)
				                                      : NULL;
			if (r)
				return r;
		}
	return NULL;
}

/* r unless it is the bearer (no one owes a duty to themselves). */
static const char *other(const char *r, const char *bearer)
{
	return r && bearer && !strcmp(r, bearer) ? NULL : r;
}

const char *oblig_recipient(const struct read_ctx *c, size_t s, size_t e, const char *bearer)
{
	const char *r;
	size_t at, end;

	if ((r = other(oblig_role_after(c, s, e, LEX_LIT(" to "), NULL), bearer)) ||
	    (r = other(oblig_role_after(c, s, e, LEX_LIT(" to each meeting of "), NULL), bearer)) ||
	    (r = other(oblig_role_after(c, s, e, LEX_LIT(" to every meeting of "), NULL),
	               bearer)) ||
	    (r = other(oblig_object_recipient(c, s, e), bearer)))
		return r;
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT(" with "), &end); at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT(" with "), &end))
		if (!idle_with(c, s, at) && (r = other(head_role(c, end, e), bearer)))
			return r;
	return other(object_party(c, s, e), bearer);
}

/* "5.2 Establish an Improvement Board by 31 January 2012. The Board must: • be chaired
 * ...; • include ...; and • meet at least once a month.": a bulleted predicate after a
 * "<role> must:" lead-in earlier in its unit t[ps, s) is that role's; NULL if none. */
const char *oblig_colon_lead_subject(const struct read_ctx *c, size_t ps, size_t s)
{
	static const char *const lead_modals[] = {" must", " shall", " will", " should"};
	size_t k, m, lo = s > ps + 300 ? s - 300 : ps;

	for (k = s; k > lo; k--)
		if (c->t[k - 1] == ':')
			break;
	if (k == lo)
		return NULL;
	k--;
	for (m = 0; m < ARRAY_SIZE(lead_modals); m++) {
		size_t n = strlen(lead_modals[m]);
		if (k >= ps + n && lex_at(c->t, k - n, k, lead_modals[m], NULL))
			return oblig_subject_role(c, lex_sentence_start(c->t, ps, k), k + 1);
	}
	return NULL;
}
