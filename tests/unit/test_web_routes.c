/*
 * test_web_routes.c: the web server's parts that need no socket: the
 * route table's order and completeness, path decoding (every traversal
 * trick refused), routing to 404/405/401 and query checking, problem
 * replies, the OpenAPI description, and the request arena.
 */
#include "t.h"

#include "base/arena.h"
#include "web/web.h"

static void table_is_sorted_and_complete(void)
{
	size_t i;

	for (i = 0; i < web_routes_len; i++) {
		const struct web_route *r = &web_routes[i];
		CHECK(r->pattern[0] == '/', "%s starts with /", r->pattern);
		CHECK(r->handler != NULL, "%s has a handler", r->pattern);
		CHECK(r->role != WEB_ROLE_UNSET, "%s %s has a role", r->method, r->pattern);
		CHECK(r->summary && r->summary[0], "%s has a summary", r->pattern);
		CHECK(r->produces && r->produces[0], "%s has a media type", r->pattern);
		if (i > 0) {
			const struct web_route *p = &web_routes[i - 1];
			int c = strcmp(p->pattern, r->pattern);
			CHECK(c < 0 || (c == 0 && strcmp(p->method, r->method) < 0),
			      "sorted: %s %s before %s %s", p->pattern, p->method, r->pattern,
			      r->method);
		}
	}
}

static const char *decode(struct arena *a, const char *p, const char **why)
{
	*why = NULL;
	return web_path_decode(a, p, strlen(p), why);
}

static void path_decoding(void)
{
	static const char *const bad[] = {
		"/static/../Makefile", "/static/%2e%2e/Makefile", "/static/%2E%2e/x",
		"/static/..%2fMakefile", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/a%00b",
		"/a%0ab", "/a%7fb", "/.", "/./x", "/a/./b", "/a//b", "//", "/%", "/%2", "/%zz",
		"a/b", "", "/..", "/a/..", "/a/%2e",
	};
	struct arena a;
	const char *why, *out;
	size_t i;

	arena_init(&a, 0);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		out = decode(&a, bad[i], &why);
		CHECK(out == NULL, "refused '%s' (got '%s')", bad[i], out ? out : "");
		CHECK(out || why, "says why for '%s'", bad[i]);
	}
	out = decode(&a, "/static/assets/fonts/bold.woff2", &why);
	CHECK(out && !strcmp(out, "/static/assets/fonts/bold.woff2"), "plain path");
	out = decode(&a, "/a%20b/%7Ex", &why);
	CHECK(out && !strcmp(out, "/a b/~x"), "escapes decoded: %s", out ? out : why);
	out = decode(&a, "/", &why);
	CHECK(out && !strcmp(out, "/"), "root");
	out = decode(&a, "/static/..a/b..", &why);
	CHECK(out != NULL, "dots inside a name are fine");
	arena_release(&a);
}

static void req_init(struct web_req *rq, const char *method, const char *target)
{
	memset(rq, 0, sizeof(*rq));
	arena_init(&rq->arena, 0);
	rq->method = method;
	rq->target = target;
	rq->role = WEB_ROLE_PUBLIC;
}

static void req_release(struct web_req *rq)
{
	if (rq->resp)
		MHD_destroy_response(rq->resp);
	arena_release(&rq->arena);
}

