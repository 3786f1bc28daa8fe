/*
 * facts_signatory.c: who signs an instrument and to whom a letter is written (see
 * facts.h): the signatory of a direction or notice ("Signed by X, a Senior Civil
 * Servant ...", a "Signed"/"Yours sincerely" block, a closing block above "on behalf of
 * the Secretary of State", or a name, role and "Department for Education" signed off
 * before the annex); a letter's author (its letterhead) and recipient (the address block
 * above its date).  Split from facts_people.c, which keeps the people appointed.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "facts.h"
#include "facts_int.h"
#include "text.h"

/* "Signed by Ruth Adebayo, a Senior Civil Servant in the Department for Education, on
 * behalf of ...": the name after "signed by" up to its comma, the role up to the next
 * comma (a line break may fall anywhere in it).  t[at, end) is the cue. */
static bool inline_signatory(struct read_ctx *c, size_t at, size_t end, rec_t *rec)
{
	char name[256], role[160];
	size_t ns = lex_skip_space(c->t, end, c->n), ne = ns, rs, re;
	rec_t *sig;

	if (!lex_at(c->t, at, end, "signed by", NULL))
		return false;
	while (ne < c->n && ne - ns < 60 && c->t[ne] != ',' && c->t[ne] != '\n')
		ne++;
	if (ne >= c->n || c->t[ne] != ',')
		return false;
	lex_copy(c->t, ns, ne, name, sizeof(name));
	if (!facts_looks_like_name(name))
		return false;
	if (facts_mostly_upper(name))
		facts_title_case(name);
	sig = rec_pack("name", rec_string(name), NULL);
	rs = lex_skip_space(c->t, ne + 1, c->n);
	for (re = rs; re < c->n && re - rs < 160 && c->t[re] != ',' && c->t[re] != '.'; re++)
		if (c->t[re] == '\n' && re + 1 < c->n && c->t[re + 1] == '\n')
			break;
	if (re < c->n && c->t[re] == ',' && re > rs) {
		lex_copy(c->t, rs, re, role, sizeof(role));
		read_set(sig, "role", read_string(role));
	} else {
		re = ne;
	}
	read_set(sig, "span", read_span(c, ns, re));
	read_set(rec, "signatory", sig);
	return true;
}

/* A closing block with no "Signed" above it: "Clarimond Nethercott⏎Deputy Director,
 * ...⏎Department for Education⏎on behalf of the Secretary of State for Education" at
 * the end.  The start of the name's line (at most four lines above the "on behalf of"
 * line, with no blank line between), or (size_t)-1. */
static size_t closing_name_line(const struct read_ctx *c)
{
	size_t at, end, last = (size_t)-1, from = c->n > 1000 ? c->n - 1000 : 0, ls, k;

	for (at = lex_search_ph(&c->ix, from, c->n, LEX_LIT("on behalf of the Secretary of State"),
	                        &end);
	     at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("on behalf of the Secretary of State"),
	                        &end))
		last = at;
	/* ("For and on behalf of the Secretary of State for Education" on its own line) */
	if (last != (size_t)-1 && last >= 8 && lex_at(c->t, last - 8, last, "For and ", NULL) &&
	    (last == 8 || c->t[last - 9] == '\n'))
		last -= 8;
	if (last == (size_t)-1 || (last > 0 && c->t[last - 1] != '\n'))
		return (size_t)-1;
	for (ls = last, k = 0; k < 4 && ls > 1 && c->t[ls - 2] != '\n'; k++) {
		char buf[64];
		size_t le = ls - 1;
		ls = le;
		while (ls > 0 && c->t[ls - 1] != '\n')
			ls--;
		lex_copy(c->t, ls, le, buf, sizeof(buf));
		if (facts_looks_like_name(buf))
			return ls;
	}
	return (size_t)-1;
}

/* A notice signed off before its annex, with neither "Signed" nor "on behalf of":
 * "Sabine Lethbridge⏎Deputy Director, ...⏎Department for Education" on lines of their
 * own (or a blank line apart), then a blank line, an "Annex" line or the end.  The start
 * of the name's line (two lines above), the last such block's, or (size_t)-1. */
