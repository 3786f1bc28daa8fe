/*
 * multipart.h: multipart/form-data request bodies (multipart.c).
 */
#ifndef OVERSIGHT_WEB_MULTIPART_H
#define OVERSIGHT_WEB_MULTIPART_H

#include "web.h"

struct web_part {
	const char *name;     /* the form field's name (arena) */
	const char *filename; /* for a file, as the browser gives it (arena), else NULL */
	const char *type;     /* its Content-Type, or NULL */
	const unsigned char *data; /* into rq->body: valid for the request */
	size_t len;
};

/*
 * Split body (len bytes, sent with Content-Type content_type) into at most
 * max parts: 0 with *n set, or -1 with a reason (a static string) for a
 * 400.  Names and types go into arena a; data points into body.
 */
int web_multipart_parse(struct arena *a, const char *content_type, const char *body,
			size_t len, struct web_part *parts, size_t max, size_t *n, const char **why);
/* The part named name, or NULL. */
const struct web_part *web_part_named(const struct web_part *parts, size_t n, const char *name);

/* The request's multipart/form-data body (Content-Type from its header). */
struct web_req;
int web_multipart_of(struct web_req *rq, struct web_part *parts, size_t max, size_t *n,
		     const char **why);

#endif
