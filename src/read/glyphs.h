/*
 * glyphs.h: the typography a word processor leaves in a PDF's text, made plain for the
 * grammar (see glyphs.c).
 *
 * Ownership: read_plain_glyphs() rewrites *work in place when it is a copy already, else
 * allocates it (the caller frees it) only when it finds such a glyph; t is borrowed.  The
 * moves it records in *m (zeroed by the caller) are the caller's to map the record's
 * spans back through (read_columns_remap()) and to release (read_columns_release()).
 */
#ifndef OVERSIGHT_READ_GLYPHS_H
#define OVERSIGHT_READ_GLYPHS_H

#include "columns.h"

/* In the working copy of t[0, n) (*work, made if NULL), each no-break space (U+00A0)
 * made two spaces; each ligature (U+FB00-U+FB04: "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ") and soft
 * hyphen (U+00AD) inside a word made its letters (or nothing), the rest of the word
 * moved up and the bytes left over at its end made spaces, the moves added to *m.
 * Returns the number of glyphs made plain (0 and *work untouched when there are none). */
size_t read_plain_glyphs(const char *t, size_t n, char **work, struct read_columns *m);

#endif