static size_t closing_dfe_block(const struct read_ctx *c)
{
	size_t at, end, ls, k, last = (size_t)-1, ns;

	for (at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("Department for Education"), &end);
	     at != (size_t)-1;
	     at = lex_search_ph(&c->ix, end, c->n, LEX_LIT("Department for Education"), &end)) {
		ns = end;
		while (ns < c->n && (c->t[ns] == ' ' || c->t[ns] == '\t'))
			ns++;
		if ((at > 0 && c->t[at - 1] != '\n') || (ns < c->n && c->t[ns++] != '\n'))
			continue;
		while (ns < c->n && (c->t[ns] == '\f' || c->t[ns] == ' ')) /* a page's end */
			ns++;
		if (!(ns >= c->n || c->t[ns] == '\n' || lex_at(c->t, ns, c->n, "annex", NULL)))
			continue;
		for (ls = at, k = 0; k < 2 && ls > 1; k++) {
			char buf[64];
			size_t le;
			/* the lines perhaps a blank line apart, as pdftotext -layout prints a
			 * block of paragraphs */
			if (c->t[ls - 2] == '\n' && ls > 2 && c->t[ls - 3] != '\n')
				ls--;
			else if (c->t[ls - 2] == '\n')
				break;
			le = ls - 1;
			for (ls = le; ls > 0 && c->t[ls - 1] != '\n';)
				ls--;
			lex_copy(c->t, ls, le, buf, sizeof(buf));
			if (k == 1 && facts_looks_like_name(buf))
				last = ls;
		}
	}
	return last;
}

void facts_find_signatory(struct read_ctx *c, rec_t *rec)
{
	size_t at, end, i, ls, le;
	rec_t *sig = NULL;

	at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("signed on behalf"), &end);
	if (at == (size_t)-1)
		at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("signed by"), &end);
	if (at == (size_t)-1)
		at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("signed:"), &end);
	if (at == (size_t)-1)
		at = lex_search_ph(&c->ix, 0, c->n, LEX_LIT("yours sincerely"), &end);
	if (at != (size_t)-1) {
		if (inline_signatory(c, at, end, rec))
			return;
		while (end < c->n && c->t[end] != '\n')
			end++;
	} else if ((end = closing_name_line(c)) == (size_t)-1 &&
	           (end = closing_dfe_block(c)) == (size_t)-1) {
		return;
	}
	for (i = end; i < c->n;) {
		char buf[256], name[256];
		char *dot;
		i = facts_first_line(c, i, &ls, &le);
		if (ls >= c->n)
			break;
		/* a form's labels: "Name: Gwen Arbuthnot", then "Title: Deputy Director" */
		if (lex_at(c->t, ls, le, "name:", &ls))
			ls = lex_skip_space(c->t, ls, le);
		lex_copy(c->t, ls, le, buf, sizeof(buf));
		if (lex_at(c->t, ls, le, "a handwritten", NULL) ||
		    lex_at(c->t, ls, le, "dated", NULL) || lex_at(c->t, ls, le, "annex", NULL)) {
			if (lex_at(c->t, ls, le, "dated", NULL) ||
			    lex_at(c->t, ls, le, "annex", NULL))
				break;
			i++;
			continue;
		}
		/* "Emily Whitehead. A Senior Civil Servant ..." */
		snprintf(name, sizeof(name), "%s", buf);
		dot = strstr(name, ". ");
		if (dot)
			*dot = '\0';
		else if (name[0] && name[strlen(name) - 1] == '.')
			name[strlen(name) - 1] = '\0';
		if (facts_looks_like_name(name)) {
			size_t role_s, role_e;
			size_t name_len = strlen(name);
			if (facts_mostly_upper(name))
				facts_title_case(name);
			sig = rec_pack("name", rec_string(name), NULL);
			/* role: the rest of this line, or the next line */
			if (dot) {
				role_s = ls + name_len + 2;
				role_e = le;
			} else {
				i = facts_first_line(c, le + 1 < c->n ? le + 1 : c->n, &role_s,
				                     &role_e);
				if (lex_at(c->t, role_s, role_e, "title:", &role_s) ||
				    lex_at(c->t, role_s, role_e, "position:", &role_s) ||
				    lex_at(c->t, role_s, role_e, "role:", &role_s))
					role_s = lex_skip_space(c->t, role_s, role_e);
			}
			if (role_s < role_e) {
				char role[160];
				lex_copy(c->t, role_s, role_e, role, sizeof(role));
				if (role[0] && role[strlen(role) - 1] == '.')
					role[strlen(role) - 1] = '\0';
				read_set(sig, "role", read_string(role));
			}
			read_set(sig, "span", read_span(c, ls, role_e > ls ? role_e : le));
			break;
		}
		i++;
	}
	if (sig)
		read_set(rec, "signatory", sig);
}

