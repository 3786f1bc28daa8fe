/*
 * duties.h: the pieces the duty pages and the duty API share
 * (api_duties.c): a council from the path that the caller may see, dates
 * from the query, "as of" for the request, one occurrence found and
 * checked, its JSON with evidence, and evidence recorded as the caller.
 * Each returns -1 with the reply (a 4xx problem) already set, so a handler
 * only returns.
 */
#ifndef OVERSIGHT_WEB_DUTIES_H
#define OVERSIGHT_WEB_DUTIES_H

#include <jansson.h>

#include "../cal/date.h"
#include "../store/store.h"
#include "web.h"

/* Path parameter {code}: a council the caller may see (400, 403). */
int web_council_of(struct web_req *rq, int *code);
/* Query parameter name as a date, def if absent (400 if malformed). */
int web_date_of(struct web_req *rq, const char *name, cal_day def, cal_day *out);
/* "As of" for this request (?as_of=, serve --as-of, the clock). */
int web_as_of_day(struct web_req *rq, cal_day *out);
/* Path parameter {id}: an occurrence of a council the caller may see (400; 404 for one
 * that is missing or not the caller's, alike). */
int web_occurrence_of(struct web_req *rq, struct store *s, int64_t *id, int *council,
		      cal_day *due);
/* The occurrence as `oversight due --json` shows it, plus "evidence": [...]; NULL with e. */
json_t *web_occurrence_json(struct store *s, int64_t id, int council, cal_day due, cal_day as_of,
			    struct err *e);
/* Record evidence (date, note, an optional attached document) in one audited
 * transaction as the caller (400 bad date, 422 refused). */
int web_evidence_add(struct web_req *rq, struct store *s, int64_t occ, const char *date,
		     const char *note, const char *doc_name, const void *bytes, size_t len,
		     int64_t *evidence);

#endif
