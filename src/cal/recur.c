/*
 * recur.c: expansion of recurrences (see recur.h).  Each occurrence is
 * base + k x interval computed afresh with cal_add(), so the k-th date
 * never depends on the (k-1)-th.
 */
#include "../base/compat.h"

#include "recur.h"

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
