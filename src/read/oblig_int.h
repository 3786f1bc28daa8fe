/*
 * oblig_int.h: what the obligation extractor's files (oblig.c, oblig_bearer.c,
 * oblig_due.c, ...) share inside the reader; not for other modules.
 */
#ifndef OVERSIGHT_READ_OBLIG_INT_H
#define OVERSIGHT_READ_OBLIG_INT_H

#include "../cal/period.h"
#include "../cal/recur.h"
#include "facts.h"

/* A time expression in a sentence (oblig.c finds them, oblig_when.c adds the
 * wordings that name no number: year-less months, "at the end of each quarter",
 * "termly", "twice a year"). */
enum tkind { T_WITHIN, T_DATE, T_EVERY, T_UNTIL };

struct timing {
	enum tkind kind;
	size_t s, e;              /* the words */
	struct cal_period period; /* T_WITHIN, T_EVERY */
	const char *rule;         /* T_DATE: by | on | in_month | end_of */
	struct lex_date date;     /* T_DATE, T_UNTIL */
	char anchor[48];          /* "instrument_date", "event:<kind>" or "quarter_end" */
	bool anchored_date;       /* T_EVERY: "from <date>" */
	cal_day anchor_day;
	bool event_day;           /* T_EVERY "every 6 weeks from the start of the
	                           * appointment": anchor_day is the event's date */
	bool thereafter;          /* T_EVERY after a T_WITHIN: compound */
	bool on_request;          /* T_WITHIN "of the request": a condition, not a date */
	bool uncounted;           /* T_WITHIN "within 20 school days": no date can be counted */
	bool beginning_with;      /* T_WITHIN "the period of N beginning with <anchor>": the
	                           * anchor's day is the first, so the period ends the day
	                           * before the corresponding date */
	bool at_most;             /* T_EVERY "at intervals of not more than N": a bound */
	bool yearless;            /* T_DATE: a month named without its year ("by the end of
	                           * January"), placed after the instrument's date */
	const char *warning;      /* a static note for a person to confirm, or NULL */
	const char *until_event;  /* T_UNTIL "until the Commissioner's term ends": the date
	                           * is the record's event of this anchor ("event:term_end"),
	                           * resolved by oblig_timing_date() */
	bool fy_quarter;          /* T_DATE: the end of a financial year's quarter ("end of
	                           * Q2 2025/26"), the date worked out from the words */
	bool first_by;            /* T_EVERY: "..., the first by 31 March 2025": the first
	                           * occurrence is due by first_date (a deadline too) */
	bool first_only;          /* T_EVERY first_by "..., the first at the end of September
	                           * 2022": first_date places the first, no deadline */
	bool first_on;            /* T_EVERY first_by "..., the first on 1 March 2022": the
	                           * first is due on first_date, not by it */
	bool cal_quarter;         /* T_DATE: "Q3 2025", a calendar year's quarter */
	bool fy_year;             /* T_DATE end_of "the end of the financial year 2019-20":
	                           * date is its last day, 31 March of the second year */
	bool year_end;            /* T_DATE (yearless too): "by the end of the (financial)
	                           * year", the end of the year the instrument is in */
	struct lex_date first_date;
	bool before;              /* T_DATE "before 1 January 2014": by the day before (a
	                           * month: by the last day of the month before) */
	bool last_working;        /* T_DATE "the last working day of January 2014" */
	bool that_date;           /* T_DATE "before that date": date is the one named before
	                           * it in the sentence */
	bool week;                /* T_DATE in_month "during the week beginning 24 September
	                           * 2018": a window of seven days from date */
	bool defined_day;         /* T_DATE "on the transfer date": date is the day the
	                           * document defines for the words at date.span */
	bool counted_back;        /* T_DATE "three months before the transfer date": date is
	                           * anchor_day less period */
	bool anniversary;         /* T_EVERY first_by "on or before each anniversary of the
	                           * transfer date": first_date is anchor_day + 1 year, its
	                           * span the day's words */
	bool listed;              /* T_DATE "on the following dates:" then "• 25 June 2012;":
	                           * a date alone on a list's line, the lead-in's act */
	int month_after;          /* T_DATE end_of "the end of the third month after the date
	                           * of this Direction": 3; date is that month */
	bool to_come;             /* T_DATE by "before the next Ofsted monitoring visit": an
	                           * event to come, which anchor names; no date */
	bool month_day;           /* T_DATE "no later than the 15th of the month": the first
	                           * such day after the instrument's date */
	bool new_year;            /* T_DATE in_month "in the new year" in a letter of
	                           * September to December: January of the next year */
	int season;               /* T_DATE in_month "in the autumn of 2020": the window's
	                           * first month (9); date is its last month */
	bool has_until;           /* T_EVERY: the series ends on until ("every six weeks
	                           * until the transfer date") */
	cal_day until;
	struct cal_dayrule day; /* T_EVERY "on the first Monday of every month": the day
	                         * of each occurrence's month (oblig_day.c); zeroed: none */
	bool day_named;         /* day: the words name the first ("from the first Monday
	                         * of October 2018") */
	bool day_quarter;       /* day: "of each quarter", the calendar's quarters */
	bool day_after_end;     /* day: "10 working days after the end of each quarter", the
	                         * rule's day in the month after each end (oblig_day.c) */
};

