/*
 * facts_revokes.c: what an instrument revokes ("revokes the first direction", "The
 * Direction issued to the Council on 21 March 2019 is therefore revoked", "This letter
 * revokes that direction"), each with the revoked instrument's date when the words, an
 * alias ("the first direction") or the sentence before give it, else a warning.  Split
 * from facts.c in session 11; the rules are unchanged.
 */
#include "../base/compat.h"

#include <strings.h>

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"

/* Do the words right before t[at] make the revocation after them one that is not done
 * here: a condition or time ("until it is revoked", "unless it is revoked"), or one done
 * already ("Now that the direction is revoked", "once the direction is revoked")?  ss:
 * the sentence's start. */
static bool not_done(const struct read_ctx *c, size_t ss, size_t at)
{
	static const char *const before[] = {"until it", "unless it", "until they", "unless they",
	                                     "now that ", "once ", "when ", "until ", "unless ",
	                                     "if ", "after ",
	                                     /* "Although the notice is lifted, ..." */
	                                     "although "};
	size_t k, n, b = at;

	while (b > ss && ch_is_space((unsigned char)c->t[b - 1]))
		b--;
	for (k = 0; k < ARRAY_SIZE(before); k++) {
		n = strlen(before[k]);
		if (before[k][n - 1] == ' ') { /* a word before the noun phrase at at */
			if (at >= ss + n && lex_at(c->t, at - n, at, before[k], NULL) &&
			    (at == ss + n || !lex_is_word_char((unsigned char)c->t[at - n - 1])))
				return true;
		} else if (b >= ss + n && lex_at(c->t, b - n, b, before[k], NULL) &&
		           (b == ss + n || !lex_is_word_char((unsigned char)c->t[b - n - 1]))) {
			return true;
		}
	}
	return false;
}

/* "I have therefore decided to end the statutory direction issued on 30 March 2021. This
 * letter revokes that direction ...": "that direction" (or notice) at t[s, e) is the one
 * the sentence before t[ss] dates ("issued on", "dated", "of" right before the date).  Its
 * date into *day, or false. */
static bool that_instrument_date(struct read_ctx *c, size_t s, size_t e, size_t ss, cal_day *day)
{
	static const char *const cues[] = {"issued on ", "dated ", "of "};
	struct lex_date d[8];
	size_t ps, nd, i, k;

	if (!lex_at(c->t, s, e, "that direction", NULL) &&
	    !lex_at(c->t, s, e, "that notice", NULL) &&
	    !lex_at(c->t, s, e, "that improvement notice", NULL))
		return false;
	while (ss > 0 && ch_is_space((unsigned char)c->t[ss - 1]))
		ss--;
	if (ss < 2 || c->t[ss - 1] != '.')
		return false;
	ps = lex_sentence_start(c->t, 0, ss - 1);
	nd = lex_dates_in(&c->ix, ps, ss, d, 8);
	for (i = nd; i > 0; i--)
		for (k = 0; k < ARRAY_SIZE(cues); k++) {
			size_t L = strlen(cues[k]);
			if (d[i - 1].precision == LEX_DAY && d[i - 1].span.s >= ps + L &&
			    lex_at(c->t, d[i - 1].span.s - L, d[i - 1].span.s, cues[k], NULL) &&
			    lex_search(&c->ix, ps, d[i - 1].span.s,
			               lex_at(c->t, s, e, "that direction", NULL) ? "direction"
			                                                          : "notice",
			               NULL) != (size_t)-1) {
				*day = d[i - 1].day;
				return true;
			}
		}
	return false;
}

/* The instrument word a bare reference names ("the direction", "the improvement
 * notice", t[s, e) all of it), or NULL. */
static const char *bare_reference(const struct read_ctx *c, size_t s, size_t e)
{
	static const char *const bare[] = {"the direction", "the statutory direction", "the notice",
	                                   "the improvement notice"};
	size_t k, end;

	for (k = 0; k < ARRAY_SIZE(bare); k++)
		if (lex_at(c->t, s, e, bare[k], &end) && lex_skip_space(c->t, end, e) == e)
			return k < 2 ? "direction" : "notice";
	return NULL;
}

