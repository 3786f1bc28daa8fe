/*
 * ics.h: iCalendar (RFC 5545) output of deadlines and series.
 *
 * Every item is an all-day event (DTSTART;VALUE=DATE), so clock changes
 * cannot move it.  A series is written as an RRULE only where the rule
 * means exactly the engine's occurrences (checked occurrence by occurrence
 * before it is written; see ics.c), otherwise as explicit RDATEs.  Lines
 * are folded at 75 octets without splitting a UTF-8 character, and text is
 * escaped.  DTSTAMP comes from the caller ("today" is an input), so the same
 * call always gives the same bytes.
 */
#ifndef OVERSIGHT_CAL_ICS_H
#define OVERSIGHT_CAL_ICS_H

#include "../base/strbuf.h"
#include "recur.h"

struct ics_event {
	const char *uid;         /* stable, e.g. from ics_uid(); borrowed */
	const char *summary;     /* borrowed */
	const char *description; /* may be NULL; borrowed */
	const char *url;         /* may be NULL; borrowed */
	cal_day date;            /* the date of a single item */
	const struct cal_recur *recur; /* NULL for a single item; borrowed */
	/* With recur: the series has no known end yet (its instrument is in
	 * force); recur's until is then only the horizon for RDATEs. */
	bool open_ended;
};

void ics_begin(struct strbuf *out, const char *calname);
int ics_add_event(struct strbuf *out, const struct ics_event *ev, cal_day dtstamp, struct err *e);
void ics_end(struct strbuf *out);

/* A stable UID "<32 hex>@oversight" from a key string; uid needs 48 bytes. */
void ics_uid(const char *key, char *uid, size_t n);

/*
 * The RRULE value (without "RRULE:") that expresses the series exactly,
 * written into rule, and the first date into *dtstart; false if no RRULE
 * does, in which case the caller lists the dates.  Exposed for tests.
 */
bool ics_series_rrule(const struct cal_recur *r, const cal_day *occ, int nocc, bool open_ended,
		      cal_day *dtstart, char *rule, size_t n);

#endif
