/*
 * oblig_sentence.c: what kind of sentence a unit's sentence is (see oblig_int.h),
 * asked before any duty is made of it: does it open with a duty's verb ("to provide
 * ...", "Produce a plan ...", "establish, by ..."); is it a statement of the
 * instrument's life, powers or definitions ("will remain in force", "may revoke",
 * '"the transfer date" means ...'), or narrative of what happened ("recommended
 * that", "was judged"), neither of which is a duty; where an opening "If ...," or
 * "Where ...," clause ends; whether a power to ask ("the Department may request an
 * update") puts the duty to answer on the addressee or leaves it to the next sentence;
 * whether a clause holds a meeting (oblig_meeting_held(); session 21).  Phrases are
 * looked for through the word index.
 */
#include "../base/compat.h"

#include "oblig_int.h"

/* Does any of the set's phrases occur in t[s, e)? */
static bool find_any(const struct read_ctx *c, size_t s, size_t e, struct lex_phrase_set *set)
{
	return lex_search_any_set(&c->ix, s, e, set);
}

/* The verbs a duty may open with ("to provide ...", "Produce a plan ..."), the
 * imperatives of a schedule of actions among them ("Make sure that every child ..."). */
static const char *const duty_verbs[] = {
    "to ",
    "chair ",
    "ensure ",
    "oversee ",
    "support ",
    "steer ",
    "sit on ",
    "deliver ",
    "appoint ",
    "provide ",
    "comply ",
    "co-operate ",
    "cooperate ",
    "lead ",
    "publish ",
    "submit ",
    "produce ",
    "establish ",
    "report ",
    "maintain ",
    "keep ",
    "enter into ",
    /* "(e) on 01/04/2022 (\"the transfer date\"), transfer to the Company the staff ..." */
    "transfer ",
    "agree ",
    "develop ",
    "attend ",
    "monitor ",
    "review ",
    "within ",
    "by ",
    "have ",
    "advise ",
    "give ",
    "nominate ",
    "secure ",
    "send ",
    "prepare ",
    "make sure ",
    "meet ",
    "recommend ",
    "commission ",
    "reduce ",
    "present ",
    "carry out ",
    "implement ",
    "undertake ",
    "notify ",
    "inform ",
    "identify ",
    "update ",
    "improve ",
    "strengthen ",
    "put in place ",
    "arrange ",
    "hold ",
    "designate ",
    "recruit ",
    "complete ",
    "invite ",
    "consult ",
    "share ",
    "engage ",
    "co-ordinate ",
    "coordinate ",
    "take ",
    "set up ",
    "appraise ",
    "continue to ",
    "pay ",
    "be represented ",
    /* "1) work with Mr X, whom the Department has appointed as Improvement Adviser, and
     * give him ..." */
    "work with ",
    /* "Assess the Council's progress in reducing caseloads, and report to the Board"
     * (a table's action) */
    "assess ",
};

size_t oblig_bullet_end(const char *t, size_t s, size_t e)
{
	static const char *const marks[] = {"\xe2\x80\xa2", "\xe2\x96\xaa", "\xe2\x97\x8f",
	                                    "\xe2\x97\xa6", "\xe2\x80\x93", "-", "*",
	                                    /* Word's Symbol-font bullets as a PDF
	                                     * converter prints them (U+F0B7, U+F0A7) */
	                                    "\xef\x82\xb7", "\xef\x82\xa7"};
	size_t k, b = lex_skip_space(t, s, e), n;

	/* each mark begins with one of these bytes: most lines begin with none */
	if (b >= e || ((unsigned char)t[b] != 0xe2 && (unsigned char)t[b] != 0xef && t[b] != '-' &&
	               t[b] != '*'))
		return s;
	for (k = 0; k < ARRAY_SIZE(marks); k++) {
		n = strlen(marks[k]);
		if (b + n < e && !memcmp(t + b, marks[k], n) &&
		    ch_is_space((unsigned char)t[b + n]))
			return lex_skip_space(t, b + n, e);
	}
	return s;
}

/* The duty verbs' indices by their first letter, into the memo (see facts.h), by a
 * counting sort: each begins with two small letters (if one did not, duty_from[26] is
 * left 255 and every verb is tried, as without a memo). */
