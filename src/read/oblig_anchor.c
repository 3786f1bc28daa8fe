/*
 * oblig_anchor.c: what a period or a series is counted from, named by the words after
 * its "of" or "from" ("within three months of the date of this Direction", "of his
 * appointment", "every 6 weeks from the start of the appointment", "of receiving the
 * Commissioner's report"): the instrument's date, an event of the record's
 * ("event:appointment", "event:ofsted_report", ...), or nothing understood (see
 * oblig_int.h, oblig_anchor_of()).  Moved from oblig_timing.c in session 23, unchanged.
 * Session 24 added the periods counted from no one day ("of each meeting",
 * oblig_after_each_meeting()) or in no calendar ("20 school days", oblig_school_days()),
 * and a milestone "Month 3:" counted from the instrument's date (oblig_month_n_timings()).
 * Session 25 added a month-labelled milestone ("a) July 2019: ...") and moved here from
 * oblig_when.c "the end of the third month after/following ..." (oblig_month_after_timings()),
 * which may follow an appointment.
 */
#include "../base/compat.h"

#include "oblig_int.h"

void oblig_anchor_of(const struct read_ctx *c, size_t s, size_t e, char *out, size_t n)
{
	static struct {
		struct lex_phrase words;
		const char *anchor;
	} anchors[] = {
	    {LEX_PHRASE("the date of this"), "instrument_date"},
	    {LEX_PHRASE("this direction"), "instrument_date"},
	    {LEX_PHRASE("this notice"), "instrument_date"},
	    {LEX_PHRASE("the date of the direction"), "instrument_date"},
	    {LEX_PHRASE("appointment"), "event:appointment"},
	    {LEX_PHRASE("the ofsted inspection report"), "event:ofsted_report"},
	    {LEX_PHRASE("the ofsted inspection"), "event:ofsted_inspection"},
	    {LEX_PHRASE("the inspection"), "event:ofsted_inspection"},
	    {LEX_PHRASE("the ofsted report"), "event:ofsted_report"},
	    {LEX_PHRASE("the date of the ofsted"), "event:ofsted_report"},
	    /* other wordings: "of the publication of the Ofsted report", "of the
	     * monitoring visit", "of the date of issue of this notice" */
	    {LEX_PHRASE("the publication of"), "event:ofsted_report"},
	    {LEX_PHRASE("publication of"), "event:ofsted_report"},
	    {LEX_PHRASE("the inspection report"), "event:ofsted_report"},
	    {LEX_PHRASE("the date of issue"), "instrument_date"},
	    {LEX_PHRASE("the issue of this"), "instrument_date"},
	    {LEX_PHRASE("this letter"), "instrument_date"},
	    /* a letter's "no later than 12 months from today" */
	    {LEX_PHRASE("today"), "instrument_date"},
	    {LEX_PHRASE("the monitoring visit"), "event:monitoring_visit"},
	    /* "within 10 working days of receiving Ofsted's letter on that visit" */
	    {LEX_PHRASE("ofsted's letter"), "event:ofsted_letter"},
	    {LEX_PHRASE("ofsted\xe2\x80\x99s letter"), "event:ofsted_letter"},
	    {LEX_PHRASE("the ofsted letter"), "event:ofsted_letter"},
	    {LEX_PHRASE("his appointment"), "event:appointment"},
	    {LEX_PHRASE("her appointment"), "event:appointment"},
	    {LEX_PHRASE("their appointment"), "event:appointment"},
	    {LEX_PHRASE("the commissioner's report"), "event:commissioner_report"},
	    {LEX_PHRASE("the commissioner\xe2\x80\x99s report"), "event:commissioner_report"},
	};
	size_t k;

	size_t we;

	s = lex_skip_space(c->t, s, e);
	for (k = 0; k < ARRAY_SIZE(anchors); k++) {
		size_t at =
		    lex_search_ph(&c->ix, s, e < s + 60 ? e : s + 60, &anchors[k].words, NULL);
		if (at != (size_t)-1 && at < s + 12) {
			snprintf(out, n, "%s", anchors[k].anchor);
			return;
		}
	}
	/* "within 10 working days of 17 December 2020", in an instrument of that day (an
	 * inserted paragraph that names its own date): the instrument's date */
	if (c->has_date) {
		struct lex_date d[1];
		if (lex_dates_in(&c->ix, s, e < s + 24 ? e : s + 24, d, 1) == 1 &&
		    d[0].span.s == s && d[0].precision == LEX_DAY && d[0].day == c->date) {
			snprintf(out, n, "%s", "instrument_date");
			return;
		}
	}
	/* "within one month of the Improvement Adviser's appointment" */
	{
		size_t at = lex_search_ph(&c->ix, s, e < s + 50 ? e : s + 50,
		                          LEX_LIT("'s appointment"), NULL);
		if (at == (size_t)-1)
			at = lex_search_ph(&c->ix, s, e < s + 50 ? e : s + 50,
			                   LEX_LIT("\xe2\x80\x99s appointment"), NULL);
		if (at != (size_t)-1 && !memchr(c->t + s, ',', at - s)) {
			snprintf(out, n, "%s", "event:appointment");
			return;
		}
	}
	/* "within six weeks after the date on which the Commissioner takes up her
	 * appointment", "within 3 months of the Commissioner taking up post" */
	{
		static struct lex_phrase taking_up[] = {
		    LEX_PHRASE("takes up "), LEX_PHRASE("taking up "), LEX_PHRASE("take up "),
		    LEX_PHRASE("is appointed"), LEX_PHRASE("was appointed")};
		size_t stop = e < s + 70 ? e : s + 70, te;
		for (k = 0; k < ARRAY_SIZE(taking_up); k++) {
			size_t at = lex_search_ph(&c->ix, s, stop, &taking_up[k], &te);
			if (at == (size_t)-1 || memchr(c->t + s, ',', at - s) ||
			    memchr(c->t + s, ';', at - s))
				continue;
			if (k >= 3 || lex_at(c->t, te, e, "post", NULL) ||
			    lex_at(c->t, te, e, "her appointment", NULL) ||
			    lex_at(c->t, te, e, "his appointment", NULL) ||
			    lex_at(c->t, te, e, "their appointment", NULL) ||
			    lex_at(c->t, te, e, "the appointment", NULL) ||
			    lex_at(c->t, te, e, "appointment", NULL)) {
				snprintf(out, n, "%s", "event:appointment");
				return;
			}
		}
	}
	/* "from the date of his appointment": the event the date is of; so too "within
	 * three months of the start of her appointment" */
	/* "within 10 working days of receiving the Commissioner's report", "of receipt of
	 * ...": the event received */
	if (lex_at(c->t, s, e, "the date of ", &we) || lex_at(c->t, s, e, "the start of ", &we) ||
	    lex_at(c->t, s, e, "receiving ", &we) || lex_at(c->t, s, e, "receipt of ", &we) ||
	    lex_at(c->t, s, e, "the receipt of ", &we) ||
	    lex_at(c->t, s, e, "the beginning of ", &we) ||
	    lex_at(c->t, s, e, "the commencement of ", &we)) {
		oblig_anchor_of(c, we, e, out, n);
		return;
	}
	snprintf(out, n, "%s", "");
}

