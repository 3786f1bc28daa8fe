/*
 * review.c: a person's confirmation or correction of what the reader
 * extracted.  The record as read stays untouched in instruments.record; a
 * correction changes the normalised row the views use and is kept in the
 * corrections table beside the extracted value, with who and when (and in
 * the audit log, before and after).  What depends on the corrected field is
 * recomputed: occurrences for a date or a timing, the lifecycle for a
 * council or a date.  "confirm" (or any correction) marks the instrument
 * "reviewed".
 */
#include "../base/compat.h"

#include "../cal/period.h"
#include "ingest.h"
#include "ingest_int.h"

/* Obligation fields a person may correct, and their columns. */
static const struct {
	const char *field, *column;
} obligation_fields[] = {
	{"bearer", "bearer"}, {"to", "to_party"}, {"kind", "kind"},     {"due_date", "due_date"},
	{"every", "every"},   {"anchor", "anchor"}, {"first", "first"},
};

static const char *const obligation_kinds[] = {"deadline", "recurring", "standing", "event",
					       "conditional"};
static const char *const instrument_kinds[] = {"direction", "improvement_notice", "letter",
					       "unknown"};

static bool one_of(const char *v, const char *const *set, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!strcmp(v, set[i]))
			return true;
	return false;
}

static int check_value(const char *what, const char *col, const char *v, struct err *e)
{
	cal_day d;
	struct cal_period p;

	if (!strcmp(col, "date") || !strcmp(col, "due_date") || !strcmp(col, "first"))
		return cal_parse_iso(strv_of(v), &d, e) < 0
			       ? err_set(e, ERR_DATA, "%s: '%s' is not a date (YYYY-MM-DD)", what, v)
			       : 0;
	if (!strcmp(col, "every"))
		return cal_period_parse(strv_of(v), &p, e) < 0
			       ? err_set(e, ERR_DATA, "%s: '%s' is not a period (P3M, '6 weeks')",
					 what, v)
			       : 0;
	if (!strcmp(col, "anchor") && strcmp(v, "instrument_date") &&
	    cal_parse_iso(strv_of(v), &d, e) < 0)
		return err_set(e, ERR_DATA, "%s: anchor must be instrument_date or a date, not '%s'",
			       what, v);
	return 0;
}

static int log_correction(struct store *s, const char *sha, const char *field,
			  const char *extracted, const char *value, struct err *e)
{
	int64_t id;
	char subject[80];
	json_t *b = json_pack("{s:s?}", field, extracted), *a = json_pack("{s:s?}", field, value);
	char *before = b ? json_dumps(b, JSON_COMPACT) : NULL;
	char *after = a ? json_dumps(a, JSON_COMPACT) : NULL;
	int rc = -1;

	if (!before || !after) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	if (store_query_int(s, "SELECT max(id) FROM corrections", NULL, 0, 0, &id, e) < 0)
		goto out;
	{
		struct store_val p[] = {sv_int(id + 1), sv_text(sha), sv_text(field),
					sv_text(extracted), sv_text(value), sv_text(s->who),
					sv_text(s->today)};
		if (store_exec(s, "INSERT INTO corrections (id, instrument, field, extracted, value, "
			       "who, at) VALUES (?, ?, ?, ?, ?, ?, ?)", p, 7, e) < 0)
			goto out;
	}
	{
		struct store_val p[] = {sv_text(sha)};
		if (store_exec(s, "UPDATE instruments SET status = 'reviewed' WHERE sha256 = ?", p, 1,
			       e) < 0)
			goto out;
	}
	snprintf(subject, sizeof subject, "instrument:%s", sha);
	rc = store_audit_append(s, "instrument.correct", subject, before, after, e);
out:
	free(before);
	free(after);
	json_decref(a);
	json_decref(b);
	return rc;
}

static int council_of(struct store *s, const char *sha, int *code, struct err *e)
{
	int64_t c;
	struct store_val k[] = {sv_text(sha)};
	if (store_query_int(s, "SELECT council FROM instruments WHERE sha256 = ?", k, 1, 0, &c,
			    e) < 0)
		return -1;
	*code = (int)c;
	return 0;
}