#define MAXT 12

/* Where one of the n cues ends right at t[at] (and begins at or after s): its start,
 * else (size_t)-1.  The first cue that fits wins. */
static inline size_t oblig_cue_before(const char *t, size_t s, size_t at, const char *const *cues,
                                      size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		size_t len = strlen(cues[k]);
		if (at >= s + len && lex_at(t, at - len, at, cues[k], NULL))
			return at - len;
	}
	return (size_t)-1;
}

/* out[n], emptied, of the kind and over the words t[s, e); the caller fills the rest. */
static inline void timing_new(struct timing *out, size_t n, enum tkind kind, size_t s, size_t e)
{
	memset(&out[n], 0, sizeof(out[n]));
	out[n].kind = kind;
	out[n].s = s;
	out[n].e = e;
}

/* oblig_timing.c: where the one, two or three words before t[at] that read as a period
 * begin ("two weeks" before "before the review", "six months" before "after the date of
 * this letter"), its length into *p; (size_t)-1 if they do not. */
size_t oblig_period_before(const struct read_ctx *c, size_t s, size_t at, struct cal_period *p);
/* oblig_table.c: is t[ds, de) alone on its line but for a bullet before it ("•", "-") and ";", ",",
 * ".", "and" or "or" after it? */
bool oblig_alone_on_line(const char *t, size_t ds, size_t de, size_t e);
/* oblig_timing.c: every time expression in the sentence t[s, e) (at most MAXT), in text order. */
size_t oblig_find_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out);
/* Does t[s, e) open with a label of a schedule's timing ("Timescale:", "Target date:")?
 * If so, *end (when not NULL) is where the label ends. */
bool oblig_timing_label(const struct read_ctx *c, size_t s, size_t e, size_t *end);
/* Is t[s, e) a table row's last cell, short, after a tab ("... each.\t31 January 2022",
 * "... report.\tEnd of October 2021"): the target date of the action before it? */
bool oblig_tab_last_cell(const struct read_ctx *c, size_t s, size_t e);
/* oblig_amend.c: "the review ... that paragraph 8 ... requires the Department to carry out
 * in December 2022 will instead take place ...": the role the earlier paragraph requires
 * (the Department), when t[s, e) moves its time with "will instead"; else NULL. */
const char *oblig_required_instead(const struct read_ctx *c, size_t s, size_t e);
/* oblig_anchor.c: "by the end of the (third) month after/following the date of this
 * Direction" (or "... following her appointment"): a deadline at that month's end. */
size_t oblig_month_after_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                                 size_t n);
/* oblig_anchor.c: an item that opens "Month N:" (a milestone counted from the
 * instrument's date), its timing into out[n]; returns the new count. */
size_t oblig_month_n_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                             size_t n);
/* oblig_anchor.c: are t[s, e) "N school days" (a period counted in the school term, which
 * no instrument dates)? */
bool oblig_school_days(const struct read_ctx *c, size_t s, size_t e);
/* oblig_anchor.c: are the words t[w, e) after a period's "of" each meeting ("of each
 * meeting", "of the meeting" after "each meeting" in the sentence from s): a standard kept
 * up, counted from no one day? */
bool oblig_after_each_meeting(const struct read_ctx *c, size_t s, size_t w, size_t e);
/* oblig_time_of_day.c: where the words a deadline's cue comes right before begin when they are
 * not the date at ds itself ("by Friday 22 September 2023", "by close of business on 29
 * June 2018", "no later than 4pm on 30 May 2014"); ds if none; s bounds the look back. */
size_t oblig_date_lead_in(const struct read_ctx *c, size_t s, size_t ds);
/* oblig_when.c: is the cadence at t[at, stop) of the sentence from s a series after a
 * first time ("and thereafter every six months", "every six months thereafter", "and at
 * six-monthly intervals after that")? */
bool oblig_thereafter_at(const struct read_ctx *c, size_t s, size_t at, size_t stop, size_t e);
/* oblig_when.c: "no later than two weeks before the review" (its words from t[from]),
 * the review a meeting the sentence t[s, at) holds "on" a day after the instrument's
 * ("will hold the next six-monthly review with you on 8 February 2024"): that day into
 * *day, where the noun ends into *end. */
