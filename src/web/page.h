/*
 * page.h: the GOV.UK Design System page template, in C.  A page is built
 * into a strbuf: web_page_begin() writes everything up to the opening of
 * <main> (doctype, lang="en", the stylesheet from /static, the skip link,
 * the GOV.UK header with the service name), the caller writes the main
 * content, and web_page_end() closes <main> and writes the footer.  The
 * markup follows govuk-frontend's own component templates and needs no
 * JavaScript.
 */
#ifndef OVERSIGHT_WEB_PAGE_H
#define OVERSIGHT_WEB_PAGE_H

#include "../base/strbuf.h"

#define WEB_SERVICE_NAME "Oversight"

/* title is plain text (escaped here); it becomes "<title> - Oversight - GOV.UK". */
void web_page_begin(struct strbuf *sb, const char *title);
void web_page_end(struct strbuf *sb);

/* Close the page (web_page_end) and reply with it, not cached. */
struct web_req;
void web_reply_page(struct web_req *rq, unsigned status, struct strbuf *sb);

/* Append s with &, <, >, " and ' escaped for HTML text and attributes. */
void web_html_escape(struct strbuf *sb, const char *s);

#endif
