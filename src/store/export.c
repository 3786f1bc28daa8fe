/*
 * export.c: the whole register as one JSON document, and restoring it.
 *
 * The format (doc/export-format.md): {"format": "oversight.export/1",
 * "schema_version": N, "tables": {name: [row, ...], ...}} with the tables
 * in schema_tables order (parents before children), each row an object
 * whose keys are the columns in schema order, rows ordered by the table's
 * key, NULL as null, integers as numbers, bytes as lower-case hex.  The
 * output depends only on the rows, never on the backend, so an export from
 * SQLite imported into PostgreSQL exports the same bytes.
 *
 * Import restores into an empty database of the same schema version in one
 * transaction: the rows go in verbatim, the audit log included (import adds
 * no entry of its own, so the restored log is the original), and the audit
 * chain must verify before the transaction commits.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/strbuf.h"
#include "schema.h"
#include "store.h"

#define EXPORT_FORMAT "oversight.export/1"

struct dump {
	const struct schema_table *t;
	json_t *rows;
	int fail;
};

static json_t *hex_of(const struct store_val *v)
{
	static const char digits[] = "0123456789abcdef";
	char *h = malloc(v->n * 2 + 1);
	json_t *j;
	size_t i;

	if (!h)
		return NULL;
	for (i = 0; i < v->n; i++) {
		h[2 * i] = digits[(unsigned char)v->s[i] >> 4];
		h[2 * i + 1] = digits[(unsigned char)v->s[i] & 15];
	}
	h[2 * v->n] = 0;
	j = json_stringn(h, v->n * 2);
	free(h);
	return j;
}

static int dump_row(void *ctx, const struct store_val *c, int n)
{
	struct dump *d = ctx;
	json_t *o = json_object();
	int i;

	for (i = 0; o && i < n && d->t->cols[i].name; i++) {
		json_t *v;
		switch (c[i].t) {
		case SV_NULL: v = json_null(); break;
		case SV_INT:
			v = d->t->cols[i].type == SV_TEXT ? NULL : json_integer(c[i].i);
			if (!v) {
				char num[24];
				snprintf(num, sizeof num, "%lld", (long long)c[i].i);
				v = json_string(num);
			}
			break;
		case SV_BLOB: v = hex_of(&c[i]); break;
		default:
			v = d->t->cols[i].type == SV_INT ? json_integer(strtoll(c[i].s, NULL, 10))
							 : json_stringn(c[i].s, c[i].n);
			break;
		}
		if (!v || json_object_set_new(o, d->t->cols[i].name, v) < 0) {
			d->fail = 1;
			break;
		}
	}
	if (!o || json_array_append_new(d->rows, o) < 0)
		d->fail = 1;
	return d->fail;
}

char *store_export(struct store *s, struct err *e)
{
	json_t *root = json_pack("{s:s, s:i, s:o}", "format", EXPORT_FORMAT, "schema_version",
				 s->version, "tables", json_object()), *tables;
	char *out = NULL;
	size_t i, k;

	if (!root)
		goto oom;
	if (s->version != STORE_SCHEMA_VERSION) {
		json_decref(root);
		err_set(e, ERR_DATA, "database is at schema version %d: migrate it first", s->version);
		return NULL;
	}
	tables = json_object_get(root, "tables");
	for (i = 0; i < schema_tables_len; i++) {
		const struct schema_table *t = &schema_tables[i];
		struct strbuf sql = STRBUF_INIT;
		struct dump d = {t, json_array(), 0};
		int rc;

		strbuf_adds(&sql, "SELECT ");
		for (k = 0; t->cols[k].name; k++)
			strbuf_addf(&sql, "%s%s", k ? ", " : "", t->cols[k].name);
		strbuf_addf(&sql, " FROM %s ORDER BY %s", t->name, t->order);
		rc = d.rows && !sql.failed ? store_query(s, strbuf_str(&sql), NULL, 0, dump_row, &d, e)
					   : err_set(e, ERR_INTERNAL, "out of memory");
		strbuf_release(&sql);
		if (rc < 0 || d.fail || json_object_set_new(tables, t->name, d.rows) < 0) {
			json_decref(root);
			if (rc == 0)
				err_set(e, ERR_INTERNAL, "out of memory");
			return NULL;
		}
	}
	out = json_dumps(root, JSON_PRESERVE_ORDER | JSON_INDENT(1) | JSON_ENSURE_ASCII);
	json_decref(root);
	if (out)
		return out;
oom:
	err_set(e, ERR_INTERNAL, "out of memory");
	return NULL;
}

static int unhex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static int insert_row(struct store *s, const struct schema_table *t, json_t *row, size_t idx,
		      struct err *e)
{
	struct store_val p[SCHEMA_MAX_COLS];
	unsigned char *blobs[SCHEMA_MAX_COLS] = {0};
	struct strbuf sql = STRBUF_INIT;
	size_t k, nk = 0, i;
	int rc = -1;

	if (!json_is_object(row))
		return err_set(e, ERR_DATA, "%s[%zu] is not an object", t->name, idx);
	for (k = 0; t->cols[k].name; k++) {
		json_t *v = json_object_get(row, t->cols[k].name);
		if (!v) {
			err_set(e, ERR_DATA, "%s[%zu] lacks \"%s\"", t->name, idx, t->cols[k].name);
			goto out;
		}
		if (json_is_null(v)) {
			p[k] = sv_null();
		} else if (t->cols[k].type == SV_INT && json_is_integer(v)) {
			p[k] = sv_int(json_integer_value(v));
		} else if (t->cols[k].type == SV_TEXT && json_is_string(v)) {
			p[k] = sv_text(json_string_value(v));
		} else if (t->cols[k].type == SV_BLOB && json_is_string(v) &&
			   json_string_length(v) % 2 == 0) {
			const char *h = json_string_value(v);
			size_t n = json_string_length(v) / 2;
			blobs[k] = malloc(n + 1);
			if (!blobs[k]) {
				err_set(e, ERR_INTERNAL, "out of memory");
				goto out;
			}
			for (i = 0; i < n; i++) {
				int hi = unhex(h[2 * i]), lo = unhex(h[2 * i + 1]);
				if (hi < 0 || lo < 0) {
					err_set(e, ERR_DATA, "%s[%zu].%s is not lower-case hex", t->name,
						idx, t->cols[k].name);
					goto out;
				}
				blobs[k][i] = (unsigned char)(hi << 4 | lo);
			}
			p[k] = sv_blob(blobs[k], n);
		} else {
			err_set(e, ERR_DATA, "%s[%zu].%s has the wrong type", t->name, idx,
				t->cols[k].name);
			goto out;
		}
	}
	nk = k;
	if (json_object_size(row) != nk) {
		err_set(e, ERR_DATA, "%s[%zu] has columns this schema does not know", t->name, idx);
		goto out;
	}
	strbuf_addf(&sql, "INSERT INTO %s (", t->name);
	for (k = 0; k < nk; k++)
		strbuf_addf(&sql, "%s%s", k ? ", " : "", t->cols[k].name);
	strbuf_adds(&sql, ") VALUES (");
	for (k = 0; k < nk; k++)
		strbuf_adds(&sql, k ? ", ?" : "?");
	strbuf_adds(&sql, ")");
	rc = sql.failed ? err_set(e, ERR_INTERNAL, "out of memory")
			: store_exec(s, strbuf_str(&sql), p, (int)nk, e);
out:
	for (k = 0; k < SCHEMA_MAX_COLS; k++)
		free(blobs[k]);
	strbuf_release(&sql);
	return rc;
}

static int import_all(struct store *s, json_t *root, struct err *e)
{
	json_t *tables = json_object_get(root, "tables"), *rows, *row;
	const char *fmt = json_string_value(json_object_get(root, "format"));
	json_t *ver = json_object_get(root, "schema_version");
	size_t i, k;
	int64_t n, count;

	if (!fmt || strcmp(fmt, EXPORT_FORMAT))
		return err_set(e, ERR_DATA, "not an oversight export (format is not \"%s\")",
			       EXPORT_FORMAT);
	if (!json_is_integer(ver) || json_integer_value(ver) != s->version)
		return err_set(e, ERR_DATA, "export has schema version %lld, the database %d",
			       json_is_integer(ver) ? (long long)json_integer_value(ver) : -1LL,
			       s->version);
	if (!json_is_object(tables) || json_object_size(tables) != schema_tables_len)
		return err_set(e, ERR_DATA, "export \"tables\" must hold exactly the %zu tables",
			       schema_tables_len);
	for (i = 0; i < schema_tables_len; i++) {
		char sql[96];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", schema_tables[i].name);
		if (store_query_int(s, sql, NULL, 0, 0, &n, e) < 0)
			return -1;
		if (n)
			return err_set(e, ERR_DATA, "import restores into an empty database only "
				       "(table %s has %lld rows): use a new file or database",
				       schema_tables[i].name, (long long)n);
	}
	for (i = 0; i < schema_tables_len; i++) {
		rows = json_object_get(tables, schema_tables[i].name);
		if (!json_is_array(rows))
			return err_set(e, ERR_DATA, "export lacks table %s", schema_tables[i].name);
		json_array_foreach(rows, k, row)
			if (insert_row(s, &schema_tables[i], row, k, e) < 0)
				return -1;
	}
	return store_audit_verify(s, &count, e);
}

int store_import(struct store *s, const char *json, size_t len, struct err *e)
{
	json_error_t je;
	json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je);
	int rc;

	if (!root)
		return err_set(e, ERR_DATA, "not JSON: line %d, column %d: %s", je.line, je.column,
			       je.text);
	if (store_write_begin(s, e) < 0) {
		json_decref(root);
		return -1;
	}
	rc = import_all(s, root, e);
	json_decref(root);
	if (rc < 0) {
		store_write_rollback(s);
		return -1;
	}
	return store_write_commit(s, e);
}