/* "publish a summary of the minutes of each meeting of the Board ... within 5 working
 * days of the meeting": counted from each meeting, a standard kept up (the duty stands),
 * as "within 5 working days of each meeting" is; t[w, e) the words after "of". */
bool oblig_after_each_meeting(const struct read_ctx *c, size_t s, size_t w, size_t e)
{
	/* (so too "within 20 working days of each visit": each of the visits, which no
	 * day dates) */
	return lex_at(c->t, w, e, "each meeting", NULL) ||
	       lex_at(c->t, w, e, "every meeting", NULL) ||
	       lex_at(c->t, w, e, "each visit", NULL) || lex_at(c->t, w, e, "every visit", NULL) ||
	       (lex_at(c->t, w, e, "the meeting", NULL) &&
	        (lex_search_ph(&c->ix, s, w, LEX_LIT("each meeting"), NULL) != (size_t)-1 ||
	         lex_search_ph(&c->ix, s, w, LEX_LIT("every meeting"), NULL) != (size_t)-1)) ||
	       (lex_at(c->t, w, e, "the visit", NULL) &&
	        lex_search_ph(&c->ix, s, w, LEX_LIT("each visit"), NULL) != (size_t)-1);
}

bool oblig_school_days(const struct read_ctx *c, size_t s, size_t e)
{
	size_t w = lex_skip_space(c->t, s, e), d = w;

	while (d < e && ch_is_digit((unsigned char)c->t[d]))
		d++;
	return d > w && d - w <= 3 &&
	       lex_at(c->t, lex_skip_space(c->t, d, e), e, "school days", NULL) &&
	       lex_trim_end(c->t, w, e) == lex_skip_space(c->t, d, e) + 11;
}

/* "1. Month 3: the Council has completed a review ..." (an annex of milestones "counted
 * from the date of this notice"): an item that opens with "Month N:" is due N months
 * from the instrument's date. */
