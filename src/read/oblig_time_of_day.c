/*
 * oblig_time_of_day.c: the words between a deadline's cue and its day (see oblig_int.h,
 * oblig_date_lead_in()): a weekday ("by Friday 22 September 2023"), a named day with its
 * date in brackets ("by half-term (Friday 22 October 2021)"), and a time of day then
 * "on" ("by close of business on 29 June 2018", "no later than 4pm on 30 May 2014", "no
 * later than 5pm on Friday 31 March 2017"), which belong to the day's timing.  Moved from
 * oblig_timing.c in session 24; the rules are unchanged.
 */
#include "../base/compat.h"

#include "oblig_int.h"

/* The start of the words a deadline's cue comes right before when they are
 * not the date itself: a weekday ("by Friday 22 September 2023") and, before it
 * or the date, a time of day then "on" ("by close of business on 29 June 2018",
 * "no later than 4pm on 30 May 2014", "by 12 noon on ..."); else ds, the date's
 * own start.  s bounds the look back. */
size_t oblig_date_lead_in(const struct read_ctx *c, size_t s, size_t ds)
{
	static const char *const weekdays[] = {
	    "Monday ", "Tuesday ", "Wednesday ", "Thursday ",   "Friday ",    "Saturday ",
	    "Sunday ", "Monday, ", "Tuesday, ",  "Wednesday, ", "Thursday, ", "Friday, "};
	/* (a longer form before the shorter it ends with: the first that fits wins) */
	static const char *const times[] = {"the close of business on ",
	                                    "close of business on ",
	                                    "the close of play on ",
	                                    "close of play on ",
	                                    "12 noon on ",
	                                    "noon on ",
	                                    "12 midday on ",
	                                    "midday on "};
	const char *t = c->t;
	size_t lead = ds, w, k, d;

	w = oblig_cue_before(t, s, lead, weekdays, ARRAY_SIZE(weekdays));
	if (w != (size_t)-1)
		lead = w;
	/* "by half-term (Friday 22 October 2021)", "by the October half-term (22 October
	 * 2021)": a named day, its date in brackets; only after "by" */
	if (lead > s && t[lead - 1] == '(') {
		size_t q = lead - 1, words;
		while (q > s && t[q - 1] == ' ')
			q--;
		for (words = 0; words < 3 && q > s && lex_is_word_char((unsigned char)t[q - 1]);
		     words++) {
			while (q > s &&
			       (lex_is_word_char((unsigned char)t[q - 1]) || t[q - 1] == '-'))
				q--;
			if (q >= s + 3 && lex_at(t, q - 3, ds, "by ", NULL) &&
			    (q == s + 3 || !lex_is_word_char((unsigned char)t[q - 4])))
				return q;
			while (q > s && t[q - 1] == ' ')
				q--;
		}
	}
	w = oblig_cue_before(t, s, lead, times, ARRAY_SIZE(times));
	if (w != (size_t)-1)
		return w;
	/* "4pm on", "4.30 pm on", "5 p.m. on", "16:00 on" */
	k = lead;
	if (k < s + 4 || !lex_at(t, k - 3, ds, "on ", NULL) ||
	    (k - 3 > s && lex_is_word_char((unsigned char)t[k - 4])))
		return lead;
	k -= 3;
	while (k > s && t[k - 1] == ' ')
		k--;
	if (k >= s + 4 &&
	    (lex_at(t, k - 4, ds, "a.m.", NULL) || lex_at(t, k - 4, ds, "p.m.", NULL)))
		k -= 4;
	else if (k >= s + 2 &&
	         (lex_at(t, k - 2, ds, "am", NULL) || lex_at(t, k - 2, ds, "pm", NULL)))
		k -= 2;
	else if (!(k >= s + 5 && t[k - 3] == ':' && ch_is_digit((unsigned char)t[k - 1]) &&
	           ch_is_digit((unsigned char)t[k - 2])))
		return lead; /* "16:00 on" is the only form without am or pm */
	while (k > s && t[k - 1] == ' ')
		k--;
	for (d = 0;
	     k > s && (ch_is_digit((unsigned char)t[k - 1]) || t[k - 1] == '.' || t[k - 1] == ':');
	     k--)
		d += ch_is_digit((unsigned char)t[k - 1]);
	if (!d || (k > s && lex_is_word_char((unsigned char)t[k - 1])))
		return lead;
	return k;
}
