/*
 * oblig.c: obligations (see oblig.h).  For each unit of duty: split into
 * sentences, find the time expressions in each, and make one obligation
 * per expression with its bearer, recipient, action, timing and
 * condition; then number them within the clause.  Phrases and dates are
 * looked for through the document's word index (lex_search(),
 * lex_dates_in()).  The time expressions are found by oblig_timing.c (and
 * oblig_when.c); who owes a duty is read by oblig_bearer.c; the due date or
 * recurrence a timing gives is made by oblig_due.c; whether a sentence states a
 * duty at all (a statement, narrative, a duty's opening verb) by oblig_sentence.c;
 * the kind of a duty no timing shapes by oblig_kind.c; the rows of an action table
 * that PDF conversion flattened ("Action Owner Timescale") by oblig_rows.c.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../cal/phrase.h"
#include "oblig.h"
#include "oblig_int.h"

static rec_t *jdate(cal_day d)
{
	char buf[CAL_DATE_LEN];
	return read_string(cal_format_iso(d, buf));
}

static rec_t *jtext(const struct read_ctx *c, size_t s, size_t e, size_t cap)
{
	return read_copy(c, s, e, cap < 1024 ? cap : 1024, false);
}

static bool has_modal(const struct read_ctx *c, size_t s, size_t e)
{
	return oblig_has_modal(c, s, e);
}

struct unit {
	int clause;
	const char *bearer;   /* default */
	const rec_t *events;  /* the record's events (anchors of "within N of <event>") */
	bool has_until;       /* the lead-in's end: "Until the transfer date the Council must—" */
	cal_day until;
	struct lex_span only; /* if not empty, the text read instead of the clause's own */
	bool item;            /* only is a bulleted item of the clause's own lead-in */
	const struct owner_row *row; /* a flattened table's row (oblig_rows.c), or NULL */
};

static rec_t *untimed_obligation(const struct read_ctx *c, const struct clause *cl,
                                 const char *bearer, const char *kind, size_t as, size_t ae);

/* "a Partnership Governance Board, to be chaired by the Commissioner, which shall meet
 * bi-monthly" (the series' words at ts): the board that meets, named last before the
 * relative "which"; so too "..., which will be chaired by the Improvement Adviser and
 * will meet at least every six weeks", the relative's second verb.  NULL if the words
 * before ts are not such a relative. */
/* Do the words t[end, ts) say only how often at least ("at least", "not less than")? */
static bool only_at_least(const struct read_ctx *c, size_t end, size_t ts)
{
	size_t i = lex_skip_space(c->t, end, ts), x;

	if (lex_at(c->t, i, ts, "at least ", &x) || lex_at(c->t, i, ts, "not less than ", &x) ||
	    lex_at(c->t, i, ts, "no less than ", &x))
		i = x;
	if (lex_at(c->t, i, ts, "once ", &x)) /* "not less than once every two months" */
		i = x;
	return lex_skip_space(c->t, i, ts) == ts;
}

static const char *meeting_board(const struct read_ctx *c, size_t s, size_t ts)
{
	static struct lex_phrase rel[] = {
	    LEX_PHRASE(", which shall meet "), LEX_PHRASE(", which will meet "),
	    LEX_PHRASE(", which is to meet "), LEX_PHRASE(", which must meet "),
	    LEX_PHRASE(", which should meet "),
	    /* LEX_PHRASE("an Improvement Board, which the Commissioner
	     * shall chair and which shall meet ...") */
	    LEX_PHRASE(" and which shall meet "), LEX_PHRASE(" and which will meet "),
	    LEX_PHRASE(" and which is to meet "), LEX_PHRASE(" and which must meet ")};
	static struct lex_phrase second[] = {
	    LEX_PHRASE(" and will meet "), LEX_PHRASE(" and shall meet "),
	    LEX_PHRASE(" and is to meet "), LEX_PHRASE(" and must meet ")};
	size_t k, at, end, which, lo = ts > s + 80 ? ts - 80 : s, b = lex_skip_space(c->t, s, ts),
	                          re;
	const char *r;

	/* a schedule's row "The Improvement Board to meet to review progress   Monthly
	 * from April 2017": the board its subject, its verb an infinitive */
	lex_at(c->t, b, ts, "the ", &b);
	if ((r = facts_role_span(c, b, ts, &re)) != NULL &&
	    (read_eq(r, "improvement_board") || read_eq(r, "governance_board")) &&
	    lex_at(c->t, re, ts, " to meet ", NULL))
		return r;
	for (k = 0; k < ARRAY_SIZE(rel); k++)
		if ((at = lex_search_ph(&c->ix, lo, ts, &rel[k], &end)) != (size_t)-1 &&
		    only_at_least(c, end, ts))
			return oblig_board_before(c, s, at);
	for (k = 0; k < ARRAY_SIZE(second); k++)
		if ((at = lex_search_ph(&c->ix, lo, ts, &second[k], &end)) != (size_t)-1 &&
		    only_at_least(c, end, ts) &&
		    (which = lex_search_ph(&c->ix, at > s + 120 ? at - 120 : s, at,
		                           LEX_LIT(", which "), NULL)) != (size_t)-1)
			return oblig_board_before(c, s, which);
	return NULL;
}

/* "establish an Improvement Board, chaired by ..., which will meet every four
 * weeks", "The Council will maintain an Improvement Board, ..., which will meet on a
 * monthly basis": the timing belongs to the relative clause, whose antecedent (the
 * board: the first role after the main verb that no preposition governs) owes the
 * series; the main verb is a duty of its own for the sentence's subject (or the one
 * the list addresses).  Adds it, sets *series to the antecedent and returns 1, else 0. */
