/*
 * today.c: the only place in Oversight that reads the clock.  Everything
 * else takes "today" as an input (--as-of, then OVERSIGHT_TODAY, then this),
 * so that every output can be reproduced.  The day is the UTC date.
 */
#include "../base/compat.h"

#include <time.h>

#include "cmd.h"

cal_day cli_clock_today(void)
{
	time_t now = time(NULL);

	return (cal_day)(now / 86400);
}
