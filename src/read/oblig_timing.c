/*
 * oblig_timing.c: the time expressions of a sentence (see oblig_int.h), for
 * oblig.c: "within N <unit> of <anchor>" and its kin ("no later than N ... after",
 * "before the end of the period of N beginning with"), "at N-monthly intervals",
 * "at intervals of (not more than) N", "every N", frequency adverbs ("quarterly"),
 * dates after a cue ("by", "no later than", "on or before", "by the end of", "in",
 * "until"), a table cell's bare date, "until" a date the document defines; then
 * oblig_when.c's cadences and year-less months.  A date that only places a series'
 * first occurrence ("the first of which will take place in October 2022") is no
 * deadline of its own; "the first by 31 March 2025" is the series' first deadline
 * (oblig_first.c).
 * Each expression keeps its words' span, its period or date, and its anchor
 * ("instrument_date", "event:<kind>").
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "../cal/phrase.h"
#include "oblig_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Could the words t[s, e) be a period?  Every period cal_period_parse() reads is an ISO
 * duration ("P3M", its first byte a 'P') or has a word that names its unit or is an
 * adverb of one ("day", "daily", "week", "fortnight", "month", "quarterly", "annual",
 * "year", their plurals and "bi-" forms), each of which holds one of the eight
 * beginnings of three letters below, in any case.  Most words tried hold none ("only",
 * "early", "supply": the frequency adverbs' "ly" is common), and are no period without
 * the parse. */
static bool may_be_period(const char *t, size_t s, size_t e)
{
	size_t k = lex_skip_space(t, s, e);

	if (k < e && (t[k] == 'P' || t[k] == 'p'))
		return true;
	for (; k + 3 <= e; k++) {
		unsigned a = (unsigned char)t[k] | 0x20, b, c3;
		if (a != 'd' && a != 'w' && a != 'f' && a != 'm' && a != 'q' && a != 'a' &&
		    a != 'y')
			continue;
		b = (unsigned char)t[k + 1] | 0x20;
		c3 = (unsigned char)t[k + 2] | 0x20;
		switch (a) {
		case 'd':
			if (b == 'a' && (c3 == 'y' || c3 == 'i'))
				return true;
			break;
		case 'w':
			if (b == 'e' && c3 == 'e')
				return true;
			break;
		case 'f':
			if (b == 'o' && c3 == 'r')
				return true;
			break;
		case 'm':
			if (b == 'o' && c3 == 'n')
				return true;
			break;
		case 'q':
			if (b == 'u' && c3 == 'a')
				return true;
			break;
		case 'a':
			if (b == 'n' && c3 == 'n')
				return true;
			break;
		default: /* 'y' */
			if (b == 'e' && c3 == 'a')
				return true;
		}
	}
	return false;
}

/* Try to parse a period from the words t[s, e). */
static bool period_in(const struct read_ctx *c, size_t s, size_t e, struct cal_period *p)
{
	char buf[96];

	if (e <= s || e - s > 60 || !may_be_period(c->t, s, e))
		return false;
	lex_copy(c->t, s, e, buf, sizeof(buf));
	/* no error context: most words tried are no period, and the message
	 * that would say so is not wanted (nor made) */
	return cal_period_parse(strv_of(buf), p, NULL) == 0;
}

bool oblig_timing_overlaps(const struct timing *t, size_t n, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s < t[i].e && e > t[i].s)
			return true;
	return false;
}

static size_t word_end(const char *t, size_t i, size_t e)
{
	while (i < e && (lex_is_word_char((unsigned char)t[i]) || t[i] == '-'))
		i++;
	return i;
}

/* "6-8 weeks", "6 to 8 weeks" (or with an en dash) at t[i...]: where the
 * range's top ("8") begins, or 0. */
static size_t range_top(const char *t, size_t i, size_t e)
{
	size_t k = i;

	while (k < e && ch_is_digit((unsigned char)t[k]))
		k++;
	if (k == i || k - i > 2)
		return 0;
	if (k + 1 < e && t[k] == '-' && ch_is_digit((unsigned char)t[k + 1]))
		return k + 1;
	/* or an en dash (U+2013), as a word processor prints a range */
	if (k + 3 < e && !memcmp(t + k, "\xe2\x80\x93", 3) && ch_is_digit((unsigned char)t[k + 3]))
		return k + 3;
	if (lex_at(t, k, e, " to ", NULL) && k + 4 < e && ch_is_digit((unsigned char)t[k + 4]))
		return k + 4;
	return 0;
}

size_t oblig_prev_word_start(const char *t, size_t s, size_t i)
{
	while (i > s && ch_is_space((unsigned char)t[i - 1]))
		i--;
	while (i > s && (lex_is_word_char((unsigned char)t[i - 1]) || t[i - 1] == '-'))
		i--;
	return i;
}

/* Could the word t[ws, we) be a frequency adverb: "annual", or "ly" in
 * its first 39 bytes ("monthly", "bi-weekly")? */
static bool adverb_like(const char *t, size_t ws, size_t we)
{
	size_t k, stop = we - ws > 39 ? ws + 39 : we;

	if (we - ws == 6 && !memcmp(t + ws, "annual", 6))
		return true;
	for (k = ws; k + 1 < stop; k++)
		if (t[k] == 'l' && t[k + 1] == 'y')
			return true;
	return false;
}

/* The first place in t[i, e) that holds "ly" or "annual", which every word
 * adverb_like() lets through holds; or e.  Sixteen places at a time where
 * the processor has SSE2: those that hold "ly" or "an" (each byte and the
 * next compared at once), then each of them, in order, tested as below. */
static size_t next_adverb_place(const char *t, size_t i, size_t e)
{
#ifdef __SSE2__
	for (; i + 17 <= e; i += 16) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(t + i)),
		        b = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 1));
		__m128i ly = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('l')),
		                           _mm_cmpeq_epi8(b, _mm_set1_epi8('y')));
		__m128i an = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('a')),
		                           _mm_cmpeq_epi8(b, _mm_set1_epi8('n')));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(ly, an));
		for (; m; m &= m - 1) {
			size_t k = i + (size_t)__builtin_ctz(m);
			if (t[k] == 'l' || (e - k >= 6 && !memcmp(t + k, "annual", 6)))
				return k;
		}
	}
#endif
	for (; i + 1 < e; i++)
		if ((t[i] == 'l' && t[i + 1] == 'y') ||
		    (t[i] == 'a' && e - i >= 6 && !memcmp(t + i, "annual", 6)))
			return i;
	return e;
}

/* Does the frequency word at t[ws] describe what a duty's work is drawn from ("based
 * on monthly case audits", "drawn from the Council's monthly case audits", "report the
 * findings of its monthly case audits to each meeting"): "based on", "drawn from",
 * "taken from" or "the findings/results of" before it, a determiner or a possessive
 * between? */
