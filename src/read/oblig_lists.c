/*
 * oblig_lists.c: which clauses are the units the obligation scanner reads.  A clause
 * with a list under it is either a lead-in whose items are separate duties ("The Council
 * shall:", "directs the Council as follows", a table's rows, items that each open with
 * a pace) or one duty whose list gives its objects ("shall co-operate ..., including by
 * giving them—"); a lead-in may also put an end on its items ("Until the transfer date
 * the Council must—").  Split from oblig.c in session 11; the rules are unchanged.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "oblig.h"
#include "oblig_int.h"

/* How many bytes of t[s, e) end it as a lead-in: a colon ("The Council shall:"), or
 * the em or en dash of statutory drafting ("The Commissioner must—"); 0 if neither. */
size_t oblig_lead_in_mark(const char *t, size_t s, size_t e)
{
	if (e > s && t[e - 1] == ':')
		return 1;
	if (e >= s + 3 && (unsigned char)t[e - 3] == 0xe2 && (unsigned char)t[e - 2] == 0x80 &&
	    ((unsigned char)t[e - 1] == 0x94 || (unsigned char)t[e - 1] == 0x93))
		return 3;
	return 0;
}

/* "The actions in the table below shall be carried out by those shown as
 * responsible within the timescales shown.": a lead-in over a table's rows, each a
 * duty of its own. */
static bool table_lead_in(const struct read_ctx *c, const struct clause *p)
{
	return p->nchildren > 0 && (lex_search_ph(&c->ix, p->head.s, p->head.e,
	                                          LEX_LIT("table below"), NULL) != (size_t)-1 ||
	                            lex_search_ph(&c->ix, p->head.s, p->head.e,
	                                          LEX_LIT("following table"), NULL) != (size_t)-1 ||
	                            lex_search_ph(&c->ix, p->head.s, p->head.e,
	                                          LEX_LIT("in the table"), NULL) != (size_t)-1);
}

/* A clause's answer to ask(): from slots (a memo's lists[] or table[], see facts.h) if
 * it was asked before, else asked and kept.  The answer depends on the clause alone:
 * the text, its index and the clause list do not change while obligations are read. */
static bool clause_memo(const struct read_ctx *c, const struct clause *p, size_t *slots,
                        bool (*ask)(const struct read_ctx *, const struct clause *))
{
	/* the clause's index in the list (a clause from elsewhere is not kept) */
	uintptr_t off = (uintptr_t)p - (uintptr_t)c->clauses->v;
	size_t i = (size_t)(off / sizeof(*p)), *slot;
	bool answer;

	if (!slots || off % sizeof(*p) || i >= c->clauses->n)
		return ask(c, p);
	slot = &slots[i % READ_MEMO_CLAUSES];
	if (*slot >> 1 == i + 1)
		return *slot & 1;
	answer = ask(c, p);
	*slot = 2 * (i + 1) + answer;
	return answer;
}

bool oblig_table_lead_in(const struct read_ctx *c, const struct clause *p)
{
	return clause_memo(c, p, c->memo ? c->memo->table : NULL, table_lead_in);
}

/* Does the item t[s, e) open with "to" and a thing ("(a) to any premises of the Council;"
 * under "... shall give her access at all reasonable times—"), not a verb? */
static bool to_a_thing(const struct read_ctx *c, size_t s, size_t e)
{
	static const char *const things[] = {"any ", "all ",  "the ", "its ", "a ",
	                                     "an ",  "such ", "her ", "his ", "their "};
	size_t k, w;

	s = lex_skip_space(c->t, oblig_bullet_end(c->t, s, e), e);
	if (!lex_at(c->t, s, e, "to ", &w))
		return false;
	for (k = 0; k < ARRAY_SIZE(things); k++)
		if (lex_at(c->t, w, e, things[k], NULL))
			return true;
	return false;
}

/* "The Council shall co-operate with the Commissioner and the PiP, including by giving
 * them—" over "(a) access at all reasonable times ...", "(b) such office space ...": the
 * lead-in's modal has its verb and more before the dash, and the items, which open with
 * no verb of duty, are that verb's objects: one duty, the lead-in's.  e ends the head. */
static bool objects_listed(const struct read_ctx *c, const struct clause *p, size_t e)
{
	size_t me, m = oblig_first_modal(c, p->head.s, e, &me), words = 0, i,
	           first = (size_t)(p - c->clauses->v) + 1;

	if (m == (size_t)-1 || first >= c->clauses->n ||
	    c->clauses->v[first].parent != (int)(first - 1))
		return false;
	for (i = me; i < e; i++)
		words +=
		    ch_is_space((unsigned char)c->t[i]) && !ch_is_space((unsigned char)c->t[i - 1]);
	return words > 3 &&
	       (!oblig_starts_with_duty(c, c->clauses->v[first].head.s,
	                                c->clauses->v[first].head.e) ||
	        to_a_thing(c, c->clauses->v[first].head.s, c->clauses->v[first].head.e));
}

