/*
 * oblig_due.c: what a timing makes of an obligation (see oblig_int.h): the due
 * date of a deadline (a period from the instrument's date or from an event the
 * document dates, or a date named, a month's last day for a month) with how it
 * was reckoned, and the recurrence of a series (its interval, anchor, next
 * occurrence and RRULE), with the warnings a reader should check.
 */
#include "../base/compat.h"

#include "../base/strbuf.h"
#include "../cal/holidays.h"
#include "../cal/ics.h"
#include "oblig_int.h"

static rec_t *jdate(cal_day d)
{
	char buf[CAL_DATE_LEN];
	return read_string(cal_format_iso(d, buf));
}

/* The date of the event an anchor "event:<kind>" names, if the document
 * records one: the last of that kind on or before the instrument's date, else the
 * first after it (for an appointment, and with prefer_later, the first after it
 * whenever there is one) ("within 3 months of his appointment", the appointment "to
 * take effect on 16 March 2015", a week after the direction). */
static bool event_date(const struct read_ctx *c, const rec_t *events, const char *anchor,
                       bool prefer_later, cal_day *out)
{
	size_t i;
	bool found = false, later = false;
	cal_day after = 0;

	if (strncmp(anchor, "event:", 6) || !events)
		return false;
	for (i = 0; i < rec_array_size(events); i++) {
		const rec_t *ev = rec_array_get(events, i);
		struct err er = {0};
		cal_day d;
		if (strcmp(rec_string_value(rec_object_get(ev, "kind")), anchor + 6) ||
		    rec_object_get(ev, "precision") ||
		    cal_parse_iso(strv_of(rec_string_value(rec_object_get(ev, "date"))), &d, &er) <
		        0)
			continue;
		if (c->has_date && d > c->date) {
			if (!later || d < after)
				after = d;
			later = true;
			continue;
		}
		*out = d;
		found = true;
	}
	/* an appointment the instrument makes, to take effect after its date, is the one
	 * "within three months of taking up her appointment" counts from, not a
	 * predecessor's the document recounts */
	if (later && (!found || prefer_later || !strcmp(anchor, "event:appointment")))
		*out = after;
	return found || later;
}

bool oblig_until_date(const struct read_ctx *c, const rec_t *events, const struct timing *tm,
                      cal_day *out)
{
	if (!tm->until_event) {
		/* "until March 2026": through the month */
		struct cal_ymd y = cal_to_ymd(tm->date.day);
		*out = tm->date.precision == LEX_MONTH ? cal_month_last(y.y, y.m) : tm->date.day;
		return true;
	}
	/* "until his appointment ends": a term still running, not one the document
	 * recounts as over ("Ms X's term as Commissioner ended at the end of October") */
	return event_date(c, events, tm->until_event, true, out);
}

void oblig_series_until(const struct read_ctx *c, const rec_t *events, struct timing *tm,
                        size_t *nt, bool has_lead, cal_day lead_until)
{
	size_t i, j = *nt;
	bool every = false;

	for (i = 0; i < *nt; i++) {
		if (tm[i].kind == T_EVERY)
			every = true;
		else if (tm[i].kind == T_UNTIL && j == *nt)
			j = i;
	}
	if (!every || (j == *nt && !has_lead))
		return;
	for (i = 0; i < *nt; i++)
		if (tm[i].kind == T_EVERY) {
			/* an end that names an undated event ends nothing we can date */
			if (j < *nt)
				tm[i].has_until = oblig_until_date(c, events, &tm[j], &tm[i].until);
			else {
				tm[i].has_until = true;
				tm[i].until = lead_until;
			}
		}
	if (j < *nt) {
		memmove(&tm[j], &tm[j + 1], (*nt - j - 1) * sizeof(tm[0]));
		(*nt)--;
	}
}