static void index_duties(struct read_memo *m)
{
	unsigned char count[27] = {0};
	size_t k;
	int l;

	_Static_assert(ARRAY_SIZE(duty_verbs) <= READ_MEMO_DUTIES, "the memo holds every verb");
	m->duties_ready = true;
	for (k = 0; k < ARRAY_SIZE(duty_verbs); k++) {
		int ch = (unsigned char)duty_verbs[k][0], ch2 = (unsigned char)duty_verbs[k][1];
		if (ch < 'a' || ch > 'z' || ch2 < 'a' || ch2 > 'z') {
			m->duty_from[26] = 255;
			return;
		}
		count[ch - 'a' + 1]++;
	}
	for (l = 0; l < 26; l++)
		count[l + 1] = (unsigned char)(count[l + 1] + count[l]);
	memcpy(m->duty_from, count, sizeof(m->duty_from));
	for (k = 0; k < ARRAY_SIZE(duty_verbs); k++)
		m->duty[count[duty_verbs[k][0] - 'a']++] = (unsigned char)k;
}

/* Does a duty verb begin t[s, e) (s past any white space)?  Only the verbs that
 * begin with its letter are tried, when the memo has them indexed. */
static bool duty_verb_at(const struct read_ctx *c, size_t s, size_t e)
{
	struct read_memo *m = c->memo;
	int first = s < e ? ch_lower((unsigned char)c->t[s]) : -1;
	size_t k;

	if (m && !m->duties_ready)
		index_duties(m);
	if (m && m->duty_from[26] != 255) {
		/* the second letter too before the match (each verb's is a small letter, and
		 * the text's must fold to it): most verbs of the first letter differ there */
		int second = s + 1 < e ? ch_lower((unsigned char)c->t[s + 1]) : -1;
		if (first >= 'a' && first <= 'z')
			for (k = m->duty_from[first - 'a']; k < m->duty_from[first - 'a' + 1]; k++)
				if (duty_verbs[m->duty[k]][1] == second &&
				    lex_at(c->t, s, e, duty_verbs[m->duty[k]], NULL))
					return true;
		return false;
	}
	for (k = 0; k < ARRAY_SIZE(duty_verbs); k++)
		if (lex_may_start(first, duty_verbs[k]) && lex_at(c->t, s, e, duty_verbs[k], NULL))
			return true;
	return false;
}

static const char *const request_openings[] = {"on request,", "upon request,", "when requested,",
                                               "if requested,"};
static const char *const request_cells[] = {"on request", "upon request", "when requested",
                                            "if requested"};

/* Does t[s, e) open (after spaces) with "on request," or the like?  Its words without
 * the comma are t[*at, *end). */
bool oblig_request_opening(const struct read_ctx *c, size_t s, size_t e, size_t *at, size_t *end)
{
	size_t k;

	*at = lex_skip_space(c->t, s, e);
	for (k = 0; k < ARRAY_SIZE(request_openings); k++)
		if (lex_at(c->t, *at, e, request_openings[k], end)) {
			(*end)--;
			return true;
		}
	return false;
}

bool oblig_on_request(const struct read_ctx *c, size_t s, size_t e, char *cond, size_t ncond)
{
	size_t at, end, k;

	/* an item that opens "on request, provide the Department with ...": when asked
	 * (not "co-operate ..., including on request allowing access", kept up) */
	if (oblig_request_opening(c, oblig_bullet_end(c->t, s, e), e, &at, &end)) {
		lex_copy(c->t, at, end, cond, ncond);
		return true;
	}
	size_t te = lex_trim_end(c->t, s, e); /* the words' end, less a closing mark */
	while (te > s && (c->t[te - 1] == '.' || c->t[te - 1] == ';'))
		te--;
	/* a table's row whose "By when" cell says "On request" (the row rewritten as its
	 * action, a gap of three spaces, its cell: "Give the Adviser ... any further
	 * information ...   On request.") */
	for (k = 0; k < ARRAY_SIZE(request_cells); k++) {
		size_t L = strlen(request_cells[k]);
		if (te >= s + L + 3 && !memcmp(c->t + te - L - 3, "   ", 3) &&
		    lex_at(c->t, te - L, te, request_cells[k], NULL)) {
			lex_copy(c->t, te - L, te, cond, ncond);
			cond[0] = (char)ch_lower((unsigned char)cond[0]); /* as the words say */
			return true;
		}
	}
	/* "The Council shall provide the Secretary of State or the Adviser with any further
	 * information about ... on request.": information given when asked (not "give the
	 * Commissioner access ... on request", access kept open) */
	if (te >= s + 11 && lex_at(c->t, te - 11, te, " on request", NULL) &&
	    lex_search_ph(&c->ix, s, te, LEX_LIT("information"), NULL) != (size_t)-1 &&
	    lex_search_ph(&c->ix, s, te, LEX_LIT("access"), NULL) == (size_t)-1 &&
	    lex_search_ph(&c->ix, s, te, LEX_LIT("co-operate"), NULL) == (size_t)-1) {
		lex_copy(c->t, te - 10, te, cond, ncond);
		return true;
	}
	/* "The Council shall provide the Department, on request, with any information ...":
	 * the same, set off by commas (not "shall co-operate ... and shall, on request, give
	 * him access", the co-operation kept up) */
	if ((at = lex_search_ph(&c->ix, s, e, LEX_LIT(", on request,"), &end)) != (size_t)-1 &&
	    lex_search_ph(&c->ix, s, e, LEX_LIT("co-operate"), NULL) == (size_t)-1 &&
	    lex_search_ph(&c->ix, s, e, LEX_LIT("cooperate"), NULL) == (size_t)-1 &&
	    /* ("give the Commissioner access, on request, to its premises", "give the
	     * Commissioner, on request, access to ...": access kept open, as under
	     * co-operation) */
	    lex_search_ph(&c->ix, s, at + 1, LEX_LIT("access"), NULL) == (size_t)-1 &&
	    !lex_at(c->t, lex_skip_space(c->t, end, e), e, "access", NULL)) {
		lex_copy(c->t, at + 2, end - 1, cond, ncond);
		return true;
	}
	return false;
}

