/*
 * oblig_letter.c: a ministerial letter's commitments (see oblig_int.h).  A letter has
 * no operative clauses; its next steps are sentences of its body (between "Dear ..."
 * and "Yours ...") that commit someone ("I expect the Council to ...", "Mr X will
 * provide me with ...", "my officials will meet ...", "I intend to review ...") and
 * carry a time expression (a date, a period from the letter's date, a cadence).  Each
 * time expression makes one obligation, id body/<n>, no clause: a deadline, a series,
 * or a standing duty with an end.  Intentions without a date and courtesies ("My
 * office will be in touch") are not obligations, nor are past events ("submitted her
 * report in April": no verb of commitment).
 *
 * Who owes it is read from the clause the time expression closes: the subject of its
 * verb of commitment (after the last clause boundary: ", and", "if", "that"); "I" is
 * the letter's author (a Minister, the Secretary of State, else the Department); the
 * object of "expect/ask/asked/like X to ..." owes what X is to do; "to receive a report
 * from you" puts it on the one it comes from; a person named is the role the letter
 * gives them (its appointments, or "the Commissioner, Mr X" before the first mention);
 * "you" is the council (or the office the letter is to: recipient_role()), "my officials"
 * the Department.  The items of a list under a lead-in that commits someone ("I expect the
 * Council to:" then "- send my officials, within four weeks ..., an action plan;", or
 * numbered "1. send ...") are owed by the one it commits; so are milestone lines ("By 29
 * June 2018: ...") under "The Council has agreed the following milestones ...:".
 */
#include "../base/compat.h"

#include "oblig_int.h"

/* Verbs of commitment; the subject is before them, an object "X to" after. */
static struct lex_phrase commits[] = {
    LEX_PHRASE(" will "),
    LEX_PHRASE(" shall "),
    LEX_PHRASE(" should "),
    LEX_PHRASE(" would "),
    LEX_PHRASE(" must "),
    LEX_PHRASE(" intend to "),
    LEX_PHRASE(" propose to "),
    LEX_PHRASE(" expect "),
    LEX_PHRASE(" have asked "),
    LEX_PHRASE(" am asking "),
    LEX_PHRASE(" ask "),
    LEX_PHRASE(" is my intention to "),
    LEX_PHRASE(" would like "),
    LEX_PHRASE(" want "),
    /* LEX_PHRASE("She has agreed to provide me with a short closing report ... by 17 December") */
    LEX_PHRASE(" has agreed to "),
    LEX_PHRASE(" have agreed to "),
    /* "the Council undertook to send the Department, within 15 working days ..." */
    LEX_PHRASE(" undertook to "),
    LEX_PHRASE(" has undertaken to "),
};

/* ", which my officials will issue to the Council by 31 July 2019": a relative with a
 * subject of its own */
static const char *const bounds[] = {", and ", "; ",     ", but ",  " and ",
                                     " if ",   " that ", ", which "};

struct letter {
	struct read_ctx *c;
	const char *author; /* role of "I" */
	const char *you;    /* role of "you" */
	const rec_t *appointments;
	/* the list the sentence is an item of: "I expect the Council to:" then "- send
	 * my officials, within four weeks ..., an action plan;": who owes its items */
	const char *listed;
	/* the bearer of the sentence's last commitment ("The Council has agreed to send me,
	 * within 15 working days ..., a plan, and to present ... in February 2019") */
	const char *last_bearer;
	/* the sentence is a row of an "Action / Owner / By" table: its action ends where
	 * its timing's cell starts */
	bool row;
};

/* The commitment verb last in t[s, e): its offset and end, or (size_t)-1. */
static size_t last_commit(const struct read_ctx *c, size_t s, size_t e, size_t *vend)
{
	size_t k, best = (size_t)-1, best_e = 0;

	for (k = 0; k < ARRAY_SIZE(commits); k++) {
		size_t at, end, from = s;
		while ((at = lex_search_ph(&c->ix, from, e, &commits[k], &end)) != (size_t)-1) {
			if (best == (size_t)-1 || at > best) {
				best = at;
				best_e = end;
			}
			from = at + 1;
		}
	}
	*vend = best_e;
	return best;
}

/* The role of a person the letter names, by the surname at t[i, we): of the person's
 * appointments, the one made last before i ("Ms X's appointment as Commissioner ends
 * today. She has agreed to act as the Council's Improvement Adviser ... Ms X will
 * visit ..."), else the first. */
static const char *person_role(const struct letter *L, size_t i, size_t we)
{
	const struct read_ctx *c = L->c;
	const char *first = NULL, *last = NULL;
	size_t k, last_at = 0;

	for (k = 0; k < rec_array_size(L->appointments); k++) {
		const rec_t *a = rec_array_get(L->appointments, k);
		const char *p = rec_string_value(rec_object_get(a, "person")),
		           *r = rec_string_value(rec_object_get(a, "role")), *sp;
		const rec_t *span = rec_object_get(a, "span");
		size_t at = span ? (size_t)rec_integer_value(rec_array_get(span, 0)) : i;
		if (!p || !r || !strcmp(r, "chair"))
			continue;
		sp = facts_surname(p);
		if (strlen(sp) != we - i || strncmp(sp, c->t + i, we - i))
			continue;
		if (!first)
			first = r;
		if (at < i && at >= last_at) {
			last = r;
			last_at = at;
		}
	}
	if (first)
		return last ? last : first;
	/* "The Commissioner, Mr Julian Ashdown, was appointed ...": the office named just
	 * before the name's first mention */
	{
		char w[64];
		size_t at;
		if (we - i >= sizeof(w))
			return NULL;
		memcpy(w, c->t + i, we - i);
		w[we - i] = '\0';
		at = lex_search(&c->ix, 0, c->n, w, NULL);
		if (at != (size_t)-1 && at < i) {
			size_t b = lex_sentence_start(c->t, 0, at);
			if (at > b + 80)
				b = at - 80;
			/* the words of the name itself ("Mr Julian") carry no role */
			return facts_role_of(c, b, at);
		}
	}
	return NULL;
}

/* "he", "she": the person of the letter's appointments named last before i; of one
 * person's appointments, the one made last before i ("Mr X has agreed to continue ...
 * as its Improvement Adviser. ... I have asked him to ..."). */
