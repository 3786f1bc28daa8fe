/*
 * facts_events.c: the events an instrument recites (inspections, reports,
 * monitoring visits, directions issued, appointments, ends of terms, a
 * letter's decision).  Events are dated facts: each date in the text is read
 * with the cue words before it in its sentence ("inspection report published
 * on", "monitoring visit of"), or with the verbs of a sentence that opens "On
 * <date>,"; "on the same day" stands for the last date before it in its
 * sentence; a letter's months and days without a year are the last such ones
 * up to its date.  The judgements are facts_judgements.c's; the terms counted from
 * the instrument or ending "on the same date", facts_terms.c's.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"

struct cue {
	struct lex_phrase words; /* looked for just before the date, in the same sentence */
	const char *kind;
	bool near;         /* must end within a few words of the date */
};

#define FIRST_OTHER_CUE 16 /* cues from here on are checked by cue_fits() */

static struct cue event_cues[] = {
    /* "following Ofsted's report of 20 October 2017" (a Commissioner named before) */
    {LEX_PHRASE("ofsted's report of"), "ofsted_report", true},
    {LEX_PHRASE("monitoring visit of"), "monitoring_visit", true},
    {LEX_PHRASE("letter of"), "ofsted_letter", true},
    {LEX_PHRASE("inspection report of"), "ofsted_report", true},
    {LEX_PHRASE("inspection report published on"), "ofsted_report", true},
    {LEX_PHRASE("inspection report published"), "ofsted_report", true},
    {LEX_PHRASE("report (published"), "ofsted_report", true},
    /* "... and published its report of that inspection on 24 March 2016" */
    {LEX_PHRASE("report of that inspection on"), "ofsted_report", true},
    {LEX_PHRASE("report of the inspection on"), "ofsted_report", true},
    {LEX_PHRASE("ofsted inspection in"), "ofsted_inspection", true},
    {LEX_PHRASE("inspection in"), "ofsted_inspection", true},
    {LEX_PHRASE("statutory direction on"), "direction_issued", true},
    {LEX_PHRASE("direction issued on"), "direction_issued", true},
    {LEX_PHRASE("direction on"), "direction_issued", true},
    {LEX_PHRASE("in "), "direction_issued",
     true}, /* "the updated Direction issued ... in December 2017" */
    {LEX_PHRASE("commissioner's report of"), "commissioner_report", true},
    {LEX_PHRASE("report of"), "commissioner_report", true},
    /* "In her report to the Secretary of State of 14 May 2021, the Commissioner advised" */
    {LEX_PHRASE("report to the secretary of state of"), "commissioner_report", true},
    /* "Ms X's final report to me of 1 March 2024", in the Minister's letter */
    {LEX_PHRASE("report to me of"), "commissioner_report", true},
    /* "The Commissioner's latest progress report to the Minister, of 26 July 2023" */
    {LEX_PHRASE("report to the minister, of"), "commissioner_report", true},
    /* the Commissioner's own letter: "my first progress report, of 14 September 2018" */
    {LEX_PHRASE("report, of"), "commissioner_report", true},
    /* "I took up my appointment as Commissioner on 8 May 2018" */
    {LEX_PHRASE("appointment as commissioner on"), "appointment", true},
    {LEX_PHRASE("report to the minister of"), "commissioner_report", true},
    {LEX_PHRASE("initial term ("), "term_end", true},
    /* the wordings of other instruments: "the Ofsted inspection ..., which
     * ended on 12 October 2018", "in its report published on 7 January 2019" */
    {LEX_PHRASE("ended on"), "ofsted_inspection", true},
    {LEX_PHRASE("took place on"), "ofsted_inspection", true},
    {LEX_PHRASE("concluded on"), "ofsted_inspection", true},
    {LEX_PHRASE("inspection on"), "ofsted_inspection", true},
    {LEX_PHRASE("inspected on"), "ofsted_inspection", true},
    {LEX_PHRASE("monitoring visit on"), "monitoring_visit", true},
    {LEX_PHRASE("report published on"), "ofsted_report", true},
    {LEX_PHRASE("report, published on"), "ofsted_report", true},
    {LEX_PHRASE("report was published on"), "ofsted_report", true},
    /* "Ofsted (re-)inspected the Council's services between 5 and 16 July 2021" */
    {LEX_PHRASE("between"), "ofsted_inspection", true},
    /* "carried out an inspection of ...'s children's services from 8 to 19 March 2021" */
    {LEX_PHRASE("from"), "ofsted_inspection", true},
    /* "Ofsted's inspection of the Council's children's services in November 2021" */
    {LEX_PHRASE("children's services in"), "ofsted_inspection", true},
    /* "the Statutory Direction issued to the Council on 2 April 2019", "gave a
     * direction to the Council on 29 November 2019" */
    {LEX_PHRASE("to the council on"), "direction_issued", true},
    /* "monitoring visit to Herefordshire's children's services on 7 and 8 June" */
    {LEX_PHRASE("monitoring visit"), "monitoring_visit", false},
    /* "made two monitoring visits to the Council, on 7 and 8 September 2021 and on ..." */
    {LEX_PHRASE("monitoring visits"), "monitoring_visit", false},
    /* "Ofsted visited the Council again on 10 and 11 September 2019" */
    {LEX_PHRASE("visited the council again on"), "monitoring_visit", true},
    {LEX_PHRASE("visited the council on"), "monitoring_visit", true},
    /* "the letter Ofsted published on 1 July 2022" */
    {LEX_PHRASE("letter ofsted published on"), "ofsted_letter", true},
    {LEX_PHRASE("letter published on"), "ofsted_letter", true},
    /* "... and published its findings in a letter on 14 February 2023" */
    {LEX_PHRASE("in a letter on"), "ofsted_letter", true},
    /* "in its report on the inspection of ... services ..., published on 20th
     * October 2020" */
    {LEX_PHRASE("published on"), "ofsted_report", true},
    /* "Ofsted inspected ... and published its report on 4 November 2022" */
    {LEX_PHRASE("published its report on"), "ofsted_report", true},
    /* "In her first report, submitted on 24 June 2019, Ms X concluded ...", "The
     * Commissioner's further reports of 2 March 2020 and 15 July 2021" */
    {LEX_PHRASE("report, submitted on"), "commissioner_report", true},
    /* "the report of Mr X, the Children's Services Commissioner for Y, which he
     * submitted to me on 14 September 2018" */
    {LEX_PHRASE("submitted to me on"), "commissioner_report", true},
    {LEX_PHRASE("reports of"), "commissioner_report", true},
    /* "Ofsted published a report on 15 August 2017 which judged ..." */
    {LEX_PHRASE("published a report on"), "ofsted_report", true},
    /* "Ofsted's monitoring visit in September found ..." */
    {LEX_PHRASE("monitoring visit in"), "monitoring_visit", true},
    /* "he took up the role on 1 November" */
    {LEX_PHRASE("took up the role on"), "appointment", true},
    {LEX_PHRASE("took up the post on"), "appointment", true},
    {LEX_PHRASE("took up post on"), "appointment", true},
    {LEX_PHRASE("took up his appointment on"), "appointment", true},
    {LEX_PHRASE("took up her appointment on"), "appointment", true},
    /* a letter announcing it: "she will take up her appointment on 21 June 2021" */
    {LEX_PHRASE("take up her appointment on"), "appointment", true},
    {LEX_PHRASE("take up his appointment on"), "appointment", true},
    {LEX_PHRASE("take up their appointment on"), "appointment", true},
    {LEX_PHRASE("take up the role on"), "appointment", true},
    {LEX_PHRASE("take up post on"), "appointment", true},
};