static void routing(void)
{
	struct web_req rq;

	req_init(&rq, "GET", "/healthz");
	CHECK(web_route(&rq) == 0 && rq.route && rq.route->handler == web_get_healthz, "healthz");
	req_release(&rq);

	req_init(&rq, "HEAD", "/");
	CHECK(web_route(&rq) == 0 && rq.route && rq.route->handler == web_get_home, "HEAD as GET");
	req_release(&rq);

	req_init(&rq, "GET", "/static/assets/fonts/x.woff2");
	CHECK(web_route(&rq) == 0, "static");
	CHECK(web_param(&rq, "path") && !strcmp(web_param(&rq, "path"), "assets/fonts/x.woff2"),
	      "rest-of-path parameter: %s", web_param(&rq, "path"));
	req_release(&rq);

	req_init(&rq, "GET", "/static/");
	CHECK(web_route(&rq) < 0 && rq.status == 404, "no listing: %u", rq.status);
	req_release(&rq);

	req_init(&rq, "GET", "/nowhere");
	CHECK(web_route(&rq) < 0 && rq.status == 404 && rq.resp, "404: %u", rq.status);
	req_release(&rq);

	req_init(&rq, "PUT", "/api/v1/calendar/series");
	CHECK(web_route(&rq) < 0 && rq.status == 405, "405: %u", rq.status);
	CHECK(rq.resp && !strcmp(MHD_get_response_header(rq.resp, "Allow"), "GET, HEAD, POST"),
	      "Allow");
	req_release(&rq);

	req_init(&rq, "GET", "/static/%2e%2e/x");
	CHECK(web_route(&rq) < 0 && rq.status == 400, "traversal 400: %u", rq.status);
	req_release(&rq);

	req_init(&rq, "GET", "/api/v1/calendar/series?from=2019-10-31&every=P3M&count=3");
	CHECK(web_route(&rq) == 0, "query accepted");
	CHECK(web_query(&rq, "every") && !strcmp(web_query(&rq, "every"), "P3M"), "every");
	CHECK(web_query(&rq, "until") == NULL, "until absent");
	req_release(&rq);

	req_init(&rq, "GET", "/api/v1/calendar/series?from=2019-10-31&every=6+monthly&count=3");
	CHECK(web_route(&rq) == 0 && !strcmp(web_query(&rq, "every"), "6 monthly"), "+ is space");
	req_release(&rq);

	req_init(&rq, "GET", "/api/v1/calendar/series?every=P3M&count=3");
	CHECK(web_route(&rq) < 0 && rq.status == 400, "missing required: %u", rq.status);
	req_release(&rq);

	req_init(&rq, "GET", "/api/v1/calendar/series?from=1&every=2&count=3&bogus=4");
	CHECK(web_route(&rq) < 0 && rq.status == 400, "unknown parameter: %u", rq.status);
	req_release(&rq);

	req_init(&rq, "GET", "/api/v1/calendar/series?from=1&every=2&count=3&count=4");
	CHECK(web_route(&rq) < 0 && rq.status == 400, "repeated parameter: %u", rq.status);
	req_release(&rq);

	req_init(&rq, "GET", "/api/v1/calendar/series?from=1%0d%0a&every=2&count=3");
	CHECK(web_route(&rq) < 0 && rq.status == 400, "CR LF in a value: %u", rq.status);
	req_release(&rq);

	req_init(&rq, "GET", "/healthz");
	rq.role = WEB_ROLE_UNSET; /* a caller with no role at all is refused */
	CHECK(web_route(&rq) < 0 && rq.status == 401, "deny by default: %u", rq.status);
	req_release(&rq);
}

static void openapi_lists_every_route(void)
{
	json_t *doc = web_openapi(), *paths = json_object_get(doc, "paths");
	size_t i, ops = 0;
	const char *k;
	json_t *v;

	CHECK(json_is_object(paths), "paths");
	for (i = 0; i < web_routes_len; i++) {
		char p[256], m[8];
		size_t j, o = 0;
		for (j = 0; web_routes[i].pattern[j] && o + 1 < sizeof(p); j++)
			if (!(web_routes[i].pattern[j] == '*' && web_routes[i].pattern[j + 1] == '}'))
				p[o++] = web_routes[i].pattern[j];
		p[o] = '\0';
		for (j = 0; web_routes[i].method[j] && j + 1 < sizeof(m); j++)
			m[j] = (char)(web_routes[i].method[j] + 32);
		m[j] = '\0';
		CHECK(json_object_get(json_object_get(paths, p), m) != NULL, "%s %s documented", m,
		      p);
	}
	json_object_foreach(paths, k, v) ops += json_object_size(v);
	CHECK(ops == web_routes_len, "%zu operations for %zu routes", ops, web_routes_len);
	json_decref(doc);
}

static void arena_caps_and_aligns(void)
{
	struct arena a;
	void *p, *q;
	char *s;
	int i;

	arena_init(&a, 0);
	for (i = 0; i < 10000; i++) {
		p = arena_alloc(&a, (size_t)(i % 37) + 1);
		CHECK(p && (uintptr_t)p % _Alignof(max_align_t) == 0, "aligned %d", i);
		if (!p || (uintptr_t)p % _Alignof(max_align_t))
			break;
		memset(p, 0xab, (size_t)(i % 37) + 1);
	}
	q = arena_alloc(&a, 100000); /* a big block gets its own chunk */
	CHECK(q != NULL, "big block");
	s = arena_strndup(&a, "hello world", 5);
	CHECK_STR(s, "hello");
	arena_release(&a);

	arena_init(&a, 20000); /* a cap makes the allocator fail on purpose */
	CHECK(arena_alloc(&a, 100) != NULL, "under the cap");
	CHECK(arena_alloc(&a, 50000) == NULL && a.failed, "past the cap fails");
	CHECK(arena_alloc(&a, 1) == NULL, "failure is sticky");
	arena_release(&a);
	CHECK(!a.failed && a.used == 0, "release resets");
	CHECK(arena_zalloc(&a, 16) != NULL, "reusable after release");
	arena_release(&a);
}

int main(void)
{
	T_BEGIN("web_routes");
	RUN(table_is_sorted_and_complete);
	RUN(path_decoding);
	RUN(routing);
	RUN(openapi_lists_every_route);
	RUN(arena_caps_and_aligns);
	return T_END();
}
