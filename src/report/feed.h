/*
 * feed.h: the calendar feed of a register's obligations (oversight calendar,
 * the web's subscription URLs).  Each dated obligation becomes one all-day
 * VEVENT: a deadline on its due date; a series as an RRULE (or RDATEs)
 * that ends the day before its instrument ended, or stays open while the
 * instrument is in force.  The description carries the clause's words and
 * a reference to the document, so a diary entry can be traced to its
 * source.  UIDs come from the obligation's identity (council, document
 * hash, obligation id), so they stay the same across re-ingest.
 */
#ifndef OVERSIGHT_REPORT_FEED_H
#define OVERSIGHT_REPORT_FEED_H

#include "../cal/ics.h"
#include "../rules/schedule.h"

struct feed_item {
	const char *council;      /* "Kirklees" */
	const char *instrument;   /* "Statutory direction of 25 January 2018" */
	const char *document_sha; /* hex SHA-256 of the source document */
	const char *document_name;
	const char *obligation_id; /* "7.g/1" */
	const char *bearer;       /* "dfe" */
	const char *action;       /* short words: "performance review" */
	const char *clause_text;  /* the exact words */
	const char *url;          /* may be NULL: a link to the obligation page */
	struct rules_timing timing;
	bool ended;   /* the instrument ended ... */
	cal_day end;  /* ... on this day (first day not in force) */
	cal_day horizon; /* how far to list RDATEs of an open series */
};

/* Append one obligation's VEVENT (nothing for undated duties). */
int feed_add(struct strbuf *out, const struct feed_item *it, cal_day dtstamp, struct err *e);

/* The stable UID for an obligation, into uid (48 bytes). */
void feed_uid(const struct feed_item *it, char *uid, size_t n);

#endif
