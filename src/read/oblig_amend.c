/*
 * oblig_amend.c: what an amending direction's substitutions oblige.  "In paragraph 5 of
 * the Direction issued on 4 December 2019, for "31 March 2021" substitute "30 September
 * 2021"." moves a due date of the earlier instrument.  Where this document says what that
 * paragraph requires, with the old date ("Paragraph 5 of the 2019 Direction requires the
 * Council, by 31 March 2021, to recruit ..."), the duty is recorded in the substituting
 * clause with the new date; where it does not, the duty is not guessed: a warning asks a
 * person to confirm which duty moved.  A substitution that names no one's duty ("...
 * provides that the Commissioner's appointment runs until ...") obliges no one.
 *
 * A variation in plain words moves a date the same way: "(a) the date by which the
 * Council must establish the multi-agency safeguarding hub under paragraph 6(c) is put
 * back from 30 June 2020 to 31 December 2020" is the Council's duty, due by the new day
 * (oblig_date_moved(); session 20).  A substitution of other words ('for "every week"
 * substitute "every fortnight"') is the duty of the one the document says the
 * paragraph requires (oblig_substituted_bearer(); session 23).  'Paragraph 6(c) of the
 * Original Direction (the submission of a revised improvement plan ...) shall have
 * effect as if for "31 May 2019" there were substituted "31 July 2019"' moves the duty the
 * bracket describes (requirement_described()); "the review ... that paragraph 8 requires
 * the Department to carry out in December 2022 will instead take place no later than 31
 * March 2023" is the Department's, its old time dropped (instead_at(); session 24).
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../base/strbuf.h"
#include "lex.h"
#include "oblig_int.h"

/* A quotation mark at t[i] (ASCII or curly, single or double): its length, else 0. */
static size_t quote_at(const char *t, size_t i, size_t e)
{
	if (i < e && (t[i] == '"' || t[i] == '\''))
		return 1;
	if (i + 3 <= e && (unsigned char)t[i] == 0xe2 && (unsigned char)t[i + 1] == 0x80 &&
	    (unsigned char)t[i + 2] >= 0x98 && (unsigned char)t[i + 2] <= 0x9d)
		return 3;
	return 0;
}

/* The day written alone between quotation marks from t[i] ("31 March 2021"), with the
 * words' span; false if the quotation holds anything else. */
static bool quoted_day(const struct read_ctx *c, size_t i, size_t e, struct lex_date *d)
{
	size_t q = quote_at(c->t, i, e), ds, de;
	struct lex_date one[2];

	if (!q)
		return false;
	ds = i + q;
	for (de = ds; de < e && de < ds + 40 && !quote_at(c->t, de, e); de++)
		;
	if (de >= e || !quote_at(c->t, de, e))
		return false;
	lex_at(c->t, ds, de, "by ", &ds); /* ('for "by 30 April 2020" substitute ...') */
	if (lex_dates_in(&c->ix, ds, de, one, 2) != 1 || one[0].precision != LEX_DAY ||
	    one[0].span.s != ds || one[0].span.e != de)
		return false;
	*d = one[0];
	return true;
}

/* t[s, e) as "In paragraph 5 of <the earlier instrument>, for "D1" substitute "D2"": the
 * paragraph's words ("paragraph 5", up to " of "), the instrument's (to the comma) and the
 * two days. */
struct subst {
	struct lex_span para, of;
	struct lex_date from, to;
};