static size_t relative_duty(struct read_ctx *c, const struct unit *u, const struct clause *cl,
                            size_t s, size_t ts, const char **series, const char **timed_main,
                            rec_t *out)
{
	static struct lex_phrase rel[] = {
	    LEX_PHRASE(", which will "),   LEX_PHRASE(", which shall "),
	    LEX_PHRASE(", which must "),   LEX_PHRASE(", which is to "),
	    LEX_PHRASE(", which should "), LEX_PHRASE(", who will "),
	    LEX_PHRASE(", who shall ")};
	static struct lex_phrase second[] = {LEX_PHRASE(" and which shall "),
	                                     LEX_PHRASE(" and which will ")};
	size_t k, at = (size_t)-1, from = s, me, and_which;
	const char *main, *ante;
	char cond[8];

	for (k = 0; k < ARRAY_SIZE(rel) && at == (size_t)-1; k++)
		at = lex_search_ph(&c->ix, s, ts, &rel[k], NULL);
	/* "maintain its Improvement Board, which the Commissioner shall continue to chair
	 * and which shall meet at least monthly": the first relative clause's comma */
	for (k = 0; k < ARRAY_SIZE(second) && at == (size_t)-1; k++)
		if ((and_which = lex_search_ph(&c->ix, s, ts, &second[k], NULL)) != (size_t)-1)
			at = lex_search_ph(&c->ix, and_which > s + 120 ? and_which - 120 : s,
			                   and_which, LEX_LIT(", which "), NULL);
	if (at == (size_t)-1)
		return 0;
	if (oblig_starts_with_duty(c, s, at)) {
		main = u->bearer;
	} else {
		if (oblig_first_modal(c, s, at, &me) == (size_t)-1)
			return 0;
		main = oblig_subject_role(c, s, at);
		from = me;
	}
	ante = oblig_free_role(c, from, at);
	if (!main || !ante || read_eq(main, ante))
		return 0;
	if (timed_main) /* the main verb's own timing is a table row's last cell */
		*timed_main = main;
	else
		rec_array_append_new(
		    out, untimed_obligation(
		             c, cl, main, oblig_untimed_kind(c, s, at, cond, sizeof(cond)), s, at));
	*series = ante;
	return 1;
}

rec_t *oblig_new(const struct read_ctx *c, const struct clause *cl, const char *bearer,
                 const char *to, const char *kind, size_t as, size_t ae)
{
	rec_t *o = rec_object();

	read_set(o, "id", read_string(""));
	read_set(o, "clause", read_string(cl->id));
	read_set(o, "bearer", read_string(bearer ? bearer : "council"));
	if (to)
		read_set(o, "to", read_string(to));
	read_set(o, "action", jtext(c, as, ae, 400));
	read_set(o, "kind", read_string(kind));
	read_set(o, "span", read_span(c, as, ae));
	return o;
}

/* A duty that no timing shapes: whom it is owed to is read from all its words. */
static rec_t *untimed_obligation(const struct read_ctx *c, const struct clause *cl,
                                 const char *bearer, const char *kind, size_t as, size_t ae)
{
	return oblig_new(c, cl, bearer, oblig_recipient(c, as, ae, bearer ? bearer : "council"),
	                 kind, as, ae);
}

/* The role of an active sentence's grammatical subject ("The Council shall present
 * ..."), or NULL (a passive "The terms ... must be agreed by the Secretary of State"
 * puts no duty on the agent: it is an approval). */
static const char *active_subject(const struct read_ctx *c, size_t s, size_t se)
{
	size_t me, m = oblig_first_modal(c, s, se, &me);

	if (m == (size_t)-1 || lex_at(c->t, me, se, "be ", NULL))
		return NULL;
	return oblig_free_role(c, s, m);
}

/* The subject of an object relative clause before t[ts] ("an update ..., which the
 * Council shall provide"), or NULL. */
static const char *object_relative_subject(const struct read_ctx *c, size_t s, size_t ts)
{
	size_t at, end, last = (size_t)-1;

	for (at = lex_search_ph(&c->ix, s, ts, LEX_LIT(", which "), &end); at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, ts, LEX_LIT(", which "), &end))
		last = end;
	return last == (size_t)-1 ? NULL : oblig_free_role(c, last, ts);
}

/* "... will hold review meetings with the Council on the following dates:" then
 * "• 26 March 2012;", "• 25 June 2012; and": each date is a duty of the lead-in's act.
 * o's action: the lead-in's words to "dates" and the date it is done on ("Officials ...
 * will hold review meetings with the Council on the following dates: 25 June 2012"). */
static void listed_action(const struct read_ctx *c, struct lex_span date, const rec_t *lead,
                          rec_t *o)
{
	const char *a = rec_string_value(rec_object_get(lead, "action"));
	const char *d = a ? strstr(a, "dates:") : NULL;
	char when[40];
	struct strbuf sb = STRBUF_INIT;

	if (!d)
		return;
	lex_copy(c->t, date.s, date.e, when, sizeof(when));
	strbuf_add(&sb, a, (size_t)(d - a) + 6);
	strbuf_addf(&sb, " %s", when);
	rec_object_set_new(o, "action", rec_string(strbuf_str(&sb)));
	strbuf_release(&sb);
}

/* "until 31 March 2017 or such later date as the Secretary of State may direct": the
 * duty's end, t[us, ue), may have moved; a person should confirm it. */
static void later_date_warning(struct read_ctx *c, size_t us, size_t ue, size_t se)
{
	size_t at = lex_skip_space(c->t, ue, se), end, stop;
	char words[160], msg[320];
	const char *comma;

	if (!lex_at(c->t, at, se, "or such later date", &end))
		return;
	comma = memchr(c->t + end, ',', se - end);
	stop = lex_trim_end(c->t, us, comma ? (size_t)(comma - c->t) : se);
	while (stop > us && (c->t[stop - 1] == '.' || c->t[stop - 1] == ';'))
		stop--;
	lex_copy(c->t, us, stop, words, sizeof(words));
	snprintf(msg, sizeof(msg),
	         "'%s': the duty ends then unless a later date is set as the words allow; "
	         "confirm whether it was extended",
	         words);
	read_warn(c, msg, us, stop);
}

/* The duty a candidate stands for. */
static rec_t *cand_obligation(const struct read_ctx *c, const struct clause *cl,
                              const struct cand *k)
{
	char cond[8];
	const char *kind =
	    k->kind ? k->kind : oblig_untimed_kind(c, k->s, k->e, cond, sizeof(cond));
	rec_t *o;

	if (k->to)
		return oblig_new(c, cl, k->role, k->to, kind, k->s, k->e);
	o = untimed_obligation(c, cl, k->role, kind, k->s, k->e);
	if (k->cond > k->s)
		rec_object_set_new(o, "condition", jtext(c, k->cond, k->e, 400));
	if (k->body > k->s) {
		size_t ce = lex_trim_end(c->t, k->s, k->body);
		rec_object_set_new(
		    o, "condition",
		    jtext(c, k->s, ce > k->s && c->t[ce - 1] == ',' ? ce - 1 : ce, 400));
	}
	return o;
}

static long span_start(const rec_t *o)
{
	return (long)rec_integer_value(rec_array_get(rec_object_get(o, "span"), 0));
}

/* Put out[from...] in text order (stable: a duty made before another at the same
 * place stays first). */
static void sort_by_span(rec_t *out, size_t from)
{
	size_t n = rec_array_size(out), i, j;

	for (i = from + 1; i < n; i++) {
		rec_t *x = rec_incref(rec_array_get(out, i));
		for (j = i; j > from && span_start(rec_array_get(out, j - 1)) > span_start(x); j--)
			rec_array_set(out, j, rec_array_get(out, j - 1));
		rec_array_set_new(out, j, x);
	}
}