bool oblig_meeting_day_before(const struct read_ctx *c, size_t s, size_t at, size_t from, size_t e,
                              cal_day *day, size_t *end);
/* oblig_amend.c: tm[0, nt) without the timings an amendment replaces in the sentence
 * t[s, e) ('"every three months" is replaced by "every month"': the old words, in
 * quotes; "... instead of every six weeks"); the new count. */
size_t oblig_drop_replaced(const struct read_ctx *c, size_t s, size_t e, struct timing *tm,
                           size_t nt);
/* oblig_kind.c: the kind of the untimed duty in t[s, e) ("conditional", "event" or
 * "standing"); a condition's words into cond (empty if none). */
const char *oblig_untimed_kind(const struct read_ctx *c, size_t s, size_t e, char *cond,
                               size_t ncond);
/* Where words asking for an act at once ("forthwith", "as soon as practicable") are in
 * t[s, e), *end after them; (size_t)-1 if none. */
size_t oblig_at_once_words(const struct read_ctx *c, size_t s, size_t e, size_t *end);
/* oblig_rows.c: a row of an action table flattened by PDF conversion ("Action Owner
 * Timescale"): the action cell ends at action_e; the cells after it, cells_s to
 * cells_e, hold the owner (a role, or NULL for one the reader does not know) and the
 * timescale, time_s to time_e. */
struct owner_row {
	size_t action_e, cells_s, cells_e, time_s, time_e;
	const char *owner;
	bool owner_first; /* the header's order: "Action Owner Timescale" */
};
/* The end of the document's header line of such a table, or 0 if it has none;
 * *owner_first: the owner's column comes before the timescale's. */
size_t oblig_owner_header(const struct read_ctx *c, bool *owner_first);
/* Is the clause cl (after that header) such a row?  Into *r. */
bool oblig_owner_row(const struct read_ctx *c, const struct clause *cl, bool owner_first,
                     struct owner_row *r);
/* The row's timings of tm[0, nt) (the timescale cell's but when the action names its
 * own; a date alone in the cell, "September 2019", a deadline by it): the new count. */
size_t oblig_row_timings(const struct read_ctx *c, const struct owner_row *r, struct timing *tm,
                         size_t nt);
/* oblig_sentence.c: is a meeting held, met, visited or attended in the clause that ends
 * at ws (at most 80 bytes back, no comma between): "will hold the next six-monthly
 * review with you" before "on 8 February 2024"?  Or is the duty done "at its meeting"
 * right before ws? */
bool oblig_meeting_held(const struct read_ctx *c, size_t s, size_t ws);
/* oblig_timing.c: where the word before t[i] starts (hyphens inside it), not before s. */
size_t oblig_prev_word_start(const char *t, size_t s, size_t i);
/* oblig_first.c: a date out[0, n) holds that places a series' first occurrence ("..., the
 * first of which will take place in October 2022", "the first by 31 March 2025",
 * "starting at the end of June 2024") is dropped, and the series (a T_EVERY of out) takes
 * it as its first (first_by, first_date; first_only for a point in time, first_on for a
 * day it is due on); the new count.  The sentence starts at s. */
size_t oblig_series_firsts(const struct read_ctx *c, size_t s, struct timing *out, size_t n);
/* oblig_first.c: is "on <day>" at ws (its cue's start) in t[s, ...) the first of a series
 * out[0, n) holds ("every eight weeks, the first on 1 March 2022", "..., the first such
 * report being due on 31 March 2023")? */
bool oblig_series_first_on(const struct read_ctx *c, size_t s, size_t ws, const struct timing *out,
                           size_t n);
/* "send me, before the next Improvement Board meeting on 14 March 2023, a report": where
 * "before the" opens such a meeting right before "on <day>" at ws, else (size_t)-1 (the
 * day before the meeting's is the one the report is due by). */
size_t oblig_before_meeting(const struct read_ctx *c, size_t s, size_t ws);
/* Is "on <day>" (at ws, the day ending at de) a duty's day in the item or sentence t[s,
 * e): opening it, the duty's verb after a comma ("g. on 1 April 2023 ("the transfer
 * date"), to transfer ..."), or named right after it, a modal before ("will transfer
 * ... on 1 April 2018 ("the transfer date")")? */
bool oblig_on_day_is_duty(const struct read_ctx *c, size_t s, size_t ws, size_t de, size_t e);
bool oblig_timing_overlaps(const struct timing *t, size_t n, size_t s, size_t e);
/* A T_UNTIL's date: its own, or the date of the event it names (until_event) among
 * the record's events; false if that event is not dated. */
