/*
 * recur.c: expansion of recurrences (see recur.h).  Each occurrence is
 * base + k x interval computed afresh with cal_add(), so the k-th date
 * never depends on the (k-1)-th.  A day rule takes only the month from that
 * sum and finds its day in the month from the month's first or last day: the
 * n-th weekday by arithmetic on the weekday numbers, the n-th working day by a
 * walk of at most a few days over weekends and the bank-holiday table.
 */
#include "../base/compat.h"

#include "holidays.h"
#include "recur.h"

static const char wd_codes[7][3] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

/* (a month has at most 23 working days, and every month at least four of each
 * weekday) */
static bool dayrule_valid(struct cal_dayrule r)
{
	int most = r.kind == CAL_DAY_WORKING ? CAL_DAYRULE_WD_MAX : 4;

	return (r.kind == CAL_DAY_WEEKDAY || r.kind == CAL_DAY_WORKING) &&
	       ((r.nth >= 1 && r.nth <= most) || r.nth == -1) &&
	       (r.kind == CAL_DAY_WORKING || (r.wd >= CAL_MON && r.wd <= CAL_SUN));
}

int cal_dayrule_parse(struct strv s, struct cal_dayrule *r, struct err *e)
{
	struct strv v = s;
	char q[48];
	int i;

	memset(r, 0, sizeof(*r));
	if (v.n == 4 && v.p[0] == '-' && v.p[1] == '1') {
		r->nth = -1;
		v.p += 2;
		v.n -= 2;
	} else if (v.n >= 3 && v.p[0] >= '1' && v.p[0] <= '9') {
		/* "1MO", "10WD": a number without a leading zero */
		r->nth = v.p[0] - '0';
		v.p++;
		v.n--;
		if (v.n == 3 && ch_is_digit((unsigned char)v.p[0])) {
			r->nth = r->nth * 10 + (v.p[0] - '0');
			v.p++;
			v.n--;
		}
		if (v.n != 2)
			goto bad;
	} else {
		goto bad;
	}
	if (strv_eq_ci(v, "WD") && (r->nth == -1 || r->nth <= CAL_DAYRULE_WD_MAX)) {
		r->kind = CAL_DAY_WORKING;
		return 0;
	}
	if (r->nth > 4)
		goto bad;
	for (i = 0; i < 7; i++)
		if (strv_eq_ci(v, wd_codes[i])) {
			r->kind = CAL_DAY_WEEKDAY;
			r->wd = (enum cal_weekday)i;
			return 0;
		}
bad:
	memset(r, 0, sizeof(*r));
	if (!e)
		return -1;
	strv_quote(s, q, sizeof(q));
	return err_set(
	    e, ERR_DATA,
	    "%s is not a day rule: want the n-th (1 to 4) or last (-1) weekday, or "
	    "the n-th (1 to 23) or last working day, as 1MO, 2TU, -1FR, 1WD, 10WD or -1WD",
	    q);
}

char *cal_dayrule_format(struct cal_dayrule r, char *buf, size_t n)
{
	if (!dayrule_valid(r))
		snprintf(buf, n, "%s", "");
	else
		snprintf(buf, n, "%d%s", r.nth, r.kind == CAL_DAY_WORKING ? "WD" : wd_codes[r.wd]);
	return buf;
}

char *cal_dayrule_words(struct cal_dayrule r, char *buf, size_t n)
{
	static const char *const ord[] = {"last", "first", "second", "third", "fourth"};

	if (!dayrule_valid(r))
		snprintf(buf, n, "%s", "no day rule");
	else if (r.nth > 4) /* "the 10th working day" */
		snprintf(buf, n, "the %d%s working day", r.nth,
		         r.nth % 10 == 1 && r.nth != 11   ? "st"
		         : r.nth % 10 == 2 && r.nth != 12 ? "nd"
		         : r.nth % 10 == 3 && r.nth != 13 ? "rd"
		                                          : "th");
	else
		snprintf(buf, n, "the %s %s", ord[r.nth < 0 ? 0 : r.nth],
		         r.kind == CAL_DAY_WORKING ? "working day" : cal_weekday_name(r.wd));
	return buf;
}

int cal_dayrule_in_month(struct cal_dayrule r, int y, int m, cal_day *out, struct err *e)
{
	cal_day first, last, d;
	int left;

	if (!dayrule_valid(r))
		return err_set(e, ERR_DATA, "not a valid day rule");
	if (y < CAL_YEAR_MIN || y > CAL_YEAR_MAX || m < 1 || m > 12)
		return err_set(e, ERR_DATA, "month %04d-%02d is outside the calendar", y, m);
	first = cal_month_first(y, m);
	last = cal_month_last(y, m);
	if (r.kind == CAL_DAY_WEEKDAY) {
		/* days from the month's first to its first such weekday, then weeks on;
		 * the last: back from the month's last day */
		if (r.nth > 0)
			*out =
			    first + ((int)r.wd - (int)cal_weekday(first) + 7) % 7 + 7 * (r.nth - 1);
		else
			*out = last - ((int)cal_weekday(last) - (int)r.wd + 7) % 7;
		return 0;
	}
	if (!cal_holidays_cover(first))
		return err_set(e, ERR_DATA,
		               "working days in %04d: bank holidays are known only for %d to %d", y,
		               CAL_HOLIDAY_YEAR_FIRST, CAL_HOLIDAY_YEAR_LAST);
	left = r.nth > 0 ? r.nth : 1;
	for (d = r.nth > 0 ? first : last; d >= first && d <= last; d += r.nth > 0 ? 1 : -1)
		if (cal_is_working_day(d) && --left == 0) {
			*out = d;
			return 0;
		}
	return err_set(e, ERR_DATA, "%04d-%02d has no such working day", y, m);
}