/* The last "direction" named in t[s, e) is "this Direction" (the instrument itself)? */
static bool last_direction_is_this(const struct read_ctx *c, size_t s, size_t e)
{
	size_t at, end, last = (size_t)-1;
	int tries = 0;

	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("direction"), &end);
	     at != (size_t)-1 && tries++ < 64;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("direction"), &end))
		last = at;
	return last != (size_t)-1 && last >= s + 5 && lex_at(c->t, last - 5, last, "this ", NULL);
}

/* Does a cue of the kind hold in the sentence t[ss, at) (of t[ss, se))? "ended on" is an
 * inspection's only when an inspection is named before it; a report is
 * Ofsted's only when Ofsted or an inspection is named and no Commissioner. */
static bool cue_fits(const struct read_ctx *c, const struct cue *q, size_t ss, size_t at,
                     size_t end, size_t se)
{
	/* (also "Ofsted returned to inspect the Council's children's services between ...") */
	bool inspection =
	    lex_search_ph(&c->ix, ss, end, LEX_LIT("inspection"), NULL) != (size_t)-1 ||
	    lex_search_ph(&c->ix, ss, end, LEX_LIT("inspected"), NULL) != (size_t)-1 ||
	    lex_search_ph(&c->ix, ss, end, LEX_LIT("to inspect"), NULL) != (size_t)-1;

	if (q < event_cues + FIRST_OTHER_CUE)
		return true;
	if (read_eq(q->kind, "ofsted_report")) {
		/* "Its report, published on ...": the report of the inspection the sentence
		 * before tells of; "In its report, published on ..., Ofsted judged": Ofsted
		 * the sentence's subject after the date */
		size_t ps = ss > 1 ? lex_sentence_start(c->t, 0, ss - 1) : ss;
		bool before =
		    ps < ss &&
		    (lex_search_ph(&c->ix, ps, ss, LEX_LIT("ofsted"), NULL) != (size_t)-1 ||
		     lex_search_ph(&c->ix, ps, ss, LEX_LIT("inspected"), NULL) != (size_t)-1 ||
		     lex_search_ph(&c->ix, ps, ss, LEX_LIT("inspection"), NULL) != (size_t)-1);
		return (inspection || before ||
		        lex_search_ph(&c->ix, ss, se, LEX_LIT("ofsted"), NULL) != (size_t)-1) &&
		       lex_search_ph(&c->ix, ss, at, LEX_LIT("commissioner"), NULL) == (size_t)-1;
	}
	if (read_eq(q->kind, "ofsted_inspection")) /* ("Between 7 and 16 January 2013 Ofsted
	                                            * carried out an ... inspection ...") */
		return inspection ||
		       (q->words.text[0] == 'b' && at < ss + 8 &&
		        (lex_search_ph(&c->ix, end, se, LEX_LIT("inspection"), NULL) !=
		             (size_t)-1 ||
		         /* "Between 30 January and 10 February 2023 Ofsted inspected ..." */
		         lex_search_ph(&c->ix, end, se, LEX_LIT("ofsted inspected"), NULL) !=
		             (size_t)-1));
	/* a direction named before the cue, and not this one ("This Direction revokes
	 * the Direction issued to the Council on ...": the one named last) */
	if (read_eq(q->kind, "direction_issued"))
		return lex_search_ph(&c->ix, ss, at, LEX_LIT("direction"), NULL) != (size_t)-1 &&
		       !last_direction_is_this(c, ss, at);
	if (read_eq(q->words.text, "submitted to me on")) /* (not the Council's plan) */
		return lex_search_ph(&c->ix, ss, at, LEX_LIT("report"), NULL) != (size_t)-1 &&
		       lex_search_ph(&c->ix, ss, at, LEX_LIT("commissioner"), NULL) != (size_t)-1;
	if (read_eq(q->kind, "monitoring_visit") && read_eq(q->words.text, "monitoring visit"))
		return lex_search_ph(&c->ix, at, end + 60, LEX_LIT(" on "), NULL) != (size_t)-1;
	if (read_eq(q->kind, "monitoring_visit") && q->words.text[0] == 'v') /* Ofsted visited */
		return lex_search_ph(&c->ix, ss, at, LEX_LIT("ofsted"), NULL) != (size_t)-1 ||
		       lex_search_ph(&c->ix, ss, at, LEX_LIT("inspectors"), NULL) != (size_t)-1;
	return true;
}

void facts_add_event(struct read_ctx *c, rec_t *events, const char *kind, const struct lex_date *d,
                     size_t ss, size_t se)
{
	size_t i;
	char buf[CAL_DATE_LEN];
	rec_t *ev;

	cal_format_iso(d->day, buf);
	for (i = 0; i < rec_array_size(events); i++) {
		rec_t *o = rec_array_get(events, i);
		if (read_eq(rec_string_value(rec_object_get(o, "kind")), kind) &&
		    read_eq(rec_string_value(rec_object_get(o, "date")), buf))
			return;
	}
	ev = rec_object();
	read_set(ev, "kind", read_string(kind));
	read_set(ev, "date", read_string(buf));
	if (d->precision == LEX_MONTH) {
		struct cal_ymd y = cal_to_ymd(d->day);
		read_set(ev, "end_date", facts_jdate(cal_month_last(y.y, y.m)));
		read_set(ev, "precision", read_string("month"));
	} else if (d->has_end) {
		read_set(ev, "end_date", facts_jdate(d->end_day));
	}
	read_set(ev, "detail", facts_text(c, ss, se));
	read_set(ev, "span", read_span(c, ss, se));
	rec_array_append_new(events, ev);
}

void facts_add_day_event(struct read_ctx *c, rec_t *events, const char *kind, cal_day day,
                         size_t ss, size_t se)
{
	struct lex_date ld;

	memset(&ld, 0, sizeof(ld));
	ld.precision = LEX_DAY;
	ld.day = day;
	facts_add_event(c, events, kind, &ld, ss, se);
}

/* "issued a direction", "gave a further direction", "made a second statutory
 * direction", "issued the Council with a statutory direction": a verb of giving whose
 * object, within a few words (no comma or full stop between), is a direction. */
static bool gave_direction(const struct read_ctx *c, size_t s, size_t e)
{
	static struct lex_phrase verbs[] = {LEX_PHRASE("issued "), LEX_PHRASE("gave "),
	                                    LEX_PHRASE("made ")};
	size_t k, at, end;

	for (k = 0; k < ARRAY_SIZE(verbs); k++)
		for (at = lex_search_ph(&c->ix, s, e, &verbs[k], &end); at != (size_t)-1;
		     at = lex_search_ph(&c->ix, end, e, &verbs[k], &end)) {
			size_t stop = end, words = 0;
			while (stop < e && words < 8 && c->t[stop] != ',' && c->t[stop] != '.' &&
			       c->t[stop] != '(' && c->t[stop] != ';') {
				if (ch_is_space((unsigned char)c->t[stop]))
					words++;
				stop++;
			}
			if (lex_search_ph(&c->ix, end, stop, LEX_LIT("direction"), NULL) !=
			    (size_t)-1)
				return true;
		}
	return false;
}

