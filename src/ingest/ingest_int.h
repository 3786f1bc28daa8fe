/*
 * ingest_int.h: what the files of src/ingest/ share (not for other
 * subsystems; they use ingest.h).
 */
#ifndef OVERSIGHT_INGEST_INT_H
#define OVERSIGHT_INGEST_INT_H

#include <jansson.h>

#include "../store/store.h"

/* A record's string value of key: a string, or an object's "value"/"name". */
const char *ingest_jstr(json_t *o, const char *key);
/* Record the revocations record rec (instrument sha) states (lifecycle.c). */
int ingest_revocations_put(struct store *s, const char *sha, json_t *rec, int council,
			   struct err *e);

/* Reconcile the occurrences of every instrument of council (occur.c). */
int ingest_council_occurrences(struct store *s, int council, struct err *e);

#endif
