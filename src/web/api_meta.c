/*
 * api_meta.c: the routes about the service itself: GET /healthz and the
 * OpenAPI 3 description, GET /api/v1/openapi.json, generated from the
 * route table so that what is documented is exactly what is served (a
 * check test compares the two).  Every operation lists its path and query
 * parameters, its body, its 200 media type, the least role that may call it
 * (x-oversight-role) and problem+json as the answer for everything else.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "web.h"

void web_get_healthz(struct web_req *rq)
{
	json_t *j = json_object();

	json_object_set_new(j, "status", json_string("ok"));
	web_reply_json(rq, 200, j);
}

/* "/static/{path*}" -> "/static/{path}": OpenAPI has no multi-segment
 * parameter, so the description says so in words. */
static char *openapi_path(const char *pattern)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	for (s = pattern; *s; s++)
		if (!(*s == '*' && s[1] == '}'))
			strbuf_addch(&sb, *s);
	return strbuf_detach(&sb, NULL);
}

static json_t *path_params(const char *pattern)
{
	json_t *arr = json_array();
	const char *s = pattern;

	while ((s = strchr(s, '{')) != NULL) {
		const char *close = strchr(s, '}');
		bool rest = close[-1] == '*';
		size_t n = (size_t)(close - s - 1) - (rest ? 1 : 0);
		json_t *p = json_object();
		json_object_set_new(p, "name", json_stringn(s + 1, n));
		json_object_set_new(p, "in", json_string("path"));
		json_object_set_new(p, "required", json_true());
		json_object_set_new(p, "schema", json_pack("{s:s}", "type", "string"));
		if (rest)
			json_object_set_new(p, "description",
					    json_string("the rest of the path; may contain '/'"));
		json_array_append_new(arr, p);
		s = close;
	}
	return arr;
}

static json_t *operation(const struct web_route *r)
{
	json_t *op = json_object(), *params = path_params(r->pattern), *resp = json_object();
	char *id = openapi_path(r->pattern);
	const char *c;
	struct strbuf opid = STRBUF_INIT;
	size_t i;

	/* operationId: method and path, letters and digits only: get_api_v1_openapi_json */
	for (c = r->method; *c; c++)
		strbuf_addch(&opid, ch_lower(*c));
	for (c = id ? id : ""; *c; c++)
		if (ch_is_alpha(*c) || ch_is_digit(*c))
			strbuf_addch(&opid, ch_lower(*c));
		else if (opid.len && opid.buf[opid.len - 1] != '_')
			strbuf_addch(&opid, '_');
	while (opid.len && opid.buf[opid.len - 1] == '_')
		opid.buf[--opid.len] = '\0';
	free(id);
	json_object_set_new(op, "operationId", json_string(strbuf_str(&opid)));
	strbuf_release(&opid);
	json_object_set_new(op, "summary", json_string(r->summary));
	json_object_set_new(op, "x-oversight-role", json_string(web_role_name(r->role)));
	for (i = 0; r->query && r->query[i].name; i++) {
		const struct web_param *q = &r->query[i];
		json_t *p = json_object(), *schema = json_object();
		json_object_set_new(p, "name", json_string(q->name));
		json_object_set_new(p, "in", json_string("query"));
		json_object_set_new(p, "required", json_boolean(q->required));
		json_object_set_new(p, "description", json_string(q->help));
		json_object_set_new(schema, "type", json_string(q->type));
		if (q->format)
			json_object_set_new(schema, "format", json_string(q->format));
		json_object_set_new(p, "schema", schema);
		json_array_append_new(params, p);
	}
	if (json_array_size(params))
		json_object_set_new(op, "parameters", params);
	else
		json_decref(params);
	if (r->body != WEB_BODY_NONE) {
		static const char *const types[] = {"", "application/json", "multipart/form-data",
						    "application/x-www-form-urlencoded"};
		static const char *const what[] = {"", "a JSON object, at most 64 KiB",
						   "a multipart upload, at most 16 MiB",
						   "an HTML form, at most 64 KiB"};
		json_object_set_new(op, "requestBody",
				    json_pack("{s:b, s:s, s:{s:{s:{s:s}}}}", "required", 1,
					      "description", what[r->body], "content",
					      types[r->body], "schema", "type", "object"));
	}
	json_object_set_new(resp, "200",
			    json_pack("{s:s, s:{s:{}}}", "description", "success", "content",
				      r->produces));
	json_object_set_new(
		resp, "default",
		json_pack("{s:s, s:{s:{s:{s:s}}}}", "description",
			  "an error, as RFC 9457 problem details", "content",
			  "application/problem+json", "schema", "$ref",
			  "#/components/schemas/Problem"));
	json_object_set_new(op, "responses", resp);
	return op;
}

json_t *web_openapi(void)
{
	json_t *doc = json_object(), *paths = json_object();
	size_t i;

	json_object_set_new(doc, "openapi", json_string("3.0.3"));
	json_object_set_new(
		doc, "info",
		json_pack("{s:s, s:s, s:s}", "title", "Oversight API", "version", "1.0.0",
			  "description",
			  "The national register of statutory intervention in children's services "
			  "in England. Errors are RFC 9457 problem details; JSON replies carry a "
			  "strong ETag and honour If-None-Match."));
	for (i = 0; i < web_routes_len; i++) {
		const struct web_route *r = &web_routes[i];
		char *p = openapi_path(r->pattern), m[8];
		json_t *item;
		size_t k;
		if (!p)
			continue;
		item = json_object_get(paths, p);
		if (!item) {
			item = json_object();
			json_object_set_new(paths, p, item);
		}
		for (k = 0; r->method[k] && k + 1 < sizeof(m); k++)
			m[k] = (char)ch_lower(r->method[k]);
		m[k] = '\0';
		json_object_set_new(item, m, operation(r));
		free(p);
	}
	json_object_set_new(doc, "paths", paths);
	json_object_set_new(
		doc, "components",
		json_pack("{s:{s:{s:s, s:[s,s,s], s:{s:{s:s}, s:{s:s}, s:{s:s}, s:{s:s}, s:{s:s}, "
			  "s:{s:s, s:s}}}}}",
			  "schemas", "Problem", "type", "object", "required", "type", "title",
			  "status", "properties", "type", "type", "string", "title", "type", "string",
			  "status", "type", "integer", "detail", "type", "string", "instance",
			  "type", "string", "parameter", "type", "string", "description",
			  "the query parameter or body member at fault"));
	return doc;
}

void web_get_openapi(struct web_req *rq) { web_reply_json(rq, 200, web_openapi()); }