/* Does the date open its sentence or a clause of it: "On 30 January 2019 ...", "In
 * November, ..." (a month), "As you know, in December, ..."? */
static bool opens_with_date(const struct read_ctx *c, const struct lex_date *d, size_t ss)
{
	size_t on = d->span.s - 3;
	bool month = d->precision == LEX_MONTH;

	if (d->span.s < ss + 3)
		return false;
	/* "With effect from 25 March 2013 the Secretary of State has appointed ..." */
	if (d->span.s >= ss + 17 &&
	    lex_at(c->t, d->span.s - 17, d->span.s, "With effect from ", NULL))
		return true;
	if (!memcmp(c->t + on, "On ", 3) || (month && !memcmp(c->t + on, "In ", 3)))
		return on == ss || ch_is_space((unsigned char)c->t[on - 1]);
	return on >= ss + 2 &&
	       (!memcmp(c->t + on, "on ", 3) || (month && !memcmp(c->t + on, "in ", 3))) &&
	       c->t[on - 1] == ' ' && c->t[on - 2] == ',';
}

/* "On 30 January 2019 the Secretary of State appointed ... and issued a
 * direction ...", "On 9 January 2023 Ofsted published its report ...", "In November,
 * the Secretary of State issued Kirklees Council with a statutory direction", "In June,
 * Ofsted carried out a monitoring visit", "in December, the Commissioner presented her
 * report": the events of a sentence, or of a clause, that opens with its date. */
static void dated_sentence(struct read_ctx *c, rec_t *events, const struct lex_date *d, size_t ss,
                           size_t se)
{
	static struct lex_phrase handed[] = {LEX_PHRASE("submitted"), LEX_PHRASE("presented"),
	                                     LEX_PHRASE("sent"), LEX_PHRASE("delivered")};
	bool ofsted;
	size_t k;

	if (!opens_with_date(c, d, ss))
		return;
	ofsted = lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("ofsted"), NULL) != (size_t)-1;
	/* (not "... and appointed Ms X ..., with effect from 11 March 2019", nor when the
	 * next sentence says "His appointment took effect on 2 May 2023": that day is the
	 * appointment's) */
	if (lex_search_ph(&c->ix, d->span.e, se, LEX_LIT(" appointed "), NULL) != (size_t)-1 &&
	    lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("with effect from "), NULL) ==
	        (size_t)-1 &&
	    lex_search_ph(&c->ix, se, se + 80 < c->n ? se + 80 : c->n,
	                  LEX_LIT("appointment took effect on"), NULL) == (size_t)-1)
		facts_add_event(c, events, "appointment", d, ss, se);
	if (gave_direction(c, d->span.e, se) ||
	    lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("directed the council"), NULL) !=
	        (size_t)-1)
		facts_add_event(c, events, "direction_issued", d, ss, se);
	/* "On 9 January 2023 Ofsted published its report of the inspection ..." */
	if (ofsted &&
	    (lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("published its report"), NULL) !=
	         (size_t)-1 ||
	     lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("published a report"), NULL) !=
	         (size_t)-1 ||
	     lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("published its inspection report"),
	                   NULL) != (size_t)-1))
		facts_add_event(c, events, "ofsted_report", d, ss, se);
	/* "In June, Ofsted carried out a monitoring visit", "In March 2023, Ofsted inspected
	 * the Council's services" */
	if (ofsted &&
	    lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("monitoring visit"), NULL) != (size_t)-1)
		facts_add_event(c, events, "monitoring_visit", d, ss, se);
	else if (ofsted &&
	         (lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("ofsted inspected"), NULL) !=
	              (size_t)-1 ||
	          lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("carried out an inspection"),
	                        NULL) != (size_t)-1))
		facts_add_event(c, events, "ofsted_inspection", d, ss, se);
	/* "On 16 December 2019 the Minister for Children and Families, on behalf of the
	 * Secretary of State, decided to accept the recommendations ...": the Minister's
	 * decision of that day */
	if ((lex_at(c->t, lex_skip_space(c->t, d->span.e, se), se, "the Minister", NULL) ||
	     lex_at(c->t, lex_skip_space(c->t, d->span.e, se), se, "the Secretary of State",
	            NULL)) &&
	    (lex_search_ph(&c->ix, d->span.e, se, LEX_LIT(" decided to "), NULL) != (size_t)-1 ||
	     lex_search_ph(&c->ix, d->span.e, se, LEX_LIT(" decided that "), NULL) != (size_t)-1))
		facts_add_event(c, events, "decision", d, ss, se);
	/* "in December, the Commissioner presented her report to the Secretary of State" */
	if (lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("commissioner"), NULL) != (size_t)-1 &&
	    lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("report"), NULL) != (size_t)-1 && !ofsted)
		for (k = 0; k < ARRAY_SIZE(handed); k++)
			if (lex_search_ph(&c->ix, d->span.e, se, &handed[k], NULL) != (size_t)-1) {
				facts_add_event(c, events, "commissioner_report", d, ss, se);
				break;
			}
}

/* Does the sentence at ss open with a person the document appoints as Commissioner
 * ("Ms Polglase-Asante submitted her report ..." after "appointed Ms Harriet
 * Polglase-Asante as Children's Services Commissioner")? */
static bool opens_with_commissioner(const struct read_ctx *c, size_t ss, size_t e)
{
	size_t ns = facts_courtesy_at(c, ss, e), ne, at, end;
	char name[64];

	if (!ns)
		return false;
	for (ne = ns; ne < e && (lex_is_word_char((unsigned char)c->t[ne]) || c->t[ne] == '-');)
		ne++;
	if (ne == ns || ne - ns >= sizeof(name) - 4)
		return false;
	memcpy(name, c->t + ns, ne - ns);
	name[ne - ns] = '\0';
	for (at = lex_search(&c->ix, 0, c->n, name, &end); at != (size_t)-1;
	     at = lex_search(&c->ix, end, c->n, name, &end)) {
		size_t lim, ce, h = lex_skip_space(c->t, end, c->n), he = h, ae;
		/* "Ms Rosalind Okonkwo-Petrie CBE as Children's Services Commissioner": an
		 * honour between */
		while (he < c->n && he - h < 5 && c->t[he] >= 'A' && c->t[he] <= 'Z')
			he++;
		if (he - h >= 2 && he < c->n && c->t[he] == ' ')
			h = he + 1;
		if (!lex_at(c->t, h, c->n, "as ", &ae))
			continue;
		lim = ae + 50 < c->n ? ae + 50 : c->n;
		ce = lex_sentence_end(c->t, ae, lim);
		if (lex_search_ph(&c->ix, ae, ce, LEX_LIT("commissioner"), NULL) != (size_t)-1)
			return true;
	}
	return false;
}

/* Does a person the document appoints as Commissioner own the report named at t[at]
 * ("I have read the report alongside Ms Tresillian-Kamara's final report to me of 1
 * March 2024"): the last courtesy title before it, in the sentence from ss? */
