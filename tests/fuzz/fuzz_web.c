/*
 * fuzz_web.c: libFuzzer target for the router and the handlers that need
 * no socket.  The first byte picks the method, the rest (up to a NUL) is
 * the raw request-target.  Whatever the bytes, routing must end in a route
 * or an error reply, never a crash; a routed path must hold no "." or ".."
 * segment, no empty segment, no backslash and no control byte; and the
 * handler must set exactly one reply.
 */
#include "base/compat.h"

#include "web/web.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_path(const char *p)
{
	const char *s;

	if (p[0] != '/')
		abort();
	for (s = p; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == 0x7f || c == '\\')
			abort();
		if (c == '/' && s[1] == '/')
			abort();
		if (c == '/' && s[1] == '.' && (s[2] == '/' || s[2] == '\0'))
			abort();
		if (c == '/' && s[1] == '.' && s[2] == '.' && (s[3] == '/' || s[3] == '\0'))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const methods[] = {"GET", "HEAD", "POST", "PUT"};
	struct web_req rq;
	char *target;

	if (size < 1 || size > 8192)
		return 0;
	target = malloc(size);
	if (!target)
		return 0;
	memcpy(target, data + 1, size - 1);
	target[size - 1] = '\0';
	memset(&rq, 0, sizeof(rq));
	arena_init(&rq.arena, WEB_ARENA_CAP);
	rq.method = methods[data[0] % 4];
	rq.target = target;
	rq.role = WEB_ROLE_PUBLIC;
	if (web_route(&rq) == 0) {
		size_t i;
		if (!rq.route || !rq.path || rq.resp)
			abort();
		check_path(rq.path);
		for (i = 0; i < rq.nparams; i++)
			if (!rq.params[i].value[0])
				abort();
		rq.route->handler(&rq);
		if (!rq.resp || rq.status < 200 || rq.status > 599)
			abort();
	} else if (!rq.resp || rq.status < 400 || rq.status > 499) {
		abort();
	}
	if (rq.resp)
		MHD_destroy_response(rq.resp);
	strbuf_release(&rq.body);
	arena_release(&rq.arena);
	free(target);
	return 0;
}