/* "Within one month of the date of this Direction, the Commissioner will send ...", "By
 * 30 June 2024, the Council must ...": a time opens the sentence, then its own subject
 * and modal after the comma (not an item's "within 3 months, produce a plan"). */
static bool opening_then_subject(const struct read_ctx *c, size_t s, size_t e)
{
	const char *comma;
	size_t v, m, me, re;

	if (!lex_at(c->t, s, e, "within ", NULL) && !lex_at(c->t, s, e, "by ", NULL))
		return false;
	comma = memchr(c->t + s, ',', (e < s + 120 ? e : s + 120) - s);
	if (!comma)
		return false;
	v = lex_skip_space(c->t, (size_t)(comma - c->t) + 1, e);
	m = oblig_first_modal(c, v, e, &me);
	if (m == (size_t)-1 || m - v > 60)
		return false;
	/* the subject right after the comma ("the Commissioner will"; not "confirm to DfE
	 * the name of the officer who will ...") */
	lex_at(c->t, v, m, "the ", &v);
	return facts_role_span(c, v, m, &re) != NULL;
}

bool oblig_starts_with_duty(const struct read_ctx *c, size_t s, size_t e)
{
	size_t k, w;

	s = lex_skip_space(c->t, oblig_bullet_end(c->t, s, e), e);
	if (opening_then_subject(c, s, e))
		return false;
	if (duty_verb_at(c, s, e))
		return true;
	/* "(iii) until 31 March 2017 or such later date as the Secretary of State may direct,
	 * provide the Commissioner with ...": the item's verb after its time */
	/* "v. on request, provide the Department with ...": the verb after when it is asked */
	/* "e. from the transfer date, attend the meetings of ...": the verb after its start */
	/* "(e) on 01/04/2022 (\"the transfer date\"), transfer to the Company ...": on its day */
	/* "(d) for the duration of this Direction, provide the Shadow Board with ...": the
	 * verb after how long */
	if (lex_at(c->t, s, e, "until ", NULL) || lex_at(c->t, s, e, "from ", NULL) ||
	    lex_at(c->t, s, e, "for the duration of ", NULL) ||
	    (lex_at(c->t, s, e, "on ", NULL) && c->t[s] == 'o') ||
	    /* "(c) at each meeting of the Board, report its performance against ..." */
	    lex_at(c->t, s, e, "at each ", NULL) || lex_at(c->t, s, e, "at every ", NULL) ||
	    oblig_request_opening(c, s, e, &k, &w)) {
		const char *comma = memchr(c->t + s, ',', (e < s + 120 ? e : s + 120) - s);
		if (comma) {
			size_t v = lex_skip_space(c->t, (size_t)(comma - c->t) + 1, e);
			if (duty_verb_at(c, v, e) && !lex_at(c->t, v, e, "until ", NULL))
				return true;
		}
	}
	/* "establish, by 2 December 2016, an Improvement Board": the verb, then a comma */
	for (w = s; w < e && w - s < 12 && ch_is_alpha((unsigned char)c->t[w]); w++)
		;
	if (w == s || w >= e || c->t[w] != ',')
		return false;
	for (k = 0; k < ARRAY_SIZE(duty_verbs); k++) {
		size_t n = strlen(duty_verbs[k]) - 1, i;
		if (n != w - s || duty_verbs[k][n] != ' ')
			continue;
		for (i = 0; i < n && ch_lower((unsigned char)c->t[s + i]) == duty_verbs[k][i]; i++)
			;
		if (i == n)
			return true;
	}
	return false;
}

