/*
 * facts_judgements.c: the Ofsted judgements an instrument cites.  Each area named
 * (SIF and ILACS wordings: "help and protection", "children in care", "the impact of
 * leaders") is paired with the grade said of it in its sentence, and dated by the report
 * the sentence (or the one before it) names.  Split from facts_events.c in session 11;
 * the rules are unchanged.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"

static struct {
	struct lex_phrase words;
	const char *grade;
	bool quoted_only;
} grades[] = {
    {LEX_PHRASE("inadequate"), "inadequate", false},
    {LEX_PHRASE("requires improvement to be good"), "requires_improvement", false},
    {LEX_PHRASE("require improvement to be good"), "requires_improvement", false},
    {LEX_PHRASE("requires improvement"), "requires_improvement", true},
    {LEX_PHRASE("require improvement"), "requires_improvement", true},
    {LEX_PHRASE("outstanding"), "outstanding", true},
    {LEX_PHRASE("good"), "good", true},
};

/* The areas of the SIF and ILACS frameworks as inspection reports and
 * instruments name them. */
static struct {
	struct lex_phrase words;
	const char *area;
} areas[] = {
    {LEX_PHRASE("help and protection"), "help_and_protection"},
    {LEX_PHRASE("looked after"), "looked_after"},
    {LEX_PHRASE("children in care"), "looked_after"},
    {LEX_PHRASE("care leavers"), "care_leavers"},
    {LEX_PHRASE("leadership"), "leadership"},
    {LEX_PHRASE("impact of leaders"), "leadership"},
    {LEX_PHRASE("impact of its leaders"), "leadership"},
    {LEX_PHRASE("impact of the council's leaders"), "leadership"},
    {LEX_PHRASE("overall effectiveness"), "overall"},
};

/* Words that make a sentence worth reading for judgements. */
static struct lex_phrase judgement_cues[] = {LEX_PHRASE("ofsted"), LEX_PHRASE("judge"),
                                             LEX_PHRASE("found"), LEX_PHRASE("judged"),
                                             LEX_PHRASE("rated"),
                                             /* "Its report, ..., judges the overall
                                              * effectiveness ... to be 'good'" */
                                             LEX_PHRASE("judges")};

/* Where each judgement cue next occurs in the whole text: the sentence loop
 * asks every sentence for them, and most sentences hold none. */
struct cue_places {
	size_t at[ARRAY_SIZE(judgement_cues)]; /* (size_t)-1: none further */
};

static bool ascii_alnum(const char *t, size_t i)
{
	return lex_ctype[(unsigned char)t[i]] & LEX_ALNUM;
}

/* Does a judgement cue occur in the sentence t[ss, se)?  The same answer as a
 * search of the sentence for each: a match in the sentence is one in the whole
 * text too, unless it begins at ss inside a word (a sentence's search needs no
 * word boundary there) or ends at se inside one (the text's then goes on), so a
 * cue whose next place in the text is at or after se is not in the sentence;
 * one placed before se is looked for in the sentence (its match in the text may
 * run past se).  Sentences come in text order; a place passed is found again. */
static bool judgement_cued(const struct read_ctx *c, struct cue_places *q, size_t ss, size_t se)
{
	bool clean =
	    (ss == 0 || !ascii_alnum(c->t, ss - 1)) && (se >= c->n || !ascii_alnum(c->t, se));
	size_t k;

	for (k = 0; k < ARRAY_SIZE(judgement_cues); k++) {
		if (clean) {
			if (q->at[k] < ss)
				q->at[k] =
				    lex_search_ph(&c->ix, ss, c->n, &judgement_cues[k], NULL);
			if (q->at[k] >= se)
				continue;
		}
		if (lex_search_ph(&c->ix, ss, se, &judgement_cues[k], NULL) != (size_t)-1)
			return true;
	}
	return false;
}

