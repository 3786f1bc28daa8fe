/*
 * facts_terms.c: events read from the clause a date ends, for a date no cue word of
 * facts_events.c reads: a direction given "to X Council ("the Council") on <date>" (and
 * the appointment made "under which" it), an appointment that "takes effect on <date>", a
 * Commissioner who "reported to the Secretary of State on <date>", and a term or
 * appointment "ending on <date>".  Each rule reads the clause before the date: from the
 * last comma, semicolon or colon before it (brackets aside), within its sentence.  Also
 * whether the document says a paragraph makes an appointment run "until" a day
 * (facts_term_day(), for an amendment that substitutes another day for it), and the
 * term's new end such an amendment gives (facts_term_substituted(); session 20), and
 * the end an extension in the same instrument replaces (facts_drop_extended_terms();
 * session 21), and a term that ends on a day the document defines ("ends on the transfer
 * date": facts_term_ends_on_defined_day(), moved from facts_events.c in session 22), and
 * whether a date is a term's end an extension names (facts_appointment_extended(), from
 * facts_events.c in session 22).  The terms read from the whole text after the dates'
 * events (facts_term_ends_same_date(): "will end on the same date"; facts_term_from_
 * instrument(): "for a term of 12 months from the date of this Direction", "for a period
 * of six months beginning with ...") moved here from facts_events.c in session 26.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../cal/period.h"
#include "facts.h"
#include "facts_int.h"

/* Where the clause that ends at t[at] begins: after the last ',' ';' or ':' outside
 * brackets, not before ss. */
static size_t clause_start(const struct read_ctx *c, size_t ss, size_t at)
{
	int depth = 0;

	while (at > ss) {
		char ch = c->t[at - 1];
		if (ch == ')')
			depth++;
		else if (ch == '(' && depth > 0)
			depth--;
		else if (depth == 0 && (ch == ',' || ch == ';' || ch == ':'))
			break;
		at--;
	}
	return at;
}

/* Is the word w (a whole word) in t[s, e)? */
static bool has_word(const struct read_ctx *c, size_t s, size_t e, const char *w)
{
	size_t at, end;
	int tries = 0;

	for (at = lex_search(&c->ix, s, e, w, &end); at != (size_t)-1 && tries++ < 16;
	     at = lex_search(&c->ix, end, e, w, &end))
		if ((at == 0 || !lex_is_word_char((unsigned char)c->t[at - 1])) &&
		    (end >= c->n || !lex_is_word_char((unsigned char)c->t[end])))
			return true;
	return false;
}

/* "The Secretary of State ... gave a direction to Middlesbrough Council ("the Council") on 4
 * April 2019", "issued a further direction to the Council on ...": a verb of giving whose
 * object, within a few words, is a direction, in the clause that ends with "on <date>";
 * not this instrument ("this Direction"). */
static bool direction_given_on(const struct read_ctx *c, const struct lex_date *d, size_t ss)
{
	static struct lex_phrase verbs[] = {LEX_PHRASE("gave"), LEX_PHRASE("issued"),
	                                    LEX_PHRASE("made")};
	size_t cs = clause_start(c, ss, d->span.s), k, at, end;

	if (!facts_just_before(c, d, ss, "on "))
		return false;
	for (k = 0; k < ARRAY_SIZE(verbs); k++)
		for (at = lex_search_ph(&c->ix, cs, d->span.s, &verbs[k], &end); at != (size_t)-1;
		     at = lex_search_ph(&c->ix, end, d->span.s, &verbs[k], &end)) {
			size_t p = end, words = 0, ds, de;
			if (at > 0 && lex_is_word_char((unsigned char)c->t[at - 1]))
				continue;
			while (p < d->span.s && words < 4 && c->t[p] != '(') {
				if (ch_is_space((unsigned char)c->t[p]))
					words++;
				p++;
			}
			ds = lex_search_ph(&c->ix, end, p, LEX_LIT("direction"), &de);
			if (ds != (size_t)-1 &&
			    !(ds >= 5 && lex_at(c->t, ds - 5, ds, "this ", NULL)))
				return true;
		}
	return false;
}

