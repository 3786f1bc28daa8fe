/*
 * schedule.c: occurrences of an obligation (see schedule.h).  The series'
 * effective end is the earliest of its own until, the day before its
 * instrument ended, and the horizon; the calendar engine does the rest.
 */
#include "../base/compat.h"

#include "schedule.h"

int rules_schedule(const struct rules_timing *t, bool ended, cal_day end, cal_day horizon,
		   struct rules_occ *out, int max, struct err *e)
{
	struct cal_recur r;
	cal_day stop = horizon;
	int i, n = 0;

	if (t->kind == RULES_T_NONE)
		return 0;
	if (t->kind == RULES_T_DEADLINE) {
		char a[CAL_DATE_LEN];
		if (max < 1)
			return err_set(e, ERR_INTERNAL, "no room for an occurrence");
		out[0].seq = 1;
		out[0].due = t->due;
		out[0].window_start = t->window_start ? t->window_start : t->due;
		snprintf(out[0].derivation, sizeof(out[0].derivation), "due %s",
			 cal_format_iso(t->due, a));
		return 1;
	}
	r = t->series;
	if (r.has_until && r.until < stop)
		stop = r.until;
	if (ended && end - 1 < stop)
		stop = end - 1;
	r.has_until = true;
	r.until = stop;
	r.count = 0;
	for (i = 0;; i++) {
		struct strbuf dv = STRBUF_INIT;
		struct err sub = {0};
		cal_day d;
		if (cal_recur_nth(&r, i, &d, &dv, &sub) < 0 || d > stop) {
			strbuf_release(&dv);
			break;
		}
		if (n == max) {
			strbuf_release(&dv);
			return err_set(e, ERR_DATA, "a series has more than %d occurrences before %s",
				       max, "its end");
		}
		out[n].seq = n + 1;
		out[n].due = d;
		out[n].window_start = d;
		snprintf(out[n].derivation, sizeof(out[n].derivation), "%s", strbuf_str(&dv));
		strbuf_release(&dv);
		n++;
	}
	return n;
}
