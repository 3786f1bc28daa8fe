/*
 * term.h: what the terminal wants: colour or not, and its width.  Only the
 * CLI asks; the renderers (src/report/table.h) take the answers as inputs.
 */
#ifndef OVERSIGHT_CLI_TERM_H
#define OVERSIGHT_CLI_TERM_H

#include "../base/compat.h"

/* Colour on stdout? Only on a terminal, never with NO_COLOR set (any value
 * but empty, https://no-color.org), never with TERM=dumb. */
bool term_colour_wanted(void);
/* The terminal width: COLUMNS if set and between 40 and 1000, else 80. */
int term_width(void);

/* The view verbs' outputs on stdout (due, status, check, timeline, stats). */
#include <jansson.h>

struct table;
/* doc, indented with its members in order; doc is stolen (decref'd here). */
void term_print_json(json_t *doc);
/* t as CSV, or as a table fitted to the terminal (colour if wanted). */
void term_print_table(const struct table *t, bool csv);

#endif