/* "..., under which Mr X was appointed Children's Services Commissioner": the appointment
 * made under the direction the date belongs to, after the date in its sentence. */
static bool appointed_under_it(const struct read_ctx *c, const struct lex_date *d, size_t se)
{
	size_t end, at = lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("under which"), &end);

	return at != (size_t)-1 &&
	       (lex_search_ph(&c->ix, end, se, LEX_LIT(" appointed "), NULL) != (size_t)-1 ||
	        lex_search_ph(&c->ix, end, se, LEX_LIT(" appointed\n"), NULL) != (size_t)-1);
}

/* "his appointment to take effect on 16 March 2015", "Her appointment will take effect on
 * 12 August 2024", "the appointment takes effect from 1 May 2023", "appointed ... for a
 * fixed term of twelve months beginning on 12 December 2022": an appointment's date. */
static bool appointment_takes_effect(const struct read_ctx *c, const struct lex_date *d, size_t ss)
{
	static const char *const cues[] = {"take effect on ",    "takes effect on ",
	                                   "took effect on ",    "take effect from ",
	                                   "takes effect from ", "took effect from "};
	static const char *const begins[] = {"beginning on ", "starting on ", "commencing on "};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(cues); k++)
		if (facts_just_before(c, d, ss, cues[k]))
			return has_word(c, clause_start(c, ss, d->span.s), d->span.s,
			                "appointment");
	/* "has appointed Mr X as Children's Services Commissioner ... for a fixed term of
	 * twelve months beginning on 12 December 2022": the term's first day */
	for (k = 0; k < ARRAY_SIZE(begins); k++)
		if (facts_just_before(c, d, ss, begins[k]))
			return has_word(c, ss, d->span.s, "appointed") &&
			       has_word(c, ss, d->span.s, "term");
	return false;
}

/* "The Commissioner reported to the Secretary of State on 30 June 2020": the Commissioner
 * the subject of "reported", the date its "on", in one clause. */
static bool commissioner_reported(const struct read_ctx *c, const struct lex_date *d, size_t ss)
{
	size_t cs = clause_start(c, ss, d->span.s), at, end;

	if (!facts_just_before(c, d, ss, "on "))
		return false;
	at = lex_search_ph(&c->ix, cs, d->span.s, LEX_LIT("reported"), &end);
	return at != (size_t)-1 && has_word(c, cs, at, "commissioner") &&
	       lex_search_ph(&c->ix, cs, d->span.s, LEX_LIT("ofsted"), NULL) == (size_t)-1;
}

/* "for a further term ending on 31 August 2021", "the Commissioner's term ends on ...",
 * "his appointment expires on ...", "Mr X's appointment as Commissioner ended on 31
 * December 2019" (a predecessor's), "appointment continues until ...": the end of a term
 * (or of an appointment). */
static bool term_ending(const struct read_ctx *c, const struct lex_date *d, size_t ss)
{
	static const char *const cues[] = {"ending on ", "ends on ", "end on ", "ended on ",
	                                   "expiring on ", "expires on ", "expire on ",
	                                   "expired on ",
	                                   /* "The Commissioner's appointment continues
	                                    * until 31 March 2026." */
	                                   "continues until ", "runs until "};
	size_t k, cs;

	/* "His appointment ... was due to end on 30 April 2024": the end an extension
	 * replaced */
	if (facts_just_before(c, d, ss, "was due to end on "))
		return false;
	/* a schedule's row "End of the Commissioner's appointment\t31 March 2023" (its
	 * new date after a tab, columns_dates.c) */
	if (d->span.s > ss && c->t[d->span.s - 1] == '\t') {
		size_t ls = d->span.s - 1, b;
		while (ls > ss && c->t[ls - 1] != '\n')
			ls--;
		for (b = ls; b < d->span.s && ch_is_digit((unsigned char)c->t[b]);)
			b++;
		if (b < d->span.s && c->t[b] == '\t' &&
		    lex_at(c->t, b + 1, d->span.s, "end of ", NULL) &&
		    lex_search_ph(&c->ix, b, d->span.s, LEX_LIT("appointment"), NULL) != (size_t)-1)
			return true;
	}
	for (k = 0; k < ARRAY_SIZE(cues); k++)
		if (facts_just_before(c, d, ss, cues[k])) {
			cs = clause_start(c, ss, d->span.s);
			return has_word(c, cs, d->span.s, "term") ||
			       has_word(c, cs, d->span.s, "appointment");
		}
	return false;
}

