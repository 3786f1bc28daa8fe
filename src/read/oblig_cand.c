/*
 * oblig_cand.c: candidate duties a sentence holds besides the ones its timings make
 * (see oblig_int.h, struct cand): a board's chair ("chaired by the Commissioner"), a
 * clause joined by "and" with a subject of its own, a second predicate after the last
 * timing that receives a report, reports to a body, gives something to one or holds a
 * condition, and a run-on sentence's joined clauses that have no time of their own.
 * Split from oblig.c in session 15; the last two rules are session 24's.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "lex.h"
#include "oblig_int.h"

/* Candidate *k (counted in *nc): a predicate of its own, t[ps, se) less its closing
 * '.' or ';', role's duty of kind to `to` (NULL: read from the words). */
static void own_predicate(const struct read_ctx *c, size_t ps, size_t se, const char *role,
                          const char *to, const char *kind, struct cand *k, size_t *nc)
{
	k->s = ps;
	k->e = lex_trim_end(c->t, ps, se);
	/* '."' ends the words an amendment inserts */
	while (k->e > k->s &&
	       (c->t[k->e - 1] == '.' || c->t[k->e - 1] == ';' || c->t[k->e - 1] == '"'))
		k->e--;
	k->role = role;
	k->to = to;
	k->kind = kind;
	k->own = true;
	(*nc)++;
}

/* A board "chaired by" someone gives its chair a standing duty, whether the board is
 * the sentence's subject ("The Council's Improvement Board, chaired by the Improvement
 * Adviser, shall meet ...", "The Board shall be chaired by the Improvement Adviser") or
 * the object of its verb ("establish and maintain an Improvement Board, chaired by the
 * Adviser, which will meet ...", "The Council will maintain an Improvement Board, chaired
 * by ...").  Either way the chair is an actor the instrument gives a part to. */
void oblig_chair_duty(const struct read_ctx *c, size_t s, size_t se, struct cand *cand, size_t *nc,
                      size_t max)
{
	size_t at, end, me, m, stop;
	const char *subj = NULL, *chair;
	bool object_relative = false; /* ", which the Improvement Adviser will chair" */

	static struct lex_phrase chairs[] = {
	    LEX_PHRASE("chaired by "), LEX_PHRASE(" will chair"), LEX_PHRASE(" shall chair"),
	    LEX_PHRASE(" shall continue to chair"), LEX_PHRASE(" will continue to chair")};
	static struct lex_phrase_set chair_set = LEX_PHRASE_SET(chairs);

	/* (most sentences have none of the words below: one question for them all) */
	if (*nc >= max || !lex_search_any_set(&c->ix, s, se, &chair_set))
		return;
	if ((at = lex_search_ph(&c->ix, s, se, &chairs[0], &end)) == (size_t)-1) {
		size_t ce, cv = lex_search_ph(&c->ix, s, se, &chairs[1], &ce);
		if (cv == (size_t)-1)
			cv = lex_search_ph(&c->ix, s, se, &chairs[2], &ce);
		if (cv == (size_t)-1) /* ", which the Commissioner shall continue to chair" */
			cv = lex_search_ph(&c->ix, s, se, &chairs[3], &ce);
		if (cv == (size_t)-1)
			cv = lex_search_ph(&c->ix, s, se, &chairs[4], &ce);
		if (cv == (size_t)-1 || cv < s + 8 ||
		    (at = lex_search_ph(&c->ix, cv > s + 60 ? cv - 60 : s, cv, LEX_LIT(", which "),
		                        &end)) == (size_t)-1)
			return;
		object_relative = true;
		end = ce;
	}
	m = oblig_starts_with_duty(c, s, se) ? s : oblig_first_modal(c, s, se, &me);
	if (m == (size_t)-1)
		return;
	if (m == s) { /* a verb-first item: its object, a board named last before */
		subj = oblig_board_before(c, s, at);
		if (!subj)
			subj = oblig_free_role(c, s, at);
	} else if (m < at) { /* the modal's object, else its subject */
		subj = oblig_free_role(c, me, at);
	}
	if (!subj)
		subj = oblig_free_role(c, s, m < at ? m : at);
	if (!subj || (strcmp(subj, "improvement_board") && strcmp(subj, "governance_board")))
		return;
	chair = object_relative ? oblig_role_after(c, at, end, LEX_LIT("which "), NULL)
	                        : oblig_role_after(c, at, se, LEX_LIT(" by "), NULL);
	if (!chair || !strcmp(chair, subj))
		return;
	if (object_relative)
		at += 2; /* the words from "which" */
	for (stop = end; stop < se && c->t[stop] != ',' && !lex_at(c->t, stop, se, " and ", NULL);
	     stop++)
		;
	stop = lex_trim_end(c->t, at, stop);
	while (stop > end && (c->t[stop - 1] == '.' || c->t[stop - 1] == ';'))
		stop--;
	cand[*nc].s = at;
	cand[*nc].e = stop;
	cand[*nc].role = chair;
	cand[*nc].to = subj; /* the board chaired */
	cand[(*nc)++].kind = "standing";
}