static struct lex_phrase statements[] = {
    LEX_PHRASE("will remain in force"),
    LEX_PHRASE("revokes"),
    LEX_PHRASE("is revoked"),
    LEX_PHRASE("are revoked"),
    LEX_PHRASE("hereby revoked"),
    LEX_PHRASE("acknowledges"),
    LEX_PHRASE("is given to"),
    LEX_PHRASE("may choose"),
    LEX_PHRASE("should ministers"),
    LEX_PHRASE("should the council be unwilling"),
    LEX_PHRASE("following actions are required"),
    LEX_PHRASE("is issued to"),
    /* the instrument's life and the powers behind it, not duties */
    LEX_PHRASE("remain in force"),
    LEX_PHRASE("notice will remain in place"),
    LEX_PHRASE("direction will remain in place"),
    LEX_PHRASE("have effect until"),
    /* 'paragraph 6(c) ... shall have effect as if for "31 May 2019" there were substituted
     * "31 July 2019"': an amendment (oblig_amend.c reads what it moves) */
    LEX_PHRASE("have effect as if for"),
    /* a board's terms of reference: "Its members will be the Council's Chief Executive,
     * ..." (who sits on it, no one's duty) */
    LEX_PHRASE("its members will be"),
    LEX_PHRASE("its membership will"),
    LEX_PHRASE("members of the board will be"),
    LEX_PHRASE("membership of the board will"),
    LEX_PHRASE("will not hesitate"),
    /* an appointment's term: "The Commissioner's appointment shall continue for a term
     * of 12 months", "... will end on 30 April 2025" */
    LEX_PHRASE("appointment shall continue"),
    LEX_PHRASE("appointment will continue"),
    LEX_PHRASE("appointment shall end"),
    LEX_PHRASE("appointment will end"),
    LEX_PHRASE("appointment shall last"),
    LEX_PHRASE("appointment will last"),
    /* "The Commissioner's appointment continues until 31 March 2026", "runs until",
     * "will run until 15 January 2024, unless ..." */
    LEX_PHRASE("appointment continues"),
    LEX_PHRASE("appointment runs"),
    LEX_PHRASE("appointment will run"),
    LEX_PHRASE("appointment shall run"),
    LEX_PHRASE("term runs"),
    /* a variation: "(c) the Commissioner's appointment is extended until 31 March 2021" */
    LEX_PHRASE("appointment is extended"),
    LEX_PHRASE("appointment has been extended"),
    LEX_PHRASE("appointment will be extended"),
    /* powers kept, and definitions ('"the transfer date" means 01/10/2026 or such later
     * date as the Secretary of State may agree') */
    LEX_PHRASE("may revoke"),
    LEX_PHRASE("may vary"),
    /* the notice's words about itself ("The Notice sets out the actions that the
     * Council should take ..."; "To comply with this Improvement Notice, the Council
     * should take the following actions."), the actions being the clauses after */
    LEX_PHRASE("sets out the actions"),
    LEX_PHRASE("take the following actions."),
    LEX_PHRASE("the actions set out below"),
    /* "I would welcome the chance to discuss this report with you in the new year": an
     * offer, not a commitment */
    LEX_PHRASE("would welcome the chance"),
    LEX_PHRASE("would welcome the opportunity"),
};

/* Narrative: what happened or was found, reported in the past ("In March 2017 the
 * Commissioner recommended that the Council should ..."): not a duty, dated or not. */
static struct lex_phrase narrative[] = {
    LEX_PHRASE("recommended that"),
    LEX_PHRASE("concluded that"),
    LEX_PHRASE("found that"),
    LEX_PHRASE("decided that"),
    LEX_PHRASE("agreed that"),
    LEX_PHRASE("there is a presumption"),
    LEX_PHRASE("was judged"),
    LEX_PHRASE("were judged"),
    LEX_PHRASE("has systemically failed"),
    /* "The Council ... has told the Department that it will address them as a matter
     * of priority": what it said, reported */
    LEX_PHRASE("has told the"),
    /* "The Secretary of State has re-appointed the Commissioner until 31 July 2017":
     * a term (facts_events.c's term_end), not a duty */
    LEX_PHRASE("has re-appointed"),
    LEX_PHRASE("has reappointed"),
    /* "The Secretary of State has extended the Commissioner's appointment until 31 May
     * 2022": a term too */
    LEX_PHRASE("has extended the commissioner's appointment"),
    LEX_PHRASE("has extended the appointment"),
    LEX_PHRASE("has extended her appointment"),
    LEX_PHRASE("has extended his appointment"),
    /* a schedule's row "End of the Commissioner's appointment   31 March 2023": a term's
     * new end (facts_terms.c's term_end), no one's duty */
    LEX_PHRASE("end of the commissioner's appointment"),
};
static struct lex_phrase_set statement_set = LEX_PHRASE_SET(statements),
                             narrative_set = LEX_PHRASE_SET(narrative);

