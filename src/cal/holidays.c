/*
 * holidays.c: lookups in the generated bank-holiday table and working-day
 * arithmetic.  The table (build/gen/holidays_table.c) is sorted by date;
 * lookups are a binary search.  A walk of n working days touches at most
 * n + n/2 + a few days, and n is bounded by the caller's period parser.
 */
#include "../base/compat.h"

#include "holidays.h"

struct holiday {
	int y, m, d;
	const char *name;
};

/* Defined in the generated build/gen/holidays_table.c. */
extern const struct holiday cal_holiday_table[];
extern const size_t cal_holiday_table_len;

bool cal_holidays_cover(cal_day day)
{
	struct cal_ymd t = cal_to_ymd(day);
	return t.y >= CAL_HOLIDAY_YEAR_FIRST && t.y <= CAL_HOLIDAY_YEAR_LAST;
}

size_t cal_holiday_count(void)
{
	return cal_holiday_table_len;
}

cal_day cal_holiday_at(size_t i, const char **name)
{
	const struct holiday *h = &cal_holiday_table[i];
	if (name)
		*name = h->name;
	return cal_from_ymd(h->y, h->m, h->d);
}

const char *cal_bank_holiday(cal_day day)
{
	size_t lo = 0, hi = cal_holiday_table_len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		cal_day d = cal_holiday_at(mid, NULL);
		if (d == day)
			return cal_holiday_table[mid].name;
		if (d < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool cal_is_working_day(cal_day day)
{
	enum cal_weekday w = cal_weekday(day);
	return w != CAL_SAT && w != CAL_SUN && !cal_bank_holiday(day);
}

int cal_add_working_days(cal_day from, int n, cal_day *out, struct strbuf *why,
			 struct err *e)
{
	cal_day d = from;
	int weekend = 0, hols = 0;
	struct strbuf names = STRBUF_INIT;
	char buf[CAL_DATE_LEN];

	if (n < 0)
		return err_set(e, ERR_DATA, "a number of working days cannot be negative");
	while (n > 0) {
		const char *h;
		d++;
		if (!cal_holidays_cover(d)) {
			strbuf_release(&names);
			return err_set(e, ERR_DATA,
				       "working days past %d: bank holidays are known only for %d to %d",
				       cal_to_ymd(d).y - 1, CAL_HOLIDAY_YEAR_FIRST,
				       CAL_HOLIDAY_YEAR_LAST);
		}
		if (cal_weekday(d) >= CAL_SAT) {
			weekend++;
			continue;
		}
		if ((h = cal_bank_holiday(d)) != NULL) {
			strbuf_addf(&names, "%s%s (%s)", hols ? ", " : "", cal_format_iso(d, buf), h);
			hols++;
			continue;
		}
		n--;
	}
	*out = d;
	if (why) {
		strbuf_addf(why, "skipping %d weekend day%s", weekend, weekend == 1 ? "" : "s");
		if (hols)
			strbuf_addf(why, " and %d bank holiday%s: %s", hols, hols == 1 ? "" : "s",
				    strbuf_str(&names));
	}
	strbuf_release(&names);
	return 0;
}