void facts_find_letter_parties(struct read_ctx *c, rec_t *rec)
{
	size_t ls, le, i, rs = 0, re = 0, next;
	char buf[256];
	rec_t *addr;

	/* author: the first line, with the role on the next; a letterhead "From the Minister
	 * of State for ..." gives the role first, then the name */
	next = facts_first_line(c, facts_head_start(c), &ls, &le);
	if (ls < le) {
		char role[160];
		size_t rls, rle, fe;
		lex_copy(c->t, ls, le, buf, sizeof(buf));
		facts_first_line(c, next, &rls, &rle);
		lex_copy(c->t, rls, rle, role, sizeof(role));
		if (lex_at(c->t, ls, le, "from the ", &fe) || lex_at(c->t, ls, le, "from ", &fe)) {
			lex_copy(c->t, fe, le, role, sizeof(role));
			lex_copy(c->t, rls, rle, buf, sizeof(buf));
		}
		read_set(rec, "author",
		         rec_pack("name", rec_string(buf), "role", rec_string(role), "span",
		                  read_span(c, ls, rle), NULL));
	}
	/* recipient: the block of lines before the date line */
	if (!rec_object_get(rec, "date"))
		return;
	{
		rec_t *sp = rec_object_get(rec_object_get(rec, "date"), "span");
		size_t dstart = (size_t)rec_integer_value(rec_array_get(sp, 0));
		int blocks;
		/* walk back over the block; a block of references ("Our reference: ...",
		 * "Your ref: ...") between the address and the date is not the address */
		re = lex_trim_end(c->t, 0, dstart);
		for (blocks = 0; blocks < 3; blocks++) {
			i = re;
			while (i > 0) {
				size_t s0 = i;
				while (s0 > 0 && c->t[s0 - 1] != '\n')
					s0--;
				if (lex_skip_space(c->t, s0, i) == i) /* blank line */
					break;
				rs = s0;
				if (s0 == 0)
					break;
				i = s0 - 1;
			}
			if (rs >= re || !(lex_at(c->t, rs, re, "our ref", NULL) ||
			                  lex_at(c->t, rs, re, "our reference", NULL) ||
			                  lex_at(c->t, rs, re, "your ref", NULL) ||
			                  lex_at(c->t, rs, re, "your reference", NULL)))
				break;
			re = lex_trim_end(c->t, 0, rs);
			rs = re;
		}
	}
	if (rs >= re)
		return;
	addr = rec_array();
	next = facts_first_line(c, rs, &ls, &le);
	lex_copy(c->t, ls, le, buf, sizeof(buf));
	{
		rec_t *r = rec_pack("name", rec_string(buf), NULL);
		for (i = next; i < re;) {
			size_t s2, e2;
			i = facts_first_line(c, i, &s2, &e2);
			if (s2 >= re)
				break;
			rec_array_append_new(addr, facts_text(c, s2, e2 < re ? e2 : re));
			i++;
		}
		read_set(r, "address", addr);
		read_set(r, "span", read_span(c, rs, re));
		read_set(rec, "recipient", r);
	}
}
