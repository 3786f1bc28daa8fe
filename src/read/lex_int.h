/*
 * lex_int.h: what lex.c (the matching, the searches and the focus) and lex_index.c
 * (the word index's build and the places it lists) share: the classes of bytes a word's
 * bucket and key are made of, and the key's parts.  Not for the extractors: they use
 * lex.h.
 */
#ifndef OVERSIGHT_READ_LEX_INT_H
#define OVERSIGHT_READ_LEX_INT_H

#include "lex.h"

/* A character's class in the index: 0..35 for an ASCII digit or letter
 * (case folded), LEX_OTHER for anything else. */
#define LEX_OTHER   36
#define LEX_CLASSES 37
extern const unsigned char lex_char_class[256];
/* The class of a word's third byte in its key (see KEY_SPACE below): 0-35 for an
 * ASCII digit or letter (case folded, as the index's buckets), 36 for white space,
 * 37 for any other byte. */
extern const unsigned char lex_third_class[256];

/* A word's key (ix->key): what a match of a phrase at the word needs first, so that
 * most candidates that cannot match are turned away by one compare.  Bits 10-15: the
 * class of its third byte (KEY_SPACE for white space, KEY_MARK for anything else
 * that is not an ASCII letter or digit, or past the text's end); bits 0-9: the
 * bucket of the next word start in the text, folded to ten bits (the phrase "the
 * Department" matches only where the next word is of "de"'s bucket).  A phrase
 * asks for either part or both (see phrase_key()); a fold that lets a wrong word
 * through only leaves it to the match. */
#define KEY_SPACE     36
#define KEY_MARK      37
#define KEY_NEXT_MASK 0x3ffu
#define KEY_THIRD(c)  ((uint32_t)(c) << 10)

/* The bucket of a word starting at t[p]: its first two characters' classes. */
static inline size_t bucket_at(const char *t, size_t p, size_t n)
{
	return (size_t)lex_char_class[(unsigned char)t[p]] * LEX_CLASSES +
	       (p + 1 < n ? lex_char_class[(unsigned char)t[p + 1]] : LEX_OTHER);
}

#endif