static bool source_cadence(const char *t, size_t s, size_t ws)
{
	static const char *const cues[] = {"based on ",    "drawn from ",    "taken from ",
	                                   "findings of ", "findings from ", "results of "};
	size_t k, w = ws, hops;

	for (hops = 0; hops < 3; hops++) {
		for (k = 0; k < ARRAY_SIZE(cues); k++) {
			size_t n = strlen(cues[k]);
			if (w >= s + n && lex_at(t, w - n, w, cues[k], NULL))
				return true;
		}
		/* back over "the", "its", "their", "the Council's" */
		size_t pw = oblig_prev_word_start(t, s, w), pe = pw;
		while (pe < w && lex_is_word_char((unsigned char)t[pe]))
			pe++;
		if (pw >= w)
			return false;
		if (lex_at(t, pw, pe, "the", NULL) || lex_at(t, pw, pe, "its", NULL) ||
		    lex_at(t, pw, pe, "their", NULL))
			w = pw;
		else if (pe == pw + 1 && t[pw] == 's' && pw >= s + 1 && t[pw - 1] == '\'')
			w = oblig_prev_word_start(t, s, pw - 1);
		else if (pe == pw + 1 && t[pw] == 's' && pw >= s + 3 &&
		         !memcmp(t + pw - 3, "\xe2\x80\x99", 3))
			w = oblig_prev_word_start(t, s, pw - 3);
		else
			return false;
	}
	return false;
}

/* Does t[from, e) hold "by <day>" with no "first" or "each" before it: a day a thing is
 * done by, once? */
static bool once_by_day(const struct read_ctx *c, size_t from, size_t e)
{
	struct lex_date d[4];
	size_t nd = lex_dates_in(&c->ix, from, e, d, ARRAY_SIZE(d)), k;

	for (k = 0; k < nd; k++)
		if (d[k].precision == LEX_DAY && d[k].span.s >= from + 3 &&
		    lex_at(c->t, d[k].span.s - 3, d[k].span.s, "by ", NULL) &&
		    lex_search_ph(&c->ix, from, d[k].span.s, LEX_LIT("first"), NULL) ==
		        (size_t)-1 &&
		    lex_search_ph(&c->ix, from, e, LEX_LIT("each"), NULL) == (size_t)-1 &&
		    lex_search_ph(&c->ix, from, e, LEX_LIT("every"), NULL) == (size_t)-1)
			return true;
	return false;
}

static int cmp_timing(const void *a, const void *b)
{
	const struct timing *x = a, *y = b;
	return (x->s > y->s) - (x->s < y->s);
}

/* "within N <unit> of <anchor>", "no later than N <unit> after/from <anchor>": a
 * period counted from an anchor, the cue then the link word before the anchor.  The
 * later cues are skipped where an earlier one was read.  The last, the statutes'
 * "before the end of the period of 3 months beginning with the date of this
 * Direction", counts the anchor's own day as the period's first (BEGINNING_WITH). */
static struct lex_phrase pc_within = LEX_PHRASE("within "),
                         pc_no_later = LEX_PHRASE("no later than "),
                         pc_not_later = LEX_PHRASE("not later than "),
                         pc_period = LEX_PHRASE("the period of "), pc_of = LEX_PHRASE(" of "),
                         pc_after = LEX_PHRASE(" after "), pc_from = LEX_PHRASE(" from "),
                         pc_beginning = LEX_PHRASE(" beginning with ");
static struct lex_phrase *const period_cues[][2] = {
    {&pc_within, &pc_of},     {&pc_no_later, &pc_after},  {&pc_not_later, &pc_after},
    {&pc_no_later, &pc_from}, {&pc_not_later, &pc_from},  {&pc_within, &pc_from},
    {&pc_within, &pc_after},  {&pc_period, &pc_beginning}};
#define BEGINNING_WITH (ARRAY_SIZE(period_cues) - 1)

/* The first place of each cue in the span, found once: several rows of period_cues
 * share their cue (the same static phrase, so the same pointer). */
struct cue_firsts {
	struct {
		struct lex_phrase *cue;
		size_t at, end;
	} v[ARRAY_SIZE(period_cues)];
	size_t n;
};

/* lex_search_ph(&c->ix, s, e, cue, end), from the span's firsts if cue was looked for. */
static inline __attribute__((always_inline)) size_t first_cue(const struct read_ctx *c, size_t s,
                                                              size_t e, struct lex_phrase *cue,
                                                              struct cue_firsts *f, size_t *end)
{
	size_t k;

	for (k = 0; k < f->n; k++)
		if (f->v[k].cue == cue) {
			*end = f->v[k].end;
			return f->v[k].at;
		}
	f->v[k].cue = cue;
	f->v[k].at = lex_search_ph(&c->ix, s, e, cue, &f->v[k].end);
	f->n++;
	*end = f->v[k].end;
	return f->v[k].at;
}

/* The end of a period in the (up to) three words from t[end], its value in *p; 0 if none. */
static size_t period_words(const struct read_ctx *c, size_t end, size_t e, struct cal_period *p)
{
	size_t w = end, k, stop = 0;

	for (k = 0; k < 3 && w < e; k++) {
		w = word_end(c->t, lex_skip_space(c->t, w, e), e);
		if (period_in(c, end, w, p))
			stop = w;
	}
	return stop && period_in(c, end, stop, p) ? stop : 0;
}

/* "Where the Adviser raises a concern, the Council should respond ... within 5 working
 * days": a period from the condition arising, in a sentence that opens with it (s);
 * no anchor, so no date (the duty is conditional). */
static bool condition_within(const struct read_ctx *c, size_t s, size_t at, size_t end, size_t e,
                             struct timing *o)
{
	size_t body = oblig_if_clause_end(c, s, e), stop;
	struct cal_period p;

	if (body == s || at < body || !(stop = period_words(c, end, e, &p)))
		return false;
	timing_new(o, 0, T_WITHIN, at, stop);
	o->period = p;
	return true;
}

/* A letter's "I would ask the Council to send my officials an improvement plan ...
 * within three months.": weeks or months that end the sentence count from the letter's
 * date, the day it asks (no warning: a letter speaks from its date).  Not days ("to be
 * completed within 45 working days." measures, it does not ask). */
static bool letter_within(const struct read_ctx *c, size_t at, size_t end, size_t e,
                          struct timing *o)
{
	size_t stop, k;
	struct cal_period p;