static const char *pronoun_role(const struct letter *L, size_t i)
{
	const struct read_ctx *c = L->c;
	const char *best = NULL;
	size_t k, best_at = 0, best_made = 0;

	for (k = 0; k < rec_array_size(L->appointments); k++) {
		const rec_t *a = rec_array_get(L->appointments, k);
		const char *p = rec_string_value(rec_object_get(a, "person")),
		           *r = rec_string_value(rec_object_get(a, "role"));
		size_t at, from = 0, last = (size_t)-1;
		if (!p || !r || !strcmp(r, "chair"))
			continue;
		while ((at = lex_search(&c->ix, from, i, facts_surname(p), NULL)) != (size_t)-1) {
			last = at;
			from = at + 1;
		}
		size_t made =
		    (size_t)rec_integer_value(rec_array_get(rec_object_get(a, "span"), 0));
		if (last != (size_t)-1 && (!best || last > best_at ||
		                           (last == best_at && made < i && made > best_made))) {
			best = r;
			best_at = last;
			best_made = made < i ? made : 0;
		}
	}
	return best;
}

static size_t skip_bullet(const struct read_ctx *c, size_t s, size_t v);

/* A body, not a person ("it" can stand for it)? */
static bool corporate(const char *role)
{
	return !strcmp(role, "council") || !strcmp(role, "partner_council") ||
	       !strcmp(role, "improvement_board") || !strcmp(role, "governance_board");
}

/* Do the (at most three) words after "your" at w name staff ("your performance team",
 * "your officers"), not an office of their own ("your Director of Children's Services")?
 * ("your officials" are the Department's, written to a Minister: facts_role_at()) */
static bool own_staff(const struct read_ctx *c, size_t w, size_t e)
{
	static const char *const staff[] = {"team", "teams", "staff", "officers"};
	size_t n, k, ws;

	for (n = 0; n < 3; n++) {
		ws = lex_skip_space(c->t, w, e);
		for (w = ws; w < e && lex_is_word_char((unsigned char)c->t[w]); w++)
			;
		if (w == ws)
			return false;
		for (k = 0; k < ARRAY_SIZE(staff); k++)
			if (lex_word_is(c->t, ws, w, staff[k]))
				return true;
	}
	return false;
}

/* The party first named in t[s, e): "I", "me", "my office" the author, "you" the
 * council, "he", "she", "him" or "her" the person named last, a person, or a role's
 * words. */
static const char *party_in(const struct letter *L, size_t s, size_t e)
{
	const struct read_ctx *c = L->c;
	size_t i;

	for (i = s; i < e; i++) {
		size_t we = i;
		const char *r;
		if (i > s && lex_is_word_char((unsigned char)c->t[i - 1]))
			continue;
		if (!lex_is_word_char((unsigned char)c->t[i]))
			continue;
		while (we < e && lex_is_word_char((unsigned char)c->t[we]))
			we++;
		if ((we - i == 1 && c->t[i] == 'I') || (we - i == 2 && lex_at(c->t, i, we, "me", NULL)) ||
		    lex_at(c->t, i, e, "my office ", NULL))
			return L->author;
		if (we - i == 3 && lex_at(c->t, i, we, "you", NULL))
			return L->you;
		/* "Your performance team will send my team ...": the recipient's staff */
		if (we - i == 4 && lex_at(c->t, i, we, "your", NULL) && own_staff(c, we, e))
			return L->you;
		/* "we will write to you again in the autumn": the Department, in whose name
		 * an official or a Minister writes */
		if (we - i == 2 && lex_at(c->t, i, we, "we", NULL))
			return "dfe";
		if ((we - i == 2 && lex_at(c->t, i, we, "he", NULL)) ||
		    (we - i == 3 &&
		     (lex_at(c->t, i, we, "she", NULL) || lex_at(c->t, i, we, "him", NULL) ||
		      lex_at(c->t, i, we, "her", NULL))))
			return pronoun_role(L, i);
		/* "- the Council will appoint ... by 31 March 2018;⏎- it will send the
		 * Department a revised improvement plan ...": the body the sentence
		 * before named first, when "it" opens its own */
		if (we - i == 2 && lex_at(c->t, i, we, "it", NULL)) {
			size_t b = lex_sentence_start(c->t, 0, i), ps = b, q = b, back;
			if (skip_bullet(c, b, i) != i)
				continue;
			/* back over the items that open with "it" too, four at most (no
			 * recursion: a list of a thousand such items stays linear) */
			for (back = 0; back < 5; back++) {
				q = ps;
				while (q > 0 && (ch_is_space((unsigned char)c->t[q - 1]) ||
				                 c->t[q - 1] == ';' || c->t[q - 1] == '.'))
					q--;
				ps = lex_sentence_start(c->t, 0, q);
				if (q == 0 || !lex_at(c->t, skip_bullet(c, ps, q), q, "it ", NULL))
					break;
			}
			if (back < 5 && q > 0 && (r = party_in(L, ps, q)) != NULL && corporate(r))
				return r;
			continue;
		}
		/* "My officials will keep in touch ..., and they will hold ...": the party
		 * the sentence named first */
		if (we - i == 4 && lex_at(c->t, i, we, "they", NULL)) {
			size_t b = lex_sentence_start(c->t, 0, i), q = b;
			if (b < i && (r = party_in(L, b, i)) != NULL)
				return r;
			/* "My officials will meet ... . They will also hold a stocktake ...":
			 * opening its sentence, the officials the sentence before named
			 * (the Department's: no other party is spoken of as "they") */
			while (b == i && q > 0 &&
			       (ch_is_space((unsigned char)c->t[q - 1]) || c->t[q - 1] == '.'))
				q--;
			if (b == i && q > 0 &&
			    (r = party_in(L, lex_sentence_start(c->t, 0, q), q)) != NULL &&
			    !strcmp(r, "dfe"))
				return r;
			continue;
		}
		if ((r = facts_role_span(c, i, e, &we)) != NULL) {
			/* "The Council's Director of Children's Services should send ...", "the
			 * Council's Improvement Board": the office the council's possessive
			 * names */
			const char *o;
			size_t pe;
			if (!strcmp(r, "council") &&
			    (lex_at(c->t, we, e, "'s ", &pe) ||
			     lex_at(c->t, we, e, "\xe2\x80\x99s ", &pe)) &&
			    (o = facts_role_at(c, pe, e)) != NULL)
				return o;
			return r;
		}
		if (i >= s + 3 && (lex_at(c->t, i - 3, e, "Mr ", NULL) || lex_at(c->t, i - 3, e, "Ms ", NULL) ||
				   lex_at(c->t, i - 3, e, "Dr ", NULL) ||
				   (i >= s + 4 && lex_at(c->t, i - 4, e, "Mrs ", NULL)))) {
			/* "Mr Tom Pickering": the surname is the last capitalised word (with
			 * its hyphen: "Hartigan-Sowerby") */
			size_t ne = we;
			while (ne + 1 < e && c->t[ne] == '-' && c->t[ne + 1] >= 'A' &&
			       c->t[ne + 1] <= 'Z')
				for (ne++; ne < e && lex_is_word_char((unsigned char)c->t[ne]);)
					ne++;
			while (ne + 1 < e && c->t[ne] == ' ' && c->t[ne + 1] >= 'A' && c->t[ne + 1] <= 'Z') {
				size_t k = ne + 1;
				while (k < e && (lex_is_word_char((unsigned char)c->t[k]) ||
				                 (c->t[k] == '-' && k + 1 < e &&
				                  c->t[k + 1] >= 'A' && c->t[k + 1] <= 'Z')))
					k++;
				i = ne + 1;
				ne = k;
			}
			if ((r = person_role(L, i, ne)) != NULL)
				return r;
			i = ne;
		}
	}
	return NULL;
}