void oblig_add_series(struct read_ctx *c, const rec_t *events, rec_t *o, const struct timing *tm)
{
	if (tm->day.kind != CAL_DAY_NONE) {
		oblig_day_due(c, o, tm); /* "on the first Monday of every month" */
	} else if (tm->first_by && !tm->first_only) {
		/* the first occurrence's deadline, then the series from it */
		struct timing d = *tm;
		d.kind = T_DATE;
		d.rule = tm->first_on ? "on" : "by";
		d.date = tm->first_date;
		d.month_day = tm->month_day;
		oblig_make_due(c, events, o, &d);
	}
	if (!tm->first_by && !strncmp(tm->anchor, "event:", 6)) {
		/* "every 6 weeks from the start of the appointment": counted from the
		 * event's day, when the document records it */
		struct timing d = *tm;
		if (event_date(c, events, tm->anchor, false, &d.anchor_day)) {
			d.event_day = true;
			oblig_add_recurrence(c, o, &d, false, 0);
			return;
		}
	}
	oblig_add_recurrence(c, o, tm, tm->first_by, tm->first_date.day);
}

void oblig_add_recurrence(struct read_ctx *c, rec_t *o, const struct timing *tm, bool has_first,
                          cal_day first)
{
	char per[32], rule[160] = "";
	rec_t *r = rec_object();
	struct cal_recur rc;
	struct cal_period every;
	cal_day occ[24], start;
	struct err er = {0};
	int n;

	/* "at the end of each quarter": the quarter ends after the instrument's date */
	if (!has_first && !strcmp(tm->anchor, "quarter_end") && c->has_date) {
		struct cal_ymd y = cal_to_ymd(c->date);
		int m = (y.m + 2) / 3 * 3;
		first = cal_month_last(y.y, m);
		if (first <= c->date)
			first = m == 12 ? cal_month_last(y.y + 1, 3) : cal_month_last(y.y, m + 3);
		has_first = true;
	}
	/* "every 14 days": a whole number of weeks is written in weeks ("P2W", as "every
	 * two weeks" and "fortnightly" are; the same days) */
	every = tm->period;
	if (every.unit == CAL_DAYS && every.n > 0 && every.n % 7 == 0) {
		every.unit = CAL_WEEKS;
		every.n /= 7;
	}
	cal_period_format(every, per, sizeof(per));
	read_set(r, "every", read_string(per));
	read_set(r, "anchor", read_string(tm->anchor[0] ? tm->anchor : "instrument_date"));
	if (tm->day.kind != CAL_DAY_NONE) /* "1MO", "-1WD" (oblig_day.c) */
		read_set(r, "day", read_string(cal_dayrule_format(tm->day, per, sizeof(per))));
	if (has_first)
		read_set(r, "first", jdate(first));
	read_set(r, "until", tm->has_until ? jdate(tm->until) : read_string("in_force"));
	if (tm->has_until) /* the duty's end, as a standing duty's */
		read_set(o, "until", jdate(tm->until));
	memset(&rc, 0, sizeof(rc));
	rc.every = every;
	rc.count = 24;
	rc.has_first = has_first;
	rc.first = first;
	rc.month_end = !strcmp(tm->anchor, "quarter_end");
	rc.day = tm->day;
	if ((!strcmp(tm->anchor[0] ? tm->anchor : "instrument_date", "instrument_date") &&
	     c->has_date) ||
	    has_first || tm->event_day) {
		rc.anchor = has_first ? first : tm->event_day ? tm->anchor_day : c->date;
		/* A series of corresponding dates (rc.conv) in days, weeks, months or
		 * years fits the rule ics_series_rrule() writes at every occurrence,
		 * each being the base's day (or its month's last) k intervals on: the
		 * first decides the rule, and the last whether all 24 can be reckoned
		 * (test_cal_recur checks both against the whole series). */
		bool plain = rc.every.unit != CAL_WORKING_DAYS && rc.day.kind == CAL_DAY_NONE;
		n = plain ? cal_recur_count_ends(&rc, occ, &er)
		          : cal_recur_expand(&rc, occ, 24, NULL, &er);
		if (n > 0) {
			struct strbuf dv = STRBUF_INIT;
			/* a series with an end: the RRULE's UNTIL (the first 24 are reckoned
			 * as ever, for "next" and the derivation) */
			rc.has_until = tm->has_until;
			rc.until = tm->until;
			if (ics_series_rrule(&rc, occ, plain ? 1 : n, !tm->has_until, &start, rule,
			                     sizeof(rule)))
				read_set(r, "rrule", read_string(rule));
			/* (an event's series: its first occurrence, which a register cannot
			 * work out from the anchor's name) */
			if (tm->event_day)
				read_set(r, "first", jdate(occ[0]));
			read_set(r, "next", jdate(occ[0]));
			cal_recur_nth(&rc, 0, &start, &dv, &er);
			read_set(r, "derivation", read_string(strbuf_str(&dv)));
			if (rc.day.kind != CAL_DAY_NONE)
				oblig_day_derivation(c, r, tm, occ, n);
			strbuf_release(&dv);
		}
	} else if (!c->has_date &&
	           !strcmp(tm->anchor[0] ? tm->anchor : "instrument_date", "instrument_date")) {
		read_warn(c, "a series counted from the instrument's date, which was not found", tm->s, tm->e);
	}
	if (tm->period.warning)
		read_warn(c, tm->period.warning, tm->s, tm->e);
	if (tm->warning)
		read_warn(c, tm->warning, tm->s, tm->e);
	if (tm->at_most) {
		char words[120], msg[256];
		lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
		snprintf(msg, sizeof(msg), "'%s' read as a series at that interval from the "
			 "instrument's date; it may be more frequent", words);
		read_warn(c, msg, tm->s, tm->e);
	}
	read_set(o, "recurrence", r);
}

