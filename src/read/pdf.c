/*
 * pdf.c: a stand-in until MuPDF is linked: PDFs are refused with a clear
 * message.  (See pdf.h for what the MuPDF path does.)
 */
#include "../base/compat.h"

#include "pdf.h"

int read_pdf_text(const unsigned char *in, size_t n, struct read_text *t, int *pages, struct err *e)
{
	(void)in;
	(void)n;
	(void)t;
	*pages = 0;
	return err_set(e, ERR_DATA, "PDF input is not supported by this build");
}