static void add_judgement(struct read_ctx *c, rec_t *arr, const char *area, const char *grade,
                          bool has_date, cal_day date, size_t s, size_t e)
{
	size_t i;
	char buf[CAL_DATE_LEN] = "";
	rec_t *j;

	if (has_date)
		cal_format_iso(date, buf);
	for (i = 0; i < rec_array_size(arr); i++) {
		rec_t *o = rec_array_get(arr, i);
		rec_t *rd = rec_object_get(o, "report_date");
		if (read_eq(rec_string_value(rec_object_get(o, "area")), area) &&
		    read_eq(rec_string_value(rec_object_get(o, "grade")), grade) &&
		    (!rd || !has_date || read_eq(rec_string_value(rd), buf))) {
			if (!rd && has_date)
				read_set(o, "report_date", read_string(buf));
			return;
		}
	}
	j = rec_object();
	read_set(j, "area", read_string(area));
	read_set(j, "grade", read_string(grade));
	if (has_date)
		read_set(j, "report_date", read_string(buf));
	read_set(j, "span", read_span(c, s, e));
	rec_array_append_new(arr, j);
}

static bool quoted_at(const char *t, size_t s, size_t e, size_t n)
{
	bool before =
	    s > 0 &&
	    (t[s - 1] == '\'' || t[s - 1] == '"' ||
	     (s >= 3 && (unsigned char)t[s - 3] == 0xe2 && (unsigned char)t[s - 2] == 0x80));
	bool after = e < n && (t[e] == '\'' || t[e] == '"' || (unsigned char)t[e] == 0xe2);
	return before && after;
}

struct mention {
	size_t s, e;
	const char *what; /* a grade or an area */
};

/* "which judged the Council's services for children in need of help and protection,
 * children looked after and care leavers to be 'inadequate' overall": the SIF's overall
 * judgement is titled with the three areas, so when all three come in one phrase (within
 * 120 bytes) before the grade "overall" follows (at go), they name it, not three areas.
 * Returns the mentions left in m[0, n). */
static size_t drop_sif_title(struct mention *m, size_t n, size_t go)
{
	static const char *const title[] = {"help_and_protection", "looked_after", "care_leavers"};
	size_t k, j, lo = (size_t)-1, hi = 0, found = 0, left = 0;

	for (j = 0; j < ARRAY_SIZE(title); j++)
		for (k = 0; k < n; k++)
			if (m[k].e <= go && read_eq(m[k].what, title[j])) {
				lo = m[k].s < lo ? m[k].s : lo;
				hi = m[k].e > hi ? m[k].e : hi;
				found++;
				break;
			}
	if (found < ARRAY_SIZE(title) || hi - lo > 120)
		return n;
	for (k = 0; k < n; k++)
		if (m[k].s < lo || m[k].e > hi)
			m[left++] = m[k];
	return left;
}

/* The grades said in t[ss, se), in text order; n at most max. */
static size_t grade_mentions(const struct read_ctx *c, size_t ss, size_t se, struct mention *m,
                             size_t max)
{
	size_t g, n = 0, at, end, i, j;

	for (g = 0; g < ARRAY_SIZE(grades); g++)
		for (at = lex_search_ph(&c->ix, ss, se, &grades[g].words, &end);
		     at != (size_t)-1 && n < max;
		     at = lex_search_ph(&c->ix, end, se, &grades[g].words, &end)) {
			bool inside = false;
			if (grades[g].quoted_only && !quoted_at(c->t, at, end, c->n))
				continue;
			for (i = 0; i < n; i++) /* "requires improvement" inside "... to be good" */
				if (at < m[i].e && end > m[i].s)
					inside = true;
			if (inside)
				continue;
			m[n].s = at;
			m[n].e = end;
			m[n].what = grades[g].grade;
			n++;
		}
	for (i = 1; i < n; i++) /* insertion sort: a handful */
		for (j = i; j > 0 && m[j - 1].s > m[j].s; j--) {
			struct mention x = m[j];
			m[j] = m[j - 1];
			m[j - 1] = x;
		}
	return n;
}