	lex_at(c->t, end, e, "the next ", &end); /* "within the next three months" */
	if (!read_eq(c->kind, "letter") || !(stop = period_words(c, end, e, &p)) ||
	    (p.unit != CAL_WEEKS && p.unit != CAL_MONTHS))
		return false;
	k = lex_skip_space(c->t, stop, e);
	/* (or set off by commas: "to agree with the Commissioner, within the next three
	 * months, a transfer plan") */
	if (k < e && c->t[k] != '.' && c->t[k] != ';' &&
	    !(c->t[k] == ',' && at >= 2 && c->t[at - 2] == ','))
		return false;
	timing_new(o, 0, T_WITHIN, at, stop);
	o->period = p;
	snprintf(o->anchor, sizeof(o->anchor), "instrument_date");
	return true;
}
/* *o: a period t[at, stop) that does not say from when, read as from the instrument's
 * date with a warning to confirm (bare_within(), opening_within()). */
static void from_instrument_date(struct timing *o, size_t at, size_t stop, struct cal_period p)
{
	timing_new(o, 0, T_WITHIN, at, stop);
	o->period = p;
	snprintf(o->anchor, sizeof(o->anchor), "instrument_date");
	o->warning = "a period that does not say from when: read as from the instrument's date; "
	             "confirm the anchor";
}

/* "Within 10 working days" that says not from when, a line of its own (a table's
 * cell, "Timescale: Within 10 working days"): from the instrument's date, with a
 * warning, into *o; false if it is not ("are completed within 45 working days." is a
 * measure, not a deadline). */
static bool bare_within(const struct read_ctx *c, size_t at, size_t end, size_t e, struct timing *o)
{
	const char *t = c->t;
	size_t k = at, stop;
	struct cal_period p;

	if (letter_within(c, at, end, e, o))
		return true;
	while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t'))
		k--;
	if (k > 0 && t[k - 1] == ':') { /* a label before it on its line */
		while (k > 0 && t[k - 1] != '\n')
			k--;
	} else if (t[at] != 'W') {
		return false; /* a cell begins with its capital; a wrapped line need not */
	}
	/* (or a cell after the action's, three spaces apart, as columns.c joins a row) */
	if (k > 0 && t[k - 1] != '\n' && at - k < 3)
		return false;
	if (!(stop = period_words(c, end, e, &p)))
		return false;
	k = stop;
	while (k < e && (t[k] == '.' || t[k] == ';' || t[k] == ' ' || t[k] == '\t' || t[k] == '\r'))
		k++;
	if (k < e && t[k] != '\n')
		return false;
	from_instrument_date(o, at, stop, p);
	return true;
}

/* Where "the last day of the month after " or "the end of the month after/following "
 * (perhaps after "by", "no later than") starts, ending at the name of a day the document
 * defines (at w), or (size_t)-1. */
static size_t month_after_day(const struct read_ctx *c, size_t s, size_t w)
{
	static const char *const cues[] = {"the last day of the month after ",
	                                   "the end of the month after ",
	                                   "the end of the month following "};
	size_t k, L;

	for (k = 0; k < ARRAY_SIZE(cues); k++) {
		L = strlen(cues[k]);
		if (w >= s + L && lex_at(c->t, w - L, w, cues[k], NULL))
			return w - L;
	}
	return (size_t)-1;
}

/* "• within 15 working days, send the Department an action plan ..." (under "From the
 * date of this notice, the Council should:"), "Within one month, the Commissioner will
 * ...": a period that opens its sentence or item, set off by a comma, counts from the
 * instrument's date (with bare_within()'s warning), into *o. */
static bool opening_within(const struct read_ctx *c, size_t s, size_t at, size_t end, size_t e,
                           struct timing *o)
{
	size_t stop, k;
	struct cal_period p;

	if (lex_skip_space(c->t, oblig_bullet_end(c->t, s, e), e) != at ||
	    !(stop = period_words(c, end, e, &p)))
		return false;
	k = lex_skip_space(c->t, stop, e);
	if (k >= e || c->t[k] != ',')
		return false;
	from_instrument_date(o, at, stop, p);
	return true;
}

static size_t period_timings(const struct read_ctx *c, size_t s, size_t e, size_t l,
                             struct timing *out, size_t n, struct cue_firsts *firsts)
{
	const char *t = c->t;
	size_t at, end;

	for (at = first_cue(c, s, e, period_cues[l][0], firsts, &end); at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, period_cues[l][0], &end)) {
		size_t of = lex_search_ph(&c->ix, end, e < end + 50 ? e : end + 50,
		                          period_cues[l][1], NULL),
		       ofe = 0;
		struct cal_period p = {0};
		bool uncounted;
		/* (an "of" past a comma is another phrase's: "within the next three months, a
		 * plan for the transfer of ...") */
		if ((of == (size_t)-1 || (l == 0 && memchr(t + end, ',', of - end))) && l == 0 &&
		    n < MAXT &&
		    (bare_within(c, at, end, e, &out[n]) ||
		     condition_within(c, s, at, end, e, &out[n]) ||
		     opening_within(c, s, at, end, e, &out[n]))) {
			n++;
			continue;
		}
		if (of == (size_t)-1 || (l > 0 && oblig_timing_overlaps(out, n, at, of)))
			continue;
		lex_at(t, of, e, period_cues[l][1]->text, &ofe);
		{ /* "within the first three months of her appointment", "within the next
		   * three months of ..." */
			size_t x;
			if (lex_at(t, end, of, "the first ", &x) ||
			    lex_at(t, end, of, "the next ", &x))
				end = x;
		}
		/* ("within 20 school days of the date of this notice": no date to count) */
		uncounted = !period_in(c, end, of, &p);
		if (uncounted && !oblig_school_days(c, end, of))
			continue;
		/* "every contact and referral is screened ... within one working day of its
		 * receipt": a standard each case is held to, counted from no day of the
		 * instrument's (the duty stands) */
		if (lex_at(t, lex_skip_space(t, ofe, e), e, "its receipt", NULL) ||
		    oblig_after_each_meeting(c, s, lex_skip_space(t, ofe, e), e))
			continue;
		timing_new(out, n, T_WITHIN, at, ofe); /* its end placed below */
		out[n].period = p;
		out[n].uncounted = uncounted;
		out[n].beginning_with = l == BEGINNING_WITH;
		oblig_anchor_of(c, ofe, e, out[n].anchor, sizeof(out[n].anchor));
		/* "within six weeks of receipt of this letter": counted from the day the
		 * instrument arrives, which it cannot give; read from its date, and said */
		{
			size_t x = lex_skip_space(t, ofe, e);
			if (!strcmp(out[n].anchor, "instrument_date") &&
			    (lex_at(t, x, e, "receipt of this ", NULL) ||
			     lex_at(t, x, e, "the receipt of this ", NULL) ||
			     lex_at(t, x, e, "receiving this ", NULL)))
				out[n].warning =
				    "a period from the receipt of the instrument, whose day "
				    "it does not give: read as from the instrument's "
				    "date; confirm the anchor";
		}
		/* "which the Council shall provide within 10 working days of the request":
		 * counted from a request that may never come */
		{
			size_t r = lex_search_ph(&c->ix, ofe, e < ofe + 24 ? e : ofe + 24,
			                         LEX_LIT("request"), NULL);
			out[n].on_request = !out[n].anchor[0] && r != (size_t)-1;
		}
		{
			size_t k = ofe;
			while (k < e && t[k] != ',' && t[k] != ';' && t[k] != ')' && k - ofe < 60 &&
			       !lex_at(t, k, e, " and ", NULL) && !lex_at(t, k, e, " or ", NULL))
				k++;
			out[n].e = k;
		}
		n++;
	}
	return n;
}

