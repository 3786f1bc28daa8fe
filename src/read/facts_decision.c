/*
 * facts_decision.c: the decision a letter tells of (see facts.h): "I am minded to agree
 * ...", "I have decided not to issue a statutory direction", "I am therefore revoking the
 * direction", and, in an official's letter, "the Minister has agreed that the notice
 * should remain in place" (the sentence's subject the Minister or the Secretary of State,
 * after any opening clause); a decision of the letter's date.  Split from facts_events.c
 * in session 24; the rules are unchanged.
 */
#include "../base/compat.h"

#include "facts.h"
#include "facts_int.h"

/* "The Minister has considered the 2022 report ... and has agreed that the Council no
 * longer needs ...": an official's letter telling of the Minister's decision (the
 * sentence opens with the Minister or the Secretary of State).  Where "has agreed that"
 * starts, *end after it, or (size_t)-1. */
static size_t minister_agreed(const struct read_ctx *c, size_t *end)
{
	/* ("The Minister for Children and Families has therefore agreed with my
	 * recommendation that the statutory direction should remain in place") */
	static struct lex_phrase agreed[] = {LEX_PHRASE("has agreed that"),
	                                     LEX_PHRASE("has therefore agreed"),
	                                     LEX_PHRASE("has agreed with my")};
	size_t at, q;
	int tries = 0;

	for (q = 0; q < ARRAY_SIZE(agreed); q++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &agreed[q], end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, *end, c->n, &agreed[q], end)) {
			size_t ss = lex_skip_space(c->t, lex_sentence_start(c->t, 0, at), at), cs;
			if (lex_at(c->t, ss, at, "The Minister ", NULL) ||
			    lex_at(c->t, ss, at, "The Secretary of State ", NULL))
				return at;
			/* "Having considered his advice ..., the Minister for Children and
			 * Families has agreed that the improvement notice will remain in place":
			 * the subject after the opening clause's comma */
			for (cs = at; cs > ss && c->t[cs - 1] != ','; cs--)
				;
			cs = lex_skip_space(c->t, cs, at);
			if (cs > ss && (lex_at(c->t, cs, at, "the Minister ", NULL) ||
			                lex_at(c->t, cs, at, "the Secretary of State ", NULL)))
				return at;
		}
	return (size_t)-1;
}

void facts_letter_decision(struct read_ctx *c, rec_t *events)
{
	/* a letter's decision: "I am minded to agree ...", "I have decided not to issue a
	 * statutory direction", "I have concluded that the Council should remain ...", and
	 * in an official's letter "the Minister has agreed that the notice should remain" */
	if (c->has_date) {
		static const char *const decided[] = {
		    "minded to", "i have decided", "i have concluded", "i have now decided",
		    /* "I have agreed that the Council no
		     * longer needs ... intervention" */
		    "i have agreed that", "the minister has agreed", "the minister has decided",
		    "the minister has therefore agreed",
		    /* "Ms X's final report ... recommends that ... I have accepted that
		     * recommendation." */
		    "i have accepted that recommendation", "i have accepted the recommendation",
		    "the secretary of state has agreed", "the secretary of state has decided",
		    /* "I am therefore revoking the direction with effect from ..." */
		    "i am therefore revoking", "i am revoking"};
		size_t at = (size_t)-1, end, q;
		for (q = 0; q < ARRAY_SIZE(decided) && at == (size_t)-1; q++)
			if (q == 0 || read_eq(c->kind, "letter"))
				at = lex_search(&c->ix, 0, c->n, decided[q], &end);
		/* "I have accepted that recommendation and have decided that ...", "I have
		 * therefore decided to end ...": the writer's decision in a sentence whose
		 * subject is "I" */
		if (at == (size_t)-1 && read_eq(c->kind, "letter"))
			at = minister_agreed(c, &end);
		if (at == (size_t)-1 && read_eq(c->kind, "letter")) {
			static struct lex_phrase have[] = {LEX_PHRASE("have decided"),
			                                   LEX_PHRASE("have therefore decided")};
			int tries = 0;
			for (q = 0; q < ARRAY_SIZE(have) && at == (size_t)-1; q++)
				for (at = lex_search_ph(&c->ix, 0, c->n, &have[q], &end);
				     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
				     at = lex_search_ph(&c->ix, end, c->n, &have[q], &end))
					if (lex_at(c->t,
					           lex_skip_space(
					               c->t, lex_sentence_start(c->t, 0, at), at),
					           at, "I ", NULL))
						break;
		}
		if (at != (size_t)-1) {
			size_t ss = lex_sentence_start(c->t, 0, at),
			       se = lex_sentence_end(c->t, end, c->n);
			facts_add_day_event(c, events, "decision", c->date, ss, se);
		}
	}
}
