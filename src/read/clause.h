/*
 * clause.h: the clause tree of an instrument.
 *
 * Lines are grouped into numbered items by their markers ("7.", "- a.",
 * "a)", "(a)", "i.", "(ii)", "1.1", "(1)"), whatever bullets or indentation
 * the PDF converter left in front of them; an unmarked line continues the
 * item before it.  Nesting follows the markers' kinds and styles: a marker
 * of a kind and style already open is a sibling at that level, anything
 * else a child of the current item.  Letters that are also Roman numerals
 * (i, v, x) are read as letters when they continue a letter list
 * ("h." then "i.") and as numerals otherwise ("(i)" starting a list is a
 * numeral).  "2.1" under "2." has the id "2.1" (its path); a "1.1" with no
 * such parent "1_1".  Sections are recognised by their headings: recitals
 * ("WHEREAS", a numbered "1. Background"), the operative part ("NOW
 * THEREFORE", a numbered "2. Directions"), the annex ("ANNEX", whose clauses
 * get ids "annex.N..."), and closing blocks ("Signed", "Dated", "Yours
 * sincerely") that end the clause before them.  Unnumbered paragraphs after
 * a lead-in ("... directs the Council as follows:") with no numbered list
 * are items "para.1", "para.2", ...
 */
#ifndef OVERSIGHT_READ_CLAUSE_H
#define OVERSIGHT_READ_CLAUSE_H

#include "../base/err.h"
#include "lex.h"

enum clause_section { SEC_PREAMBLE, SEC_RECITALS, SEC_OPERATIVE, SEC_ANNEX };

struct clause {
	char id[48];        /* "7.e", "annex.3.h" */
	char label[8];      /* "e" */
	int kind, style;    /* marker kind and punctuation (see clause.c) */
	int parent;         /* index, or -1 */
	int first_child;    /* index, or -1; its siblings follow by next_sibling */
	int next_sibling;   /* the next clause with the same parent, or -1 */
	int depth;
	int nchildren;
	enum clause_section section;
	struct lex_span span; /* marker to the end of the item and its children */
	struct lex_span head; /* the item's own text up to its first child */
	struct lex_span tail; /* own text after its children (s == e if none) */
	struct lex_span heading; /* an unnumbered heading just before it (s == e if none) */
	bool cells;              /* a row of a table printed a cell a line (clause_cells.c),
	                          * or one whose "Lead" cell columns.c put on a line of its
	                          * own: its "Responsible" cell names its bearer */
};

struct clause_list {
	struct clause *v;
	size_t n, alloc;
	int first;              /* the first clause without a parent, or -1; the others
	                         * follow by next_sibling (all in text order) */
	size_t operative_start; /* offset where the operative part begins, or 0 */
	size_t annex_start;     /* offset of the annex heading, or (size_t)-1 */
	size_t close_start;     /* the first closing block (signature), or text length */
};

#define CLAUSE_MAX 4000

/* clause_cells.c: a row of an annex's table printed one cell a line, with no row
 * numbers: the row's lines t[s, e) (action, responsible, timescale cells) and the
 * theme line above it (theme_s == theme_e: none). */
struct clause_cell_row {
	size_t s, e, theme_s, theme_e;
};
/* Is t[s, e) a table's column heading ("Action", "Responsible", "By when")? */
bool clause_column_word(const char *t, size_t s, size_t e);
/* Does t[s, e) open as a timescale cell does ("By ...", "Within ...", "Monthly", "Ongoing",
 * "30 April 2016")? */
bool clause_when_cell(const char *t, size_t s, size_t e);
/* The rows of such a table whose body (after its header) begins at from, in text
 * order, at most max into rows; returns how many.  The table ends at a closing block
 * or another annex's heading. */
size_t clause_cell_rows(const char *t, size_t n, size_t from, struct clause_cell_row *rows,
                        size_t max);

/* clause_annex.c: is t[s, te) an annex's heading ("ANNEX A: SUCCESS MEASURES", "SCHEDULE 1 -
 * Terms of reference", "Appendix 2")? */
bool clause_annex_heading(const char *t, size_t s, size_t te);
/* Its label ("SCHEDULE 2" -> "2", "Annex B" -> "b"), lower case, into buf (5 bytes); "" if
 * none. */
void clause_annex_label(const char *t, size_t s, size_t te, char *buf);
/* Annexes that each number from 1 (heading at[k], label label[k], k < nannex): every annex
 * clause's id takes its annex's label or number ("annex.1.1") when the ids would clash. */
void clause_label_annex_ids(struct clause_list *l, const size_t *at, char (*label)[5],
                            size_t nannex);

int clause_parse(const char *t, size_t n, struct clause_list *out, struct err *e);
void clause_list_release(struct clause_list *l);

#endif
