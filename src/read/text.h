/*
 * text.h: input bytes to the text the reader works on.
 *
 * UTF-8 input is used as it is (a BOM's three bytes become three spaces),
 * so every span in the record is a byte offset into the input file.  Input that is not valid
 * UTF-8 is read as Windows-1252 (a superset of Latin-1 for printable
 * text) and converted; spans then refer to the converted text, and the
 * record says so (source.encoding).  Binary data (NUL bytes, or many
 * control characters) and empty input are refused with ERR_DATA.
 */
#ifndef OVERSIGHT_READ_TEXT_H
#define OVERSIGHT_READ_TEXT_H

#include "../base/err.h"
#include "../base/strbuf.h"

#define READ_MAX_BYTES ((size_t)16 << 20) /* 16 MiB: far beyond any instrument */

struct read_text {
	struct strbuf buf;    /* owned: the UTF-8 text, NUL-terminated */
	const char *encoding; /* "utf-8" or "windows-1252" (static) */
	size_t bom;           /* bytes of BOM at the start of the input (0 or 3) */
};

/* Decode in[0..n) into t (which the caller releases with read_text_release). */
int read_text_decode(const unsigned char *in, size_t n, struct read_text *t, struct err *e);
void read_text_release(struct read_text *t);

/* Is s[0..n) valid UTF-8 (no overlongs, no surrogates)? */
bool read_utf8_valid(const unsigned char *s, size_t n);

#endif