static bool substitution_in(const struct read_ctx *c, size_t s, size_t e, struct subst *x)
{
	size_t at, end, f, ps, pe, oe;

	/* (or 'shall have effect as if for "31 May 2019" there were substituted "31 July
	 * 2019"') */
	if (((at = lex_search_ph(&c->ix, s, e, LEX_LIT(" substitute "), &end)) == (size_t)-1 &&
	     (at = lex_search_ph(&c->ix, s, e, LEX_LIT(" there were substituted "), &end)) ==
	         (size_t)-1) ||
	    !quoted_day(c, end, e, &x->to))
		return false;
	/* back from " substitute" to the "for " before the quoted old day */
	for (f = at; f > s && f + 60 > at; f--)
		if (lex_at(c->t, f - 1, at, "for ", NULL) && quoted_day(c, f + 3, at, &x->from))
			break;
	if (f == s || f + 60 <= at)
		return false;
	if ((ps = lex_search_ph(&c->ix, s, f, LEX_LIT("paragraph "), &pe)) == (size_t)-1)
		return false;
	while (pe < f && !ch_is_space((unsigned char)c->t[pe]) && c->t[pe] != ',')
		pe++;
	x->para.s = ps;
	x->para.e = pe;
	/* "in paragraph 4(c), for ...": the instrument the lead-in amends, unnamed here */
	if (!lex_at(c->t, pe, f, " of ", &oe)) {
		x->of.s = x->of.e = pe;
		return pe < f && c->t[pe] == ',';
	}
	x->of.s = oe;
	for (x->of.e = oe; x->of.e < f && c->t[x->of.e] != ',' && c->t[x->of.e] != '('; x->of.e++)
		;
	x->of.e = lex_trim_end(c->t, oe, x->of.e);
	return true;
}

/* 'paragraph 6(c) of the Original Direction (the submission of a revised improvement plan
 * to the Secretary of State) shall have effect as if ...': the duty the bracket after the
 * instrument's name describes, its words in *act; the Council's, or the role whose
 * possessive opens it ("(the Commissioner's report to the Minister)").  NULL if there is
 * no such bracket, or it describes a term ("(the Commissioner's appointment)"). */
static const char *requirement_described(const struct read_ctx *c, const struct subst *x, size_t e,
                                         struct lex_span *act)
{
	size_t b = lex_skip_space(c->t, x->of.e, e), k;
	const char *close, *who;

	if (b >= e || c->t[b] != '(' ||
	    !(close = memchr(c->t + b, ')', (e < b + 160 ? e : b + 160) - b)))
		return NULL;
	act->s = b + 1;
	act->e = (size_t)(close - c->t);
	if (lex_search_ph(&c->ix, act->s, act->e, LEX_LIT("appointment"), NULL) != (size_t)-1 ||
	    lex_search_ph(&c->ix, act->s, act->e, LEX_LIT(" term"), NULL) != (size_t)-1)
		return NULL;
	for (k = act->s; k < act->e && c->t[k] != '\'' && c->t[k] != ' '; k++)
		;
	k = lex_skip_space(c->t, k, act->e); /* past "the" */
	while (k < act->e && c->t[k] != '\'' && c->t[k] != ',')
		k++;
	who = k + 1 < act->e && c->t[k] == '\'' && c->t[k + 1] == 's'
	          ? facts_role_of(c, act->s, k + 2)
	          : NULL;
	return who ? who : "council";
}

/* The sentence elsewhere in the document that says what the paragraph requires, with the
 * old day: "Paragraph 5 of the 2019 Direction requires the Council, by 31 March 2021, to
 * recruit ...".  Its bearer, and the duty's words (after "to ") in *act. */
static const char *requirement_of(const struct read_ctx *c, const struct subst *x, size_t cs,
                                  size_t ce, struct lex_span *act)
{
	char para[48];
	size_t at, end;
	int tries = 0;

	lex_copy(c->t, x->para.s, x->para.e, para, sizeof(para));
	for (at = lex_search(&c->ix, 0, c->n, para, &end); at != (size_t)-1 && tries++ < 16;
	     at = lex_search(&c->ix, end, c->n, para, &end)) {
		size_t se, re, k, nd;
		struct lex_date d[4];
		const char *who;
		if (at >= cs && at < ce)
			continue; /* the substitution itself */
		se = lex_sentence_end(c->t, at, c->n);
		if (lex_search_ph(&c->ix, at, se, LEX_LIT(" requires "), &re) == (size_t)-1 ||
		    !(who = facts_role_of(c, re, se < re + 60 ? se : re + 60)))
			continue;
		nd = lex_dates_in(&c->ix, re, se, d, ARRAY_SIZE(d));
		for (k = 0; k < nd && d[k].day != x->from.day; k++)
			;
		if (k == nd)
			continue;
		/* the duty's words: from the "to " after the day, less the closing '.' */
		act->s = lex_skip_space(c->t, d[k].span.e, se);
		if (act->s < se && c->t[act->s] == ',')
			act->s = lex_skip_space(c->t, act->s + 1, se);
		if (!lex_at(c->t, act->s, se, "to ", &act->s))
			continue;
		act->e = lex_trim_end(c->t, act->s, se);
		while (act->e > act->s && (c->t[act->e - 1] == '.' || c->t[act->e - 1] == ';'))
			act->e--;
		return who;
	}
	return NULL;
}