size_t oblig_period_before(const struct read_ctx *c, size_t s, size_t at, struct cal_period *p)
{
	size_t ps = at, k;

	for (k = 0; k < 3 && ps > s; k++) {
		ps = oblig_prev_word_start(c->t, s, ps > s ? ps - 1 : s);
		if (period_in(c, ps, at, p))
			return ps;
	}
	return (size_t)-1;
}

/* Is "from <date>" at t[ws...] (date *d) the day a duty of the sentence t[s, e) is done
 * by ("The Council shall secure that the Partner Council exercises the specified
 * functions from the 1st day of April 2019")?  Only after the sentence's modal, for a
 * day after the instrument's, outside a relative clause, not a period's start ("from 1 April 2019
 * to 31 March 2020", "until"), nor a series' ("every three months from ...": out[0, n) holds the
 * sentence's timings found so far). */
static bool from_day(const struct read_ctx *c, size_t s, size_t e, const struct timing *out,
                     size_t n, size_t ws, const struct lex_date *d)
{
	size_t k, me, m, after = lex_skip_space(c->t, d->span.e, e);

	if (!c->has_date || d->day <= c->date ||
	    (m = oblig_first_modal(c, s, ws, &me)) == (size_t)-1)
		return false;
	/* "An improvement notice will be issued to the Council with effect from 1 December
	 * 2023": a thing done to no one's duty (a passive whose subject is no party) */
	if (lex_at(c->t, me, ws, "be ", NULL) && !oblig_free_role(c, s, m))
		return false;
	/* "..., under which the Trust will deliver the functions from 1 October 2017": a
	 * term of the thing agreed, the agreement's own deadline elsewhere */
	if (lex_search_ph(&c->ix, me, ws, LEX_LIT(" which "), NULL) != (size_t)-1)
		return false;
	for (k = 0; k < n; k++)
		if (out[k].kind == T_EVERY)
			return false;
	return !lex_at(c->t, after, e, "to ", NULL) && !lex_at(c->t, after, e, "until ", NULL) &&
	       !lex_at(c->t, after, e, "onwards", NULL);
}

/* "send me an interim report after three months, setting out ...": in a letter, a
 * period after "after" that says not after what counts from the letter's date, as a
 * bare "within six weeks." does (letter_within()); into out[n], returns the new count. */
static size_t letter_after(const struct read_ctx *c, size_t s, size_t e, struct timing *out,
                           size_t n)
{
	size_t at, end, stop, k;
	struct cal_period p;

	if (n >= MAXT || !read_eq(c->kind, "letter"))
		return n;
	for (at = lex_search_ph(&c->ix, s, e, &pc_after, &end); at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, e, &pc_after, &end)) {
		if (!(stop = period_words(c, end, e, &p)) ||
		    (p.unit != CAL_WEEKS && p.unit != CAL_MONTHS))
			continue;
		k = lex_skip_space(c->t, stop, e);
		if (k < e && c->t[k] != '.' && c->t[k] != ';' && c->t[k] != ',')
			continue;
		timing_new(out, n, T_WITHIN, at + 1, stop);
		out[n].period = p;
		snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
		return n + 1;
	}
	return n;
}

/* "publish its annual report on the Improvement Plan each year": a series' noun and its
 * verb given the same plain pace (no day, first or end) in one clause (no comma,
 * semicolon or "and" between) are one series, the second's words kept (",
 * in June" may follow them); out[0, n) in order, returns the new count. */
static size_t said_twice(const struct read_ctx *c, struct timing *out, size_t n)
{
	size_t k, m = 0;

	for (k = 0; k < n; k++) {
		const struct timing *a = &out[k], *b = k + 1 < n ? &out[k + 1] : NULL;
		if (b && a->kind == T_EVERY && b->kind == T_EVERY && a->e <= b->s &&
		    a->period.unit == b->period.unit && a->period.n == b->period.n &&
		    a->day.kind == CAL_DAY_NONE && b->day.kind == CAL_DAY_NONE && !a->first_by &&
		    !b->first_by && !a->has_until && !b->has_until && !a->anchored_date &&
		    !b->anchored_date && !a->thereafter && !b->thereafter &&
		    !strcmp(a->anchor, b->anchor) && !memchr(c->t + a->e, ',', b->s - a->e) &&
		    !memchr(c->t + a->e, ';', b->s - a->e) &&
		    lex_search_ph(&c->ix, a->e, b->s, LEX_LIT(" and "), NULL) == (size_t)-1)
			continue;
		out[m++] = out[k];
	}
	return m;
}