/* A sentence's "until" ends its series ("meet ... every six weeks until the transfer
 * date"), or else a lead-in's end (has_lead, lead_until) ends them: set on each series
 * of tm[0, *nt), and the sentence's own "until" taken out (no standing duty of its own
 * then). */
void oblig_series_until(const struct read_ctx *c, const rec_t *events, struct timing *tm,
                        size_t *nt, bool has_lead, cal_day lead_until);
bool oblig_until_date(const struct read_ctx *c, const rec_t *events, const struct timing *tm,
                      cal_day *out);
/* oblig_due.c: "Until the transfer date, the Council shall continue to hold ... and
 * shall report to each meeting ...": each standing duty of out[first, ...) whose sentence
 * (not before from) opens with "Until <day>," ends then, the second predicate's too. */
void oblig_opening_until(struct read_ctx *c, const rec_t *events, size_t from, rec_t *out,
                         size_t first);
/* oblig_due.c: the due of a deadline, the recurrence of a series, set on the
 * obligation o. */
void oblig_make_due(struct read_ctx *c, const rec_t *events, rec_t *o, const struct timing *tm);
/* Where a duty's own words begin after a leading condition ("If the Commissioner so
 * requests, the Council shall ...", "Where the Adviser raises a concern, the Council
 * should ..."): after the condition's comma; s when the sentence has none. */
size_t oblig_if_clause_end(const struct read_ctx *c, size_t s, size_t e);
/* The series tm (T_EVERY) on o: its recurrence and, when its first is due by a date
 * ("..., the first by 31 March 2025"), that deadline as o's due. */
void oblig_add_series(struct read_ctx *c, const rec_t *events, rec_t *o, const struct timing *tm);
void oblig_add_recurrence(struct read_ctx *c, rec_t *o, const struct timing *tm, bool has_first,
                          cal_day first);
/* oblig_first.c: the series o (made from *series) has its first occurrence fixed by
 * the deadline *within (a period or a date): due by it, and counted from it with the
 * deadline's anchor. */
void oblig_first_within(struct read_ctx *c, const rec_t *events, rec_t *o,
                        const struct timing *series, const struct timing *within);
/* oblig_first.c: "annually, in April": is date (T_DATE, a month) right after the yearly
 * series every, with only a comma between?  Then it is the month each falls in, the
 * first due in it (oblig_first_within()). */
bool oblig_series_month(const struct read_ctx *c, const struct timing *every,
                        const struct timing *date);
/* "The first review will take place in January 2023." after a series: is tm (T_DATE,
 * the sentence t[s, se)'s only timing) the day or month the series' next occurrence
 * falls in?  Then it is the series' first, set on series (no duty of its own). */
bool oblig_first_confirmed(const struct read_ctx *c, rec_t *series, const struct timing *tm,
                           size_t s, size_t se);
/* oblig_sentence.c: a power to ask.  "From time to time, the department may request an
 * informal update": the one who may ask (subj, when it is not the unit's bearer), whose
 * duty is the addressee's, else NULL; "The Department may also ask ... . The Council
 * should provide any update requested ...": t[s, se) is a power to ask that the next
 * sentence (before e) answers, no duty of its own. */
const char *oblig_asks_of_addressee(const struct read_ctx *c, size_t s, size_t se, const char *subj,
                                    const char *bearer);
bool oblig_answered_request(const struct read_ctx *c, size_t s, size_t se, size_t e);
/* Not a duty: the instrument's life, a power on a condition, a past report. */
bool oblig_is_statement(const struct read_ctx *c, size_t s, size_t e);
/* "The Council should carry out the actions set out in the Annex to this notice.": with
 * no time of its own, a pointer to the annex's duties, which are read there. */
bool oblig_annex_pointer(const struct read_ctx *c, size_t s, size_t e);
bool oblig_is_narrative(const struct read_ctx *c, size_t s, size_t e);

/* oblig_day.c: series on a fixed day of the month ("on the first Monday of every
 * month", "on the first working day of each quarter") in t[s, e), added to out[0, n)
 * in place of the timings their words overlap; returns the new count. */
size_t oblig_day_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                         size_t n);
/* oblig_when.c: the series out[0, *n) holds of one week, month or year (twelve
 * months), with no first fixed yet, else a new one over t[ws, we) from the instrument's
 * date: its index (*n grows by the new one). */
size_t oblig_series_of(struct timing *out, size_t *n, enum cal_unit unit, size_t ws, size_t we);
/* The series t's first occurrence fixed on first, by the words t[ws, we). */
static inline void oblig_series_first(struct timing *t, cal_day first, size_t ws, size_t we)
{
	t->first_by = true;
	t->first_date.day = first;
	t->first_date.precision = LEX_DAY;
	t->first_date.span.s = ws;
	t->first_date.span.e = we;
}
/* oblig_day.c: "on the Friday of each week", "every Friday": a weekly series, its first
 * the first such day after the instrument's date. */
