/*
 * phrase.c: dates and deadline phrases in words (see phrase.h).  A small
 * hand-written scanner over a string view: each form is tried in turn on
 * the whole input, and the first that consumes all of it wins.  Every
 * failure says which input could not be read.
 */
#include "../base/compat.h"

#include "phrase.h"

static void skip_ordinal(struct strv *v)
{
	if (v->n >= 2 && (strv_eat_ci(v, "st") || strv_eat_ci(v, "nd") || strv_eat_ci(v, "rd") ||
			  strv_eat_ci(v, "th")))
		return;
}

static void skip_punct(struct strv *v)
{
	while (v->n && (ch_is_space((unsigned char)v->p[0]) || v->p[0] == ',' || v->p[0] == '.'))
		v->p++, v->n--;
}

static int finish(int y, int m, int d, struct strv orig, cal_day *out, struct err *e)
{
	char q[96];

	if (!cal_valid(y, m, d)) {
		strv_quote(orig, q, sizeof(q));
		if (m >= 1 && m <= 12 && y >= CAL_YEAR_MIN && y <= CAL_YEAR_MAX)
			return err_set(e, ERR_DATA, "bad date '%s': there is no %d %s in %04d", q, d,
				       cal_month_name(m), y);
		return err_set(e, ERR_DATA, "bad date '%s'", q);
	}
	*out = cal_from_ymd(y, m, d);
	return 0;
}

int cal_parse_date_text(struct strv s, cal_day *out, struct err *e)
{
	struct strv v, w;
	int d, m, y;
	char q[96];

	s = strv_trim(s);
	strv_quote(s, q, sizeof(q));
	if (s.n == 10 && s.p[4] == '-')
		return cal_parse_iso(s, out, e);
	v = s;
	/* 31.10.2019, 31/10/2019, 31-10-2019: day first. */
	if (strv_eat_uint(&v, 2, &d) && v.n && (v.p[0] == '.' || v.p[0] == '/' || v.p[0] == '-')) {
		char sep = v.p[0];
		v.p++, v.n--;
		if (strv_eat_uint(&v, 2, &m) && v.n && v.p[0] == sep) {
			v.p++, v.n--;
			if (strv_eat_uint(&v, 4, &y) && v.n == 0 && y >= 1000)
				return finish(y, m, d, s, out, e);
		}
		return err_set(e, ERR_DATA, "cannot parse date '%s'", q);
	}
	/* 25th January 2018, 25 Jan. 2018, 25th day of January 2018 */
	v = s;
	if (strv_eat_uint(&v, 2, &d)) {
		skip_ordinal(&v);
		strv_skip_space(&v);
		if (strv_eat_ci(&v, "day of"))
			strv_skip_space(&v);
		w = strv_eat_word(&v);
		if ((m = cal_month_from_name(w)) != 0) {
			skip_punct(&v);
			if (strv_eat_uint(&v, 4, &y) && v.n == 0 && y >= 1000)
				return finish(y, m, d, s, out, e);
		}
		return err_set(e, ERR_DATA, "cannot parse date '%s'", q);
	}
	/* January 25, 2018 */
	v = s;
	w = strv_eat_word(&v);
	if ((m = cal_month_from_name(w)) != 0) {
		strv_skip_space(&v);
		if (strv_eat_uint(&v, 2, &d)) {
			skip_ordinal(&v);
			skip_punct(&v);
			if (strv_eat_uint(&v, 4, &y) && v.n == 0 && y >= 1000)
				return finish(y, m, d, s, out, e);
		}
	}
	return err_set(e, ERR_DATA, "cannot parse date '%s'", q);
}

int cal_parse_month_year(struct strv s, int *y, int *m, struct err *e)
{
	struct strv v = strv_trim(s), w;
	char q[96];

	strv_quote(s, q, sizeof(q));
	w = strv_eat_word(&v);
	if ((*m = cal_month_from_name(w)) == 0)
		return err_set(e, ERR_DATA, "cannot parse month '%s'", q);
	skip_punct(&v);
	if (!strv_eat_uint(&v, 4, y) || v.n || *y < 1000)
		return err_set(e, ERR_DATA, "cannot parse month '%s': expected a month and a year", q);
	return 0;
}

const char *cal_when_rule_name(enum cal_when_rule r)
{
	static const char *const names[] = {"on", "by", "in_month", "end_of"};
	return names[r];
}

int cal_parse_when(struct strv s, struct cal_when *w, struct strbuf *dv, struct err *e)
{
	struct strv v = strv_trim(s);
	enum cal_when_rule rule;
	bool end_of = false;
	int y = 0, m = 0;
	char a[CAL_DATE_LEN], b[32], q[96];
	struct err sub = {0};

	strv_quote(v, q, sizeof(q));
	/* The prefix says the rule: "by [no later than] [the [end of]]", "in",
	 * "[the] end of", "on", or nothing (a bare date or month). */
	if (strv_eat_ci(&v, "by ")) {
		rule = CAL_WHEN_BY;
		strv_skip_space(&v);
		if (strv_eat_ci(&v, "no later than "))
			strv_skip_space(&v);
		end_of = strv_eat_ci(&v, "the end of ");
		if (!end_of)
			(void)strv_eat_ci(&v, "the "); /* "by the 31 January 2020" */
	} else if (strv_eat_ci(&v, "in ")) {
		rule = CAL_WHEN_IN_MONTH;
	} else {
		end_of = strv_eat_ci(&v, "the end of ") || strv_eat_ci(&v, "end of ");
		if (!end_of)
			(void)strv_eat_ci(&v, "on ");
		rule = CAL_WHEN_ON;
	}
	if (end_of)
		rule = CAL_WHEN_END_OF;
	strv_skip_space(&v);
	if (!end_of && rule != CAL_WHEN_IN_MONTH && cal_parse_date_text(v, &w->due, &sub) == 0) {
		w->rule = rule;
		w->start = w->due;
		if (dv)
			strbuf_addf(dv, "%s %s = %s (the date named)", rule == CAL_WHEN_BY ? "by" : "on",
				    cal_format_long(w->due, b, sizeof(b)), cal_format_iso(w->due, a));
		return 0;
	}
	if (cal_parse_month_year(v, &y, &m, &sub) < 0)
		return err_set(e, ERR_DATA, "cannot parse deadline '%s': expected a date, 'by "
			       "<month> <year>', 'in <month> <year>' or 'end of <month> <year>'", q);
	w->rule = rule == CAL_WHEN_ON ? CAL_WHEN_IN_MONTH : rule;
	w->due = cal_month_last(y, m);
	w->start = w->rule == CAL_WHEN_IN_MONTH ? cal_month_first(y, m) : w->due;
	if (dv) {
		switch (w->rule) {
		case CAL_WHEN_BY:
			strbuf_addf(dv, "by %s %d = %s (the last day of the month)", cal_month_name(m),
				    y, cal_format_iso(w->due, a));
			break;
		case CAL_WHEN_END_OF:
			strbuf_addf(dv, "end of %s %d = %s (the last day of the month)",
				    cal_month_name(m), y, cal_format_iso(w->due, a));
			break;
		default:
			strbuf_addf(dv, "in %s %d = %s to %s (a window over the month)",
				    cal_month_name(m), y, cal_format_iso(w->start, a),
				    cal_format_iso(w->due, b));
			break;
		}
	}
	return 0;
}