/* "The improvement notice is therefore lifted" after "... under the improvement notice
 * issued to the London Borough of Haringey on 21 March 2023" (or "the Department issued
 * an improvement notice to the Council on 19 October 2021"): a bare reference is the
 * instrument the text dated before it ("issued ... on", "of", "dated" a day, in the same
 * sentence as the word), if every such mention gives the same day.  Into *day. */
static bool earlier_instrument_date(struct read_ctx *c, const char *word, size_t s, cal_day *day)
{
	static const char *const cues[] = {"on ", "of ", "dated "};
	size_t at, end, from = 0, k;
	bool found = false;
	int tries = 0;

	while ((at = lex_search(&c->ix, from, s, word, &end)) != (size_t)-1 &&
	       tries++ < READ_MAX_CANDIDATES) {
		size_t se = lex_sentence_end(c->t, end, c->n),
		       stop = se < end + 100 ? se : end + 100;
		struct lex_date d;
		from = end;
		/* the date is the instrument's own: "notice issued to X on", "direction of",
		 * "direction dated" (not "notice was issued after Ofsted's report of") */
		if (!lex_at(c->t, end, stop, " issued ", NULL) &&
		    !lex_at(c->t, end, stop, " dated ", NULL) &&
		    !lex_at(c->t, end, stop, " of ", NULL) &&
		    /* "the Department issued an improvement notice to the Council on 19
		     * October 2021" */
		    lex_search_ph(&c->ix, at > 24 ? at - 24 : 0, at, LEX_LIT("issued "), NULL) ==
		        (size_t)-1)
			continue;
		if (!lex_dates_in(&c->ix, end, stop, &d, 1) || d.precision != LEX_DAY)
			continue;
		for (k = 0; k < ARRAY_SIZE(cues); k++) {
			size_t L = strlen(cues[k]);
			if (d.span.s < end + L ||
			    !lex_at(c->t, d.span.s - L, d.span.s, cues[k], NULL))
				continue;
			if (found && *day != d.day)
				return false; /* two such instruments: which one? */
			*day = d.day;
			found = true;
		}
	}
	return found;
}

/* Is alias a defined inside the words of a revocation already in arr? */
static bool defined_in_revoked(const rec_t *arr, const struct read_alias *a)
{
	size_t k;

	for (k = 0; k < rec_array_size(arr); k++) {
		const rec_t *sp = rec_object_get(rec_array_get(arr, k), "span");
		if (sp && rec_integer_value(rec_array_get(sp, 0)) <= (rec_int_t)a->span.s &&
		    (rec_int_t)a->span.s < rec_integer_value(rec_array_get(sp, 1)))
			return true;
	}
	return false;
}