/* "the January Direction requires the Council to submit an improvement plan to the
 * Secretary of State by 30 April 2020 (paragraph 4(c)) and to complete an audit ... by 31
 * May 2020 (paragraph 4(e)); requires the ... Commissioner ... to report ... by 30 June
 * 2020 (paragraph 3(b) of the Annex)": the duty whose old day comes right before the
 * paragraph named in brackets; its bearer (after the last "requires" before it) and
 * words (from its "to ") in *act. */
static const char *requirement_in_brackets(const struct read_ctx *c, const struct subst *x,
                                           size_t cs, size_t ce, struct lex_span *act)
{
	char want[120];
	size_t n, at, from = 0;
	int tries = 0;

	want[0] = '(';
	lex_copy(c->t, x->para.s, x->of.e > x->para.e ? x->of.e : x->para.e, want + 1,
	         sizeof(want) - 1);
	n = strlen(want);
	while ((at = lex_find(c->t, from, c->n, want, NULL)) != (size_t)-1 && tries++ < 16) {
		size_t ss = lex_sentence_start(c->t, 0, at), db = at, r, re = 0, w, ae, nd;
		struct lex_date d[8];
		const char *who = NULL;
		from = at + n;
		if (at >= cs && at < ce)
			continue;
		while (db > ss && c->t[db - 1] == ' ')
			db--;
		nd = lex_dates_in(&c->ix, ss, db, d, ARRAY_SIZE(d));
		if (!nd || d[nd - 1].span.e != db || d[nd - 1].day != x->from.day)
			continue;
		/* (the sentence may begin at its "requires", after a ';') */
		for (r = lex_search_ph(&c->ix, ss, d[nd - 1].span.s, LEX_LIT("requires "), &w);
		     r != (size_t)-1;
		     r = lex_search_ph(&c->ix, w, d[nd - 1].span.s, LEX_LIT("requires "), &w))
			re = w;
		if (!re || !(who = oblig_free_role(c, re, d[nd - 1].span.s)))
			continue;
		/* its words: from the "to " of the last infinitive begun before the day */
		for (r = lex_search_ph(&c->ix, re, d[nd - 1].span.s, LEX_LIT(" and to "), &w);
		     r != (size_t)-1;
		     r = lex_search_ph(&c->ix, w, d[nd - 1].span.s, LEX_LIT(" and to "), &w))
			re = r + 5;
		if ((r = lex_search_ph(&c->ix, re, d[nd - 1].span.s, LEX_LIT("to "), &w)) ==
		    (size_t)-1)
			continue;
		act->s = w;
		ae = d[nd - 1].span.s;
		if (ae >= act->s + 3 && lex_at(c->t, ae - 3, ae, "by ", NULL))
			ae -= 3;
		act->e = lex_trim_end(c->t, act->s, ae);
		return who;
	}
	return NULL;
}

