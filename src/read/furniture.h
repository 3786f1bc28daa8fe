/*
 * furniture.h: page numbers and security markings hidden from the reader
 * (the lines a PDF repeats on every page; see furniture.c).
 *
 * Ownership: read_hide_furniture() allocates *out (the caller frees it) only
 * when it hid something; the text it reads is borrowed.
 */
#ifndef OVERSIGHT_READ_FURNITURE_H
#define OVERSIGHT_READ_FURNITURE_H

#include "../base/compat.h"

/* Is the line t[s, e) (trimmed) page furniture: "3", "- 3 -", "Page 3",
 * "Page 3 of 9", "OFFICIAL", "OFFICIAL-SENSITIVE"? */
bool read_is_furniture(const char *t, size_t s, size_t e);

/* A copy of t[0, n) (NUL-terminated) with each furniture line (and each running
 * header: a page's first line, the same as the next or the last page's) overwritten
 * by spaces, and the line breaks around one that fell inside a sentence
 * joined (all but one), into *out; returns the number of lines hidden (0:
 * *out is NULL, read t itself). */
size_t read_hide_furniture(const char *t, size_t n, char **out);

#endif