static bool owner_is_commissioner(const struct read_ctx *c, size_t ss, size_t at)
{
	size_t p;

	for (p = at; p-- > ss;)
		if ((p == ss || !lex_is_word_char((unsigned char)c->t[p - 1])) &&
		    facts_courtesy_at(c, p, at))
			return opens_with_commissioner(c, p, at);
	return false;
}

/* "... his report was submitted to me on 28 April 2023", "the Commissioner submitted
 * her report ... in April": a report handed in (not published) on the date or in the
 * month, in the clause before it; the Commissioner's when the sentence names one and
 * not Ofsted. */
static bool report_handed_in(const struct read_ctx *c, size_t ss, const struct lex_date *d)
{
	static struct lex_phrase verbs[] = {LEX_PHRASE("submitted"), LEX_PHRASE("presented"),
	                                    LEX_PHRASE("sent"), LEX_PHRASE("delivered")};
	size_t cs = d->span.s, k;

	if (d->span.s < ss + 3 ||
	    !(lex_at(c->t, d->span.s - 3, d->span.s, "on ", NULL) ||
	      (d->precision == LEX_MONTH && lex_at(c->t, d->span.s - 3, d->span.s, "in ", NULL))))
		return false;
	while (cs > ss && d->span.s - cs < 160 && c->t[cs - 1] != ',' && c->t[cs - 1] != ';')
		cs--;
	if (lex_search_ph(&c->ix, cs, d->span.s, LEX_LIT("report"), NULL) == (size_t)-1 ||
	    (lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("commissioner"), NULL) == (size_t)-1 &&
	     !opens_with_commissioner(c, ss, d->span.s)) ||
	    lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("ofsted"), NULL) != (size_t)-1)
		return false;
	for (k = 0; k < ARRAY_SIZE(verbs); k++)
		if (lex_search_ph(&c->ix, cs, d->span.s, &verbs[k], NULL) != (size_t)-1)
			return true;
	return false;
}

/* Is the subject right after a date (a comma between at most) the words w? "In her
 * report of 18 November 2024 the Commissioner recommended ..." */
static bool subject_after(const struct read_ctx *c, size_t at, size_t se, const char *w)
{
	at = lex_skip_space(c->t, at, se);
	if (at < se && c->t[at] == '(') { /* the name given it: ("the Commissioner's report") */
		const char *close = memchr(c->t + at, ')', (se < at + 80 ? se : at + 80) - at);
		if (close)
			at = lex_skip_space(c->t, (size_t)(close - c->t) + 1, se);
	}
	if (at < se && c->t[at] == ',')
		at = lex_skip_space(c->t, at + 1, se);
	return lex_at(c->t, at, se, w, NULL);
}

/* Do the words w end right before the date ("on ", "in ", "with effect from ")? */
bool facts_just_before(const struct read_ctx *c, const struct lex_date *d, size_t ss, const char *w)
{
	size_t L = strlen(w), p = d->span.s;

	while (p > ss && ch_is_space((unsigned char)c->t[p - 1]))
		p--;
	L--; /* w ends with its space */
	return p >= ss + L && p < d->span.s && lex_at(c->t, p - L, d->span.s, w, NULL) &&
	       (p - L == ss || !lex_is_word_char((unsigned char)c->t[p - L - 1]));
}

/* Events of a date no cue word names, read from the wording around it:
 * "Ofsted's report of 17 December 2021", "Ofsted's previous report on the Council, of 4
 * March 2022" (a report dated by "of", Ofsted's when the sentence names Ofsted and no
 * Commissioner); "Ofsted inspected the children's services of X in April 2024" (a month);
 * "has appointed X as Commissioner ... with effect from 17 June 2024"; "the statutory
 * direction issued to X Council on 9 March 2022" (not this one).  The kind, or NULL. */
