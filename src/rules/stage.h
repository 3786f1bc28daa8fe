/*
 * stage.h: the intervention stage engine.
 *
 * A council's case is its judgements and its instruments.  From them this
 * module computes (a) the stage the council is actually in on a date, from
 * the instruments in force; (b) the stage the regime's rules expect, from
 * its judgements, by the policy table (stage.c, documented with its basis
 * in doc/policy.md); and (c) the departures between the two, and from the
 * instruments themselves, that `oversight check` reports.
 *
 * Pure functions over caller-owned arrays: nothing here allocates, reads
 * the clock or touches the store.  Judgements and instruments may come in
 * any order.
 */
#ifndef OVERSIGHT_RULES_STAGE_H
#define OVERSIGHT_RULES_STAGE_H

#include "../cal/date.h"

/* In order of severity: a higher stage is a stronger intervention. */
enum rules_stage {
	RULES_STAGE_NONE,
	RULES_STAGE_IMPROVEMENT_NOTICE,
	RULES_STAGE_DIRECTION_ADVISER,
	RULES_STAGE_DIRECTION_COMMISSIONER,
	RULES_STAGE_ALTERNATIVE_DELIVERY
};

enum rules_grade {
	RULES_GRADE_UNKNOWN,
	RULES_GRADE_OUTSTANDING,
	RULES_GRADE_GOOD,
	RULES_GRADE_REQUIRES_IMPROVEMENT,
	RULES_GRADE_INADEQUATE
};

struct rules_judgement {
	cal_day date; /* the report's publication date */
	enum rules_grade overall;
	bool all_key_inadequate; /* inadequate on every key judgement: systemic */
	const char *source;      /* where it came from; borrowed; may be NULL */
};

enum rules_instrument_kind { RULES_DIRECTION, RULES_IMPROVEMENT_NOTICE };

struct rules_instrument {
	enum rules_instrument_kind kind;
	cal_day issued;
	bool ended; /* revoked, superseded or lifted ... */
	cal_day end; /* ... on this date (no longer in force from it) */
	bool commissioner;         /* appoints a commissioner */
	bool alternative_delivery; /* orders a trust, company or partnership */
	const char *source;        /* borrowed; may be NULL */
};

struct rules_case {
	const struct rules_judgement *judgements;
	size_t njudgements;
	const struct rules_instrument *instruments;
	size_t ninstruments;
};

/* One row of the policy table. */
struct rules_policy {
	const char *id;     /* "systemic", "persistent", ... */
	const char *when;   /* the condition, in words */
	enum rules_stage min, max; /* the stages the rules allow */
	const char *basis;  /* where the rule comes from */
};

extern const struct rules_policy rules_policy_table[];
extern const size_t rules_policy_count;

/* "none", "improvement_notice", "direction_adviser", ... and the reverse. */
const char *rules_stage_name(enum rules_stage s);
const char *rules_grade_name(enum rules_grade g);
/* Reads "requires improvement", "requires_improvement", "Requires improvement to
 * be good", "good", ...; RULES_GRADE_UNKNOWN if not a grade. */
enum rules_grade rules_grade_parse(const char *s);

/* The stage on day d, from the instruments in force; *because (may be NULL)
 * gets the instrument that sets it, or NULL for none. */
enum rules_stage rules_stage_on(const struct rules_case *c, cal_day d,
				const struct rules_instrument **because);

struct rules_span {
	enum rules_stage stage;
	cal_day from;
	bool open; /* still the stage: `to` is meaningless */
	cal_day to; /* the first day of the next span */
	const struct rules_instrument *because;
};

/* The stage history: spans in date order, from the first instrument.
 * Returns the number written (at most max), or -1 if max was too small. */
int rules_stage_history(const struct rules_case *c, struct rules_span *out, int max);

/* The policy row that applies on day d (index into rules_policy_table), or
 * -1 when no judgement is known by then. */
int rules_policy_on(const struct rules_case *c, cal_day d);

/* Days in intervention (any stage but none) between from and to (exclusive). */
int32_t rules_days_in_intervention(const struct rules_case *c, cal_day from, cal_day to);

struct rules_finding {
	const char *kind; /* "no_instrument", "below_policy", "direction_after_good", ... */
	cal_day date;     /* when the departure began */
	const char *source; /* the judgement or instrument it concerns; borrowed */
	char message[256];
};

/*
 * Departures from the rules as of as_of, in date order.  Returns the count
 * written (at most max).  Grace periods (documented in doc/policy.md):
 * an instrument is expected within 3 calendar months of an inadequate
 * judgement; a direction should end within 6 months of a requires-
 * improvement judgement and within 3 months of a good one.
 */
int rules_check_case(const struct rules_case *c, cal_day as_of, struct rules_finding *out,
		     int max);

#endif
