/*
 * print.h: printing a self-contained HTML report to PDF with headless
 * Chromium ($OVERSIGHT_CHROMIUM, else `chromium` on the PATH), as `oversight
 * report --format pdf` and the web's report downloads do.  Chromium lays
 * out the same HTML and inline SVG a browser shows, with the report's A4
 * print rules, so the PDF and the page are the same document.
 */
#ifndef OVERSIGHT_REPORT_PRINT_H
#define OVERSIGHT_REPORT_PRINT_H

#include "../base/err.h"

/* Print the HTML file html (a path) to the file pdf.  -1 with ERR_INTERNAL naming
 * OVERSIGHT_CHROMIUM if Chromium is missing or fails; pdf may then be absent. */
int report_print_pdf(const char *html, const char *pdf, struct err *e);

#endif