static const char *worded_event(const struct read_ctx *c, const struct lex_date *d, size_t ss,
                                size_t look)
{
	size_t wide = d->span.s > ss + 100 ? d->span.s - 100 : ss, at, end = 0;

	/* ("In its report of 9 December 2011, Ofsted judged ...": Ofsted the subject after) */
	if (facts_just_before(c, d, ss, "of ") &&
	    lex_search_ph(&c->ix, look, d->span.s, LEX_LIT("report"), NULL) != (size_t)-1 &&
	    (lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("ofsted"), NULL) != (size_t)-1 ||
	     subject_after(c, d->span.e, lex_sentence_end(c->t, d->span.e, c->n), "ofsted")) &&
	    lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("commissioner"), NULL) == (size_t)-1)
		return "ofsted_report";
	if (d->precision == LEX_MONTH && facts_just_before(c, d, ss, "in ") &&
	    lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("inspected"), NULL) != (size_t)-1)
		return "ofsted_inspection";
	if (facts_just_before(c, d, ss, "with effect from ") &&
	    lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT(" appointed "), NULL) != (size_t)-1)
		return "appointment";
	/* "I have appointed Mr X as Improvement Adviser ... for an initial period of six
	 * months, from 1 February 2022 to 31 July 2022": the term's first day and its end */
	if ((facts_just_before(c, d, ss, "from ") || facts_just_before(c, d, ss, "to ")) &&
	    (at = lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT(" appointed "), NULL)) !=
	        (size_t)-1 &&
	    lex_search_ph(&c->ix, at, d->span.s, LEX_LIT(" as "), NULL) != (size_t)-1 &&
	    !memchr(c->t + at, ';', d->span.s - at)) {
		size_t fe;
		struct lex_date first;
		if (facts_just_before(c, d, ss, "from "))
			return "appointment";
		/* ("to" right after the first day: "from 1 February 2022 to") */
		fe = lex_search_ph(&c->ix, d->span.s > ss + 30 ? d->span.s - 30 : ss, d->span.s,
		                   LEX_LIT(" from "), NULL);
		if (fe != (size_t)-1 && lex_dates_in(&c->ix, fe, d->span.s, &first, 1) == 1)
			return "term_end";
	}
	/* "I am writing to confirm that the Commissioner's review has now ended. I have
	 * considered her report of 10 December 2021, ...": the Commissioner's, named in the
	 * sentence before and no other officer with her */
	if ((facts_just_before(c, d, ss, "her report of ") ||
	     facts_just_before(c, d, ss, "his report of ")) &&
	    ss > 1) {
		size_t ps = lex_sentence_start(c->t, 0, ss - 1);
		if (lex_search_ph(&c->ix, ps, d->span.s, LEX_LIT("commissioner"), NULL) !=
		        (size_t)-1 &&
		    lex_search_ph(&c->ix, ps, d->span.s, LEX_LIT("adviser"), NULL) == (size_t)-1)
			return "commissioner_report";
	}
	/* "Mrs X, who was appointed as the Council's Improvement Adviser in November 2021,
	 * has agreed to ...": the month she was appointed */
	if (d->precision == LEX_MONTH && facts_just_before(c, d, ss, "in ") &&
	    lex_search_ph(&c->ix, wide, d->span.s, LEX_LIT("was appointed as "), NULL) !=
	        (size_t)-1)
		return "appointment";
	/* "Mr Fanshawe-Eze's report of 28 March 2024 finds ...": the Commissioner's */
	if (facts_just_before(c, d, ss, "report of ") && opens_with_commissioner(c, ss, d->span.s))
		return "commissioner_report";
	if (!facts_just_before(c, d, ss, "on "))
		return NULL;
	/* "Ofsted has since made three monitoring visits to the Council. At the third, on
	 * 2 and 3 March 2021, inspectors found ...": one of the visits the sentence before
	 * counted, by its place */
	if (lex_at(c->t, lex_skip_space(c->t, ss, d->span.s), d->span.s, "at the ", &end) &&
	    (at = lex_search_ph(&c->ix, end, d->span.s, LEX_LIT(", on"), NULL)) != (size_t)-1 &&
	    at - end <= 7 && !memchr(c->t + end, ' ', at - end) &&
	    lex_search_ph(&c->ix, ss > 300 ? ss - 300 : 0, ss, LEX_LIT("monitoring visits"),
	                  NULL) != (size_t)-1)
		return "monitoring_visit";
	/* "Ofsted carried out a focused visit to the Council's services for children in need
	 * of help and protection on 6 and 7 July 2021": Ofsted's visit named further back
	 * than the cues look, in the same clause (no comma between) */
	if (((at = lex_search_ph(&c->ix, wide, d->span.s, LEX_LIT("focused visit"), &end)) !=
	         (size_t)-1 ||
	     (at = lex_search_ph(&c->ix, wide, d->span.s, LEX_LIT("monitoring visit"), &end)) !=
	         (size_t)-1) &&
	    !memchr(c->t + end, ',', d->span.s - end) &&
	    !memchr(c->t + end, ';', d->span.s - end) &&
	    lex_search_ph(&c->ix, ss, at, LEX_LIT("ofsted"), NULL) != (size_t)-1)
		return "monitoring_visit";
	/* "An unannounced inspection of the Council's contact, referral and assessment
	 * arrangements on 12 and 13 July 2011": an inspection further back, a list's commas
	 * between at most, in a document that names Ofsted */
	if ((at = lex_search_ph(&c->ix, wide, d->span.s, LEX_LIT("inspection of "), &end)) !=
	        (size_t)-1 &&
	    !memchr(c->t + end, ';', d->span.s - end)) {
		const char *lc = NULL, *p = memchr(c->t + end, ',', d->span.s - end);
		while (p) {
			lc = p;
			p = memchr(p + 1, ',', (size_t)(c->t + d->span.s - (p + 1)));
		}
		bool report = lex_search_ph(&c->ix, ss, at, LEX_LIT("report"), NULL) != (size_t)-1;
		if ((!lc || lex_search_ph(&c->ix, (size_t)(lc - c->t), d->span.s, LEX_LIT(" and "),
		                          NULL) != (size_t)-1) &&
		    lex_search_ph(&c->ix, 0, c->n, LEX_LIT("ofsted"), NULL) != (size_t)-1) {
			if (!report)
				return "ofsted_inspection";
			/* ("Ofsted published its report of its inspection of the council's
			 * children's services on 14 April 2023": the report's day) */
			if (lex_search_ph(&c->ix, ss, at, LEX_LIT("published"), NULL) != (size_t)-1)
				return "ofsted_report";
		}
	}
	/* the addressee then the date, no clause between */
	if ((at = lex_search_ph(&c->ix, wide, d->span.s, LEX_LIT("direction issued to"), &end)) ==
	    (size_t)-1)
		at = lex_search_ph(&c->ix, wide, d->span.s, LEX_LIT("direction given to"), &end);
	/* "the statutory direction that the Secretary of State issued to X on ..." */
	if (at == (size_t)-1 &&
	    (at = lex_search_ph(&c->ix, wide, d->span.s, LEX_LIT(" issued to"), &end)) !=
	        (size_t)-1 &&
	    lex_search_ph(&c->ix, at > wide + 50 ? at - 50 : wide, at, LEX_LIT("direction that"),
	                  NULL) == (size_t)-1)
		at = (size_t)-1;
	if (at != (size_t)-1 && !memchr(c->t + end, ',', d->span.s - end) &&
	    !memchr(c->t + end, ';', d->span.s - end) && !last_direction_is_this(c, ss, d->span.s))
		return "direction_issued";
	return NULL;
}

/* "... to issue a statutory direction on 28 November 2017 ("the first direction") and to
 * appoint Mr X CBE as Children's Services Commissioner": the direction's date, then
 * (after a name in brackets) an appointment made with it. */
static bool appointed_with_it(const struct read_ctx *c, const struct lex_date *d, size_t ss,
                              size_t se)
{
	static const char *const verbs[] = {"and to appoint ", "and appointed ", "and appoint "};
	static struct lex_phrase first[] = {LEX_PHRASE(" to appoint "), LEX_PHRASE(" appointed ")};
	size_t p = lex_skip_space(c->t, d->span.e, se), k, end, at;

	/* "... led the Secretary of State to appoint Ms X as Children's Services
	 * Commissioner ("Commissioner") and issue a statutory direction on 16 May 2019": the
	 * appointment first, one date for both */
	for (k = 0; k < ARRAY_SIZE(first); k++)
		if ((at = lex_search_ph(&c->ix, ss, d->span.s, &first[k], &end)) != (size_t)-1 &&
		    lex_search_ph(&c->ix, end, d->span.s, LEX_LIT(" as "), NULL) != (size_t)-1 &&
		    lex_search_ph(&c->ix, end, d->span.s, LEX_LIT("commissioner"), NULL) !=
		        (size_t)-1 &&
		    (lex_search_ph(&c->ix, end, d->span.s, LEX_LIT(" and issue"), NULL) !=
		         (size_t)-1 ||
		     lex_search_ph(&c->ix, end, d->span.s, LEX_LIT(" and to issue"), NULL) !=
		         (size_t)-1) &&
		    !memchr(c->t + end, ';', d->span.s - end))
			return true;

	if (p < se && c->t[p] == '(') {
		const char *close = memchr(c->t + p, ')', se - p < 80 ? se - p : 80);
		if (!close)
			return false;
		p = lex_skip_space(c->t, (size_t)(close - c->t) + 1, se);
	}
	for (k = 0; k < ARRAY_SIZE(verbs); k++)
		if (lex_at(c->t, p, se, verbs[k], &end))
			return lex_search_ph(&c->ix, end, se, LEX_LIT(" as "), NULL) !=
			           (size_t)-1 &&
			       lex_search_ph(&c->ix, end, se, LEX_LIT("commissioner"), NULL) !=
			           (size_t)-1;
	/* "... issued a statutory direction to X Council on 9 November 2017, following
	 * Ofsted's judgement that ..., and appointed Mr X as Children's Services
	 * Commissioner": the same subject's second verb after a clause of why, no other
	 * date or number between */
	if (p < se && c->t[p] == ',' &&
	    (at = lex_search_ph(&c->ix, p, se, LEX_LIT(", and appointed "), &end)) != (size_t)-1) {
		for (k = p; k < at && !ch_is_digit((unsigned char)c->t[k]) && c->t[k] != ';'; k++)
			;
		return k == at &&
		       lex_search_ph(&c->ix, end, se, LEX_LIT(" as "), NULL) != (size_t)-1 &&
		       lex_search_ph(&c->ix, end, se, LEX_LIT("commissioner"), NULL) != (size_t)-1;
	}
	return false;
}

