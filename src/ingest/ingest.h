/*
 * ingest.h: from a document to the register, and the register's
 * lifecycle rules that no single document settles.
 *
 * The pipeline is the product's one-way data flow in small:
 *   read (src/read)  ->  store (src/store)  ->  rules (src/rules)  ->  store
 * ingest_document() reads the bytes with the reader, stores them content-
 * addressed with the record and its rows, links the council, records what
 * the instrument revokes, resolves every revocation that can now be
 * resolved (ending the earlier instrument on the later one's date), and
 * expands each obligation of every instrument it touched into dated
 * occurrences with the schedule rules.  All of it happens in the caller's
 * one write transaction, so an instrument is whole or absent.
 *
 * Order does not matter: a revocation whose target is not yet in the
 * register is kept (revocations.target NULL; the target is then "known
 * only from a recital") and is resolved when the target arrives, and
 * occurrences are reconciled against the instrument's current end rather
 * than appended, so ingesting the notice before the direction it revokes
 * gives the same instruments, ends, obligations and occurrences.
 *
 * Ownership: nothing here keeps pointers past a call; results are copied
 * into caller-owned structs.  Core code never prints.
 */
#ifndef OVERSIGHT_INGEST_H
#define OVERSIGHT_INGEST_H

#include "../base/compat.h"
#include "../base/err.h"
#include "../cal/date.h"
#include "../store/store.h"

/* How far ahead an open series (its instrument still in force) is listed,
 * in years from its anchor: occurrences exist up to this day. */
#define INGEST_HORIZON_YEARS 10

struct ingest_result {
	char sha256[65];
	char kind[32];
	char date[11];   /* "" if the reader found none */
	char council[96]; /* the council's name as the register has it */
	int council_code;
	bool added;        /* false: the same bytes were already in the register */
	bool needs_review; /* the reader warned; `oversight review` */
	int obligations;
	int occurrences;   /* occurrences now listed for this instrument */
	int revocations;   /* revocations this instrument states */
	int resolved;      /* revocations resolved by this ingest (either side) */
};

/*
 * Ingest one document (text or PDF bytes, borrowed) named name, inside the
 * caller's write transaction.  ERR_DATA: not an instrument, no council
 * found or an unknown council (the message names it), no date.  Nothing is
 * written on error (the caller rolls back).
 */
int ingest_document(struct store *s, const char *name, const unsigned char *bytes, size_t len,
		    struct ingest_result *r, struct err *e);

/*
 * Store a record made by hand (schema "oversight.instrument/1", source
 * format "hand"): the record's own JSON is kept as its document, so a hand
 * entry is content-addressed like any other.  Then as ingest_document.
 */
int ingest_record(struct store *s, const char *json, struct ingest_result *r, struct err *e);

/*
 * Resolve what can be resolved for council (revocations whose target is now
 * in the register), ending targets; *resolved counts them.
 */
int ingest_resolve(struct store *s, int council, int *resolved, struct err *e);

/*
 * Bring instrument sha256's occurrences in line with its obligations and
 * its end: add missing ones, move ones whose date changed, and remove ones
 * past the end unless evidence is attached (never lose evidence).  *count
 * (may be NULL) gets the number listed afterwards.
 */
int ingest_occurrences(struct store *s, const char *sha256, int *count, struct err *e);

/*
 * An obligation's timing from its stored fields (due_date, every, anchor,
 * first, until: any may be NULL or ""), its instrument's date issued, and
 * *horizon (set for a series: INGEST_HORIZON_YEARS after its base).  A
 * series (every) wins over due_date: an obligation may have both ("within 3
 * months ... and thereafter every three months", its first the deadline).  The
 * one place occurrences and calendar feeds take their dates from.
 */
struct rules_timing;
void ingest_timing(const char *due, const char *every, const char *anchor, const char *first,
                   const char *until, const char *day, cal_day issued, struct rules_timing *t,
                   cal_day *horizon);

/*
 * Correct or confirm a field of an instrument (review.c).  field is one of
 * "kind", "date", "title", "council", "confirm" (value ignored: the record
 * as extracted is right), or "obligation.REF.FIELD" with FIELD one of
 * bearer, to, kind, due_date, every, anchor, first.  The extracted value
 * is kept beside the correction with who and when; dependent occurrences
 * and revocations are recomputed.  When every warning has been answered by
 * a confirmation, the instrument's status becomes "reviewed".
 */
int ingest_correct(struct store *s, const char *sha256, const char *field, const char *value,
		   struct err *e);

#endif