/* "The Department for Education shall review the Council's progress six-monthly, and
 * the Council shall attend each review": a clause joined by "and" with a subject and
 * modal of its own, after the sentence's timings (nt of them, maybe none) and untimed,
 * is its subject's duty (a candidate, *k; *nc counts it). */
/* Is the "it" at t[it] the subject of a reported question or clause ("advise the
 * Council on how it should be strengthened", "whether it should"), not of the
 * sentence's own predicate? */
static bool subordinate_it(const struct read_ctx *c, size_t s, size_t it)
{
	static const char *const words[] = {"how ", "whether ", "that ", "if ", "why ", "what "};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(words); k++) {
		size_t n = strlen(words[k]);
		if (it >= s + n && lex_at(c->t, it - n, it, words[k], NULL))
			return true;
	}
	return false;
}

void oblig_coordinated_duty(const struct read_ctx *c, size_t s, size_t se, const struct timing *tm,
                            size_t nt, const char *subj, struct cand *k, size_t *nc)
{
	static const char *const joins[] = {", and ", "; and "};
	size_t j, at, end, me;
	const char *role;

	for (j = 0; j < ARRAY_SIZE(joins); j++) {
		at = lex_search(&c->ix, s, se, joins[j], &end);
		if (at == (size_t)-1 || (nt && at < tm[nt - 1].e))
			continue;
		size_t m = oblig_first_modal(c, end, se, &me);
		/* not ", and to provide such assistance as the Commissioner may require":
		 * an infinitive goes on with the first subject's duty, and "may" binds no one */
		if (m == (size_t)-1 || me > end + 80 || lex_at(c->t, end, se, "to ", NULL) ||
		    lex_at(c->t, lex_skip_space(c->t, m, se), se, "may ", NULL))
			continue;
		/* "..., and from the transfer date it shall secure that ...": the subject's
		 * own further duty, the pronoun right before the modal */
		if (subj && m >= end + 2 && lex_at(c->t, m - 2, se, "it ", NULL) &&
		    (m == end + 2 || !ch_is_alpha((unsigned char)c->t[m - 3])) &&
		    !subordinate_it(c, end, m - 2))
			role = subj;
		else if (!(role = oblig_subject_role(c, end, se)) || (subj && !strcmp(role, subj)))
			continue;
		k->s = end;
		k->e = lex_trim_end(c->t, end, se);
		k->role = role;
		k->own = true;
		(*nc)++;
		return;
	}
}

void oblig_untimed_clauses(const struct read_ctx *c, size_t s, size_t se, const struct timing *tm,
                           size_t nt, const char *subj, struct cand *cand, size_t *nc, size_t max)
{
	size_t at, end, next, ne, i, me, m;

	for (at = lex_search(&c->ix, s, se, ", and ", &end); at != (size_t)-1 && *nc < max;
	     at = next) {
		const char *role;
		next = lex_search(&c->ix, end, se, ", and ", &ne);
		size_t ce = next == (size_t)-1 ? se : next, cs = end;
		if (next != (size_t)-1)
			end = ne; /* (the next clause's start, for the next turn) */
		for (i = 0; i < nt && !(tm[i].s >= cs && tm[i].s < ce); i++)
			;
		if (i < nt || (m = oblig_first_modal(c, cs, ce, &me)) == (size_t)-1 ||
		    me > cs + 80 || lex_at(c->t, lex_skip_space(c->t, m, ce), ce, "may ", NULL))
			continue;
		/* "..., and it shall provide ...": the subject's; else the clause's own */
		if (m >= cs + 2 && lex_at(c->t, m - 2, ce, "it ", NULL) && m == cs + 2)
			role = subj;
		else
			role = oblig_subject_role(c, cs, ce);
		if (!role)
			continue;
		cand[*nc].s = cs;
		cand[*nc].e = lex_trim_end(c->t, cs, ce);
		cand[*nc].role = role;
		cand[*nc].kind = "standing";
		cand[(*nc)++].own = true;
	}
}

/* Where a second predicate of the sentence begins after i (" and will receive ...",
 * " and shall ..."), or e. */