/* A chronology, as a letter may set one out: "•  30 March 2021 – the Secretary of State
 * issued a statutory direction to the Council and appointed Mr X as Children's Services
 * Commissioner;", "•  14–15 December 2021 – Ofsted's first monitoring visit;".  If the date
 * opens its line (after a bullet or a dash) and a dash or a colon follows it, the events
 * the words after it tell of; true if it was such an item (whether or not they tell of
 * one). */
static bool chronology_item(struct read_ctx *c, rec_t *events, const struct lex_date *d)
{
	size_t ls = d->span.s, ds, de;
	bool ofsted, report;

	while (ls > 0 && c->t[ls - 1] != '\n' &&
	       (ch_is_space((unsigned char)c->t[ls - 1]) || c->t[ls - 1] == '-' ||
	        c->t[ls - 1] == '*' || (unsigned char)c->t[ls - 1] >= 0x80))
		ls--;
	if (ls > 0 && c->t[ls - 1] != '\n')
		return false;
	ds = lex_skip_space(c->t, d->span.e, c->n);
	if (ds < c->n && (c->t[ds] == '-' || c->t[ds] == ':'))
		ds++;
	else if (ds + 3 <= c->n &&
	         (!memcmp(c->t + ds, "\xe2\x80\x93", 3) || !memcmp(c->t + ds, "\xe2\x80\x94", 3)))
		ds += 3;
	else
		return false;
	for (de = ds; de < c->n && c->t[de] != '\n' && c->t[de] != ';';)
		de++;
	ofsted = lex_search_ph(&c->ix, ds, de, LEX_LIT("ofsted"), NULL) != (size_t)-1;
	report = lex_search_ph(&c->ix, ds, de, LEX_LIT("report"), NULL) != (size_t)-1;
	if (gave_direction(c, ds, de))
		facts_add_event(c, events, "direction_issued", d, ls, de);
	if (lex_search_ph(&c->ix, ds, de, LEX_LIT(" appointed "), NULL) != (size_t)-1)
		facts_add_event(c, events, "appointment", d, ls, de);
	if (ofsted &&
	    lex_search_ph(&c->ix, ds, de, LEX_LIT("monitoring visit"), NULL) != (size_t)-1)
		facts_add_event(c, events, "monitoring_visit", d, ls, de);
	else if (ofsted && report)
		facts_add_event(c, events, "ofsted_report", d, ls, de);
	else if (ofsted && lex_search_ph(&c->ix, ds, de, LEX_LIT("inspection"), NULL) != (size_t)-1)
		facts_add_event(c, events, "ofsted_inspection", d, ls, de);
	else if (report &&
	         lex_search_ph(&c->ix, ds, de, LEX_LIT("commissioner"), NULL) != (size_t)-1)
		facts_add_event(c, events, "commissioner_report", d, ls, de);
	return true;
}

/* The events of one date (or of a phrase that stands for one: "on the same day"),
 * read from the cue words before it in its sentence t[ss, se). */
