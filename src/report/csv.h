/*
 * csv.h: writing and reading CSV (RFC 4180) for every table Oversight
 * exports or imports.
 *
 * Writing: fields are quoted when they hold a comma, quote, CR or LF, or
 * begin with a character a spreadsheet would take as a formula (= + - @,
 * tab), which is then prefixed with a single quote (OWASP "CSV injection");
 * records end in CRLF.
 *
 * Reading: a bounded parser over a buffer that yields one record at a time
 * with its line number, accepts LF or CRLF, quoted fields spanning lines,
 * a UTF-8 BOM, and reports malformed quoting with line and column.
 */
#ifndef OVERSIGHT_REPORT_CSV_H
#define OVERSIGHT_REPORT_CSV_H

#include "../base/err.h"
#include "../base/str.h"
#include "../base/strbuf.h"

/* Append one field (with the separating comma unless first) to out. */
void csv_field(struct strbuf *out, const char *s, bool first);
/* End a record. */
void csv_end(struct strbuf *out);
/* Append a whole record of n fields. */
void csv_record(struct strbuf *out, const char *const *fields, size_t n);

#define CSV_MAX_FIELDS 64

struct csv_reader {
	struct strv in;   /* the whole input; borrowed */
	size_t pos;       /* next byte to read */
	long line;        /* line of the record last returned (1-based) */
	long next_line;
	struct strbuf field_buf; /* owns the unquoted text of the current record */
};

/* Start reading in (borrowed; must outlive the reader). Skips a UTF-8 BOM. */
void csv_reader_init(struct csv_reader *r, struct strv in);
void csv_reader_release(struct csv_reader *r);

/*
 * Read the next record into fields[0..*n) (views into the reader's buffer,
 * valid until the next call).  Returns 1 for a record, 0 at the end of the
 * input, -1 on malformed input (ERR_DATA, message with line and column) or
 * a record with more than max fields.
 */
int csv_read(struct csv_reader *r, struct strv *fields, size_t max, size_t *n, struct err *e);

#endif
