/*
 * pdf.h: text out of a PDF, through MuPDF, in reading order: blocks and
 * lines as MuPDF's structured-text device orders them, a hyphen at the end
 * of a line joined to the word it splits ("imple-\nmentation" ->
 * "implementation"), pages separated by a form feed so a span's page is
 * the number of form feeds before it plus one.  Encrypted, damaged or
 * truncated files are refused with ERR_DATA naming the problem; MuPDF's
 * own memory is capped.
 */
#ifndef OVERSIGHT_READ_PDF_H
#define OVERSIGHT_READ_PDF_H

#include "text.h"

int read_pdf_text(const unsigned char *in, size_t n, struct read_text *t, int *pages, struct err *e);

#endif
