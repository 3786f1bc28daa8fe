/*
 * names.h: matching council names as people and documents write them.
 *
 * names_key() reduces a name to a key that forgives case, punctuation,
 * "&" for "and", lost hyphens and spaces ("Stokeon-Trent"), and the
 * titles around the place name: "... Council", "Metropolitan Borough
 * Council", "City Council", "County Council", "Borough Council", "London
 * Borough of ...", "Royal Borough of ...", "..., City of", "County ...".
 * Two names denote the same council when their keys are equal; the store
 * compares keys of the official name, the Ofsted name and the aliases.
 */
#ifndef OVERSIGHT_STORE_NAMES_H
#define OVERSIGHT_STORE_NAMES_H

#include "../base/compat.h"

/*
 * Write the key of name (NUL-terminated, lower-case letters and digits
 * only) into out[cap].  Returns its length, or -1 if nothing of a name is
 * left or it does not fit.
 */
int names_key(const char *name, char *out, size_t cap);

#endif