/* Does the last grade before t[as] close a clause of its own ("... care leavers, to be
 * 'inadequate', and the impact of leaders ..., and the experiences ... of children who
 * need help and protection, to 'require improvement to be good'"): a comma or semicolon
 * and "and" between it and the area?  Then the area's grade is the one after it. */
static bool closed_before(const struct read_ctx *c, const struct mention *g, size_t ng, size_t as)
{
	size_t i, p;

	for (i = ng; i > 0 && g[i - 1].e > as; i--)
		;
	if (i == 0)
		return false;
	p = g[i - 1].e;
	while (p < as && (c->t[p] == '\'' || c->t[p] == '"' || (unsigned char)c->t[p] >= 0x80))
		p++; /* the grade's closing quote, ASCII or typographic */
	return p < as && (c->t[p] == ',' || c->t[p] == ';') &&
	       lex_at(c->t, lex_skip_space(c->t, p + 1, as), as, "and ", NULL);
}

/* The grade said of the area mentioned at a: the first grade after it with
 * no other area between ("the overall effectiveness ... to be
 * 'inadequate'"), else the last before it ("judged inadequate for overall
 * effectiveness"), unless that one closes a clause of its own (closed_before()). */
static const char *grade_of(const struct read_ctx *c, const struct mention *g, size_t ng,
                            const struct mention *ar, size_t na, size_t a)
{
	size_t i, k, ce = ar[a].e;
	bool more = true;

	/* "to be 'inadequate' overall and for children who need help and protection":
	 * the grade just before, the area after "for" (no comma between) */
	for (i = ng; i > 0 && g[i - 1].e > ar[a].s; i--)
		;
	if (i > 0 && ar[a].s - g[i - 1].e <= 40 &&
	    lex_search_ph(&c->ix, g[i - 1].e, ar[a].s, LEX_LIT("for "), NULL) != (size_t)-1 &&
	    !memchr(c->t + g[i - 1].e, ',', ar[a].s - g[i - 1].e) &&
	    !memchr(c->t + g[i - 1].e, ';', ar[a].s - g[i - 1].e))
		return g[i - 1].what;
	/* "children in care and care leavers to be ...": areas joined by "and"
	 * or a comma share what follows them; so too "the impact of leaders on social
	 * work practice and the experiences and progress of children in care were
	 * judged to be 'good'", no grade nor comma between */
	while (more) {
		more = false;
		for (k = 0; k < na; k++) {
			size_t p = lex_skip_space(c->t, ce, ar[k].s), q;
			bool graded = false;
			if (ar[k].s < ce)
				continue;
			if (p < ar[k].s && c->t[p] == ',')
				p = lex_skip_space(c->t, p + 1, ar[k].s);
			if (lex_at(c->t, p, ar[k].s, "and ", &q))
				p = q;
			if (lex_at(c->t, p, ar[k].s, "the ", &q))
				p = q;
			for (i = 0; i < ng; i++)
				if (g[i].s >= ce && g[i].s < ar[k].s)
					graded = true;
			if (ar[k].s > ar[a].e &&
			    (p == ar[k].s || (!graded && ar[k].s - ce <= 80 &&
			                      lex_search_ph(&c->ix, ce, ar[k].s, LEX_LIT(" and "),
			                                    NULL) != (size_t)-1 &&
			                      !memchr(c->t + ce, ',', ar[k].s - ce) &&
			                      !memchr(c->t + ce, ';', ar[k].s - ce)))) {
				ce = ar[k].e;
				more = true;
			}
		}
	}
	for (i = 0; i < ng; i++)
		if (g[i].s >= ar[a].e) {
			bool between = false;
			for (k = 0; k < na; k++)
				if (k != a && ar[k].s >= ce && ar[k].s < g[i].s)
					between = true;
			if (!between || closed_before(c, g, ng, ar[a].s))
				return g[i].what;
			break;
		}
	for (i = ng; i > 0; i--)
		if (g[i - 1].e <= ar[a].s)
			return g[i - 1].what;
	return ng ? g[0].what : NULL;
}

