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
	const char *document_name; /* the file it was ingested from, or NULL */
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
	bool order_by_obligation; /* by instrument, obligation, k (else by due date) */
	bool unmet_or_recent;     /* only those not met by as_of, or due on or after recent */
	cal_day recent;
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

/* ---- cases for the stage engine (cases.c) ---- */

struct views_case {
	int council;
	char name[64], region[48];
	struct rules_judgement *j; /* by date */
	size_t nj, jcap;
	struct views_jx {
		int key;     /* bits: key judgements found inadequate */
		bool ofsted; /* from Ofsted's published outcomes (else recited) */
	} *jx;
	size_t jxcap;
	struct rules_instrument *in; /* by issue date */
	size_t nin, incap;
	char (*src)[80]; /* each instrument's SHA-256, or "recital:KIND:DATE" */
	size_t srccap;
	struct rules_case rc; /* over j and in, for src/rules/stage.h */
};

struct views_cases {
	struct views_case *v; /* councils in being, by name */
	size_t n, cap;
	bool oom;
};

/* Every council's case (three queries).  Free with views_cases_release(). */
int views_cases_load(struct store *s, struct views_cases *c, struct err *e);
void views_cases_release(struct views_cases *c);
const struct views_case *views_case_find(const struct views_cases *c, int council);

/* ---- where each council stands (status.c) ---- */

struct views_status {
	const struct views_case *c;
	enum rules_stage stage;
	bool has_since;
	cal_day since;                         /* the day the current stage began */
	const struct rules_instrument *because; /* the instrument that sets it, or NULL */
	const struct rules_judgement *latest;  /* the latest judgement by as_of, or NULL */
	int in_force, overdue;
};
typedef int (*views_status_fn)(void *ctx, const struct views_status *st);

/* Stage, since, latest judgement and instruments in force of one case. */
void views_status_of(const struct views_case *k, cal_day as_of, struct views_status *st);
/* Every council (or one, if council != 0), by name, with overdue counts. */
int views_status(struct store *s, const struct views_cases *cases, cal_day as_of, int council,
		 views_status_fn fn, void *ctx, struct err *e);
json_t *views_status_json(const struct views_status *st);

/* ---- departures from the rules (check.c) ---- */

struct views_finding {
	int council;
	const char *council_name;
	const char *kind; /* no_instrument, below_policy, direction_after_good, overdue_deadline,
			     recurring_no_evidence, needs_review, ... */
	const char *date; /* when it began */
	const char *source; /* the instrument (SHA-256 or recital:...) or judgement source */
	const char *message;
};
typedef int (*views_check_fn)(void *ctx, const struct views_finding *f);
/* Every finding as of as_of (one council, or all if council is 0). */
int views_check(struct store *s, const struct views_cases *cases, cal_day as_of, int council,
		views_check_fn fn, void *ctx, struct err *e);
json_t *views_finding_json(const struct views_finding *f);

/* ---- a council's history (timeline.c) ---- */

/*
 * The case history of council up to as_of, in date order: an array of
 * {date, what, detail, source: {document, name, clause} | null}; what is
 * inspection, judgement, issued, ended, appointment, event, met or missed.
 * NULL with e on error.
 */
json_t *views_timeline(struct store *s, int council, cal_day as_of, struct err *e);

/* ---- calendar feed (calendar.c) ---- */

/*
 * The dated obligations of one council (or all, council 0) as a VCALENDAR
 * named calname, appended to out; instruments dated after as_of are left
 * out and DTSTAMP is as_of.  *count (may be NULL): the items written.
 */
struct strbuf;
int views_calendar(struct store *s, int council, const char *calname, cal_day as_of,
		   struct strbuf *out, int *count, struct err *e);
/* The same for the councils[0..n) in one VCALENDAR (n = 0: an empty calendar). */
int views_calendar_set(struct store *s, const int *councils, size_t n, const char *calname,
		       cal_day as_of, struct strbuf *out, int *count, struct err *e);

#endif