bool oblig_first_confirmed(const struct read_ctx *c, rec_t *series, const struct timing *tm,
                           size_t s, size_t se)
{
	rec_t *r;
	const char *next, *dv;
	struct cal_ymd want, got;
	cal_day day;
	struct err er = {0};
	char words[64], more[512];

	/* (asked of every sentence with one timing: the words first) */
	if (tm->kind != T_DATE || !lex_at(c->t, s, se, "the first ", NULL))
		return false;
	r = rec_object_get(series, "recurrence");
	next = rec_string_value(rec_object_get(r, "next"));
	dv = rec_string_value(rec_object_get(r, "derivation"));
	if (!r || !next || !dv || rec_object_get(r, "first") ||
	    cal_parse_iso(strv_of(next), &day, &er) < 0)
		return false;
	want = cal_to_ymd(tm->date.day);
	got = cal_to_ymd(day);
	if (want.y != got.y || want.m != got.m ||
	    (tm->date.precision == LEX_DAY && tm->date.day != day))
		return false;
	read_set(r, "first", read_string(next));
	lex_copy(c->t, tm->date.span.s, tm->date.span.e, words, sizeof(words));
	snprintf(more, sizeof(more), "%s, which falls in %s as the words say", dv, words);
	read_set(r, "derivation", read_string(more));
	return true;
}