/* The subject of the duty at t[body, se) after an if-clause that starts at s: its role,
 * or, for "If at any time the Commissioner considers that ..., she shall report ...",
 * the role the condition names. */
static const char *if_led_subject(const struct read_ctx *c, size_t s, size_t body, size_t se)
{
	const char *subj = oblig_subject_role(c, body, se);

	if (!subj && body > s &&
	    (lex_at(c->t, body, se, "she ", NULL) || lex_at(c->t, body, se, "he ", NULL)))
		subj = oblig_free_role(c, s, body);
	return subj;
}

/* "If its Director of Children's Services leaves the post before 31 October 2025, the
 * Council shall notify the Department within 10 working days of the departure": a
 * duty that arises only if the condition does, its times part of it (no due date).
 * Adds it and returns true, or false when t[s, se) does not open with such an
 * if-clause. */
static bool if_led_duty(const struct read_ctx *c, const struct unit *u, const struct clause *cl,
                        size_t s, size_t se, rec_t *out)
{
	size_t body = oblig_if_clause_end(c, s, se), ce;
	const char *subj;
	char cond[400];
	rec_t *o;

	if (body == s || oblig_is_statement(c, s, se) || !has_modal(c, body, se))
		return false;
	subj = if_led_subject(c, s, body, se);
	ce = lex_trim_end(c->t, s, body);
	lex_copy(c->t, s, ce > s && c->t[ce - 1] == ',' ? ce - 1 : ce, cond, sizeof(cond));
	o = untimed_obligation(c, cl, subj ? subj : u->bearer, "conditional", s, se);
	read_set(o, "condition", read_string(cond));
	rec_array_append_new(out, o);
	return true;
}

/* Does t[s, e) end with a lead-in's colon and at most a list item's mark ("- A.")? */
static bool cut_lead_in(const char *t, size_t s, size_t e)
{
	const char *colon = memchr(t + s, ':', e - s);
	size_t i, letters = 0;

	if (!colon)
		return false;
	for (i = (size_t)(colon - t) + 1; i < e; i++)
		letters += ch_is_alpha((unsigned char)t[i]) != 0;
	return letters <= 3;
}

/* Obligations of one unit (its own text: head and tail). */

