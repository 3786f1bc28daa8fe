/*
 * oblig_bullets.c: the bullets under a clause's opening lead-in (see oblig_int.h).
 * "7. The Council shall:" then "• comply with ...", "• co-operate with ...": each bullet
 * is an item of duty, read by oblig.c as a lettered item is, with the lead-in's bearer.
 * Only a lead-in that opens the clause and names who owes the items counts: a duty's
 * details ("Establish an Improvement Board by 31 January 2012. The Board must:" then
 * "• be chaired by ...") and listed days ("on the following dates:") do not.  An item
 * that leads into roman-numbered bullets ("... access:" then "- I. to any premises")
 * keeps them as its words.  Split from oblig.c in session 16; the rules are unchanged.
 */
#include "../base/compat.h"

#include "lex.h"
#include "oblig_int.h"

/* Does t[i...] open with a small roman numeral's label ("I.", "ii)", "(iii)")? */
static bool roman_label(const char *t, size_t i, size_t e)
{
	size_t k = i < e && t[i] == '(' ? i + 1 : i, n = 0;

	while (k + n < e && n < 5 && strchr("ivxIVX", t[k + n]))
		n++;
	return n > 0 && k + n < e && (t[k + n] == '.' || t[k + n] == ')');
}

/* Where the next line of t[ln, e) that opens with a bullet begins (after ln's own line),
 * or e. */
static size_t next_bullet(const char *t, size_t ln, size_t e)
{
	const char *nl;

	while ((nl = memchr(t + ln, '\n', e - ln)) != NULL) {
		const char *nl2;
		size_t le;
		ln = (size_t)(nl - t) + 1;
		nl2 = memchr(t + ln, '\n', e - ln);
		le = nl2 ? (size_t)(nl2 - t) : e;
		if (oblig_bullet_end(t, ln, le) != ln)
			return ln;
	}
	return e;
}

size_t oblig_bullets_start(const struct read_ctx *c, const struct clause *cl, const char **lead)
{
	const char *t = c->t, *nl = memchr(t + cl->head.s, '\n', cl->head.e - cl->head.s);
	size_t s = cl->head.s, e = cl->head.e, first, he, ls;

	first = nl && oblig_bullet_end(t, s, (size_t)(nl - t)) != s ? s : next_bullet(t, s, e);
	if (first >= e || first == s)
		return e;
	he = lex_trim_end(t, s, first);
	/* "5. To comply with this notice, the Council should take the following actions."
	 * then themes ("Leadership") over the bullets: the lead-in is the first line */
	if (he > s && t[he - 1] != ':' && nl && (size_t)(nl - t) < he) {
		size_t fe = lex_trim_end(t, s, (size_t)(nl - t));
		if (fe >= s + 18 && lex_at(t, fe - 18, fe, "following actions.", NULL))
			he = fe;
	}
	if (he <= s || (t[he - 1] != ':' &&
	                !(he >= s + 18 && lex_at(t, he - 18, he, "following actions.", NULL))))
		return e;
	/* the clause's first words, a lead-in naming who owes the items; not a duty's
	 * details nor its days */
	ls = lex_sentence_start(t, s, he - 1);
	if (lex_skip_space(t, s, he) != lex_skip_space(t, ls, he) ||
	    !(*lead = oblig_lead_in_bearer(c, ls, he)) ||
	    lex_search_ph(&c->ix, ls, he, LEX_LIT("dates"), NULL) != (size_t)-1)
		return e;
	return first;
}

size_t oblig_bullet_item(const char *t, size_t ln, size_t e, struct lex_span *words)
{
	size_t next = next_bullet(t, ln, e);

	words->s = oblig_bullet_end(t, ln, next);
	/* an item that leads into bullets of its own: they are its words */
	while (next < e && t[lex_trim_end(t, words->s, next) - 1] == ':' &&
	       roman_label(t, oblig_bullet_end(t, next, e), e))
		while (next < e && roman_label(t, oblig_bullet_end(t, next, e), e))
			next = next_bullet(t, next, e);
	words->e = lex_trim_end(t, words->s, next);
	return next;
}