size_t oblig_second_predicate(const struct read_ctx *c, size_t i, size_t e)
{
	static struct lex_phrase joins[] = {LEX_PHRASE(" and will "), LEX_PHRASE(" and shall "),
	                                    LEX_PHRASE(" and must ")};
	size_t k, at, best = e;

	for (k = 0; k < ARRAY_SIZE(joins); k++)
		if ((at = lex_search_ph(&c->ix, i, best, &joins[k], NULL)) != (size_t)-1)
			best = at;
	return best;
}

/* "The Board will meet every eight weeks and will receive a progress report from the
 * Council at each meeting": what a second predicate after the last timing (last)
 * receives from someone is that one's standing duty, owed to the subject (a
 * candidate, *k; *nc counts it). */
void oblig_received_duty(const struct read_ctx *c, size_t se, const struct timing *last,
                         const char *subj, struct cand *k, size_t *nc)
{
	size_t p = oblig_second_predicate(c, last->e, se);
	const char *from;

	if (p == se || lex_search_ph(&c->ix, p, se, LEX_LIT(" receive "), NULL) == (size_t)-1 ||
	    !(from = oblig_source_after(c, p, se)) || !strcmp(from, subj))
		return;
	own_predicate(c, p + 5 /* after " and " */, se, from, subj, "standing", k, nc);
}

/* "The Department will review the Council's progress at six-monthly intervals, the first
 * review to take place in May 2019, and will hold an additional review if the Commissioner
 * so advises": a second predicate after the last timing (last) that holds no timing of
 * its own and ends in an if-clause is the subject's conditional duty (a candidate, *k). */
void oblig_conditional_predicate(const struct read_ctx *c, size_t se, const struct timing *last,
                                 const char *subj, struct cand *k, size_t *nc)
{
	size_t p = oblig_second_predicate(c, last->e, se), at;

	if (p == se || (at = lex_search_ph(&c->ix, p, se, LEX_LIT(" if "), NULL)) == (size_t)-1)
		return;
	own_predicate(c, lex_skip_space(c->t, p + 5, se) /* after " and " */, se, subj, NULL,
	              "conditional", k, nc);
	k->cond = at + 1;
}

void oblig_reported_duty(const struct read_ctx *c, size_t se, const struct timing *last,
                         const char *subj, struct cand *k, size_t *nc)
{
	size_t at, ps, p = lex_skip_space(c->t, last->e, se), p0 = p;
	const char *to = oblig_report_to(c, last->e, se, &at, &ps);

	/* a series' first predicate, then "and will provide X with ...", "and will send X
	 * ...", ", and provide X with ... before each of its meetings": X's (not a
	 * deadline's: "within three months, commission a review ... and shall send the
	 * Chair a copy of its findings" is one duty) */
	if (!to && last->kind == T_EVERY)
		to = oblig_given_to(c, last->e, se, &at, &ps);
	/* the timing ends the first predicate, the joint right after it; a timing before
	 * the verb ("within three months, review ..., and report to ...") times the report
	 * too */
	if (p < se && c->t[p] == ',')
		p++;
	if (!to || !strcmp(to, subj) ||
	    (p != at && p0 != at && !lex_at(c->t, at, se, " and shall ", NULL) &&
	     !lex_at(c->t, at, se, " and will ", NULL) &&
	     /* ("on a bi-monthly basis, and provide ...": the cadence's noun between) */
	     !(at > last->e && at - last->e <= 8 && lex_at(c->t, p0, se, "basis,", NULL))))
		return;
	own_predicate(c, ps, se, subj, to, "standing", k, nc);
}

/* Where the predicate a request's period times begins, when the sentence t[s, ts) has
 * two joined by ", and shall" / ", and will" (its verb, after " and "); else s. */
size_t oblig_on_request_predicate(const struct read_ctx *c, size_t s, size_t ts)
{
	static struct lex_phrase joins[] = {LEX_PHRASE(", and shall "), LEX_PHRASE(", and will ")};
	size_t k, at, me;

	for (k = 0; k < ARRAY_SIZE(joins); k++)
		if ((at = lex_search_ph(&c->ix, s, ts, &joins[k], NULL)) != (size_t)-1 &&
		    oblig_first_modal(c, s, at, &me) != (size_t)-1)
			return at + 6;
	return s;
}

/* "The Department will review the Council's progress ... at meetings with the Council
 * and the Adviser. Reviews will take place in March, June and September 2016.": the
 * untimed sentence right before a timed one with no one for its subject names who does
 * it, and its words are that duty's (its own candidate withdrawn); NULL if none. */
const char *oblig_sentence_before(const struct read_ctx *c, struct cand *cand, size_t nc, size_t s)
{
	size_t k;

	for (k = nc; k-- > 0;)
		if (cand[k].sentence && cand[k].role && lex_skip_space(c->t, cand[k].e, s) == s) {
			const char *r = cand[k].role;
			cand[k].role = NULL;
			return r;
		}
	return NULL;
}