size_t oblig_weekday_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                             size_t n);
/* The due of such a series tm: on its first, when that is a deadline of its own. */
void oblig_day_due(struct read_ctx *c, rec_t *o, const struct timing *tm);
/* Its recurrence's derivation, set on r, from its first occurrences occ[0, nocc). */
void oblig_day_derivation(struct read_ctx *c, rec_t *r, const struct timing *tm, const cal_day *occ,
                          int nocc);

/* oblig_when.c: the time expressions without a number that oblig_find_timings() does
 * not read, added to out[0, n) where they overlap none; returns the new count. */
size_t oblig_more_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
			  size_t n);

/* oblig.c: a new obligation of clause cl (its id left empty), over the words
 * t[as, ae): bearer ("council" when NULL), to (may be NULL), kind. */
rec_t *oblig_new(const struct read_ctx *c, const struct clause *cl, const char *bearer,
                 const char *to, const char *kind, size_t as, size_t ae);
/* oblig_table.c: the rows of a table that PDF conversion left one cell a line, with
 * no row numbers, under the lead-in sentence of clause cl that points to it ("... by
 * the dates in the table below."): one deadline per row, due by the date its last
 * cell holds, owed by the lead-in's subject (bearer when it names none) to whom the
 * lead-in names.  Returns how many it added to out; 0 when the clause holds no such
 * table (nothing added). */
size_t oblig_flat_table(struct read_ctx *c, const struct clause *cl, const char *bearer,
                        const rec_t *events, rec_t *out);
/* oblig_letter.c: a letter's dated and recurring commitments, appended to out with
 * ids body/<n> and no clause. */
void oblig_letter(struct read_ctx *c, rec_t *rec, rec_t *out);

/* The role named right after a cue word ("by the Council", "to the Minister"; a compiled
 * phrase, LEX_LIT(" by ")) in
 * t[s, e); *where (if not NULL) gets the cue's offset. */
const char *oblig_role_after(const struct read_ctx *c, size_t s, size_t e, struct lex_phrase *cue,
                             size_t *where);
/* "... and report to the improvement board on progress", ", and report to each meeting of
 * the Board": a second predicate in t[s, e) reporting to a role: the role; *at gets where
 * its joint (" and", ", and") begins, *ps its verb.  NULL if none. */
const char *oblig_report_to(const struct read_ctx *c, size_t s, size_t e, size_t *at, size_t *ps);
/* oblig_bearer.c: "... and will provide the Department with ...", "... and will send the
 * Department ...", ", and provide the Board with ...": the one a second predicate gives
 * something to (the role right after its verb), where it begins in *at and its verb in
 * *ps; NULL if none. */
const char *oblig_given_to(const struct read_ctx *c, size_t s, size_t e, size_t *at, size_t *ps);
/* "The Department has appointed Mrs X as Improvement Adviser to the Council. She will chair
 * the Board ...": the role a sentence t[s, se) opening "She"/"He" and a modal takes from
 * the one before it (not before lo), appointed "as" it; else NULL. */
const char *oblig_pronoun_subject(const struct read_ctx *c, size_t lo, size_t s, size_t se);
/* The first of the parties to a meeting "between" two ("review meetings between the
 * Department and the Council"), from t[s, e); *where (if not NULL) gets the offset of
 * "between".  NULL where "between" follows no word of meeting ("the arrangements
 * between ..."). */
const char *oblig_meeting_between(const struct read_ctx *c, size_t s, size_t e, size_t *where);
/* The agent "by X" of the words t[s, e) that a duty's timing governs; an agent of a
 * subordinate passive ("to be agreed by the Commissioner", "the terms of which must
 * be approved by the Secretary of State") is not one. */
const char *oblig_agent_after(const struct read_ctx *c, size_t s, size_t e);
/* The role named right after a " by " in t[s, e) ("Readiness assessment by the
 * Commissioner submitted ..."), not an approver's ("a plan agreed by the Commissioner"),
 * or NULL: a milestone's doer. */
const char *oblig_named_doer(const struct read_ctx *c, size_t s, size_t e);
/* "The Board must: • be chaired ...; • include ...; and • meet at least once a month.": the
 * subject of a "<role> must:" lead-in earlier in the unit t[ps, s), or NULL. */
const char *oblig_colon_lead_subject(const struct read_ctx *c, size_t ps, size_t s);
/* oblig_anchor.c: the anchor the words at t[s, e) after a period's "of" or a series'
 * "from" name, into out (at most n bytes): "instrument_date", "event:<kind>", or "" when
 * not understood. */
