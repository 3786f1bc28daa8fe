/*
 * ingest.c: one document through the pipeline (see ingest.h): read it,
 * find its council, store bytes + record + rows, record its revocations,
 * resolve what can now be resolved, and expand its occurrences.
 *
 * The council is the name the reader found, resolved by the register's
 * name matching on the instrument's date (so "Dorset" means the council in
 * being then).  An instrument with no council or an unknown one is refused:
 * a register row that belongs to no council would be invisible to every
 * view.  A record the reader warned about is stored with status
 * "needs_review" and still counts; `oversight review` settles it.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../read/read.h"
#include "ingest.h"
#include "ingest_int.h"

static void copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src ? src : "");
}

/* The record's value of key: a string, or an object's "value"/"name". */
const char *ingest_jstr(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_object(v))
		v = json_object_get(v, json_object_get(v, "value") ? "value" : "name");
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static int council_name(struct store *s, int code, char *out, size_t n, struct err *e)
{
	struct store_val k[] = {sv_int(code)};
	return store_query_text(s, "SELECT name FROM councils WHERE code = ?", k, 1, out, n, e);
}

/* Store the record for document sha (already stored) and run the lifecycle. */
static int put_record(struct store *s, const char *sha, json_t *rec, struct ingest_result *r,
		      struct err *e)
{
	const char *cname = ingest_jstr(rec, "council"), *date = ingest_jstr(rec, "date");
	char *json = NULL;
	int added = 0, rc = -1;

	copy(r->sha256, sizeof r->sha256, sha);
	copy(r->kind, sizeof r->kind, ingest_jstr(rec, "kind"));
	copy(r->date, sizeof r->date, date);
	r->needs_review = json_array_size(json_object_get(rec, "warnings")) > 0;
	r->obligations = (int)json_array_size(json_object_get(rec, "obligations"));
	r->revocations = (int)json_array_size(json_object_get(rec, "revokes"));
	if (!date)
		return err_set(e, ERR_DATA, "no date of issue found: enter the instrument with "
			       "`oversight record instrument` or correct it by hand");
	if (!cname)
		return err_set(e, ERR_DATA, "no council named in the instrument");
	if (store_council_find(s, cname, date, &r->council_code, e) < 0 ||
	    council_name(s, r->council_code, r->council, sizeof r->council, e) < 0)
		return -1;
	if (!(json = json_dumps(rec, JSON_PRESERVE_ORDER | JSON_COMPACT)))
		return err_set(e, ERR_INTERNAL, "out of memory");
	if (store_instrument_put(s, sha, json, r->council_code, &added, e) < 0)
		goto out;
	r->added = added;
	if (added && ingest_revocations_put(s, sha, rec, r->council_code, e) < 0)
		goto out;
	if (ingest_resolve(s, r->council_code, &r->resolved, e) < 0 ||
	    ingest_occurrences(s, sha, &r->occurrences, e) < 0)
		goto out;
	rc = 0;
out:
	free(json);
	return rc;
}

int ingest_document(struct store *s, const char *name, const unsigned char *bytes, size_t len,
		    struct ingest_result *r, struct err *e)
{
	struct read_input in = {bytes, len, name, READ_AUTO};
	json_t *rec;
	char hex[65];
	int rc;

	memset(r, 0, sizeof *r);
	if (!(rec = read_document(&in, NULL, NULL, e)))
		return -1;
	if (store_document_put(s, name, bytes, len, hex, e) < 0) {
		json_decref(rec);
		return -1;
	}
	rc = put_record(s, hex, rec, r, e);
	json_decref(rec);
	return rc;
}

int ingest_record(struct store *s, const char *json, struct ingest_result *r, struct err *e)
{
	json_error_t je;
	json_t *rec = json_loads(json, JSON_REJECT_DUPLICATES, &je);
	char hex[65];
	int rc;

	memset(r, 0, sizeof *r);
	if (!json_is_object(rec)) {
		json_decref(rec);
		return err_set(e, ERR_DATA, "the record is not a JSON object (line %d: %s)", je.line,
			       je.text);
	}
	if (store_document_put(s, "(entered by hand)", json, strlen(json), hex, e) < 0) {
		json_decref(rec);
		return -1;
	}
	rc = put_record(s, hex, rec, r, e);
	json_decref(rec);
	return rc;
}
