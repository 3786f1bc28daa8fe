/*
 * page.c: the GOV.UK page template and the home page.  The header and
 * footer markup is copied from govuk-frontend 5's component examples
 * (dist/govuk/components/{header,footer,skip-link}/template-*.html); the
 * stylesheet and images are served from /static (see static.c).  There is
 * no script: pages work without JavaScript, and the Content-Security-Policy
 * (default-src 'self') would refuse inline script anyway.
 */
#include "../base/compat.h"

#include "page.h"
#include "web.h"

/* The GOV.UK logotype (crown and letters), from the header component. */
static const char logotype[] =
	"<svg focusable=\"false\" role=\"img\" class=\"govuk-header__logotype\" "
	"xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 148 30\" height=\"30\" width=\"148\" "
	"aria-label=\"GOV.UK\"><title>GOV.UK</title><path d=\"M22.6 10.4c-1 .4-2-.1-2.4-1-.4-.9.1-2 "
	"1-2.4.9-.4 2 .1 2.4 1s-.1 2-1 2.4m-5.9 6.7c-.9.4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 "
	"1s-.1 2-1 2.4m10.8-3.7c-1 .4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 1s0 2-1 2.4m3.3 "
	"4.8c-1 .4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 1s-.1 2-1 2.4M17 4.7l2.3 1.2V2.5l-2.3.7-"
	".2-.2.9-3h-3.4l.9 3-.2.2c-.1.1-2.3-.7-2.3-.7v3.4L15 4.7c.1.1.1.2.2.2l-1.3 4c-.1.2-.1.4-.1.6 "
	"0 1.1.8 2 1.9 2.2h.7c1-.2 1.9-1.1 1.9-2.1 0-.2 0-.4-.1-.6l-1.3-4c-.1-.2 0-.2.1-.3m-7.6 "
	"5.7c.9.4 2-.1 2.4-1 .4-.9-.1-2-1-2.4-.9-.4-2 .1-2.4 1s0 2 1 2.4m-5 3c.9.4 2-.1 2.4-1 "
	".4-.9-.1-2-1-2.4-.9-.4-2 .1-2.4 1s.1 2 1 2.4m-3.2 4.8c.9.4 2-.1 2.4-1 .4-.9-.1-2-1-2.4-.9-"
	".4-2 .1-2.4 1s0 2 1 2.4m14.8 11c4.4 0 8.6.3 12.3.8 1.1-4.5 2.4-7 3.7-8.8l-2.5-.9c.2 1.3.3 "
	"1.9 0 2.7-.4-.4-.8-1.1-1.1-2.3l-1.2 4c.7-.5 1.3-.8 2-.9-1.1 2.5-2.6 3.1-3.5 3-1.1-.2-1.7-"
	"1.2-1.5-2.1.3-1.2 1.5-1.5 2.1-.1 1.1-2.3-.8-3-2-2.3 1.9-1.9 2.1-3.5.6-5.6-2.1 1.6-2.1 3.2-"
	"1.2 5.5-1.2-1.4-3.2-.6-2.5 1.6.9-1.4 2.1-.5 1.9.8-.2 1.1-1.7 2.1-3.5 1.9-2.7-.2-2.9-2.1-"
	"2.9-3.6.7-.1 1.9.5 2.9 1.9l.4-4.3c-1.1 1.1-2.1 1.4-3.2 1.4.4-1.2 2.1-3 2.1-3h-5.4s1.7 1.9 "
	"2.1 3c-1.1 0-2.1-.2-3.2-1.4l.4 4.3c1-1.4 2.2-2 2.9-1.9-.1 1.5-.2 3.4-2.9 3.6-1.9.2-3.4-.8-"
	"3.5-1.9-.2-1.3 1-2.2 1.9-.8.7-2.3-1.2-3-2.5-1.6.9-2.2.9-3.9-1.2-5.5-1.5 2-1.3 3.7.6 5.6-"
	"1.2-.7-3.1 0-2 2.3.6-1.4 1.8-1.1 2.1.1.2.9-.3 1.9-1.5 2.1-.9.2-2.4-.5-3.5-3 .6 0 1.2.3 2 "
	".9l-1.2-4c-.3 1.1-.7 1.9-1.1 2.3-.3-.8-.2-1.4 0-2.7l-2.9.9C1.3 23 2.6 25.5 3.7 30c3.7-.5 "
	"7.9-.8 12.3-.8m28.3-11.6c0 .9.1 1.7.3 2.5.2.8.6 1.5 1 2.2.5.6 1 1.1 1.7 1.5.7.4 1.5.6 2.5.6"
	".9 0 1.7-.1 2.3-.4s1.1-.7 1.5-1.1c.4-.4.6-.9.8-1.5.1-.5.2-1 .2-1.5v-.2h-5.3v-3.2h9.4V28H55v"
	"-2.5c-.3.4-.6.8-1 1.1-.4.3-.8.6-1.3.9-.5.2-1 .4-1.6.6s-1.2.2-1.8.2c-1.5 0-2.9-.3-4-.8-1.2-"
	".6-2.2-1.3-3-2.3-.8-1-1.4-2.1-1.8-3.4-.3-1.4-.5-2.8-.5-4.3s.2-2.9.7-4.2c.5-1.3 1.1-2.4 2-3.4"
	".9-1 1.9-1.7 3.1-2.3 1.2-.6 2.6-.8 4.1-.8 1 0 1.9.1 2.8.3.9.2 1.7.6 2.4 1s1.4.9 1.9 1.5c.6"
	".6 1 1.3 1.4 2l-3.7 2.1c-.2-.4-.5-.9-.8-1.2-.3-.4-.6-.7-1-1-.4-.3-.8-.5-1.3-.7-.5-.2-1.1-"
	".2-1.7-.2-1 0-1.8.2-2.5.6-.7.4-1.3.9-1.7 1.5-.5.6-.8 1.4-1 2.2-.3.8-.4 1.9-.4 2.7zM71.5 "
	"6.8c1.5 0 2.9.3 4.2.8 1.2.6 2.3 1.3 3.1 2.3.9 1 1.5 2.1 2 3.4s.7 2.7.7 4.2-.2 2.9-.7 4.2c"
	"-.4 1.3-1.1 2.4-2 3.4-.9 1-1.9 1.7-3.1 2.3-1.2.6-2.6.8-4.2.8s-2.9-.3-4.2-.8c-1.2-.6-2.3-1.3"
	"-3.1-2.3-.9-1-1.5-2.1-2-3.4-.4-1.3-.7-2.7-.7-4.2s.2-2.9.7-4.2c.4-1.3 1.1-2.4 2-3.4.9-1 1.9-"
	"1.7 3.1-2.3 1.2-.5 2.6-.8 4.2-.8zm0 17.6c.9 0 1.7-.2 2.4-.5s1.3-.8 1.7-1.4c.5-.6.8-1.3 1.1-"
	"2.2.2-.8.4-1.7.4-2.7v-.1c0-1-.1-1.9-.4-2.7-.2-.8-.6-1.6-1.1-2.2-.5-.6-1.1-1.1-1.7-1.4-.7-.3"
	"-1.5-.5-2.4-.5s-1.7.2-2.4.5-1.3.8-1.7 1.4c-.5.6-.8 1.3-1.1 2.2-.2.8-.4 1.7-.4 2.7v.1c0 1 .1 "
	"1.9.4 2.7.2.8.6 1.6 1.1 2.2.5.6 1.1 1.1 1.7 1.4.6.3 1.4.5 2.4.5zM88.9 28 83 7h4.7l4 15.7h.1l"
	"4-15.7h4.7l-5.9 21h-5.7zm28.8-3.6c.6 0 1.2-.1 1.7-.3.5-.2 1-.4 1.4-.8.4-.4.7-.8.9-1.4.2-.6"
	".3-1.2.3-2v-13h4.1v13.6c0 1.2-.2 2.2-.6 3.1s-1 1.7-1.8 2.4c-.7.7-1.6 1.2-2.7 1.5-1 .4-2.2.5"
	"-3.4.5-1.2 0-2.4-.2-3.4-.5-1-.4-1.9-.9-2.7-1.5-.8-.7-1.3-1.5-1.8-2.4-.4-.9-.6-2-.6-3.1V6.9h"
	"4.2v13c0 .8.1 1.4.3 2 .2.6.5 1 .9 1.4.4.4.8.6 1.4.8.6.2 1.1.3 1.8.3zm13-17.4h4.2v9.1l7.4-9.1"
	"h5.2l-7.2 8.4L148 28h-4.9l-5.5-9.4-2.7 3V28h-4.2V7zm-27.6 16.1c-1.5 0-2.7 1.2-2.7 2.7s1.2 "
	"2.7 2.7 2.7 2.7-1.2 2.7-2.7-1.2-2.7-2.7-2.7z\"></path></svg>";

