/*
 * api_calendar.c: the calendar engine over HTTP, the first real API route.
 *
 *   GET  /api/v1/calendar/series?from=2019-10-31&every=P3M&count=3
 *   POST /api/v1/calendar/series  {"from": "2019-10-31", "every": "P3M", "count": 3}
 *
 * both answer the series `oversight cal series --json` prints, with each
 * occurrence's derivation, as one object:
 *   {"from": ..., "every": "P3M", "convention": "corresponding",
 *    "occurrences": [{"n": 1, "date": "2020-01-31", "derivation": "..."}, ...],
 *    "truncated": false}
 * (plus "day", "first", "until", "count" and "warning" when they apply;
 * day=1MO puts each occurrence on the first Monday of its month, see
 * cal/recur.h).  Every
 * input is checked and a bad one is answered 400 problem+json naming the
 * parameter.  A reply holds at most WEB_SERIES_MAX occurrences: count is
 * limited to that, and a series bounded only by `until` that has more is
 * cut there with "truncated": true.
 */
#include "../base/compat.h"

#include "../cal/recur.h"
#include "web.h"

#define WEB_SERIES_MAX 1000

struct series_in {
	const char *from, *every, *first, *until, *count, *convention, *day;
};

static int date_in(struct web_req *rq, const char *name, const char *s, cal_day *out)
{
	struct err e = {0};

	if (cal_parse_iso(strv_of(s), out, &e) < 0) {
		web_reply_bad_param(rq, name, "%s: %s", name, e.msg);
		return -1;
	}
	return 0;
}

static void series(struct web_req *rq, const struct series_in *in)
{
	struct cal_recur r;
	struct err e = {0};
	cal_day *occ;
	char buf[CAL_DATE_LEN], per[48];
	json_t *doc, *arr;
	bool more = false;
	int n, i;

	memset(&r, 0, sizeof(r));
	if (!in->from || !in->every) {
		web_reply_bad_param(rq, in->from ? "every" : "from", "parameter '%s' is required",
				    in->from ? "every" : "from");
		return;
	}
	if (date_in(rq, "from", in->from, &r.anchor) < 0)
		return;
	if (cal_period_parse(strv_of(in->every), &r.every, &e) < 0) {
		web_reply_bad_param(rq, "every", "every: %s", e.msg);
		return;
	}
	if (in->first) {
		r.has_first = true;
		if (date_in(rq, "first", in->first, &r.first) < 0)
			return;
	}
	if (in->until) {
		r.has_until = true;
		if (date_in(rq, "until", in->until, &r.until) < 0)
			return;
	}
	if (in->count) {
		struct strv v = strv_of(in->count);
		if (!strv_eat_uint(&v, 4, &r.count) || v.n || r.count < 1 ||
		    r.count > WEB_SERIES_MAX) {
			web_reply_bad_param(rq, "count",
					    "count must be a whole number from 1 to %d, not '%s'",
					    WEB_SERIES_MAX, in->count);
			return;
		}
	}
	if (in->day && cal_dayrule_parse(strv_of(in->day), &r.day, &e) < 0) {
		web_reply_bad_param(rq, "day", "day: %s", e.msg);
		return;
	}
	if (in->convention && cal_convention_parse(in->convention, &r.conv, &e) < 0) {
		web_reply_bad_param(rq, "convention", "convention: %s", e.msg);
		return;
	}
	if (!in->until && !in->count) {
		web_reply_bad_param(rq, "count", "a series needs an end: until or count");
		return;
	}
	if (cal_recur_check(&r, &e) < 0) {
		web_reply_problem(rq, 400, "bad-series", "Bad series", NULL, NULL, "%s", e.msg);
		return;
	}
	occ = arena_alloc(&rq->arena, sizeof(*occ) * WEB_SERIES_MAX);
	if (!occ) {
		web_reply_problem(rq, 500, "internal", "Internal error", NULL, NULL, "out of memory");
		return;
	}
	n = cal_recur_expand(&r, occ, WEB_SERIES_MAX, &more, &e);
	if (n < 0) {
		web_reply_problem(rq, 400, "bad-series", "Bad series", NULL, NULL, "%s", e.msg);
		return;
	}
	doc = json_object();
	arr = json_array();
	json_object_set_new(doc, "from", json_string(cal_format_iso(r.anchor, buf)));
	json_object_set_new(doc, "every", json_string(cal_period_format(r.every, per, sizeof(per))));
	json_object_set_new(doc, "convention",
			    json_string(r.conv == CAL_DAY_BEFORE ? "day-before" : "corresponding"));
	if (r.day.kind != CAL_DAY_NONE)
		json_object_set_new(doc, "day",
		                    json_string(cal_dayrule_format(r.day, per, sizeof(per))));
	if (r.has_first)
		json_object_set_new(doc, "first", json_string(cal_format_iso(r.first, buf)));
	if (r.has_until)
		json_object_set_new(doc, "until", json_string(cal_format_iso(r.until, buf)));
	if (r.count)
		json_object_set_new(doc, "count", json_integer(r.count));
	if (r.every.warning)
		json_object_set_new(doc, "warning", json_string(r.every.warning));
	for (i = 0; i < n; i++) {
		struct strbuf dv = STRBUF_INIT;
		struct err sub = {0};
		json_t *o = json_object();
		cal_recur_nth(&r, i, &occ[i], &dv, &sub);
		json_object_set_new(o, "n", json_integer(i + 1));
		json_object_set_new(o, "date", json_string(cal_format_iso(occ[i], buf)));
		json_object_set_new(o, "derivation", json_string(strbuf_str(&dv)));
		json_array_append_new(arr, o);
		strbuf_release(&dv);
	}
	json_object_set_new(doc, "occurrences", arr);
	json_object_set_new(doc, "truncated", json_boolean(more && !r.count));
	web_reply_json(rq, 200, doc);
}

