/*
 * records.c: documents (original bytes, content-addressed), instrument
 * records and the rows they create, evidence, and hand-entered events.
 *
 * store_instrument_put() takes the reader's JSON record
 * ("oversight.instrument/1", see the issue 3 contract) and stores it
 * verbatim in instruments.record plus normalised rows: events, judgements,
 * appointments and obligations (with their due date or recurrence words).
 * Occurrences are not expanded here: that is the rules stage's job once
 * ingest runs (doc/internals/store.md).  Status is "needs_review" when the
 * record carries warnings.  Every put is idempotent on its natural key, and
 * every change appends one audit entry.  Callers own the transaction.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/sha256.h"
#include "store.h"

int store_document_put(struct store *s, const char *name, const void *data, size_t len,
		       char hex[65], struct err *e)
{
	int64_t have = 0;
	char after[512];

	sha256_hex(data, len, hex);
	{
		struct store_val k[] = {sv_text(hex)};
		if (store_query_int(s, "SELECT count(*) FROM documents WHERE sha256 = ?", k, 1, 0,
				    &have, e) < 0)
			return -1;
	}
	if (have)
		return 0;
	{
		struct store_val p[] = {sv_text(hex), sv_text(name), sv_int((int64_t)len),
					sv_blob(data, len)};
		if (store_exec(s, "INSERT INTO documents (sha256, name, bytes, content) VALUES "
			       "(?, ?, ?, ?)", p, 4, e) < 0)
			return -1;
	}
	{
		json_t *o = json_pack("{s:s, s:s?, s:I}", "sha256", hex, "name", name, "bytes",
				      (json_int_t)len);
		char *j = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
		snprintf(after, sizeof after, "%s", j ? j : "{}");
		free(j);
		json_decref(o);
	}
	{
		char subject[80];
		snprintf(subject, sizeof subject, "document:%s", hex);
		return store_audit_append(s, "document.add", subject, NULL, after, e);
	}
}

struct blob_out {
	unsigned char *data;
	size_t len;
	bool found;
};

static int blob_row(void *ctx, const struct store_val *c, int n)
{
	struct blob_out *b = ctx;
	if (n < 1 || (c[0].t != SV_BLOB && c[0].t != SV_TEXT))
		return 1;
	b->data = malloc(c[0].n + 1);
	if (b->data) {
		memcpy(b->data, c[0].s, c[0].n);
		b->len = c[0].n;
	}
	b->found = true;
	return 1;
}

int store_document_get(struct store *s, const char *hex, unsigned char **data, size_t *len,
		       struct err *e)
{
	struct blob_out b = {0};
	struct store_val k[] = {sv_text(hex)};

	if (store_query(s, "SELECT content FROM documents WHERE sha256 = ?", k, 1, blob_row, &b,
			e) < 0)
		return -1;
	if (!b.found)
		return err_set(e, ERR_NOINPUT, "no document '%s' in the register", hex);
	if (!b.data)
		return err_set(e, ERR_INTERNAL, "out of memory");
	*data = b.data;
	*len = b.len;
	return 0;
}

static const char *jstr(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_object(v)) /* {value, span} or {name, span} */
		v = json_object_get(v, json_object_get(v, "value") ? "value" : "name");
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static int put_children(struct store *s, const char *sha, int council, json_t *rec,
			struct err *e)
{
	size_t i;
	json_t *x;
	int64_t id;
	struct store_val cv = council > 0 ? sv_int(council) : sv_null();

