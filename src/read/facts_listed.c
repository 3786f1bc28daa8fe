/*
 * facts_listed.c: events that no date's cue words read (facts_events.c): a direction
 * "issued alongside this letter" (the letter's date), a term that "ends, with effect from
 * today" (the instrument's date), and the visits listed after "monitoring visits" ("on 13
 * and 14 June 2023, on 24 and 25 October 2023 and on 5 and 6 March 2024"), whose later
 * dates are too far from the cue; an appointment made "on the day the Original Direction
 * was given" (that instrument's date) or "when the direction was issued" (the direction
 * told of last).  Split from facts_events.c in session 18.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"

/* Are t[s, e) only the joins of a list of dates: commas, "and", "on"? */
static bool list_joins(const struct read_ctx *c, size_t s, size_t e)
{
	while (s < e) {
		if (c->t[s] == ',' || ch_is_space((unsigned char)c->t[s]))
			s++;
		else if (!lex_at(c->t, s, e, "and ", &s) && !lex_at(c->t, s, e, "on ", &s))
			return false;
	}
	return true;
}

/* "Ofsted has made three monitoring visits, on 13 and 14 June 2023, on 24 and 25 October
 * 2023 and on 5 and 6 March 2024": each date of the list after the plural is a visit (the
 * cue is too far back for the later ones, and "visit" matches no "visits"). */
static void visits_listed(struct read_ctx *c, rec_t *events)
{
	size_t at, end;
	int tries = 0;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("monitoring visits"), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("monitoring visits"), &end)) {
		size_t ss = lex_sentence_start(c->t, 0, at), se = lex_sentence_end(c->t, end, c->n),
		       k, nd, from = end;
		struct lex_date d[8];
		if (lex_search_ph(&c->ix, ss, at, LEX_LIT("ofsted"), NULL) == (size_t)-1)
			continue;
		nd = lex_dates_in(&c->ix, end, se, d, ARRAY_SIZE(d));
		for (k = 0; k < nd && d[k].precision == LEX_DAY && list_joins(c, from, d[k].span.s);
		     k++) {
			facts_add_event(c, events, "monitoring_visit", &d[k], ss, se);
			from = d[k].span.e;
		}
	}
}

/* "... and Mr X's appointment as Commissioner ends, with effect from today": a term
 * that ends on the instrument's date (an appointment that ends, in the clause before
 * the words). */
static void term_ends_today(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase today[] = {
	    LEX_PHRASE("with effect from today"), LEX_PHRASE("with immediate effect"),
	    /* "Mrs X's appointment as Commissioner ends today, with the direction", "The
	     * Commissioner's appointment ends on the date of this notice" */
	    LEX_PHRASE(" ends today"), LEX_PHRASE(" end today"),
	    LEX_PHRASE(" ends on the date of this "), LEX_PHRASE(" end on the date of this ")};
	static struct lex_phrase ends[] = {LEX_PHRASE(" ends"), LEX_PHRASE(" will end"),
	                                   LEX_PHRASE(" is ended")};
	size_t k, j, at, end, ap;

	if (!c->has_date)
		return;
	for (k = 0; k < ARRAY_SIZE(today); k++) {
		if ((at = lex_search_ph(&c->ix, 0, c->n, &today[k], &end)) == (size_t)-1)
			continue;
		size_t ss = lex_sentence_start(c->t, 0, at), cs = at > ss + 120 ? at - 120 : ss;
		if ((ap = lex_search_ph(&c->ix, cs, at, LEX_LIT("appointment"), NULL)) ==
		    (size_t)-1)
			continue;
		for (j = 0; j < ARRAY_SIZE(ends); j++)
			if (lex_search_ph(&c->ix, ap, end, &ends[j], NULL) != (size_t)-1) {
				facts_add_day_event(c, events, "term_end", c->date, ss,
				                    lex_sentence_end(c->t, end, c->n));
				return;
			}
	}
}

/* "A further direction, issued alongside this letter, sets out what the Council must
 * do": a direction issued on the letter's date. */
static void direction_with_letter(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase with[] = {LEX_PHRASE("issued alongside this letter"),
	                                   LEX_PHRASE("issued with this letter"),
	                                   LEX_PHRASE("enclosed with this letter"),
	                                   /* "The Secretary of State has today issued a
	                                    * further direction to the Council" */
	                                   LEX_PHRASE("has today issued a")};
	size_t k, at, end;

	if (!c->has_date || strcmp(c->kind, "letter"))
		return;
	for (k = 0; k < ARRAY_SIZE(with); k++)
		if ((at = lex_search_ph(&c->ix, 0, c->n, &with[k], &end)) != (size_t)-1) {
			size_t ss = lex_sentence_start(c->t, 0, at);
			/* (not "The direction that revokes it is enclosed with this letter": the
			 * end of intervention, not an instrument of it) */
			if ((lex_search_ph(&c->ix, ss, at, LEX_LIT("direction"), NULL) ==
			         (size_t)-1 &&
			     lex_search_ph(&c->ix, at, lex_sentence_end(c->t, end, c->n),
			                   LEX_LIT("direction"), NULL) == (size_t)-1) ||
			    lex_search_ph(&c->ix, ss, at, LEX_LIT("revokes"), NULL) != (size_t)-1)
				continue;
			facts_add_day_event(c, events, "direction_issued", c->date, ss,
			                    lex_sentence_end(c->t, end, c->n));
			return;
		}
}