/* "(b) by 30 November 2017, establish a company ..., whose articles of association
 * shall—" over "(i) provide for a board ...", "(ii) be approved by ...": a duty of its
 * own whose list says what a thing it makes shall be (the modal in a relative clause),
 * not a lead-in over duties. */
static bool describes_a_thing(const struct read_ctx *c, const struct clause *p, size_t e)
{
	size_t me, m = oblig_first_modal(c, p->head.s, e, &me), w;

	if (m == (size_t)-1)
		return false;
	/* "By 31 January 2020 the Council shall establish a company ..., whose articles of
	 * association—": the dash ends a relative clause after the duty's own verb */
	w = lex_search_ph(&c->ix, me, e, LEX_LIT(" whose "), NULL);
	if (w != (size_t)-1 && e - w < 80 && w - me > 20 && !oblig_has_modal(c, w, e))
		return true;
	if (!oblig_starts_with_duty(c, p->head.s, e))
		return false;
	w = lex_search_ph(&c->ix, p->head.s, m, LEX_LIT(" whose "), NULL);
	if (w == (size_t)-1)
		w = lex_search_ph(&c->ix, p->head.s, m, LEX_LIT(", which "), NULL);
	return w != (size_t)-1 && m - w < 80;
}

/* "(d) provide the Commissioner with performance data ...—" over "(i) fortnightly, for
 * its referral and assessment services; and", "(ii) monthly, for all other services": a
 * lead-in (a colon or a dash) whose items each open with how often: one duty each, the
 * lead-in's act at the item's pace. */
bool oblig_cadences_listed(const struct read_ctx *c, const struct clause *p, size_t e)
{
	static const char *const paces[] = {"fortnightly", "weekly", "monthly", "quarterly",
	                                    "annually", "every ", "each ", "once a", "twice a",
	                                    /* after "with" only (below) */
	                                    "within ", "at least ", "no later than ",
	                                    "not later than "};
	size_t first = (size_t)(p - c->clauses->v) + 1, k, b, m;
	bool with;

	if (!oblig_lead_in_mark(c->t, p->head.s, e) || first >= c->clauses->n ||
	    c->clauses->v[first].parent != (int)(first - 1))
		return false;
	b = lex_skip_space(c->t, c->clauses->v[first].head.s, c->clauses->v[first].head.e);
	/* "The Council shall provide the Commissioner with:" over "(a) within 28 days of the
	 * date of this Direction, a self-assessment ...;", "(d) at least annually, a copy of
	 * ...": things given, each at its own time */
	m = lex_trim_end(c->t, p->head.s, e - oblig_lead_in_mark(c->t, p->head.s, e));
	with = m >= p->head.s + 5 && lex_at(c->t, m - 5, m, " with", NULL);
	for (k = 0; k < ARRAY_SIZE(paces); k++)
		if ((k < 9 || with) && lex_at(c->t, b, c->clauses->v[first].head.e, paces[k], NULL))
			return true;
	/* "The Council must meet each milestone no later than the last day of the month
	 * shown against it:" over "a) July 2019: every contact ... is screened ...;" */
	{
		struct lex_date d[1];
		size_t he = c->clauses->v[first].head.e;
		if (lex_dates_in(&c->ix, b, he < b + 20 ? he : b + 20, d, 1) == 1 &&
		    d[0].span.s == b && d[0].precision == LEX_MONTH && d[0].span.e < he &&
		    c->t[d[0].span.e] == ':')
			return true;
	}
	return false;
}

/* The duties of an item of such a list, out[from ..]: their action is the lead-in's,
 * at the item's pace ("provide the Commissioner with performance data ... — fortnightly,
 * for its referral and assessment services"). */
void oblig_paced_items(const struct read_ctx *c, const struct clause *p, rec_t *out, size_t from)
{
	size_t e = lex_trim_end(c->t, p->head.s, p->head.e), i;
	char lead[400];

	e -= oblig_lead_in_mark(c->t, p->head.s, e);
	e = lex_trim_end(c->t, p->head.s, e);
	/* the lead-in's last sentence ("The Council must meet each milestone ...") */
	lex_copy(c->t, e > p->head.s ? lex_sentence_start(c->t, p->head.s, e - 1) : e, e, lead,
	         sizeof(lead));
	for (i = from; i < rec_array_size(out); i++) {
		rec_t *o = rec_array_get(out, i);
		struct strbuf b = STRBUF_INIT;
		strbuf_addf(&b, "%s \xe2\x80\x94 %s", lead,
		            rec_string_value(rec_object_get(o, "action")));
		if (!b.failed)
			read_set(o, "action", read_string(strbuf_str(&b)));
		strbuf_release(&b);
	}
}

