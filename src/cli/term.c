/*
 * term.c: terminal capabilities from the environment (see term.h).
 */
#include "../base/compat.h"

#include <unistd.h>

#include "../base/str.h"
#include "term.h"

bool term_colour_wanted(void)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	if (nc && *nc)
		return false;
	if (term && !strcmp(term, "dumb"))
		return false;
	return isatty(STDOUT_FILENO) == 1;
}

int term_width(void)
{
	const char *c = getenv("COLUMNS");
	struct strv v = strv_of(c);
	int n;

	if (c && strv_eat_uint(&v, 4, &n) && v.n == 0 && n >= 40 && n <= 1000)
		return n;
	return 80;
}
