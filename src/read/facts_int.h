/*
 * facts_int.h: what the fact extractors (facts.c, facts_events.c, facts_judgements.c,
 * facts_people.c, facts_parties.c, facts_revokes.c, facts_terms.c) share inside the
 * reader; not for other modules.
 */
#ifndef OVERSIGHT_READ_FACTS_INT_H
#define OVERSIGHT_READ_FACTS_INT_H

#include "facts.h"

/* "YYYY-MM-DD" as a JSON string. */
rec_t *facts_jdate(cal_day d);
/* t[s, e) with white space folded and a converter's bullets dropped. */
rec_t *facts_text(const struct read_ctx *c, size_t s, size_t e);

/* The line starting at or after from: its bounds in *ls, *le; returns its end. */
size_t facts_first_line(const struct read_ctx *c, size_t from, size_t *ls, size_t *le);
/* Where the document starts: past a first line saying it is not a real instrument. */
size_t facts_head_start(const struct read_ctx *c);
/* facts_people.c: do the words look like a person's name (two to five words, each
 * capitalised, letters, dots, hyphens and apostrophes only)? */
bool facts_looks_like_name(const char *s);
/* Mostly capital letters (a heading in capitals)? */
bool facts_mostly_upper(const char *s);
/* "KIRKLEES COUNCIL" -> "Kirklees Council", in place. */
void facts_title_case(char *s);

void facts_find_events(struct read_ctx *c, rec_t *rec);
/* Do the words w (ending with a space) end right before the date, in t[ss, ...)? */
bool facts_just_before(const struct read_ctx *c, const struct lex_date *d, size_t ss,
                       const char *w);
/* facts_events.c: an event of kind on date d (the date's end too, a month's window),
 * its words t[ss, se); none if one of that kind and day is already in events. */
void facts_add_event(struct read_ctx *c, rec_t *events, const char *kind, const struct lex_date *d,
                     size_t ss, size_t se);
/* facts_add_event() for a day (a date of day precision, no end). */
void facts_add_day_event(struct read_ctx *c, rec_t *events, const char *kind, cal_day day,
                         size_t ss, size_t se);
/* facts_council.c: the council the instrument is addressed to, set on rec (and
 * c->council); a warning if none is named. */
void facts_find_council(struct read_ctx *c, rec_t *rec);
/* facts_decision.c: a letter's decision, of the letter's date ("I am minded to agree
 * ...", "the Minister has agreed that ..."), added to events. */
void facts_letter_decision(struct read_ctx *c, rec_t *events);
/* facts_listed.c: the events a letter's words name without a cue before a date (a
 * direction issued alongside it, a term ending "with effect from today") and the visits
 * listed after "monitoring visits". */
void facts_letter_events(struct read_ctx *c, rec_t *events);
/* facts_listed.c: a date alone on the document's last line ("Department for Education /
 * 9 January 2023" closing terms of reference published on their own) as its date, set on
 * rec and c; false if the last line is no such date. */
bool facts_last_line_date(struct read_ctx *c, rec_t *rec);
/* facts_terms.c: an amendment's 'for "14 September 2023" substitute "31 March 2024"' in
 * a paragraph that makes an appointment run until the old day: a term_end on the new. */
void facts_term_substituted(struct read_ctx *c, rec_t *events);
/* facts_terms.c: a term that ends "on the same date" as the paragraph before takes
 * effect; a term counted from the instrument's date ("for a term of 12 months from the
 * date of this Direction", "for six months beginning with <date>"), each a term_end
 * event (and an appointment where the words give its first day). */
void facts_term_ends_same_date(struct read_ctx *c, rec_t *events);
void facts_term_from_instrument(struct read_ctx *c, rec_t *events);
/* Drops a term's end that an extension in the same instrument replaces. */
void facts_drop_extended_terms(struct read_ctx *c, rec_t *events);
/* facts_parties.c: the names the document gives an office ('a Partner in Practice ("the
 * Partner")', 'Mr X ... as Improvement Adviser ... ("the Chair")'), noted in c for
 * facts_role_span(); before the appointments are read. */
void facts_note_role_aliases(struct read_ctx *c);
/* "The Commissioner's appointment ends on the transfer date": a term_end on the day the
 * document defines. */
void facts_term_ends_on_defined_day(struct read_ctx *c, rec_t *events);
/* facts_terms.c: is the date d in the sentence from ss the end of a term an extension
 * or an agreement to serve names ("has been extended to 31 March 2020", "has agreed to
 * act as ... until 31 March 2023")? */
bool facts_appointment_extended(const struct read_ctx *c, size_t ss, const struct lex_date *d);
/* facts_terms.c: the kinds of the events the clause ending with date d names (at most max,
 * at least 2 wanted), for a date no cue word reads; t[ss, se) its sentence. */
size_t facts_clause_events(const struct read_ctx *c, const struct lex_date *d, size_t ss, size_t se,
                           const char **kinds, size_t max);
/* facts_people.c */
/* Where the name after a courtesy title at t[s] begins ("Mr ", "Ms ", "Dr ", ...: the
 * title and the white space after it), or 0 if none opens t[s, e). */
size_t facts_courtesy_at(const struct read_ctx *c, size_t s, size_t e);
void facts_find_signatory(struct read_ctx *c, rec_t *rec);
void facts_find_letter_parties(struct read_ctx *c, rec_t *rec);
void facts_find_appointments(struct read_ctx *c, rec_t *rec);
/* facts_parties.c */
void facts_find_parties(struct read_ctx *c, rec_t *rec);
/* facts_revokes.c */
void facts_find_revokes(struct read_ctx *c, rec_t *rec);
/* facts_judgements.c */
void facts_find_judgements(struct read_ctx *c, rec_t *rec);

#endif