rec_t *oblig_substitution(struct read_ctx *c, const struct clause *cl, size_t s, size_t e)
{
	struct subst x;
	struct lex_span act;
	const char *who;
	char para[48], of[120], from[48], to[48], iso[CAL_DATE_LEN], what[440];
	struct strbuf dv = STRBUF_INIT;
	rec_t *o, *due;

	if (!substitution_in(c, s, e, &x))
		return NULL;
	lex_copy(c->t, x.para.s, x.para.e, para, sizeof(para));
	lex_copy(c->t, x.of.s, x.of.e, of, sizeof(of));
	lex_copy(c->t, x.from.span.s, x.from.span.e, from, sizeof(from));
	lex_copy(c->t, x.to.span.s, x.to.span.e, to, sizeof(to));
	if (!(who = requirement_of(c, &x, s, e, &act)) &&
	    !(who = requirement_in_brackets(c, &x, s, e, &act)) &&
	    !(who = requirement_described(c, &x, e, &act))) {
		char msg[400];
		/* "..., so that the Commissioner's appointment is extended until ...": a
		 * term, which the events record */
		if (lex_search_ph(&c->ix, s, e, LEX_LIT("appointment"), NULL) != (size_t)-1 ||
		    lex_search_ph(&c->ix, s, e, LEX_LIT(" term"), NULL) != (size_t)-1 ||
		    facts_term_day(c, para, &x.from)) /* a term's end (facts_terms.c) */
			return NULL;
		snprintf(msg, sizeof(msg),
		         "%s of %s: \"%s\" replaced by \"%s\"; the duty it times is not stated "
		         "here: confirm which duty moved",
		         para, of, from, to);
		read_warn(c, msg, s, lex_trim_end(c->t, s, e));
		return NULL;
	}
	o = oblig_new(c, cl, who, NULL, "deadline", s, lex_trim_end(c->t, s, e));
	lex_copy(c->t, act.s, act.e, what, sizeof(what));
	if (!of[0]) /* "in paragraph 4(c), for ...": the instrument amended */
		snprintf(of, sizeof(of), "the instrument amended");
	strbuf_addf(&dv, "%s (%s of %s, its date moved)", what, para, of);
	read_set(o, "action", read_string(strbuf_str(&dv)));
	strbuf_reset(&dv);
	due = rec_object();
	read_set(due, "date", read_string(cal_format_iso(x.to.day, iso)));
	read_set(due, "rule", read_string("by"));
	strbuf_addf(&dv,
	            "%s of %s (by %s, as this document says it requires) with \"%s\" "
	            "substituted = %s",
	            para, of, from, to, iso);
	read_set(due, "derivation", read_string(strbuf_str(&dv)));
	strbuf_release(&dv);
	read_set(o, "due", due);
	return o;
}

static rec_t *period_extended(struct read_ctx *c, const struct clause *cl, size_t s, size_t e);

/* The verbs that move a day, after "the date by which ... must ...". */
static struct lex_phrase moved_verbs[] = {
    LEX_PHRASE(" is put back "), LEX_PHRASE(" is moved "),    LEX_PHRASE(" is changed "),
    LEX_PHRASE(" is extended "), LEX_PHRASE(" is deferred "), LEX_PHRASE(" is brought forward "),
    LEX_PHRASE(" is varied "),   LEX_PHRASE(" is amended "),  LEX_PHRASE(" is postponed ")};
static struct lex_phrase_set moved_set = LEX_PHRASE_SET(moved_verbs);

rec_t *oblig_date_moved(struct read_ctx *c, const struct clause *cl, size_t s, size_t e)
{
	size_t at, end, me, m, ve = 0, vs = (size_t)-1, k, act_e, nd;
	struct lex_date d[4];
	const char *who;
	char what[440], iso[CAL_DATE_LEN], verb[40];
	struct strbuf dv = STRBUF_INIT;
	rec_t *o, *due;

	if ((at = lex_search_ph(&c->ix, s, e, LEX_LIT("the date by which"), &end)) == (size_t)-1 ||
	    !lex_search_any_set(&c->ix, end, e, &moved_set))
		return period_extended(c, cl, s, e);
	/* the bearer and its modal right after "by which" */
	m = oblig_first_modal(c, end, e < end + 80 ? e : end + 80, &me);
	if (m == (size_t)-1)
		return NULL;
	/* ("the date by which, under paragraph 6 of the March Direction, the Council must
	 * submit ...": the subject after the aside's comma) */
	for (k = m; k > end && c->t[k - 1] != ','; k--)
		;
	if (!(who = facts_role_of(c, k, m)))
		return NULL;
	for (k = 0; k < ARRAY_SIZE(moved_verbs); k++) {
		size_t x, xe;
		if ((x = lex_search_ph(&c->ix, me, e, &moved_verbs[k], &xe)) != (size_t)-1 &&
		    x < vs) {
			vs = x;
			ve = xe;
		}
	}
	/* the new day: the last one after the verb, after "to " ("from D1 to D2", "to D2") */
	nd = lex_dates_in(&c->ix, ve, e, d, ARRAY_SIZE(d));
	if (vs == (size_t)-1 || nd == 0 || d[nd - 1].precision != LEX_DAY ||
	    d[nd - 1].span.s < ve + 3 || !lex_at(c->t, d[nd - 1].span.s - 3, e, "to ", NULL))
		return NULL;
	/* the act: the words after the modal, up to "under paragraph ..." or the verb */
	act_e = lex_search_ph(&c->ix, me, vs, LEX_LIT(" under "), NULL);
	if (act_e == (size_t)-1)
		act_e = vs;
	o = oblig_new(c, cl, who, oblig_recipient(c, me, act_e, who), "deadline",
	              lex_skip_space(c->t, at, e), d[nd - 1].span.e);
	lex_copy(c->t, lex_skip_space(c->t, me, act_e), act_e, what, sizeof(what));
	lex_copy(c->t, vs + 4, ve - 1, verb, sizeof(verb));
	strbuf_addf(&dv, "%s (its date %s)", what, verb);
	read_set(o, "action", read_string(strbuf_str(&dv)));
	strbuf_reset(&dv);
	due = rec_object();
	read_set(due, "date", read_string(cal_format_iso(d[nd - 1].day, iso)));
	read_set(due, "rule", read_string("by"));
	lex_copy(c->t, lex_skip_space(c->t, at, e), lex_trim_end(c->t, at, d[nd - 1].span.e), what,
	         sizeof(what));
	strbuf_addf(&dv, "%s: by the new day = %s", what, iso);
	read_set(due, "derivation", read_string(strbuf_str(&dv)));
	strbuf_release(&dv);
	read_set(o, "due", due);
	return o;
}