void oblig_make_due(struct read_ctx *c, const rec_t *events, rec_t *o, const struct timing *tm)
{
	cal_day ev = 0;
	rec_t *due = rec_object();
	struct strbuf dv = STRBUF_INIT;
	struct err er = {0};
	char per[32];
	cal_day out;

	if (tm->kind == T_DATE && tm->to_come) {
		/* "before the next Ofsted monitoring visit": by an event still to come */
		char words[64], msg[200];
		lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
		read_set(due, "rule", read_string("by"));
		read_set(due, "anchor", read_string(tm->anchor));
		strbuf_addf(&dv, "%s, which the document does not date: the due date waits for it",
		            words);
		read_set(due, "derivation", read_string(strbuf_str(&dv)));
		snprintf(msg, sizeof(msg),
		         "a deadline tied to an event whose date the document does not give (%s): "
		         "the due date waits for it; confirm the anchor",
		         words + (lex_at(words, 0, strlen(words), "before ", NULL) ? 7 : 0));
		read_warn(c, msg, tm->s, tm->e);
	} else if (tm->kind == T_DATE && tm->month_after && !strncmp(tm->anchor, "event:", 6)) {
		/* "by the end of the month following her appointment": that month after the
		 * event's day, when the document records it */
		char words[96], iso[CAL_DATE_LEN];
		lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
		read_set(due, "rule", read_string("end_of"));
		read_set(due, "anchor", read_string(tm->anchor));
		if (event_date(c, events, tm->anchor, false, &ev)) {
			struct cal_ymd y = cal_to_ymd(
			    cal_add_months(cal_month_first(cal_to_ymd(ev).y, cal_to_ymd(ev).m),
			                   tm->month_after, NULL));
			cal_day d = cal_month_last(y.y, y.m);
			read_set(due, "date", jdate(d));
			strbuf_addf(
			    &dv,
			    "%s: the %s the document records was on %s; month %d after it is "
			    "%s %d, whose last day is %s",
			    words, tm->anchor + 6, cal_format_iso(ev, per), tm->month_after,
			    cal_month_name(y.m), y.y, cal_format_iso(d, iso));
		} else {
			char msg[256];
			strbuf_addf(
			    &dv, "%s, which the document does not date: the due date waits for it",
			    words);
			snprintf(
			    msg, sizeof(msg),
			    "a deadline tied to an event whose date the document does not give "
			    "(%s): the due date waits for it; confirm the anchor",
			    words);
			read_warn(c, msg, tm->s, tm->e);
		}
		read_set(due, "derivation", read_string(strbuf_str(&dv)));
	} else if (tm->kind == T_DATE && tm->month_after && tm->defined_day) {
		/* "by the last day of the month after the implementation date": that month
		 * after the day the document defines */
		char words[96], name[64], iso[CAL_DATE_LEN];
		struct cal_ymd f = cal_to_ymd(tm->date.day);
		struct cal_ymd y =
		    cal_to_ymd(cal_add_months(cal_month_first(f.y, f.m), tm->month_after, NULL));
		cal_day d = cal_month_last(y.y, y.m);
		lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
		lex_copy(c->t, tm->date.span.s, tm->date.span.e, name, sizeof(name));
		read_set(due, "rule", read_string("end_of"));
		read_set(due, "date", jdate(d));
		strbuf_addf(&dv,
		            "%s: the document defines %s as %s; month %d after it is %s %d, whose "
		            "last day is %s",
		            words, name, cal_format_iso(tm->date.day, per), tm->month_after,
		            cal_month_name(y.m), y.y, cal_format_iso(d, iso));
		read_set(due, "derivation", read_string(strbuf_str(&dv)));
	} else if (tm->kind == T_WITHIN && tm->uncounted) {
		/* "within 20 school days of the date of this notice": the school term's days,
		 * which the document does not give */
		char words[120], msg[300];
		lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
		read_set(due, "rule", read_string("within"));
		read_set(due, "anchor", read_string(tm->anchor[0] ? tm->anchor : "unknown"));
		strbuf_addf(&dv,
		            "%s: school days are the days of the school term, which the "
		            "document does not give; no date can be counted without them",
		            words);
		read_set(due, "derivation", read_string(strbuf_str(&dv)));
		snprintf(msg, sizeof(msg),
		         "'%s' counts school days, which depend on the school term's dates: the "
		         "due date needs them; confirm",
		         words);
		read_warn(c, msg, tm->s, tm->e);
	} else if (tm->kind == T_WITHIN) {
		read_set(due, "rule", read_string("within"));
		cal_period_format(tm->period, per, sizeof(per));
		read_set(due, "period", read_string(per));
		read_set(due, "anchor", read_string(tm->anchor[0] ? tm->anchor : "unknown"));
		if (tm->warning) /* "Within 10 working days", from no named day */
			read_warn(c, tm->warning, tm->s, tm->e);
		if (!strcmp(tm->anchor, "instrument_date") && c->has_date &&
		    cal_add(c->date, tm->period, 1, CAL_CORRESPONDING, &out, &dv, &er) == 0) {
			if (tm->beginning_with) {
				char iso[CAL_DATE_LEN], msg[160];
				out--;
				strbuf_addf(&dv,
				            "; the period begins with that day, so it ends the "
				            "day before: %s",
				            cal_format_iso(out, iso));
				snprintf(
				    msg, sizeof(msg),
				    "a period 'beginning with' its first day: read as ending on "
				    "%s, the day before the corresponding date; confirm",
				    iso);
				read_warn(c, msg, tm->s, tm->e);
			}
			read_set(due, "date", jdate(out));
			read_set(due, "derivation", read_string(strbuf_str(&dv)));
		} else if (event_date(c, events, tm->anchor, false, &ev) &&
			   cal_add(ev, tm->period, 1, CAL_CORRESPONDING, &out, &dv, &er) == 0) {
			/* "within 12 months of the Ofsted inspection" whose date the
			 * document gives ("which ended on 12 October 2018") */
			struct strbuf why = STRBUF_INIT;
			size_t k;
			strbuf_addf(&why, "%s, counted from the %s the document records", strbuf_str(&dv),
				    tm->anchor + 6);
			for (k = why.len - 21 - strlen(tm->anchor + 6); k < why.len; k++)
				if (why.buf[k] == '_')
					why.buf[k] = ' ';
			read_set(due, "date", jdate(out));
			read_set(due, "derivation", read_string(strbuf_str(&why)));
			strbuf_release(&why);
		} else if (!tm->anchor[0]) {
			read_warn(c, "a period counted from something not understood: confirm its anchor",
				  tm->s, tm->e);
		} else if (!strncmp(tm->anchor, "event:", 6)) {
			read_warn(c, "a period counted from an event whose date the document does not "
				     "give: the due date waits for it; confirm the anchor",
				  tm->s, tm->e);
		}
	} else {
		struct cal_ymd y = cal_to_ymd(tm->date.day);
		cal_day d = tm->date.day;
		const char *rule = tm->rule;
		if (tm->date.precision == LEX_MONTH && (tm->last_working || tm->before)) {
			/* "the last working day of January 2014"; "before May 2014" */
			char words[48];
			lex_copy(c->t, tm->date.span.s, tm->date.span.e, words, sizeof(words));
			if (tm->before) {
				struct cal_ymd p = cal_to_ymd(cal_month_first(y.y, y.m) - 1);
				d = cal_month_last(p.y, p.m);
				strbuf_addf(&dv,
				            "before %s = by %s (the last day of the month before)",
				            words, cal_format_iso(d, per));
			} else {
				d = cal_month_last(y.y, y.m);
				while (!cal_is_working_day(d))
					d--;
				strbuf_addf(
				    &dv,
				    "the last working day of %s = %s (the month's last Monday "
				    "to Friday that is not a bank holiday)",
				    words, cal_format_iso(d, per));
			}
		} else if (tm->date.precision == LEX_MONTH) {
			d = cal_month_last(y.y, y.m);
			if (!strcmp(rule, "in_month") && !tm->season)
				read_set(due, "start", jdate(cal_month_first(y.y, y.m)));
			if (tm->month_after) {
				/* "the end of the third month after the date of this Direction" */
				struct cal_ymd i = cal_to_ymd(c->date);
				strbuf_addf(
				    &dv,
				    "the end of month %d after the instrument's month (%s %d) "
				    "= the end of %s %d = %s (the last day of the month)",
				    tm->month_after, cal_month_name(i.m), i.y, cal_month_name(y.m),
				    y.y, cal_format_iso(d, per));
			} else if (tm->season) {
				/* "in the autumn of 2020": the season's three months */
				char first[CAL_DATE_LEN], words[48], msg[256];
				struct cal_ymd f = cal_to_ymd(cal_add_months(d, -2, NULL));
				cal_day start = cal_month_first(f.y, f.m);
				lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
				read_set(due, "start", jdate(start));
				strbuf_addf(&dv, "%s = the window %s %d to %s %d, %s to %s", words,
				            cal_month_name(f.m), f.y, cal_month_name(y.m), y.y,
				            cal_format_iso(start, first), cal_format_iso(d, per));
				if (tm->yearless) /* "in the autumn": the first after the date */
					snprintf(
					    msg, sizeof(msg),
					    "'%s' has no year: read as %s to %s %d, the first %s "
					    "after the instrument's date; confirm the month",
					    words, cal_month_name(f.m), cal_month_name(y.m), y.y,
					    words + (strncmp(words, "in the ", 7) ? 0 : 7));
				else
					snprintf(msg, sizeof(msg),
					         "'%s' read as %s %d to %s %d: confirm the month",
					         words, cal_month_name(f.m), f.y,
					         cal_month_name(y.m), y.y);
				read_warn(c, msg, tm->s, tm->e);
			} else if (tm->new_year) {
				char first[CAL_DATE_LEN], msg[160];
				struct cal_ymd l = cal_to_ymd(c->date);
				strbuf_addf(
				    &dv,
				    "'in the new year' after a letter of %s %d read as %s %d: "
				    "the window %s to %s",
				    cal_month_name(l.m), l.y, cal_month_name(y.m), y.y,
				    cal_format_iso(cal_month_first(y.y, y.m), first),
				    cal_format_iso(d, per));
				snprintf(
				    msg, sizeof(msg),
				    "'in the new year' read as %s %d; it may mean early %d more "
				    "loosely: confirm the month",
				    cal_month_name(y.m), y.y, y.y);
				read_warn(c, msg, tm->s, tm->e);
			} else if (!strcmp(rule, "in_month")) {
				char first[CAL_DATE_LEN];
				strbuf_addf(&dv, "in %s %d = %s to %s (a window over the month)",
					    cal_month_name(y.m), y.y, cal_format_iso(cal_month_first(y.y, y.m), first),
					    cal_format_iso(d, per));
			} else {
				strbuf_addf(&dv, "%s %s %d = %s (the last day of the month)",
					    !strcmp(rule, "end_of") ? "end of" : "by", cal_month_name(y.m), y.y,
					    cal_format_iso(d, per));
			}
		} else if (tm->fy_year) {
			/* "the end of the financial year 2019-20" */
			char words[64], from[CAL_DATE_LEN];
			struct cal_ymd last = cal_to_ymd(d);
			lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
			strbuf_addf(&dv, "%s (from %s) = %s", words,
			            cal_format_iso(cal_month_first(last.y - 1, 4), from),
			            cal_format_iso(d, per));
		} else if (tm->cal_quarter || tm->fy_quarter) {
			/* "Q3 2025" (the calendar year's quarter) or "end of Q2 2025/26" (the
			 * financial year's, from April): a reading a person should confirm */
			char words[40], msg[200], fyd[CAL_DATE_LEN];
			lex_copy(c->t, tm->date.span.s, tm->date.span.e, words, sizeof(words));
			strbuf_addf(&dv, "end of %s = %s (the last day of that quarter of the %s)",
			            words, cal_format_iso(d, per),
			            tm->fy_quarter ? "financial year, which runs from 1 April"
			                           : "calendar year");
			if (tm->fy_quarter) {
				snprintf(
				    msg, sizeof(msg),
				    "'%s' read as a quarter of the financial year from April %d: "
				    "confirm",
				    words, y.m <= 3 ? y.y - 1 : y.y);
			} else { /* the financial year's quarter would end three months later */
				struct cal_ymd f = cal_to_ymd(cal_add_months(d, 3, NULL));
				snprintf(
				    msg, sizeof(msg),
				    "'%s' read as a quarter of the calendar year, ending %s; as a "
				    "quarter of the financial year from April it would end %s: "
				    "confirm",
				    words, per, cal_format_iso(cal_month_last(f.y, f.m), fyd));
			}
			read_warn(c, msg, tm->date.span.s, tm->date.span.e);
		} else if (tm->counted_back) {
			char words[80], from[CAL_DATE_LEN], pw[32];
			lex_copy(c->t, tm->date.span.s, tm->date.span.e, words, sizeof(words));
			cal_period_words(tm->period, pw, sizeof(pw));
			strbuf_addf(&dv, "%s: %s - %s = %s%s", words,
			            cal_format_iso(tm->anchor_day, from), pw,
			            cal_format_iso(d, per),
			            tm->period.unit == CAL_MONTHS || tm->period.unit == CAL_YEARS
			                ? " (corresponding date)"
			                : "");
		} else if (tm->anniversary) {
			/* "on or before each anniversary of the transfer date": the first */
			char words[80], from[CAL_DATE_LEN];
			lex_copy(c->t, tm->date.span.s, tm->date.span.e, words, sizeof(words));
			strbuf_addf(&dv,
			            "%s the first anniversary of %s (%s) = %s + 1 year = %s "
			            "(corresponding date)",
			            rule, words, cal_format_iso(tm->anchor_day, from), from,
			            cal_format_iso(d, per));
		} else if (tm->defined_day) {
			char words[80], longd[32];
			lex_copy(c->t, tm->date.span.s, tm->date.span.e, words, sizeof(words));
			strbuf_addf(&dv, "%s %s, which the document defines as %s = %s", rule,
			            words, cal_format_long(d, longd, sizeof(longd)),
			            cal_format_iso(d, per));
		} else if (tm->week) {
			/* "during the week beginning 24 September 2018": seven days from it */
			char longd[32], first[CAL_DATE_LEN];
			read_set(due, "start", jdate(d));
			strbuf_addf(&dv, "the week beginning %s = the window %s to %s",
			            cal_format_long(d, longd, sizeof(longd)),
			            cal_format_iso(d, first), cal_format_iso(d + 6, per));
			d += 6;
		} else if (tm->month_day) {
			char words[48];
			lex_copy(c->t, tm->date.span.s, tm->date.span.e, words, sizeof(words));
			strbuf_addf(&dv, "%s: the first such day after the instrument's date = %s",
			            words, cal_format_iso(d, per));
		} else if (tm->before) {
			char longd[32];
			strbuf_addf(&dv, "before %s%s%s = by %s (the day before the date named)",
			            tm->that_date ? "that date (" : "",
			            cal_format_long(d, longd, sizeof(longd)),
			            tm->that_date ? ")" : "", cal_format_iso(d - 1, per));
			d--;
		} else {
			char longd[32];
			strbuf_addf(&dv, "%s %s = %s (the date named)", rule,
				    cal_format_long(d, longd, sizeof(longd)), cal_format_iso(d, per));
		}
		if (tm->year_end) {
			/* "by the end of the year": the instrument's own year */
			char words[80], msg[256], iso[CAL_DATE_LEN];
			lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
			snprintf(msg, sizeof(msg),
			         "'%s' read as %s, the end of the %s year the "
			         "instrument was given in: confirm",
			         words, cal_format_iso(d, iso),
			         y.m == 3 ? "financial" : "calendar");
			/* ("before the start of the next financial year" is no guess) */
			if (tm->yearless)
				read_warn(c, msg, tm->s, tm->e);
			strbuf_addf(&dv, " (the end of the %s year the instrument was given in)",
			            y.m == 3 ? "financial" : "calendar");
		} else if (tm->yearless && !tm->season) {
			/* "by the end of January": the first January after the instrument's date */
			char words[80], msg[256], day[8] = "";
			lex_copy(c->t, tm->s, tm->e, words, sizeof(words));
			if (tm->date.precision == LEX_DAY && strcmp(rule, "on")) /* "by 30 June" */
				snprintf(day, sizeof(day), "%d ", y.d);
			snprintf(msg, sizeof(msg),
			         "'%s' has no year: read as %s%s %d, the first %s%s after "
			         "the instrument's date",
			         words, day, cal_month_name(y.m), y.y, day, cal_month_name(y.m));
			read_warn(c, msg, tm->s, tm->e);
			strbuf_addf(&dv, " (no year: the first %s%s after the instrument's date)",
			            day, cal_month_name(y.m));
		}
		read_set(due, "date", jdate(d));
		read_set(due, "rule", read_string(rule));
		read_set(due, "derivation", read_string(strbuf_str(&dv)));
	}
	strbuf_release(&dv);
	read_set(o, "due", due);
}