/* A yes or no kept in the memo for t[s, e) (v holds the last READ_MEMO of the n
 * asked): whether it was asked, with the answer in *yes. */
static bool memo_asked(const struct read_memo_yes *v, unsigned n, size_t s, size_t e, bool *yes)
{
	unsigned k;

	for (k = 0; k < (n < READ_MEMO ? n : READ_MEMO); k++)
		if (v[k].s == s && v[k].e == e) {
			*yes = v[k].yes;
			return true;
		}
	return false;
}

/* Keep yes for t[s, e) in v (*n asked so far), over the oldest; returns yes. */
static bool memo_keep(struct read_memo_yes *v, unsigned *n, size_t s, size_t e, bool yes)
{
	unsigned k = (*n)++ % READ_MEMO;

	v[k].s = s;
	v[k].e = e;
	v[k].yes = yes;
	return yes;
}

/* Both answers from the memo when t[s, e) was asked lately (the sentence loop asks
 * whether a sentence is narrative, then whether it is a statement, which asks again;
 * a unit's sentence is asked again by the duty, candidate and untimed passes). */
bool oblig_is_narrative(const struct read_ctx *c, size_t s, size_t e)
{
	struct read_memo *m = c->memo;
	bool yes;

	if (m && memo_asked(m->narrative, m->nnarrative, s, e, &yes))
		return yes;
	yes = find_any(c, s, e, &narrative_set);
	return m ? memo_keep(m->narrative, &m->nnarrative, s, e, yes) : yes;
}

static bool is_statement(const struct read_ctx *c, size_t s, size_t e);

/* "The Council should carry out the actions set out in the Annex to this notice.": with
 * no time of its own, a pointer to the annex's duties, which are read there. */
bool oblig_annex_pointer(const struct read_ctx *c, size_t s, size_t e)
{
	static struct lex_phrase words[] = {
	    LEX_PHRASE("actions set out in the annex"), LEX_PHRASE("actions in the annex"),
	    LEX_PHRASE("actions set out in the schedule"),
	    LEX_PHRASE("actions listed in the annex"),
	    /* "complete the actions in Annex A to this notice" */
	    LEX_PHRASE("actions in annex"), LEX_PHRASE("actions set out in annex"),
	    /* "The Council should complete each action in the Annex to this notice by the
	     * time given in its \"By when\" column." */
	    LEX_PHRASE("action in the annex"), LEX_PHRASE("action set out in the annex"),
	    /* "(d) meet the milestones set out in Annex A to this notice." */
	    LEX_PHRASE("meet the milestones set out in annex"),
	    LEX_PHRASE("meet the milestones set out in the annex"),
	    LEX_PHRASE("meet the milestones in annex"),
	    LEX_PHRASE("meet the milestones in the annex")};
	/* "The Commissioner will exercise on behalf of the Secretary of State the functions
	 * set out in Schedule 1 to this Direction.": the schedule's duties (not "to
	 * co-operate with the Commissioner in the exercise of the functions set out in
	 * Schedule 1", a duty of its own) */
	static struct lex_phrase functions[] = {LEX_PHRASE("the functions set out in schedule"),
	                                        LEX_PHRASE("the functions set out in the schedule"),
	                                        LEX_PHRASE("the functions set out in the annex"),
	                                        LEX_PHRASE("the functions set out in annex")};
	static struct lex_phrase exercise[] = {LEX_PHRASE(" will exercise "),
	                                       LEX_PHRASE(" shall exercise ")};

	if (c->clauses->annex_start == (size_t)-1 || c->clauses->annex_start <= e)
		return false;
	return lex_search_any_ph(&c->ix, s, e, words, ARRAY_SIZE(words)) ||
	       (lex_search_any_ph(&c->ix, s, e, functions, ARRAY_SIZE(functions)) &&
	        lex_search_any_ph(&c->ix, s, e, exercise, ARRAY_SIZE(exercise)));
}

bool oblig_is_statement(const struct read_ctx *c, size_t s, size_t e)
{
	struct read_memo *m = c->memo;
	bool yes;

	if (m && memo_asked(m->statement, m->nstatement, s, e, &yes))
		return yes;
	yes = is_statement(c, s, e);
	return m ? memo_keep(m->statement, &m->nstatement, s, e, yes) : yes;
}