	json_array_foreach(json_object_get(rec, "events"), i, x) {
		if (store_next_id(s, "events", &id, e) < 0)
			return -1;
		struct store_val p[] = {sv_int(id), cv, sv_text(sha), sv_text(jstr(x, "kind")),
					sv_text(jstr(x, "date")), sv_text(jstr(x, "end_date")),
					sv_text(jstr(x, "detail"))};
		if (!p[3].s)
			return err_set(e, ERR_DATA, "instrument %s: event %zu has no kind", sha, i);
		if (store_exec(s, "INSERT INTO events (id, council, instrument, kind, date, "
			       "end_date, detail) VALUES (?, ?, ?, ?, ?, ?, ?)", p, 7, e) < 0)
			return -1;
	}
	json_array_foreach(json_object_get(rec, "judgements"), i, x) {
		if (council <= 0)
			break;
		if (store_next_id(s, "judgements", &id, e) < 0)
			return -1;
		struct store_val p[] = {sv_int(id), sv_text(jstr(x, "area")),
					sv_text(jstr(x, "grade")), sv_text(jstr(x, "report_date")),
					cv, sv_text(sha)};
		if (!p[1].s || !p[2].s)
			return err_set(e, ERR_DATA, "instrument %s: judgement %zu lacks area or grade",
				       sha, i);
		if (store_exec(s, "INSERT INTO judgements (id, area, grade, report_date, council, "
			       "instrument) VALUES (?, ?, ?, ?, ?, ?)", p, 6, e) < 0)
			return -1;
	}
	json_array_foreach(json_object_get(rec, "appointments"), i, x) {
		if (store_next_id(s, "appointments", &id, e) < 0)
			return -1;
		struct store_val p[] = {sv_int(id), cv, sv_text(sha), sv_text(jstr(x, "person")),
					sv_text(jstr(x, "honours")), sv_text(jstr(x, "role")),
					sv_text(jstr(rec, "date"))};
		if (!p[3].s)
			return err_set(e, ERR_DATA, "instrument %s: appointment %zu has no person",
				       sha, i);
		if (store_exec(s, "INSERT INTO appointments (id, council, instrument, person, "
			       "honours, role, date) VALUES (?, ?, ?, ?, ?, ?, ?)", p, 7, e) < 0)
			return -1;
	}
	json_array_foreach(json_object_get(rec, "obligations"), i, x) {
		json_t *due = json_object_get(x, "due"), *rc = json_object_get(x, "recurrence");
		if (store_next_id(s, "obligations", &id, e) < 0)
			return -1;
		struct store_val p[] = {
			sv_int(id), sv_text(sha), sv_text(jstr(x, "id")), sv_text(jstr(x, "clause")),
			sv_text(jstr(x, "bearer")), sv_text(jstr(x, "to")), sv_text(jstr(x, "action")),
			sv_text(jstr(x, "kind")), sv_text(due ? jstr(due, "date") : NULL),
			sv_text(due ? jstr(due, "rule") : NULL),
			sv_text(rc ? jstr(rc, "every") : NULL),
			sv_text(rc ? jstr(rc, "anchor") : due ? jstr(due, "anchor") : NULL),
			sv_text(rc ? jstr(rc, "until") : NULL), sv_text(jstr(x, "condition")),
			sv_text(due ? jstr(due, "derivation") : NULL),
			sv_text(rc ? jstr(rc, "first") : NULL),
			sv_text(rc ? jstr(rc, "day") : NULL)};
		if (!p[2].s || !p[7].s)
			return err_set(e, ERR_DATA, "instrument %s: obligation %zu lacks id or kind",
				       sha, i);
		if (store_exec(s, "INSERT INTO obligations (id, instrument, ref, clause, bearer, "
			       "to_party, action, kind, due_date, due_rule, every, anchor, until, "
			       "condition, derivation, first, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
			       "?, ?, ?, ?, ?, ?, ?, ?, ?)", p, 17, e) < 0)
			return -1;
	}
	return 0;
}

int store_instrument_put(struct store *s, const char *sha256, const char *json, int council,
			 int *added, struct err *e)
{
	json_error_t je;
	json_t *rec = json_loads(json, JSON_REJECT_DUPLICATES, &je), *w;
	int64_t have = 0;
	int rc = -1;
	char subject[80];

	*added = 0;
	if (!json_is_object(rec)) {
		json_decref(rec);
		return err_set(e, ERR_DATA, "instrument record is not a JSON object (line %d: %s)",
			       je.line, je.text);
	}
	if (!jstr(rec, "schema") || strncmp(jstr(rec, "schema"), "oversight.instrument/", 21)) {
		rc = err_set(e, ERR_DATA, "instrument record has no schema "
			     "\"oversight.instrument/1\"");
		goto out;
	}
	{
		struct store_val k[] = {sv_text(sha256)};
		if (store_query_int(s, "SELECT count(*) FROM instruments WHERE sha256 = ?", k, 1, 0,
				    &have, e) < 0)
			goto out;
	}
	if (have) {
		rc = 0;
		goto out;
	}
	w = json_object_get(rec, "warnings");
	{
		struct store_val p[] = {sv_text(sha256), council > 0 ? sv_int(council) : sv_null(),
					sv_text(jstr(rec, "kind") ? jstr(rec, "kind") : "unknown"),
					sv_text(jstr(rec, "date")), sv_text(jstr(rec, "title")),
					sv_text(json_array_size(w) ? "needs_review" : "ok"),
					sv_text(json)};
		if (store_exec(s, "INSERT INTO instruments (sha256, council, kind, date, title, "
			       "status, record) VALUES (?, ?, ?, ?, ?, ?, ?)", p, 7, e) < 0)
			goto out;
	}
	if (put_children(s, sha256, council, rec, e) < 0)
		goto out;
	snprintf(subject, sizeof subject, "instrument:%s", sha256);
	if (store_audit_append(s, "instrument.add", subject, NULL, json, e) < 0)
		goto out;
	*added = 1;
	rc = 0;
out:
	json_decref(rec);
	return rc;
}

