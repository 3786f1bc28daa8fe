/*
 * clause_annex.c: an annex's or schedule's heading, its label, and the ids of the clauses of
 * several annexes that each number from 1 (see clause.h).  Moved from clause.c in session
 * 27, unchanged.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "clause.h"
#include "lex.h"

/*
 * Is t[s, te) the heading of an annex: "ANNEX", "Annex A", "ANNEX A: SUCCESS MEASURES",
 * "Schedule", "The Schedule", "SCHEDULE 1 - Terms of reference", "Appendix 2", "ANNEX:
 * TERMS OF REFERENCE FOR THE CHILDREN'S SERVICES COMMISSIONER FOR TRAFFORD"?  A line of
 * at most 100 bytes, not a sentence (no final full stop), whose first word names an annex and whose
 * second, if any, is its letter or number or the title after a colon or dash.
 */
bool clause_annex_heading(const char *t, size_t s, size_t te)
{
	static const char *const words[] = {"annex", "schedule", "appendix", "the schedule",
	                                    "the annex"};
	size_t k, end = 0, x;
	bool found = false;

	while (te > s && (t[te - 1] == ' ' || t[te - 1] == '\r'))
		te--;
	if (te - s > 100 || te == s || t[te - 1] == '.' || t[te - 1] == ',' || t[te - 1] == ';')
		return false;
	for (k = 0; k < ARRAY_SIZE(words) && !found; k++)
		if (lex_at(t, s, te, words[k], &end))
			found = true;
	if (!found)
		return false;
	x = end;
	while (x < te && t[x] == ' ')
		x++;
	if (x == te)
		return true;
	/* its letter, number or roman numeral (not a dash: "Annex – Terms of reference") */
	if (x < te && t[x] != ':' && t[x] != '-' && (unsigned char)t[x] != 0xe2) {
		size_t w = x;
		while (w < te && t[w] != ' ' && t[w] != ':' && t[w] != '-' && t[w] != '.')
			w++;
		if (w - x > 4)
			return false;
		x = w;
		while (x < te && (t[x] == ' ' || t[x] == '.'))
			x++;
	}
	/* then nothing, or a title after a colon or a dash */
	return x == te || t[x] == ':' || t[x] == '-' || (unsigned char)t[x] == 0xe2;
}

/* The label of the annex whose heading is t[s, te) ("SCHEDULE 2" -> "2", "Annex B" -> "b"),
 * lower case, into buf (5 bytes); "" if it has none. */
void clause_annex_label(const char *t, size_t s, size_t te, char *buf)
{
	static const char *const words[] = {"the schedule", "the annex", "annex", "schedule",
	                                    "appendix"};
	size_t k, end = s, n = 0;

	for (k = 0; k < ARRAY_SIZE(words); k++)
		if (lex_at(t, s, te, words[k], &end))
			break;
	while (end < te && t[end] == ' ')
		end++;
	while (end < te && n < 4 && t[end] != ' ' && t[end] != ':' && t[end] != '-' &&
	       t[end] != '.' && (unsigned char)t[end] < 0x80)
		buf[n++] = (char)ch_lower((unsigned char)t[end++]);
	buf[n] = '\0';
}

/* Two annexes or schedules that number their paragraphs from 1 each ("SCHEDULE 1" over
 * the Council's duties, "SCHEDULE 2" over the Commissioner's terms of reference): the
 * ids "annex.1", "annex.2" would name two clauses each, so every annex clause takes its
 * annex's label (or, when the labels do not tell them apart, its number): "annex.1.1",
 * "annex.2.2.a".  One annex, or annexes whose numbers run on, keep "annex.N". */
void clause_label_annex_ids(struct clause_list *l, const size_t *at, char (*label)[5],
                            size_t nannex)
{
	size_t i, j, k, which[CLAUSE_MAX];
	bool clash = false, distinct = true;

	if (nannex < 2)
		return;
	for (i = 0; i < l->n; i++) {
		which[i] = 0;
		for (k = 0; k < nannex; k++)
			if (at[k] <= l->v[i].span.s)
				which[i] = k;
	}
	/* each later annex's first clause against the earlier annexes' (linear: at most
	 * eight annexes are noted) */
	for (j = 0; j < l->n && !clash; j++) {
		if (l->v[j].parent >= 0 || which[j] == 0 || strncmp(l->v[j].id, "annex.", 6) ||
		    (j > 0 && which[j - 1] == which[j]))
			continue;
		for (i = 0; i < j && !clash; i++)
			clash = l->v[i].parent < 0 && which[i] < which[j] &&
			        !strcmp(l->v[i].id, l->v[j].id);
	}
	if (!clash)
		return;
	for (k = 0; k < nannex && distinct; k++)
		for (j = k + 1; j < nannex && distinct; j++)
			distinct = label[k][0] && strcmp(label[k], label[j]);
	for (i = 0; i < l->n; i++) {
		char id[sizeof(l->v[i].id)], num[8];
		if (strncmp(l->v[i].id, "annex.", 6))
			continue;
		snprintf(num, sizeof(num), "%zu", which[i] + 1);
		snprintf(id, sizeof(id), "annex.%s.%s", distinct ? label[which[i]] : num,
		         l->v[i].id + 6);
		memcpy(l->v[i].id, id, sizeof(id));
	}
}
