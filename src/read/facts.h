/*
 * facts.h: what an instrument says about itself and the case: its kind,
 * title, council, date, legal basis, signatory (and a letter's author and
 * recipient), the events it recites, Ofsted judgements, appointments,
 * parties and revocations.  Each fact is added to the record (a jansson
 * object, see read.h) with the span of the words it came from.
 *
 * The aliases an instrument defines ("... on 25th November 2016 ("the first
 * direction")") are collected first, so later references ("revokes the
 * first direction", "The 2016 Ofsted report, which found ...") resolve to
 * their dates.
 */
#ifndef OVERSIGHT_READ_FACTS_H
#define OVERSIGHT_READ_FACTS_H

#include "rec.h"
#include <string.h>

#include "clause.h"

/* How many candidates of one kind of fact are examined at most: real
 * instruments have a handful; the cap bounds the work on hostile input. */
#define READ_MAX_CANDIDATES 256

struct read_alias {
	char name[64];  /* lower case, without quotes: "the first direction" */
	cal_day date;   /* 0 if none */
	bool has_date;
	bool is_day; /* a day the document defines ("the transfer date"): facts_alias_is_day() */
	struct lex_span span;
};

/* Answers kept for three questions the obligation scanners ask of the same span
 * again and again (the subject, bearer and statement tests of each sentence;
 * about half the time of a span just asked): where its first modal verb is
 * (oblig_first_modal()), who its subject is (oblig_subject_role()) and whether
 * it is a statement, not a duty (oblig_is_statement()).  Each answer depends on
 * the span alone: the text and its index do not change while a record is read,
 * nor the facts (partners, aliases) once they are read, which is before any
 * obligation is; the roles are static strings.  Two questions of a clause are
 * kept likewise, and two lists of words indexed by their first letters. */
#define READ_MEMO 8
#define READ_MEMO_CLAUSES 64
#define READ_MEMO_ROLES   64
#define READ_MEMO_DUTIES  96
struct read_memo {
	struct {
		size_t s, e;    /* the span asked about */
		size_t at, end; /* the answer, and where the modal ends */
	} modal[READ_MEMO];
	struct {
		size_t s, e;
		const char *role; /* the answer (static), or NULL */
	} subject[READ_MEMO];
	struct read_memo_yes {
		size_t s, e;
		bool yes; /* oblig_is_statement()'s answer; oblig_is_narrative()'s */
	} statement[READ_MEMO], narrative[READ_MEMO];
	unsigned nmodal, nsubject, nstatement, nnarrative; /* how many were asked (the last
	                                                    * READ_MEMO kept) */
	/* whether a clause's lead-in lists duties (oblig_lead_in_lists_duties()) and
	 * whether it stands over a table's rows (oblig_table_lead_in()): asked of each
	 * clause's parents for every unit under them.  Slot i % READ_MEMO_CLAUSES holds
	 * clause i's answer as 2 * (i + 1) + answer (0: nothing kept). */
	size_t lists[READ_MEMO_CLAUSES], table[READ_MEMO_CLAUSES];
	/* the bearer a clause's lead-in addresses (oblig_clause_bearer()), asked of each
	 * clause's parents for every unit under them: slot i % READ_MEMO_CLAUSES holds
	 * clause i's as i + 1 (0: nothing kept) and the role (static, or NULL) */
	struct {
		size_t i;
		const char *role;
	} bearer[READ_MEMO_CLAUSES];
	/* the roles' names (facts_parties.c) by their first letter: role[role_from[l]
	 * .. role_from[l + 1]) are the indices of those that begin with 'a' + l, in
	 * their order (role_from[26] == 255: not kept); filled at the first question
	 * (roles_ready) */
	unsigned char role[READ_MEMO_ROLES], role_from[27];
	/* the words all of a letter's roles begin with, up to a space ("the ",
	 * "improvement "), role_cut[l] bytes of them (0: none), tried once for all */
	unsigned char role_cut[26];
	char role_prefix[26][16];
	bool roles_ready;
	/* the verbs a duty may open with (oblig_sentence.c), likewise */
	unsigned char duty[READ_MEMO_DUTIES], duty_from[27];
	bool duties_ready;
};

struct read_ctx {
	const char *t;   /* the text; borrowed */
	size_t n;
	/* t[0, n) is valid UTF-8 and holds no NUL: a copy of a span of it (read_copy())
	 * is checked at its two ends only */
	bool t_clean;
	struct lex_index ix; /* the text's word index (owned; see lex.h) */
	const struct clause_list *clauses;
	struct read_alias aliases[32];
	size_t naliases;
	const char *kind;   /* "direction", ... (static) */
	bool has_date;
	cal_day date;       /* the instrument's date */
	char council[128];  /* the council's name as the record gives it */
	/* the partner councils' names without "City Council" and the like ("Leeds"),
	 * once the parties are read: facts_role_at() knows them as partner_council */
	char partners[4][64];
	size_t npartners;
	/* the names the document defines for a role it names ('a Partner in Practice ("the
	 * Partner")': "the partner", pip), once the parties are read; facts_role_at() knows
	 * them too */
	char role_aliases[4][64];
	const char *role_alias_role[4];
	size_t nrole_aliases;
	rec_t *warnings;           /* borrowed from the record */
	const size_t *page_breaks; /* PDF: offsets of the form feeds between pages; else NULL */
	size_t npage_breaks;
	struct read_memo *memo; /* owned by read.c; NULL: none kept */
	/* a letter its Commissioner writes: "My report of 1 December 2017" is hers */
	bool by_commissioner;
	/* the rows of a table whose "Lead"/"Owner" cell columns.c put on a line of its own
	 * (the copy's offsets): where each row starts, where its cell is; borrowed */
	const size_t *row_starts, *row_leads;
	size_t nrows;
};