void oblig_anchor_of(const struct read_ctx *c, size_t s, size_t e, char *out, size_t n);
/* A schedule's row that opens with its doer and an infinitive ("The Commissioner to
 * report to the Secretary of State on ..."): that role, or NULL. */
const char *oblig_infinitive_subject(const struct read_ctx *c, size_t s, size_t e);
/* The sentence's modal verb (" will ", " shall ", ...) first in t[s, e): its offset,
 * or (size_t)-1; *end gets the offset after it. */
size_t oblig_first_modal(const struct read_ctx *c, size_t s, size_t e, size_t *end);
bool oblig_has_modal(const struct read_ctx *c, size_t s, size_t e);
/* The role of the sentence's subject (the words before its first modal verb; the
 * agent of a passive "will be reported by the Council"), or NULL. */
const char *oblig_subject_role(const struct read_ctx *c, size_t s, size_t e);
/* The subject of a lead-in ("The Commissioner will:", "the Secretary of State
 * directs the Council:" gives the Council), or NULL. */
const char *oblig_lead_in_bearer(const struct read_ctx *c, size_t s, size_t e);
/* oblig_lead_in_bearer() of a clause's head, kept in the memo (the same answer). */
const char *oblig_clause_bearer(const struct read_ctx *c, const struct clause *p);
/* The first role in t[s, e) that no "to", "from", "with" or "by" governs: the
 * object of "maintain an Improvement Board, chaired by the Improvement Adviser". */
const char *oblig_free_role(const struct read_ctx *c, size_t s, size_t e);
/* The board (improvement_board, governance_board) named last in t[s, e) (up to 100 bytes
 * back from e), or NULL: "to establish with the Partner Council a Partnership Governance
 * Board, to be chaired by ..." is the governance board's, not the partner's. */
const char *oblig_board_before(const struct read_ctx *c, size_t s, size_t e);
/* The source "from X" of the words t[s, e) ("quarterly reports from the Council"), or
 * NULL; "from" after a verb's participle ("removed from the Council") names no one
 * who owes anything. */
const char *oblig_source_after(const struct read_ctx *c, size_t s, size_t e);
/* The recipient a verb of giving or telling takes as its object ("provide the
 * Department with a report", "send the Commissioner a plan", "advise the Secretary of
 * State whether", "meet the Director of Children's Services"), or NULL. */
const char *oblig_object_recipient(const struct read_ctx *c, size_t s, size_t e);
/* Whom the duty in t[s, e) is owed to or done with, never its bearer: "to X" (the
 * role after " to "), the object of a verb of giving or telling (above), "with X"
 * ("co-operate with the Commissioner", "hold review meetings with the Council"; not
 * "in accordance with"), the board one chairs, sits on or attends, the one whose
 * progress is reviewed ("review the Council's progress"); or NULL. */
const char *oblig_recipient(const struct read_ctx *c, size_t s, size_t e, const char *bearer);
/* "The Commissioner shall chair the shadow board until ..., and shall report ... every
 * 4 weeks": a predicate joined by "and shall/will/must" that no timing of tm[0, nt)
 * falls in, active, and whose verb holds a continuing duty (chair, maintain, attend,
 * co-operate, ...; not a means to the timed one: "take all steps to establish ..., and
 * shall enter into a contract by ..."), as its span [*ps, *pe); false if none. */
bool oblig_joined_standing(const struct read_ctx *c, size_t s, size_t se, const struct timing *tm,
                           size_t nt, size_t *ps, size_t *pe);
/* "The Board shall be chaired by X and shall meet every N weeks": when the words at
 * t[at...] are a second predicate of the sentence (after " and shall ", " and will ",
 * ...), the role of the sentence's grammatical subject (the Board, not the passive's
 * agent), else NULL. */
const char *oblig_coordinate_subject(const struct read_ctx *c, size_t s, size_t at);

/* oblig_sentence.c: does t[s, e) open with a verb of duty ("to provide ...", "Produce a
 * plan ...", "• comply with ..." after a bullet)? */
bool oblig_starts_with_duty(const struct read_ctx *c, size_t s, size_t e);
/* Does t[s, e) open (after spaces) with "on request," or the like?  Its words without
 * the comma are t[*at, *end). */
bool oblig_request_opening(const struct read_ctx *c, size_t s, size_t e, size_t *at, size_t *end);
/* oblig_kind.c: is the clause cl in the part of the instrument whose clauses are read for
 * duties: not a recital (unless an adviser's, below), an annex's paragraph or a listed
 * duty of one, a direction's operative part when it has one (has_operative)? */
