/*
 * clause.c: building the clause tree (see clause.h).  One pass over the
 * lines with a stack of open levels; linear in the text.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "clause.h"

enum { K_NUM = 1, K_SUBNUM, K_LETTER, K_ROMAN, K_PARA };
enum { S_DOT = 1, S_PAREN, S_BOTH };
/* a style's flag for capital letters ("A.", "(A)"): a list of its own */
enum { S_UPPER = 8 };

static const char *const romans[] = {"i",  "ii", "iii", "iv", "v",  "vi",
				     "vii", "viii", "ix", "x",  "xi", "xii"};

static int roman_value(const char *s)
{
	size_t i;

	if (s[0] != 'i' && s[0] != 'v' && s[0] != 'x')
		return 0; /* (most labels: "a", "b", ...) */
	for (i = 0; i < ARRAY_SIZE(romans); i++)
		if (!strcmp(s, romans[i]))
			return (int)i + 1;
	return 0;
}

/* A number label's value ("12" is 12), at most four digits read. */
static int label_number(const char *label)
{
	int v = 0, k;

	for (k = 0; k < 4 && ch_is_digit((unsigned char)label[k]); k++)
		v = v * 10 + (label[k] - '0');
	return v;
}

/* Write s[0, n) after the len bytes already in dst (of size cap), as much as
 * fits before the final NUL, as snprintf() would; returns the new length. */
static size_t put_text(char *dst, size_t cap, size_t len, const char *s, size_t n)
{
	if (n > cap - 1 - len)
		n = cap - 1 - len;
	memcpy(dst + len, s, n);
	dst[len + n] = '\0';
	return len + n;
}

