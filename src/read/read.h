/*
 * read.h: the instrument reader's entry point: a document in, a structured
 * record with provenance out (schema "oversight.instrument/1", documented
 * field by field in doc/instrument-schema.md).
 *
 * read_document() takes the document's bytes (text or PDF), decodes them,
 * builds the clause tree, extracts the facts and the obligations, and
 * returns the record as a new jansson object owned by the caller
 * (json_decref()); read_document_rec() returns the record as the reader
 * builds it (rec.h), for a caller that writes it and drops it.  Every fact carries the span of the
 * words it came from: [start, end) byte offsets into the text the record reports (see text.h and
 * pdf.h).  What a person should confirm is listed under "warnings".
 */
#ifndef OVERSIGHT_READ_READ_H
#define OVERSIGHT_READ_READ_H

#include <jansson.h>

#include "../base/err.h"
#include "rec.h"

#define READ_SCHEMA "oversight.instrument/1"

enum read_format { READ_AUTO, READ_TEXT, READ_PDF };

struct read_input {
	const unsigned char *bytes; /* borrowed */
	size_t len;
	const char *name;           /* shown in the record and messages */
	enum read_format format;
};

/*
 * Read one document.  Returns the record, or NULL with e set: ERR_DATA for
 * input that is not an instrument (empty, binary, unreadable PDF, no
 * recognisable instrument text).  If text_out is non-NULL it receives the
 * text the spans refer to (malloc'd, NUL-terminated; the caller frees).
 */
json_t *read_document(const struct read_input *in, char **text_out, size_t *text_len,
		      struct err *e);

/* read_document(), the record's nodes taken from arena (the caller's: the
 * record lives until the caller releases it). */
rec_t *read_document_rec(const struct read_input *in, struct arena *arena, char **text_out,
                         size_t *text_len, struct err *e);

/* Render a record for a person (the --format text view) into out. */
struct strbuf;
void read_render_text(const rec_t *rec, struct strbuf *out);

/* Append v as JSON text to out: the bytes json_dumps() gives of the same values
 * with JSON_PRESERVE_ORDER and JSON_COMPACT (indent 0) or JSON_INDENT(indent). */
void read_json_write(const rec_t *v, int indent, struct strbuf *out);

#endif