/* The end of the sentence from ss, read on past a ';' inside brackets ("each of the
 * three key judgements (children who need help and protection; children looked after
 * ...; and leadership, ...) to be 'inadequate'"). */
/* How many times byte ch is in p[0, n), by memchr() (brackets are few). */
static int count_of(const char *p, size_t n, char ch)
{
	const char *q, *end = p + n;
	int k = 0;

	for (; (q = memchr(p, ch, (size_t)(end - p))) != NULL; p = q + 1)
		k++;
	return k;
}

static size_t bracket_sentence_end(const struct read_ctx *c, size_t ss)
{
	size_t se = lex_sentence_end(c->t, ss, c->n);
	int depth = 0, rounds = 0;
	/* "Ofsted made the following judgements: overall effectiveness, 'requires
	 * improvement to be good'; the impact of leaders ..., 'inadequate'; ...": a list
	 * after a colon runs to the full stop */
	bool listed = se > ss && c->t[se - 1] == ';' &&
	              lex_search_ph(&c->ix, ss, se, LEX_LIT("judgements:"), NULL) != (size_t)-1;

	while (se > ss && c->t[se - 1] == ';' && se < c->n && rounds++ < 8) {
		if (listed) {
			se = lex_sentence_end(c->t, se, c->n);
			continue;
		}
		if (!memchr(c->t + ss, '(', se - ss))
			break; /* no bracket opened: none is open */
		depth = count_of(c->t + ss, se - ss, '(') - count_of(c->t + ss, se - ss, ')');
		if (depth <= 0)
			break;
		se = lex_sentence_end(c->t, se, c->n);
	}
	return se;
}