/* Where the main clause starts after a clause of time that opens t[s, e) ("Until her
 * appointment ends, ...", "Once the plan is agreed, ..."), else s. */
static size_t time_clause_end(const struct read_ctx *c, size_t s, size_t e)
{
	static const char *const opens[] = {"until ", "once ", "when ", "after ", "before "};
	size_t b = lex_skip_space(c->t, s, e), k;
	const char *m;

	for (k = 0; k < ARRAY_SIZE(opens); k++)
		if (lex_at(c->t, b, e, opens[k], NULL) &&
		    (m = memchr(c->t + b, ',', (e < b + 120 ? e : b + 120) - b)) != NULL)
			return lex_skip_space(c->t, (size_t)(m - c->t) + 1, e);
	return s;
}

/* The start of the clause whose verb of commitment is at v: after the last boundary. */
static size_t clause_start(const struct read_ctx *c, size_t s, size_t v)
{
	size_t k, best = s;

	for (k = 0; k < ARRAY_SIZE(bounds); k++) {
		size_t at, end, from = s;
		while ((at = lex_search(&c->ix, from, v, bounds[k], &end)) != (size_t)-1) {
			/* "The Board, which Ms X chairs, should continue to meet monthly": a
			 * relative closed before the verb is the subject's, no clause */
			if (end > best && end <= v &&
			    !(c->t[at] == ',' && memchr(c->t + end, ',', v - end)))
				best = end;
			from = at + 1;
		}
	}
	return best;
}

/* Past a list's joining "and" and its bullet ("; and⏎•⇥I intend to ..."), from s. */
static size_t skip_bullet(const struct read_ctx *c, size_t s, size_t v)
{
	const unsigned char *t = (const unsigned char *)c->t;
	size_t b = lex_skip_space(c->t, s, v);

	if (lex_at(c->t, b, v, "and", NULL) && b + 3 < v && (t[b + 3] == '\n' || t[b + 3] == ' '))
		b = lex_skip_space(c->t, b + 3, v);
	/* "•", or an en dash or em dash before a space ("– send my officials ...") */
	if (b + 3 <= v && t[b] == 0xe2 && t[b + 1] == 0x80 &&
	    (t[b + 2] == 0xa2 || ((t[b + 2] == 0x93 || t[b + 2] == 0x94) && b + 3 < v &&
	                          (t[b + 3] == ' ' || t[b + 3] == '\t'))))
		b = lex_skip_space(c->t, b + 3, v);
	else if (b < v && (t[b] == '-' || t[b] == '*') && b + 1 < v &&
	         (t[b + 1] == ' ' || t[b + 1] == '\t'))
		b = lex_skip_space(c->t, b + 1, v);
	else if (b < v && ch_is_digit(t[b])) { /* "1. send the Department, within ..." */
		size_t d = b;
		while (d < v && d - b < 2 && ch_is_digit(t[d]))
			d++;
		if (d + 1 < v && (t[d] == '.' || t[d] == ')') &&
		    (t[d + 1] == ' ' || t[d + 1] == '\t'))
			b = lex_skip_space(c->t, d + 1, v);
	}
	return b;
}

/* "to me", "to my officials", "to the Council": the recipient in t[s, e). */
static const char *recipient_in(const struct letter *L, size_t s, size_t e)
{
	size_t at, end;

	for (at = lex_search(&L->c->ix, s, e, " to ", &end); at != (size_t)-1;
	     at = lex_search(&L->c->ix, end, e, " to ", &end)) {
		size_t stop = end;
		const char *r;
		while (stop < e && stop - end < 40 && L->c->t[stop] != ',' &&
		       !lex_at(L->c->t, stop, e, " and ", NULL) && !lex_at(L->c->t, stop, e, " to ", NULL))
			stop++;
		/* ("its response to the areas for improvement in Ofsted's letter": what is
		 * answered, not to whom) */
		if ((at >= s + 8 && lex_at(L->c->t, at - 8, at, "response", NULL)) ||
		    (at >= s + 9 && lex_at(L->c->t, at - 9, at, "responses", NULL)))
			continue;
		if ((lex_at(L->c->t, end, e, "me", NULL) || lex_at(L->c->t, end, e, "my ", NULL) ||
		     lex_at(L->c->t, end, e, "the ", NULL) ||
		     lex_at(L->c->t, end, e, "you", NULL) || lex_at(L->c->t, end, e, "him", NULL) ||
		     lex_at(L->c->t, end, e, "her ", NULL)) &&
		    (r = party_in(L, end, stop)) != NULL)
			return r;
	}
	return NULL;
}

/* The object of a verb of giving or telling right at ve ("will provide me with an
 * initial report", "should send my officials a revised plan"): its party, or NULL. */
static const char *giving_object(const struct letter *L, size_t ve, size_t e)
{
	static const char *const verbs[] = {"provide ", "send ",  "give ", "update ", "inform ",
	                                    "advise ",  "brief ", "tell ", "meet "};
	size_t k, ob, w, n;

	for (k = 0; k < ARRAY_SIZE(verbs); k++) {
		if (!lex_at(L->c->t, ve, e, verbs[k], &ob))
			continue;
		/* the object: its first five words at most ("your Director of Children's
		 * Services") */
		for (w = ob, n = 0; w < e && n < 5; n++) {
			while (w < e &&
			       (lex_is_word_char((unsigned char)L->c->t[w]) || L->c->t[w] == '\''))
				w++;
			w = lex_skip_space(L->c->t, w, e);
		}
		return party_in(L, ob, w);
	}
	return NULL;
}

/* "agree an improvement plan with my officials": the one the thing is agreed with, at
 * ve's verb of agreeing; NULL if none. */
static const char *agreed_with(const struct letter *L, size_t ve, size_t e)
{
	size_t w, we;

	if (!lex_at(L->c->t, ve, e, "agree ", NULL) ||
	    (w = lex_search(&L->c->ix, ve, e < ve + 80 ? e : ve + 80, " with ", &we)) == (size_t)-1)
		return NULL;
	return party_in(L, we, e < we + 40 ? e : we + 40);
}