size_t facts_clause_events(const struct read_ctx *c, const struct lex_date *d, size_t ss, size_t se,
                           const char **kinds, size_t max)
{
	size_t n = 0;

	if (max < 2 || d->precision != LEX_DAY)
		return 0;
	if (direction_given_on(c, d, ss)) {
		kinds[n++] = "direction_issued";
		if (appointed_under_it(c, d, se))
			kinds[n++] = "appointment";
	} else if (appointment_takes_effect(c, d, ss)) {
		kinds[n++] = "appointment";
	} else if (commissioner_reported(c, d, ss)) {
		kinds[n++] = "commissioner_report";
	} else if (term_ending(c, d, ss)) {
		kinds[n++] = "term_end";
	}
	return n;
}

bool facts_term_day(const struct read_ctx *c, const char *para, const struct lex_date *d)
{
	struct lex_date all[64];
	size_t k, na;

	if (strlen(para) <= 10) /* "paragraph " and no label */
		return false;
	na = lex_dates_in(&c->ix, 0, c->n, all, ARRAY_SIZE(all));
	for (k = 0; k < na; k++) {
		size_t ss = lex_sentence_start(c->t, 0, all[k].span.s), p, pe, last = (size_t)-1;
		/* "runs until 14 September 2023", "ends on 31 March 2020" */
		if (all[k].day != d->day || all[k].span.s == d->span.s || all[k].span.s < ss + 8 ||
		    (!lex_at(c->t, all[k].span.s - 6, all[k].span.s, "until ", NULL) &&
		     !lex_at(c->t, all[k].span.s - 8, all[k].span.s, "ends on ", NULL)) ||
		    lex_search_ph(&c->ix, ss, all[k].span.s, LEX_LIT("appointment"), NULL) ==
		        (size_t)-1)
			continue;
		/* the paragraph named last before the day is the one substituted in */
		for (p = lex_search_ph(&c->ix, ss, all[k].span.s, LEX_LIT("paragraph "), &pe);
		     p != (size_t)-1;
		     p = lex_search_ph(&c->ix, pe, all[k].span.s, LEX_LIT("paragraph "), &pe))
			last = p;
		if (last != (size_t)-1 && lex_at(c->t, last, all[k].span.s, para, &pe) &&
		    (pe >= c->n || !lex_is_word_char((unsigned char)c->t[pe])))
			return true;
	}
	return false;
}

/* "(4) in paragraph 2 of the Annex, for "14 September 2023" substitute "31 March 2024"",
 * where the document says that paragraph "provides that her appointment runs until 14
 * September 2023": the term's new end; so too 'In paragraph 9 ..., "31 March 2020" is
 * replaced by "30 September 2020"' where paragraph 9 "provides that the Commissioner's
 * appointment ends on 31 March 2020", whose end (the old day) is then no term_end. */
