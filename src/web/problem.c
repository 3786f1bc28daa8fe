/*
 * problem.c: errors as RFC 9457 problem details.  Every error the
 * application answers (400 to 500) goes through here, so every one is
 * application/problem+json with type, title, status, detail and instance,
 * plus "parameter" when one query parameter or body member is at fault.
 * Types are URNs, urn:oversight:problem:<slug>, listed in
 * doc/internals/web.md; they identify the kind of problem and are not
 * meant to be fetched.  If even the problem cannot be built (out of
 * memory) no reply is set and the server answers 500 or drops the
 * connection.
 */
#include "../base/compat.h"

#include "web.h"

static void problem_v(struct web_req *rq, unsigned status, const char *slug, const char *title,
		      const char *param, const char *allow, const char *fmt, va_list ap)
	__attribute__((format(printf, 7, 0)));

static void problem_v(struct web_req *rq, unsigned status, const char *slug, const char *title,
		      const char *param, const char *allow, const char *fmt, va_list ap)
{
	struct strbuf detail = STRBUF_INIT, type = STRBUF_INIT;
	json_t *j = json_object();
	json_t *inst = NULL, *d, *p;
	struct MHD_Response *r;
	char *s;

	strbuf_init(&detail, 2048);
	strbuf_vaddf(&detail, fmt, ap);
	strbuf_addf(&type, "urn:oversight:problem:%s", slug);
	if (rq->path)
		inst = json_string(rq->path); /* NULL if not UTF-8: then left out */
	json_object_set_new(j, "type", json_string(strbuf_str(&type)));
	json_object_set_new(j, "title", json_string(title));
	json_object_set_new(j, "status", json_integer(status));
	/* The detail may quote hostile input: keep it only if it is UTF-8. */
	d = json_string(strbuf_str(&detail));
	if (!d)
		d = json_string("(the detail quoted bytes that are not UTF-8)");
	json_object_set_new(j, "detail", d);
	if (inst)
		json_object_set_new(j, "instance", inst);
	if (param && (p = json_string(param)) != NULL)
		json_object_set_new(j, "parameter", p);
	strbuf_release(&detail);
	strbuf_release(&type);
	s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(j);
	if (rq->resp) {
		MHD_destroy_response(rq->resp);
		rq->resp = NULL;
	}
	rq->status = status;
	if (!s)
		return;
	r = MHD_create_response_from_buffer(strlen(s), s, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		free(s);
		return;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "application/problem+json");
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	if (allow)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
	web_security_headers(r);
	rq->resp = r;
}

void web_reply_problem(struct web_req *rq, unsigned status, const char *slug, const char *title,
		       const char *param, const char *allow, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	problem_v(rq, status, slug, title, param, allow, fmt, ap);
	va_end(ap);
}

void web_reply_bad_param(struct web_req *rq, const char *param, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	problem_v(rq, 400, "bad-parameter", "Bad parameter", param, NULL, fmt, ap);
	va_end(ap);
}