/* Who "I" is: the office the author's block or the letterhead names (a Minister, the
 * Secretary of State, else an official of the Department); a Minister when none. */
static const char *author_role(const struct read_ctx *c, const rec_t *rec, size_t bs)
{
	const rec_t *a = rec_object_get(rec, "author");
	const char *w[2] = {rec_string_value(rec_object_get(a, "role")),
	                    rec_string_value(rec_object_get(a, "name"))};
	size_t k;

	for (k = 0; k < 2; k++) {
		if (!w[k])
			continue;
		/* a Parliamentary Under-Secretary of State is a junior minister */
		if (strstr(w[k], "Under-Secretary") || strstr(w[k], "Under Secretary"))
			return "minister";
		if (strstr(w[k], "Secretary of State"))
			return "secretary_of_state";
		if (strstr(w[k], "Minister"))
			return "minister";
		/* the Commissioner's covering letter to the Minister with her report */
		if (k == 0 && strstr(w[k], "Commissioner"))
			return "commissioner";
		if (k == 0 && strstr(w[k], "Improvement Adviser"))
			return "improvement_adviser";
	}
	if (lex_search_ph(&c->ix, 0, bs, LEX_LIT("minister"), NULL) != (size_t)-1)
		return "minister";
	if (lex_search_ph(&c->ix, 0, bs, LEX_LIT("secretary of state"), NULL) != (size_t)-1)
		return "secretary_of_state";
	return a ? "dfe" : "minister";
}

/* Who "you" is: the Minister or the Secretary of State when the letter is to one
 * (the first line of the recipient's address names the office), the Director of
 * Children's Services when it is to her ("Mr X⏎Director of Children's Services⏎
 * Blackpool Council": "You will send me ..." is the Director's), else the council. */
static const char *recipient_role(const rec_t *rec)
{
	const rec_t *r = rec_object_get(rec, "recipient");
	const char *w = rec_string_value(rec_array_get(rec_object_get(r, "address"), 0));

	if (w && (strstr(w, "Under-Secretary") || strstr(w, "Minister")))
		return "minister";
	if (w && strstr(w, "Secretary of State"))
		return "secretary_of_state";
	if (w &&
	    (!strncmp(w, "Director of Children", 20) || !strncmp(w, "Director for Children", 21)))
		return "dcs";
	return "council";
}

/* The letter's body: after the "Dear ..." line, before "Yours ...". */
static void body_bounds(const struct read_ctx *c, size_t *bs, size_t *be)
{
	size_t at, end;

	*bs = 0;
	*be = c->n;
	if ((at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("Dear "), &end)) != (size_t)-1) {
		while (end < c->n && c->t[end] != '\n')
			end++;
		*bs = end;
	}
	if ((at = lex_search_ph(&c->ix, *bs, c->n, LEX_LIT("Yours sincerely"), NULL)) !=
	        (size_t)-1 ||
	    (at = lex_search_ph(&c->ix, *bs, c->n, LEX_LIT("Yours faithfully"), NULL)) !=
	        (size_t)-1)
		*be = at;
}

/* Does t[w, se) open as a milestone line, "By 29 June 2018: the Council and the
 * Commissioner agree ..." (its day, then a colon)? */
static bool milestone_line(const struct read_ctx *c, size_t w, size_t se)
{
	struct lex_date d[1];

	return lex_at(c->t, w, se, "By ", NULL) &&
	       lex_dates_in(&c->ix, w, se < w + 40 ? se : w + 40, d, 1) == 1 &&
	       d[0].span.s == w + 3 && d[0].span.e < se && c->t[d[0].span.e] == ':';
}

/* Is the sentence t[s, se) an item of a list: a bullet ("-", "*", "•", "–") opens it, or a
 * lower-case word ("; and⏎send my officials ...")? */
static bool list_item(const struct read_ctx *c, size_t s, size_t se)
{
	size_t b = lex_skip_space(c->t, s, se), w = skip_bullet(c, b, se);

	return w < se && (w > b || (c->t[w] >= 'a' && c->t[w] <= 'z') || milestone_line(c, w, se));
}

/* Is t[s, se) a list's number alone ("1.", "12)")? */
static bool list_number(const struct read_ctx *c, size_t s, size_t se)
{
	size_t e = lex_trim_end(c->t, s, se), ds = lex_skip_space(c->t, s, e), d = ds;

	if (e < se && (c->t[e] == '.' || c->t[e] == ')'))
		e++; /* the sentence's end may leave its mark out */
	while (d < e && d - ds < 3 && ch_is_digit((unsigned char)c->t[d]))
		d++;
	return d > ds && d + 1 == e && (c->t[d] == '.' || c->t[d] == ')');
}

/* Who owes the items of a list the sentence t[s, se) leads in: it ends in a colon and
 * commits someone, the object of "expect/ask X to:" or else the verb's subject ("The
 * Commissioner will:"); NULL if it is not such a lead-in. */
static const char *lead_in(struct letter *L, size_t s, size_t se)
{
	const struct read_ctx *c = L->c;
	size_t e = lex_trim_end(c->t, s, se), v, ve;
	const char *r;

	/* "The Council has agreed the following milestones with my officials:" (its items
	 * "By <day>: ..." the Council's) */
	if (e > s && c->t[e - 1] == ':' && last_commit(c, s, e - 1, &ve) == (size_t)-1 &&
	    ((v = lex_search_ph(&c->ix, s, e, LEX_LIT(" has agreed the following"), NULL)) !=
	         (size_t)-1 ||
	     (v = lex_search_ph(&c->ix, s, e, LEX_LIT(" have agreed the following"), NULL)) !=
	         (size_t)-1))
		return party_in(L, s, v);
	if (e == s || c->t[e - 1] != ':' || (v = last_commit(c, s, e - 1, &ve)) == (size_t)-1)
		return NULL;
	if ((r = party_in(L, ve, e - 1)) != NULL)
		return r;
	return party_in(L, time_clause_end(c, clause_start(c, s, v), v), v);
}

/* "Ms X has agreed to continue as Commissioner until 30 September 2020": a term of
 * office (facts_events.c's term_end), not a duty; the verb of commitment at t[v, ve). */