int store_evidence_put(struct store *s, int64_t occurrence, const char *date, const char *note,
		       const char *doc_sha, int64_t *id, struct err *e)
{
	int64_t have = 0, seq = 0;
	struct store_val o[] = {sv_int(occurrence)};
	char subject[64];

	if (store_query_int(s, "SELECT count(*) FROM occurrences WHERE id = ?", o, 1, 0, &have,
			    e) < 0)
		return -1;
	if (!have)
		return err_set(e, ERR_DATA, "no occurrence %lld in the register",
			       (long long)occurrence);
	if (store_next_id(s, "evidence", id, e) < 0 ||
	    store_query_int(s, "SELECT max(seq) FROM audit", NULL, 0, 0, &seq, e) < 0)
		return -1;
	{
		struct store_val p[] = {sv_int(*id), sv_int(occurrence), sv_text(date), sv_text(note),
					sv_text(doc_sha), sv_int(seq + 1)};
		if (store_exec(s, "INSERT INTO evidence (id, occurrence, date, note, document, "
			       "audit_seq) VALUES (?, ?, ?, ?, ?, ?)", p, 6, e) < 0)
			return -1;
	}
	{
		/* occurrences.met_on: the earliest evidence, for the views (schema v5) */
		struct store_val p[] = {sv_text(date), sv_text(date), sv_int(occurrence)};
		if (store_exec(s, "UPDATE occurrences SET met_on = ? WHERE (met_on IS NULL OR met_on "
			       "> ?) AND id = ?", p, 3, e) < 0)
			return -1;
	}
	{
		json_t *j = json_pack("{s:I, s:I, s:s, s:s?, s:s?}", "id", (json_int_t)*id,
				      "occurrence", (json_int_t)occurrence, "date", date, "note",
				      note, "document", doc_sha);
		char *after = j ? json_dumps(j, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
		int rc;
		json_decref(j);
		if (!after)
			return err_set(e, ERR_INTERNAL, "out of memory");
		snprintf(subject, sizeof subject, "evidence:%lld", (long long)*id);
		rc = store_audit_append(s, "evidence.add", subject, NULL, after, e);
		free(after);
		return rc;
	}
}

int store_event_put(struct store *s, int council, const char *kind, const char *date,
		    const char *detail, int64_t *id, struct err *e)
{
	char subject[64];

	if (store_next_id(s, "events", id, e) < 0)
		return -1;
	{
		struct store_val p[] = {sv_int(*id), sv_int(council), sv_text(kind), sv_text(date),
					sv_text(detail)};
		if (store_exec(s, "INSERT INTO events (id, council, kind, date, detail) VALUES "
			       "(?, ?, ?, ?, ?)", p, 5, e) < 0)
			return -1;
	}
	{
		json_t *j = json_pack("{s:I, s:i, s:s, s:s?, s:s?}", "id", (json_int_t)*id,
				      "council", council, "kind", kind, "date", date, "detail",
				      detail);
		char *after = j ? json_dumps(j, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
		int rc;
		json_decref(j);
		if (!after)
			return err_set(e, ERR_INTERNAL, "out of memory");
		snprintf(subject, sizeof subject, "event:%lld", (long long)*id);
		rc = store_audit_append(s, "event.add", subject, NULL, after, e);
		free(after);
		return rc;
	}
}
