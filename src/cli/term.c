/*
 * term.c: terminal capabilities from the environment, and the view verbs'
 * printing of JSON and tables (see term.h).
 */
#include "../base/compat.h"

#include <unistd.h>

#include <jansson.h>

#include "../base/str.h"
#include "../report/table.h"
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

void term_print_json(json_t *doc)
{
	char *j = doc ? json_dumps(doc, JSON_INDENT(1) | JSON_PRESERVE_ORDER) : NULL;
	if (j)
		puts(j);
	free(j);
	json_decref(doc);
}

void term_print_table(const struct table *t, bool csv)
{
	struct strbuf sb = STRBUF_INIT;
	if (csv)
		table_render_csv(t, &sb);
	else
		table_render(t, &sb, term_width(), term_colour_wanted());
	fputs(strbuf_str(&sb), stdout);
	strbuf_release(&sb);
}