/* "An improvement notice will be issued to the Council with effect from 1 December
 * 2023, setting out ...", "This Direction may be cited as ...": an instrument to come
 * or named, done by no one the sentence binds (a passive "be issued/given/served/cited"
 * whose subject, before the modal, is a notice or a direction and no party, with no
 * agent "by ..."); or a decision on one yet to be made. */
static bool instrument_to_come(const struct read_ctx *c, size_t b, size_t e)
{
	size_t me, m = oblig_first_modal(c, b, e, &me);

	/* "Following that review, the Minister will decide whether the notice should
	 * remain in place, ...": a decision yet to be made (the sentence's first modal;
	 * "My officials will review ... by ..., and I will then decide whether ..." is the
	 * officials' review) */
	if (m != (size_t)-1 && (lex_at(c->t, me, e, "decide whether", NULL) ||
	                        lex_at(c->t, me, e, "then decide whether", NULL) ||
	                        /* "... will consider whether service control should be
	                         * removed" (not "My officials will review ... every six
	                         * months, ..., and after each review I will consider
	                         * whether ...") */
	                        lex_at(c->t, me, e, "consider whether", NULL)))
		return true;
	return m != (size_t)-1 && m < b + 60 &&
	       (lex_at(c->t, me, e, "be issued ", NULL) || lex_at(c->t, me, e, "be given ", NULL) ||
	        lex_at(c->t, me, e, "be served ", NULL) ||
	        lex_at(c->t, me, e, "be cited ", NULL)) &&
	       (lex_search_ph(&c->ix, b, m, LEX_LIT("notice"), NULL) != (size_t)-1 ||
	        lex_search_ph(&c->ix, b, m, LEX_LIT("direction"), NULL) != (size_t)-1) &&
	       !oblig_free_role(c, b, m) &&
	       lex_search_ph(&c->ix, me, e, LEX_LIT(" by "), NULL) == (size_t)-1;
}