/* "5. The period within which the Council must submit the delivery plan under paragraph 6
 * of the 2020 Direction is extended by a further three months.", where the document says
 * elsewhere "Paragraph 6 of the 2020 Direction required the Council to submit ..., by 31
 * August 2021, ...": due by that day plus the period (corresponding dates: 30 November
 * 2021). */
static rec_t *period_extended(struct read_ctx *c, const struct clause *cl, size_t s, size_t e)
{
	size_t at, end, me, m, vs, ve, us, ue, pe, ws, x, nd, k;
	struct lex_date d[4];
	struct cal_period p;
	const char *who;
	char para[64], what[440], iso[CAL_DATE_LEN];
	struct strbuf dv = STRBUF_INIT;
	struct err er = {0};
	cal_day due_day;
	rec_t *o, *due;
	int tries = 0;

	if ((at = lex_search_ph(&c->ix, s, e, LEX_LIT("the period within which"), &end)) ==
	        (size_t)-1 ||
	    (vs = lex_search_ph(&c->ix, end, e, LEX_LIT(" is extended by "), &ve)) == (size_t)-1 ||
	    (m = oblig_first_modal(c, end, vs, &me)) == (size_t)-1 ||
	    !(who = facts_role_of(c, end, m)) ||
	    (us = lex_search_ph(&c->ix, me, vs, LEX_LIT(" under paragraph "), &ue)) == (size_t)-1)
		return NULL;
	/* the period: "a further three months" up to the sentence's end */
	pe = lex_trim_end(c->t, ve, e);
	while (pe > ve && (c->t[pe - 1] == '.' || c->t[pe - 1] == ';'))
		pe--;
	if ((x = oblig_period_before(c, ve, pe, &p)) == (size_t)-1 ||
	    (p.unit != CAL_MONTHS && p.unit != CAL_WEEKS && p.unit != CAL_DAYS))
		return NULL;
	/* "paragraph 6 of the 2020 Direction": named elsewhere with its day */
	lex_copy(c->t, us + 7, vs, para, sizeof(para));
	d[0].precision = LEX_DAY;
	nd = 0;
	/* (looked for in the 20,000 bytes before the clause and the clause's own: a
	 * document of thousands of such clauses stays linear) */
	for (ws = lex_search(&c->ix, s > 20000 ? s - 20000 : 0, e, para, &x);
	     ws != (size_t)-1 && tries++ < 8; ws = lex_search(&c->ix, x, e, para, &x)) {
		size_t se = lex_sentence_end(c->t, x, c->n);
		if (ws >= s && ws < e)
			continue; /* the extension's own words */
		nd = lex_dates_in(&c->ix, x, se, d, ARRAY_SIZE(d));
		for (k = 0; k < nd && d[k].precision != LEX_DAY; k++)
			;
		if (k < nd) {
			d[0] = d[k];
			break;
		}
		nd = 0;
	}
	if (!nd || cal_add(d[0].day, p, 1, CAL_CORRESPONDING, &due_day, &dv, &er) < 0) {
		strbuf_release(&dv);
		return NULL;
	}
	o = oblig_new(c, cl, who, oblig_recipient(c, me, us, who), "deadline",
	              lex_skip_space(c->t, s, e), lex_trim_end(c->t, s, e));
	lex_copy(c->t, lex_skip_space(c->t, me, us), us, what, sizeof(what));
	read_set(o, "action", read_string(what));
	due = rec_object();
	read_set(due, "date", read_string(cal_format_iso(due_day, iso)));
	read_set(due, "rule", read_string("by"));
	{
		struct strbuf why = STRBUF_INIT;
		char words[64], old[CAL_DATE_LEN];
		lex_copy(c->t, ve, pe, words, sizeof(words));
		strbuf_addf(&why, "%s's day %s, extended by %s: %s", para,
		            cal_format_iso(d[0].day, old), words, strbuf_str(&dv));
		read_set(due, "derivation", read_string(strbuf_str(&why)));
		strbuf_release(&why);
	}
	strbuf_release(&dv);
	read_set(o, "due", due);
	return o;
}