static void unit_obligations(struct read_ctx *c, const struct unit *u, rec_t *out)
{
	const struct clause *cl = &c->clauses->v[u->clause];
	struct lex_span parts[2] = {cl->head, cl->tail};
	size_t made = 0, p, start_count = rec_array_size(out);
	rec_t *last_recurring = NULL;
	rec_t *within = NULL;                    /* the unit's last dated "within" deadline */
	const struct timing *within_date = NULL; /* its timing when a date ("by ...") */
	cal_day within_due = 0;
	char within_anchor[48] = "";
	struct cand cand[8];
	size_t nc = 0, joined;
	const char *last_bearer = NULL;
	const rec_t *listed_from = NULL; /* the lead-in's duty of dates listed below it */

	memset(cand, 0, sizeof(cand));

	if (u->only.e > u->only.s) { /* the sentences before a lead-in */
		parts[0] = u->only;
		parts[1].s = parts[1].e = 0;
	} else /* a table flattened one cell a line under the clause's lead-in: its rows */
		made = oblig_flat_table(c, cl, u->bearer, u->events, out);
	for (p = made ? 2 : 0; p < 2; p++) {
		size_t s = parts[p].s, e = parts[p].e;
		while (s < e) {
			size_t se = lex_sentence_end(c->t, s, e), nt, i, body, cell;
			const char *main_role;
			struct timing tm[MAXT];
			if (u->row && s < u->row->action_e && se >= u->row->action_e)
				se = u->row->cells_e; /* the row's cells with its action */
			/* "Produce a revised plan ....⏎Timescale: Within one month of ...": the
			 * timing's line is a label of the action before it, one duty with it */
			if (s > parts[p].s &&
			    (oblig_timing_label(c, s, se, NULL) || oblig_tab_last_cell(c, s, se)))
				s = parts[p].s;
			lex_focus(&c->ix, s, se);
			/* before a lead-in, only what a modal makes a duty ("The Commissioner is
			 * expected to provide ..."), not an account ("Mr X has agreed to act
			 * as ... until 31 March 2023") */
			if (u->only.e > u->only.s && !u->item && !has_modal(c, s, se)) {
				s = lex_skip_space(c->t, se, e);
				continue;
			}
			/* a sentence that opens with its verb ("to provide ...", "by 30 April,
			 * to agree ..., the terms of which must be approved by ...") is the
			 * addressee's: a modal inside it belongs to a subordinate clause */
			const char *subj =
			    oblig_starts_with_duty(c, s, se) ? NULL : oblig_subject_role(c, s, se);
			if (!subj)
				subj = oblig_pronoun_subject(c, parts[p].s, s, se);
			if (oblig_is_narrative(c, s, se)) {
				s = lex_skip_space(c->t, se, e);
				continue;
			}
			nt = oblig_drop_replaced(c, s, se, tm, oblig_find_timings(c, s, se, tm));
			if (u->row && se == u->row->cells_e)
				nt = oblig_row_timings(c, u->row, tm, nt);
			if (nt == 1 && rec_array_size(out) > start_count &&
			    oblig_first_confirmed(c, rec_array_get(out, rec_array_size(out) - 1),
			                          &tm[0], s, se)) {
				s = lex_skip_space(c->t, se, e);
				continue;
			}
			if (within_date) { /* a dated deadline's series is in its own sentence */
				within = NULL;
				within_date = NULL;
			}
			oblig_series_until(c, u->events, tm, &nt, u->has_until, u->until);
			if (nt && if_led_duty(c, u, cl, s, se, out)) {
				made++;
				s = lex_skip_space(c->t, se, e);
				continue;
			}
			/* a sentence of its own with its own subject and modal: a duty
			 * whatever else its bearer owes here ("... which will meet at least
			 * every six weeks. The Council must report to each meeting of the
			 * Board ..."); not a lead-in cut off by its first item's letter
			 * ("THE COMMISSIONER SHALL: - A.") */
			if (!nt && subj && nc < ARRAY_SIZE(cand) && !oblig_is_statement(c, s, se) &&
			    active_subject(c, s, se) == subj && !cut_lead_in(c->t, s, se) &&
			    !oblig_answered_request(c, s, se, e)) {
				cand[nc].s = s;
				cand[nc].e = se;
				cand[nc].kind = NULL;
				cand[nc].sentence = true;
				cand[nc++].role = subj;
				/* "The Adviser will attend each meeting of the Board, and the
				 * Council must report to each meeting ...": the second's too */
				if (nc < ARRAY_SIZE(cand))
					oblig_coordinated_duty(c, s, se, tm, 0, subj, &cand[nc],
					                       &nc);
			} else if (!nt && !subj && nc < ARRAY_SIZE(cand) &&
			           (body = oblig_if_clause_end(c, s, se)) > s &&
			           has_modal(c, body, se) && !oblig_is_statement(c, s, se)) {
				/* "If a formal partnership cannot be brokered, alternative
				 * delivery arrangements will need to be sought.": the unit's
				 * bearer's, on that condition */
				cand[nc].body = body;
				cand[nc].s = s;
				cand[nc].e = se;
				cand[nc].kind = "conditional";
				cand[nc].sentence = true;
				cand[nc++].role = u->bearer;
			}
			oblig_chair_duty(c, s, se, cand, &nc, ARRAY_SIZE(cand));
			joined = (size_t)-1;
			if (nt && (subj || oblig_starts_with_duty(c, s, se)) &&
			    nc < ARRAY_SIZE(cand) &&
			    oblig_joined_standing(c, s, se, tm, nt, &cand[nc].s, &cand[nc].e)) {
				cand[nc].role = subj ? subj : u->bearer;
				joined = nc;
				cand[nc++].own = true;
			}
			if (nt && nc < ARRAY_SIZE(cand))
				oblig_coordinated_duty(c, s, se, tm, nt, subj ? subj : u->bearer,
				                       &cand[nc], &nc);
			if (nt >= 2)
				oblig_untimed_clauses(c, s, se, tm, nt, subj ? subj : u->bearer,
				                      cand, &nc, ARRAY_SIZE(cand));
			if (nt && subj && nc < ARRAY_SIZE(cand)) {
				size_t had = nc;
				oblig_received_duty(c, se, &tm[nt - 1], subj, &cand[nc], &nc);
				if (nc == had)
					oblig_conditional_predicate(c, se, &tm[nt - 1], subj,
					                            &cand[nc], &nc);
			}
			if (nt && nc < ARRAY_SIZE(cand))
				oblig_reported_duty(c, se, &tm[nt - 1], subj ? subj : u->bearer,
				                    &cand[nc], &nc);
			/* "Establish a Board ..., which will meet every four weeks   Within one
			 * month of ...": a table row's last cell (after its gap) times the row's
			 * main verb, not the relative's */
			for (cell = nt, i = 1; i < nt && cell == nt; i++)
				if (tm[i].s >= s + 3 && !memcmp(c->t + tm[i].s - 3, "   ", 3))
					cell = i;
			main_role = NULL;
			if (nt && relative_duty(c, u, cl, s, tm[0].s, &subj,
			                        cell < nt ? &main_role : NULL, out)) {
				made++;
				/* a joined predicate that is the main verb's: made already */
				if (joined != (size_t)-1 && cand[joined].s == s)
					cand[joined].role = NULL;
			}
			for (i = 0; i < nt; i++) {
				size_t seg_s = i == 0 ? s : tm[i - 1].e, seg_e = i + 1 < nt ? tm[i + 1].s : se;
				const char *bearer = NULL, *to;
				rec_t *o;
				if (tm[i].kind == T_UNTIL && !subj &&
				    (s > parts[p].s || (cl->parent < 0 && !has_modal(c, s, se)) ||
				     oblig_is_statement(c, s, se)) &&
				    !oblig_starts_with_duty(c, s, se) &&
				    !oblig_free_role(c, s, tm[i].s))
					continue; /* "The agreement will be for an initial term of
					           * three years or (if earlier) until ...", "The
					           * Commissioner's appointment is extended until
					           * ...": a thing's term, no one's duty */
				if (tm[i].kind == T_UNTIL) {
					/* "until the end of the initial term (1st July 2020) or, if sooner, ..." */
					o = untimed_obligation(c, cl, subj ? subj : u->bearer,
					                       "standing", s, se);
					{
						cal_day ud;
						if (oblig_until_date(c, u->events, &tm[i], &ud)) {
							read_set(o, "until", jdate(ud));
							later_date_warning(c, tm[i].s, tm[i].e, se);
						}
					}
					{
						size_t ce,
						    cs = lex_search_ph(&c->ix, tm[i].e, se,
						                       LEX_LIT("if sooner"), &ce);
						if (cs == (size_t)-1)
							cs = lex_search_ph(&c->ix, tm[i].e, se,
							                   LEX_LIT("if earlier"),
							                   &ce);
						if (cs != (size_t)-1)
							read_set(o, "condition",
							         jtext(c, cs,
							               lex_trim_end(c->t, cs, se),
							               400));
					}
					rec_array_append_new(out, o);
					made++;
					/* "Until the transfer date, the Council shall co-operate
					 * ..., and shall provide ...": the sentence's words are
					 * this one duty, its first predicate no second one */
					if (joined != (size_t)-1 && cand[joined].s == s)
						cand[joined].role = NULL;
					continue;
				}
				if (tm[i].on_request) {
					/* "The Department may from time to time ask ..., which the
					 * Council shall provide within 10 working days of the request" */
					const char *who =
					    object_relative_subject(c, s, tm[i].s)
					        ? object_relative_subject(c, s, tm[i].s)
					    : subj ? subj
					           : u->bearer;
					size_t cs =
					    i == 0 ? oblig_on_request_predicate(c, s, tm[i].s) : s;
					if (cs > s) {
						/* "The Council shall give the Commissioner such
						 * access
						 * ... as the Commissioner may reasonably require,
						 * and shall provide any information ... within 5
						 * working days of a request": the first predicate
						 * stands */
						size_t fe = cs - 5;
						while (fe > s &&
						       (c->t[fe - 1] == ',' || c->t[fe - 1] == ' '))
							fe--;
						rec_array_append_new(
						    out, untimed_obligation(c, cl, who, "standing",
						                            s, fe));
						made++;
					}
					o = untimed_obligation(c, cl, who, "conditional", cs, se);
					read_set(o, "condition",
					         jtext(c, tm[i].s, lex_trim_end(c->t, tm[i].s, se),
					               400));
					rec_array_append_new(out, o);
					made++;
					continue;
				}
				/* "The Board will meet every eight weeks and will receive a
				 * progress report from the Council": a second predicate's
				 * words are not the series' */
				size_t pred_e = oblig_second_predicate(c, tm[i].e, seg_e);
				if (main_role && i >= cell)
					bearer = main_role;
				if (!bearer)
					bearer =
					    u->row ? u->bearer : meeting_board(c, seg_s, tm[i].s);
				if (!bearer)
					bearer = oblig_agent_after(c, tm[i].s, pred_e);
				if (!bearer)
					bearer = oblig_source_after(c, tm[i].s, pred_e);
				if (!bearer)
					bearer = oblig_meeting_between(c, tm[i].s, seg_e, NULL);
				if (!bearer)
					bearer = oblig_coordinate_subject(c, s, tm[i].s);
				if (!bearer)
					bearer = subj;
				if (!bearer)
					bearer = oblig_colon_lead_subject(c, parts[p].s, s);
				/* "Readiness assessment by the Commissioner submitted to the
				 * Secretary of State: not less than 8 weeks before ...": a
				 * milestone's noun phrase names its doer */
				if (!bearer && !has_modal(c, s, se) &&
				    !oblig_starts_with_duty(c, s, se))
					bearer = oblig_named_doer(c, s, tm[i].s);
				/* "A formal review ... will take place in March 2022." after "Officials
				 * from the Department will hold review meetings ...": a sentence with
				 * no one for its subject goes on with the last one's bearer */
				if (!bearer && s > parts[p].s && !oblig_starts_with_duty(c, s, se))
					bearer = last_bearer
					             ? last_bearer
					             : oblig_sentence_before(c, cand, nc, s);
				if (!bearer)
					bearer = u->bearer;
				last_bearer = bearer;
				to = oblig_role_after(c, seg_s, seg_e, LEX_LIT(" to "), NULL);
				if (to && bearer && read_eq(to, bearer))
					to = NULL;
				if (!to) {
					size_t w = 0;
					if (oblig_meeting_between(c, tm[i].s, seg_e, &w)) {
						size_t and_e,
						    and_s = lex_search_ph(&c->ix, w, seg_e,
						                          LEX_LIT(" and "), &and_e);
						if (and_s != (size_t)-1)
							to = facts_role_of(c, and_e, seg_e < and_e + 60 ? seg_e : and_e + 60);
					}
				}
				if (to && bearer && read_eq(to, bearer))
					to = NULL;
				if (!to)
					to = oblig_recipient(c, seg_s, seg_e, bearer);
				/* "..., and thereafter shall report ... at intervals of 3 months"
				 */
				if (tm[i].kind == T_EVERY && !tm[i].thereafter && within && i > 0)
					tm[i].thereafter =
					    lex_search_ph(&c->ix, tm[i - 1].e, tm[i].s,
					                  LEX_LIT("thereafter"),
					                  NULL) != (size_t)-1;
				/* a series goes on from a dated deadline only right after it */
				if (within && within_date && (i == 0 || within_date != &tm[i - 1]))
					within = NULL;
				if (tm[i].kind == T_EVERY && tm[i].thereafter && within) {
					/* "within six months of his appointment and thereafter
					 * every three months": one duty, due first at the
					 * deadline, then a series from it with the deadline's
					 * anchor and recipient */
					memcpy(tm[i].anchor, within_anchor, sizeof(tm[i].anchor));
					read_set(within, "kind", read_string("recurring"));
					if (to && !rec_object_get(within, "to"))
						read_set(within, "to", read_string(to));
					oblig_add_recurrence(c, within, &tm[i], true, within_due);
					last_recurring = within;
					within = NULL;
					continue;
				}
				if (tm[i].kind == T_EVERY) {
					o = oblig_new(c, cl, bearer, to, "recurring", s, se);
					oblig_add_series(c, u->events, o, &tm[i]);
					last_recurring = o;
				} else if (i > 0 && last_recurring &&
				           oblig_series_month(c, &tm[i - 1], &tm[i])) {
					/* "annually, in April": the month each falls in */
					oblig_first_within(c, u->events, last_recurring, &tm[i - 1],
					                   &tm[i]);
					continue;
				} else if (tm[i].kind == T_WITHIN && i > 0 &&
				           tm[i - 1].kind == T_EVERY && last_recurring &&
				           lex_search_ph(&c->ix, tm[i - 1].e, tm[i].s,
				                         LEX_LIT("the first"),
				                         NULL) != (size_t)-1) {
					/* "every 12 weeks, the first such report to be submitted
					 * within 2 months of her appointment": the series' first
					 * is that deadline */
					/* "at six-monthly intervals, with the first review no
					 * later than six months from the date of this notice":
					 * the first the series has anyway, no deadline besides */
					if (!(tm[i].period.n == tm[i - 1].period.n &&
					      tm[i].period.unit == tm[i - 1].period.unit &&
					      read_eq(tm[i].anchor, "instrument_date") &&
					      read_eq(tm[i - 1].anchor[0] ? tm[i - 1].anchor
					                                  : "instrument_date",
					              "instrument_date")))
						oblig_first_within(c, u->events, last_recurring,
						                   &tm[i - 1], &tm[i]);
					continue;
				} else {
					const rec_t *lead = tm[i].listed ? listed_from : NULL;
					if (lead && rec_object_get(lead, "to"))
						to = rec_string_value(rec_object_get(lead, "to"));
					o = oblig_new(c, cl, bearer, to, "deadline", s, se);
					oblig_make_due(c, u->events, o, &tm[i]);
					if (tm[i].listed) {
						listed_action(c, tm[i].date.span, lead ? lead : o,
						              o);
						if (!listed_from)
							listed_from = o; /* held by out */
					}
					/* a deadline a series may go on from ("within six months
					 * ..., and thereafter every three months"; "during the week
					 * beginning 24 September 2018, and every six months after
					 * that") */
					if ((tm[i].kind == T_WITHIN || tm[i].kind == T_DATE) &&
					    rec_object_get(rec_object_get(o, "due"), "date")) {
						within = o;
						within_date = tm[i].kind == T_DATE ? &tm[i] : NULL;
						if (tm[i].kind == T_DATE)
							snprintf(within_anchor,
							         sizeof(within_anchor),
							         "instrument_date");
						else
							memcpy(within_anchor, tm[i].anchor,
							       sizeof(within_anchor));
						struct err er = {0};
						(void)cal_parse_iso(
						    strv_of(rec_string_value(rec_object_get(
						        rec_object_get(o, "due"), "date"))),
						    &within_due, &er);
					}
				}
				rec_array_append_new(out, o);
				made++;
			}
			/* "Reduce the number ... to nil by 31st March 2012, and keep it at nil
			 * thereafter": the level kept after the deadline, a standing duty */
			if (made && nt) {
				static struct lex_phrase kept[] = {LEX_PHRASE(", and keep "),
				                                   LEX_PHRASE(", and maintain "),
				                                   LEX_PHRASE(", and sustain ")};
				size_t k2, ks = (size_t)-1, ke = 0;
				for (k2 = 0; k2 < ARRAY_SIZE(kept) && ks == (size_t)-1; k2++)
					ks =
					    lex_search_ph(&c->ix, tm[nt - 1].e, se, &kept[k2], &ke);
				if (ks != (size_t)-1 &&
				    lex_search_ph(&c->ix, ke, se, LEX_LIT("thereafter"), NULL) !=
				        (size_t)-1) {
					size_t ae = lex_trim_end(c->t, ks, se);
					while (ae > ks &&
					       (c->t[ae - 1] == '.' || c->t[ae - 1] == ';'))
						ae--;
					rec_array_append_new(
					    out, untimed_obligation(
					             c, cl, last_bearer, "standing",
					             lex_skip_space(c->t, ks + 1, se), ae));
					made++;
				}
			}
			/* "to establish a Board, which is to meet monthly, and to report on its
			 * progress ... at each meeting of the Board": the infinitive after the
			 * relative clause is the main subject's own duty */
			if (made && nt && tm[nt - 1].kind == T_EVERY &&
			    meeting_board(c, s, tm[nt - 1].s)) {
				size_t ts2, te2 = 0;
				if ((ts2 = lex_search_ph(&c->ix, tm[nt - 1].e, se,
				                         LEX_LIT(", and to "), &te2)) !=
				    (size_t)-1) {
					size_t ae = lex_trim_end(c->t, te2, se);
					while (ae > te2 &&
					       (c->t[ae - 1] == '.' || c->t[ae - 1] == ';'))
						ae--;
					rec_array_append_new(
					    out, untimed_obligation(c, cl, u->bearer, "standing",
					                            te2 - 3, ae));
					made++;
				}
			}
			/* "more frequently if ...": a condition on the series just made */
			if (last_recurring) {
				size_t ce, cs = lex_search_ph(&c->ix, s, se,
				                              LEX_LIT("more frequently if"), &ce);
				if (cs == (size_t)-1)
					cs = lex_search_ph(&c->ix, s, se, LEX_LIT("more often if"),
					                   &ce);
				if (cs != (size_t)-1 &&
				    !rec_object_get(last_recurring, "condition")) {
					size_t cend = lex_trim_end(c->t, cs, se);
					while (cend > cs && (c->t[cend - 1] == '.' || c->t[cend - 1] == ';'))
						cend--;
					read_set(last_recurring, "condition",
					         jtext(c, cs, cend, 400));
					read_set(last_recurring, "kind", read_string("recurring"));
				}
			}
			s = lex_skip_space(c->t, se, e);
		}
	}
	/* A timed unit's untimed duties of others ("The Council shall maintain its
	 * Improvement Board. The Board shall ... meet every 6 weeks"; "chaired by the
	 * Improvement Adviser"): one each, for a bearer that owes nothing else here; a
	 * predicate of its own (cand.own) whatever else; and a sentence of its own unless
	 * a duty of the same bearer made here holds its words already ("The Council shall
	 * nominate a senior officer to the Board.  Timescale: Within 10 working days"). */
	if (made > 0) {
		size_t k, j;
		for (k = 0; k < nc; k++) {
			bool owed = false, held = false;
			if (!cand[k].role)
				continue; /* withdrawn */
			for (j = start_count; j < rec_array_size(out); j++) {
				const rec_t *o = rec_array_get(out, j);
				const rec_t *sp = rec_object_get(o, "span");
				if (!read_eq(rec_string_value(rec_object_get(o, "bearer")),
				             cand[k].role))
					continue;
				owed = true;
				held =
				    held ||
				    ((size_t)rec_integer_value(rec_array_get(sp, 0)) <= cand[k].s &&
				     cand[k].e <= (size_t)rec_integer_value(rec_array_get(sp, 1)));
			}
			if (!owed || cand[k].own || (cand[k].sentence && !held)) {
				rec_array_append_new(out, cand_obligation(c, cl, &cand[k]));
				made++;
			}
		}
		sort_by_span(out, start_count);
	}
	if (made == 0) {
		/* an untimed duty: the first sentence that states one */
		size_t s = parts[0].s, e = parts[0].e;
		while (s < e) {
			size_t se = lex_sentence_end(c->t, s, e);
			size_t body;
			lex_focus(&c->ix, s, se); /* the sentence is asked many questions */
			body = oblig_if_clause_end(c, s, se);
			if (!oblig_is_statement(c, s, se) && !oblig_annex_pointer(c, s, se) &&
			    (oblig_starts_with_duty(c, body, se) || has_modal(c, body, se))) {
				char cond[400];
				bool verb_first = oblig_starts_with_duty(c, body, se);
				const char *kind = oblig_untimed_kind(c, s, se, cond, sizeof(cond));
				const char *subj =
				    verb_first ? NULL : if_led_subject(c, s, body, se);
				size_t ra, re;
				/* (not "b. ensure that the Trust gives the Commissioner, on
				 * request, any information ...": when asked) */
				if (verb_first && read_eq(kind, "conditional") &&
				    strncmp(cond, "if ", 3) && strcmp(cond, "on request") &&
				    strncmp(cond, "when ", 5) && strncmp(cond, "at such ", 8) &&
				    strncmp(cond, "as soon as ", 11) &&
				    !oblig_request_opening(c, body, se, &ra, &re) &&
				    !oblig_such_as_requested(c, body, se, cond)) {
					kind = "standing";
					cond[0] = '\0';
				}
				if (body >
				    s) { /* "If the Commissioner so requests, the Council shall" */
					kind = "conditional";
					size_t ce = lex_trim_end(c->t, s, body);
					lex_copy(c->t, s,
					         ce > s && c->t[ce - 1] == ',' ? ce - 1 : ce, cond,
					         sizeof(cond));
				}
				const char *asker =
				    oblig_asks_of_addressee(c, body, se, subj, u->bearer);
				const char *who = asker ? u->bearer : subj ? subj : u->bearer;
				/* "... must ensure there continues to be an improvement board ...
				 * and report to the improvement board on progress": a second
				 * predicate, a duty of its own to the one reported to */
				size_t rs = (size_t)-1, ps = 0;
				const char *rto =
				    asker ? NULL : oblig_report_to(c, body, se, &rs, &ps);
				size_t oe = rto ? lex_trim_end(c->t, s, rs)
				            : parts[1].e > se && parts[1].s >= e ? parts[1].e
				                                                 : se;
				/* "The Adviser will attend each meeting of the Board, and the
				 * Council must present its data to each meeting": a clause
				 * with its own subject and modal, its subject's duty */
				struct cand co = {0};
				size_t nco = 0;
				if (!rto && !asker && oe == se) {
					oblig_coordinated_duty(c, s, se, NULL, 0, who, &co, &nco);
					for (oe = nco ? co.s : se; nco && oe > s &&
					                           c->t[oe - 1] != ',' &&
					                           c->t[oe - 1] != ';';)
						oe--;
					if (nco)
						oe = lex_trim_end(c->t, s, oe - 1);
				}
				rec_t *o = oblig_new(
				    c, cl, who,
				    asker ? asker
				          : oblig_recipient(c, s, oe, who ? who : "council"),
				    asker ? "conditional" : kind, s, oe);
				if (cond[0])
					read_set(o, "condition", read_string(cond));
				rec_array_append_new(out, o);
				made++;
				if (rto) {
					rec_array_append_new(
					    out, oblig_new(c, cl, who, rto, kind, ps, se));
					made++;
				}
				if (nco) {
					rec_array_append_new(out, cand_obligation(c, cl, &co));
					made++;
				}
				/* "The Council will maintain an Improvement Board, chaired by the
				 * Adviser, with ...": the chair's duty too */
				struct cand ch = {0};
				size_t nch = 0;
				oblig_chair_duty(c, s, se, &ch, &nch, 1);
				if (nch && !read_eq(ch.role, subj        ? subj
				                             : u->bearer ? u->bearer
				                                         : "council")) {
					rec_array_append_new(out, cand_obligation(c, cl, &ch));
					made++;
				}
				s = lex_skip_space(c->t, se, e);
				break;
			}
			s = lex_skip_space(c->t, se, e);
		}
		/* A later sentence that puts a duty on someone else, by name
		 * ("Progress will be reported by the Council to each meeting"). */
		while (made && s < e) {
			size_t se = lex_sentence_end(c->t, s, e);
			const char *subj;
			lex_focus(&c->ix, s, se);
			subj = has_modal(c, s, se) && !oblig_is_statement(c, s, se)
			           ? oblig_subject_role(c, s, se)
			           : NULL;
			const char *first = rec_string_value(
			    rec_object_get(rec_array_get(out, rec_array_size(out) - 1), "bearer"));
			if (subj && first && !read_eq(subj, first)) {
				char cond[400];
				const char *kind = oblig_untimed_kind(c, s, se, cond, sizeof(cond));
				rec_t *o = untimed_obligation(c, cl, subj, kind, s, se);
				rec_array_append_new(out, o);
				made++;
			}
			s = lex_skip_space(c->t, se, e);
		}
	}
	/* "Until the transfer date the Council must— (1) give ...": the lead-in's end is
	 * its standing duties' too */
	oblig_opening_until(c, u->events, parts[0].s, out, start_count);
	if (u->has_until) {
		size_t k;
		for (k = start_count; k < rec_array_size(out); k++) {
			rec_t *o = rec_array_get(out, k);
			if (read_eq(rec_string_value(rec_object_get(o, "kind")), "standing") &&
			    !rec_object_get(o, "until"))
				read_set(o, "until", jdate(u->until));
		}
	}
	/* "shall forthwith provide ...": an act with no date, to confirm */
	{
		size_t k, end, at;
		for (k = start_count; k < rec_array_size(out); k++) {
			rec_t *o = rec_array_get(out, k);
			const rec_t *sp = rec_object_get(o, "span");
			if (!read_eq(rec_string_value(rec_object_get(o, "kind")), "event") ||
			    rec_object_get(o, "due"))
				continue;
			at = oblig_at_once_words(c, (size_t)rec_integer_value(rec_array_get(sp, 0)),
			                         (size_t)rec_integer_value(rec_array_get(sp, 1)),
			                         &end);
			if (at != (size_t)-1)
				read_warn(
				    c,
				    "a one-off act asked for at once or as soon as practicable, "
				    "with no period: recorded without a due date; confirm when it "
				    "was done",
				    at, end);
		}
	}
	oblig_number_ids(cl, out, start_count);
}

