/*
 * cmd_cal.c: the `cal` verbs, thin front ends over src/cal/ for users who
 * want to check a date and for tests: add, series, ics, when, holidays.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../base/strbuf.h"
#include "../cal/holidays.h"
#include "../cal/ics.h"
#include "../cal/phrase.h"
#include "../cal/recur.h"
#include "cmd.h"

static int print_json(json_t *j)
{
	char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);

	json_decref(j);
	if (!s) {
		fputs("oversight: out of memory\n", stderr);
		return ERR_INTERNAL;
	}
	puts(s);
	free(s);
	return 0;
}

static int get_convention(struct cmd_args *a, enum cal_convention *c)
{
	const char *s = cmd_opt(a, "convention");
	struct err e = {0};

	*c = CAL_CORRESPONDING;
	if (s && cal_convention_parse(s, c, &e) < 0)
		return cmd_usage(a, "%s", e.msg);
	return 0;
}

static int date_arg(const char *what, const char *s, cal_day *out)
{
	struct err e = {0};

	if (cal_parse_iso(strv_of(s), out, &e) < 0) {
		fprintf(stderr, "oversight: %s: %s\n", what, e.msg);
		return ERR_DATA;
	}
	return 0;
}

int cmd_cal_add(struct cmd_args *a)
{
	struct cal_period p;
	enum cal_convention conv;
	struct err e = {0};
	struct strbuf dv = STRBUF_INIT;
	cal_day from, out;
	char buf[CAL_DATE_LEN], per[48];
	int rc;

	if ((rc = get_convention(a, &conv)) != 0)
		return rc;
	if (cal_parse_iso(strv_of(a->argv[0]), &from, &e) < 0 ||
	    cal_period_parse(strv_of(a->argv[1]), &p, &e) < 0 ||
	    cal_add(from, p, 1, conv, &out, &dv, &e) < 0) {
		strbuf_release(&dv);
		return cmd_fail(&e);
	}
	if (cmd_flag(a, "json")) {
		json_t *j = json_object();
		json_object_set_new(j, "from", json_string(cal_format_iso(from, buf)));
		json_object_set_new(j, "period", json_string(cal_period_format(p, per, sizeof(per))));
		json_object_set_new(j, "convention",
				    json_string(conv == CAL_DAY_BEFORE ? "day-before" : "corresponding"));
		json_object_set_new(j, "date", json_string(cal_format_iso(out, buf)));
		json_object_set_new(j, "derivation", json_string(strbuf_str(&dv)));
		if (p.warning)
			json_object_set_new(j, "warning", json_string(p.warning));
		strbuf_release(&dv);
		return print_json(j);
	}
	printf("%s\n", cal_format_iso(out, buf));
	if (cmd_flag(a, "explain"))
		printf("%s\n", strbuf_str(&dv));
	if (p.warning)
		fprintf(stderr, "oversight: warning: %s\n", p.warning);
	strbuf_release(&dv);
	return 0;
}

/* Build a recurrence from --from/--every/--first/--until/--count/--day. */
static int series_args(struct cmd_args *a, struct cal_recur *r)
{
	const char *from = cmd_opt(a, "from"), *every = cmd_opt(a, "every");
	const char *first = cmd_opt(a, "first"), *until = cmd_opt(a, "until");
	const char *count = cmd_opt(a, "count"), *day = cmd_opt(a, "day");
	struct err e = {0};
	int rc;

	memset(r, 0, sizeof(*r));
	if (day && cal_dayrule_parse(strv_of(day), &r->day, &e) < 0) {
		fprintf(stderr, "oversight: --day: %s\n", e.msg);
		return ERR_DATA;
	}
	if (!from || !every)
		return cmd_usage(a, "'%s' needs --from DATE and --every PERIOD", a->cmd->name);
	if ((rc = get_convention(a, &r->conv)) != 0)
		return rc;
	if ((rc = date_arg("--from", from, &r->anchor)) != 0)
		return rc;
	if (cal_period_parse(strv_of(every), &r->every, &e) < 0) {
		fprintf(stderr, "oversight: --every: %s\n", e.msg);
		return ERR_DATA;
	}
	if (first) {
		r->has_first = true;
		if ((rc = date_arg("--first", first, &r->first)) != 0)
			return rc;
	}
	if (until) {
		r->has_until = true;
		if ((rc = date_arg("--until", until, &r->until)) != 0)
			return rc;
	}
	if (count) {
		struct strv v = strv_of(count);
		if (!strv_eat_uint(&v, 6, &r->count) || v.n || r->count < 1 ||
		    r->count > CAL_RECUR_MAX)
			return cmd_usage(a, "--count must be a whole number from 1 to %d, not '%s'",
					 CAL_RECUR_MAX, count);
	}
	if (!until && !count && !cmd_flag(a, "open"))
		return cmd_usage(a, "a series needs an end: --until DATE or --count N");
	if (!until && !count) {
		/* --open without an end: list a horizon of ten years for RDATEs. */
		r->has_until = true;
		r->until = cal_add_months(r->has_first ? r->first : r->anchor, 120, NULL);
	}
	if (cal_recur_check(r, &e) < 0)
		return cmd_fail(&e);
	if (r->every.warning)
		fprintf(stderr, "oversight: warning: %s\n", r->every.warning);
	return 0;
}