static bool is_statement(const struct read_ctx *c, size_t s, size_t e)
{
	size_t b = lex_skip_space(c->t, s, e);

	/* "If the Council does not comply ..., the Secretary of State may ...": a power
	 * on a condition, not a duty */
	if ((lex_at(c->t, b, e, "if ", NULL) || lex_at(c->t, b, e, "should ", NULL)) &&
	    lex_search_ph(&c->ix, b, e, LEX_LIT(" may "), NULL) != (size_t)-1)
		return true;
	/* "Should the Council fail to meet the milestones, the Secretary of State will
	 * consider using her powers": what the Secretary of State may do is no duty */
	if (lex_at(c->t, b, e, "if ", NULL) || lex_at(c->t, b, e, "should ", NULL)) {
		const char *m = memchr(c->t + b, ',', e - b);
		const char *r = m ? oblig_subject_role(c, (size_t)(m - c->t) + 1, e) : NULL;
		if (r && !strcmp(r, "secretary_of_state"))
			return true;
	}
	/* "The Council must carry out the improvement actions set out in the Schedule to
	 * this notice within the timescales shown there": the schedule's items, read from
	 * the annex, are the duties; this points to them */
	if (c->clauses->annex_start != (size_t)-1 && b < c->clauses->annex_start &&
	    (lex_search_ph(&c->ix, b, e, LEX_LIT("within the timescales"), NULL) != (size_t)-1 ||
	     lex_search_ph(&c->ix, b, e, LEX_LIT("by the date shown"), NULL) != (size_t)-1 ||
	     lex_search_ph(&c->ix, b, e, LEX_LIT("by the dates shown"), NULL) != (size_t)-1) &&
	    (lex_search_ph(&c->ix, b, e, LEX_LIT("schedule"), NULL) != (size_t)-1 ||
	     lex_search_ph(&c->ix, b, e, LEX_LIT("annex"), NULL) != (size_t)-1))
		return true;
	/* "Mr X will continue as the Council's Improvement Adviser (\"the Adviser\").": an
	 * office held on (an appointment), no duty */
	{
		size_t ce;
		if (lex_search_ph(&c->ix, b, e, LEX_LIT(" will continue as "), &ce) != (size_t)-1 &&
		    (lex_search_ph(&c->ix, ce, e < ce + 40 ? e : ce + 40, LEX_LIT("adviser"),
		                   NULL) != (size_t)-1 ||
		     lex_search_ph(&c->ix, ce, e < ce + 40 ? e : ce + 40, LEX_LIT("commissioner"),
		                   NULL) != (size_t)-1))
			return true;
	}
	/* "(a) the Commissioner's appointment, which ... would end on 31 December 2022, is
	 * extended until 30 June 2023;": a term of office moved, no one's duty */
	if (lex_search_ph(&c->ix, b, e < b + 40 ? e : b + 40, LEX_LIT("appointment"), NULL) !=
	        (size_t)-1 &&
	    (lex_search_ph(&c->ix, b, e, LEX_LIT(" is extended until "), NULL) != (size_t)-1 ||
	     lex_search_ph(&c->ix, b, e, LEX_LIT(" is extended to "), NULL) != (size_t)-1))
		return true;
	/* what an earlier instrument says: "Paragraph 5 of the 2019 Direction requires the
	 * Council, by 31 March 2021, to recruit ..." (its duty is that instrument's, or an
	 * amendment's: oblig_amend.c) */
	if (lex_at(c->t, b, e, "paragraph ", NULL)) {
		size_t of =
		    lex_search_ph(&c->ix, b, e < b + 80 ? e : b + 80, LEX_LIT(" of the "), NULL);
		if (of != (size_t)-1 && !memchr(c->t + b, ',', of - b) &&
		    (lex_search_ph(&c->ix, of, e, LEX_LIT(" requires "), NULL) != (size_t)-1 ||
		     lex_search_ph(&c->ix, of, e, LEX_LIT(" provides "), NULL) != (size_t)-1))
			return true;
	}
	/* "The Secretary of State has appointed the Commissioner to ... advise her on
	 * whether they should remain under the Council's control": the only modal is in a
	 * question asked, which binds no one */
	{
		/* 'the "Timescale" column says by when, or how often, it must be done' */
		static struct lex_phrase says[] = {LEX_PHRASE(" says by when"),
		                                   LEX_PHRASE(" says how "),
		                                   LEX_PHRASE(" says when ")};
		size_t m = oblig_first_modal(c, b, e, NULL);
		if (m != (size_t)-1 && m > b &&
		    lex_search_ph(&c->ix, b, m, LEX_LIT(" whether "), NULL) != (size_t)-1 &&
		    !oblig_starts_with_duty(c, b,
		                            e)) /* not "(a) review ... and consider whether" */
			return true;
		if (m != (size_t)-1 && m > b &&
		    lex_search_any_ph(&c->ix, b, m, says, ARRAY_SIZE(says)))
			return true;
	}
	/* a definition: '"the transfer date" means 01/10/2026 or such later date as ...' */
	{
		size_t at = lex_search_ph(&c->ix, b, e, LEX_LIT("means "), NULL);
		if (at != (size_t)-1 && at >= b + 2 &&
		    (c->t[at - 2] == '"' || (at >= b + 4 && (unsigned char)c->t[at - 2] == 0x9d)))
			return true;
	}
	/* the Secretary of State's view ("... is satisfied that the Council is failing"), but
	 * not the end of a duty ("The Council will be expected to continue to work with
	 * the Improvement Adviser ... until the Secretary of State is satisfied that ...") */
	{
		size_t at = lex_search_ph(&c->ix, b, e, LEX_LIT("is satisfied"), NULL), me;
		size_t u = at == (size_t)-1 ? at
		                            : lex_search_ph(&c->ix, at > b + 80 ? at - 80 : b, at,
		                                            LEX_LIT("until "), NULL);
		if (at != (size_t)-1 &&
		    (u == (size_t)-1 || oblig_first_modal(c, b, u, &me) == (size_t)-1))
			return true;
	}
	return find_any(c, s, e, &statement_set) || oblig_is_narrative(c, s, e) ||
	       instrument_to_come(c, b, e);
}

size_t oblig_if_clause_end(const struct read_ctx *c, size_t s, size_t e)
{
	size_t b = lex_skip_space(c->t, s, e);
	const char *m;

	if (!(lex_at(c->t, b, e, "if ", NULL) || lex_at(c->t, b, e, "where ", NULL)) ||
	    !(m = memchr(c->t + b, ',', (e < b + 200 ? e : b + 200) - b)))
		return s;
	return lex_skip_space(c->t, (size_t)(m - c->t) + 1, e);
}

/* "From time to time, the department may request an informal update on progress":
 * a power to ask, whose duty (to answer when asked) is the addressee's.  The one who
 * may ask (subj, not the unit's bearer), or NULL. */
const char *oblig_asks_of_addressee(const struct read_ctx *c, size_t s, size_t se, const char *subj,
                                    const char *bearer)
{
	static struct lex_phrase asks[] = {LEX_PHRASE(" may request "), LEX_PHRASE(" may ask for "),
	                                   LEX_PHRASE(" may ask the Council "),
	                                   LEX_PHRASE(" may require the Council ")};
	size_t k;

	if (!subj || !bearer || !strcmp(subj, bearer))
		return NULL;
	for (k = 0; k < ARRAY_SIZE(asks); k++)
		if (lex_search_ph(&c->ix, s, se, &asks[k], NULL) != (size_t)-1)
			return subj;
	return NULL;
}