size_t oblig_month_n_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                             size_t n)
{
	size_t w = lex_skip_space(c->t, s, e), d, k;
	int v = 0;

	if (n >= MAXT || !c->has_date)
		return n;
	/* "a) July 2019: every contact about a child is screened ...", under "The Council
	 * must meet each milestone no later than the last day of the month shown against
	 * it:": due by the month's end */
	if (w < e && c->t[w] >= 'A' && c->t[w] <= 'Z' && !lex_at(c->t, w, e, "Month ", NULL)) {
		struct lex_date dt[1];
		if (lex_dates_in(&c->ix, w, e < w + 20 ? e : w + 20, dt, 1) == 1 &&
		    dt[0].span.s == w && dt[0].precision == LEX_MONTH && dt[0].span.e < e &&
		    c->t[dt[0].span.e] == ':' && !oblig_timing_overlaps(out, n, w, dt[0].span.e)) {
			timing_new(out, n, T_DATE, w, dt[0].span.e);
			out[n].rule = "end_of";
			out[n].date = dt[0];
			return n + 1;
		}
		return n;
	}
	if (!lex_at(c->t, w, e, "Month ", &d))
		return n;
	for (k = d; k < e && k - d < 2 && ch_is_digit((unsigned char)c->t[k]); k++)
		v = v * 10 + (c->t[k] - '0');
	if (k == d || k >= e || c->t[k] != ':' || v < 1 || v > 36 ||
	    oblig_timing_overlaps(out, n, w, k))
		return n;
	timing_new(out, n, T_WITHIN, w, k);
	out[n].period.n = v;
	out[n].period.unit = CAL_MONTHS;
	snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
	return n + 1;
}

/* out[n]: "the end of the Nth month after ..." at t[s, e), in the month of day (an
 * event's: the instrument's date until oblig_make_due() knows the event's). */
static void month_end_timing(struct timing *out, size_t n, size_t s, size_t e, cal_day day, int nth)
{
	timing_new(out, n, T_DATE, s, e);
	out[n].rule = "end_of";
	out[n].date.day = day;
	out[n].date.precision = LEX_MONTH;
	out[n].date.span.s = s;
	out[n].date.span.e = e;
	out[n].month_after = nth;
}

/* (moved from oblig_when.c in session 25) */
/* "by no later than the end of the third month after the date of this Direction": the
 * last day of the month that many months after the instrument's month (a direction of
 * 21 May 2018: August 2018, 31 August 2018). */
size_t oblig_month_after_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                 size_t n)
{
	static const char *const ordinals[] = {"first", "second", "third",    "fourth",
	                                       "fifth", "sixth",  "seventh",  "eighth",
	                                       "ninth", "tenth",  "eleventh", "twelfth"};
	static const char *const after[] = {"after the date of this ",
	                                    "following the date of this "};
	size_t at, end, we, k, x;
	struct cal_ymd d, inst; /* the month found; the instrument's */
	int nth;

	if (!c->has_date)
		return n;
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("the end of the "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("the end of the "), &end)) {
		for (nth = 0, k = 0; k < ARRAY_SIZE(ordinals) && !nth; k++)
			if (lex_at(c->t, end, e, ordinals[k], &we) && lex_at(c->t, we, e, " ", &we))
				nth = (int)k + 1;
		/* "before the end of the month following the date of this letter" (or "her
		 * appointment"): the next */
		if (!nth && lex_at(c->t, end, e, "month following ", NULL)) {
			nth = 1;
			we = end;
		}
		if (!nth)
			continue;
		if (lex_at(c->t, we, e, "calendar ", &x))
			we = x;
		if (!lex_at(c->t, we, e, "month ", &we))
			continue;
		for (k = 0; k < ARRAY_SIZE(after); k++)
			if (lex_at(c->t, we, e, after[k], &x))
				break;
		if (k == ARRAY_SIZE(after)) {
			/* "by the end of the month following her appointment": that month
			 * after an event's day, which oblig_make_due() looks up */
			char anchor[48] = "";
			if (lex_at(c->t, we, e, "following ", &x) ||
			    lex_at(c->t, we, e, "after ", &x))
				oblig_anchor_of(c, x, e, anchor, sizeof(anchor));
			if (strcmp(anchor, "event:appointment") ||
			    lex_search_ph(&c->ix, x, e < x + 60 ? e : x + 60,
			                  LEX_LIT("appointment"), &we) == (size_t)-1 ||
			    oblig_timing_overlaps(out, n, at, we))
				continue;
			month_end_timing(out, n, at, we, c->date, nth);
			snprintf(out[n].anchor, sizeof(out[n].anchor), "%s", anchor);
			n++;
			continue;
		}
		while (x < e && lex_is_word_char((unsigned char)c->t[x]))
			x++; /* "Direction", "Notice", "letter" */
		if (oblig_timing_overlaps(out, n, at, x))
			continue;
		inst = cal_to_ymd(c->date);
		d = cal_to_ymd(cal_add_months(cal_month_first(inst.y, inst.m), nth, NULL));
		month_end_timing(out, n, at, x, cal_month_first(d.y, d.m), nth);
		n++;
	}
	return n;
}