static void add_revoke(struct read_ctx *c, rec_t *arr, size_t s, size_t e, size_t span_s,
                       size_t span_e)
{
	cal_day that = 0;
	char buf[256];
	rec_t *o;
	struct lex_date d[4];
	size_t nd;
	const struct read_alias *a = NULL;
	const char *bare = bare_reference(c, s, e);
	size_t k;

	/* one revocation per sentence ("supersedes the 2019 Direction, which is
	 * accordingly revoked"); "the direction is revoked" after "to revoke the direction
	 * of 9 December 2019" is that one again */
	for (k = 0; k < rec_array_size(arr); k++) {
		const rec_t *r = rec_array_get(arr, k);
		const char *w = rec_string_value(rec_object_get(r, "what"));
		if (rec_integer_value(rec_array_get(rec_object_get(r, "span"), 0)) ==
		        (rec_int_t)span_s ||
		    (bare && w && rec_object_get(r, "date") && strstr(w, bare)))
			return;
	}
	/* "revokes and replaces the Direction ...": the object after both verbs */
	if (lex_at(c->t, s, e, "and replaces ", &k) || lex_at(c->t, s, e, "and supersedes ", &k))
		s = k;
	lex_copy(c->t, s, e, buf, sizeof(buf));
	{ /* "supersedes the 2019 Direction, which is accordingly revoked" */
		size_t n = strlen(buf);
		if (n > 7 && !strcmp(buf + n - 7, ", which"))
			buf[n - 7] = '\0';
	}
	if (!buf[0])
		return;
	o = rec_pack("what", rec_string(buf), NULL);
	nd = lex_dates_in(&c->ix, s, e, d, 4);
	if (nd && d[0].precision == LEX_DAY) {
		read_set(o, "date", facts_jdate(d[0].day));
	} else {
		for (k = s; k < e && !a; k++)
			if (k == s || c->t[k - 1] == ' ')
				a = facts_alias_at(c, k, e);
		if (a && a->has_date && defined_in_revoked(arr, a)) {
			rec_decref(o); /* "It revokes and replaces the direction given ... on 22
			                * July 2021 ("the 2021 Direction")", then "The 2021
			                * Direction is revoked ...": that one again */
			return;
		}
		if (a && a->has_date)
			read_set(o, "date", facts_jdate(a->date));
		else if (that_instrument_date(c, s, e, lex_sentence_start(c->t, 0, s), &that))
			read_set(o, "date", facts_jdate(that));
		else if (bare && earlier_instrument_date(c, bare, s, &that))
			read_set(o, "date", facts_jdate(that));
		else
			read_warn(c, "a revoked instrument without a date: confirm which one", s,
			          e);
	}
	read_set(o, "span", read_span(c, span_s, span_e));
	rec_array_append_new(arr, o);
}

/* Does an instrument's name ("direction", "notice") come within the four words
 * after t[w] (before e)? */
static bool names_instrument(const struct read_ctx *c, size_t w, size_t e)
{
	size_t k;

	for (k = 0; k < 4 && w < e; k++) {
		if (lex_at(c->t, w, e, "direction", NULL) || lex_at(c->t, w, e, "notice", NULL) ||
		    lex_at(c->t, w, e, "improvement notice", NULL))
			return true;
		while (w < e && !ch_is_space((unsigned char)c->t[w]))
			w++;
		w = lex_skip_space(c->t, w, e);
	}
	return false;
}

/* The end of the words before a joint "X and the Y", "X, the Y" that opens at t[at]
 * (the start of "the Y"), or (size_t)-1 when no joint ends there. */
static size_t joint_before(const struct read_ctx *c, size_t s, size_t at)
{
	size_t q = at;

	while (q > s && ch_is_space((unsigned char)c->t[q - 1]))
		q--;
	if (q >= s + 4 && lex_at(c->t, q - 3, at, "and", NULL) &&
	    ch_is_space((unsigned char)c->t[q - 4]))
		q -= 4;
	else if (!(q > s && c->t[q - 1] == ','))
		return (size_t)-1;
	while (q > s && (ch_is_space((unsigned char)c->t[q - 1]) || c->t[q - 1] == ','))
		q--;
	return q;
}

/* "revokes the Direction issued on A and the Direction issued on B", "The First
 * Direction and the Second Direction are revoked": instruments joined by "and" (or
 * commas), each a revocation of its own.  t[s, e) is the coordinated phrase; each
 * part after the first takes its own start as its span's. */
static void add_revokes(struct read_ctx *c, rec_t *arr, size_t s, size_t e, size_t span_s,
                        size_t span_e)
{
	size_t part = s, i, w;
	int parts = 0;

	for (i = s + 1; i < e && parts < 8; i++) {
		size_t q;
		if (c->t[i - 1] != ' ' && c->t[i - 1] != '\n')
			continue;
		if (!lex_at(c->t, i, e, "the ", &w) || !names_instrument(c, w, e) ||
		    (q = joint_before(c, part, i)) == (size_t)-1 || q <= part)
			continue;
		add_revoke(c, arr, part, q, part == s ? span_s : part, span_e);
		part = i;
		parts++;
	}
	while (e > part && (c->t[e - 1] == ',' || ch_is_space((unsigned char)c->t[e - 1])))
		e--;
	add_revoke(c, arr, part, e, part == s ? span_s : part, span_e);
}

