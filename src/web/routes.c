/*
 * routes.c: the route table and the router.
 *
 * The table is declarative and sorted by pattern, then method (a unit test
 * checks the order, that patterns are well formed and that no route is
 * left without a role).  The OpenAPI description is generated from it, so
 * what is documented is what is served.
 *
 * The router works on the raw request-target, not on MHD's decoded URL:
 * it decodes the path itself and refuses, with 400, anything that could
 * name a file outside the tree or confuse a later stage: "." and ".."
 * segments (literal or percent-encoded), encoded '/' and '\', NUL and
 * other control bytes, empty segments and bad escapes.  Then it matches
 * patterns segment by segment ({name} takes one segment, a last {name*}
 * the rest), answers 404 for an unknown path and 405 with Allow for a
 * known path with the wrong method, checks the caller's role, and parses
 * the query string against the route's declared parameters (unknown,
 * repeated or missing ones are 400 naming the parameter).
 */
#include "../base/compat.h"

#include "auth.h"
#include "web.h"

static const struct web_param q_series[] = {
	{"from", "string", "date", true, "the anchor date the series counts from (YYYY-MM-DD)"},
	{"every", "string", NULL, true, "the interval: P3M, P6W, '6 monthly', quarterly"},
	{"first", "string", "date", false, "the first occurrence, if not anchor + one interval"},
	{"until", "string", "date", false, "the last date the series may fall on (inclusive)"},
	{"count", "integer", NULL, false, "stop after this many occurrences (1 to 1000)"},
	{"convention", "string", NULL, false, "corresponding (default) or day-before"},
	{"day", "string", NULL, false, "the day of each month: 1MO, 2TU, -1FR, 1WD, -1WD"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_list[] = {
	{"council", "integer", NULL, false, "only this council (its DfE LA number)"},
	{"from", "string", "date", false, "on or after this date (YYYY-MM-DD)"},
	{"to", "string", "date", false, "on or before this date (YYYY-MM-DD)"},
	{"limit", "integer", NULL, false, "at most this many items (default 100, at most 1000)"},
	{"after", "string", NULL, false, "the cursor from the previous page's 'next'"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_as_of[] = {
	{"as_of", "string", "date", false, "the register as it stood on this date (default today)"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_occurrences[] = {
	{"as_of", "string", "date", false, "status as of this date (default today)"},
	{"from", "string", "date", false, "due on or after this date (default as_of - 90 days)"},
	{"to", "string", "date", false, "due on or before this date (default as_of + 90 days)"},
	{"status", "string", NULL, false,
	 "only this status: upcoming, due, overdue, met, met_late, ended"},
	{"limit", "integer", NULL, false, "at most this many items (default 500, at most 5000)"},
	{"after", "string", NULL, false, "the cursor from the previous page's 'next'"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_dashboard[] = {
	{"as_of", "string", "date", false, "the register as it stood on this date (default today)"},
	{"stage", "string", NULL, false, "only councils at this stage (none, improvement_notice, ...)"},
	{"region", "string", NULL, false, "only councils in this region"},
	{"in", "string", NULL, false, "'intervention': only councils in intervention"},
	{"sort", "string", NULL, false, "name, stage, since, judgement or overdue"},
	{"order", "string", NULL, false, "asc or desc"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_report[] = {
	{"as_of", "string", "date", false, "the report's date: the end of its period"},
	{"period", "string", NULL, false, "how far back from as_of (P1M, P3M, P6W)"},
	{"format", "string", NULL, false, "html (default), markdown, pdf or csv"},
	{"table", "string", NULL, false, "with format=csv: which table (e.g. rag-summary)"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_plan[] = {
	{"as_of", "string", "date", false, "actions' state and objectives slow to progress on this date"},
	{"version", "integer", NULL, false, "that version of the plan (default the latest)"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_report_api[] = {
	{"as_of", "string", "date", false, "the report's date: the end of its period"},
	{"period", "string", NULL, false, "how far back from as_of (P1M, P3M, P6W)"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_check[] = {
	{"as_of", "string", "date", false, "as of this date (default today)"},
	{"council", "integer", NULL, false, "only this council (its DfE LA number)"},
	{NULL, NULL, NULL, false, NULL},
};

static const struct web_param q_council[] = {
	{"on", "string", "date", false, "instruments in force on this date (default today)"},
	{NULL, NULL, NULL, false, NULL},
};

#define JSON_T "application/json"
#define HTML_T "text/html; charset=utf-8"

const struct web_route web_routes[] = {
	{"/", "GET", web_get_home, WEB_ROLE_PUBLIC, WEB_BODY_NONE, HTML_T,
	 "the service's home page", NULL},
	{"/api/v1/calendar/series", "GET", web_get_calendar_series, WEB_ROLE_PUBLIC, WEB_BODY_NONE,
	 JSON_T, "the dates of a recurring duty, each with its derivation", q_series},
	{"/api/v1/calendar/series", "POST", web_post_calendar_series, WEB_ROLE_PUBLIC,
	 WEB_BODY_JSON, JSON_T,
	 "the same as GET, with the parameters as members of a JSON object", NULL},
	{"/api/v1/check", "GET", web_get_check, WEB_ROLE_DFE_VIEWER, WEB_BODY_NONE, JSON_T,
	 "departures from the rules (as oversight check): overdue deadlines, missing evidence, "
	 "instruments below policy, records needing review",
	 q_check},
	{"/api/v1/councils", "GET", web_get_councils, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "every children's services authority", NULL},
	{"/api/v1/councils/{code}", "GET", web_get_council, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "a council, its instruments in force on a date, and its history", q_council},
	{"/api/v1/councils/{code}/boards", "GET", web_get_council_boards, WEB_ROLE_COUNCIL_OFFICER,
	 WEB_BODY_NONE, JSON_T, "the council's boards, their meetings and the cadence kept",
	 q_as_of},
	{"/api/v1/councils/{code}/calendar.ics", "GET", web_get_council_calendar,
	 WEB_ROLE_COUNCIL_OFFICER, WEB_BODY_NONE, "text/calendar",
	 "the council's dated duties as iCalendar (RFC 5545), to subscribe to", q_as_of},
	{"/api/v1/councils/{code}/obligations", "GET", web_get_council_obligations,
	 WEB_ROLE_COUNCIL_OFFICER, WEB_BODY_NONE, JSON_T,
	 "every duty of the council's instruments, with its due date or recurrence", NULL},
	{"/api/v1/councils/{code}/occurrences", "GET", web_get_council_occurrences,
	 WEB_ROLE_COUNCIL_OFFICER, WEB_BODY_NONE, JSON_T,
	 "the council's dated duties due in a range, each with its status as of a date",
	 q_occurrences},
	{"/api/v1/councils/{code}/plan", "GET", web_get_council_plan, WEB_ROLE_COUNCIL_OFFICER,
	 WEB_BODY_NONE, JSON_T,
	 "the improvement plan: objectives (slow to progress, and why), actions, measures, updates",
	 q_plan},
	{"/api/v1/councils/{code}/reports/{kind}", "GET", web_get_council_report_api,
	 WEB_ROLE_COUNCIL_OFFICER, WEB_BODY_NONE, JSON_T,
	 "a report's tables as data (board, minister, highlight, review)", q_report_api},
	{"/api/v1/documents", "POST", web_post_api_documents, WEB_ROLE_DFE_ADMIN, WEB_BODY_UPLOAD,
	 JSON_T, "upload an instrument (multipart field 'file'): stored, read, not yet ingested",
	 NULL},
	{"/api/v1/documents/{sha256}", "GET", web_get_document, WEB_ROLE_PUBLIC, WEB_BODY_NONE,
	 "application/octet-stream",
	 "a document's original bytes (an instrument's for anyone; others for DfE roles)", NULL},
	{"/api/v1/documents/{sha256}/ingest", "POST", web_post_api_document_ingest,
	 WEB_ROLE_DFE_ADMIN, WEB_BODY_NONE, JSON_T,
	 "put an uploaded instrument into the register (as oversight ingest)", NULL},
	{"/api/v1/inspections", "GET", web_get_inspections, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "Ofsted inspections, by council and publication date, paged", q_list},
	{"/api/v1/instruments", "GET", web_get_instruments, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "instruments, by council and date, paged", q_list},
	{"/api/v1/instruments/{sha256}", "GET", web_get_instrument, WEB_ROLE_PUBLIC, WEB_BODY_NONE,
	 JSON_T, "an instrument: the reader's record with provenance, its status, end, corrections",
	 NULL},
	{"/api/v1/occurrences/{id}", "GET", web_get_occurrence, WEB_ROLE_COUNCIL_OFFICER,
	 WEB_BODY_NONE, JSON_T, "one occurrence of a duty: its status and the evidence it was met",
	 q_as_of},
	{"/api/v1/occurrences/{id}/evidence", "POST", web_post_occurrence_evidence,
	 WEB_ROLE_ADVISER, WEB_BODY_JSON, JSON_T,
	 "record that an occurrence was met: JSON {date, note}; audited as the caller", q_as_of},
	{"/api/v1/openapi.json", "GET", web_get_openapi, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "this OpenAPI 3 description, generated from the route table", NULL},
	{"/api/v1/status", "GET", web_get_status, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "every council's stage, since when, latest judgement and instruments in force (overdue "
	 "duties for DfE roles)",
	 q_as_of},
	{"/api/v1/whoami", "GET", web_get_whoami, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "who the request is from: user name, role, councils and the session's CSRF token", NULL},
	{"/councils/{code}", "GET", web_get_council_page, WEB_ROLE_PUBLIC, WEB_BODY_NONE, HTML_T,
	 "a council: stage, instruments in force and history; its duties, plan and reports for "
	 "those who may see them",
	 q_as_of},
	{"/councils/{code}/reports/{kind}", "GET", web_get_report_page, WEB_ROLE_COUNCIL_OFFICER,
	 WEB_BODY_NONE, HTML_T,
	 "a council's board, minister, highlight or review report (HTML, Markdown, PDF, CSV)",
	 q_report},
	{"/dashboard", "GET", web_get_dashboard, WEB_ROLE_PUBLIC, WEB_BODY_NONE, HTML_T,
	 "the national dashboard: councils by stage, latest judgements, overdue duties",
	 q_dashboard},
	{"/feeds/{file}", "GET", web_get_feed, WEB_ROLE_PUBLIC, WEB_BODY_NONE, "text/calendar",
	 "a user's calendar at its secret address (oversight user token NAME --kind feed)",
	 q_as_of},
	{"/healthz", "GET", web_get_healthz, WEB_ROLE_PUBLIC, WEB_BODY_NONE, JSON_T,
	 "liveness: the server is up and answering", NULL},
	{"/instruments/{sha256}", "GET", web_get_instrument_page, WEB_ROLE_PUBLIC, WEB_BODY_NONE,
	 HTML_T, "an instrument's text with each duty marked where it was read, and its schedule",
	 NULL},
	{"/login", "GET", web_get_login, WEB_ROLE_PUBLIC, WEB_BODY_NONE, HTML_T,
	 "the sign-in form", NULL},
	{"/login", "POST", web_post_login, WEB_ROLE_PUBLIC, WEB_BODY_FORM, HTML_T,
	 "sign in: user name, password and the form's CSRF token; sets the session cookie",
	 NULL},
	{"/logout", "POST", web_post_logout, WEB_ROLE_COUNCIL_OFFICER, WEB_BODY_FORM, HTML_T,
	 "sign out: ends the session", NULL},
	{"/occurrences/{id}", "GET", web_get_occurrence_page, WEB_ROLE_COUNCIL_OFFICER,
	 WEB_BODY_NONE, HTML_T, "one dated duty: its words, derivation, status and evidence",
	 q_as_of},
	{"/occurrences/{id}", "POST", web_post_occurrence_page, WEB_ROLE_ADVISER, WEB_BODY_UPLOAD,
	 HTML_T, "record evidence that the duty was met (date, note, optional file)", NULL},
	{"/reports/national", "GET", web_get_national_report_page, WEB_ROLE_DFE_VIEWER,
	 WEB_BODY_NONE, HTML_T, "the national overview report (HTML, Markdown, PDF, CSV)",
	 q_report},
	{"/review", "GET", web_get_review_page, WEB_ROLE_DFE_VIEWER, WEB_BODY_NONE, HTML_T,
	 "instruments whose reading has warnings, for a person to confirm", NULL},
	{"/review/{sha256}", "POST", web_post_review, WEB_ROLE_DFE_ADMIN, WEB_BODY_FORM, HTML_T,
	 "confirm an instrument as read (kept as a correction with who and when)", NULL},
	{"/static/{path*}", "GET", web_get_static, WEB_ROLE_PUBLIC, WEB_BODY_NONE,
	 "application/octet-stream", "GOV.UK Frontend assets (CSS, fonts, images)", NULL},
	{"/upload", "GET", web_get_upload, WEB_ROLE_DFE_ADMIN, WEB_BODY_NONE, HTML_T,
	 "the form to upload an instrument", NULL},
	{"/upload", "POST", web_post_upload, WEB_ROLE_DFE_ADMIN, WEB_BODY_UPLOAD, HTML_T,
	 "upload an instrument: stored, then shown for review", NULL},
	{"/upload/{sha256}", "GET", web_get_upload_preview, WEB_ROLE_DFE_ADMIN, WEB_BODY_NONE,
	 HTML_T, "what the reader found in an uploaded instrument, for review", NULL},
	{"/upload/{sha256}", "POST", web_post_upload_ingest, WEB_ROLE_DFE_ADMIN, WEB_BODY_FORM,
	 HTML_T, "put the reviewed instrument into the register", NULL},
};

const size_t web_routes_len = ARRAY_SIZE(web_routes);

const char *web_role_name(enum web_role r)
{
	switch (r) {
	case WEB_ROLE_PUBLIC: return "public";
	case WEB_ROLE_COUNCIL_OFFICER: return "council_officer";
	case WEB_ROLE_ADVISER: return "adviser";
	case WEB_ROLE_DFE_VIEWER: return "dfe_viewer";
	case WEB_ROLE_DFE_ADMIN: return "dfe_admin";
	case WEB_ROLE_UNSET: break;
	}
	return "unset";
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool web_sha256_ok(const char *s)
{
	size_t i;
	for (i = 0; s && s[i]; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return s && i == 64;
}

static bool bad_byte(unsigned char c) { return c < 0x20 || c == 0x7f || c == '\\'; }

const char *web_path_decode(struct arena *a, const char *p, size_t n, const char **why)
{
	char *out, *seg;
	size_t i, o = 0;

	if (n == 0 || p[0] != '/') {
		*why = "the path must start with '/'";
		return NULL;
	}
	out = arena_alloc(a, n + 1);
	if (!out) {
		*why = "out of memory";
		return NULL;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '%') {
			int hi = i + 2 < n ? hexval(p[i + 1]) : -1, lo = i + 2 < n ? hexval(p[i + 2]) : -1;
			if (hi < 0 || lo < 0) {
				*why = "the path has a bad percent-escape";
				return NULL;
			}
			c = (unsigned char)(hi * 16 + lo);
			i += 2;
			if (c == '/' || c == '\\') {
				*why = "the path has an encoded slash";
				return NULL;
			}
		}
		if (bad_byte(c)) {
			*why = c == 0 ? "the path has a NUL byte" : "the path has a control byte or '\\'";
			return NULL;
		}
		out[o++] = (char)c;
	}
	out[o] = '\0';
	/* Segments: none may be empty (except the last: "/" and "/a/"), "." or "..". */
	for (seg = out + 1;; ) {
		char *end = strchr(seg, '/');
		size_t len = end ? (size_t)(end - seg) : strlen(seg);
		if ((len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.')) {
			*why = "the path has a '.' or '..' segment";
			return NULL;
		}
		if (len == 0 && end) {
			*why = "the path has an empty segment";
			return NULL;
		}
		if (!end)
			break;
		seg = end + 1;
	}
	return out;
}

/* Match path against pattern; on success fill rq->params. */
static bool match(const char *pat, const char *path, struct web_req *rq, bool fill)
{
	size_t np = 0;

	for (;;) {
		if (*pat == '{') {
			const char *close = strchr(pat, '}');
			size_t nlen = (size_t)(close - pat - 1);
			bool rest = close[-1] == '*';
			size_t vlen = rest ? strlen(path) : strcspn(path, "/");
			if (vlen == 0 || np >= WEB_MAX_PATH_PARAMS)
				return false;
			if (fill) {
				rq->params[np].name =
					arena_strndup(&rq->arena, pat + 1, rest ? nlen - 1 : nlen);
				rq->params[np].value = arena_strndup(&rq->arena, path, vlen);
				if (!rq->params[np].name || !rq->params[np].value)
					return false;
			}
			np++;
			pat = close + 1;
			path += vlen;
			continue;
		}
		if (*pat != *path)
			return false;
		if (!*pat)
			break;
		pat++;
		path++;
	}
	if (fill)
		rq->nparams = np;
	return true;
}

static bool same_method(const char *route, const char *req)
{
	return !strcmp(route, req) || (!strcmp(route, "GET") && !strcmp(req, "HEAD"));
}

/* Decode a query component (percent-escapes, '+' as space) into the arena. */
static char *query_decode(struct arena *a, const char *p, size_t n, bool *bad)
{
	char *out = arena_alloc(a, n + 1);
	size_t i, o = 0;

	if (!out) {
		*bad = true;
		return NULL;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '+') {
			c = ' ';
		} else if (c == '%') {
			int hi = i + 2 < n ? hexval(p[i + 1]) : -1;
			int lo = i + 2 < n ? hexval(p[i + 2]) : -1;
			if (hi < 0 || lo < 0) {
				*bad = true;
				return NULL;
			}
			c = (unsigned char)(hi * 16 + lo);
			i += 2;
		}
		if (c < 0x20 || c == 0x7f) {
			*bad = true;
			return NULL;
		}
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return out;
}

static int parse_query(struct web_req *rq, const char *q)
{
	const struct web_param *decl = rq->route->query;
	size_t i;

	while (q && *q) {
		const char *amp = strchr(q, '&'), *eq;
		size_t len = amp ? (size_t)(amp - q) : strlen(q), klen;
		char *name, *value;
		bool bad = false, known = false;

		if (len == 0) {
			q = amp ? amp + 1 : NULL;
			continue;
		}
		eq = memchr(q, '=', len);
		klen = eq ? (size_t)(eq - q) : len;
		name = query_decode(&rq->arena, q, klen, &bad);
		value = bad ? NULL
			    : eq ? query_decode(&rq->arena, eq + 1, len - klen - 1, &bad)
				 : arena_strdup(&rq->arena, "");
		if (bad || !name || !value) {
			web_reply_problem(rq, 400, "bad-query", "Bad query string", NULL, NULL,
					  "the query string has a bad escape or a control byte");
			return -1;
		}
		for (i = 0; decl && decl[i].name; i++)
			known |= !strcmp(decl[i].name, name);
		if (!known) {
			web_reply_bad_param(rq, name, "unknown parameter '%s' for %s %s", name,
					    rq->route->method, rq->route->pattern);
			return -1;
		}
		if (web_query(rq, name)) {
			web_reply_bad_param(rq, name, "parameter '%s' given twice", name);
			return -1;
		}
		if (rq->nquery == WEB_MAX_QUERY) {
			web_reply_problem(rq, 400, "bad-query", "Bad query string", NULL, NULL,
					  "more than %d query parameters", WEB_MAX_QUERY);
			return -1;
		}
		rq->query[rq->nquery].name = name;
		rq->query[rq->nquery].value = value;
		rq->nquery++;
		q = amp ? amp + 1 : NULL;
	}
	for (i = 0; decl && decl[i].name; i++)
		if (decl[i].required && !web_query(rq, decl[i].name)) {
			web_reply_bad_param(rq, decl[i].name, "parameter '%s' is required: %s",
					    decl[i].name, decl[i].help);
			return -1;
		}
	return 0;
}

int web_route(struct web_req *rq)
{
	const char *t = rq->target, *qm, *why = NULL;
	char allow[64] = "";
	size_t i, plen;

	if (strlen(t) > WEB_MAX_URL) {
		web_reply_problem(rq, 414, "uri-too-long", "URI too long", NULL, NULL,
				  "the request-target is longer than %d bytes", WEB_MAX_URL);
		return -1;
	}
	qm = strchr(t, '?');
	plen = qm ? (size_t)(qm - t) : strlen(t);
	rq->path = web_path_decode(&rq->arena, t, plen, &why);
	if (!rq->path) {
		web_reply_problem(rq, 400, "bad-path", "Bad path", NULL, NULL, "%s", why);
		return -1;
	}
	for (i = 0; i < web_routes_len; i++) {
		const struct web_route *r = &web_routes[i];
		if (!match(r->pattern, rq->path, rq, false))
			continue;
		if (same_method(r->method, rq->method)) {
			rq->route = r;
			break;
		}
		if (allow[0])
			strncat(allow, ", ", sizeof(allow) - strlen(allow) - 1);
		strncat(allow, r->method, sizeof(allow) - strlen(allow) - 1);
		if (!strcmp(r->method, "GET"))
			strncat(allow, ", HEAD", sizeof(allow) - strlen(allow) - 1);
	}
	if (!rq->route && allow[0]) {
		web_reply_problem(rq, 405, "method-not-allowed", "Method not allowed", NULL, allow,
				  "%s is not allowed here; allowed: %s", rq->method, allow);
		return -1;
	}
	if (!rq->route) {
		web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
				  "there is nothing at this path");
		return -1;
	}
	if (rq->route->role == WEB_ROLE_UNSET || rq->role < rq->route->role) {
		web_reply_problem(rq, rq->role <= WEB_ROLE_PUBLIC ? 401 : 403, "forbidden",
				  "Not allowed", NULL, NULL, "this needs the role %s",
				  web_role_name(rq->route->role));
		return -1;
	}
	if (!match(rq->route->pattern, rq->path, rq, true)) {
		web_reply_problem(rq, 500, "internal", "Internal error", NULL, NULL, "out of memory");
		return -1;
	}
	return parse_query(rq, qm ? qm + 1 : NULL);
}

const char *web_query(const struct web_req *rq, const char *name)
{
	size_t i;

	for (i = 0; i < rq->nquery; i++)
		if (!strcmp(rq->query[i].name, name))
			return rq->query[i].value;
	return NULL;
}

const char *web_param(const struct web_req *rq, const char *name)
{
	size_t i;

	for (i = 0; i < rq->nparams; i++)
		if (!strcmp(rq->params[i].name, name))
			return rq->params[i].value;
	return NULL;
}

const char *web_header(const struct web_req *rq, const char *name)
{
	if (!rq->conn)
		return NULL;
	return MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, name);
}