/* Every time expression in the sentence t[s, e). */
size_t oblig_find_timings(const struct read_ctx *c, size_t s, size_t e, struct timing *out)
{
	const char *t = c->t;
	size_t n = 0, at, end, i;
	struct lex_date d[16];
	size_t nd;
	struct cue_firsts firsts;

	firsts.n = 0;
	/* (a row whose cue the sentence lacks finds nothing: most rows, most sentences) */
	for (i = 0; i < ARRAY_SIZE(period_cues); i++)
		if (first_cue(c, s, e, period_cues[i][0], &firsts, &end) != (size_t)-1)
			n = period_timings(c, s, e, i, out, n, &firsts);
	n = letter_after(c, s, e, out, n);
	/* at N <unit> intervals */
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("intervals"), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("intervals"), &end)) {
		size_t a = at > s + 40 ? at - 40 : s, from;
		size_t k = lex_search_ph(&c->ix, a, at, LEX_LIT("at "), &from);
		struct cal_period p;
		if (k == (size_t)-1 || !period_in(c, from, at, &p))
			continue;
		timing_new(out, n, T_EVERY, k, end);
		out[n].period = p;
		out[n].thereafter = oblig_thereafter_at(c, s, k, end, e);
		snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
		{
			size_t fe;
			size_t fr = lex_search_ph(&c->ix, end, e < end + 12 ? e : end + 12,
			                          LEX_LIT("from "), &fe);
			if (fr == (size_t)-1)
				fr = lex_search_ph(&c->ix, end, e < end + 12 ? e : end + 12,
				                   LEX_LIT("of "), &fe);
			if (fr != (size_t)-1) {
				char anc[48];
				oblig_anchor_of(c, fe, e, anc, sizeof(anc));
				if (anc[0]) {
					snprintf(out[n].anchor, sizeof(out[n].anchor), "%s", anc);
					size_t at_this =
					    lex_search_ph(&c->ix, fe, e, LEX_LIT("this"), NULL);
					out[n].e = word_end(
					    t, at_this != (size_t)-1 ? at_this + 5 : fe, e);
				}
			}
		}
		n++;
	}
	/* at intervals of (not more than) N <unit>; "at intervals not exceeding six weeks" */
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("at intervals "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("at intervals "), &end)) {
		static const char *const bounds[] = {"not more than ", "no more than ",
		                                     "no longer than ", "not exceeding "};
		if (!lex_at(c->t, end, e, "of ", &end) &&
		    !lex_at(c->t, end, e, "not exceeding ", NULL))
			continue;
		size_t k, w1, w2, pe;
		struct cal_period p;
		bool bound = false;
		for (k = 0; k < ARRAY_SIZE(bounds); k++)
			if (lex_at(t, end, e, bounds[k], &pe)) {
				end = pe;
				bound = true;
				break;
			}
		w1 = word_end(t, end, e);
		w2 = word_end(t, lex_skip_space(t, w1, e), e);
		if (!period_in(c, end, w2, &p) || oblig_timing_overlaps(out, n, at, w2))
			continue;
		timing_new(out, n, T_EVERY, at, w2);
		out[n].period = p;
		out[n].at_most = bound;
		out[n].thereafter = oblig_thereafter_at(c, s, at, w2, e);
		snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
		n++;
	}
	/* every N <unit>, thereafter every N <unit> */
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("every "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("every "), &end)) {
		size_t w1 = word_end(t, end, e), w2 = word_end(t, lex_skip_space(t, w1, e), e);
		size_t w3 = word_end(t, lex_skip_space(t, w2, e), e);
		struct cal_period p;
		size_t stop = 0, hi = range_top(t, end, e);
		if (hi) { /* "every 6-8 weeks", "every 6 to 8 weeks": the longest interval */
			w1 = word_end(t, hi, e);
			w2 = word_end(t, lex_skip_space(t, w1, e), e);
			w3 = word_end(t, lex_skip_space(t, w2, e), e);
		}
		if (period_in(c, hi ? hi : end, w3, &p))
			stop = w3;
		else if (period_in(c, hi ? hi : end, w2, &p))
			stop = w2;
		else if (!hi && period_in(c, end, w1, &p))
			stop = w1;
		if (!stop || oblig_timing_overlaps(out, n, at, stop))
			continue;
		timing_new(out, n, T_EVERY, at, stop);
		out[n].period = p;
		out[n].at_most = hi != 0;
		snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
		{ /* "every 6 weeks from the start of the appointment": counted from the event */
			size_t fe;
			char anc[sizeof(out[n].anchor)];
			if (lex_at(t, stop, e, " from ", &fe)) {
				oblig_anchor_of(c, fe, e, anc, sizeof(anc));
				if (!strncmp(anc, "event:", 6))
					memcpy(out[n].anchor, anc, sizeof(anc));
			}
		}
		out[n].thereafter = oblig_thereafter_at(c, s, at, stop, e);
		n++;
	}
	/* frequency adverbs: monthly, quarterly, bi-monthly, six-weekly, ...: the
	 * words (a word character then word characters and hyphens) that
	 * adverb_like() lets through, in order.  Only a word that holds "ly" or
	 * "annual" can be one, so the scan goes from each such place to the word
	 * around it, not through every word. */
	for (i = s; i < e && n < MAXT;) {
		size_t ws = next_adverb_place(t, i, e), we;
		struct cal_period p;
		if (ws >= e)
			break;
		we = word_end(t, ws, e);
		while (ws > i && (lex_is_word_char((unsigned char)t[ws - 1]) || t[ws - 1] == '-'))
			ws--;
		i = we;
		/* (a run that begins with a hyphen holds no word) */
		if (!lex_is_word_char((unsigned char)t[ws]) || !adverb_like(t, ws, we))
			continue;
		if (!period_in(c, ws, we, &p))
			continue;
		/* "3 monthly" or "six weekly" written as two words */
		{
			size_t pw = oblig_prev_word_start(t, s, ws);
			struct cal_period p2;
			if (pw < ws && period_in(c, pw, we, &p2) && p2.n != p.n) {
				p = p2;
				ws = pw;
			}
		}
		if (oblig_timing_overlaps(out, n, ws, we))
			continue;
		/* "twice yearly" is oblig_when.c's; "every three weeks rather than monthly"
		 * names the cadence given up */
		if ((ws >= s + 6 && lex_at(t, ws - 6, ws, "twice ", NULL)) ||
		    (ws >= s + 12 && lex_at(t, ws - 12, ws, "rather than ", NULL)) ||
		    (ws >= s + 11 && lex_at(t, ws - 11, ws, "instead of ", NULL)))
			continue;
		/* "a report ..., based on monthly case audits", "drawn from the Council's
		 * monthly case audits": the cadence of the source, not of the duty */
		if (source_cadence(t, s, ws))
			continue;
		/* "to publish its annual self-evaluation ... by 31 March 2020": the thing's
		 * kind, done once by that day (not "..., the first by ...") */
		if (we - ws == 6 && lex_at(t, ws, we, "annual", NULL) && once_by_day(c, we, e))
			continue;
		/* "an annual report ..., the first no later than 30 June 2026 and then
		 * annually": the series named again after its first */
		if (ws >= s + 5 && lex_at(t, ws - 5, ws, "then ", NULL)) {
			size_t k;
			for (k = 0; k < n && !(out[k].kind == T_EVERY && out[k].period.n == p.n &&
			                       out[k].period.unit == p.unit);
			     k++)
				;
			if (k < n)
				continue;
		}
		/* "my officials will hold the third six-monthly review with you in June
		 * 2025": one meeting of a series, named by its place in it */
		{
			static const char *const ordinals[] = {"first", "second", "third", "fourth",
			                                       "fifth", "sixth",  "next",  "final"};
			size_t pw = oblig_prev_word_start(t, s, ws), k, x;
			for (k = 0; k < ARRAY_SIZE(ordinals) && pw < ws; k++)
				if (lex_at(t, pw, ws, ordinals[k], &x) &&
				    lex_skip_space(t, x, ws) == ws)
					break;
			if (pw < ws && k < ARRAY_SIZE(ordinals))
				continue;
		}
		timing_new(out, n, T_EVERY, ws, we);
		out[n].period = p;
		snprintf(out[n].anchor, sizeof(out[n].anchor), "instrument_date");
		n++;
	}
	/* dates: by / no later than / by the end of / end of / in / until */
	nd = lex_dates_in(&c->ix, s, e, d, 16);
	for (i = 0; i < nd && n < MAXT; i++) {
		size_t lead = oblig_date_lead_in(c, s, d[i].span.s);
		size_t look = lead > s + 45 ? lead - 45 : s, end2;
		const char *rule = NULL;
		size_t ws = d[i].span.s, bm;
		enum { PLAIN, BEFORE, LAST_WORKING, WEEK, FROM, ON_DAY };
		static struct {
			struct lex_phrase words;
			const char *rule;
			int how;
		} cues[] = {
		    {LEX_PHRASE("by the end of "), "end_of", PLAIN},
		    /* "Until the end of September 2020, the Council shall send ... every two
		     * weeks": the end of a series, not a day it is done by */
		    {LEX_PHRASE("until the end of "), "until", PLAIN},
		    /* "not later than the last working day of January 2014" */
		    {LEX_PHRASE("the last working day of "), "by", LAST_WORKING},
		    /* "not later than the last day of September 2024": the month's end */
		    {LEX_PHRASE("the last day of "), "end_of", PLAIN},
		    {LEX_PHRASE("by no later than "), "by", PLAIN},
		    {LEX_PHRASE("no later than "), "by", PLAIN},
		    {LEX_PHRASE("not later than "), "by", PLAIN},
		    {LEX_PHRASE("on or before "), "by", PLAIN},
		    /* "before 1 January 2014": by the day before */
		    {LEX_PHRASE("before "), "by", BEFORE},
		    /* "Timescale: By end March 2025" */
		    {LEX_PHRASE("by end "), "end_of", PLAIN},
		    {LEX_PHRASE("end of "), "end_of", PLAIN},
		    {LEX_PHRASE("by the "), "by", PLAIN},
		    {LEX_PHRASE("by "), "by", PLAIN},
		    {LEX_PHRASE("in "), "in_month", PLAIN},
		    /* "in early August 2022": the month's window all the same */
		    {LEX_PHRASE("in early "), "in_month", PLAIN},
		    {LEX_PHRASE("in late "), "in_month", PLAIN},
		    {LEX_PHRASE("in mid-"), "in_month", PLAIN},
		    {LEX_PHRASE("in mid "), "in_month", PLAIN},
		    {LEX_PHRASE("until the end of the initial term ("), "until", PLAIN},
		    {LEX_PHRASE("until "), "until", PLAIN},
		    {LEX_PHRASE("term ("), "until", PLAIN},
		    /* "during the week beginning 24 September 2018", "w/c 24 November
		     * 2014": the week's seven days, a window */
		    {LEX_PHRASE("the week beginning "), "in_month", WEEK},
		    {LEX_PHRASE("the week commencing "), "in_month", WEEK},
		    {LEX_PHRASE("week beginning "), "in_month", WEEK},
		    {LEX_PHRASE("week commencing "), "in_month", WEEK},
		    {LEX_PHRASE("w/c "), "in_month", WEEK},
		    /* "shall secure that the Partner Council exercises the specified
		     * functions from the 1st day of April 2019": the day it is done by */
		    {LEX_PHRASE("from "), "on", FROM},
		    /* "My officials will hold the next review with you on 8 February 2024":
		     * the day it is done on (a day yet to come; ON_DAY below) */
		    {LEX_PHRASE("on "), "on", ON_DAY},
		};
		size_t k;
		int how = PLAIN;
		bool listed = false;
		/* "not later than 3 months after the date of the Direction, that is by 30 June
		 * 2017": the period's end, said again (the period stands for it) */
		if (d[i].span.s > s + 12 &&
		    (lex_at(t, d[i].span.s - 11, d[i].span.s, "that is by ", NULL) ||
		     lex_at(t, d[i].span.s - 12, d[i].span.s, "that is, by ", NULL))) {
			size_t w;
			for (w = 0; w < n && out[w].kind != T_WITHIN; w++)
				;
			if (w < n)
				continue;
		}
		/* "... by 30 November 2023 instead of by 31 May 2023": the day replaced */
		if (lex_search_ph(&c->ix, look, d[i].span.s, LEX_LIT("instead of"), &end2) !=
		        (size_t)-1 ||
		    lex_search_ph(&c->ix, look, d[i].span.s, LEX_LIT("rather than"), &end2) !=
		        (size_t)-1) {
			size_t w = lex_skip_space(t, end2, d[i].span.s);
			if (lex_at(t, w, d[i].span.s, "by ", &w))
				w = lex_skip_space(t, w, d[i].span.s);
			if (w == d[i].span.s)
				continue;
		}
		for (k = 0; k < ARRAY_SIZE(cues) && !rule; k++) {
			/* the cue right before the date ("in six months' time, in May 2022") */
			size_t a2;
			for (a2 = lex_search_ph(&c->ix, look, d[i].span.s, &cues[k].words, &end2);
			     a2 != (size_t)-1 && !rule;
			     a2 = lex_search_ph(&c->ix, a2 + 1, d[i].span.s, &cues[k].words, &end2))
				if (lex_skip_space(t, end2, d[i].span.s) == d[i].span.s ||
				    lex_skip_space(t, end2, lead) == lead) {
					rule = cues[k].rule;
					how = cues[k].how;
					ws = a2;
				}
		}
		/* "... will hold review meetings with the Council on the following dates:"
		 * then "• 26 March 2012;", "• 25 June 2012; and": a date alone on a list's
		 * line under such a lead-in is a day it is done on */
		if (!rule && d[i].precision == LEX_DAY &&
		    oblig_alone_on_line(t, d[i].span.s, d[i].span.e, e) &&
		    lex_search_ph(&c->ix, d[i].span.s > 300 ? d[i].span.s - 300 : 0, d[i].span.s,
		                  LEX_LIT("following dates:"), NULL) != (size_t)-1) {
			rule = "on";
			ws = d[i].span.s;
			listed = true;
		}
		/* "Target date: 31 May 2019", "Deadline: December 2019": the date a labelled
		 * line gives is the day (or the month's last day) it is done by */
		if (!rule) {
			size_t ls = d[i].span.s, le;
			while (ls > s && t[ls - 1] != '\n')
				ls--;
			if (oblig_timing_label(c, ls, d[i].span.s, &le) &&
			    lex_skip_space(t, le, d[i].span.s) == d[i].span.s) {
				rule = "by";
				ws = ls;
			}
		}
		/* a table row's last cell, after a tab: "...\t31.03.2025" is its target date
		 * (with the row's full stop after it, as columns_flow.c puts it), "\tEnd Dec
		 * 2016" the month's end */
		if (!rule && d[i].span.s > s &&
		    (t[d[i].span.s - 1] == '\t' ||
		     (d[i].span.s > s + 4 && t[d[i].span.s - 5] == '\t' &&
		      lex_at(t, d[i].span.s - 4, d[i].span.s, "end ", NULL))) &&
		    lex_skip_space(t, d[i].span.e + (d[i].span.e < e && t[d[i].span.e] == '.'),
		                   e) >= lex_trim_end(t, d[i].span.e, e)) {
			rule = t[d[i].span.s - 1] == '\t' ? "by" : "end_of";
			ws = d[i].span.s;
		}
		if (!rule)
			continue;
		if (read_eq(rule, "in_month") &&
		    d[i].precision != (how == WEEK ? LEX_DAY : LEX_MONTH))
			continue;
		/* "under the updated Direction issued ... in December 2017", in an
		 * instrument of January 2018: a month over before the instrument was
		 * made is when something happened, not when a duty falls due */
		if (read_eq(rule, "in_month") && how != WEEK && c->has_date) {
			struct cal_ymd m = cal_to_ymd(d[i].day);
			size_t back = ws > s + 160 ? ws - 160 : s;
			if (cal_month_last(m.y, m.m) < c->date)
				continue;
			/* "... the Direction issued to the Council ... in October 2019", in a
			 * direction of 31 October 2019: the month of the instrument, when
			 * something was issued */
			if (d[i].day <= c->date &&
			    (lex_search_ph(&c->ix, back, ws, LEX_LIT(" issued "), NULL) !=
			         (size_t)-1 ||
			     lex_search_ph(&c->ix, back, ws, LEX_LIT(" published "), NULL) !=
			         (size_t)-1))
				continue;
		}
		if (read_eq(rule, "on") && d[i].precision != LEX_DAY)
			continue;
		/* "on <day>" is a duty's day only for a meeting held, after the instrument's
		 * day ("will hold the next review with you on 8 February 2024"); an
		 * appointment that "will take effect on", a term that "ends on", a direction
		 * "issued on" a day are events */
		if (how == ON_DAY && (bm = oblig_before_meeting(c, s, ws)) != (size_t)-1) {
			ws = bm; /* by the day before the meeting */
			rule = "by";
			how = BEFORE;
		}
		if (how == ON_DAY && (!c->has_date || d[i].day <= c->date ||
		                      (!oblig_meeting_held(c, s, ws) &&
		                       !oblig_on_day_is_duty(c, s, ws, d[i].span.e, e) &&
		                       !oblig_series_first_on(c, s, ws, out, n))))
			continue;
		if (how == FROM && !from_day(c, s, e, out, n, ws, &d[i]))
			continue;
		if (how == LAST_WORKING && d[i].precision != LEX_MONTH)
			continue;
		if (oblig_timing_overlaps(out, n, ws, d[i].span.e))
			continue;
		timing_new(out, n, read_eq(rule, "until") ? T_UNTIL : T_DATE, ws, d[i].span.e);
		out[n].rule = read_eq(rule, "until") ? "on" : rule;
		out[n].date = d[i];
		out[n].before = how == BEFORE;
		out[n].last_working = how == LAST_WORKING;
		out[n].week = how == WEEK;
		out[n].listed = listed;
		n++;
	}
	/* "until the transfer date": a term the document defines with a date ('by 1st
	 * April 2022 ("the transfer date")') */
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("until "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("until "), &end)) {
		const struct read_alias *a = facts_alias_at(c, end, e);
		size_t te, tl = e < end + 60 ? e : end + 60, ts;
		/* "until the Commissioner's term ends", "until his appointment ends": the end
		 * of a term, the term_end the document records (a person's name defined
		 * with a date is no date of this) */
		if ((ts = lex_search_ph(&c->ix, end, tl, LEX_LIT("term ends"), &te)) !=
		        (size_t)-1 ||
		    (ts = lex_search_ph(&c->ix, end, tl, LEX_LIT("appointment ends"), &te)) !=
		        (size_t)-1 ||
		    (ts = lex_search_ph(&c->ix, end, tl, LEX_LIT("term of office ends"), &te)) !=
		        (size_t)-1 ||
		    /* "until the end of his appointment" */
		    (lex_at(c->t, end, tl, "the end of ", &ts) &&
		     (ts = lex_search_ph(&c->ix, ts, tl < ts + 24 ? tl : ts + 24,
		                         LEX_LIT("appointment"), &te)) != (size_t)-1)) {
			if (!memchr(c->t + end, ',', ts - end) &&
			    !oblig_timing_overlaps(out, n, at, te)) {
				timing_new(out, n, T_UNTIL, at, te);
				out[n].rule = "on";
				out[n].until_event = "event:term_end";
				n++;
			}
			continue;
		}
		/* "... will end on 31 January 2020. Until then he will ...": the last day
		 * the sentence before names */
		if (!a && (lex_at(t, end, e, "then", &te) || lex_at(t, end, e, "that date", &te)) &&
		    (te >= e || !lex_is_word_char((unsigned char)t[te]))) {
			size_t cs = lex_sentence_start(t, 0, at), pe = cs, ps, nd2, k;
			struct lex_date pd[8];
			while (pe > 0 && ch_is_space((unsigned char)t[pe - 1]))
				pe--;
			if (pe < 2 || oblig_timing_overlaps(out, n, at, te))
				continue;
			ps = lex_sentence_start(t, 0, pe - 2);
			nd2 = lex_dates_in(&c->ix, ps, pe, pd, ARRAY_SIZE(pd));
			for (k = nd2; k > 0 && pd[k - 1].precision != LEX_DAY; k--)
				;
			if (!k)
				continue;
			timing_new(out, n, T_UNTIL, at, te);
			out[n].rule = "on";
			out[n].date = pd[k - 1];
			n++;
			continue;
		}
		if (!a || !a->has_date || oblig_timing_overlaps(out, n, at, end + strlen(a->name)))
			continue;
		timing_new(out, n, T_UNTIL, at, end + strlen(a->name));
		out[n].rule = "on";
		out[n].date.day = a->date;
		out[n].date.precision = LEX_DAY;
		out[n].date.span.s = end;
		out[n].date.span.e = out[n].e;
		n++;
	}
	/* "on the transfer date, to transfer to the Trust the staff ...", "by the transfer
	 * date": a day the document defines (facts_alias_is_day()) */
	for (i = 0; i < c->naliases && n < MAXT; i++) {
		const struct read_alias *a = &c->aliases[i];
		if (!facts_alias_is_day(a))
			continue;
		for (at = lex_search(&c->ix, s, e, a->name, &end); at != (size_t)-1 && n < MAXT;
		     at = lex_search(&c->ix, end, e, a->name, &end)) {
			size_t ps = at, ms; /* where the word before the name starts */
			/* "by the last day of the month after the implementation date": the end
			 * of the month after it */
			if ((ms = month_after_day(c, s, at)) != (size_t)-1 &&
			    !oblig_timing_overlaps(out, n, ms, end)) {
				timing_new(out, n, T_DATE, ms, end);
				out[n].rule = "end_of";
				out[n].date.day = a->date;
				out[n].date.precision = LEX_DAY;
				out[n].date.span.s = at;
				out[n].date.span.e = end;
				out[n].defined_day = true;
				out[n].month_after = 1;
				n++;
				continue;
			}
			while (ps > s && ch_is_space((unsigned char)t[ps - 1]))
				ps--;
			if (ps < s + 2 ||
			    (ps > s + 2 && lex_is_word_char((unsigned char)t[ps - 3])))
				continue;
			ps -= 2;
			if ((!lex_at(t, ps, at, "on", NULL) && !lex_at(t, ps, at, "by", NULL)) ||
			    oblig_timing_overlaps(out, n, ps, end))
				continue;
			/* "The Commissioner's appointment ends on the transfer date": a term's
			 * end (an event), no one's duty */
			if ((ps >= s + 5 && lex_at(t, ps - 5, at, "ends ", NULL)) ||
			    (ps >= s + 8 && lex_at(t, ps - 8, at, "expires ", NULL)) ||
			    /* "to assess whether the Trust is ready to ... on the transfer date" */
			    lex_search_ph(&c->ix, ps > s + 100 ? ps - 100 : s, ps,
			                  LEX_LIT("whether "), NULL) != (size_t)-1)
				continue;
			timing_new(out, n, T_DATE, ps, end);
			out[n].rule = ch_lower((unsigned char)t[ps]) == 'o' ? "on" : "by";
			out[n].date.day = a->date;
			out[n].date.precision = LEX_DAY;
			out[n].date.span.s = at;
			out[n].date.span.e = end;
			out[n].defined_day = true;
			n++;
		}
	}
	/* "no later than three months before the transfer date", "not less than 8 weeks
	 * before the transfer date": counted back from a day the document defines */
	for (at = lex_search_ph(&c->ix, s, e, LEX_LIT("before "), &end);
	     at != (size_t)-1 && n < MAXT;
	     at = lex_search_ph(&c->ix, end, e, LEX_LIT("before "), &end)) {
		const struct read_alias *a = facts_alias_at(c, end, e);
		size_t ps, ae;
		struct cal_period p;
		cal_day from_day;
		if (a && a->has_date) {
			from_day = a->date;
			ae = end + strlen(a->name);
		} else if (!oblig_meeting_day_before(c, s, at, end, e, &from_day, &ae)) {
			continue; /* nor "... the review with you on 8 February 2024, ... two
			           * weeks before the review" */
		}
		ps = oblig_period_before(c, s, at, &p); /* the words before "before" */
		if (ps == (size_t)-1 || p.unit == CAL_WORKING_DAYS ||
		    oblig_timing_overlaps(out, n, ps, ae))
			continue;
		timing_new(out, n, T_DATE, ps, ae);
		out[n].rule = "by";
		out[n].period = p;
		out[n].counted_back = true;
		out[n].anchor_day = from_day;
		out[n].date.precision = LEX_DAY;
		out[n].date.day = p.unit == CAL_MONTHS  ? cal_add_months(from_day, -p.n, NULL)
		                  : p.unit == CAL_YEARS ? cal_add_months(from_day, -12 * p.n, NULL)
		                  : p.unit == CAL_WEEKS ? from_day - 7 * p.n
		                                        : from_day - p.n;
		out[n].date.span.s = ps;
		out[n].date.span.e = ae;
		/* the cue before the period is part of the words */
		{
			static const char *const cues[] = {"no later than ", "not later than ",
			                                   "not less than ", "at least "};
			size_t cs = oblig_cue_before(t, s, ps, cues, ARRAY_SIZE(cues));
			if (cs != (size_t)-1)
				out[n].s = cs;
		}
		n++;
	}
	n = oblig_more_timings(c, s, e, out, n);
	n = oblig_series_firsts(c, s, out, n);
	/* "by the end of June 2020 (within 12 months of the Ofsted inspection)": the
	 * event-anchored period restates the dated deadline; keep the date. */
	{
		bool dated = false;
		size_t k, m = 0;
		for (k = 0; k < n; k++)
			if (out[k].kind == T_DATE)
				dated = true;
		for (k = 0; k < n; k++)
			if (!(dated && out[k].kind == T_WITHIN &&
			      strncmp(out[k].anchor, "event:", 6) == 0))
				out[m++] = out[k];
		n = m;
	}
	/* "the reviews ... held at six-monthly intervals from the date of the Original
	 * Direction will instead be held every six months from the date of this Direction":
	 * the pace before "instead" is the one replaced */
	if (n > 1) {
		size_t in = lex_search_ph(&c->ix, s, e, LEX_LIT(" instead "), NULL), k, m = 0;
		bool after = false;
		if (in != (size_t)-1 && lex_at(c->t, in, e, " instead of ", NULL))
			in = (size_t)-1; /* "... instead of every six weeks": the old after it */
		/* "In place of the quarterly reports required by paragraph 7 of the September
		 * 2019 Direction, the Commissioner shall report ... every two months": the
		 * pace named before the clause's comma is the one replaced */
		if (in == (size_t)-1 &&
		    lex_at(c->t, lex_skip_space(c->t, oblig_bullet_end(c->t, s, e), e), e,
		           "in place of ", NULL)) {
			const char *comma = memchr(c->t + s, ',', e - s);
			if (comma)
				in = (size_t)(comma - c->t);
		}
		for (k = 0; k < n && in != (size_t)-1; k++)
			after = after || (out[k].kind == T_EVERY && out[k].s > in);
		for (k = 0; k < n; k++)
			if (!(after && out[k].kind == T_EVERY && out[k].e <= in))
				out[m++] = out[k];
		n = m;
	}
	if (n > 1) /* (most sentences have none or one) */
		qsort(out, n, sizeof(out[0]), cmp_timing);
	return said_twice(c, out, n);
}
