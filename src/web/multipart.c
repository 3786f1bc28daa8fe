/*
 * multipart.c: multipart/form-data bodies (RFC 7578), as browsers send a
 * form with a file.  The router has already read the whole body within
 * WEB_MAX_UPLOAD; this splits it into parts without copying the data
 * (parts point into rq->body).  Strict: the boundary must come from the
 * Content-Type, every part must have a Content-Disposition of form-data
 * with a name, the closing delimiter must be there, and headers are
 * bounded; anything else is refused with a reason for a 400.
 */
#include "../base/compat.h"

#include <strings.h>

#include "multipart.h"

#define MAX_BOUNDARY 70    /* RFC 2046 */
#define MAX_PART_HEADERS 4096

static const char *find(const char *hay, size_t n, const char *needle, size_t m)
{
	size_t i;
	if (m == 0 || n < m)
		return NULL;
	for (i = 0; i + m <= n; i++)
		if (hay[i] == needle[0] && !memcmp(hay + i, needle, m))
			return hay + i;
	return NULL;
}

/* The value of param (name="x" or name=x) in a header value, into the arena. */
static const char *param(struct arena *a, const char *v, size_t n, const char *name)
{
	size_t k = strlen(name), i;

	for (i = 0; i + k + 1 <= n; i++) {
		const char *p = v + i, *end;
		if ((i && v[i - 1] != ';' && v[i - 1] != ' ') || strncasecmp(p, name, k) ||
		    p[k] != '=')
			continue;
		p += k + 1;
		if (p < v + n && *p == '"') {
			p++;
			end = memchr(p, '"', (size_t)(v + n - p));
			if (!end)
				return NULL;
		} else {
			for (end = p; end < v + n && *end != ';' && *end != ' '; end++)
				;
		}
		return arena_strndup(a, p, (size_t)(end - p));
	}
	return NULL;
}

static int boundary_of(struct arena *a, const char *ct, char *out, const char **why)
{
	const char *b;

	if (!ct || strncasecmp(ct, "multipart/form-data", 19)) {
		*why = "the body must be multipart/form-data";
		return -1;
	}
	b = param(a, ct, strlen(ct), "boundary");
	if (!b || !*b || strlen(b) > MAX_BOUNDARY) {
		*why = "the multipart Content-Type has no usable boundary";
		return -1;
	}
	snprintf(out, MAX_BOUNDARY + 5, "\r\n--%s", b);
	return 0;
}

/* Parse one part's headers [h, h+n) into p. */
static int part_headers(struct arena *a, const char *h, size_t n, struct web_part *p,
			const char **why)
{
	const char *line = h, *end = h + n;

	while (line < end) {
		const char *eol = find(line, (size_t)(end - line), "\r\n", 2);
		size_t len = eol ? (size_t)(eol - line) : (size_t)(end - line);
		if (len > 20 && !strncasecmp(line, "Content-Disposition:", 20)) {
			const char *v = line + 20;
			size_t vn = len - 20;
			while (vn && *v == ' ')
				v++, vn--;
			if (vn < 9 || strncasecmp(v, "form-data", 9)) {
				*why = "a part is not form-data";
				return -1;
			}
			p->name = param(a, v, vn, "name");
			p->filename = param(a, v, vn, "filename");
		} else if (len > 13 && !strncasecmp(line, "Content-Type:", 13)) {
			const char *v = line + 13;
			while (*v == ' ' && v < line + len)
				v++;
			p->type = arena_strndup(a, v, (size_t)(line + len - v));
		}
		line += len + 2;
	}
	if (!p->name) {
		*why = "a part has no name";
		return -1;
	}
	return 0;
}

int web_multipart_parse(struct arena *a, const char *content_type, const char *body,
			size_t len, struct web_part *parts, size_t max, size_t *n, const char **why)
{
	char delim[MAX_BOUNDARY + 5];
	const char *end = body + len, *p;
	size_t dn;

	*n = 0;
	if (boundary_of(a, content_type, delim, why) < 0)
		return -1;
	dn = strlen(delim);
	/* The first delimiter has no CRLF before it. */
	if ((size_t)(end - body) < dn - 2 || memcmp(body, delim + 2, dn - 2)) {
		*why = "the body does not start with the multipart boundary";
		return -1;
	}
	p = body + dn - 2;
	for (;;) {
		const char *hend, *next;
		struct web_part part = {0};
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return 0; /* the closing delimiter */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n') {
			*why = "a multipart boundary is not followed by a line break";
			return -1;
		}
		p += 2;
		hend = find(p, (size_t)(end - p) < MAX_PART_HEADERS ? (size_t)(end - p)
								    : MAX_PART_HEADERS,
			    "\r\n\r\n", 4);
		if (!hend) {
			*why = "a part's headers do not end (or are too long)";
			return -1;
		}
		if (part_headers(a, p, (size_t)(hend - p) + 2, &part, why) < 0)
			return -1;
		p = hend + 4;
		next = find(p, (size_t)(end - p), delim, dn);
		if (!next) {
			*why = "the multipart body has no closing boundary";
			return -1;
		}
		if (*n == max) {
			*why = "too many parts in the form";
			return -1;
		}
		part.data = (const unsigned char *)p;
		part.len = (size_t)(next - p);
		parts[(*n)++] = part;
		p = next + dn;
	}
}

const struct web_part *web_part_named(const struct web_part *parts, size_t n, const char *name)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!strcmp(parts[i].name, name))
			return &parts[i];
	return NULL;
}
