/*
 * oblig_int.h: what the obligation extractor's files (oblig.c, oblig_bearer.c)
 * share inside the reader; not for other modules.
 */
#ifndef OVERSIGHT_READ_OBLIG_INT_H
#define OVERSIGHT_READ_OBLIG_INT_H

#include "facts.h"

/* The role named right after a cue word ("by the Council", "to the Minister") in
 * t[s, e); *where (if not NULL) gets the cue's offset. */
const char *oblig_role_after(const struct read_ctx *c, size_t s, size_t e, const char *cue,
                             size_t *where);
/* The agent "by X" of the words t[s, e) that a duty's timing governs; an agent of a
 * subordinate passive ("to be agreed by the Commissioner", "the terms of which must
 * be approved by the Secretary of State") is not one. */
const char *oblig_agent_after(const struct read_ctx *c, size_t s, size_t e);
/* The sentence's modal verb (" will ", " shall ", ...) first in t[s, e): its offset,
 * or (size_t)-1; *end gets the offset after it. */
size_t oblig_first_modal(const struct read_ctx *c, size_t s, size_t e, size_t *end);
bool oblig_has_modal(const struct read_ctx *c, size_t s, size_t e);
/* The role of the sentence's subject (the words before its first modal verb; the
 * agent of a passive "will be reported by the Council"), or NULL. */
const char *oblig_subject_role(const struct read_ctx *c, size_t s, size_t e);
/* The subject of a lead-in ("The Commissioner will:", "the Secretary of State
 * directs the Council:" gives the Council), or NULL. */
const char *oblig_lead_in_bearer(const struct read_ctx *c, size_t s, size_t e);
/* The first role in t[s, e) that no "to", "from", "with" or "by" governs: the
 * object of "maintain an Improvement Board, chaired by the Improvement Adviser". */
const char *oblig_free_role(const struct read_ctx *c, size_t s, size_t e);
/* "The Board shall be chaired by X and shall meet every N weeks": when the words at
 * t[at...] are a second predicate of the sentence (after " and shall ", " and will ",
 * ...), the role of the sentence's grammatical subject (the Board, not the passive's
 * agent), else NULL. */
const char *oblig_coordinate_subject(const struct read_ctx *c, size_t s, size_t at);

#endif