/* "7. The Council shall:" then "• comply with ...", "• co-operate with ...": bullets
 * under the clause's own lead-in are its duties, each read as a lettered item is (its
 * words alone, the lead-in's bearer; oblig_bullets.c finds them); so are the rows of a
 * table under it whose "Owner" cells name their bearers.  False, nothing done, if the
 * clause u holds neither. */
static bool bulleted_units(struct read_ctx *c, const struct unit *u, const struct clause *cl,
                           rec_t *out)
{
	struct unit item = *u;
	size_t e = cl->head.e, ln = oblig_bullets_start(c, cl, &item.bearer),
	       from = rec_array_size(out);

	item.item = true;
	if (c->nrows && ln >= e) { /* a table's rows, each owed by its "Owner" cell */
		for (ln = cl->head.s;
		     (ln = oblig_table_row(c, cl->head.s, e, ln, &item.only, &item.bearer)) < e;)
			if (item.bearer)
				unit_obligations(c, &item, out);
		if (rec_array_size(out) > from)
			oblig_number_ids(cl, out, from);
		return rec_array_size(out) > from;
	}
	if (ln >= e)
		return false;
	while (ln < e) {
		ln = oblig_bullet_item(c->t, ln, e, &item.only);
		if (item.only.e > item.only.s)
			unit_obligations(c, &item, out);
	}
	oblig_number_ids(cl, out, from);
	return true;
}

