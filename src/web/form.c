/*
 * form.c: application/x-www-form-urlencoded bodies (HTML forms posted
 * without JavaScript).  Parsed on the first web_form() call into the
 * request's arena: fields split on '&', name and value split on the first
 * '=', '+' read as a space and %XX decoded; a field with a bad escape or a
 * NUL is dropped (the handler then sees it missing and says so).  At most
 * WEB_MAX_FORM fields; the body itself is capped by the router.
 */
#include "../base/compat.h"

#include "auth.h"
#include "multipart.h"

#define WEB_MAX_FORM 32

static int hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode p[0..n) into the arena; NULL if it has a bad escape or a NUL. */
static char *decode(struct arena *a, const char *p, size_t n)
{
	char *out = arena_alloc(a, n + 1);
	size_t i, o = 0;

	if (!out)
		return NULL;
	for (i = 0; i < n; i++) {
		int c = (unsigned char)p[i];
		if (c == '+')
			c = ' ';
		else if (c == '%') {
			if (i + 2 >= n || hex(p[i + 1]) < 0 || hex(p[i + 2]) < 0)
				return NULL;
			c = hex(p[i + 1]) * 16 + hex(p[i + 2]);
			i += 2;
		}
		if (c == 0)
			return NULL;
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return out;
}

static void parse(struct web_req *rq)
{
	const char *p = rq->body.buf ? rq->body.buf : "", *end = p + rq->body.len;

	rq->form_parsed = true;
	rq->form = arena_alloc(&rq->arena, WEB_MAX_FORM * sizeof *rq->form);
	if (!rq->form || rq->route->body != WEB_BODY_FORM)
		return;
	while (p < end && rq->nform < WEB_MAX_FORM) {
		const char *amp = memchr(p, '&', (size_t)(end - p)), *eq;
		size_t n = amp ? (size_t)(amp - p) : (size_t)(end - p);
		eq = memchr(p, '=', n);
		if (eq) {
			char *k = decode(&rq->arena, p, (size_t)(eq - p));
			char *v = decode(&rq->arena, eq + 1, n - (size_t)(eq - p) - 1);
			if (k && v) {
				rq->form[rq->nform].name = k;
				rq->form[rq->nform].value = v;
				rq->nform++;
			}
		}
		p += n + (amp ? 1 : 0);
	}
}

const char *web_form(struct web_req *rq, const char *name)
{
	size_t i;

	if (!rq->form_parsed)
		parse(rq);
	for (i = 0; i < rq->nform; i++)
		if (!strcmp(rq->form[i].name, name))
			return rq->form[i].value;
	return NULL;
}

int web_multipart_of(struct web_req *rq, struct web_part *parts, size_t max, size_t *n,
		     const char **why)
{
	return web_multipart_parse(&rq->arena, web_header(rq, MHD_HTTP_HEADER_CONTENT_TYPE),
				   rq->body.buf ? rq->body.buf : "", rq->body.len, parts, max, n,
				   why);
}