static bool office_held(const struct read_ctx *c, size_t v, size_t ve, size_t ts)
{
	/* (and "continue to support the Council as its DfE Improvement Adviser until ...") */
	static const char *const held[] = {"continue as ", "act as ", "serve as ", "remain as ",
	                                   /* "has agreed to stay on until 30 June 2024 to
	                                    * support ..." */
	                                   "stay on ", "continue to support the council as its ",
	                                   "continue to work with the council as its "};
	size_t k, x;

	/* "I have decided to extend Ms X's appointment, which would otherwise have ended
	 * this month, until 30 April 2021": a term extended (a decision), no duty */
	if (lex_search_ph(&c->ix, lex_sentence_start(c->t, 0, v), ts, LEX_LIT("to extend "), &x) !=
	        (size_t)-1 &&
	    lex_search_ph(&c->ix, x, ts, LEX_LIT("appointment"), NULL) != (size_t)-1)
		return true;
	if (!lex_at(c->t, v, ve, " has agreed to ", NULL) &&
	    !lex_at(c->t, v, ve, " have agreed to ", NULL))
		return false;
	for (k = 0; k < ARRAY_SIZE(held); k++)
		if (lex_at(c->t, ve, ts, held[k], NULL))
			return true;
	return false;
}

/* A row of a table whose "Owner" cell columns.c put on a line of its own (a letter's
 * "Action / Owner / By", next steps agreed): the sentence t[*s, *se) holds the row's
 * cell, so it becomes the row's action and timing (from the row's start, if the
 * header's line came before it, to the cell's line), and the cell's words name who
 * owes it; NULL if it is no such row or they name no one. */
static const char *table_row(const struct letter *L, size_t *s, size_t *se)
{
	const struct read_ctx *c = L->c;
	struct lex_span row;
	const char *cell, *who, *nl;
	size_t p = oblig_table_row(c, *s, *se, 0, &row, &cell) - 1; /* the cell's line */

	if (p + 1 >= *se)
		return NULL;
	/* the letter's words for who owes it ("Commissioner", "you"), not the schedule's */
	nl = memchr(c->t + p, '\n', *se - p);
	if (!(who = party_in(L, p, nl ? (size_t)(nl - c->t) : *se)))
		return NULL;
	*s = row.s;
	*se = row.e;
	return who;
}