/* Does the lead-in introduce a list of separate duties? */
static bool lists_duties(const struct read_ctx *c, const struct clause *p)
{
	static struct lex_phrase cues[] = {
	    LEX_PHRASE("shall:"), LEX_PHRASE("as follows"), LEX_PHRASE("through:"),
	    LEX_PHRASE("required"), LEX_PHRASE("to ensure"), LEX_PHRASE("following actions"),
	    LEX_PHRASE("will:"), LEX_PHRASE("must:"), LEX_PHRASE("should:"),
	    /* LEX_PHRASE("the Secretary of State directs the Council:"),
	     * LEX_PHRASE("the Council is directed:"), LEX_PHRASE("requires the Council:") */
	    LEX_PHRASE("directs"), LEX_PHRASE("directed"), LEX_PHRASE("requires"),
	    /* a remit: "The Commissioner is appointed to:", "... has been asked to:" */
	    LEX_PHRASE("appointed to:"), LEX_PHRASE("asked to:")};
	size_t k, e = lex_trim_end(c->t, p->head.s, p->head.e);

	/* "3.—(1) The Council must ...": a paragraph with no words of its own before its
	 * subparagraphs, which are the units */
	if (e == p->head.s)
		return p->nchildren > 0 && p->head.s > p->span.s && c->t[p->head.s] == '(';

	/* a heading whose items carry its number ("2. Actions the Council must take",
	 * "2.1 The Council should ..."): its items are the units, whatever its words */
	if (p->nchildren > 0 && e - p->head.s <= 70 && !oblig_lead_in_mark(c->t, p->head.s, e) &&
	    c->t[e - 1] != '.' && !memchr(c->t + p->head.s, ';', e - p->head.s)) {
		/* the first child is the next clause read */
		size_t i = (size_t)(p - c->clauses->v) + 1;
		if (i < c->clauses->n && c->clauses->v[i].parent == (int)(i - 1) &&
		    strchr(c->clauses->v[i].label, '_'))
			return true;
	}
	/* a heading ("2. Directions") states no duty: its items are the units */
	if (e - p->head.s <= 70 && !memchr(c->t + p->head.s, '.', e - p->head.s) &&
	    !memchr(c->t + p->head.s, ';', e - p->head.s) &&
	    !oblig_lead_in_mark(c->t, p->head.s, e) && !oblig_has_modal(c, p->head.s, e) &&
	    !oblig_starts_with_duty(c, p->head.s, e))
		return true;
	if (oblig_table_lead_in(c, p) || oblig_cadences_listed(c, p, e))
		return true;
	/* "(1) in relation to the Commissioner—" over "(a) comply with ...": a subject
	 * the items are about, under a lead-in that lists duties */
	if (p->parent >= 0 && e - p->head.s <= 80 &&
	    (c->t[e - 1] == ':' || oblig_lead_in_mark(c->t, p->head.s, e)) &&
	    (lex_at(c->t, p->head.s, e, "in relation to ", NULL) ||
	     lex_at(c->t, p->head.s, e, "in respect of ", NULL) ||
	     lex_at(c->t, p->head.s, e, "as regards ", NULL) ||
	     lex_at(c->t, p->head.s, e, "with regard to ", NULL)))
		return lists_duties(c, &c->clauses->v[p->parent]);
	switch (oblig_lead_in_mark(c->t, p->head.s, e)) {
	case 0:
		return false;
	case 3: /* "The Council must—": a modal before the dash */
		if (describes_a_thing(c, p, e))
			return false;
		if (oblig_has_modal(c, p->head.s, e) && !objects_listed(c, p, e))
			return true;
		break;
	case 1: /* "The Council must also:": a modal with only an adverb before the colon */
	{
		static const char *const adverbs[] = {"also",        "further", "additionally",
		                                      "in addition", "now",     "therefore"};
		size_t me, we, x = lex_trim_end(c->t, p->head.s, e - 1);
		if (oblig_first_modal(c, p->head.s, x, &me) != (size_t)-1) {
			size_t w = lex_skip_space(c->t, me, x);
			for (k = 0; k < ARRAY_SIZE(adverbs); k++)
				if (lex_at(c->t, w, x, adverbs[k], &we) && we == x)
					return true;
		}
		break;
	}
	}
	for (k = 0; k < ARRAY_SIZE(cues); k++)
		if (lex_search_ph(&c->ix, p->head.s, e, &cues[k], NULL) != (size_t)-1)
			return true;
	return false;
}

bool oblig_lead_in_lists_duties(const struct read_ctx *c, const struct clause *p)
{
	return clause_memo(c, p, c->memo ? c->memo->lists : NULL, lists_duties);
}

/* The end a lead-in puts on its items ("Until the transfer date the Council must—",
 * "until 31 March 2025, the Commissioner shall:"): its "until" with a date. */
bool oblig_lead_in_until(struct read_ctx *c, const struct clause *p, const rec_t *events,
                         cal_day *until)
{
	struct timing tm[MAXT];
	size_t k, nt;

	if (!oblig_lead_in_mark(c->t, p->head.s, lex_trim_end(c->t, p->head.s, p->head.e)) ||
	    lex_search_ph(&c->ix, p->head.s, p->head.e, LEX_LIT("until "), NULL) == (size_t)-1)
		return false;
	nt = oblig_find_timings(c, p->head.s, p->head.e, tm);
	for (k = 0; k < nt; k++)
		if (tm[k].kind == T_UNTIL)
			return oblig_until_date(c, events, &tm[k], until);
	return false;
}