static const char licence_logo[] =
	"<svg aria-hidden=\"true\" focusable=\"false\" class=\"govuk-footer__licence-logo\" "
	"xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 483.2 195.7\" height=\"17\" "
	"width=\"41\"><path fill=\"currentColor\" d=\"M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7"
	"zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8"
	"l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 "
	"0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4"
	"l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 "
	"47.2 21 47.2 47S123.8 145 97.8 145\"/></svg>";

void web_html_escape(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': strbuf_adds(sb, "&amp;"); break;
		case '<': strbuf_adds(sb, "&lt;"); break;
		case '>': strbuf_adds(sb, "&gt;"); break;
		case '"': strbuf_adds(sb, "&quot;"); break;
		case '\'': strbuf_adds(sb, "&#39;"); break;
		default: strbuf_addch(sb, *s);
		}
	}
}

void web_page_begin(struct strbuf *sb, const char *title)
{
	strbuf_adds(sb, "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\">\n<head>\n"
			"<meta charset=\"utf-8\">\n<title>");
	web_html_escape(sb, title);
	strbuf_adds(sb,
		    " - " WEB_SERVICE_NAME " - GOV.UK</title>\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, "
		    "viewport-fit=cover\">\n"
		    "<meta name=\"theme-color\" content=\"#0b0c0c\">\n"
		    "<link rel=\"icon\" sizes=\"48x48\" href=\"/static/assets/images/favicon.ico\">\n"
		    "<link rel=\"icon\" sizes=\"any\" href=\"/static/assets/images/favicon.svg\" "
		    "type=\"image/svg+xml\">\n"
		    "<link rel=\"stylesheet\" href=\"/static/govuk-frontend.min.css\">\n"
		    "<link rel=\"stylesheet\" href=\"/static/oversight.css\">\n"
		    "</head>\n<body class=\"govuk-template__body\">\n"
		    "<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>\n"
		    "<header class=\"govuk-header\">\n"
		    "<div class=\"govuk-header__container govuk-width-container\">\n"
		    "<div class=\"govuk-header__logo\">\n"
		    "<a href=\"/\" class=\"govuk-header__link govuk-header__link--homepage\">");
	strbuf_adds(sb, logotype);
	strbuf_adds(sb, "</a>\n</div>\n<div class=\"govuk-header__content\">\n"
			"<a href=\"/\" class=\"govuk-header__link govuk-header__service-name\">"
			WEB_SERVICE_NAME "</a>\n<nav aria-label=\"Menu\" class=\"govuk-header__navigation\">"
			"<ul class=\"govuk-header__navigation-list\">"
			"<li class=\"govuk-header__navigation-item\"><a class=\"govuk-header__link\" "
			"href=\"/dashboard\">Dashboard</a></li>"
			"<li class=\"govuk-header__navigation-item\"><a class=\"govuk-header__link\" "
			"href=\"/review\">Review queue</a></li>"
			"<li class=\"govuk-header__navigation-item\"><a class=\"govuk-header__link\" "
			"href=\"/upload\">Upload</a></li>"
			"<li class=\"govuk-header__navigation-item\"><a class=\"govuk-header__link\" "
			"href=\"/login\">Sign in</a></li></ul></nav>\n"
			"</div>\n</div>\n</header>\n"
			"<div class=\"govuk-width-container\">\n"
			"<main class=\"govuk-main-wrapper\" id=\"main-content\">\n");
}