void oblig_extract(struct read_ctx *c, rec_t *rec)
{
	rec_t *out = rec_array();
	const struct clause_list *l = c->clauses;
	bool has_operative = false;
	const char *heading_bearer = NULL;
	size_t i, before;
	bool owner_first = true;
	size_t table_head = oblig_owner_header(c, &owner_first); /* "Action Owner Timescale" */

	/* a letter's commitments are in its body, not in numbered clauses; an annex to
	 * it (the Commissioner's terms of reference) is read as a direction's is */
	if (read_eq(c->kind, "letter"))
		oblig_letter(c, rec, out);
	for (i = 0; i < l->n; i++)
		if (l->v[i].section == SEC_OPERATIVE)
			has_operative = true;
	for (i = 0; i < l->n; i++) {
		const struct clause *cl = &l->v[i];
		struct unit u;
		struct owner_row row;
		int a;
		bool covered = false;
		/* an unnumbered lead-in above a list ("The Commissioner shall:" then "a.",
		 * "b.", ...) addresses the list's items until the next heading */
		if (cl->parent < 0 && (cl->heading.e > cl->heading.s ||
				       (i > 0 && cl->section != l->v[i - 1].section))) {
			bool lead = oblig_lead_in_mark(c->t, cl->heading.s, cl->heading.e) > 0;
			size_t gs = cl->heading.e > cl->heading.s ? cl->heading.e : 0,
			       ge = lex_trim_end(c->t, gs, cl->span.s);
			heading_bearer =
			    lead ? oblig_lead_in_bearer(c, cl->heading.s, cl->heading.e) : NULL;
			/* "TERMS OF REFERENCE FOR THE COMMISSIONER", then a lead-in of its
			 * own over unnumbered paragraphs: "In carrying out the role, the
			 * Commissioner will:" */
			if (!heading_bearer && gs && ge > gs && ge - gs < 300 &&
			    oblig_lead_in_mark(c->t, gs, ge))
				heading_bearer = oblig_lead_in_bearer(c, gs, ge);
		}
		if (!oblig_in_operative_part(c, cl, has_operative))
			continue;
		/* a parent that lists duties is not itself a unit, but for the sentences
		 * before its lead-in ("The Commissioner is expected to provide ...
		 * oversight .... The Commissioner shall:") */
		u.only.s = u.only.e = 0;
		u.item = false;
		if (cl->nchildren > 0 && oblig_lead_in_lists_duties(c, cl)) {
			size_t he = lex_trim_end(c->t, cl->head.s, cl->head.e);
			size_t ls = he > cl->head.s ? lex_sentence_start(c->t, cl->head.s, he - 1)
			                            : cl->head.s;
			/* "The Council shall work with the Partner in Practice to secure ...,
			 * and in particular shall:": a duty of its own before the list's */
			size_t ip =
			    lex_search_ph(&c->ix, ls, he, LEX_LIT(", and in particular"), NULL);
			if (ip != (size_t)-1 && ip > ls && has_modal(c, ls, ip))
				ls = ip;
			/* "The actions in the table below shall be carried out ...": a
			 * lead-in too */
			if (ls <= cl->head.s ||
			    lex_search_ph(&c->ix, cl->head.s, ls, LEX_LIT(" below"), NULL) !=
			        (size_t)-1 ||
			    lex_search_ph(&c->ix, cl->head.s, ls, LEX_LIT("following"), NULL) !=
			        (size_t)-1 ||
			    lex_search_ph(&c->ix, cl->head.s, ls, LEX_LIT("as follows"), NULL) !=
			        (size_t)-1)
				continue;
			u.only.s = cl->head.s;
			u.only.e = ls;
		}
		/* a child detailing its parent's duty is part of the parent */
		for (a = cl->parent; a >= 0; a = l->v[a].parent)
			if (!oblig_lead_in_lists_duties(c, &l->v[a]))
				covered = true;
		if (covered) {
			/* "directs that the January Direction is amended as follows-" then "(a)
			 * in paragraph 4(c), for "by 30 April 2020" substitute "by 31 July
			 * 2020";": each item moves a duty's date */
			rec_t *o;
			struct lex_span q;
			before = rec_array_size(out);
			if (cl->nchildren == 0 &&
			    (o = oblig_substitution(c, cl, cl->head.s, cl->head.e)) != NULL) {
				rec_array_append_new(out, o);
				oblig_number_ids(cl, out, before);
			} else if (cl->nchildren == 0 &&
			           oblig_substituted_paragraph(c, cl->head.s, cl->head.e, &q)) {
				/* 'for paragraph 6 substitute- "6. The Department will review
				 * ... in October 2020, and every six months after that."': the
				 * new paragraph's duties */
				struct unit sub;
				memset(&sub, 0, sizeof(sub));
				sub.clause = (int)i;
				sub.bearer = "council";
				sub.events = rec_object_get(rec, "events");
				sub.only = q;
				unit_obligations(c, &sub, out);
				oblig_number_ids(cl, out, before);
			}
			continue;
		}
		u.clause = (int)i;
		u.bearer = NULL;
		u.events = rec_object_get(rec, "events");
		u.has_until = false;
		for (a = cl->parent; a >= 0 && !u.has_until; a = l->v[a].parent)
			u.has_until = oblig_lead_in_until(c, &l->v[a], u.events, &u.until);
		/* the bearer the nearest lead-in addresses */
		for (a = cl->parent; a >= 0 && !u.bearer; a = l->v[a].parent)
			u.bearer = oblig_clause_bearer(c, &l->v[a]);
		if (cl->cells || (cl->parent >= 0 && oblig_table_lead_in(c, &l->v[cl->parent]))) {
			const char *r = oblig_row_responsible(c, cl->head.s, cl->head.e, false);
			if (r)
				u.bearer = r;
		}
		{ /* "Lead: Director of Children's Services" under an action */
			const char *r = oblig_row_responsible(c, cl->head.s, cl->head.e, true);
			if (r)
				u.bearer = r;
		}
		if (!u.bearer && cl->parent < 0)
			u.bearer = heading_bearer;
		u.row = table_head && cl->head.s > table_head &&
		                oblig_owner_row(c, cl, owner_first, &row)
		            ? &row
		            : NULL;
		if (u.row && row.owner) /* the row's "Owner" cell */
			u.bearer = row.owner;
		{ /* a substitution in a paragraph the document says who it requires; a
		   * schedule's row "The Commissioner to report ..." */
			const char *r = oblig_substituted_bearer(c, cl->head.s, cl->head.e);
			if (r ||
			    (r = oblig_infinitive_subject(c, cl->head.s, cl->head.e)) != NULL ||
			    (r = oblig_required_instead(c, cl->head.s, cl->head.e)) != NULL)
				u.bearer = r;
		}
		if (!u.bearer)
			u.bearer = "council";
		before = rec_array_size(out);
		if (cl->nchildren == 0 && bulleted_units(c, &u, cl, out))
			continue;
		{ /* "the date by which the Council must ... is put back from D1 to D2" */
			rec_t *o = oblig_date_moved(c, cl, cl->head.s, cl->head.e);
			if (o) {
				rec_array_append_new(out, o);
				oblig_number_ids(cl, out, before);
				continue;
			}
		}
		unit_obligations(c, &u, out);
		if (u.row) /* a row's duties: the action cell's words */
			for (size_t k = before; k < rec_array_size(out); k++)
				read_set(rec_array_get(out, k), "action",
				         jtext(c, cl->head.s, row.action_e, 400));
		if (rec_array_size(out) == before) { /* "for "31 March 2021" substitute ..." */
			rec_t *o = oblig_substitution(c, cl, cl->head.s, cl->head.e);
			if (o) {
				rec_array_append_new(out, o);
				oblig_number_ids(cl, out, before);
			}
		}
		if (cl->parent >= 0 &&
		    oblig_cadences_listed(
		        c, &l->v[cl->parent],
		        lex_trim_end(c->t, l->v[cl->parent].head.s, l->v[cl->parent].head.e)))
			oblig_paced_items(c, &l->v[cl->parent], out, before);
	}
	read_set(rec, "obligations", out);
}
