/*
 * ofsted.c: importing Ofsted's ILACS outcomes (the CSV scraped from the
 * published reports; quirks in data/reference/SOURCES.md) into inspections
 * and judgements.
 *
 * The whole file is one transaction: a wrong header, a malformed quote or
 * a date that is not dd/mm/yy (publication) or dd/mm/yyyy (inspection)
 * stops the import with the line and column and nothing written.  A row
 * whose council cannot be found is reported through the warn callback and
 * skipped.  Grades are lower-cased words ("requires improvement"); the
 * scraper's markers (data_unreadable, inspection_pre_dates_judgement,
 * not_reported_post_reform) and empty cells (no overall grade from April
 * 2026) mean "no judgement", and anything else is reported and skipped.
 * An inspection is keyed by its report link: importing the same row again
 * changes nothing; a row whose content changed replaces the old one, with
 * before and after in the audit log.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/strbuf.h"
#include "store.h"

enum { C_URN, C_LA, C_LINK, C_PDF, C_PUB, C_FRAME, C_INSP, C_START, C_END, C_OVERALL,
       C_LEAD, C_HELP, C_CARE, C_LEAVERS, C_PARSER, C_N };

static const char *const header[C_N] = {
	"urn", "local_authority", "inspection_link", "pdf_filename", "publication_date",
	"inspection_framework", "inspector_name", "inspection_start_date",
	"inspection_end_date", "overall_effectiveness_grade", "impact_of_leaders_grade",
	"help_and_protection_grade", "in_care_grade", "care_leavers_grade", "parser_version"};

/* Column -> judgement area, in the order judgements are stored. */
static const struct {
	int col;
	const char *area;
} areas[] = {
	{C_OVERALL, "overall"},	    {C_HELP, "help_and_protection"}, {C_CARE, "looked_after"},
	{C_LEAVERS, "care_leavers"}, {C_LEAD, "leadership"},
};

#define MAX_FIELD 1024

struct csv {
	const char *p, *end;
	long line;
	char f[C_N + 1][MAX_FIELD];
	size_t len[C_N + 1];
	int n;
};

/* Read one record; 1 = record, 0 = end, -1 = error. */
static int csv_next(struct csv *c, long *line, struct err *e)
{
	size_t len = 0;
	bool q = false;

	while (c->p < c->end && (*c->p == '\n' || *c->p == '\r')) {
		if (*c->p == '\n')
			c->line++;
		c->p++;
	}
	if (c->p >= c->end)
		return 0;
	*line = c->line;
	c->n = 0;
	c->f[0][0] = 0;
	for (; c->p < c->end; c->p++) {
		char ch = *c->p;
		if (q) {
			if (ch == '"' && c->p + 1 < c->end && c->p[1] == '"')
				c->p++;
			else if (ch == '"') {
				q = false;
				continue;
			} else if (ch == '\n')
				c->line++;
		} else if (ch == '"') {
			q = true;
			continue;
		} else if (ch == ',') {
			c->f[c->n][len] = 0;
			c->len[c->n] = len;
			if (++c->n > C_N)
				return err_set(e, ERR_DATA, "line %ld: more than %d columns", *line, C_N);
			len = 0;
			continue;
		} else if (ch == '\r') {
			continue;
		} else if (ch == '\n') {
			c->p++;
			c->line++;
			break;
		}
		if (len + 1 >= MAX_FIELD)
			return err_set(e, ERR_DATA, "line %ld, column %d: field too long", *line,
				       c->n + 1);
		c->f[c->n][len++] = ch;
	}
	if (q)
		return err_set(e, ERR_DATA, "line %ld: unterminated quoted field", *line);
	c->f[c->n][len] = 0;
	c->len[c->n] = len;
	c->n++;
	return 1;
}

/* Is s (NUL-terminated, n bytes before the NUL) well-formed UTF-8 without NUL? */
static bool utf8_ok(const unsigned char *s, size_t n)
{
	size_t i = 0, k, len;

	if (strlen((const char *)s) != n)
		return false; /* a NUL byte inside the field */
	while (i < n) {
		unsigned c = s[i];
		unsigned cp;
		if (c < 0x80) {
			i++;
			continue;
		}
		len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
		if (!len || (c >= 0xE0 && c < 0xF0 && len != 3) || i + len > n)
			return false;
		cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
			return false;
		i += len;
	}
	return true;
}