void facts_find_revokes(struct read_ctx *c, rec_t *rec)
{
	rec_t *arr = rec_array();
	size_t at, end;

	int tries = 0;

	/* a letter's "I have decided to lift / revoke the statutory direction issued to X on 9
	 * March 2022, with effect from 30 April 2025" (the writer's decision) */
	static struct lex_phrase verbs[] = {
	    LEX_PHRASE("revokes "), LEX_PHRASE("supersedes "), LEX_PHRASE("replaces "),
	    LEX_PHRASE("decided to lift "), LEX_PHRASE("decided to revoke "),
	    /* "I have therefore decided, on behalf of the
	     * Secretary of State, to revoke ..." */
	    LEX_PHRASE(" to revoke "),
	    /* a letter's "the Secretary of State has today
	     * revoked the statutory direction issued ..." */
	    LEX_PHRASE(" today revoked "),
	    /* "I am therefore revoking the direction with
	     * effect from the date of this letter" */
	    LEX_PHRASE(" am therefore revoking "), LEX_PHRASE(" am revoking ")};
	size_t v;

	for (v = 0; v < ARRAY_SIZE(verbs); v++)
		for (at = lex_search_ph(&c->ix, 0, c->n, &verbs[v], &end);
		     at != (size_t)-1 && tries++ < READ_MAX_CANDIDATES;
		     at = lex_search_ph(&c->ix, end, c->n, &verbs[v], &end)) {
			static const char *const stops[] = {" and direct",
			                                    " and require",
			                                    " and appoint",
			                                    " and instead",
			                                    " with effect",
			                                    " and to ",
			                                    " from the date",
			                                    ", which",
			                                    ":",
			                                    ";"};
			size_t se = lex_sentence_end(c->t, end, c->n);
			size_t e2 = se, k, x, ss = lex_sentence_start(c->t, 0, at);
			/* "This Direction supersedes / replaces ...": only this instrument's own
			 * words (a trust "replaces" the council as provider) */
			if (v > 0 && v < 3 &&
			    lex_search_ph(&c->ix, ss, at, LEX_LIT("this direction"), NULL) ==
			        (size_t)-1 &&
			    lex_search_ph(&c->ix, ss, at, LEX_LIT("this notice"), NULL) ==
			        (size_t)-1 &&
			    lex_search_ph(&c->ix, ss, at, LEX_LIT("this improvement notice"),
			                  NULL) == (size_t)-1)
				continue;
			if (v > 0 &&
			    lex_search_ph(&c->ix, ss, at, LEX_LIT("revokes "), NULL) != (size_t)-1)
				continue; /* "revokes and replaces": read once */
			if (v == 5 &&
			    (lex_search_ph(&c->ix, ss, at, LEX_LIT("decided"), NULL) ==
			         (size_t)-1 ||
			     lex_search_ph(&c->ix, ss, at, LEX_LIT("decided to"), NULL) !=
			         (size_t)-1 ||
			     lex_search_ph(&c->ix, ss, at, LEX_LIT(" may "), NULL) != (size_t)-1))
				continue; /* the writer's decision, made; read once */
			/* the object ends where the sentence goes on to something else: "revokes
			 * the November direction and directs the Council: ..." */
			for (k = 0; k < ARRAY_SIZE(stops); k++)
				for (x = end; x < e2; x++)
					if (c->t[x] == stops[k][0] && /* (a mark, in no case) */
					    x + strlen(stops[k]) <= e2 &&
					    !strncasecmp(c->t + x, stops[k], strlen(stops[k]))) {
						e2 = x;
						break;
					}
			while (e2 > end && (c->t[e2 - 1] == '.' || c->t[e2 - 1] == ';' ||
			                    ch_is_space((unsigned char)c->t[e2 - 1])))
				e2--;
			/* "The direction that revokes it is enclosed ...": a pronoun, the
			 * instrument the sentence before named (read there) */
			if (lex_at(c->t, end, e2, "it ", NULL) ||
			    lex_at(c->t, end, e2, "them ", NULL) ||
			    /* "... remains in force until the Secretary of State revokes it." */
			    (e2 == end + 2 && lex_at(c->t, end, e2, "it", NULL)) ||
			    not_done(c, lex_sentence_start(c->t, 0, at), at) ||
			    lex_search_ph(&c->ix, lex_sentence_start(c->t, 0, at), at,
			                  LEX_LIT("in force until "), NULL) != (size_t)-1)
				continue;
			add_revokes(c, arr, end, e2, lex_sentence_start(c->t, 0, at), se);
		}
	/* The passive: "The Direction dated 14 June 2019 is hereby revoked", "The 2020
	 * Direction is revoked", "the improvement notice ... is withdrawn / lifted / shall
	 * cease to have effect".  The revoked instrument is the noun phrase from the last
	 * "the" before an instrument's name (a year, "first", "statutory" may stand between)
	 * to the verb. */
	{
		static struct lex_phrase passive[] = {
		    LEX_PHRASE(" is revoked"), LEX_PHRASE(" is hereby revoked"),
		    LEX_PHRASE(" are revoked"), LEX_PHRASE(" are hereby revoked"),
		    LEX_PHRASE(" is withdrawn"), LEX_PHRASE(" is hereby withdrawn"),
		    LEX_PHRASE(" is lifted"), LEX_PHRASE(" is hereby lifted"),
		    LEX_PHRASE(" shall cease to have effect"), LEX_PHRASE(" ceases to have effect"),
		    /* LEX_PHRASE("The Direction issued to the Council on 21 March 2019 is therefore
		     * revoked with effect from ...") */
		    LEX_PHRASE(" is therefore revoked"), LEX_PHRASE(" is accordingly revoked"),
		    LEX_PHRASE(" is now revoked"), LEX_PHRASE(" are therefore revoked"),
		    LEX_PHRASE(" is therefore lifted"), LEX_PHRASE(" is now lifted"),
		    LEX_PHRASE(" is therefore withdrawn")};
		size_t p;
		for (p = 0; p < ARRAY_SIZE(passive); p++)
			for (at = lex_search_ph(&c->ix, 0, c->n, &passive[p], &end);
			     at != (size_t)-1 && tries++ < 4 * READ_MAX_CANDIDATES;
			     at = lex_search_ph(&c->ix, end, c->n, &passive[p], &end)) {
				size_t ss = lex_sentence_start(c->t, 0, at), s, first;
				size_t cand[16], nc = 0;
				if (not_done(c, ss, at))
					continue;
				for (s = ss; s < at; s++) {
					size_t w = s;
					if (!lex_at(c->t, s, at, "the ", &w) ||
					    (s != ss && c->t[s - 1] != ' ' && c->t[s - 1] != '\n'))
						continue;
					/* an instrument's name within the next four words */
					if (names_instrument(c, w, at)) {
						if (nc == ARRAY_SIZE(cand))
							memmove(cand, cand + 1,
							        --nc * sizeof(cand[0]));
						cand[nc++] = s;
					}
				}
				if (!nc)
					continue;
				/* the last one; with a plural verb, the ones joined to it by "and"
				 * ("The First Direction and the Second Direction are revoked") */
				first = cand[--nc];
				while (nc > 0 && lex_at(c->t, at, end, " are ", NULL) &&
				       joint_before(c, cand[nc - 1], first) != (size_t)-1)
					first = cand[--nc];
				/* "This notice will remain in force until the Minister is
				 * satisfied ... and the notice is lifted": when it will end */
				if (not_done(c, ss, first) ||
				    lex_search_ph(&c->ix, ss, first, LEX_LIT("in force until "),
				                  NULL) != (size_t)-1)
					continue;
				add_revokes(c, arr, first, at, ss,
				            lex_sentence_end(c->t, end, c->n));
			}
	}
	read_set(rec, "revokes", arr);
}
