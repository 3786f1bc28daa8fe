/*
 * holidays.h: bank holidays in England and Wales, 2010 to 2030, and
 * working-day arithmetic over them.
 *
 * The dates are shipped data (data/bank-holidays-england-wales.csv, turned
 * into a C table at build time by scripts/gen-holidays.sh), not rules
 * computed at run time: one-off holidays (jubilees, a state funeral, a
 * coronation) and moved ones (VE day 2020) exist only as data.  A working
 * day is a Monday to Friday that is not a bank holiday.
 */
#ifndef OVERSIGHT_CAL_HOLIDAYS_H
#define OVERSIGHT_CAL_HOLIDAYS_H

#include "../base/strbuf.h"
#include "date.h"

#define CAL_HOLIDAY_YEAR_FIRST 2010
#define CAL_HOLIDAY_YEAR_LAST 2030

/* Does the table cover this date's year? */
bool cal_holidays_cover(cal_day day);
/* The holiday's name, or NULL if day is not a bank holiday (borrowed). */
const char *cal_bank_holiday(cal_day day);
bool cal_is_working_day(cal_day day);
/* How many holidays the table holds, and the i-th (for tests and listing). */
size_t cal_holiday_count(void);
cal_day cal_holiday_at(size_t i, const char **name);

/*
 * The n-th working day after `from` (the day of the event itself is
 * excluded), n >= 0; n == 0 gives `from`.  Fails with ERR_DATA if the walk
 * leaves the years the table covers.  If why is non-NULL, appends a
 * readable account of the days skipped.
 */
int cal_add_working_days(cal_day from, int n, cal_day *out, struct strbuf *why,
			 struct err *e);

#endif