void facts_term_substituted(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase verbs[] = {LEX_PHRASE(" substitute "),
	                                    LEX_PHRASE(" is replaced by "),
	                                    LEX_PHRASE(" there were substituted ")};
	size_t at, end, k, nd, nn, ps, pe, v;
	struct lex_date old[2], nw[2];
	char para[48];
	int tries = 0;

	for (v = 0; v < ARRAY_SIZE(verbs); v++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &verbs[v], &end);
		     at != (size_t)-1 && tries++ < 8;
		     at = lex_search_ph(&c->ix, end, c->n, &verbs[v], &end)) {
			nd = lex_dates_in(&c->ix, at > 40 ? at - 40 : 0, at, old, ARRAY_SIZE(old));
			nn = lex_dates_in(&c->ix, end, end + 30 < c->n ? end + 30 : c->n, nw,
			                  ARRAY_SIZE(nw));
			if (nd == 0 || nn == 0 || old[nd - 1].precision != LEX_DAY ||
			    nw[0].precision != LEX_DAY)
				continue;
			/* the paragraph substituted in: "in paragraph 2 of the Annex, for ..." */
			ps = lex_search_ph(&c->ix, at > 120 ? at - 120 : 0, at,
			                   LEX_LIT("paragraph "), &pe);
			if (ps == (size_t)-1)
				continue;
			while (pe < at && !ch_is_space((unsigned char)c->t[pe]) && c->t[pe] != ',')
				pe++;
			lex_copy(c->t, ps, pe, para, sizeof(para));
			for (k = 0; para[k]; k++)
				para[k] = (char)ch_lower((unsigned char)para[k]);
			/* ('paragraph 8 of the Original Direction (the Commissioner's
			 * appointment) shall have effect as if for ...': described so) */
			if (!facts_term_day(c, para, &old[nd - 1]) &&
			    !(lex_search_ph(&c->ix, pe, at,
			                    LEX_LIT("(the commissioner's appointment)"),
			                    NULL) != (size_t)-1))
				continue;
			for (k = 0; k < rec_array_size(events);) { /* the old end, replaced */
				rec_t *ev = rec_array_get(events, k);
				const char *kind = rec_string_value(rec_object_get(ev, "kind")),
				           *date = rec_string_value(rec_object_get(ev, "date"));
				char day[CAL_DATE_LEN];
				if (kind && date && !strcmp(kind, "term_end") &&
				    !strcmp(date, cal_format_iso(old[nd - 1].day, day)))
					rec_array_remove(events, k);
				else
					k++;
			}
			facts_add_event(c, events, "term_end", &nw[0],
			                lex_sentence_start(c->t, 0, at),
			                lex_sentence_end(c->t, end, c->n));
		}
}

/* The span [s, e) of an event; false if it has none. */
static bool event_span(const rec_t *ev, size_t *s, size_t *e)
{
	const rec_t *sp = rec_object_get(ev, "span");

	if (!sp || rec_array_size(sp) < 2)
		return false;
	*s = (size_t)rec_integer_value(rec_array_get(sp, 0));
	*e = (size_t)rec_integer_value(rec_array_get(sp, 1));
	return *s < *e;
}

/* "The Commissioner's appointment runs until 31 July 2020 (paragraph 1 of that Annex)" in
 * a direction that goes on to say "the Commissioner's appointment is extended until 31
 * March 2021": the term as it stood, which the extension replaces, is no end.  Only a term
 * stated in the present ("appointment runs until", "term runs until"), or as an earlier
 * instrument gave it ("provided that the Commissioner's appointment would end on"), and
 * earlier than an extension's ("extended" in its sentence); an end in the past ("ended on 31
 * December 2019", a predecessor's) stays. */