/* One obligation for the time expression tm[i] of the sentence t[s, se). */
static rec_t *commitment(struct letter *L, const rec_t *rec, size_t s, size_t se,
                         const struct timing *tm, size_t i, size_t nt)
{
	struct read_ctx *c = L->c;
	size_t lo = i ? tm[i - 1].e : s, ve, v = last_commit(c, lo, tm[i].s, &ve), cs, ae, obj_e,
	       body;
	const char *bearer, *to = NULL, *obj, *coordinated = NULL;
	bool please = false, listed;
	rec_t *o;

	/* "The Council has agreed to send me, ..., and to present its first report ... in
	 * February 2019": the infinitive goes on with the one who agreed */
	if (v == (size_t)-1 && i > 0 && L->last_bearer &&
	    lex_search_ph(&c->ix, lo, tm[i].s, LEX_LIT(", and to "), NULL) != (size_t)-1 &&
	    lex_search_ph(&c->ix, s, lo, LEX_LIT(" agreed to "), NULL) != (size_t)-1)
		coordinated = L->last_bearer;
	if (v == (size_t)-1 && (v = last_commit(c, s, tm[i].s, &ve)) == (size_t)-1) {
		/* "Please also send my officials a copy of your updated improvement plan
		 * within one month of the date of this letter": asked of the one the
		 * letter is to, "you", the council; an item of a list whose lead-in
		 * commits someone: owed by them */
		size_t ps = lex_skip_space(c->t, s, se);
		if (L->listed) {
			v = ve = skip_bullet(c, ps, se);
		} else {
			if (!lex_at(c->t, ps, se, "please ", &ve))
				return NULL;
			lex_at(c->t, ve, se, "also ", &ve);
			v = ps;
			please = true;
		}
	}
	/* "..., which the Council's Director of Children's Services explained will be the
	 * subject of a separate report ...": what someone said will happen, reported */
	{
		static const char *const said[] = {"explained", "said", "told us", "reported"};
		size_t k, w = lex_trim_end(c->t, s, v);
		for (k = 0; k < ARRAY_SIZE(said); k++)
			if (w >= s + strlen(said[k]) &&
			    lex_at(c->t, w - strlen(said[k]), w, said[k], NULL))
				return NULL;
	}
	listed = L->listed && v == ve;
	if (tm[i].kind == T_UNTIL && office_held(c, v, ve, tm[i].s))
		return NULL;
	cs = skip_bullet(c, clause_start(c, lo < v ? lo : s, v), v);
	/* "Where the Adviser raises a concern, the Council should ...": the subject
	 * after the condition */
	if ((body = oblig_if_clause_end(c, s, se)) > s && body <= v && cs < body)
		cs = body;
	/* "Until her appointment ends, Ms X will continue to ...": the subject after a
	 * clause of time ("her" is Ms X's, named after it) */
	cs = time_clause_end(c, cs, v);
	bearer = please ? L->you : listed ? L->listed : party_in(L, cs, v);
	{ /* "I would be grateful if the Council could send ...": the subject after "if" */
		size_t gi, m;
		if (!please && !listed &&
		    (lex_at(c->t, ve, se, "be grateful if ", &gi) ||
		     lex_at(c->t, ve, se, "also be grateful if ", &gi)) &&
		    ((m = lex_search_ph(&c->ix, gi, tm[i].s, LEX_LIT(" could "), NULL)) !=
		         (size_t)-1 ||
		     (m = lex_search_ph(&c->ix, gi, tm[i].s, LEX_LIT(" would "), NULL)) !=
		         (size_t)-1) &&
		    party_in(L, gi, m))
			bearer = party_in(L, gi, m);
	}
	/* "the Commissioner will review ..., and will provide me with ...": the verb's
	 * subject is the earlier clause's; so too after words of time ("..., and in the
	 * meantime will meet ...") */
	if (!bearer && ((v >= s + 4 && lex_at(c->t, v - 4, v, " and", NULL)) ||
	                (cs >= s + 5 && v - cs <= 40 && lex_at(c->t, cs - 5, cs, " and ", NULL)))) {
		cs = skip_bullet(c, lo < v ? lo : s, v);
		bearer = party_in(L, cs, v);
		/* "She will meet your Director ... every month, and will report to my
		 * officials ... every two months": the sentence's first party */
		if (!bearer && lo > s)
			bearer = party_in(L, skip_bullet(c, s, v), v);
	}
	/* "the Commissioner will chair the Board, which should meet every month": the
	 * relative clause's antecedent */
	size_t rel = (size_t)-1;
	if (v >= s + 7 && lex_at(c->t, v - 7, v, ", which", NULL))
		rel = v - 7;
	else if (v >= s + 5 && lex_at(c->t, v - 5, v, ", who", NULL))
		rel = v - 5;
	else if (v >= s + 10 && lex_at(c->t, v - 10, v, " and which", NULL) &&
	         (rel = lex_search_ph(&c->ix, s, v - 10, LEX_LIT(", which "), NULL)) != (size_t)-1)
		/* "keep its Improvement Board, which Ms X will continue to chair, and which
		 * should meet every eight weeks": the first relative's antecedent */
		cs = skip_bullet(c, lex_skip_space(c->t, s, rel), rel);
	else if (!bearer &&
	         (rel = lex_search_ph(&c->ix, s, v, LEX_LIT(", which "), NULL)) != (size_t)-1)
		/* "I will continue to chair the Improvement Board, which from January 2019
		 * will meet on the second Tuesday of each month": words between */
		cs = skip_bullet(c, lex_skip_space(c->t, s, rel), rel);
	if (rel != (size_t)-1) {
		size_t me;
		const char *ante =
		    last_commit(c, cs, rel, &me) != (size_t)-1 ? oblig_free_role(c, me, rel) : NULL;
		/* "- continue to chair the Council's Improvement Board, which should meet at
		 * least monthly": an item with no verb of commitment, the board named last */
		if (!ante)
			ante = oblig_board_before(c, cs, rel);
		if (ante)
			bearer = ante;
	}
	/* "I expect the Council to ...", "I have asked Mr X to ..." (not "I will submit my
	 * report on whether the Council has the capacity to improve to you by ...": a
	 * modal's own verb, no object asked) */
	obj_e = listed || lex_at(c->t, v, se, " will ", NULL) ||
	                lex_at(c->t, v, se, " shall ", NULL) || lex_at(c->t, v, se, " must ", NULL)
	            ? (size_t)-1
	            : lex_search_ph(&c->ix, ve, tm[i].s, LEX_LIT(" to "), NULL);
	/* "I would ask that your officials meet the Council's Chief Executive and me within
	 * one calendar month": the one the that-clause names */
	{
		size_t te;
		const char *who;
		if (!listed && !please &&
		    (lex_at(c->t, ve, se, "ask that ", &te) ||
		     lex_at(c->t, ve, se, "that ", &te)) &&
		    lex_search_ph(&c->ix, v, ve, LEX_LIT("ask"), NULL) != (size_t)-1 &&
		    (who = party_in(L, te, te + 40 < tm[i].s ? te + 40 : tm[i].s)) != NULL)
			bearer = who;
	}
	obj = obj_e != (size_t)-1 && obj_e > ve ? party_in(L, ve, obj_e) : NULL;
	/* "I expect the transfer to take place on 1 April 2019": when a thing, no party, is
	 * to happen, no one's commitment */
	if (!obj && obj_e != (size_t)-1 && obj_e > ve + 1 &&
	    (lex_at(c->t, obj_e, se, " to take place", NULL) ||
	     lex_at(c->t, obj_e, se, " to take effect", NULL) ||
	     lex_at(c->t, obj_e, se, " to go ahead", NULL) ||
	     lex_at(c->t, obj_e, se, " to happen", NULL)))
		return NULL;
	/* "The Council should also invite a partner council to carry out a peer review
	 * ..., and share the findings with my officials by the end of December 2024": the
	 * timing's predicate goes with the subject's verb, not the object's infinitive
	 * (not the writer's own asking: "I have asked Mr X to review ..., and report") */
	if (obj && bearer && !(L->author && !strcmp(bearer, L->author))) {
		size_t ae2, at2 = lex_search_ph(&c->ix, obj_e, tm[i].s, LEX_LIT(", and "), &ae2);
		if (at2 != (size_t)-1 && !lex_at(c->t, ae2, tm[i].s, "to ", NULL))
			obj = NULL;
	}
	if (obj) {
		/* "I expect the Council to establish an Improvement Board, chaired by Dr X,
		 * to meet every six weeks": the board's meetings */
		size_t m = lex_search_ph(&c->ix, obj_e > lo ? obj_e : lo, tm[i].s,
		                         LEX_LIT(", to meet "), NULL);
		const char *b = m != (size_t)-1 ? oblig_board_before(c, obj_e + 4, m) : NULL;
		if (b) {
			bearer = b;
			obj = NULL;
		} else {
			to = bearer;
			bearer = obj;
		}
	} else {
		/* "I also expect to receive a progress report from you" */
		size_t fe, f = ve < tm[i].s
		                   ? lex_search_ph(&c->ix, ve, tm[i].s, LEX_LIT(" from "), &fe)
		                   : (size_t)-1;
		const char *from = f != (size_t)-1 ? party_in(L, fe, fe + 40 < se ? fe + 40 : se) : NULL;
		size_t x = ve;
		if (from && bearer && strcmp(from, bearer)) {
			to = bearer;
			bearer = from;
		} else if (bearer && L->author && L->you && !strcmp(bearer, L->author) &&
		           strcmp(L->you, L->author) && lex_at(c->t, v, ve, " would ", NULL)) {
			/* "I would also like an update on ... by the end of January": the
			 * addressee's to give */
			lex_at(c->t, x, tm[i].s, "also ", &x);
			lex_at(c->t, x, tm[i].s, "like ", &x);
			if (x > ve && (lex_at(c->t, x, tm[i].s, "an ", NULL) ||
			               lex_at(c->t, x, tm[i].s, "a ", NULL))) {
				to = bearer;
				bearer = L->you;
			}
		}
	}
	/* "My next report to you will be in March 2019.": the writer's report */
	if (L->author && (lex_at(c->t, lex_skip_space(c->t, cs, v), v, "my next report", NULL) ||
	                  lex_at(c->t, lex_skip_space(c->t, cs, v), v, "my report", NULL)))
		bearer = L->author;
	/* "The next review will take place in six months' time, in March 2023, when my
	 * officials will meet you ...": the review's, who meets after it */
	if (!bearer && (lex_at(c->t, lex_skip_space(c->t, cs, v), v, "the next review", NULL) ||
	                lex_at(c->t, lex_skip_space(c->t, cs, v), v, "the review", NULL)))
		bearer = party_in(L, tm[i].e, se);
	if (coordinated)
		bearer = coordinated;
	if (!bearer)
		return NULL;
	L->last_bearer = bearer;
	ae = i + 1 < nt ? clause_start(c, tm[i].e, tm[i + 1].s) : se;
	if (ae <= tm[i].e)
		ae = se;
	{
		/* an item's "to" is before its time ("appoint a DCS by 31 July 2021, or
		 * confirm to my officials ..."), or its verb's object */
		const char *r = recipient_in(L, obj ? obj_e : ve, listed ? tm[i].s : ae);
		if (!r && !obj) {
			/* "will continue to send the Minister ... a written report" */
			size_t vs = ve;
			lex_at(c->t, vs, ae, "continue to ", &vs);
			r = giving_object(L, vs, ae);
		}
		if (!r && !obj)
			r = agreed_with(L, ve, ae);
		if (!r && obj) {
			/* "I would like the Council to continue to meet my officials ..." */
			size_t vs = obj_e + 4;
			lex_at(c->t, vs, ae, "continue to ", &vs);
			r = giving_object(L, vs, ae);
		}
		if (r)
			to = r;
	}
	if (to && !strcmp(to, bearer))
		to = NULL;
	if (L->row && tm[i].s > cs)
		ae = tm[i].s;
	ae = lex_trim_end(c->t, cs, ae);
	/* the next clause's boundary stays out: "..., and" */
	for (;;) {
		while (ae > cs && (c->t[ae - 1] == ',' || c->t[ae - 1] == ';' || c->t[ae - 1] == ' '))
			ae--;
		if (ae >= cs + 4 && lex_at(c->t, ae - 4, ae, " and", NULL))
			ae -= 4;
		else if (ae >= cs + 4 && lex_at(c->t, ae - 4, ae, " but", NULL))
			ae -= 4;
		else
			break;
	}
	o = rec_object();
	read_set(o, "id", read_string(""));
	read_set(o, "bearer", read_string(bearer));
	if (to)
		read_set(o, "to", read_string(to));
	read_set(o, "action", read_copy(c, cs, ae, 400, true));
	if (body > s && body <= v) {
		/* "Where the Adviser raises a concern, the Council should respond within 5
		 * working days": due only when the condition arises */
		size_t ce = lex_trim_end(c->t, s, body);
		char cond[400];
		read_set(o, "kind", read_string("conditional"));
		lex_copy(c->t, lex_skip_space(c->t, s, se),
		         ce > s && c->t[ce - 1] == ',' ? ce - 1 : ce, cond, sizeof(cond));
		read_set(o, "condition", read_string(cond));
	} else if (tm[i].kind == T_EVERY) {
		read_set(o, "kind", read_string("recurring"));
		oblig_add_series(c, rec_object_get(rec, "events"), o, &tm[i]);
	} else if (tm[i].kind == T_UNTIL) {
		char d[CAL_DATE_LEN];
		cal_day ud;
		read_set(o, "kind", read_string("standing"));
		if (oblig_until_date(c, rec_object_get(rec, "events"), &tm[i], &ud))
			read_set(o, "until", read_string(cal_format_iso(ud, d)));
	} else {
		read_set(o, "kind", read_string("deadline"));
		oblig_make_due(c, rec_object_get(rec, "events"), o, &tm[i]);
	}
	/* a sentence with one commitment is its span; several, each its clause */
	read_set(o, "span",
	         nt == 1 ? read_span(c, s, lex_trim_end(c->t, s, se)) : read_span(c, cs, ae));
	return o;
}

