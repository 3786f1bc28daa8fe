/*
 * facts_int.h: what the fact extractors (facts.c, facts_events.c) share
 * inside the reader; not for other modules.
 */
#ifndef OVERSIGHT_READ_FACTS_INT_H
#define OVERSIGHT_READ_FACTS_INT_H

#include "facts.h"

/* "YYYY-MM-DD" as a JSON string. */
json_t *facts_jdate(cal_day d);
/* t[s, e) with white space folded and a converter's bullets dropped. */
json_t *facts_text(const struct read_ctx *c, size_t s, size_t e);

void facts_find_events(struct read_ctx *c, json_t *rec);
void facts_find_judgements(struct read_ctx *c, json_t *rec);

#endif