bool oblig_in_operative_part(const struct read_ctx *c, const struct clause *cl, bool has_operative);
/* oblig_kind.c: does a notice's recital appoint an adviser with duties of the adviser's
 * own ("3. The Department has appointed Mr X as Improvement Adviser ... The Adviser will
 * meet the Council's Director of Children's Services fortnightly ...", under
 * "Introduction")?  Its duties are read as an operative paragraph's. */
bool oblig_adviser_in_recital(const struct read_ctx *c, const struct clause *cl);
/* oblig_kind.c: is the verb-first item t[s, e), whose condition oblig_untimed_kind() read
 * as cond, what is asked for and nothing more ("provide such further reports as the
 * Secretary of State may request", "provide the Secretary of State with such further
 * information as she may from time to time request": a verb, then soon "such ... as X
 * may request")? */
bool oblig_such_as_requested(const struct read_ctx *c, size_t s, size_t e, const char *cond);
/* Is the duty in t[s, e) owed only when asked ("on request, provide ...", "shall provide
 * the Department, on request, with ...")?  The condition's words into cond. */
bool oblig_on_request(const struct read_ctx *c, size_t s, size_t e, char *cond, size_t ncond);
/* Where the words of t[s, e) begin after a bullet mark ("•", "▪", "●", "◦", an en dash,
 * "-", "*", then white space) that opens it; s if none. */
size_t oblig_bullet_end(const char *t, size_t s, size_t e);
/* oblig_bullets.c: where the bullets under clause cl's opening lead-in ("7. The Council
 * shall:" then "• comply ...") begin, with the lead-in's bearer in *lead; cl->head.e if
 * the clause opens with no lead-in that names who owes the items over bullets. */
size_t oblig_bullets_start(const struct read_ctx *c, const struct clause *cl, const char **lead);
/* The item whose bullet begins at t[ln] (before e): its words, after the mark and with any
 * roman-numbered bullets it leads into, in *words; returns where the next item begins. */
size_t oblig_bullet_item(const char *t, size_t ln, size_t e, struct lex_span *words);

/* oblig_lists.c: a clause's list, and whether its items are the units. */
/* How many bytes of t[s, e) end it as a lead-in: 1 for a colon, 3 for an em or en dash,
 * 0 if neither. */
size_t oblig_lead_in_mark(const char *t, size_t s, size_t e);
/* A lead-in over a table's rows ("the table below"), each row a duty of its own? */
bool oblig_table_lead_in(const struct read_ctx *c, const struct clause *p);
/* A lead-in (colon or dash) whose items each open with how often ("(i) fortnightly,
 * ...")?  e ends p's head. */
bool oblig_cadences_listed(const struct read_ctx *c, const struct clause *p, size_t e);
/* The duties of such an item, out[from ..]: their action becomes the lead-in's, at the
 * item's pace. */
void oblig_paced_items(const struct read_ctx *c, const struct clause *p, rec_t *out, size_t from);
/* Does the lead-in p introduce a list of separate duties (its items the units)? */
bool oblig_lead_in_lists_duties(const struct read_ctx *c, const struct clause *p);
/* The end a lead-in puts on its items ("Until the transfer date the Council must—"): its
 * "until" with a date, into *until; false if none. */
bool oblig_lead_in_until(struct read_ctx *c, const struct clause *p, const rec_t *events,
                         cal_day *until);

/* oblig_cand.c: candidate duties a sentence t[s, se) holds besides its timings' own; each
 * maker fills *k (or cand[*nc]) and counts it in *nc.  The unit's loop (oblig.c) makes
 * them duties unless a duty of the same bearer made there already holds them. */
/* A candidate: the words t[s, e) of a duty of role. */
struct cand {
	size_t s, e;
	const char *role;
	const char *kind; /* NULL: read from the words */
	const char *to;   /* NULL: read from the words */
	bool own;         /* a predicate of its own: owed whatever else its bearer owes */
	bool sentence;    /* a sentence of its own: owed unless a duty of its bearer made
	                   * here holds it */
	size_t body;      /* if > s: the duty after an if-clause t[s, body), its condition */
	size_t cond;      /* if > s: where its closing condition begins ("if the ... advises") */
};
/* oblig_cand.c: a run-on sentence of several timed duties joined by ", and " (nt >= 2
 * timings, tm[0, nt)): each joined clause with a modal and no timing of its own ("...,
 * and the Director of Children's Services shall present a report ... to each meeting of
 * the Board, and ...", "..., and it shall provide the Commissioner with office
 * accommodation ...") is a standing duty of its subject ("it": subj), into cand[*nc]. */
void oblig_untimed_clauses(const struct read_ctx *c, size_t s, size_t se, const struct timing *tm,
                           size_t nt, const char *subj, struct cand *cand, size_t *nc, size_t max);