/* "an initial report by 31 October 2024, with monthly updates thereafter": the series
 * tm[i] goes on from the deadline before it ("thereafter" between them or just after
 * the series' words). */
static bool series_after(const struct read_ctx *c, const struct timing *tm, size_t i, size_t se)
{
	size_t after = tm[i].e + 24 < se ? tm[i].e + 24 : se;

	return i > 0 && tm[i - 1].kind != T_EVERY &&
	       (tm[i].thereafter ||
	        lex_search_ph(&c->ix, tm[i - 1].e, tm[i].s, LEX_LIT("thereafter"), NULL) !=
	            (size_t)-1 ||
	        lex_search_ph(&c->ix, tm[i].e, after, LEX_LIT("thereafter"), NULL) != (size_t)-1);
}

/* The deadline o becomes the series' first: one duty, due first by its date, then at
 * the series' interval from it; its words are the whole sentence t[s, se). */
static void thereafter(struct read_ctx *c, rec_t *o, const struct timing *series, size_t s,
                       size_t se)
{
	struct err er = {0};
	cal_day first;

	if (cal_parse_iso(
	        strv_of(rec_string_value(rec_object_get(rec_object_get(o, "due"), "date"))), &first,
	        &er) < 0)
		return;
	read_set(o, "kind", read_string("recurring"));
	oblig_add_recurrence(c, o, series, true, first);
	read_set(o, "span", read_span(c, s, lex_trim_end(c->t, s, se)));
}

/* "The notice will be reviewed at six-monthly intervals, and my officials will hold the
 * first review meeting with you ... in June 2021.": a series tm[i] that binds no one
 * (a passive) and, after it, the one who holds its first in the month tm[i + 1] names:
 * theirs, the first in that month when the series' next falls there.  NULL if not. */
static rec_t *series_first_held(struct letter *L, const rec_t *rec, size_t s, size_t se,
                                const struct timing *tm, size_t i, size_t nt)
{
	struct read_ctx *c = L->c;
	struct timing held;
	size_t first;
	rec_t *o;

	if (tm[i].kind != T_EVERY || i + 1 >= nt || tm[i + 1].kind != T_DATE ||
	    (first = lex_search_ph(&c->ix, tm[i].e, tm[i + 1].s, LEX_LIT("the first "), NULL)) ==
	        (size_t)-1)
		return NULL;
	held = tm[i];
	held.s = tm[i + 1].s;
	held.e = tm[i + 1].e;
	if ((o = commitment(L, rec, s, se, &held, 0, 1)) == NULL)
		return NULL;
	if (!oblig_first_confirmed(c, o, &tm[i + 1], first, se)) {
		rec_decref(o);
		return NULL;
	}
	return o;
}

