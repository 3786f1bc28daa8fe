/*
 * oblig_kind.c: the kind of a duty no timing shapes (see oblig_int.h), read from its
 * words: "conditional" when it is done only when asked or when something arises ("from
 * time to time", "on request", "when requested", "when asked", "if at any time the
 * Commissioner considers ...", "any information that the Department asks for", "at such
 * intervals as the Secretary of State may specify", "as soon as reasonably practicable
 * of any serious incident"), "event"
 * for a one-off act ("establish",
 * "appoint", "publish"; "forthwith"), else "standing", kept up.  Moved from oblig.c in
 * session 22 (the "asks for" and "request" rule is that session's; the others are
 * unchanged).  Also which clauses are read for duties at all (the operative part, an
 * adviser's recital, an annex's listed duties), moved from oblig.c in session 24.
 */
#include "../base/compat.h"

#include "oblig_int.h"

static struct lex_phrase event_verbs[] = {
    LEX_PHRASE("appoint"),    LEX_PHRASE("enter into"), LEX_PHRASE("agreed between"),
    LEX_PHRASE("update its"), LEX_PHRASE("agree a"),    LEX_PHRASE("establish"),
    LEX_PHRASE("set up"),     LEX_PHRASE("publish"),    LEX_PHRASE("designate")};
static struct lex_phrase_set event_verb_set = LEX_PHRASE_SET(event_verbs);

/* Words that ask for an act at once, or soon, without a period ("shall forthwith
 * provide", "as soon as reasonably practicable, establish"): a one-off act with no
 * calendar date, which a person should confirm. */
static struct lex_phrase at_once[] = {
    LEX_PHRASE("forthwith"), LEX_PHRASE("as soon as reasonably practicable"),
    LEX_PHRASE("as soon as practicable"), LEX_PHRASE("as soon as possible")};

size_t oblig_at_once_words(const struct read_ctx *c, size_t s, size_t e, size_t *end)
{
	size_t k, at;

	for (k = 0; k < ARRAY_SIZE(at_once); k++)
		if ((at = lex_search_ph(&c->ix, s, e, &at_once[k], end)) != (size_t)-1)
			return at;
	return (size_t)-1;
}

/* "to notify the Commissioner within two working days if the Director ... resigns":
 * a period with no anchor, then the condition it runs from; where "if " starts in
 * t[s, e), *end after it, else (size_t)-1. */
static size_t within_if(const struct read_ctx *c, size_t s, size_t e, size_t *end)
{
	size_t we, w = lex_search_ph(&c->ix, s, e, LEX_LIT("within "), &we), at;

	if (w == (size_t)-1)
		return (size_t)-1;
	at = lex_search_ph(&c->ix, we, e < we + 30 ? e : we + 30, LEX_LIT(" if "), end);
	if (at == (size_t)-1 || memchr(c->t + we, ',', at - we) ||
	    (lex_search_ph(&c->ix, we, at, LEX_LIT("day"), NULL) == (size_t)-1 &&
	     lex_search_ph(&c->ix, we, at, LEX_LIT("days"), NULL) == (size_t)-1 &&
	     lex_search_ph(&c->ix, we, at, LEX_LIT("hours"), NULL) == (size_t)-1 &&
	     lex_search_ph(&c->ix, we, at, LEX_LIT("weeks"), NULL) == (size_t)-1))
		return (size_t)-1;
	return at;
}

/* The condition's words, t[from, ...) to the end of the sentence whose words go on at
 * end (before e), without its closing stop, into cond. */
static void copy_condition(const struct read_ctx *c, size_t from, size_t end, size_t e, char *cond,
                           size_t ncond)
{
	size_t ce = lex_trim_end(c->t, from, lex_sentence_end(c->t, end, e));

	while (ce > from && (c->t[ce - 1] == '.' || c->t[ce - 1] == ';'))
		ce--;
	lex_copy(c->t, from, ce, cond, ncond);
}