/* A span: [s, e) for text; [s, e, page] for a PDF (page 1-based). */
rec_t *read_span(const struct read_ctx *c, size_t s, size_t e);
void read_warn(struct read_ctx *c, const char *msg, size_t s, size_t e);
/* rec_string(s), faster: NULL as well if s is NULL or not valid UTF-8.  Inline, so that
 * a literal's length is the compiler's, and read_stringn() of a length the caller has
 * (lex_copy_n()) measures nothing. */
rec_t *read_stringn(const char *s, size_t n);
static inline rec_t *read_string(const char *s)
{
	return read_stringn(s, s ? strlen(s) : 0);
}
/* !strcmp(a, b), its first bytes compared inline: the reader's names (roles, kinds,
 * rules) mostly differ there, and then no call is made. */
static inline bool read_eq(const char *a, const char *b)
{
	return a[0] == b[0] && !strcmp(a, b);
}
/* read_stringn(buf, lex_copy_n(c->t, s, e, buf, cap)) with buf of cap bytes, copied
 * straight into the string's node; with cstr, read_string(buf) (the copy up to a NUL). */
rec_t *read_copy(const struct read_ctx *c, size_t s, size_t e, size_t cap, bool cstr);
/* The room lex_copy_n() of t[s, e) needs, at most cap: e - s + 1 (its copy is never
 * longer than the span, and it stops as at cap only when it would fill the room). */
static inline size_t read_copy_room(size_t s, size_t e, size_t cap)
{
	size_t room = (e > s ? e - s : 0) + 1;
	return room < cap ? room : cap;
}
/* The string node v (rec_string_room()) of d = v's text, n bytes, copied from c->t: v
 * with its length set, or NULL if it is not valid UTF-8 (as read_stringn() answers).
 * With c->t_clean, pieces (ends[0, 2 * npieces): each piece's [start, end) in d)
 * that begin and end on a character's bounds make it valid without a look inside. */
rec_t *read_copy_done(const struct read_ctx *c, rec_t *v, size_t n, const size_t *ends,
                      size_t npieces);
/* rec_object_set_new(o, key, v) for a key written in the reader's code:
 * ASCII letters, digits and '_' ("due_date"), so not checked again, nor looked
 * at for a byte to escape when written, and its length known to the compiler
 * (jansson would measure and check it at every insert). */
static inline int read_set(rec_t *o, const char *key, rec_t *v)
{
	return rec_object_setn_plain(o, key, strlen(key), v);
}

/* Fill the record's fact fields. */
void facts_extract(struct read_ctx *c, rec_t *rec);

/* Does the document say elsewhere that the paragraph para ("paragraph 2", lower case)
 * makes an appointment run "until" the day d ("paragraph 2 of that Annex provides that
 * her appointment runs until 14 September 2023"), d's own words aside? */
bool facts_term_day(const struct read_ctx *c, const char *para, const struct lex_date *d);
/* The alias that a phrase at t[s..) names ("the first direction"), or NULL. */
const struct read_alias *facts_alias_at(const struct read_ctx *c, size_t s, size_t e);
/* Does the alias name a day ("the transfer date", "the start date"), with its date;
 * not a document that has one ("the first direction")?  (Worked out once, when the
 * alias is made.) */
static inline bool facts_alias_is_day(const struct read_alias *a)
{
	return a->is_day;
}

/* The role of a party named in t[s, e) ("the Department for Education" ->
 * "dfe"), or NULL. */
const char *facts_role_of(const struct read_ctx *c, size_t s, size_t e);
/* facts.c: the end of the paragraph t[s] is in (a blank line, or a line that opens with a
 * page break), at most max bytes on. */
size_t facts_paragraph_end(const struct read_ctx *c, size_t s, size_t max);
/* The role of a party whose name starts exactly at t[pos], or NULL. */
const char *facts_role_at(const struct read_ctx *c, size_t pos, size_t e);
/* The same, with where the name's words end in *end. */
const char *facts_role_span(const struct read_ctx *c, size_t pos, size_t e, size_t *end);
/* A person's surname: the last word of the name as the record gives it (borrowed). */
static inline const char *facts_surname(const char *person)
{
	const char *sp = strrchr(person, ' ');

	return sp ? sp + 1 : person;
}

#endif
