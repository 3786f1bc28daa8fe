/*
 * oblig.h: obligations: who owes what, to whom, by when.
 *
 * Units of duty are found in the clause tree: the items of an operative
 * list ("directs the Council as follows:", "The Commissioner shall:",
 * "the following actions are required", "assess ... through:"), or a
 * clause that itself states a duty (a list under it that only details the
 * duty, "access: i. to any premises ...", stays part of it).  In each
 * unit, every time expression makes one obligation:
 *   deadline   "within three calendar months of the date of this direction",
 *              "by the 31 January 2020", "by June 2019", "in May 2020",
 *              "by the end of June 2020"
 *   recurring  "at 6 monthly intervals from the date of this direction",
 *              "quarterly reports", "bi-monthly discussions", "every six
 *              weeks", "meeting on a monthly basis", "and thereafter every
 *              three months"
 * and a unit with no time expression but a duty makes one standing,
 * event (a one-off act: appoint, agree, update) or conditional ("may
 * request", "from time to time") obligation.  The bearer is the agent of
 * the words around the time expression ("provided by the partnership
 * governance board", "a report from the Commissioner", "discussions
 * between the Department for Education and ..."), else the subject of the
 * sentence, else the one the list addresses.  Dates are computed by the
 * calendar engine and carry its derivation.  A heading that states no duty
 * ("2. Directions") lists units too; "within N of <event>" is dated when
 * the document records the event ("which ended on 12 October 2018"); a
 * timing in a relative clause (", which will meet every four weeks") is
 * the series of its antecedent, the main verb a duty of its own.  In a
 * timed unit, an untimed sentence of another subject ("The Council shall
 * maintain its Improvement Board. The Board shall ... meet every 6
 * weeks") and the chair of a board that is a sentence's subject ("chaired
 * by the Improvement Adviser") are duties too; "within 10 working days of
 * the request" makes a conditional duty; "the first of which will take
 * place in October" places a series, no deadline; "until the transfer
 * date" ends a standing duty on the date the document defines.
 */
#ifndef OVERSIGHT_READ_OBLIG_H
#define OVERSIGHT_READ_OBLIG_H

#include "facts.h"

void oblig_extract(struct read_ctx *c, rec_t *rec);

#endif