int cmd_cal_series(struct cmd_args *a)
{
	struct cal_recur r;
	struct err e = {0};
	cal_day *occ;
	int n, i, rc;
	bool more;
	char buf[CAL_DATE_LEN];
	json_t *arr = NULL;

	if ((rc = series_args(a, &r)) != 0)
		return rc;
	occ = malloc(sizeof(*occ) * CAL_RECUR_MAX);
	if (!occ)
		return ERR_INTERNAL;
	n = cal_recur_expand(&r, occ, CAL_RECUR_MAX, &more, &e);
	if (n < 0) {
		free(occ);
		return cmd_fail(&e);
	}
	if (cmd_flag(a, "json"))
		arr = json_array();
	for (i = 0; i < n; i++) {
		struct strbuf dv = STRBUF_INIT;
		struct err sub = {0};
		cal_recur_nth(&r, i, &occ[i], &dv, &sub);
		if (arr) {
			json_t *o = json_object();
			json_object_set_new(o, "n", json_integer(i + 1));
			json_object_set_new(o, "date", json_string(cal_format_iso(occ[i], buf)));
			json_object_set_new(o, "derivation", json_string(strbuf_str(&dv)));
			json_array_append_new(arr, o);
		} else if (cmd_flag(a, "explain")) {
			printf("%s\n", strbuf_str(&dv));
		} else {
			printf("%s\n", cal_format_iso(occ[i], buf));
		}
		strbuf_release(&dv);
	}
	free(occ);
	return arr ? print_json(arr) : 0;
}

int cmd_cal_ics(struct cmd_args *a)
{
	struct cal_recur r;
	struct err e = {0};
	struct strbuf out = STRBUF_INIT, key = STRBUF_INIT;
	struct ics_event ev;
	char uid[64], per[48], buf[CAL_DATE_LEN];
	const char *summary = cmd_opt(a, "summary");
	int rc;

	if ((rc = series_args(a, &r)) != 0)
		return rc;
	cal_period_format(r.every, per, sizeof(per));
	strbuf_addf(&key, "series|%s|%s|%d|", cal_format_iso(r.anchor, buf), per, r.conv);
	if (r.has_first)
		strbuf_addf(&key, "%s", cal_format_iso(r.first, buf));
	strbuf_addf(&key, "|%s", summary ? summary : "");
	ics_uid(strbuf_str(&key), uid, sizeof(uid));
	strbuf_release(&key);
	memset(&ev, 0, sizeof(ev));
	ev.uid = cmd_opt(a, "uid") ? cmd_opt(a, "uid") : uid;
	ev.summary = summary ? summary : per;
	ev.description = cmd_opt(a, "description");
	ev.recur = &r;
	ev.open_ended = cmd_flag(a, "open");
	ics_begin(&out, NULL);
	if (ics_add_event(&out, &ev, a->today, &e) < 0) {
		strbuf_release(&out);
		return cmd_fail(&e);
	}
	ics_end(&out);
	fwrite(out.buf, 1, out.len, stdout);
	strbuf_release(&out);
	return 0;
}

int cmd_cal_when(struct cmd_args *a)
{
	struct cal_when w;
	struct err e = {0};
	struct strbuf dv = STRBUF_INIT;
	char s[CAL_DATE_LEN], d[CAL_DATE_LEN];

	if (cal_parse_when(strv_of(a->argv[0]), &w, &dv, &e) < 0) {
		strbuf_release(&dv);
		return cmd_fail(&e);
	}
	if (cmd_flag(a, "json")) {
		json_t *j = json_object();
		json_object_set_new(j, "rule", json_string(cal_when_rule_name(w.rule)));
		json_object_set_new(j, "start", json_string(cal_format_iso(w.start, s)));
		json_object_set_new(j, "date", json_string(cal_format_iso(w.due, d)));
		json_object_set_new(j, "derivation", json_string(strbuf_str(&dv)));
		strbuf_release(&dv);
		return print_json(j);
	}
	printf("%s\n%s\n", cal_format_iso(w.due, d), strbuf_str(&dv));
	strbuf_release(&dv);
	return 0;
}

int cmd_cal_holidays(struct cmd_args *a)
{
	const char *ys = cmd_opt(a, "year");
	int year = 0;
	size_t i;
	char buf[CAL_DATE_LEN];
	json_t *arr = cmd_flag(a, "json") ? json_array() : NULL;

	if (ys) {
		struct strv v = strv_of(ys);
		if (!strv_eat_uint(&v, 4, &year) || v.n)
			return cmd_usage(a, "--year must be a year such as 2020, not '%s'", ys);
		if (year < CAL_HOLIDAY_YEAR_FIRST || year > CAL_HOLIDAY_YEAR_LAST) {
			fprintf(stderr, "oversight: no bank holiday data for %d (known: %d to %d)\n",
				year, CAL_HOLIDAY_YEAR_FIRST, CAL_HOLIDAY_YEAR_LAST);
			json_decref(arr);
			return ERR_DATA;
		}
	}
	for (i = 0; i < cal_holiday_count(); i++) {
		const char *name;
		cal_day d = cal_holiday_at(i, &name);
		if (year && cal_to_ymd(d).y != year)
			continue;
		if (arr) {
			json_t *o = json_object();
			json_object_set_new(o, "date", json_string(cal_format_iso(d, buf)));
			json_object_set_new(o, "weekday", json_string(cal_weekday_name(cal_weekday(d))));
			json_object_set_new(o, "name", json_string(name));
			json_array_append_new(arr, o);
		} else {
			printf("%s  %-9s  %s\n", cal_format_iso(d, buf),
			       cal_weekday_name(cal_weekday(d)), name);
		}
	}
	return arr ? print_json(arr) : 0;
}