/* The same with v in decimal (v >= 0). */
static size_t put_number(char *dst, size_t cap, size_t len, int v)
{
	char num[12];
	size_t k = sizeof(num);

	do {
		num[--k] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	return put_text(dst, cap, len, num + k, sizeof(num) - k);
}

struct marker {
	int kind, style;
	char label[8];
	size_t text;   /* offset after the marker and its spaces */
	bool compound; /* "3.—(1) The Council must ...": a paragraph's number, a dash,
	                * then its first subparagraph's marker at text */
};

/* The marker of unnumbered paragraph n, whose text begins at text ("p3": id "para.3"). */
static void para_marker(struct marker *m, int n, size_t text)
{
	memset(m, 0, sizeof(*m));
	m->kind = K_PARA;
	m->style = S_DOT;
	m->label[0] = 'p';
	put_number(m->label, sizeof(m->label), 1, n);
	m->text = text;
}

/* Roman numerals in capitals, "I." to "XII." or "IV)", then a space: a numeral list
 * (the label in lower case, as ids are); false if t[k] begins none. */
static bool upper_roman(const char *t, size_t k, size_t eol, struct marker *m)
{
	size_t r = k;
	char low[8];

	while (r < eol && (t[r] == 'I' || t[r] == 'V' || t[r] == 'X') && r - k < 5)
		r++;
	if (r == k || r + 1 >= eol || (t[r] != '.' && t[r] != ')') || t[r + 1] != ' ')
		return false;
	/* then a word not in capitals ("I. chair the Board", "II. Report ..."): in a
	 * text all in capitals, "I." may be anything */
	{
		size_t w = r + 1;
		while (w < eol && t[w] == ' ')
			w++;
		if (w + 1 >= eol || !ch_is_alpha((unsigned char)t[w]) ||
		    !((t[w] >= 'a' && t[w] <= 'z') || (t[w + 1] >= 'a' && t[w + 1] <= 'z')))
			return false;
	}
	for (size_t x = k; x < r; x++)
		low[x - k] = (char)(t[x] + 32);
	low[r - k] = '\0';
	if (!roman_value(low))
		return false;
	m->kind = K_ROMAN;
	m->style = (t[r] == '.' ? S_DOT : S_PAREN) | S_UPPER;
	memcpy(m->label, low, r - k + 1);
	m->text = r + 1;
	return true;
}

/* Parse a marker at t[i] (after bullets and spaces); false if none. */
static bool is_heading_line(const char *t, size_t s, size_t e);

static bool marker_at(const char *t, size_t i, size_t eol, struct marker *m)
{
	size_t j = i, k;
	bool paren = false;

	memset(m, 0, sizeof(*m));
	/* "Paragraph 4." / "Para 4:" with a capital: the number is the marker */
	if (j + 6 < eol && t[j] == 'P' && (lex_at(t, j, eol, "Paragraph ", &k) ||
					    lex_at(t, j, eol, "Para. ", &k) ||
					    lex_at(t, j, eol, "Para ", &k))) {
		size_t d = k;
		while (d < eol && ch_is_digit((unsigned char)t[d]) && d - k < 3)
			d++;
		if (d == k || d + 1 >= eol || (t[d] != '.' && t[d] != ':') || t[d + 1] != ' ')
			return false;
		m->kind = K_NUM;
		m->style = S_DOT;
		put_text(m->label, sizeof(m->label), 0, t + k, d - k);
		m->text = d + 1;
		goto done;
	}
	/* "Action 3" alone on its line over the action's words (its "Target date:" line
	 * after them), or "Action 3: Review ...": a schedule of actions in blocks */
	if (j + 7 < eol && t[j] == 'A' && lex_at(t, j, eol, "Action ", &k) &&
	    ch_is_digit((unsigned char)t[k])) {
		size_t d = k;
		while (d < eol && ch_is_digit((unsigned char)t[d]) && d - k < 3)
			d++;
		if (d < eol && (t[d] != '.' && t[d] != ':'))
			return false;
		if (d < eol && d + 1 < eol && t[d + 1] != ' ')
			return false;
		m->kind = K_NUM;
		m->style = S_DOT;
		put_text(m->label, sizeof(m->label), 0, t + k, d - k);
		m->text = d < eol ? d + 1 : eol;
		goto done;
	}
	if (j < eol && t[j] == '(') {
		paren = true;
		j++;
	}
	k = j;
	if (k < eol && ch_is_digit((unsigned char)t[k])) {
		while (k < eol && ch_is_digit((unsigned char)t[k]) && k - j < 3)
			k++;
		if (k < eol && ch_is_digit((unsigned char)t[k]))
			return false;
		/* 1.1 */
		if (!paren && k + 1 < eol && t[k] == '.' && ch_is_digit((unsigned char)t[k + 1])) {
			size_t d = k + 1;
			while (d < eol && ch_is_digit((unsigned char)t[d]) && d - k < 3)
				d++;
			/* ... or alone on its line, its text on the next (a table's row
			 * number when each cell comes on a line of its own) */
			if (d == eol || (t[d] == ' ' || t[d] == '\t' ||
			                 (t[d] == '.' && (d + 1 >= eol || t[d + 1] == ' ')))) {
				m->kind = K_SUBNUM;
				m->style = S_DOT;
				put_text(m->label, sizeof(m->label), 0, t + j, d - j);
				for (size_t x = 0; m->label[x]; x++)
					if (m->label[x] == '.')
						m->label[x] = '_';
				if (d < eol && t[d] == '.')
					d++;
				m->text = d;
				goto done;
			}
			return false;
		}
		m->kind = K_NUM;
	} else if (k < eol && t[k] >= 'a' && t[k] <= 'z') {
		while (k < eol && t[k] >= 'a' && t[k] <= 'z' && k - j < 5)
			k++;
		if (k - j == 1)
			m->kind = K_LETTER;
		else {
			char tmp[8];
			put_text(tmp, sizeof(tmp), 0, t + j, k - j);
			if (!roman_value(tmp))
				return false;
			m->kind = K_ROMAN;
		}
	} else if (!paren && upper_roman(t, k, eol, m)) {
		/* "I." ... "VI." over an annex's items */
		goto done;
	} else if (k + 1 < eol && t[k] >= 'A' && t[k] <= 'Z' &&
	           !ch_is_alpha((unsigned char)t[k + 1])) {
		/* recitals lettered "A." to "D." or "(A)", or duties "(A) comply ...": a
		 * capital, then a word (after "A." a capitalised one, not an initial:
		 * "R. J. Whitcombe") */
		size_t w = k + 2;
		if (paren ? t[k + 1] != ')' : (t[k + 1] != '.' && t[k + 1] != ')'))
			return false;
		while (w < eol && t[w] == ' ')
			w++;
		/* after "(A)" any word: the parentheses leave no doubt */
		if (w == k + 2 || w + 1 >= eol || !(paren ? ch_is_alpha((unsigned char)t[w])
							 : t[w] >= 'A' && t[w] <= 'Z') ||
		    !(t[w + 1] >= 'a' && t[w + 1] <= 'z'))
			return false;
		m->kind = K_LETTER;
		m->style = (paren ? S_BOTH : t[k + 1] == '.' ? S_DOT : S_PAREN) | S_UPPER;
		m->label[0] = t[k];
		m->text = k + 2;
		goto done;
	} else {
		return false;
	}
	if (k >= eol)
		return false;
	if (paren) {
		if (t[k] != ')')
			return false;
		m->style = S_BOTH;
	} else if (t[k] == '.') {
		m->style = S_DOT;
	} else if (t[k] == ')') {
		m->style = S_PAREN;
	} else if (t[k] == '(' && m->kind == K_NUM && !paren && k + 3 < eol &&
	           (ch_is_digit((unsigned char)t[k + 1]) ||
	            (t[k + 1] >= 'a' && t[k + 1] <= 'z' && t[k + 2] == ')' && t[k + 3] == ' '))) {
		/* "7(1) The Council shall—": a statute's numbering, the paragraph's number
		 * and its first subparagraph's ("7(2)" then continues paragraph 7); a
		 * Schedule's "1(a) By 31 January ..." under its heading "1. Establishment
		 * of the Trust" the same, with a letter */
		m->style = S_DOT;
		put_text(m->label, sizeof(m->label), 0, t + j, k - j);
		m->text = k;
		m->compound = true;
		return true;
	} else if (t[k] == ' ' && k + 2 < eol && t[k + 1] == ' ' && m->kind == K_NUM && !paren &&
	           is_heading_line(t, lex_skip_space(t, k, eol), eol)) {
		/* "7    Improvement plan and Improvement Board" over "7.1", "7.2": a
		 * numbered heading set apart by spaces, with no full stop */
		m->style = S_DOT;
		put_text(m->label, sizeof(m->label), 0, t + j, k - j);
		m->text = k;
		goto done;
	} else if (t[k] == '\t' && m->kind == K_NUM && !paren) {
		/* a table's row as a PDF gives it, cells apart by tabs: "1\tRevised
		 * improvement plan ...\t31.03.2025" is the row numbered 1 */
		m->style = S_DOT;
		put_text(m->label, sizeof(m->label), 0, t + j, k - j);
		m->text = k;
		goto done;
	} else {
		return false;
	}
	put_text(m->label, sizeof(m->label), 0, t + j, k - j);
	k++;
	/* "3.—(1)", "3.-(1)", "3.–(1)": a statutory instrument's paragraph, its first
	 * subparagraph on the same line */
	if (m->kind == K_NUM && m->style == S_DOT && !paren) {
		size_t d = k;
		if (d + 3 < eol && (unsigned char)t[d] == 0xe2 && (unsigned char)t[d + 1] == 0x80 &&
		    ((unsigned char)t[d + 2] == 0x94 || (unsigned char)t[d + 2] == 0x93))
			d += 3;
		else if (d + 1 < eol && t[d] == '-')
			d++;
		if (d > k && d < eol && t[d] == '(') {
			m->text = d;
			m->compound = true;
			return true;
		}
	}
	/* a marker is followed by white space (or ends the line) */
	if (k < eol && t[k] != ' ' && t[k] != '\t')
		return false;
	m->text = k;
done:
	while (m->text < eol && (t[m->text] == ' ' || t[m->text] == '\t'))
		m->text++;
	return true;
}

/* Is a "2_1" label numbered under the item p ("2.")? */
static bool sub_of(const struct clause *p, const char *label)
{
	const char *u = strchr(label, '_');
	size_t n = strlen(p->label);

	return p->kind == K_NUM && u && (size_t)(u - label) == n && !strncmp(label, p->label, n) &&
	       !strchr(u + 1, '_');
}

/* "12" alone on a line (its paragraph on the next; furniture.c has told it from a
 * page number): the marker of the paragraph after the last numbered one, "11.". */
static bool bare_number(const struct clause_list *l, const char *t, size_t s, size_t e,
                        struct marker *m)
{
	size_t i;
	int v = 0, lv = 0;
	const struct clause *last = NULL;

	if (e - s > 3)
		return false;
	for (i = s; i < e; i++) {
		if (!ch_is_digit((unsigned char)t[i]))
			return false;
		v = v * 10 + (t[i] - '0');
	}
	for (i = l->n; i-- > 0 && !last;)
		if (l->v[i].parent < 0 && l->v[i].kind == K_NUM)
			last = &l->v[i];
	if (!last)
		return false;
	for (i = 0; last->label[i]; i++) {
		if (!ch_is_digit((unsigned char)last->label[i]))
			return false;
		lv = lv * 10 + (last->label[i] - '0');
	}
	if (lv + 1 != v)
		return false;
	memset(m, 0, sizeof(*m));
	m->kind = K_NUM;
	m->style = last->style;
	put_text(m->label, sizeof(m->label), 0, t + s, e - s);
	m->text = e;
	return true;
}

/* Does t[s, e) hold a gap between table columns (a tab, or three spaces in a row)? */
static bool column_gap(const char *t, size_t s, size_t e)
{
	size_t run = 0;

	for (; s < e; s++) {
		if (t[s] == '\t')
			return true;
		run = t[s] == ' ' ? run + 1 : 0;
		if (run == 3)
			return true;
	}
	return false;
}

struct level {
	int kind, style;
	char last[8];
	int clause;
};

/* Is t[s, e) written in capitals (no lower-case ASCII letter)? */
static bool all_capitals(const char *t, size_t s, size_t e)
{
	for (; s < e; s++)
		if (t[s] >= 'a' && t[s] <= 'z')
			return false;
	return true;
}

/* Words a heading in title or sentence case may have in lower case. */
static bool minor_word(const char *t, size_t s, size_t e)
{
	static const char *const minor[] = {"a", "an", "and", "as", "by", "for", "from", "in",
					    "of", "on", "or", "the", "to", "with"};
	size_t k, end;

	for (k = 0; k < ARRAY_SIZE(minor); k++)
		if (lex_at(t, s, e, minor[k], &end) && (end == e || t[end] == ' '))
			return true;
	return false;
}

/*
 * A line that reads as a heading: short, starting with a capital, not ending as a
 * sentence or clause does, mostly letters, at most nine words, and at most two
 * lower-case words besides "of", "the", "and" and their like ("Actions required of
 * the Council", "Review and reporting" are headings; "Ofsted carried out an
 * inspection of Tameside Metropolitan Borough" is the first line of a paragraph a
 * PDF wrapped).
 */
static bool is_heading_line(const char *t, size_t s, size_t e)
{
	size_t n = e - s, i, letters = 0, words = 1, lower = 0;

	if (n == 0 || n > 70)
		return false;
	if (!(t[s] >= 'A' && t[s] <= 'Z'))
		return false;
	if (t[e - 1] == '.' || t[e - 1] == ';' || t[e - 1] == ',')
		return false;
	/* a table's row as columns.c rewrites an unnumbered one, its timing cell after two
	 * spaces and a tab ("Chair the Improvement Board  \tEvery six weeks"), is no
	 * heading (a tab alone may part a heading's column words: "Ref\tAction") */
	for (i = s; i + 2 < e; i++)
		if (t[i + 2] == '\t' && t[i] == ' ' && t[i + 1] == ' ')
			return false;
	for (i = s; i < e; i++) {
		if (ch_is_alpha((unsigned char)t[i]))
			letters++;
		if (t[i] == ' ') {
			words++;
			if (i + 1 < e && t[i + 1] >= 'a' && t[i + 1] <= 'z' && !minor_word(t, i + 1, e))
				lower++;
		}
	}
	return letters * 2 > n && words <= 9 && lower <= 2;
}

/* Does the line at t[pos] open with a paragraph number, "4. " or "4) "? */
static bool numbered_line(const char *t, size_t pos, size_t n)
{
	size_t d;

	while (pos < n && (t[pos] == ' ' || t[pos] == '\f'))
		pos++;
	for (d = pos; d < n && d - pos < 3 && ch_is_digit((unsigned char)t[d]); d++)
		;
	return d > pos && d + 1 < n && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
}

/* "  Review" under the items of "D. Monitoring and information", then "5. The Adviser
 * will report ...": an unnumbered heading ends a lettered heading's group of numbered
 * items when the next line's number does not go on from the group's last (a
 * subheading in the group, "3." after "2.", leaves it open). */
static bool group_ends(const struct clause_list *l, int current, const char *t, size_t te, size_t n)
{
	const struct clause *c = &l->v[current], *p = c->parent >= 0 ? &l->v[c->parent] : NULL;
	size_t d = te;
	int v = 0;

	if (!p || c->depth != 1 || c->kind != K_NUM || p->kind != K_LETTER ||
	    !is_heading_line(t, p->head.s, p->head.e))
		return false;
	while (d < n && ch_is_space((unsigned char)t[d]))
		d++;
	if (!numbered_line(t, d, n))
		return false;
	for (; d < n && ch_is_digit((unsigned char)t[d]); d++)
		v = v * 10 + (t[d] - '0');
	return v != label_number(c->label) + 1;
}

/* The section a numbered heading opens ("Background", "Directions"), or
 * SEC_PREAMBLE if its words name none. */
static enum clause_section heading_section(const char *t, size_t s, size_t e)
{
	static const char *const recitals[] = {"Background", "Recitals", "Introduction", "Context"};
	static const char *const operative[] = {"Directions", "Direction", "Actions required",
						"Requirements", "Operative provisions"};
	size_t k, end;

	/* "PART I - RECITALS", "Part 2: Directions" */
	if (lex_at(t, s, e, "part ", &end)) {
		size_t x = end;
		while (x < e && t[x] != ' ' && t[x] != '-' && t[x] != ':')
			x++;
		while (x < e && (t[x] == ' ' || t[x] == '-' || t[x] == ':'))
			x++;
		if (x > end + 1 && x < e)
			s = x;
	}
	for (k = 0; k < ARRAY_SIZE(recitals); k++)
		if (lex_at(t, s, e, recitals[k], &end) && end == e)
			return SEC_RECITALS;
	/* "Reasons for this notice", "Reasons for the direction" */
	if (lex_at(t, s, e, "Reasons for ", &end) && e - s < 60)
		return SEC_RECITALS;
	for (k = 0; k < ARRAY_SIZE(operative); k++)
		if (lex_at(t, s, e, operative[k], &end) && end == e)
			return SEC_OPERATIVE;
	return SEC_PREAMBLE;
}

/* Where a paragraph number ("5. The") follows a heading in capitals on the same line
 * t[s, e), or 0. */
static size_t joined_heading_end(const char *t, size_t s, size_t e)
{
	size_t i;

	for (i = s + 5; i + 3 < e; i++) {
		size_t k = i;
		if (t[i] >= 'a' && t[i] <= 'z')
			return 0; /* not a heading in capitals */
		if (t[i - 1] != ' ' || !ch_is_digit((unsigned char)t[i]))
			continue;
		while (k < e && ch_is_digit((unsigned char)t[k]) && k - i < 3)
			k++;
		if (k + 2 < e && t[k] == '.' && t[k + 1] == ' ' && t[k + 2] >= 'A' && t[k + 2] <= 'Z')
			return i;
	}
	return 0;
}

static bool starts_ci(const char *t, size_t s, size_t e, const char *p)
{
	size_t end;
	return lex_at(t, s, e, p, &end);
}

/* A list's lead-in, "The Council should:", "The Council must:" (what the items
 * below complete). */
/* "5. To comply with this notice, the Council should take the following actions." then
 * "Leadership" then "• Establish ...": a theme in sentence case over bullets under the
 * open clause's lead-in (its text ends with ':' or "following actions."): the line at
 * t[s, te) when the next line with words opens with a bullet. */
static bool theme_over_bullets(const struct clause_list *l, int current, const char *t, size_t s,
                               size_t te, size_t n)
{
	const struct clause *c = &l->v[current];
	size_t i = te, ce;

	while (c->parent >= 0) /* (the list's items are the lead-in's children) */
		c = &l->v[c->parent];
	{ /* the lead-in: the clause's first line (its bullets may follow as its text) */
		const char *nl = memchr(t + c->head.s, '\n', c->head.e - c->head.s);
		ce = lex_trim_end(t, c->head.s, nl ? (size_t)(nl - t) : c->head.e);
	}
	if (te - s > 40 || t[te - 1] == '.' || t[te - 1] == ':' || ce <= c->head.s ||
	    !(t[ce - 1] == ':' ||
	      (ce >= c->head.s + 18 && lex_at(t, ce - 18, ce, "following actions.", NULL))))
		return false;
	while (i < n && ch_is_space((unsigned char)t[i]))
		i++;
	return i + 3 < n &&
	       (lex_at(t, i, n, "\xe2\x80\xa2 ", NULL) || lex_at(t, i, n, "- ", NULL) ||
	        lex_at(t, i, n, "\xe2\x80\x93 ", NULL) || lex_at(t, i, n, "* ", NULL));
}

static bool lead_in(const char *t, size_t s, size_t e)
{
	return t[e - 1] == ':' && (lex_find(t, s, e, " should:", NULL) != (size_t)-1 ||
	                           lex_find(t, s, e, " shall:", NULL) != (size_t)-1 ||
	                           lex_find(t, s, e, " must:", NULL) != (size_t)-1 ||
	                           lex_find(t, s, e, " will:", NULL) != (size_t)-1);
}

static int push(struct clause_list *l, struct err *e)
{
	if (l->n == CLAUSE_MAX)
		return err_set(e, ERR_DATA, "more than %d numbered clauses", CLAUSE_MAX);
	if (l->n == l->alloc) {
		size_t na = l->alloc ? l->alloc * 2 : 64;
		struct clause *v = realloc(l->v, na * sizeof(*v));
		if (!v)
			return err_set(e, ERR_INTERNAL, "out of memory");
		l->v = v;
		l->alloc = na;
	}
	memset(&l->v[l->n], 0, sizeof(l->v[0]));
	l->v[l->n].first_child = -1;
	l->n++;
	return 0;
}

void clause_list_release(struct clause_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* The id of clause c (its parent set) with marker m: "para.N" for the Nth
 * unnumbered paragraph; else the label in lower case, after the parent's id
 * (at most 38 bytes of it) and a dot, or after "annex." in the annex; "2.1"
 * under "2. Directions" is the path 2 -> 1. */
static void set_id(const struct clause_list *l, struct clause *c, const struct marker *m,
                   bool annex, int para_n)
{
	char lower[8];
	const char *last = lower;
	size_t x, len = 0, cap = sizeof(c->id);

	if (m->kind == K_PARA) { /* "para.3", in an annex "annex.para.3" */
		put_number(c->id, cap,
		           put_text(c->id, cap, 0, annex ? "annex.para." : "para.", annex ? 11 : 5),
		           para_n);
		return;
	}
	for (x = 0; m->label[x] && x + 1 < sizeof(lower); x++)
		lower[x] = (char)ch_lower((unsigned char)m->label[x]);
	lower[x] = '\0';
	if (c->parent >= 0) {
		const char *pid = l->v[c->parent].id;
		len = put_text(c->id, cap, 0, pid, strnlen(pid, 38));
		len = put_text(c->id, cap, len, ".", 1);
		if (sub_of(&l->v[c->parent], m->label))
			last = strchr(lower, '_') + 1;
	} else if (annex) {
		len = put_text(c->id, cap, 0, "annex.", 6);
	}
	put_text(c->id, cap, len, last, strlen(last));
}

/* Is the line t[s, te) a table's column heading ("Action", then "Timescale", one a line
 * as a converter without layout prints them) under the open clause's lead-in ("7. The
 * Council must take the following actions:")?  Then the rows below are its items. */
static bool column_heading(const struct clause_list *l, int current, bool closed, const char *t,
                           size_t s, size_t te)
{
	static const char *const words[] = {
	    "Action",  "Actions", "Timescale",   "Timescales", "Timeframe",     "Deadline",
	    "By when", "When",    "Target date", "Lead",       "Responsibility"};
	const struct clause *c;
	size_t k;

	if (closed || current < 0)
		return false;
	c = &l->v[current];
	if (c->nchildren || c->head.e <= c->head.s || t[c->head.e - 1] != ':')
		return false;
	for (k = 0; k < ARRAY_SIZE(words); k++)
		if (te - s == strlen(words[k]) && !memcmp(t + s, words[k], te - s))
			return true;
	return false;
}

/* Does the line t[s, e) end by pointing to a table below it ("... by the dates in
 * the table below.", "... in the following table:")? */
static bool points_to_table(const char *t, size_t s, size_t e)
{
	size_t from = e > s + 40 ? e - 40 : s;

	/* (its last word first: this is asked of every line) */
	if (e < s + 6 || (t[e - 1] != '.' && t[e - 1] != ':') ||
	    !(lex_at(t, e - 6, e, "below", NULL) || lex_at(t, e - 6, e, "table", NULL)))
		return false;
	return lex_find(t, from, e, "table below", NULL) != (size_t)-1 ||
	       lex_find(t, from, e, "following table", NULL) != (size_t)-1;
}

/* Close clause c (and its ancestors' spans) at offset end. */
static void extend(struct clause_list *l, int c, size_t end)
{
	while (c >= 0) {
		if (l->v[c].span.e < end)
			l->v[c].span.e = end;
		c = l->v[c].parent;
	}
}

int clause_parse(const char *t, size_t n, struct clause_list *l, struct err *e)
{
	struct level stack[12];
	int depth = 0, current = -1;
	size_t pos = 0;
	bool prev_blank = false, closed = true;
	/* the line before ended a sentence ("... reasonably requires."): with no blank
	 * line between (pdftotext -raw prints none), a heading there is still one when a
	 * numbered paragraph follows it */
	bool prev_stop = false;
	char prev_end = 0;
	enum clause_section section = SEC_PREAMBLE;
	struct lex_span pending_heading = {0, 0};
	bool annex = false, have, para_lead = false;
	/* recitals opened by a heading ("Background") end at the next heading */
	bool recitals_by_heading = false;
	/* the current clause pointed to a table below it: its cells, one a line, are
	 * its text, however much they look like headings */
	bool table_open = false;
	int para_n = 0;
	/* a publication's "Contents": the numbered headings listed under it name the
	 * sections below and open none; the current clause is such a heading ("2.
	 * Requirements"), whose lead-in ("The Council should:") heads a list */
	bool contents = false, heading_open = false;
	int contents_last = 0; /* the last number the Contents list gave: the body's
	                        * sections number from 1 again */
	/* an annex's table of unnumbered rows printed a cell a line (clause_cells.c):
	 * its rows, the next one's index, and whether the current clause is one */
	struct clause_cell_row cells[128];
	size_t ncells = 0, cell_i = 0;
	bool cell_row = false;
	/* the annexes' headings: where each begins, its label */
	size_t annex_at[8];
	char annex_labels[8][5];
	size_t nannex = 0;

	memset(l, 0, sizeof(*l));
	l->first = -1;
	l->annex_start = (size_t)-1;
	l->close_start = n;
	while (pos < n) {
		size_t eol, s, te;
		struct marker m;
		const char *nl = memchr(t + pos, '\n', n - pos);
		eol = nl ? (size_t)(nl - t) : n;
		s = pos;
		te = eol;
		while (s < te && (t[s] == ' ' || t[s] == '\t' || t[s] == '\f' || t[s] == '\r'))
			s++;
		while (te > s && (t[te - 1] == ' ' || t[te - 1] == '\t' || t[te - 1] == '\r'))
			te--;
		pos = eol < n ? eol + 1 : n;
		if (s == te) {
			prev_blank = true;
			continue;
		}
		prev_stop = prev_end == '.';
		prev_end = t[te - 1];
		if (closed)
			table_open = false;
		/* A heading the converter joined to the paragraph after it: "PART III -
		 * REVIEW AND REPORTING 5. The Commissioner shall ...": the heading opens its
		 * section, the paragraph is read from its number. */
		if (!annex && starts_ci(t, s, te, "PART ")) {
			size_t p = joined_heading_end(t, s, te);
			if (p) {
				enum clause_section sec = heading_section(t, s, lex_trim_end(t, s, p));
				if (sec == SEC_PREAMBLE && section == SEC_RECITALS && recitals_by_heading)
					sec = SEC_OPERATIVE;
				if (sec != SEC_PREAMBLE) {
					section = sec;
					recitals_by_heading = sec == SEC_RECITALS;
				}
				closed = true;
				depth = 0;
				s = p;
			}
		}
		/* Section headings and closing blocks. */
		if (starts_ci(t, s, te, "WHEREAS")) {
			section = SEC_RECITALS;
			closed = true;
			depth = 0;
			prev_blank = false;
			continue;
		}
		if (starts_ci(t, s, te, "NOW THEREFORE") || starts_ci(t, s, te, "NOW, THEREFORE")) {
			section = SEC_OPERATIVE;
			l->operative_start = s;
			closed = true;
			depth = 0;
			prev_blank = false;
			continue;
		}
		if (clause_annex_heading(t, s, te)) {
			if (nannex < ARRAY_SIZE(annex_at)) {
				annex_at[nannex] = s;
				clause_annex_label(t, s, te, annex_labels[nannex++]);
			}
			section = SEC_ANNEX;
			annex = true;
			if (l->annex_start == (size_t)-1)
				l->annex_start = s;
			closed = true;
			depth = 0;
			prev_blank = false;
			continue;
		}
		if (starts_ci(t, s, te, "Signed on behalf") || starts_ci(t, s, te, "Signed by") ||
		    starts_ci(t, s, te, "Signed:") || (te - s == 6 && starts_ci(t, s, te, "Signed")) ||
		    starts_ci(t, s, te, "Dated") || starts_ci(t, s, te, "Yours sincerely") ||
		    starts_ci(t, s, te, "Yours faithfully")) {
			if (!annex && l->close_start == n)
				l->close_start = s;
			closed = true;
			prev_blank = false;
			continue;
		}
		/* A table printed a cell a line under an annex's heading: its header's cells
		 * ("Action", "Responsible", "By when"), then rows with no numbers */
		if (annex && !ncells && closed && clause_column_word(t, s, te)) {
			size_t body = pos;
			int ncol = 1;
			struct marker bm;
			while (body < n) {
				const char *bl = memchr(t + body, '\n', n - body);
				size_t be = bl ? (size_t)(bl - t) : n, bs = body;
				while (bs < be && (t[bs] == ' ' || t[bs] == '\t' || t[bs] == '\r'))
					bs++;
				be = lex_trim_end(t, bs, be);
				if (bs < be && !clause_column_word(t, bs, be)) {
					if (ncol >= 2 && !marker_at(t, bs, be, &bm))
						ncells = clause_cell_rows(t, n, bs, cells,
						                          ARRAY_SIZE(cells));
					break;
				}
				ncol += bs < be;
				body = bl ? (size_t)(bl - t) + 1 : n;
			}
			if (ncells < 2)
				ncells = (size_t)-1; /* no such table: read the lines as ever */
			else
				para_n = 0;
		}
		if (ncells != (size_t)-1 && cell_i <= ncells && ncells) {
			if (cell_i < ncells && cells[cell_i].theme_e > cells[cell_i].theme_s &&
			    s == cells[cell_i].theme_s) {
				pending_heading.s = s;
				pending_heading.e = te;
				closed = true;
				prev_blank = false;
				continue;
			}
			if (cell_i < ncells && s == cells[cell_i].s) {
				para_marker(&m, ++para_n, s);
				have = closed = cell_row = true;
				cell_i++;
				goto made;
			}
			if (cell_i > 0 && s < cells[cell_i - 1].e && current >= 0) {
				l->v[current].head.e = te; /* the row's next cell */
				extend(l, current, te);
				prev_blank = false;
				continue;
			}
			if (cell_i > 0 && s < (cell_i < ncells ? cells[cell_i].s : 0)) {
				prev_blank = false; /* the header again, on a new page */
				continue;
			}
			if (cell_i == ncells && cell_i > 0 && s >= cells[cell_i - 1].e)
				ncells = (size_t)-1; /* the table has ended */
			else if (clause_column_word(t, s, te))
				continue;
		}
		/* bullets the converter left: "-", "–", "•", "*" */
	again:; /* a line's second marker ("3.—(1)") is read from here */
		{
			size_t b = s;
			while (b < te && (t[b] == '-' || t[b] == '*' || t[b] == ' ')) {
				b++;
			}
			if (b + 3 <= te && (unsigned char)t[b] == 0xe2 && (unsigned char)t[b + 1] == 0x80 &&
			    ((unsigned char)t[b + 2] == 0x93 || (unsigned char)t[b + 2] == 0xa2))
				b += 3;
			bool bullet = b > s && (t[s] != ' ' || t[b - 1] != ' ');
			while (b < te && (t[b] == ' ' || (bullet && t[b] == '\t')))
				b++;
			have = marker_at(t, b, te, &m) || bare_number(l, t, b, te, &m);
			if (have && contents && m.kind == K_NUM && is_heading_line(t, m.text, te) &&
			    label_number(m.label) > contents_last) {
				contents_last = label_number(m.label);
				pending_heading.s = pending_heading.e = 0;
				prev_blank = false;
				continue;
			}
			contents = false;
			if ((have || bullet) && para_n == 0)
				para_lead = false; /* the lead-in has a numbered or bulleted list */
			/* a table's column headings ("Duty      When") under the lead-in are no
			 * paragraph: its rows are numbered */
			if (!have && para_lead && prev_blank && t[s] >= 'A' && t[s] <= 'Z' &&
			    !is_heading_line(t, s, te) && para_n < 999 && !column_gap(t, s, te)) {
				/* an operative part in unnumbered paragraphs */
				para_marker(&m, ++para_n, s);
				have = true;
			}
			/* "... as follows:", "directs the Council:", "In carrying out the role,
			 * the Commissioner will:" over paragraphs that carry no number */
			if (!have && (closed || current < 0) && t[te - 1] == ':' &&
			    (lex_find(t, s, te, "as follows", NULL) != (size_t)-1 ||
			     lex_find(t, s, te, "directs", NULL) != (size_t)-1 ||
			     lex_find(t, s, te, " will:", NULL) != (size_t)-1 ||
			     lex_find(t, s, te, " shall:", NULL) != (size_t)-1 ||
			     lex_find(t, s, te, " must:", NULL) != (size_t)-1)) {
				para_lead = true;
				para_n = 0;
			}
		made:
			if (have) {
				int lvl = -1, i;
				struct clause *c;
				/* PDF conversion reads "iii." as "111." and "ii." as "11.": a number of
				 * only ones that continues an open list of numerals is the numeral */
				if (m.kind == K_NUM && strspn(m.label, "1") == strlen(m.label) &&
				    strlen(m.label) >= 2 && strlen(m.label) <= 3)
					for (i = depth - 1; i >= 0; i--)
						if (stack[i].kind == K_ROMAN && stack[i].style == m.style &&
						    roman_value(stack[i].last) + 1 == (int)strlen(m.label)) {
							m.kind = K_ROMAN;
							snprintf(m.label, sizeof(m.label), "%s",
								 romans[strlen(m.label) - 1]);
							break;
						}
				/* i, v, x continuing a letter list are letters */
				if (m.kind == K_ROMAN || (m.kind == K_LETTER && roman_value(m.label))) {
					for (i = depth - 1; i >= 0; i--)
						if (stack[i].kind == K_LETTER &&
						    stack[i].style == m.style &&
						    strlen(m.label) == 1 &&
						    ch_lower((unsigned char)stack[i].last[0]) + 1 ==
						        ch_lower((unsigned char)m.label[0])) {
							/* "H." then "I.": the letter, as written */
							m.kind = K_LETTER;
							m.label[0] = stack[i].last[0] + 1;
							break;
						}
					if (i < 0 && strlen(m.label) <= 4 && roman_value(m.label)) {
						bool roman_open = false, letter_top = depth > 0 &&
										      stack[depth - 1].kind == K_LETTER;
						for (i = depth - 1; i >= 0; i--)
							if (stack[i].kind == K_ROMAN && stack[i].style == m.style)
								roman_open = true;
						/* "i" that continues no letter list starts a list of
						 * numerals: a letter list starts at "a" */
						if (roman_open || letter_top || m.kind == K_ROMAN ||
						    !strcmp(m.label, "i"))
							m.kind = K_ROMAN;
					}
				}
				if (closed)
					depth = 0;
				/* "7(2)" under the open "7(1)": the paragraph goes on, with
				 * its next subparagraph */
				if (m.compound && depth > 0 && stack[0].kind == K_NUM &&
				    stack[0].style == m.style && !strcmp(stack[0].last, m.label)) {
					depth = 1;
					current = stack[0].clause;
					s = m.text;
					goto again;
				}
				for (i = depth - 1; i >= 0; i--)
					if (stack[i].kind == m.kind && stack[i].style == m.style) {
						lvl = i;
						break;
					}
				if (lvl >= 0)
					depth = lvl;
				if (depth >= (int)ARRAY_SIZE(stack))
					depth = (int)ARRAY_SIZE(stack) - 1;
				if (push(l, e) < 0)
					return -1;
				c = &l->v[l->n - 1];
				c->kind = m.kind;
				c->style = m.style;
				memcpy(c->label, m.label, sizeof(c->label));
				c->parent = depth > 0 ? stack[depth - 1].clause : -1;
				c->depth = depth;
				c->section = section;
				c->span.s = s;
				c->span.e = te;
				c->head.s = m.text;
				c->head.e = te;
				c->tail.s = c->tail.e = 0;
				c->heading = pending_heading;
				pending_heading.s = pending_heading.e = 0;
				set_id(l, c, &m, annex, para_n);
				c->cells = cell_row;
				cell_row = false;
				heading_open = m.kind == K_NUM && c->parent < 0 &&
				               is_heading_line(t, m.text, te);
				if (heading_open) {
					/* "1. Background", "2. Directions": a numbered heading
					 * opens a section */
					enum clause_section sec = heading_section(t, m.text, te);
					if (sec == SEC_PREAMBLE && section == SEC_RECITALS && recitals_by_heading)
						sec = SEC_OPERATIVE;
					if (sec != SEC_PREAMBLE && !annex) {
						recitals_by_heading = sec == SEC_RECITALS;
						section = c->section = sec;
						if (sec == SEC_OPERATIVE && !l->operative_start)
							l->operative_start = s;
					}
				}
				if (c->parent >= 0) {
					l->v[c->parent].nchildren++;
					extend(l, c->parent, te);
				}
				stack[depth].kind = m.kind;
				stack[depth].style = m.style;
				memcpy(stack[depth].last, m.label, sizeof(stack[depth].last));
				stack[depth].clause = (int)(l->n - 1);
				depth++;
				current = (int)(l->n - 1);
				closed = false;
				prev_blank = false;
				if (m.compound) {
					/* "3.—(1) ...": the paragraph has no words of its own; its
					 * first subparagraph follows on the line */
					c->head.s = c->head.e = m.text;
					s = m.text;
					goto again;
				}
				table_open = points_to_table(t, s, te);
				continue;
			}
		}
		/* A heading in capitals inside a list ("hereby directs the Council to do the
		 * following:", then "COMPLIANCE AND CO-OPERATION", then "(A) comply ..."):
		 * it heads the next item and leaves the list open. */
		if (prev_blank && !closed && !table_open && current >= 0 &&
		    is_heading_line(t, s, te) &&
		    ((all_capitals(t, s, te) &&
		      (l->v[current].depth > 0 || t[l->v[current].span.e - 1] == ':')) ||
		     theme_over_bullets(l, current, t, s, te, n))) {
			pending_heading.s = s;
			pending_heading.e = te;
			prev_blank = false;
			continue;
		}
		/* A table's column headings under the open lead-in: the rows below are its
		 * items (the headings are no clause's text) */
		if (column_heading(l, current, closed, t, s, te)) {
			prev_blank = false;
			continue;
		}
		/* An unnumbered heading between clauses. */
		/* (a section's own name, "Directions", is one even with no blank line before
		 * it: page furniture taken out can leave none) */
		if ((prev_blank || (prev_stop && !annex && numbered_line(t, pos, n)) ||
		     (is_heading_line(t, s, te) && heading_section(t, s, te) != SEC_PREAMBLE)) &&
		    !table_open && is_heading_line(t, s, te) &&
		    (closed || current < 0 || l->v[current].depth == 0 || t[te - 1] == ':' ||
		     group_ends(l, current, t, te, n)) &&
		    !(heading_open && !closed && l->v[current].nchildren == 0 &&
		      lead_in(t, s, te))) {
			if (!(current >= 0 && !closed && (t[s] >= 'a' && t[s] <= 'z'))) {
				enum clause_section sec = heading_section(t, s, te);
				/* a table's column headings ("Duty", "When") under a lead-in
				 * ("The Board will:"): the lead-in still heads the rows */
				if (!(pending_heading.e > pending_heading.s &&
				      t[pending_heading.e - 1] == ':' && t[te - 1] != ':')) {
					pending_heading.s = s;
					pending_heading.e = te;
				}
				/* "Background", "Recitals", "Directions" above unnumbered or
				 * "(1)"-numbered paragraphs open their sections too */
				if (sec == SEC_PREAMBLE && section == SEC_RECITALS && recitals_by_heading)
					sec = SEC_OPERATIVE;
				if (sec != SEC_PREAMBLE && !annex) {
					section = sec;
					recitals_by_heading = sec == SEC_RECITALS;
					if (sec == SEC_OPERATIVE && !l->operative_start)
						l->operative_start = s;
				}
				contents = te - s == 8 && starts_ci(t, s, te, "Contents");
				contents_last = 0;
				closed = true;
				prev_blank = false;
				continue;
			}
		}
		/* A continuation line. */
		if (!closed && current >= 0) {
			struct clause *c = &l->v[current];
			/* (unless the item stops mid-phrase, "within three" then a blank line
			 * then "months of ...": a line split by the PDF's conversion) */
			/* (or its words lead into what follows: "... and send it to the
			 * Secretary of State:" then "provided that, where ...") */
			bool item_open = c->nchildren == 0 && c->head.e > c->head.s &&
			                 (lex_is_word_char((unsigned char)t[c->head.e - 1]) ||
			                  t[c->head.e - 1] == ':');
			if (prev_blank && t[s] >= 'a' && t[s] <= 'z' && c->parent >= 0 &&
			    l->v[c->parent].nchildren > 0 && !item_open) {
				/* "which appears to her ..." after a sub-list: the parent's tail */
				struct clause *p = &l->v[c->parent];
				if (!p->tail.e)
					p->tail.s = s;
				p->tail.e = te;
				extend(l, c->parent, te);
			} else if (c->nchildren == 0) {
				c->head.e = te;
				extend(l, current, te);
				table_open = table_open || points_to_table(t, s, te);
			} else {
				if (!c->tail.e)
					c->tail.s = s;
				c->tail.e = te;
				extend(l, current, te);
			}
		}
		prev_blank = false;
	}
	clause_label_annex_ids(l, annex_at, annex_labels, nannex);
	/* Heads end where the first child begins. */
	for (size_t i = 0; i < l->n; i++) {
		struct clause *c = &l->v[i];
		if (c->parent >= 0) {
			struct clause *p = &l->v[c->parent];
			if (p->head.e > c->span.s)
				p->head.e = lex_trim_end(t, p->head.s, c->span.s);
		}
		if (c->head.e < c->head.s)
			c->head.e = c->head.s;
	}
	/* The tree's links: each list of children built back to front, so it
	 * runs in text order. */
	for (size_t i = l->n; i-- > 0;) {
		struct clause *c = &l->v[i];
		int *head = c->parent >= 0 ? &l->v[c->parent].first_child : &l->first;
		c->next_sibling = *head;
		*head = (int)i;
	}
	return 0;
}