/* "On the day the Original Direction was given, the Secretary of State appointed Mr X as
 * Children's Services Commissioner": an appointment on the day of an instrument that the
 * document named before, with its date ('... on 21 November 2019 ("the Original
 * Direction")'). */
static void appointed_on_its_day(struct read_ctx *c, rec_t *events)
{
	size_t at, end;
	int tries = 0;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("on the day "), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("on the day "), &end)) {
		size_t ss = lex_sentence_start(c->t, 0, at), se = lex_sentence_end(c->t, end, c->n);
		const struct read_alias *a = facts_alias_at(c, end, se);
		if (lex_skip_space(c->t, ss, at) != at || !a || !a->has_date ||
		    facts_alias_is_day(a) ||
		    lex_search_ph(&c->ix, end, se, LEX_LIT(" appointed "), NULL) == (size_t)-1)
			continue;
		facts_add_day_event(c, events, "appointment", a->date, ss, se);
	}
}

/* "The Secretary of State has appointed Mrs X as Children's Services Commissioner for
 * Bury ("the Commissioner"), with effect from the date of this Direction": an appointment
 * on the instrument's date. */
static void appointed_from_its_date(struct read_ctx *c, rec_t *events)
{
	size_t at, end;

	if (!c->has_date)
		return;
	at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("with effect from the date of this"), &end);
	if (at == (size_t)-1)
		return;
	size_t ss = lex_sentence_start(c->t, 0, at);
	if (lex_search_ph(&c->ix, ss, at, LEX_LIT(" appointed "), NULL) != (size_t)-1)
		facts_add_day_event(c, events, "appointment", c->date, ss,
		                    lex_sentence_end(c->t, end, c->n));
}

/* "When the direction was issued, the Secretary of State appointed Ms X as Children's
 * Services Commissioner": an appointment on the day of the direction issued that the
 * document told of last before the sentence (its direction_issued event). */
static void appointed_when_issued(struct read_ctx *c, rec_t *events)
{
	size_t at, end, i;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("when the direction was issued"), &end);
	     at != (size_t)-1; at = lex_search_ph(&c->ix, end, c->n,
	                                          LEX_LIT("when the direction was issued"), &end)) {
		size_t ss = lex_sentence_start(c->t, 0, at), se = lex_sentence_end(c->t, end, c->n);
		cal_day day = 0;
		struct lex_date own[1];
		/* (not "..., appointed Ms X ..., with effect from 6 February 2023": a day of
		 * its own) */
		if (lex_skip_space(c->t, ss, at) != at ||
		    lex_search_ph(&c->ix, end, se, LEX_LIT(" appointed "), NULL) == (size_t)-1 ||
		    lex_dates_in(&c->ix, end, se, own, 1) > 0)
			continue;
		for (i = 0; i < rec_array_size(events); i++) {
			const rec_t *ev = rec_array_get(events, i),
			            *sp = rec_object_get(ev, "span");
			const char *kind = rec_string_value(rec_object_get(ev, "kind")),
			           *date = rec_string_value(rec_object_get(ev, "date"));
			cal_day d;
			if (kind && date && sp && !strcmp(kind, "direction_issued") &&
			    (size_t)rec_integer_value(rec_array_get(sp, 0)) < ss &&
			    cal_parse_iso(strv_make(date, strlen(date)), &d, NULL) == 0)
				day = d;
		}
		if (day)
			facts_add_day_event(c, events, "appointment", day, ss, se);
	}
}

void facts_letter_events(struct read_ctx *c, rec_t *events)
{
	appointed_when_issued(c, events);
	appointed_from_its_date(c, events);
	direction_with_letter(c, events);
	term_ends_today(c, events);
	visits_listed(c, events);
	appointed_on_its_day(c, events);
}

bool facts_last_line_date(struct read_ctx *c, rec_t *rec)
{
	size_t le = lex_trim_end(c->t, 0, c->n), ls;
	struct lex_date d[1];

	for (ls = le; ls > 0 && c->t[ls - 1] != '\n';)
		ls--;
	ls = lex_skip_space(c->t, ls, le);
	if (le <= ls || lex_dates_in(&c->ix, ls, le, d, 1) != 1 || d[0].span.s != ls ||
	    d[0].span.e != le || d[0].precision != LEX_DAY)
		return false;
	c->has_date = true;
	c->date = d[0].day;
	read_set(rec, "date",
	         rec_pack("value", facts_jdate(c->date), "span", read_span(c, ls, le), NULL));
	return true;
}