const char *oblig_untimed_kind(const struct read_ctx *c, size_t s, size_t e, char *cond,
                               size_t ncond)
{
	size_t k, at, end;
	bool has_if;

	cond[0] = '\0';
	if ((at = lex_search_ph(&c->ix, s, e, LEX_LIT("from time to time"), &end)) != (size_t)-1 ||
	    (at = lex_search_ph(&c->ix, s, e, LEX_LIT(" may request"), &end)) != (size_t)-1) {
		copy_condition(c, at, end, e, cond, ncond);
		return "conditional";
	}
	if (oblig_on_request(c, s, e, cond, ncond))
		return "conditional";
	/* "give the Department any information that the Department asks for", "... any
	 * information that they request": when asked (not "access to any staff ... he asks
	 * for", co-operation kept up) */
	if ((at = lex_search_ph(&c->ix, s, e, LEX_LIT("information "), &end)) != (size_t)-1 &&
	    ((k = lex_search_ph(&c->ix, end, e < end + 50 ? e : end + 50, LEX_LIT(" asks for"),
	                        NULL)) != (size_t)-1 ||
	     (k = lex_search_ph(&c->ix, end, e < end + 50 ? e : end + 50, LEX_LIT(" request"),
	                        NULL)) != (size_t)-1 ||
	     (k = lex_search_ph(&c->ix, end, e < end + 50 ? e : end + 50, LEX_LIT(" requests"),
	                        NULL)) != (size_t)-1) &&
	    !memchr(c->t + end, ',', k - end) &&
	    /* a relative clause: "information that ...", not "such information as she may
	     * reasonably request", what is to be provided */
	    (lex_at(c->t, end, k, "that ", NULL) || lex_at(c->t, end, k, "which ", NULL)) &&
	    /* ("co-operate fully with the Adviser and provide her with such information as
	     * she may reasonably request": co-operation kept up) */
	    lex_search_ph(&c->ix, s, e, LEX_LIT("co-operate"), NULL) == (size_t)-1 &&
	    lex_search_ph(&c->ix, s, e, LEX_LIT("cooperate"), NULL) == (size_t)-1) {
		copy_condition(c, end, end, e, cond, ncond);
		return "conditional";
	}
	/* every cue of the next two (and within_if()'s) holds the word "if": a sentence
	 * without it has none of them */
	has_if = lex_search_ph(&c->ix, s, e, LEX_LIT("if"), NULL) != (size_t)-1;
	/* "Report to the Secretary of State without delay if at any time the Commissioner
	 * considers ...": done when the condition arises */
	if (has_if &&
	    ((at = lex_search_ph(&c->ix, s, e, LEX_LIT("without delay if "), &end)) != (size_t)-1 ||
	     (at = lex_search_ph(&c->ix, s, e, LEX_LIT("immediately if "), &end)) != (size_t)-1 ||
	     (at = lex_search_ph(&c->ix, s, e, LEX_LIT("at once if "), &end)) != (size_t)-1 ||
	     (at = lex_search_ph(&c->ix, s, e, LEX_LIT("forthwith if "), &end)) != (size_t)-1 ||
	     (at = lex_search_ph(&c->ix, s, e, LEX_LIT("promptly if "), &end)) != (size_t)-1 ||
	     (at = lex_search_ph(&c->ix, s, e, LEX_LIT(" if at any time "), &end)) != (size_t)-1 ||
	     /* "report to the Secretary of State at any time if he considers that ..." */
	     (at = lex_search_ph(&c->ix, s, e, LEX_LIT(" at any time if "), &end)) != (size_t)-1 ||
	     (at = within_if(c, s, e, &end)) != (size_t)-1)) {
		copy_condition(c, lex_search_ph(&c->ix, at, end, LEX_LIT("if "), NULL), end, e,
		               cond, ncond);
		return "conditional";
	}
	/* "to provide the Commissioner, if she so requests, with such office
	 * accommodation ...": when asked */
	{
		static struct lex_phrase asked[] = {
		    LEX_PHRASE(" if she so requests"), LEX_PHRASE(" if he so requests"),
		    LEX_PHRASE(" if they so request"), LEX_PHRASE(" if so requested"),
		    LEX_PHRASE(" if requested")};
		for (k = 0; k < ARRAY_SIZE(asked) && has_if; k++)
			if ((at = lex_search_ph(&c->ix, s, e, &asked[k], &end)) != (size_t)-1) {
				lex_copy(c->t, lex_skip_space(c->t, at, end), end, cond, ncond);
				return "conditional";
			}
	}
	/* "give the Commissioner, when requested to do so, such access ...", "give the
	 * Department, when asked, any information it needs ...": when asked */
	{
		static struct lex_phrase when_asked[] = {LEX_PHRASE(" when requested"),
		                                         LEX_PHRASE(" when so requested"),
		                                         LEX_PHRASE(" when asked")};
		for (k = 0; k < ARRAY_SIZE(when_asked); k++)
			if ((at = lex_search_ph(&c->ix, s, e, &when_asked[k], &end)) !=
			    (size_t)-1) {
				lex_copy(c->t, lex_skip_space(c->t, at, end), end, cond, ncond);
				return "conditional";
			}
	}
	/* "provide ... such information ... as the Secretary of State may require, at such
	 * intervals as the Secretary of State may specify": when the one who sets them says */
	if ((at = lex_search_ph(&c->ix, s, e, LEX_LIT("at such intervals as "), &end)) !=
	        (size_t)-1 ||
	    (at = lex_search_ph(&c->ix, s, e, LEX_LIT("at such times as "), &end)) != (size_t)-1) {
		copy_condition(c, at, end, e, cond, ncond);
		return "conditional";
	}
	/* "inform the Commissioner as soon as reasonably practicable of any serious incident
	 * notification it makes to Ofsted": each time one arises */
	if ((at = oblig_at_once_words(c, s, e, &end)) != (size_t)-1 &&
	    lex_at(c->t, lex_skip_space(c->t, end, e), e, "of any ", NULL)) {
		copy_condition(c, at, end, e, cond, ncond);
		return "conditional";
	}
	/* "establish and maintain a Board": kept up, not done once */
	if (lex_search_ph(&c->ix, s, e < s + 80 ? e : s + 80, LEX_LIT("maintain"), NULL) !=
	        (size_t)-1 ||
	    lex_search_ph(&c->ix, s, e < s + 80 ? e : s + 80, LEX_LIT("continue"), NULL) !=
	        (size_t)-1)
		return "standing";
	/* "comply forthwith with any instruction": each compliance at once, a standing duty */
	if (oblig_at_once_words(c, s, e < s + 80 ? e : s + 80, &end) != (size_t)-1 &&
	    lex_search_ph(&c->ix, s, e < s + 80 ? e : s + 80, LEX_LIT("comply"), NULL) ==
	        (size_t)-1 &&
	    lex_search_ph(&c->ix, s, e < s + 80 ? e : s + 80, LEX_LIT("co-operate"), NULL) ==
	        (size_t)-1)
		return "event";
	/* "present the findings of that report to the Board at its first meeting after the
	 * report is submitted", "agree the Council's improvement plan before it is
	 * submitted": done once, when that comes */
	{
		static struct lex_phrase once[] = {
		    LEX_PHRASE("first meeting after"), LEX_PHRASE("first meeting of the"),
		    LEX_PHRASE("before it is submitted"), LEX_PHRASE("before it is sent")};
		if (lex_search_any_ph(&c->ix, s, e, once, ARRAY_SIZE(once)))
			return "event";
	}
	/* "publish a summary of the minutes of each meeting of the Board ... within 5 working
	 * days of the meeting": done for each meeting, kept up */
	if (lex_search_any_set(&c->ix, s, e < s + 80 ? e : s + 80, &event_verb_set) &&
	    lex_search_ph(&c->ix, s, e, LEX_LIT("each meeting"), NULL) == (size_t)-1)
		return "event";
	return "standing";
}

