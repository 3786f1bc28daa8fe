/*
 * phrase.h: dates and deadlines written in words.
 *
 * cal_parse_date_text() reads one date as instruments write it:
 * "25th January 2018", "25 Jan 2018", "January 25, 2018", "31.10.2019",
 * "31/10/2019" (numeric dates are day first, as in the UK), "2019-10-31".
 *
 * cal_parse_when() reads a deadline phrase and says which rule gave it:
 *   "by 31 January 2020", "by no later than 28 February 2019"  -> by (date)
 *   "on 25 January 2018"                                        -> on
 *   "by June 2019"             -> by: the last day of the month
 *   "in May 2020"              -> in_month: a window, 1 to 31 May 2020
 *   "end of June 2020", "by the end of June 2020"  -> end_of: 30 June 2020
 */
#ifndef OVERSIGHT_CAL_PHRASE_H
#define OVERSIGHT_CAL_PHRASE_H

#include "../base/strbuf.h"
#include "date.h"

enum cal_when_rule { CAL_WHEN_ON, CAL_WHEN_BY, CAL_WHEN_IN_MONTH, CAL_WHEN_END_OF };

struct cal_when {
	enum cal_when_rule rule;
	cal_day start; /* first day of the window (== due except in_month) */
	cal_day due;   /* the day by which it must be done */
};

/* Parse exactly one date (the whole view, trimmed). */
int cal_parse_date_text(struct strv s, cal_day *out, struct err *e);

/* Parse a month name and year, "June 2020" (the whole view). */
int cal_parse_month_year(struct strv s, int *y, int *m, struct err *e);

/* Parse a deadline phrase; derivation (may be NULL) gets one line. */
int cal_parse_when(struct strv s, struct cal_when *w, struct strbuf *derivation, struct err *e);

/* "by", "on", "in_month", "end_of". */
const char *cal_when_rule_name(enum cal_when_rule r);

#endif