/* "dd/mm/yy" or "dd/mm/yyyy" -> "yyyy-mm-dd"; "" stays "" if allow_empty. */
static int parse_date(const char *in, bool short_year, bool allow_empty, char out[16])
{
	int d, m, y, i;
	size_t n = strlen(in);

	out[0] = 0;
	if (n == 0)
		return allow_empty ? 0 : -1;
	if (n != (short_year ? 8u : 10u) || in[2] != '/' || in[5] != '/')
		return -1;
	for (i = 0; i < (int)n; i++)
		if (i != 2 && i != 5 && (in[i] < '0' || in[i] > '9'))
			return -1;
	d = (in[0] - '0') * 10 + in[1] - '0';
	m = (in[3] - '0') * 10 + in[4] - '0';
	y = (int)strtol(in + 6, NULL, 10);
	if (short_year)
		y += 2000;
	if (m < 1 || m > 12 || d < 1 ||
	    d > (m == 2 ? ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28)
			: (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31))
		return -1;
	snprintf(out, 16, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return 0;
}

/* 1 = grade (out set), 0 = a known "no judgement" marker, -1 = not understood. */
static int parse_grade(const char *in, const char **out)
{
	static const char *const none[] = {"", "data_unreadable", "inspection_pre_dates_judgement",
					   "not_reported_post_reform"};
	static const char *const grades[][2] = {
		{"outstanding", "outstanding"},
		{"good", "good"},
		{"requires improvement", "requires_improvement"},
		{"requires improvement to be good", "requires_improvement"},
		{"inadequate", "inadequate"},
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(none); i++)
		if (!strcmp(in, none[i]))
			return 0;
	for (i = 0; i < ARRAY_SIZE(grades); i++)
		if (!strcmp(in, grades[i][0])) {
			*out = grades[i][1];
			return 1;
		}
	return -1;
}

struct row {
	char pub[16], start[16], end[16];
	const char *grade[ARRAY_SIZE(areas)];
	int council;
};

static char *row_json(const struct csv *c, const struct row *r)
{
	json_t *o = json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "council",
			      r->council, "urn", c->f[C_URN], "link", c->f[C_LINK], "pdf",
			      c->f[C_PDF], "published", r->pub, "framework", c->f[C_FRAME],
			      "inspector", c->f[C_INSP], "start_date", r->start, "end_date", r->end);
	json_t *j = json_object();
	char *s;
	size_t i;

	for (i = 0; o && j && i < ARRAY_SIZE(areas); i++)
		if (r->grade[i])
			json_object_set_new(j, areas[i].area, json_string(r->grade[i]));
	if (o && j)
		json_object_set_new(o, "judgements", j);
	else
		json_decref(j);
	s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
	json_decref(o);
	return s;
}

static int put_row(struct store *s, const struct csv *c, const struct row *r,
		   struct store_ofsted_report *rep, struct err *e)
{
	struct store_val lk[] = {sv_text(c->f[C_LINK])};
	int64_t id = -1, audit_before;
	char *after = row_json(c, r), subject[MAX_FIELD + 16];
	int rc = -1;
	size_t i;

	if (!after)
		return err_set(e, ERR_INTERNAL, "out of memory");
	snprintf(subject, sizeof subject, "inspection:%s", c->f[C_LINK]);
	if (store_query_int(s, "SELECT id FROM inspections WHERE link = ?", lk, 1, -1, &id, e) < 0)
		goto out;
	if (id >= 0) {
		/* Present: unchanged if the last audit entry for it says the same. */
		struct store_val sp[] = {sv_text(subject), sv_text(after)};
		if (store_query_int(s,
				    "SELECT count(*) FROM audit WHERE subject = ? AND after = ? AND "
				    "seq = (SELECT max(seq) FROM audit a2 WHERE a2.subject = "
				    "audit.subject)",
				    sp, 2, 0, &audit_before, e) < 0)
			goto out;
		if (audit_before > 0) {
			rc = 0;
			goto out;
		}
		{
			struct store_val ip[] = {sv_int(id)};
			if (store_exec(s, "DELETE FROM judgements WHERE inspection = ?", ip, 1, e) < 0 ||
			    store_exec(s, "DELETE FROM inspections WHERE id = ?", ip, 1, e) < 0)
				goto out;
		}
	} else if (store_query_int(s, "SELECT max(id) FROM inspections", NULL, 0, 0, &id, e) < 0) {
		goto out;
	} else {
		id++;
	}
	{
		struct store_val p[] = {sv_int(id),	       sv_int(r->council),    sv_text(c->f[C_URN]),
					sv_text(c->f[C_LINK]), sv_text(c->f[C_PDF]),  sv_text(r->pub),
					sv_text(c->f[C_FRAME]), sv_text(c->f[C_INSP]),
					sv_text(r->start[0] ? r->start : NULL),
					sv_text(r->end[0] ? r->end : NULL)};
		if (store_exec(s,
			       "INSERT INTO inspections (id, council, urn, link, pdf, published, "
			       "framework, inspector, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, "
			       "?, ?, ?, ?)",
			       p, 10, e) < 0)
			goto out;
	}
	rep->inspections_added++;
	for (i = 0; i < ARRAY_SIZE(areas); i++) {
		int64_t jid;
		if (!r->grade[i])
			continue;
		if (store_query_int(s, "SELECT max(id) FROM judgements", NULL, 0, 0, &jid, e) < 0)
			goto out;
		{
			struct store_val p[] = {sv_int(jid + 1),	  sv_int(id),
						sv_text(areas[i].area), sv_text(r->grade[i]),
						sv_text(r->pub),	  sv_int(r->council)};
			if (store_exec(s,
				       "INSERT INTO judgements (id, inspection, area, grade, "
				       "report_date, council) VALUES (?, ?, ?, ?, ?, ?)",
				       p, 6, e) < 0)
				goto out;
		}
		rep->judgements_added++;
	}
	rc = store_audit_append(s, "inspection.put", subject, NULL, after, e);
out:
	free(after);
	return rc;
}

