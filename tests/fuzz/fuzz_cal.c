/*
 * fuzz_cal.c: libFuzzer target for the calendar parsers: ISO dates, dates
 * in words, deadline phrases and periods, and, when a date and a period
 * both parse, the arithmetic and a short series over them.  Nothing may
 * crash, hang, leak or read out of bounds, whatever the bytes.
 */
#include "base/compat.h"

#include "cal/ics.h"
#include "cal/phrase.h"
#include "cal/recur.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strv all = strv_make((const char *)data, size), a = all, b = strv_make("", 0);
	const char *bar = memchr(data, '|', size);
	struct err e = {0};
	struct cal_period p;
	struct cal_when w;
	struct strbuf dv = STRBUF_INIT;
	cal_day d = 0, out;

	if (bar) { /* "date|period" */
		a = strv_make((const char *)data, (size_t)(bar - (const char *)data));
		b = strv_make(bar + 1, size - a.n - 1);
	}
	(void)cal_parse_iso(all, &d, &e);
	err_clear(&e);
	(void)cal_parse_date_text(all, &d, &e);
	err_clear(&e);
	(void)cal_parse_when(all, &w, &dv, &e);
	err_clear(&e);
	(void)cal_period_parse(all, &p, &e);
	err_clear(&e);
	if (bar && cal_parse_date_text(a, &d, &e) == 0 && cal_period_parse(b, &p, &e) == 0 &&
	    p.unit != CAL_WORKING_DAYS) {
		struct cal_recur r;
		cal_day occ[8];
		int n;

		(void)cal_add(d, p, 1, CAL_CORRESPONDING, &out, &dv, &e);
		err_clear(&e);
		(void)cal_add(d, p, 3, CAL_DAY_BEFORE, &out, &dv, &e);
		err_clear(&e);
		memset(&r, 0, sizeof(r));
		r.anchor = d;
		r.every = p;
		r.count = 8;
		n = cal_recur_expand(&r, occ, 8, NULL, &e);
		if (n > 0) {
			struct strbuf ics = STRBUF_INIT;
			struct ics_event ev = {"uid@fuzz", "fuzz", NULL, NULL, 0, &r, false};
			err_clear(&e);
			(void)ics_add_event(&ics, &ev, d, &e);
			strbuf_release(&ics);
		}
	}
	strbuf_release(&dv);
	return 0;
}