void facts_drop_extended_terms(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase runs[] = {
	    LEX_PHRASE("appointment runs until"), LEX_PHRASE("term runs until"),
	    /* "Paragraph 9 of the 2020 Direction provided that the Commissioner's appointment
	     * would end on 31 October 2021": the earlier instrument's term, as it stood */
	    LEX_PHRASE("appointment would end"), LEX_PHRASE("appointment was to end"),
	    LEX_PHRASE("appointment was due to end"), LEX_PHRASE("term would end")};
	const char *ext = NULL;
	size_t i, s, e;

	for (i = 0; i < rec_array_size(events); i++) {
		rec_t *ev = rec_array_get(events, i);
		const char *d = rec_string_value(rec_object_get(ev, "date"));
		if (strcmp(rec_string_value(rec_object_get(ev, "kind")), "term_end") || !d ||
		    !event_span(ev, &s, &e) || e > c->n)
			continue;
		if (lex_search_ph(&c->ix, s, e, LEX_LIT("extended"), NULL) != (size_t)-1 &&
		    (!ext || strcmp(d, ext) > 0))
			ext = d;
	}
	if (!ext)
		return;
	for (i = 0; i < rec_array_size(events);) {
		rec_t *ev = rec_array_get(events, i);
		const char *d = rec_string_value(rec_object_get(ev, "date"));
		if (!strcmp(rec_string_value(rec_object_get(ev, "kind")), "term_end") && d &&
		    strcmp(d, ext) < 0 && event_span(ev, &s, &e) && e <= c->n &&
		    lex_search_any_ph(&c->ix, s, e, runs, ARRAY_SIZE(runs))) {
			rec_array_remove(events, i);
			continue;
		}
		i++;
	}
}

/* "The Commissioner's appointment ends on the transfer date, unless ...", "Mr X's term as
 * Commissioner ... will be extended to the transfer date": a term (or an appointment)
 * that ends on a day the document defines. */
void facts_term_ends_on_defined_day(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase cues[] = {
	    LEX_PHRASE("ends on "),    LEX_PHRASE("end on "),      LEX_PHRASE("ending on "),
	    LEX_PHRASE("expires on "), LEX_PHRASE("extended to "), LEX_PHRASE("extended until ")};
	size_t k, at, end;
	int tries = 0;

	for (k = 0; k < ARRAY_SIZE(cues) && c->naliases; k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k], &end)) {
			const struct read_alias *a = facts_alias_at(c, end, c->n);
			size_t ss = lex_sentence_start(c->t, 0, at);
			if (!a || !facts_alias_is_day(a) ||
			    (lex_search_ph(&c->ix, ss, at, LEX_LIT("appointment"), NULL) ==
			         (size_t)-1 &&
			     lex_search_ph(&c->ix, ss, at, LEX_LIT("term"), NULL) == (size_t)-1))
				continue;
			facts_add_day_event(c, events, "term_end", a->date, ss,
			                    lex_sentence_end(c->t, end, c->n));
		}
}

/* Does an amendment replace the day d ("for "31 March 2021" substitute "31 December
 * 2021"")?  A term it replaces is no term end. */
static bool substituted_away(const struct read_ctx *c, const struct lex_date *d)
{
	size_t at, end, k, nd;
	struct lex_date old[2];
	int tries = 0;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT(" substitute "), &end);
	     at != (size_t)-1 && tries++ < 8;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT(" substitute "), &end)) {
		nd = lex_dates_in(&c->ix, at > 40 ? at - 40 : 0, at, old, ARRAY_SIZE(old));
		for (k = 0; k < nd; k++)
			if (old[k].day == d->day && old[k].precision == d->precision &&
			    lex_search_ph(&c->ix, at > 50 ? at - 50 : 0, old[k].span.s,
			                  LEX_LIT("for "), NULL) != (size_t)-1)
				return true;
	}
	return false;
}

/* "Ms X's appointment as Commissioner has been extended to 31 March 2020", "I have
 * decided to extend Ms X's appointment, ..., until 30 April 2021", "has re-appointed the
 * Commissioner until 31 July 2017": the term's new end.
 * "Mr X ... has agreed to act as the Council's Improvement Adviser from the date of this
 * Notice until 31 March 2023": the end of the term he takes up. */
