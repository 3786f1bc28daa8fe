/*
 * plan_report.h: the reports the regime asks for, written from the
 * register (doc/internals/plans.md, "Reports"):
 *
 *   board      to each improvement board meeting: plan progress, RAG
 *              summary, objectives slow to progress, measures with trend
 *              charts, obligations met and missed in the period, meetings
 *   minister   written update to the Minister: stage, progress, risks,
 *              next steps
 *   highlight  six-weekly highlight report: what changed, RAG, what is slow,
 *              what is due next
 *   review     DfE review pack: everything since the last review
 *   national   for DfE: councils by stage and judgement, overdue duties,
 *              time in intervention
 *
 * Each is written once on a struct doc (doc.h), so HTML and Markdown come
 * from the same calls; every table is also handed to a callback, which is
 * how CSV for every table is made.  Pure over the store and the request:
 * "as of" is an input, never the clock, and what is dated after it is not
 * seen.
 */
#ifndef OVERSIGHT_REPORT_PLAN_REPORT_H
#define OVERSIGHT_REPORT_PLAN_REPORT_H

#include "../cal/date.h"
#include "../store/store.h"
#include "doc.h"

enum report_kind { REPORT_BOARD, REPORT_MINISTER, REPORT_HIGHLIGHT, REPORT_REVIEW, REPORT_NATIONAL };

/* "board", "minister", ... -> kind; false if unknown. */
bool report_kind_parse(const char *s, enum report_kind *k);
const char *report_kind_name(enum report_kind k);
/* The period a report covers by default, back from as_of ("P1M", "P3M", "P6W"), or NULL
 * (review: since the last DfE review; national: a date, not a period). */
const char *report_default_period(enum report_kind k);

struct report_req {
	enum report_kind kind;
	int council;      /* 0 for national */
	cal_day as_of;    /* the report's date: the end of the period */
	cal_day from;       /* the period's first day; -1: from period, or the kind's default */
	const char *period; /* how far back from as_of ("P6W"), or NULL */
};

/* Called with each table of the report, in order, with a short file-safe name. */
typedef int (*report_table_fn)(void *ctx, const char *name, const struct table *t);

/*
 * Write report r in format f to out; each table also goes to fn (may be NULL).  ERR_DATA
 * when the council has no plan (every kind but national).
 */
int report_build(struct store *s, const struct report_req *r, enum doc_format f,
		 struct strbuf *out, report_table_fn fn, void *ctx, struct err *e);

#endif