/* The instrument's date changed: its revocations take effect on the new
 * date, and what it had ended ends then instead. */
static int redate(struct store *s, const char *sha, const char *date, struct err *e)
{
	struct store_val p[] = {sv_text(date), sv_text(sha)};
	int code, n;

	if (store_exec(s, "UPDATE revocations SET on_date = ?, target = NULL WHERE "
		       "by_instrument = ?", p, 2, e) < 0 ||
	    store_exec(s, "UPDATE instruments SET ended_on = NULL, ended_by = NULL WHERE "
		       "ended_by = ?", p + 1, 1, e) < 0 ||
	    council_of(s, sha, &code, e) < 0)
		return -1;
	/* Everything this one had ended is open again until resolved anew. */
	if (store_exec(s, "UPDATE revocations SET target = NULL WHERE council = ?",
		       (struct store_val[]){sv_int(code)}, 1, e) < 0 ||
	    store_exec(s, "UPDATE instruments SET ended_on = NULL, ended_by = NULL WHERE "
		       "council = ? AND ended_by IS NOT NULL", (struct store_val[]){sv_int(code)},
		       1, e) < 0)
		return -1;
	return ingest_resolve(s, code, &n, e) < 0 ? -1 : ingest_council_occurrences(s, code, e);
}

static int correct_instrument(struct store *s, const char *sha, const char *field,
			      const char *value, struct err *e)
{
	char old[512], sql[128];
	struct store_val k[] = {sv_text(sha)};
	int code = 0, n;

	if (!strcmp(field, "kind") && !one_of(value, instrument_kinds, ARRAY_SIZE(instrument_kinds)))
		return err_set(e, ERR_DATA, "kind: '%s' is not direction, improvement_notice, "
			       "letter or unknown", value);
	if (check_value(field, field, value, e) < 0)
		return -1;
	if (!strcmp(field, "council")) {
		char date[16];
		if (store_query_text(s, "SELECT date FROM instruments WHERE sha256 = ?", k, 1, date,
				     sizeof date, e) < 0 ||
		    store_council_find(s, value, date[0] ? date : NULL, &code, e) < 0)
			return -1;
		snprintf(old, sizeof old, "%d", 0);
		{
			int64_t c;
			if (store_query_int(s, "SELECT council FROM instruments WHERE sha256 = ?", k,
					    1, 0, &c, e) < 0)
				return -1;
			snprintf(old, sizeof old, "%lld", (long long)c);
		}
		{
			static const char *const tables[] = {"events", "appointments", "judgements"};
			struct store_val p[] = {sv_int(code), sv_text(sha)};
			size_t i;
			if (store_exec(s, "UPDATE instruments SET council = ? WHERE sha256 = ?", p, 2,
				       e) < 0 ||
			    store_exec(s, "UPDATE revocations SET council = ? WHERE by_instrument = ?",
				       p, 2, e) < 0)
				return -1;
			for (i = 0; i < ARRAY_SIZE(tables); i++) {
				snprintf(sql, sizeof sql,
					 "UPDATE %s SET council = ? WHERE instrument = ?", tables[i]);
				if (store_exec(s, sql, p, 2, e) < 0)
					return -1;
			}
		}
		char val[16];
		snprintf(val, sizeof val, "%d", code);
		return ingest_resolve(s, code, &n, e) < 0 ? -1
							   : log_correction(s, sha, field, old, val, e);
	}
	snprintf(sql, sizeof sql, "SELECT %s FROM instruments WHERE sha256 = ?", field);
	if (store_query_text(s, sql, k, 1, old, sizeof old, e) < 0)
		return -1;
	snprintf(sql, sizeof sql, "UPDATE instruments SET %s = ? WHERE sha256 = ?", field);
	{
		struct store_val p[] = {sv_text(value), sv_text(sha)};
		if (store_exec(s, sql, p, 2, e) < 0)
			return -1;
	}
	if (!strcmp(field, "date") && (redate(s, sha, value, e) < 0 ||
				       ingest_occurrences(s, sha, NULL, e) < 0))
		return -1;
	return log_correction(s, sha, field, old[0] ? old : NULL, value, e);
}