/* "The Department may also ask the Council for an update on its progress at other
 * times.  The Council should provide any update requested within 10 working days of
 * the request.": a power to ask, t[s, se), whose duty is the next sentence's (a
 * condition of it), so no duty of its own. */
bool oblig_answered_request(const struct read_ctx *c, size_t s, size_t se, size_t e)
{
	size_t me, m = oblig_first_modal(c, s, se, &me), ns, ne, w;

	if (m == (size_t)-1 || !lex_at(c->t, m, se, " may ", NULL))
		return false;
	w = me + 16 < se ? me + 16 : se; /* "may ask", "may also ask", "may request" */
	if (lex_search_ph(&c->ix, m, w, LEX_LIT(" ask "), NULL) == (size_t)-1 &&
	    lex_search_ph(&c->ix, m, w, LEX_LIT(" request "), NULL) == (size_t)-1)
		return false;
	ns = lex_skip_space(c->t, se, e);
	ne = lex_sentence_end(c->t, ns, e);
	return ns < e && oblig_has_modal(c, ns, ne) &&
	       (lex_search_ph(&c->ix, ns, ne, LEX_LIT("requested"), NULL) != (size_t)-1 ||
	        lex_search_ph(&c->ix, ns, ne, LEX_LIT("the request"), NULL) != (size_t)-1);
}

bool oblig_meeting_held(const struct read_ctx *c, size_t s, size_t ws)
{
	static struct lex_phrase verbs[] = {LEX_PHRASE(" hold "), LEX_PHRASE(" meet "),
	                                    LEX_PHRASE(" visit "), LEX_PHRASE(" attend ")};
	size_t b = ws > s + 80 ? ws - 80 : s, k, at;

	for (k = 0; k < ARRAY_SIZE(verbs); k++)
		if ((at = lex_search_ph(&c->ix, b, ws, &verbs[k], NULL)) != (size_t)-1 &&
		    !memchr(c->t + at, ',', ws - at))
			return true;
	/* "will present the findings to the Improvement Board at its meeting on 18
	 * November 2021": a duty done at a meeting held that day */
	b = ws > s + 24 ? ws - 24 : s;
	if ((at = lex_search_ph(&c->ix, b, ws, LEX_LIT(" at "), NULL)) != (size_t)-1 &&
	    lex_search_ph(&c->ix, at, ws, LEX_LIT("meeting"), &k) != (size_t)-1 &&
	    lex_skip_space(c->t, k, ws) == ws && !memchr(c->t + at, ',', ws - at))
		return true;
	return false;
}

bool oblig_on_day_is_duty(const struct read_ctx *c, size_t s, size_t ws, size_t de, size_t e)
{
	size_t p = lex_skip_space(c->t, de, e);
	bool named = p + 2 < e && c->t[p] == '(' &&
	             (c->t[p + 1] == '"' || (unsigned char)c->t[p + 1] == 0xe2);

	/* "The Council will transfer ... to the Trust on 1 April 2018 ("the transfer
	 * date")": the day the duty names, and names, after a modal */
	if (named && oblig_has_modal(c, s, ws))
		return true;
	if (lex_skip_space(c->t, oblig_bullet_end(c->t, s, e), e) != ws)
		return false;
	if (p < e && c->t[p] == '(') { /* the day's name: ("the transfer date") */
		const char *close = memchr(c->t + p, ')', (e < p + 80 ? e : p + 80) - p);
		if (!close)
			return false;
		p = lex_skip_space(c->t, (size_t)(close - c->t) + 1, e);
	}
	if (p >= e || c->t[p] != ',')
		return false;
	p = lex_skip_space(c->t, p + 1, e);
	return lex_at(c->t, p, e, "to ", NULL) || oblig_starts_with_duty(c, p, e);
}

size_t oblig_before_meeting(const struct read_ctx *c, size_t s, size_t ws)
{
	size_t b = ws > s + 80 ? ws - 80 : s, at, end, m;

	if ((at = lex_search_ph(&c->ix, b, ws, LEX_LIT("before the "), &end)) == (size_t)-1 ||
	    (m = lex_search_ph(&c->ix, end, ws, LEX_LIT("meeting"), NULL)) == (size_t)-1 ||
	    memchr(c->t + at, ',', ws - at) || lex_skip_space(c->t, m + 7, ws) != ws)
		return (size_t)-1;
	return at;
}