/* Is there a blank line (two line breaks with only spaces between) in t[s, e)? */
static bool blank_line_in(const char *t, size_t s, size_t e)
{
	const char *nl = s < e ? memchr(t + s, '\n', e - s) : NULL;

	while (nl) {
		size_t i = (size_t)(nl - t) + 1;
		while (i < e && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r'))
			i++;
		if (i < e && t[i] == '\n')
			return true;
		nl = i < e ? memchr(t + i, '\n', e - i) : NULL;
	}
	return false;
}

/* "On 9 January 2023 Ofsted published its report of the inspection ... . Ofsted
 * judged ...": a judgement sentence with no date of its own right after one, in
 * the same paragraph, that dates a report ("report" or "published" just before a
 * day that is not the instrument's own) is of that report; so is the first of a
 * paragraph after one whose last sentence says when the report was "published". */
static bool report_date_before(const struct read_ctx *c, size_t ss, cal_day *date)
{
	size_t pe = ss, ps, nd, k;
	int pass, passes = 2;
	struct lex_date d[8];

	/* "Ofsted published its report on 6 February 2024.⏎⏎I was delighted to read that
	 * Ofsted judged ...": the paragraph before, when its last sentence is the one
	 * that says when the report was published */
	while (pe > 0 && ch_is_space((unsigned char)c->t[pe - 1]))
		pe--;
	/* ("... published on 30 July 2021.⏎⏎2. Ofsted judged ...": past the paragraph's
	 * number) */
	if (pe >= 2 && c->t[pe - 1] == '.' && ch_is_digit((unsigned char)c->t[pe - 2])) {
		size_t nb = pe - 1;
		while (nb > 0 && nb + 3 > pe - 1 && ch_is_digit((unsigned char)c->t[nb - 1]))
			nb--;
		if (nb == 0 || c->t[nb - 1] == '\n')
			for (pe = nb; pe > 0 && ch_is_space((unsigned char)c->t[pe - 1]);)
				pe--;
	}
	if (pe < 2)
		return false;
	if (blank_line_in(c->t, pe, ss))
		passes = 1;
	ps = lex_sentence_start(c->t, 0, pe - 1);

	if (ps >= ss || memchr(c->t + ps, '\n', lex_trim_end(c->t, ps, pe) - ps) ||
	    lex_search_ph(&c->ix, ps, ss, LEX_LIT("ofsted"), NULL) == (size_t)-1)
		return false;
	nd = lex_dates_in(&c->ix, ps, ss, d, 8);
	/* a date "published" names first ("inspected ... between 12 and 23 September 2022
	 * and published its report on 4 November 2022"), else one near "report" */
	for (pass = 0; pass < passes; pass++)
		for (k = 0; k < nd; k++) {
			size_t lk = d[k].span.s > ps + 40 ? d[k].span.s - 40 : ps;
			if (d[k].precision != LEX_DAY || (c->has_date && d[k].day == c->date))
				continue;
			if (lex_search_ph(&c->ix, lk, d[k].span.s, LEX_LIT("published"), NULL) !=
			        (size_t)-1 ||
			    (pass == 1 &&
			     lex_search_ph(&c->ix, lk,
			                   d[k].span.e + 40 < ss ? d[k].span.e + 40 : ss,
			                   LEX_LIT("report"), NULL) != (size_t)-1)) {
				*date = d[k].day;
				return true;
			}
		}
	return false;
}

void facts_find_judgements(struct read_ctx *c, rec_t *rec)
{
	rec_t *arr = rec_array();
	size_t pos = 0;
	struct {
		const char *grade; /* a grade going down a list, or NULL */
		size_t end;        /* where the list's last item ended */
		bool has_date;
		cal_day date;
	} carry = {NULL, 0, false, 0};
	struct {
		size_t end; /* the last judgement sentence */
		bool has_date;
		cal_day date;
	} prev = {0, false, 0};
	struct cue_places cues;

	memset(&cues, 0, sizeof(cues)); /* each found from the first sentence on */
	while (pos < c->n) {
		size_t ss = lex_skip_space(c->t, pos, c->n), se = bracket_sentence_end(c, ss);
		size_t k, at, end, ng;
		const char *grade = NULL;
		struct mention gm[8];
		bool has_date = false, carried;
		cal_day date = 0;
		pos = se > ss ? se : ss + 1;
		carried = carry.grade != NULL;
		if (carried && !(carry.end && lex_skip_space(c->t, carry.end, ss) == ss))
			carried = false; /* the list ended */
		if (!carried) {
			carry.grade = NULL;
			if (!judgement_cued(c, &cues, ss, se))
				continue;
		}
		ng = grade_mentions(c, ss, se, gm, ARRAY_SIZE(gm));
		/* "Dr Y, Director of Children's Services at a council rated 'outstanding' by
		 * Ofsted": another council's grade */
		if (ng == 1 && (lex_search_ph(&c->ix, ss, gm[0].s, LEX_LIT("a council rated"),
		                              NULL) != (size_t)-1 ||
		                lex_search_ph(&c->ix, ss, gm[0].s, LEX_LIT("an authority rated"),
		                              NULL) != (size_t)-1))
			continue;
		if (ng)
			grade = gm[0].what;
		else if (carried)
			grade = carry.grade;
		if (!grade)
			continue;
		/* "judged them inadequate in every area: overall effectiveness; the
		 * impact of leaders ...; and ...": the grade goes down the list */
		if (ng && se > ss && c->t[se - 1] == ';' &&
		    memchr(c->t + gm[0].e, ':', se - gm[0].e))
			carried = false, carry.grade = grade;
		/* "Ofsted found that:⏎– the impact of leaders ... is 'inadequate';⏎– the
		 * experiences ... are 'inadequate'; and ...": a list of graded items, each
		 * with its own grade, read on */
		else if (ng && se > ss && c->t[se - 1] == ';' && gm[0].s > ss &&
		         memchr(c->t + ss, ':', gm[0].s - ss))
			carried = false, carry.grade = grade;
		carry.end = se > ss && c->t[se - 1] == ';' && carry.grade ? se : 0;
		if (!carry.end)
			carry.grade = NULL;
		if (carried) {
			has_date = carry.has_date;
			date = carry.date;
		}
		/* the report's date: the date after "report"/"published", else one that is
		 * not the instrument's own, else an alias the sentence names */
		{
			struct lex_date d[8];
			size_t nd = lex_dates_in(&c->ix, ss, se, d, 8);
			for (k = 0; k < nd && !has_date; k++) {
				size_t lk = d[k].span.s > ss + 40 ? d[k].span.s - 40 : ss;
				if (d[k].precision == LEX_DAY &&
				    (lex_search_ph(&c->ix, lk, d[k].span.s, LEX_LIT("report"),
				                   NULL) != (size_t)-1 ||
				     lex_search_ph(&c->ix, lk, d[k].span.s, LEX_LIT("published"),
				                   NULL) != (size_t)-1)) {
					has_date = true;
					date = d[k].day;
				}
			}
			for (k = 0; k < nd && !has_date; k++)
				if (d[k].precision == LEX_DAY &&
				    !(c->has_date && d[k].day == c->date) &&
				    /* (not "The Department issued an improvement notice to the
				     * Council on 8 November 2022, after Ofsted's inspection ...
				     * judged ...": an instrument's date) */
				    lex_search_ph(&c->ix, d[k].span.s > ss + 60 ? d[k].span.s - 60 : ss,
				                  d[k].span.s, LEX_LIT(" issued "), NULL) == (size_t)-1) {
					has_date = true;
					date = d[k].day;
				}
			if (!has_date)
				for (k = ss; k < se; k++) {
					const struct read_alias *a = facts_alias_at(c, k, se);
					if (a && a->has_date && strstr(a->name, "report")) {
						has_date = true;
						date = a->date;
						break;
					}
				}
		}
		/* (a line break alone is a wrapped line of the same paragraph, as a PDF's text
		 * has them; a blank line ends the paragraph) */
		if (!has_date && prev.has_date && lex_skip_space(c->t, prev.end, ss) == ss &&
		    !blank_line_in(c->t, prev.end, ss)) {
			/* "... published on 20 November 2018, which judged ... The impact
			 * of leaders ... was judged to ...": the same report */
			has_date = true;
			date = prev.date;
		}
		if (!has_date && prev.has_date && ss > prev.end && ss - prev.end <= 12 &&
		    (lex_search_ph(&c->ix, ss, se < ss + 40 ? se : ss + 40, LEX_LIT(" also "),
		                   NULL) != (size_t)-1 ||
		     lex_search_ph(&c->ix, ss, se, LEX_LIT(" also judged"), NULL) != (size_t)-1 ||
		     /* ("2. The experiences and progress of children who need help and
		      * protection were judged to be 'inadequate'.": no other report named) */
		     (lex_search_ph(&c->ix, ss, se, LEX_LIT(" were judged"), NULL) != (size_t)-1 &&
		      lex_search_ph(&c->ix, ss, se, LEX_LIT("previous"), NULL) == (size_t)-1 &&
		      lex_search_ph(&c->ix, ss, se, LEX_LIT("earlier"), NULL) == (size_t)-1 &&
		      lex_search_ph(&c->ix, ss, se, LEX_LIT("report"), NULL) == (size_t)-1 &&
		      lex_search_ph(&c->ix, ss, se, LEX_LIT("inspection"), NULL) == (size_t)-1))) {
			/* "... In its report, published on 1 March 2019, Ofsted judged ...⏎2.
			 * Ofsted also judged ...": the next paragraph, the same report ("2. The
			 * experiences and progress of children who need help and protection, and
			 * the impact of leaders ..., were also judged to be 'inadequate'.") */
			has_date = true;
			date = prev.date;
		}
		if (!has_date && ss > 1)
			has_date = report_date_before(c, ss, &date);
		if (carry.grade) {
			carry.has_date = has_date;
			carry.date = date;
		}
		prev.has_date = has_date;
		prev.date = date;
		prev.end = se;
		{
			/* the SIF's graded "adoption performance", within a judgement: no area
			 * of the record's, nor the overall effectiveness */
			bool adoption =
			    lex_search_ph(&c->ix, ss, se, LEX_LIT("adoption performance"), NULL) !=
			        (size_t)-1 ||
			    /* "The Local Safeguarding Children Board was judged to 'require
			     * improvement to be good'": the board's review, no area either */
			    lex_search_ph(&c->ix, ss, se, LEX_LIT("safeguarding children board"),
			                  NULL) != (size_t)-1;
			bool any_area = false,
			     all = lex_search_ph(&c->ix, ss, se, LEX_LIT("all of the key"), NULL) !=
			               (size_t)-1 ||
			           lex_search_ph(&c->ix, ss, se, LEX_LIT("all key"), NULL) !=
			               (size_t)-1 ||
			           /* "'inadequate' overall and in each of the three key
			            * judgements" */
			           lex_search_ph(&c->ix, ss, se, LEX_LIT("each of the three key"),
			                         NULL) != (size_t)-1;
			bool overall =
			    all ||
			    lex_search_ph(&c->ix, ss, se, LEX_LIT("services are"), NULL) !=
			        (size_t)-1 ||
			    (!adoption && lex_search_ph(&c->ix, ss, se, LEX_LIT("performance"),
			                                NULL) != (size_t)-1) ||
			    lex_search_ph(&c->ix, ss, se, LEX_LIT("service to be"), NULL) !=
			        (size_t)-1 ||
			    /* "judged the Council's children's services to be inadequate" */
			    lex_search_ph(&c->ix, ss, se, LEX_LIT("services to be"), NULL) !=
			        (size_t)-1;
			struct mention am[16];
			size_t na = 0, scope_s = (size_t)-1, scope_e = 0;
			const char *overall_grade = grade;
			size_t overall_at = (size_t)-1;
			/* "judged the Council's services to 'require improvement to be good'
			 * overall": the word after the grade (and its closing quote) */
			for (k = 0; k < ng; k++) {
				size_t q = gm[k].e;
				if (q < se && (c->t[q] == '\'' || c->t[q] == '"'))
					q++;
				else if (q + 3 <= se && (unsigned char)c->t[q] == 0xe2 &&
				         (unsigned char)c->t[q + 1] == 0x80 &&
				         ((unsigned char)c->t[q + 2] == 0x99 ||
				          (unsigned char)c->t[q + 2] == 0x9d))
					q += 3; /* ’ or ” */
				if (lex_at(c->t, q, se, " overall", NULL)) {
					overall = true;
					overall_grade = gm[k].what;
					overall_at = gm[k].s;
					break;
				}
			}
			/* "its report on the inspection of the Council's services for children in
			 * need of help and protection, children in care and care leavers, published
			 * on ...": the inspection's scope names areas it does not judge */
			{
				static struct lex_phrase ends[] = {
				    LEX_PHRASE("published"), LEX_PHRASE(" judged"),
				    LEX_PHRASE(" found"), LEX_PHRASE("which"),
				    LEX_PHRASE(" rated")};
				scope_s = lex_search_ph(&c->ix, ss, se,
				                        LEX_LIT("services for children"), &scope_e);
				/* (an inspection's: "The services for children who need help and
				 * protection were judged ..." names the area judged) */
				/* (the words right before it: "... judged the overall effectiveness
				 * ..., with the services for children who need help and protection
				 * ... also judged inadequate" names an area judged) */
				size_t sb =
				    scope_s != (size_t)-1 && scope_s > ss + 40 ? scope_s - 40 : ss;
				if (scope_s != (size_t)-1 &&
				    lex_search_ph(&c->ix, sb, scope_s, LEX_LIT("inspection"),
				                  NULL) == (size_t)-1 &&
				    lex_search_ph(&c->ix, sb, scope_s, LEX_LIT("inspected"),
				                  NULL) == (size_t)-1 &&
				    lex_search_ph(&c->ix, sb, scope_s, LEX_LIT("report on"),
				                  NULL) == (size_t)-1)
					scope_s = (size_t)-1;
				if (scope_s != (size_t)-1) {
					size_t best = se;
					for (k = 0; k < ARRAY_SIZE(ends); k++) {
						size_t x = lex_search_ph(&c->ix, scope_e, best,
						                         &ends[k], NULL);
						if (x != (size_t)-1 && x < best)
							best = x;
					}
					scope_e = best < se ? best : scope_s;
				}
			}
			for (k = 0; k < ARRAY_SIZE(areas); k++)
				for (at = lex_search_ph(&c->ix, ss, se, &areas[k].words, &end);
				     at != (size_t)-1 && na < ARRAY_SIZE(am);
				     at = lex_search_ph(&c->ix, end, se, &areas[k].words, &end)) {
					if (scope_s != (size_t)-1 && at >= scope_s && at < scope_e)
						continue;
					/* "Ofsted judged those services to be inadequate, and
					 * found that children who need help and protection were
					 * not always safe": named in a finding after the last
					 * grade, no grade of its own */
					if (ng && at > gm[ng - 1].e &&
					    lex_search_ph(&c->ix, gm[ng - 1].e, at,
					                  LEX_LIT(" found "), NULL) != (size_t)-1)
						continue;
					/* "has made progress in its work with children in care
					 * since its inspection report ... judged the overall
					 * effectiveness ... to be inadequate": named before a
					 * clause of time whose report judges */
					size_t sne;
					if (ng && end < gm[0].s &&
					    lex_search_ph(&c->ix, end, gm[0].s, LEX_LIT(" since "),
					                  &sne) != (size_t)-1 &&
					    lex_search_ph(&c->ix, sne, gm[0].s, LEX_LIT(" judged "),
					                  NULL) != (size_t)-1)
						continue;
					am[na].s = at;
					am[na].e = end;
					am[na].what = areas[k].area;
					na++;
				}
			if (overall_at != (size_t)-1) {
				na = drop_sif_title(am, na, overall_at);
			} else if (ng == 1 && lex_search_ph(&c->ix, ss, gm[0].s,
			                                    LEX_LIT("services for children"),
			                                    NULL) != (size_t)-1) {
				/* "which judged the Council's services for children in need of
				 * help and protection, children looked after and care leavers to
				 * 'require improvement'": the SIF's overall title, its one grade */
				size_t left = drop_sif_title(am, na, gm[0].s);
				if (left < na) {
					na = left;
					overall = true;
					overall_grade = grade;
				}
			}
			for (k = 0; k < na; k++) {
				/* one grade in the sentence: it is every area's */
				const char *gr = ng > 1 ? grade_of(c, gm, ng, am, na, k) : grade;
				add_judgement(c, arr, am[k].what, gr ? gr : grade, has_date, date,
				              ss, se);
				any_area = true;
			}
			if (all) {
				add_judgement(c, arr, "help_and_protection", grade, has_date, date,
				              ss, se);
				add_judgement(c, arr, "looked_after", grade, has_date, date, ss,
				              se);
				add_judgement(c, arr, "leadership", grade, has_date, date, ss, se);
			}
			if (overall || (!any_area && !adoption))
				add_judgement(c, arr, "overall", overall_grade, has_date, date, ss,
				              se);
		}
	}
	read_set(rec, "judgements", arr);
}