bool facts_appointment_extended(const struct read_ctx *c, size_t ss, const struct lex_date *d)
{
	/* "has agreed to act as ... until", "has agreed to continue as Commissioner until
	 * 30 September 2020": the end of the term taken up */
	static struct lex_phrase agreed[] = {
	    LEX_PHRASE("agreed to act as "), LEX_PHRASE("agreed to serve as "),
	    LEX_PHRASE("agreed to continue as "),
	    LEX_PHRASE("agreed to continue to support the council as its "),
	    LEX_PHRASE("agreed to continue to work with the council as its "),
	    /* "Mr X has agreed to remain the Council's adviser until 30 September 2024" */
	    LEX_PHRASE("agreed to remain the council's "), LEX_PHRASE("agreed to remain as "),
	    /* "Mrs X, who was appointed as ... in November 2021, has agreed to stay on until
	     * 30 June 2024" */
	    LEX_PHRASE("agreed to stay on "),
	    /* "has re-appointed the Commissioner until 31 July 2017" */
	    LEX_PHRASE("re-appointed "), LEX_PHRASE("reappointed ")};
	/* "The Commissioner's appointment runs from 2 October 2023 until 30 September
	 * 2024" (or "... to 31 May 2023"): a term's end */
	static struct lex_phrase runs[] = {LEX_PHRASE("appointment runs "),
	                                   LEX_PHRASE("appointment will run "),
	                                   LEX_PHRASE("appointment shall run ")};
	size_t ext, k;
	bool until = facts_just_before(c, d, ss, "until ");

	/* "... as its DfE Improvement Adviser until the end of September 2024" */
	if (d->precision == LEX_MONTH && facts_just_before(c, d, ss, "until the end of ")) {
		for (k = 0; k < ARRAY_SIZE(agreed); k++)
			if (lex_search_ph(&c->ix, ss, d->span.s, &agreed[k], NULL) != (size_t)-1)
				return true;
		return false;
	}
	if (d->precision != LEX_DAY || !(until || facts_just_before(c, d, ss, "to ")))
		return false;
	for (k = 0; until && k < ARRAY_SIZE(agreed); k++)
		if (lex_search_ph(&c->ix, ss, d->span.s, &agreed[k], NULL) != (size_t)-1)
			return true;
	for (k = 0; k < ARRAY_SIZE(runs); k++) {
		size_t end, at = lex_search_ph(&c->ix, ss, d->span.s, &runs[k], &end);
		if (at != (size_t)-1 && (until || lex_at(c->t, end, d->span.s, "from ", NULL)))
			return !substituted_away(c, d);
	}
	ext = lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("extended"), NULL);
	if (ext == (size_t)-1)
		ext = lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("extend"), NULL);
	return ext != (size_t)-1 &&
	       (lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("appointment"), NULL) != (size_t)-1 ||
	        lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("term"), NULL) != (size_t)-1);
}

/* "1. This Direction revokes the 2022 Direction with effect from 31 March 2025.⏎⏎2. Ms X's
 * appointment as Improvement Adviser ends on the same date.": the same date is the last full
 * date of the sentence before (across a paragraph break and its number); where that date
 * starts, or (size_t)-1. */
static size_t previous_sentence_date(const struct read_ctx *c, size_t ss)
{
	struct lex_date d[16];
	size_t pe = ss, ps, nd, i;

	while (pe > 0 && ch_is_space((unsigned char)c->t[pe - 1]))
		pe--;
	if (pe > 0 && (c->t[pe - 1] == '.' || c->t[pe - 1] == ')')) {
		/* the paragraph's number, "2." or "(2)", at its line's start */
		size_t ns = pe - 1;
		while (ns > 0 && pe - ns < 6 &&
		       (ch_is_digit((unsigned char)c->t[ns - 1]) || c->t[ns - 1] == '(' ||
		        c->t[ns - 1] == '.'))
			ns--;
		if (ns < pe - 1 && (ns == 0 || c->t[ns - 1] == '\n'))
			for (pe = ns; pe > 0 && ch_is_space((unsigned char)c->t[pe - 1]);)
				pe--;
	}
	if (pe == 0 || c->t[pe - 1] != '.')
		return (size_t)-1;
	ps = lex_sentence_start(c->t, 0, pe - 1);
	nd = lex_dates_in(&c->ix, ps, pe, d, 16);
	for (i = nd; i > 0; i--)
		if (d[i - 1].precision == LEX_DAY && !d[i - 1].has_end)
			return d[i - 1].span.s;
	return (size_t)-1;
}

