/*
 * csv.c: RFC 4180 writing and reading (see csv.h).  The reader copies each
 * record's unquoted fields into one buffer and hands out views into it, so
 * a record costs one allocation at most and nothing is read twice.
 */
#include "../base/compat.h"

#include "csv.h"

static bool needs_quotes(const char *s)
{
	for (; *s; s++)
		if (*s == ',' || *s == '"' || *s == '\r' || *s == '\n')
			return true;
	return false;
}

static bool looks_like_formula(const char *s)
{
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
	       s[0] == '\r';
}

void csv_field(struct strbuf *out, const char *s, bool first)
{
	bool formula;
	const char *p;

	if (!s)
		s = "";
	/* A leading minus on a plain number is data, not a formula. */
	formula = looks_like_formula(s) &&
		  !(s[0] == '-' && s[1] && strspn(s + 1, "0123456789.") == strlen(s + 1));
	if (!first)
		strbuf_addch(out, ',');
	if (!formula && !needs_quotes(s)) {
		strbuf_adds(out, s);
		return;
	}
	strbuf_addch(out, '"');
	if (formula)
		strbuf_addch(out, '\'');
	for (p = s; *p; p++) {
		if (*p == '"')
			strbuf_addch(out, '"');
		strbuf_addch(out, *p);
	}
	strbuf_addch(out, '"');
}

void csv_end(struct strbuf *out)
{
	strbuf_add(out, "\r\n", 2);
}

void csv_record(struct strbuf *out, const char *const *fields, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		csv_field(out, fields[i], i == 0);
	csv_end(out);
}

void csv_reader_init(struct csv_reader *r, struct strv in)
{
	memset(r, 0, sizeof(*r));
	r->in = in;
	r->next_line = 1;
	if (in.n >= 3 && !memcmp(in.p, "\xef\xbb\xbf", 3))
		r->pos = 3;
}

void csv_reader_release(struct csv_reader *r)
{
	strbuf_release(&r->field_buf);
}

int csv_read(struct csv_reader *r, struct strv *fields, size_t max, size_t *n, struct err *e)
{
	const char *p = r->in.p;
	size_t len = r->in.n, i = r->pos, starts[CSV_MAX_FIELDS + 1];
	size_t nf = 0;
	long col = 1;

	*n = 0;
	if (i >= len)
		return 0;
	if (max > CSV_MAX_FIELDS)
		max = CSV_MAX_FIELDS;
	strbuf_reset(&r->field_buf);
	r->line = r->next_line;
	for (;;) {
		if (nf == max)
			return err_set(e, ERR_DATA, "line %ld: more than %zu fields", r->line, max);
		starts[nf] = r->field_buf.len;
		if (i < len && p[i] == '"') {
			long qline = r->next_line, qcol = col;
			i++;
			col++;
			for (;;) {
				if (i >= len)
					return err_set(e, ERR_DATA,
						       "line %ld, column %ld: a quoted field is not closed",
						       qline, qcol);
				if (p[i] == '"') {
					if (i + 1 < len && p[i + 1] == '"') {
						strbuf_addch(&r->field_buf, '"');
						i += 2;
						col += 2;
						continue;
					}
					i++;
					col++;
					break;
				}
				if (p[i] == '\n') {
					r->next_line++;
					col = 0;
				}
				strbuf_addch(&r->field_buf, p[i]);
				i++;
				col++;
			}
			if (i < len && p[i] != ',' && p[i] != '\n' && p[i] != '\r')
				return err_set(e, ERR_DATA,
					       "line %ld, column %ld: text after a closing quote",
					       r->next_line, col);
		} else {
			while (i < len && p[i] != ',' && p[i] != '\n' && p[i] != '\r') {
				if (p[i] == '"')
					return err_set(e, ERR_DATA,
						       "line %ld, column %ld: a quote inside an unquoted field",
						       r->next_line, col);
				strbuf_addch(&r->field_buf, p[i]);
				i++;
				col++;
			}
		}
		nf++;
		if (i < len && p[i] == ',') {
			i++;
			col++;
			continue;
		}
		if (i < len && p[i] == '\r')
			i++;
		if (i < len && p[i] == '\n')
			i++;
		r->next_line++;
		break;
	}
	if (r->field_buf.failed)
		return err_set(e, ERR_DATA, "line %ld: record too large", r->line);
	starts[nf] = r->field_buf.len;
	for (*n = 0; *n < nf; (*n)++)
		fields[*n] = strv_make(strbuf_str(&r->field_buf) + starts[*n],
				       starts[*n + 1] - starts[*n]);
	r->pos = i;
	return 1;
}
