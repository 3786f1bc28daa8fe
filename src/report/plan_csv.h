/*
 * plan_csv.h: an improvement plan as one CSV sheet (doc/plan-csv.md), the
 * layout councils keep in their spreadsheets: `oversight plan import` reads
 * it, `oversight plan export` writes it, and export then import gives the
 * same plan.
 *
 * Every row is one record: its first column, `record`, says which (plan,
 * owner, objective, action, measure, value, update) and the other columns
 * are used as the record's kind needs (the table in doc/plan-csv.md).
 * Reading checks the header (every column present, none unknown), dates,
 * months, numbers, the vocabulary (status, RAG, direction, Ofsted area),
 * and every reference (an action's objective and owner, a value's
 * measure, an update's action); the first fault is an ERR_DATA naming the
 * row and column.  The council is returned as written: the caller resolves
 * it in the register (and reports it at council_row).
 *
 * Ownership: the plan's arrays and strings live in the arena passed in.
 */
#ifndef OVERSIGHT_REPORT_PLAN_CSV_H
#define OVERSIGHT_REPORT_PLAN_CSV_H

#include "../base/arena.h"
#include "../base/strbuf.h"
#include "../store/store.h"

struct plan_csv_in {
	struct store_plan plan; /* council 0: see council below */
	const char *council;    /* the council's name as written */
	long council_row;       /* the row it is on (column "council") */
};

/* Parse buf[0..len) into in (strings in a).  -1 with ERR_DATA "row R, column C: ...". */
int plan_csv_read(const char *buf, size_t len, struct arena *a, struct plan_csv_in *in,
		  struct err *e);

/* Write plan p of council_name in the same layout (CRLF records). */
void plan_csv_write(struct strbuf *out, const struct store_plan *p, const char *council_name);

#endif
