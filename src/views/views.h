/*
 * views.h: what the register shows, computed from store queries and the
 * pure rules (src/rules), for the CLI verbs and the web pages alike.  Views
 * return data (structs handed to a callback, or jansson documents); they
 * never print.  "As of" is always an input: nothing here reads the clock.
 *
 *   occ.c       occurrences with their status as of a date (due, calendar)
 *   cases.c     each council's case for the stage engine (status, check, stats)
 *   timeline.c  a council's history in order, each line with its source
 *
 * Ownership: strings in a struct handed to a callback live only during the
 * callback; jansson documents returned are new references.
 */
#ifndef OVERSIGHT_VIEWS_H
#define OVERSIGHT_VIEWS_H

#include <jansson.h>

#include "../rules/stage.h"
#include "../rules/status.h"
#include "../store/store.h"

/* ---- occurrences (occ.c) ---- */

struct views_occ {
	int64_t id;           /* the occurrence: `oversight record evidence ID DATE` */
	int council;
	const char *council_name;
	const char *instrument; /* SHA-256 */
	const char *instrument_kind, *instrument_date, *instrument_end; /* end may be NULL */
	const char *ref;      /* "7.e", "annex.3.h/1" */
	const char *clause;
	const char *bearer, *to, *action, *kind; /* kind: deadline or recurring */
	int k;                /* occurrence number in its series (1 for a deadline) */
	const char *due;      /* YYYY-MM-DD */
	const char *derivation;
	enum rules_status status;
	const char *met_on;   /* the earliest evidence counted as of as_of, or NULL */
};
typedef int (*views_occ_fn)(void *ctx, const struct views_occ *o);

struct views_occ_query {
	int council;        /* 0: every council */
	const char *bearer; /* NULL: any */
	cal_day as_of;
	int window;         /* days before a due date that make it "due" */
	cal_day from, to;   /* due dates in [from, to] */
	bool in_force_only; /* only instruments in force on as_of */
};

/*
 * Every occurrence matching q, in due-date order (then council, clause, k),
 * with its status as of q->as_of.  Instruments dated after as_of are not
 * seen (the register as it stood then), nor evidence dated after it.
 */
int views_occurrences(struct store *s, const struct views_occ_query *q, views_occ_fn fn,
		      void *ctx, struct err *e);

/*
 * The morning list: occurrences of instruments in force on as_of that are
 * due by as_of + within days and not yet met (overdue ones however old),
 * and those met whose due date is within `within` days before as_of.
 */
int views_due(struct store *s, int council, const char *bearer, cal_day as_of, int within,
	      views_occ_fn fn, void *ctx, struct err *e);

/* The occurrence as JSON (doc/views-json.md); a new reference. */
json_t *views_occ_json(const struct views_occ *o);

#endif