int cal_recur_check(const struct cal_recur *r, struct err *e)
{
	if (!r->has_until && r->count <= 0)
		return err_set(e, ERR_USAGE, "a series needs an end: an until date or a count");
	if (r->count < 0 || r->count > CAL_RECUR_MAX)
		return err_set(e, ERR_USAGE, "a series may have at most %d occurrences",
			       CAL_RECUR_MAX);
	if (r->every.n <= 0)
		return err_set(e, ERR_DATA, "a series needs an interval longer than zero");
	if (r->has_first && r->first < r->anchor)
		return err_set(e, ERR_DATA, "the first occurrence comes before the anchor");
	if (r->day.kind != CAL_DAY_NONE) {
		struct cal_ymd f;
		cal_day want;
		char words[48], a[CAL_DATE_LEN];
		if (!dayrule_valid(r->day))
			return err_set(e, ERR_DATA, "not a valid day rule");
		if (r->every.unit != CAL_MONTHS && r->every.unit != CAL_YEARS)
			return err_set(e, ERR_DATA,
			               "a day rule needs an interval in months or years");
		f = cal_to_ymd(r->first);
		if (r->has_first && cal_dayrule_in_month(r->day, f.y, f.m, &want, e) < 0)
			return -1;
		if (r->has_first && want != r->first)
			return err_set(e, ERR_DATA, "the first occurrence %s is not %s of %s %d",
			               cal_format_iso(r->first, a),
			               cal_dayrule_words(r->day, words, sizeof(words)),
			               cal_month_name(f.m), f.y);
	}
	return 0;
}

cal_day cal_recur_base(const struct cal_recur *r, int *k0)
{
	*k0 = r->has_first ? 0 : 1;
	return r->has_first ? r->first : r->anchor;
}

int cal_recur_nth(const struct cal_recur *r, int i, cal_day *out, struct strbuf *dv,
		  struct err *e)
{
	int k0;
	cal_day base = cal_recur_base(r, &k0);
	struct cal_ymd y;

	if (r->day.kind != CAL_DAY_NONE) {
		/* the month is base + k x interval; the rule gives its day */
		char per[48], words[48], a[CAL_DATE_LEN], b[CAL_DATE_LEN];
		if (cal_add(base, r->every, i + k0, CAL_CORRESPONDING, out, NULL, e) < 0)
			return -1;
		y = cal_to_ymd(*out);
		if (cal_dayrule_in_month(r->day, y.y, y.m, out, e) < 0)
			return -1;
		if (dv && i + k0 == 0)
			strbuf_addf(dv, "%s of %s %d = %s",
			            cal_dayrule_words(r->day, words, sizeof(words)),
			            cal_month_name(y.m), y.y, cal_format_iso(*out, b));
		else if (dv)
			strbuf_addf(dv, "%s + %d x %s: %s %d, whose %s = %s",
			            cal_format_iso(base, a), i + k0,
			            cal_period_words(r->every, per, sizeof(per)),
			            cal_month_name(y.m), y.y,
			            cal_dayrule_words(r->day, words, sizeof(words)) + 4,
			            cal_format_iso(*out, b));
		return 0;
	}
	if (cal_add(base, r->every, i + k0, r->conv, out, dv, e) < 0)
		return -1;
	if (r->month_end && (r->every.unit == CAL_MONTHS || r->every.unit == CAL_YEARS)) {
		y = cal_to_ymd(*out);
		if (*out != cal_month_last(y.y, y.m) && dv)
			strbuf_addf(dv, "; the end of the month: %04d-%02d-%02d", y.y, y.m,
				    cal_to_ymd(cal_month_last(y.y, y.m)).d);
		*out = cal_month_last(y.y, y.m);
	}
	return 0;
}

int cal_recur_expand(const struct cal_recur *r, cal_day *out, int max, bool *more,
		     struct err *e)
{
	int i, n = 0;
	int limit = r->count > 0 ? r->count : CAL_RECUR_MAX + 1;

	if (more)
		*more = false;
	if (cal_recur_check(r, e) < 0)
		return -1;
	for (i = 0; i < limit; i++) {
		cal_day d;
		struct err sub = {0};
		if (cal_recur_nth(r, i, &d, NULL, &sub) < 0) {
			if (r->has_until)
				break; /* ran off the calendar before until: the series is done */
			return err_set(e, sub.code, "%s", sub.msg);
		}
		if (r->has_until && d > r->until)
			break;
		if (i == CAL_RECUR_MAX)
			return err_set(e, ERR_DATA, "series has more than %d occurrences; give a "
				       "nearer end", CAL_RECUR_MAX);
		if (n == max) {
			if (more)
				*more = true;
			break;
		}
		out[n++] = d;
	}
	return n;
}

int cal_recur_count_ends(const struct cal_recur *r, cal_day *first, struct err *e)
{
	cal_day last;

	if (r->has_until || r->every.unit == CAL_WORKING_DAYS)
		return err_set(e, ERR_USAGE,
		               "only a counted series of days, weeks, months or years");
	if (cal_recur_check(r, e) < 0 || cal_recur_nth(r, 0, first, NULL, e) < 0 ||
	    cal_recur_nth(r, r->count - 1, &last, NULL, e) < 0)
		return -1;
	return r->count;
}