static void date_events(struct read_ctx *c, rec_t *events, const struct lex_date *d, size_t ss,
                        size_t se)
{
	bool found = false;
	size_t k, look = d->span.s > ss + 60 ? d->span.s - 60 : ss;

	if (c->has_date && d->day == c->date && d->precision == LEX_DAY)
		return; /* the instrument's own date */
	{
		/* "recommended in her report dated 30 September 2024", "The Commissioner's
		 * report to the Secretary of State, dated 12 May 2017": the report's date, the
		 * Commissioner's when the sentence names one, else Ofsted's when it names it */
		size_t end, at = lex_search_ph(&c->ix, look, d->span.s, LEX_LIT("dated"), &end);
		/* ("the report of Mr X, the Children's Services Commissioner for Wokingham (\"the
		 * Commissioner\"), dated 6 September 2021": the report named earlier in the
		 * sentence) */
		if (at != (size_t)-1 && lex_skip_space(c->t, end, d->span.s) == d->span.s &&
		    lex_search_ph(&c->ix, at > ss + 160 ? at - 160 : ss, at, LEX_LIT("report"),
		                  NULL) != (size_t)-1) {
			/* "His most recent report, dated 6 November 2020, ...": a person's (the
			 * Commissioner's), Ofsted's being "its report" */
			if (lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("commissioner"), NULL) !=
			        (size_t)-1 ||
			    subject_after(c, d->span.e, se, "the commissioner") ||
			    lex_at(c->t, lex_skip_space(c->t, ss, at), at, "his ", NULL) ||
			    lex_at(c->t, lex_skip_space(c->t, ss, at), at, "her ", NULL) ||
			    /* "Ms X's final report to me, dated ...": the Commissioner's */
			    owner_is_commissioner(c, ss, at))
				facts_add_event(c, events, "commissioner_report", d, ss, se);
			else if (lex_search_ph(&c->ix, ss, se, LEX_LIT("ofsted"), NULL) !=
			         (size_t)-1)
				facts_add_event(c, events, "ofsted_report", d, ss, se);
			return;
		}
	}
	/* (a date right after "dated" is a document's, no event; not one further on: "...,
	 * dated 6 September 2021, together with Ofsted's letter of 19 August 2021") */
	{
		size_t de, da = lex_search_ph(&c->ix, look, d->span.s, LEX_LIT("dated"), &de);
		if ((da != (size_t)-1 && lex_skip_space(c->t, de, d->span.s) == d->span.s) ||
		    chronology_item(c, events, d))
			return;
	}
	lex_focus(&c->ix, look, d->span.s); /* the cues are looked for right before the date */
	for (k = 0; k < ARRAY_SIZE(event_cues); k++) {
		size_t at, end;
		at = lex_search_ph(&c->ix, look, d->span.s, &event_cues[k].words, &end);
		if (at == (size_t)-1)
			continue;
		if (event_cues[k].near && lex_skip_space(c->t, end, d->span.s) != d->span.s &&
		    !read_eq(event_cues[k].kind, "ofsted_report"))
			continue;
		if (read_eq(event_cues[k].kind, "commissioner_report") &&
		    lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("commissioner"), NULL) ==
		        (size_t)-1 &&
		    /* "In her first report, submitted on 24 June 2019, Ms X concluded", "In
		     * her report of 30 March 2018 she concluded": a person's report, not
		     * Ofsted's */
		    !((read_eq(event_cues[k].words.text, "report, submitted on") ||
		       read_eq(event_cues[k].words.text, "report of")) &&
		      (lex_search_ph(&c->ix, at > ss + 12 ? at - 12 : ss, at, LEX_LIT("her "),
		                     NULL) != (size_t)-1 ||
		       lex_search_ph(&c->ix, at > ss + 12 ? at - 12 : ss, at, LEX_LIT("his "),
		                     NULL) != (size_t)-1) &&
		      lex_search_ph(&c->ix, ss, se, LEX_LIT("ofsted"), NULL) == (size_t)-1) &&
		    !subject_after(c, d->span.e, se, "the commissioner") &&
		    !owner_is_commissioner(c, ss, at) &&
		    !(c->by_commissioner &&
		      lex_search_ph(&c->ix, d->span.s > ss + 40 ? d->span.s - 40 : ss, d->span.s,
		                    LEX_LIT("my "), NULL) != (size_t)-1))
			continue;
		/* "In its letter of 28 November 2017, Ofsted found ..." */
		/* "In its letter of 24 February 2022, following the second visit, Ofsted
		 * found ...": Ofsted's, named in the sentence ("its"), not "my letter" */
		/* ("Ofsted carried out a monitoring visit ... on 5 and 6 April 2022. Its letter
		 * of 3 May 2022 found ...": Ofsted the sentence before's subject) */
		if (read_eq(event_cues[k].kind, "ofsted_letter") &&
		    lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("ofsted"), NULL) == (size_t)-1 &&
		    !subject_after(c, d->span.e, se, "ofsted") &&
		    !(at >= ss + 4 && lex_at(c->t, at - 4, at, "its ", NULL) &&
		      (lex_search_ph(&c->ix, d->span.e, se, LEX_LIT("ofsted"), NULL) !=
		           (size_t)-1 ||
		       (ss > 1 &&
		        lex_at(c->t, lex_sentence_start(c->t, 0, ss - 1), ss, "Ofsted ", NULL)))))
			continue;
		if (read_eq(event_cues[k].words.text, "in ") &&
		    (d->precision != LEX_MONTH ||
		     lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("direction issued"), NULL) ==
		         (size_t)-1))
			continue;
		if (!cue_fits(c, &event_cues[k], ss, at, end, se))
			continue;
		/* "Ofsted's letter about the visit was published on 3 December 2019": a
		 * letter, no report, published */
		if (read_eq(event_cues[k].words.text, "published on") &&
		    lex_search_ph(&c->ix, ss, at, LEX_LIT("letter"), NULL) != (size_t)-1 &&
		    lex_search_ph(&c->ix, ss, at, LEX_LIT("report"), NULL) == (size_t)-1)
			facts_add_event(c, events, "ofsted_letter", d, ss, se);
		else
			facts_add_event(c, events, event_cues[k].kind, d, ss, se);
		if (read_eq(event_cues[k].kind, "direction_issued") &&
		    appointed_with_it(c, d, ss, se))
			facts_add_event(c, events, "appointment", d, ss, se);
		found = true;
		break;
	}
	if (!found && rec_array_size(events) > 0 &&
	    (facts_just_before(c, d, ss, "and on ") ||
	     /* "The Commissioner's further reports of 2 March 2020 and 15 July 2021" */
	     (facts_just_before(c, d, ss, "and ") &&
	      (lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("reports of"), NULL) != (size_t)-1 ||
	       lex_search_ph(&c->ix, ss, d->span.s, LEX_LIT("visits of"), NULL) != (size_t)-1)))) {
		/* "... two monitoring visits to the Council, on 7 and 8 September 2021 and on 25
		 * and 26 January 2022": the second of the sentence's events of that kind */
		const rec_t *last = rec_array_get(events, rec_array_size(events) - 1);
		const rec_t *sp = rec_object_get(last, "span");
		if (sp && (size_t)rec_integer_value(rec_array_get(sp, 0)) == ss) {
			facts_add_event(c, events, rec_string_value(rec_object_get(last, "kind")),
			                d, ss, se);
			return;
		}
	}
	if (!found) {
		size_t at = lex_search_ph(&c->ix, look, d->span.s, LEX_LIT(" appointed "), NULL);
		/* "who was appointed as Children's Services Commissioner for Salford on 1 April
		 * 2019": further back, in the same clause (no comma between) */
		if (at == (size_t)-1) {
			size_t far = d->span.s > ss + 120 ? d->span.s - 120 : ss;
			at = lex_search_ph(&c->ix, far, d->span.s, LEX_LIT(" appointed "), NULL);
			if (at != (size_t)-1 && (memchr(c->t + at, ',', d->span.s - at) ||
			                         memchr(c->t + at, ';', d->span.s - at)))
				at = (size_t)-1;
		}
		const char *kind = worded_event(c, d, ss, look), *kinds[2];
		size_t nk = kind ? 0 : facts_clause_events(c, d, ss, se, kinds, ARRAY_SIZE(kinds));
		if (kind) {
			kinds[0] = kind;
			nk = 1;
		}
		if (nk) {
			/* "gave a direction to X on ...", "appointment to take effect on ...",
			 * and an appointment made with the direction (appointed_with_it()) */
			for (k = 0; k < nk; k++)
				facts_add_event(c, events, kinds[k], d, ss, se);
			if (nk == 1 && read_eq(kinds[0], "direction_issued") &&
			    appointed_with_it(c, d, ss, se))
				facts_add_event(c, events, "appointment", d, ss, se);
		} else if (report_handed_in(c, ss, d))
			facts_add_event(c, events, "commissioner_report", d, ss, se);
		else if (facts_appointment_extended(c, ss, d)) {
			struct lex_date ld = *d; /* a month's end: its last day */
			if (d->precision == LEX_MONTH) {
				struct cal_ymd ym = cal_to_ymd(d->day);
				ld.day = cal_month_last(ym.y, ym.m);
				ld.precision = LEX_DAY;
			}
			facts_add_event(c, events, "term_end", &ld, ss, se);
		}
		/* "... appointed X as Commissioner on 30 January 2019" */
		else if (at != (size_t)-1 && d->span.s >= 3 &&
		         lex_at(c->t, d->span.s - 3, d->span.s, "on ", NULL))
			facts_add_event(c, events, "appointment", d, ss, se);
		else
			dated_sentence(c, events, d, ss, se);
	}
}

/* "... was appointed on 3 January 2023 under the direction issued to the Council
 * on the same day": the phrase stands for the last date named before it in its
 * sentence; its events are read as that date's would be. */
static void same_day_events(struct read_ctx *c, rec_t *events)
{
	static struct lex_phrase phrases[] = {
	    LEX_PHRASE("on the same day"), LEX_PHRASE("on the same date"),
	    LEX_PHRASE("on that day"), LEX_PHRASE("on that date")};
	size_t k, at, end;
	int tries = 0;

	for (k = 0; k < ARRAY_SIZE(phrases); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &phrases[k], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &phrases[k], &end)) {
			size_t ss = lex_sentence_start(c->t, 0, at),
			       se = lex_sentence_end(c->t, end, c->n);
			struct lex_date d[16], ld;
			size_t nd = lex_dates_in(&c->ix, ss, at, d, 16);
			/* "On 17 March 2022 the Secretary of State ... gave a direction to
			 * ... . Mr X was appointed as ... Commissioner ... on the same day.": the
			 * day the sentence before opens with */
			if (!nd && ss > 2) {
				size_t ps = lex_sentence_start(c->t, 0, ss - 2);
				if (lex_dates_in(&c->ix, ps, ss, d, 1) == 1 &&
				    lex_at(c->t, ps, d[0].span.s, "on ", NULL) &&
				    lex_skip_space(c->t, ps + 3, d[0].span.s) == d[0].span.s)
					nd = 1;
			}
			if (!nd || d[nd - 1].precision != LEX_DAY)
				continue;
			ld = d[nd - 1];
			ld.has_end = false;
			ld.span.s = at + 3; /* after "on ": the cues end with it */
			ld.span.e = end;
			date_events(c, events, &ld, ss, se);
		}
}

/* Does the sentence t[ss, se) tell of the past: no word of the future, of a duty or
 * of an expectation in it ("will", "shall", "should", "expect")? */