static int correct_obligation(struct store *s, const char *sha, const char *field,
			      const char *value, struct err *e)
{
	/* "obligation.REF.FIELD": REF may itself contain dots (7.g/2, annex.3.h). */
	const char *ref = field + strlen("obligation."), *dot = strrchr(ref, '.');
	char refbuf[64], sql[160], old[512];
	const char *col = NULL;
	size_t i;
	int64_t have;

	if (!dot || dot == ref || (size_t)(dot - ref) >= sizeof refbuf)
		return err_set(e, ERR_USAGE, "'%s': write obligation.REF.FIELD, e.g. "
			       "obligation.7.e.due_date", field);
	memcpy(refbuf, ref, (size_t)(dot - ref));
	refbuf[dot - ref] = '\0';
	for (i = 0; i < ARRAY_SIZE(obligation_fields); i++)
		if (!strcmp(dot + 1, obligation_fields[i].field))
			col = obligation_fields[i].column;
	if (!col)
		return err_set(e, ERR_USAGE, "'%s': an obligation's bearer, to, kind, due_date, "
			       "every, anchor or first can be corrected", dot + 1);
	if (!strcmp(col, "kind") && !one_of(value, obligation_kinds, ARRAY_SIZE(obligation_kinds)))
		return err_set(e, ERR_DATA, "kind: '%s' is not deadline, recurring, standing, event "
			       "or conditional", value);
	if (check_value(field, col, value, e) < 0)
		return -1;
	{
		struct store_val k[] = {sv_text(sha), sv_text(refbuf)};
		if (store_query_int(s, "SELECT count(*) FROM obligations WHERE instrument = ? AND "
				    "ref = ?", k, 2, 0, &have, e) < 0)
			return -1;
		if (!have)
			return err_set(e, ERR_DATA, "the instrument has no obligation '%s'", refbuf);
		snprintf(sql, sizeof sql, "SELECT %s FROM obligations WHERE instrument = ? AND "
			 "ref = ?", col);
		if (store_query_text(s, sql, k, 2, old, sizeof old, e) < 0)
			return -1;
	}
	snprintf(sql, sizeof sql, "UPDATE obligations SET %s = ? WHERE instrument = ? AND ref = ?",
		 col);
	{
		struct store_val p[] = {sv_text(value), sv_text(sha), sv_text(refbuf)};
		if (store_exec(s, sql, p, 3, e) < 0)
			return -1;
	}
	return ingest_occurrences(s, sha, NULL, e) < 0
		       ? -1
		       : log_correction(s, sha, field, old[0] ? old : NULL, value, e);
}

int ingest_correct(struct store *s, const char *sha256, const char *field, const char *value,
		   struct err *e)
{
	int64_t have;
	struct store_val k[] = {sv_text(sha256)};

	if (store_query_int(s, "SELECT count(*) FROM instruments WHERE sha256 = ?", k, 1, 0, &have,
			    e) < 0)
		return -1;
	if (!have)
		return err_set(e, ERR_DATA, "no instrument '%s' in the register", sha256);
	if (!strcmp(field, "confirm"))
		return log_correction(s, sha256, "confirm", NULL, NULL, e);
	if (!strncmp(field, "obligation.", 11))
		return correct_obligation(s, sha256, field, value, e);
	if (!strcmp(field, "kind") || !strcmp(field, "date") || !strcmp(field, "title") ||
	    !strcmp(field, "council"))
		return correct_instrument(s, sha256, field, value, e);
	return err_set(e, ERR_USAGE, "'%s' cannot be corrected: kind, date, title, council, "
		       "obligation.REF.FIELD or confirm", field);
}