/* Is t[s, e) inside a quotation whose words are being replaced: 'In paragraph 6 ...,
 * "every three months" is replaced by "every month"', 'for "every three months"
 * substitute ...'?  (The sentence is t[from, se).) */
static bool old_words(const struct read_ctx *c, size_t from, size_t s, size_t e, size_t se)
{
	size_t b, open = (size_t)-1, cl;

	for (b = s; b > from && b + 80 > s && open == (size_t)-1; b--)
		if (quote_at(c->t, b - 1, se) == 1)
			open = b - 1; /* the opening quotation mark, ASCII */
		else if (b >= from + 3 && quote_at(c->t, b - 3, se) == 3)
			open = b - 3; /* or typographic */
	if (open == (size_t)-1)
		return false;
	for (cl = e; cl < se && cl < e + 3 && !quote_at(c->t, cl, se); cl++)
		;
	if (cl >= se || !quote_at(c->t, cl, se))
		return false;
	cl += quote_at(c->t, cl, se);
	return lex_at(c->t, cl, se, " is replaced by", NULL) ||
	       lex_at(c->t, cl, se, " are replaced by", NULL) ||
	       (open >= from + 4 && lex_at(c->t, open - 4, open, "for ", NULL));
}

/* "the review ... that paragraph 8 of the March Direction requires the Department to
 * carry out in December 2022 will instead take place no later than 31 March 2023": where
 * " will instead " (or "shall", "is to", "must") puts the new time after the old, else
 * (size_t)-1. */
static size_t instead_at(const struct read_ctx *c, size_t s, size_t e)
{
	static struct lex_phrase words[] = {
	    LEX_PHRASE(" will instead "), LEX_PHRASE(" shall instead "),
	    LEX_PHRASE(" must instead "), LEX_PHRASE(" is instead to ")};
	size_t k, at;

	if (lex_search_ph(&c->ix, s, e, LEX_LIT("instead"), NULL) == (size_t)-1)
		return (size_t)-1;
	for (k = 0; k < ARRAY_SIZE(words); k++)
		if ((at = lex_search_ph(&c->ix, s, e, &words[k], NULL)) != (size_t)-1)
			return at;
	return (size_t)-1;
}

const char *oblig_required_instead(const struct read_ctx *c, size_t s, size_t e)
{
	size_t in = instead_at(c, s, e), re, to;

	if (in == (size_t)-1 ||
	    lex_search_ph(&c->ix, s, in, LEX_LIT(" requires "), &re) == (size_t)-1 ||
	    (to = lex_search_ph(&c->ix, re, in < re + 80 ? in : re + 80, LEX_LIT(" to "), NULL)) ==
	        (size_t)-1)
		return NULL;
	return facts_role_of(c, re, to);
}