static bool past_sentence(const struct read_ctx *c, size_t ss, size_t se)
{
	static struct lex_phrase future[] = {LEX_PHRASE(" will "),   LEX_PHRASE(" shall "),
	                                     LEX_PHRASE(" should "), LEX_PHRASE(" would "),
	                                     LEX_PHRASE(" must "),   LEX_PHRASE(" is to "),
	                                     LEX_PHRASE(" are to "), LEX_PHRASE("expect")};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(future); k++)
		if (lex_search_ph(&c->ix, ss, se, &future[k], NULL) != (size_t)-1)
			return false;
	return true;
}

/* "In November, the Secretary of State issued Kirklees Council with a statutory
 * direction", "the Commissioner submitted her report ... in April", "he took up the role
 * on 1 November": a month (after "in") or a day (after "on") named without a year, in a
 * sentence that tells of the past, is the last such month or day not after the
 * instrument's date (a letter recounting what has happened); its events are read as a
 * dated one's would be, each with a warning to confirm the year. */
static void yearless_events(struct read_ctx *c, rec_t *events)
{
	struct cal_ymd today;
	size_t i;

	if (!c->has_date)
		return;
	today = cal_to_ymd(c->date);
	for (i = lex_next_date_place(&c->ix, 0, c->n); i < c->n;
	     i = lex_next_date_place(&c->ix, i + 1, c->n)) {
		size_t we = i, ms = i, ss, se, before = rec_array_size(events);
		struct lex_date ld;
		char msg[160];
		int m, day = 0;
		/* only after "in " or "on " (most places where a date can begin are not) */
		{
			size_t w = i;
			while (w > 0 && i - w < 4 && ch_is_space((unsigned char)c->t[w - 1]))
				w--;
			if (w < 2 || w == i || (c->t[w - 1] != 'n' && c->t[w - 1] != 'N'))
				continue;
		}
		/* "on 1 November": a day first */
		while (we < c->n && ch_is_digit((unsigned char)c->t[we]) && we - i < 2)
			day = day * 10 + (c->t[we++] - '0');
		if (day && we < c->n && c->t[we] == ' ')
			ms = ++we;
		while (we < c->n && lex_is_word_char((unsigned char)c->t[we]))
			we++;
		if ((i > 0 && lex_is_word_char((unsigned char)c->t[i - 1])) || i < 3 ||
		    !(m = lex_month_word(c->t, ms, we)) || lex_year_follows(c->t, we, c->n) ||
		    !(lex_at(c->t, i - 3, i, day ? "on " : "in ", NULL) &&
		      (i == 3 || !lex_is_word_char((unsigned char)c->t[i - 4]))))
			continue;
		ss = lex_sentence_start(c->t, 0, i);
		se = lex_sentence_end(c->t, we, c->n);
		if (!past_sentence(c, ss, se))
			continue;
		memset(&ld, 0, sizeof(ld));
		ld.precision = day ? LEX_DAY : LEX_MONTH;
		if (day) { /* the last such day up to the instrument's date */
			int y = today.y;
			if (!cal_valid(y, m, day) || cal_from_ymd(y, m, day) > c->date)
				y--;
			if (!cal_valid(y, m, day))
				continue; /* 29 February, in neither year */
			ld.day = cal_from_ymd(y, m, day);
		} else {
			ld.day = cal_month_first(m <= today.m ? today.y : today.y - 1, m);
		}
		ld.span.s = i;
		ld.span.e = we;
		date_events(c, events, &ld, ss, se);
		if (rec_array_size(events) > before) {
			struct cal_ymd y = cal_to_ymd(ld.day);
			if (day)
				snprintf(
				    msg, sizeof(msg),
				    "'%.*s' has no year: read as %d %s %d, the last such day up "
				    "to the instrument's date",
				    (int)(we - (i - 3)), c->t + i - 3, y.d, cal_month_name(m), y.y);
			else
				snprintf(msg, sizeof(msg),
				         "'%.*s' has no year: read as %s %d, the last %s up to the "
				         "instrument's date",
				         (int)(we - (i - 3)), c->t + i - 3, cal_month_name(m), y.y,
				         cal_month_name(m));
			read_warn(c, msg, i - 3, we);
		}
		i = we;
	}
}

/* A term's end in a month named without its year: "Eleanor Brazil's current term as
 * Commissioner ends at the end of September", "His appointment will run until the end of
 * June" (the first such month's end after the instrument's date); "Ms X's term as
 * Commissioner ended at the end of October" (the last such month's end up to it); each
 * with a warning to confirm the year. */
static void yearless_term_ends(struct read_ctx *c, rec_t *events)
{
	static struct {
		struct lex_phrase words;
		bool past;
	} cues[] = {{LEX_PHRASE("ends at the end of "), false},
	            {LEX_PHRASE("will end at the end of "), false},
	            {LEX_PHRASE("will run until the end of "), false},
	            {LEX_PHRASE("runs until the end of "), false},
	            {LEX_PHRASE("ended at the end of "), true}};
	size_t k, at, end;
	int tries = 0;
	struct cal_ymd y;

	if (!c->has_date)
		return;
	y = cal_to_ymd(c->date);
	for (k = 0; k < ARRAY_SIZE(cues); k++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &cues[k].words, &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &cues[k].words, &end)) {
			struct strv v = strv_make(c->t + end, c->n - end), w = strv_eat_word(&v);
			int m = cal_month_from_name(w);
			size_t we = (size_t)(w.p - c->t) + w.n, ss;
			struct lex_date ld;
			char msg[200];
			if (!m || lex_year_follows(c->t, we, c->n))
				continue;
			ss = lex_sentence_start(c->t, 0, at);
			memset(&ld, 0, sizeof(ld));
			ld.precision = LEX_DAY;
			if (cues[k].past)
				ld.day = cal_month_last(m <= y.m ? y.y : y.y - 1, m);
			else
				ld.day = cal_month_last(m >= y.m ? y.y : y.y + 1, m);
			facts_add_event(c, events, "term_end", &ld, ss, we);
			snprintf(msg, sizeof(msg),
			         "'the end of %.*s' has no year: read as %s %d, the %s %s %s the "
			         "instrument's date",
			         (int)w.n, w.p, cal_month_name(m), cal_to_ymd(ld.day).y,
			         cues[k].past ? "last" : "first", cal_month_name(m),
			         cues[k].past ? "up to" : "after");
			read_warn(c, msg, end - 11, we);
		}
}

void facts_find_events(struct read_ctx *c, rec_t *rec)
{
	rec_t *events = rec_array();
	struct lex_date d[256];
	size_t nd = lex_dates_in(&c->ix, 0, c->n, d, 256), i;
	const char *by = rec_string_value(rec_object_get(rec_object_get(rec, "author"), "role"));

	c->by_commissioner = by && strstr(by, "Commissioner");
	for (i = 0; i < nd; i++)
		date_events(c, events, &d[i], lex_sentence_start(c->t, 0, d[i].span.s),
		            lex_sentence_end(c->t, d[i].span.e, c->n));
	same_day_events(c, events);
	yearless_events(c, events);
	facts_term_ends_same_date(c, events);
	facts_term_from_instrument(c, events);
	yearless_term_ends(c, events);
	facts_letter_events(c, events);
	facts_drop_extended_terms(c, events);
	facts_letter_decision(c, events);
	read_set(rec, "events", events);
}
