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

#endif