void oblig_opening_until(struct read_ctx *c, const rec_t *events, size_t from, rec_t *out,
                         size_t first)
{
	size_t k;

	for (k = first; k < rec_array_size(out); k++) {
		rec_t *o = rec_array_get(out, k);
		const rec_t *sp = rec_object_get(o, "span");
		struct timing tm[MAXT];
		size_t at, ss, se, nt, i;
		cal_day day;
		if (!sp || rec_object_get(o, "until") ||
		    !read_eq(rec_string_value(rec_object_get(o, "kind")), "standing"))
			continue;
		at = (size_t)rec_integer_value(rec_array_get(sp, 0));
		if (at < from || at >= c->n)
			continue;
		ss = lex_skip_space(
		    c->t, oblig_bullet_end(c->t, lex_sentence_start(c->t, from, at), at + 1),
		    at + 1);
		if (!lex_at(c->t, ss, c->n, "until ", NULL))
			continue;
		se = lex_sentence_end(c->t, ss, c->n);
		nt = oblig_find_timings(c, ss, se, tm);
		for (i = 0; i < nt; i++)
			if (tm[i].kind == T_UNTIL && tm[i].s == ss &&
			    oblig_until_date(c, events, &tm[i], &day)) {
				read_set(o, "until", jdate(day));
				break;
			}
	}
}