/* "Mr Quist's appointment as Commissioner will end on the same date": an appointment or
 * term that ends "on the same date" in a sentence that names no date ends with what the
 * paragraph before it says takes effect: the last "with effect from <date>" of the
 * paragraph. */
void facts_term_ends_same_date(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase phrases[] = {
	    LEX_PHRASE("end on the same date"), LEX_PHRASE("end on that date"),
	    LEX_PHRASE("ends on the same date"), LEX_PHRASE("ends on that date")};
	size_t k, at, end;
	int tries = 0;

	for (k = 0; k < ARRAY_SIZE(phrases); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &phrases[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &phrases[k], &end)) {
			size_t ss = lex_sentence_start(c->t, 0, at), ps = ss, x, xe,
			       best = (size_t)-1;
			struct lex_date d[2];
			if (lex_dates_in(&c->ix, ss, at, d, 1) ||
			    (lex_search_ph(&c->ix, ss, at, LEX_LIT("appointment"), NULL) ==
			         (size_t)-1 &&
			     lex_search_ph(&c->ix, ss, at, LEX_LIT("term"), NULL) == (size_t)-1))
				continue;
			while (ps > 0 && !(c->t[ps - 1] == '\n' && ps >= 2 && c->t[ps - 2] == '\n'))
				ps--; /* the paragraph's start */
			for (x = lex_search_ph(&c->ix, ps, ss, LEX_LIT("with effect from "), &xe);
			     x != (size_t)-1;
			     x = lex_search_ph(&c->ix, xe, ss, LEX_LIT("with effect from "), &xe))
				if (lex_dates_in(&c->ix, xe, xe + 40 < ss ? xe + 40 : ss, d, 1) &&
				    d[0].span.s == xe && d[0].precision == LEX_DAY)
					best = xe;
			if (best == (size_t)-1)
				best = previous_sentence_date(c, ss);
			if (best == (size_t)-1)
				continue;
			lex_dates_in(&c->ix, best, ss, d, 1);
			facts_add_event(c, events, "term_end", &d[0], ss,
			                lex_sentence_end(c->t, end, c->n));
		}
}

/* "... to appoint Dr X as Improvement Adviser to the Council, for a term of nine months
 * beginning with 1 December 2020": the appointment takes effect on the date, and the
 * term, counting that day as its first, ends the day before the corresponding date
 * (31 August 2021), with a warning to confirm.  The period's words end before ws; at is
 * where "for a term of" starts.  True if the date was there. */
static bool term_beginning_with(struct read_ctx *c, rec_t *events, size_t at, size_t ws, int months)
{
	static const char *const cues[] = {"beginning with ", "beginning on ", "starting on ",
	                                   "commencing on "};
	size_t k, de, ss = lex_sentence_start(c->t, 0, at), se;
	struct lex_date d[1];
	char msg[200], a[CAL_DATE_LEN];

	for (k = 0; k < ARRAY_SIZE(cues); k++)
		if (lex_at(c->t, ws, c->n, cues[k], &de))
			break;
	if (k == ARRAY_SIZE(cues) ||
	    !lex_dates_in(&c->ix, de, de + 30 < c->n ? de + 30 : c->n, d, 1) || d[0].span.s != de ||
	    d[0].precision != LEX_DAY)
		return false;
	se = lex_sentence_end(c->t, d[0].span.e, c->n);
	if (lex_search_ph(&c->ix, ss, at, LEX_LIT("appoint"), NULL) != (size_t)-1)
		facts_add_event(c, events, "appointment", &d[0], ss, se);
	d[0].day = cal_add_months(d[0].day, months, NULL) - 1;
	d[0].has_end = false;
	facts_add_event(c, events, "term_end", &d[0], ss, se);
	cal_format_iso(d[0].day, a);
	snprintf(msg, sizeof(msg),
	         "'%.*s' read as ending on %s (the period counts its first day as one); confirm "
	         "the end of the term",
	         (int)(d[0].span.e - at > 120 ? 120 : d[0].span.e - at), c->t + at, a);
	read_warn(c, msg, at, d[0].span.e);
	return true;
}