size_t oblig_drop_replaced(const struct read_ctx *c, size_t s, size_t e, struct timing *tm,
                           size_t nt)
{
	size_t i, n = 0, in = instead_at(c, s, e);

	if (in != (size_t)-1) { /* the old time, before "will instead" */
		for (i = 0; i < nt; i++)
			if (tm[i].e > in)
				tm[n++] = tm[i];
		nt = n;
		n = 0;
	}

	bool instead = lex_search_ph(&c->ix, s, e, LEX_LIT("instead of "), NULL) != (size_t)-1 ||
	               lex_search_ph(&c->ix, s, e, LEX_LIT("rather than "), NULL) != (size_t)-1;

	if (!instead && lex_search_ph(&c->ix, s, e, LEX_LIT(" replaced by "), NULL) == (size_t)-1 &&
	    lex_search_ph(&c->ix, s, e, LEX_LIT(" substitute "), NULL) == (size_t)-1)
		return nt;
	for (i = 0; i < nt; i++) {
		size_t b = tm[i].s > s + 12 ? tm[i].s - 12 : s;
		/* "... on the second Tuesday of each month instead of every six weeks" */
		if (instead && (lex_search_ph(&c->ix, b, tm[i].s, LEX_LIT("instead of "), NULL) !=
		                    (size_t)-1 ||
		                lex_search_ph(&c->ix, b, tm[i].s, LEX_LIT("rather than "), NULL) !=
		                    (size_t)-1))
			continue;
		if (!old_words(c, s, tm[i].s, tm[i].e, e))
			tm[n++] = tm[i];
	}
	return n;
}

const char *oblig_substituted_bearer(struct read_ctx *c, size_t s, size_t e)
{
	char para[96];
	size_t ps, pe, at, end;
	int tries = 0;

	if (lex_search_ph(&c->ix, s, e, LEX_LIT(" substitute "), NULL) == (size_t)-1 ||
	    (ps = lex_search_ph(&c->ix, s, e, LEX_LIT("paragraph "), &pe)) == (size_t)-1)
		return NULL;
	/* "paragraph 4(b) of the Annex", to the comma */
	while (pe < e && c->t[pe] != ',' && pe - ps < sizeof(para) - 1)
		pe++;
	if (pe >= e || c->t[pe] != ',')
		return NULL;
	lex_copy(c->t, ps, pe, para, sizeof(para));
	for (at = lex_search(&c->ix, 0, c->n, para, &end); at != (size_t)-1 && tries++ < 16;
	     at = lex_search(&c->ix, end, c->n, para, &end)) {
		size_t se, re;
		const char *who;
		if (at >= s && at < e)
			continue; /* the substitution itself */
		se = lex_sentence_end(c->t, at, c->n);
		if (lex_search_ph(&c->ix, end, se, LEX_LIT(" requires "), &re) != (size_t)-1 &&
		    (who = facts_role_of(c, re, se < re + 40 ? se : re + 40)) != NULL)
			return who;
	}
	return NULL;
}

bool oblig_substituted_paragraph(const struct read_ctx *c, size_t s, size_t e, struct lex_span *q)
{
	size_t at, end, qs, qe, k;

	if ((at = lex_search_ph(&c->ix, s, e, LEX_LIT("substitute"), &end)) == (size_t)-1 ||
	    lex_search_ph(&c->ix, s, at, LEX_LIT("paragraph "), NULL) == (size_t)-1)
		return false;
	/* the opening quotation mark after "substitute-" or "substitute:", then the new
	 * paragraph's number */
	for (qs = end; qs < e && (ch_is_space((unsigned char)c->t[qs]) || c->t[qs] == '-' ||
	                          c->t[qs] == ':' || (unsigned char)c->t[qs] == 0xe2);) {
		if ((unsigned char)c->t[qs] == 0xe2) {
			if (quote_at(c->t, qs, e))
				break;
			qs += 3; /* a dash */
		} else {
			qs++;
		}
	}
	if (!(k = quote_at(c->t, qs, e)))
		return false;
	qs += k;
	for (qe = qs; qe < e && !(quote_at(c->t, qe, e) && qe > qs && c->t[qe - 1] == '.'); qe++)
		;
	if (qe >= e || qe - qs < 20)
		return false;
	/* "6. The Department will ...": past the number */
	for (k = qs;
	     k < qe && (ch_is_digit((unsigned char)c->t[k]) || c->t[k] == '.' || c->t[k] == '(' ||
	                c->t[k] == ')' ||
	                (c->t[k] >= 'a' && c->t[k] <= 'z' && k > qs && c->t[k - 1] == '('));)
		k++;
	q->s = lex_skip_space(c->t, k, qe);
	q->e = qe;
	return q->e > q->s;
}