void web_get_calendar_series(struct web_req *rq)
{
	struct series_in in = {
	    web_query(rq, "from"),  web_query(rq, "every"), web_query(rq, "first"),
	    web_query(rq, "until"), web_query(rq, "count"), web_query(rq, "convention"),
	    web_query(rq, "day"),
	};

	series(rq, &in);
}

void web_post_calendar_series(struct web_req *rq)
{
	static const char *const names[] = {"from",  "every",      "first", "until",
	                                    "count", "convention", "day"};
	const char *vals[ARRAY_SIZE(names)] = {0};
	const char *type = web_header(rq, "Content-Type"), *key;
	json_error_t je;
	json_t *doc, *v;
	size_t i;

	if (!type || strncmp(type, "application/json", 16) || (type[16] && type[16] != ';')) {
		web_reply_problem(rq, 415, "unsupported-media-type", "Unsupported media type", NULL,
				  NULL, "send the body as application/json");
		return;
	}
	doc = json_loadb(rq->body.buf ? rq->body.buf : "", rq->body.len,
			 JSON_REJECT_DUPLICATES, &je);
	if (!doc) {
		web_reply_problem(rq, 400, "bad-json", "Malformed JSON", NULL, NULL,
				  "cannot parse the body as JSON: %s (line %d, column %d)", je.text,
				  je.line, je.column);
		return;
	}
	if (!json_is_object(doc)) {
		json_decref(doc);
		web_reply_problem(rq, 400, "bad-json", "Malformed JSON", NULL, NULL,
				  "the body must be a JSON object");
		return;
	}
	json_object_foreach(doc, key, v) {
		for (i = 0; i < ARRAY_SIZE(names); i++)
			if (!strcmp(names[i], key))
				break;
		if (i == ARRAY_SIZE(names)) {
			web_reply_bad_param(rq, key, "unknown member '%s'", key);
			json_decref(doc);
			return;
		}
		if (json_is_string(v) && strlen(json_string_value(v)) != json_string_length(v)) {
			web_reply_bad_param(rq, key, "member '%s' holds a NUL character", key);
			json_decref(doc);
			return;
		} else if (json_is_string(v)) {
			vals[i] = arena_strdup(&rq->arena, json_string_value(v));
		} else if (!strcmp(key, "count") && json_is_integer(v)) {
			char num[32];
			snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
			vals[i] = arena_strdup(&rq->arena, num);
		} else {
			web_reply_bad_param(rq, key, "member '%s' must be a %s", key,
					    strcmp(key, "count") ? "string" : "whole number");
			json_decref(doc);
			return;
		}
		if (!vals[i]) {
			json_decref(doc);
			web_reply_problem(rq, 500, "internal", "Internal error", NULL, NULL,
					  "out of memory");
			return;
		}
	}
	json_decref(doc);
	{
		struct series_in in = {vals[0], vals[1], vals[2], vals[3],
		                       vals[4], vals[5], vals[6]};
		series(rq, &in);
	}
}