/* "The Department has appointed Mr X as Improvement Adviser to the Council for twelve
 * months from the date of this Notice": the appointment takes effect on the instrument's
 * date, and its term ends that many months (or years) after it.  The period's words are
 * the few between " for " and "from the date of this notice" (or direction), in a
 * sentence that appoints. */
static void appointed_for_months(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase cues[] = {LEX_PHRASE("from the date of this notice"),
	                                   LEX_PHRASE("from the date of this direction")};
	size_t k, at, end;
	int tries = 0;

	for (k = 0; k < ARRAY_SIZE(cues); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k], &end)) {
			size_t fs, fe, ss = lex_sentence_start(c->t, 0, at),
			               se = lex_sentence_end(c->t, end, c->n);
			struct cal_period per;
			struct err er = {0};
			struct lex_date ld;
			fs = lex_search_ph(&c->ix, at > ss + 24 ? at - 24 : ss, at,
			                   LEX_LIT(" for "), &fe);
			if (fs == (size_t)-1 ||
			    cal_period_parse(strv_make(c->t + fe, lex_trim_end(c->t, fe, at) - fe),
			                     &per, &er) != 0 ||
			    (per.unit != CAL_MONTHS && per.unit != CAL_YEARS) ||
			    (lex_search_ph(&c->ix, ss, fs, LEX_LIT("has appointed "), NULL) ==
			         (size_t)-1 &&
			     lex_search_ph(&c->ix, ss, fs, LEX_LIT("have appointed "), NULL) ==
			         (size_t)-1))
				continue;
			facts_add_day_event(c, events, "appointment", c->date, ss, se);
			ld.day = cal_add_months(c->date, per.unit == CAL_YEARS ? 12 * per.n : per.n,
			                        NULL);
			facts_add_event(c, events, "term_end", &ld, ss, se);
		}
}

/* "The Commissioner's appointment shall continue for a term of 12 months from the date of
 * this Direction": the term ends that many months (or years) after the instrument's date. */
void facts_term_from_instrument(struct read_ctx *c, rec_t *events)
{
	size_t at, end;
	int tries = 0;

	if (!c->has_date)
		return;
	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("for a term of "), &end);
	     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("for a term of "), &end)) {
		size_t p = end, ue, ws, lim;
		int months;
		struct cal_period per;
		struct err er = {0};
		/* "12 months", "nine months", "two years": the words up to the unit's end */
		while (p < c->n && p - end < 24 && !lex_at(c->t, p, c->n, "months", &ue) &&
		       !lex_at(c->t, p, c->n, "month", &ue) &&
		       !lex_at(c->t, p, c->n, "years", &ue) && !lex_at(c->t, p, c->n, "year", &ue))
			p++;
		if (p >= c->n || p - end >= 24 ||
		    cal_period_parse(strv_make(c->t + end, ue - end), &per, &er) != 0 ||
		    (per.unit != CAL_MONTHS && per.unit != CAL_YEARS))
			continue;
		months = per.unit == CAL_YEARS ? 12 * per.n : per.n;
		/* "from the date of this Direction" (or Notice) right after the period */
		ws = lex_skip_space(c->t, ue, c->n);
		lim = ue + 80 < c->n ? ue + 80 : c->n;
		if (term_beginning_with(c, events, at, ws, months))
			continue;
		if (lex_search_ph(&c->ix, ue, lim, LEX_LIT("from the date of this direction"),
		                  NULL) != ws &&
		    lex_search_ph(&c->ix, ue, lim, LEX_LIT("from the date of this notice"), NULL) !=
		        ws)
			continue;
		facts_add_day_event(c, events, "term_end", cal_add_months(c->date, months, NULL),
		                    lex_sentence_start(c->t, 0, at),
		                    lex_sentence_end(c->t, end, c->n));
	}
	appointed_for_months(c, events);
	facts_term_ends_on_defined_day(c, events);
	facts_term_substituted(c, events);
}