void oblig_letter(struct read_ctx *c, rec_t *rec, rec_t *out)
{
	struct letter L;
	size_t bs, be, s, made = 0;
	const char *lead = NULL; /* who owes the items of the list the last sentence opened */
	rec_t *series = NULL;    /* the last series made, and its timing, whose first ... */
	struct timing series_tm;
	size_t series_se = 0; /* ... the sentence from here may give */

	L.c = c;
	body_bounds(c, &bs, &be);
	L.author = author_role(c, rec, bs);
	L.you = recipient_role(rec);
	L.appointments = rec_object_get(rec, "appointments");
	L.listed = NULL;
	/* the body, then a postscript after the closing ("P.S. Please could your office also
	 * confirm ... no later than 5pm on Friday 28 April 2023.") */
	for (int part = 0; part < 2; part++) {
		if (part == 1) {
			size_t ps = lex_search_ph(&c->ix, be, c->n, LEX_LIT("P.S."), NULL);
			if (ps == (size_t)-1 || (ps > 0 && c->t[ps - 1] != '\n'))
				break;
			bs = ps + 4;
			be = facts_paragraph_end(c, bs, c->n);
		}
		for (s = lex_skip_space(c->t, bs, be); s < be;) {
			size_t se = lex_sentence_end(c->t, s, be), nt, i;
			struct timing tm[MAXT];
			/* "At the review we agreed that:⏎• the Council will send ...;": the lead-in
			 * ends at the colon that ends its line, and the item is read on its own */
			{
				const char *col = memchr(c->t + s, ':', se - s);
				size_t k = col ? (size_t)(col - c->t) + 1 : se;
				while (k < se && (c->t[k] == ' ' || c->t[k] == '\r'))
					k++;
				if (k < se && c->t[k] == '\n')
					se = (size_t)(col - c->t) + 1;
			}
			/* "Actions agreed⏎    • You will send me ...": a heading line (short, no
			 * stop) over a bulleted item is not the item's subject */
			{
				const char *nl = memchr(c->t + s, '\n', se - s);
				size_t h = nl ? (size_t)(nl - c->t) : se, n2 = h + 1,
				       te = lex_trim_end(c->t, s, h);
				if (nl && te > s && h - s < 60 && !memchr(c->t + s, ',', h - s) &&
				    c->t[te - 1] != '.' && c->t[te - 1] != ':' &&
				    skip_bullet(c, n2, se) != lex_skip_space(c->t, n2, se)) {
					s = n2;
					continue;
				}
			}
			/* a list's number that ends a "sentence" of its own ("1." before "send the
			 * Department, ..."): the list goes on */
			if (list_number(c, s, se)) {
				s = lex_skip_space(c->t, se, be);
				continue;
			}
			/* a table's row: owed by its "Owner" cell, read as a list's item */
			size_t next = se;
			const char *owner = c->nrows ? table_row(&L, &s, &se) : NULL;
			L.row = owner != NULL;
			/* the statement and timing scans ask the sentence dozens of questions,
			 * most answered "no" by the focus alone (as unit_obligations() does) */
			lex_focus(&c->ix, s, se);
			if (!owner && oblig_is_statement(c, s, se)) {
				/* "I have decided that ... should be replaced by an improvement
				 * notice, which my officials will issue to the Council by 31 July
				 * 2019": a relative clause's commitment of its own, read alone; "I
				 * have also decided that the Commissioner should now report to me
				 * every two months": the decided clause's own commitment */
				size_t w = lex_search_ph(&c->ix, s, se, LEX_LIT(", which "), NULL),
				       de, me;
				if (w == (size_t)-1 &&
				    lex_search_ph(&c->ix, s, se, LEX_LIT("decided that "), &de) !=
				        (size_t)-1 &&
				    oblig_first_modal(c, de, se < de + 60 ? se : de + 60, &me) !=
				        (size_t)-1 &&
				    lex_search_ph(&c->ix, de, me, LEX_LIT(" be "), NULL) ==
				        (size_t)-1 &&
				    !oblig_is_statement(c, de, se))
					w = de;
				/* "On the improvement plan, we agreed that ..., and the Council
				 * undertook to send the Department, within 15 working days ...":
				 * the joined clause's */
				if (w == (size_t)-1 &&
				    (de = lex_search_ph(&c->ix, s, se, LEX_LIT(" undertook to "),
				                        NULL)) != (size_t)-1 &&
				    (me = lex_search_ph(&c->ix, de > s + 80 ? de - 80 : s, de,
				                        LEX_LIT(", and "), NULL)) != (size_t)-1 &&
				    !oblig_is_statement(c, me + 6, se))
					w = me + 6;
				if (w == (size_t)-1 || oblig_is_statement(c, w, se)) {
					s = lex_skip_space(c->t, se, be);
					continue;
				}
				s = w;
			}
			/* an item of the list the last lead-in opened, and the list goes on; or
			 * a lead-in of its own */
			L.listed = owner ? owner : list_item(c, s, se) ? lead : NULL;
			L.last_bearer = NULL;
			lead = owner ? NULL : L.listed ? L.listed : lead_in(&L, s, se);
			nt = oblig_drop_replaced(c, s, se, tm, oblig_find_timings(c, s, se, tm));
			oblig_series_until(c, rec_object_get(rec, "events"), tm, &nt, false, 0);
			rec_t *prev = NULL; /* the sentence's last deadline */
			if (series && series_se != s)
				series = NULL; /* (a series of the sentence before only, or this
				                  one's) */
			for (i = 0; i < nt; i++) {
				rec_t *o;
				char id[32];
				if (tm[i].on_request)
					continue;
				if (prev && tm[i].kind == T_EVERY && series_after(c, tm, i, se)) {
					thereafter(c, prev, &tm[i], s, se);
					prev = NULL;
					continue;
				}
				/* "... should now report to me every two months ...; his first
				 * report on that basis should reach me by 30 November 2021": the
				 * series' first */
				if (series && tm[i].kind == T_DATE &&
				    tm[i].date.precision == LEX_DAY &&
				    lex_search_ph(&c->ix, i ? tm[i - 1].e : s, tm[i].s,
				                  LEX_LIT("first"), NULL) != (size_t)-1) {
					oblig_make_due(c, rec_object_get(rec, "events"), series,
					               &tm[i]);
					oblig_add_recurrence(c, series, &series_tm, true,
					                     tm[i].date.day);
					series = NULL;
					continue;
				}
				/* "..., and will publish it annually, in April": the month
				 * each falls in */
				if (series && i > 0 && oblig_series_month(c, &series_tm, &tm[i])) {
					oblig_first_within(c, rec_object_get(rec, "events"), series,
					                   &series_tm, &tm[i]);
					series = NULL;
					continue;
				}
				if ((o = commitment(&L, rec, s, se, tm, i, nt)) == NULL &&
				    (o = series_first_held(&L, rec, s, se, tm, i, nt)) != NULL)
					i++; /* the date was the series' first */
				if (!o)
					continue;
				prev = !strcmp(rec_string_value(rec_object_get(o, "kind")),
				               "deadline") &&
				               rec_object_get(rec_object_get(o, "due"), "date")
				           ? o
				           : NULL;
				if (tm[i].kind == T_EVERY) {
					series = o;
					series_tm = tm[i];
					series_se =
					    lex_skip_space(c->t, next, be); /* the next sentence */
				}
				snprintf(id, sizeof(id), "body/%zu", ++made);
				read_set(o, "id", read_string(id));
				rec_array_append_new(out, o);
			}
			s = lex_skip_space(c->t, next, be);
		}
	}
}