/* "The Department will review ... at meetings with the Council. Reviews will take place
 * in March, June and September 2016.": the role of the untimed sentence candidate (in
 * cand[0, nc)) right before t[s], that candidate withdrawn (its words are the timed
 * duty's); NULL if none. */
const char *oblig_sentence_before(const struct read_ctx *c, struct cand *cand, size_t nc, size_t s);
/* oblig_amend.c: "In paragraph 5 of the 2019 Direction, for "31 March 2021" substitute
 * "30 September 2021"" in t[s, e): the moved duty, where the document says what the
 * paragraph requires (a new obligation of clause cl), else NULL (with a warning if a
 * substitution was read). */
rec_t *oblig_substitution(struct read_ctx *c, const struct clause *cl, size_t s, size_t e);
/* "the date by which the Council must establish ... is put back from 30 June 2020 to 31
 * December 2020" in t[s, e): the duty, due by the new day (a new obligation of clause
 * cl), else NULL; so too "the period within which the Council must submit ... under
 * paragraph 6 of the 2020 Direction is extended by a further three months", from the day
 * the document gives that paragraph elsewhere. */
rec_t *oblig_date_moved(struct read_ctx *c, const struct clause *cl, size_t s, size_t e);
/* "(b) in paragraph 4(b) of the Annex, for "every week" substitute "every fortnight"",
 * where the document says "Paragraph 4(b) of the Annex to the 2021 Direction requires the
 * Commissioner to meet ... every week": the one that paragraph requires (its duty's new
 * words are theirs); NULL if the document does not say. */
const char *oblig_substituted_bearer(struct read_ctx *c, size_t s, size_t e);
/* 'for paragraph 6 substitute- "6. The Department will review ... ."': the new
 * paragraph's words (its number left out) in *q; false if t[s, e) holds none. */
bool oblig_substituted_paragraph(const struct read_ctx *c, size_t s, size_t e, struct lex_span *q);
/* Where a second predicate of the sentence begins after i (" and will receive ...",
 * " and shall ..."), or e. */
size_t oblig_second_predicate(const struct read_ctx *c, size_t i, size_t e);
/* "The Council shall give ... access ..., and shall provide any information ... within
 * 5 working days of a request": where the predicate the request's period (at ts) times
 * begins, after ", and shall" / ", and will"; else s. */
size_t oblig_on_request_predicate(const struct read_ctx *c, size_t s, size_t ts);
/* A board "chaired by" someone: the chair's standing duty (into cand[*nc], if *nc < max). */
void oblig_chair_duty(const struct read_ctx *c, size_t s, size_t se, struct cand *cand, size_t *nc,
                      size_t max);
/* ", and the Council shall attend each review": a joined clause with a subject and modal
 * of its own after the timings tm[0, nt). */
void oblig_coordinated_duty(const struct read_ctx *c, size_t s, size_t se, const struct timing *tm,
                            size_t nt, const char *subj, struct cand *k, size_t *nc);
/* "... and will receive a progress report from the Council": the source's standing duty
 * to subj, after the last timing. */
void oblig_received_duty(const struct read_ctx *c, size_t se, const struct timing *last,
                         const char *subj, struct cand *k, size_t *nc);
/* "..., and will hold an additional review if the Commissioner so advises": subj's
 * conditional duty, after the last timing. */
void oblig_conditional_predicate(const struct read_ctx *c, size_t se, const struct timing *last,
                                 const char *subj, struct cand *k, size_t *nc);
/* "(c) hold its Board at least every six weeks, and report to each meeting of the Board
 * on progress": subj's standing duty to the one reported to, after the last timing. */
void oblig_reported_duty(const struct read_ctx *c, size_t se, const struct timing *last,
                         const char *subj, struct cand *k, size_t *nc);

/* oblig_table.c: a table row's "Responsible" cell in t[s, e), a line that is a role's
 * name alone (labelled: "Lead: Director of Children's Services"); its role or NULL. */
const char *oblig_row_responsible(const struct read_ctx *c, size_t s, size_t e, bool labelled);
/* oblig_table.c: the next row, from offset from, of a table whose "Owner" cells
 * columns.c put on lines of their own (c->row_starts, c->row_leads) with its cell in
 * t[s, e): its action and timing into *row, the role its cell names into *bearer (NULL
 * if none); returns where to look for the next, or e when there is none. */
size_t oblig_table_row(const struct read_ctx *c, size_t s, size_t e, size_t from,
                       struct lex_span *row, const char **bearer);

/* oblig_ids.c: the ids of out[from ...], the duties of clause cl: the clause id, or
 * clause/n when it holds several (Ofsted's, and a duty read twice, taken out first). */
void oblig_number_ids(const struct clause *cl, rec_t *out, size_t from);

#endif