bool oblig_such_as_requested(const struct read_ctx *c, size_t s, size_t e, const char *cond)
{
	size_t v = lex_skip_space(c->t, oblig_bullet_end(c->t, s, e), e), w = v, su, se, k, ae;

	if (strncmp(cond, "may request", 11) && strncmp(cond, "from time to time", 17))
		return false;
	while (w < e && !ch_is_space((unsigned char)c->t[w]))
		w++; /* past the verb */
	/* "such" soon after it, the verb's object ("provide the Secretary of State with such
	 * further information as she may from time to time request"; "ensure that the
	 * Company, once established, gives the Commissioner such information as ...": an
	 * aside between commas), no list ("and") between */
	su = lex_search_ph(&c->ix, w, e < w + 80 ? e : w + 80, LEX_LIT("such "), &se);
	if (su == (size_t)-1 || lex_search_ph(&c->ix, se, e, LEX_LIT(" as "), NULL) == (size_t)-1)
		return false;
	/* (but two who may ask, "give the Adviser and the Department such further
	 * information as they may request", are no list of duties) */
	for (k = lex_search_ph(&c->ix, w, su, LEX_LIT(" and "), &ae); k != (size_t)-1;
	     k = lex_search_ph(&c->ix, ae, su, LEX_LIT(" and "), &ae))
		if (!lex_at(c->t, ae, su, "the ", NULL))
			return false;
	for (k = w; k < su; k++)
		if (c->t[k] == ';')
			return false;
	return lex_search_ph(&c->ix, se, e, LEX_LIT(" request"), NULL) != (size_t)-1;
}

bool oblig_adviser_in_recital(const struct read_ctx *c, const struct clause *cl)
{
	static struct lex_phrase cues[] = {LEX_PHRASE("the adviser will "),
	                                   LEX_PHRASE("the improvement adviser will ")};

	return read_eq(c->kind, "improvement_notice") &&
	       lex_search_any_ph(&c->ix, cl->head.s, cl->head.e, cues, ARRAY_SIZE(cues));
}

bool oblig_in_operative_part(const struct read_ctx *c, const struct clause *cl, bool has_operative)
{
	if (cl->section == SEC_RECITALS)
		return oblig_adviser_in_recital(c, cl);
	/* An annex: its own numbered paragraphs (a schedule of actions, success measures
	 * with dates) and the items of a lead-in that lists duties (terms of reference);
	 * a paragraph that states no duty yields none (unit_obligations). */
	if (cl->section == SEC_ANNEX)
		return cl->parent < 0 || oblig_lead_in_lists_duties(c, &c->clauses->v[cl->parent]);
	if (read_eq(c->kind, "letter"))
		return false;
	if (has_operative)
		return cl->section == SEC_OPERATIVE;
	return true;
}