void web_page_end(struct strbuf *sb)
{
	strbuf_adds(sb, "</main>\n</div>\n<footer class=\"govuk-footer\">\n"
			"<div class=\"govuk-width-container\">\n<div class=\"govuk-footer__meta\">\n"
			"<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\">\n");
	strbuf_adds(sb, licence_logo);
	strbuf_adds(sb,
		    "\n<span class=\"govuk-footer__licence-description\">All content is available "
		    "under the <a class=\"govuk-footer__link\" "
		    "href=\"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/"
		    "3/\" rel=\"license\">Open Government Licence v3.0</a>, except where otherwise "
		    "stated</span>\n</div>\n<div class=\"govuk-footer__meta-item\">\n"
		    "<a class=\"govuk-footer__link govuk-footer__copyright-logo\" "
		    "href=\"https://www.nationalarchives.gov.uk/information-management/"
		    "re-using-public-sector-information/uk-government-licensing-framework/"
		    "crown-copyright/\">&copy; Crown copyright</a>\n</div>\n</div>\n</div>\n"
		    "</footer>\n</body>\n</html>\n");
}

void web_reply_page(struct web_req *rq, unsigned status, struct strbuf *sb)
{
	web_page_end(sb);
	web_reply_buf(rq, status, "text/html; charset=utf-8", sb, "no-store");
}

void web_get_home(struct web_req *rq)
{
	struct strbuf sb = STRBUF_INIT;

	web_page_begin(&sb, "Home");
	strbuf_adds(&sb,
		    "<div class=\"govuk-grid-row\">\n<div class=\"govuk-grid-column-two-thirds\">\n"
		    "<h1 class=\"govuk-heading-xl\">" WEB_SERVICE_NAME "</h1>\n"
		    "<p class=\"govuk-body-l\">The national register of statutory intervention in "
		    "children's services in England: every direction, improvement notice and "
		    "ministerial letter, every duty in it as a dated obligation with the words it "
		    "came from, and who owes what by when.</p>\n"
		    "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/dashboard\">See "
		    "which councils are in intervention, since when, and their latest Ofsted "
		    "judgements</a>.</p>\n"
		    "<h2 class=\"govuk-heading-m\">For developers</h2>\n"
		    "<p class=\"govuk-body\">The same data is available as JSON. The "
		    "<a class=\"govuk-link\" href=\"/api/v1/openapi.json\">API description "
		    "(OpenAPI 3)</a> lists every route.</p>\n"
		    "</div>\n</div>\n");
	web_page_end(&sb);
	web_reply_buf(rq, 200, "text/html; charset=utf-8", &sb, "no-cache");
}