static void warnf(store_warn_fn warn, void *ctx, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void warnf(store_warn_fn warn, void *ctx, long line, const char *fmt, ...)
{
	char msg[1200];
	va_list ap;

	if (!warn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	warn(ctx, line, msg);
}

static int import_rows(struct store *s, struct csv *c, store_warn_fn warn, void *wctx,
		       struct store_ofsted_report *rep, struct err *e)
{
	long line;
	int rc, i;

	rc = csv_next(c, &line, e);
	if (rc <= 0)
		return rc < 0 ? -1 : err_set(e, ERR_DATA, "the file is empty (no header row)");
	if (c->n != C_N)
		return err_set(e, ERR_DATA, "line 1: expected %d columns (%s, ...), found %d", C_N,
			       header[0], c->n);
	for (i = 0; i < C_N; i++) {
		const char *h = c->f[i];
		if (i == 0 && !strncmp(h, "\xEF\xBB\xBF", 3))
			h += 3;
		if (strcmp(h, header[i]))
			return err_set(e, ERR_DATA, "line 1, column %d: expected '%s', found '%s'",
				       i + 1, header[i], h);
	}
	while ((rc = csv_next(c, &line, e)) > 0) {
		struct row r = {{0}, {0}, {0}, {0}, 0};
		struct err ce = {0};
		size_t k;

		if (c->n != C_N)
			return err_set(e, ERR_DATA, "line %ld: expected %d columns, found %d", line,
				       C_N, c->n);
		for (i = 0; i < C_N; i++)
			if (!utf8_ok((const unsigned char *)c->f[i], c->len[i]))
				return err_set(e, ERR_DATA, "line %ld, column %d (%s): not UTF-8 text",
					       line, i + 1, header[i]);
		if (parse_date(c->f[C_PUB], true, false, r.pub) < 0)
			return err_set(e, ERR_DATA, "line %ld, column %d (%s): bad date '%s' "
				       "(want dd/mm/yy)", line, C_PUB + 1, header[C_PUB], c->f[C_PUB]);
		if (parse_date(c->f[C_START], false, true, r.start) < 0)
			return err_set(e, ERR_DATA, "line %ld, column %d (%s): bad date '%s' "
				       "(want dd/mm/yyyy)", line, C_START + 1, header[C_START],
				       c->f[C_START]);
		if (parse_date(c->f[C_END], false, true, r.end) < 0)
			return err_set(e, ERR_DATA, "line %ld, column %d (%s): bad date '%s' "
				       "(want dd/mm/yyyy)", line, C_END + 1, header[C_END], c->f[C_END]);
		if (!c->f[C_LINK][0]) {
			warnf(warn, wctx, line, "no inspection_link; row skipped");
			rep->rows_skipped++;
			continue;
		}
		if (store_council_find(s, c->f[C_LA], r.pub, &r.council, &ce) < 0) {
			if (ce.code != ERR_DATA)
				return err_set(e, ce.code, "%s", ce.msg);
			warnf(warn, wctx, line, "%s; row skipped", ce.msg);
			rep->rows_skipped++;
			continue;
		}
		for (k = 0; k < ARRAY_SIZE(areas); k++) {
			const char *cell = c->f[areas[k].col];
			if (parse_grade(cell, &r.grade[k]) < 0)
				warnf(warn, wctx, line, "%s '%s' is not a grade; that judgement skipped",
				      header[areas[k].col], cell);
		}
		if (put_row(s, c, &r, rep, e) < 0)
			return -1;
	}
	return rc;
}

int store_import_ofsted(struct store *s, const char *buf, size_t len, store_warn_fn warn,
			void *wctx, struct store_ofsted_report *rep, struct err *e)
{
	struct csv *c = calloc(1, sizeof *c);

	memset(rep, 0, sizeof *rep);
	if (!c)
		return err_set(e, ERR_INTERNAL, "out of memory");
	c->p = buf;
	c->end = buf + len;
	c->line = 1;
	if (store_write_begin(s, e) < 0) {
		free(c);
		return -1;
	}
	if (import_rows(s, c, warn, wctx, rep, e) < 0) {
		store_write_rollback(s);
		free(c);
		memset(rep, 0, sizeof *rep);
		return -1;
	}
	free(c);
	return store_write_commit(s, e);
}
