/*
 * test_read_lex.c: the reader's lexical layer (src/read/lex.c).  Phrases
 * match across any run of white space, line breaks included (PDF text
 * wraps lines anywhere, so " shall " must match "Adviser,\nshall"); the
 * indexed search (lex_search) gives exactly what the plain scan (lex_find)
 * gives, for every phrase form (a leading space, a lost hyphen, an
 * apostrophe) over texts and ranges drawn at random; lex_copy folds white
 * space; page furniture is hidden without moving a byte (furniture.c).  Expected results are worked out from the rules in lex.h.
 */
#include "t.h"

#include "read/columns.h"
#include "read/furniture.h"
#include "read/lex.h"

static void spaces_match_line_breaks(void)
{
	const char *t = "The Board, chaired by the Adviser,\nshall meet; it\n\n shall report.";
	size_t end, at = lex_find(t, 0, strlen(t), " shall ", &end);

	CHECK(at == 34 && end == 41, "a leading space matches the line break: at %zu end %zu", at,
	      end);
	at = lex_find(t, 41, strlen(t), " shall ", &end);
	CHECK(at == 49 && t[at] == '\n', "a run of breaks and spaces, from its start: at %zu", at);
	at = lex_find(t, 0, strlen(t), "chaired by the adviser", NULL);
	CHECK(at == 11, "case folded: at %zu", at);
	CHECK(lex_find("Stokeon-Trent", 0, 13, "stoke-on-trent", NULL) == 0, "a lost hyphen");
	CHECK(lex_find("the Council\xe2\x80\x99s plan", 0, 19, "council's", NULL) == 4,
	      "a typographic apostrophe");
	CHECK(lex_find("chairs", 0, 6, "chair", NULL) == (size_t)-1, "a word must end");
}

static const char *const words[] = {"shall", "the", "Council", "council's", "chair", "chaired",
				    "by", "Commissioner", "bi-monthly", "bimonthly", "31",
				    "March", "2021", "a", "an", "and", "to", "as", "on"};
static const char *const gaps[] = {" ", "  ", "\n", " \n", "\n\n", ", ", ".\n", "\t", "-",
				   "\xe2\x80\x99", "(", ")"};
static const char *const phrases[] = {
    " shall ",    "shall",    "the council", "council's",    " as ",  " on ",          "chaired by",
    "bi-monthly", "31 march", " and ",       "the",          "a",     "commissioner.", "by the",
    "to ",        "by a",     "to an",       "as a council", "on a)", "and 31"};

/* A text of n random words and gaps (a fixed seed: the same every run). */
static size_t random_text(char *buf, size_t cap, unsigned *seed, size_t n)
{
	size_t len = 0, i;

	for (i = 0; i < n; i++) {
		const char *w = words[rand_r(seed) % ARRAY_SIZE(words)];
		const char *g = gaps[rand_r(seed) % ARRAY_SIZE(gaps)];
		if (len + strlen(w) + strlen(g) + 1 >= cap)
			break;
		memcpy(buf + len, w, strlen(w));
		len += strlen(w);
		memcpy(buf + len, g, strlen(g));
		len += strlen(g);
	}
	buf[len] = '\0';
	return len;
}

static void search_equals_scan(void)
{
	static char text[4096];
	static struct lex_phrase compiled[ARRAY_SIZE(phrases)];
	unsigned seed = 20261123;
	int round, same = 1, found = 0, focused_same = 1, compiled_same = 1;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(phrases); i++)
		compiled[i].text = phrases[i];

	for (round = 0; round < 300; round++) {
		size_t n = random_text(text, sizeof(text), &seed, 40 + (size_t)round % 300), k;
		struct lex_index ix;
		lex_index_build(&ix, text, n);
		for (k = 0; k < 40; k++) {
			size_t pk = (size_t)rand_r(&seed) % ARRAY_SIZE(phrases);
			const char *p = phrases[pk];
			size_t s = n ? (size_t)rand_r(&seed) % n : 0, e = s + (size_t)rand_r(&seed) % (n - s + 1);
			size_t e1 = 0, e2 = 0, a = lex_find(text, s, e, p, &e1),
			       b = lex_search(&ix, s, e, p, &e2);
			if (a != b || (a != (size_t)-1 && e1 != e2)) {
				if (same)
					printf("  '%s' in [%zu, %zu): scan %zu, search %zu\n", p, s, e,
					       a, b);
				same = 0;
			}
			found += a != (size_t)-1;
			/* a compiled phrase's search, without a focus and then with one */
			{
				size_t e4 = 0, c4 = lex_search_ph(&ix, s, e, &compiled[pk], &e4);
				if (c4 != a || (a != (size_t)-1 && e4 != e1))
					compiled_same = 0;
			}
			/* the same search with the index's focus on a span around it */
			{
				size_t fs = s > 20 ? s - (size_t)rand_r(&seed) % 20 : 0,
				       fe = e + (size_t)rand_r(&seed) % 20, e3 = 0, c3;
				lex_focus(&ix, fs, fe);
				c3 = lex_search(&ix, s, e, p, &e3);
				if (c3 != a || (a != (size_t)-1 && e3 != e1))
					focused_same = 0;
				c3 = lex_search_ph(&ix, s, e, &compiled[pk], &e3);
				if (c3 != a || (a != (size_t)-1 && e3 != e1))
					compiled_same = 0;
			}
		}
		lex_index_release(&ix);
	}
	CHECK(same, "lex_search and lex_find agree on 12,000 searches");
	CHECK(focused_same, "and so they do with a focus on a span around each search");
	CHECK(compiled_same, "and so does the search of each phrase compiled, with and without");
	CHECK(found > 1000, "and many of them find something (%d)", found);
}

/* Words that share their first four bytes, or begin another's ("month", "months",
 * "monthly", "Monitor"; "with", "within"; "may", "MAYOR"), against phrases of them:
 * a compiled phrase's search, and lex_search_any_ph() of a few, with a focus on the
 * span or around it (the focus's stems turn a phrase away only where no word can
 * begin its match), give what the scan gives, spans cut inside words included. */
static const char *const stem_words[] = {
    "month", "months",  "monthly", "Monitor", "MONTHS", "mont",   "with",   "within",   "without",
    "will",  "willing", "WILL",    "year",    "years",  "yearly", "annual", "annually", "May",
    "may",   "MAYOR",   "the",     "by",      "12",     "1234",   "12345",  "a",        "each"};
static const char *const stem_gaps[] = {" ",   "  ", "\n", " \n",         ", ",
                                        ".\n", "\t", "-",  "\xe2\x80\x99"};
static const char *const stem_phrases[] = {
    "month",       "months",         "monthly", "month ",   " months",    "within ", "with",
    "without",     " will",          " will ",  "willing",  "year",       "years ",  "each year",
    "by the year", "12 months",      "1234",    "annual",   "annually",   " may ",   "may",
    "the monthly", "monthly review", "with-in", "mon-thly", "each month", "a month", "mayor"};

/* count words drawn from ws[], each followed by a gap drawn from gs[] (word, then
 * gap, from *seed), into text (NUL-terminated, stopping before it would overflow); the
 * length written. */
static size_t random_words(char *text, size_t cap, size_t count, const char *const *ws, size_t nws,
                           const char *const *gs, size_t ngs, unsigned *seed)
{
	size_t n = 0, k;

	for (k = 0; k < count; k++) {
		const char *w = ws[rand_r(seed) % nws];
		const char *g = gs[rand_r(seed) % ngs];
		if (n + strlen(w) + strlen(g) + 1 >= cap)
			break;
		memcpy(text + n, w, strlen(w));
		n += strlen(w);
		memcpy(text + n, g, strlen(g));
		n += strlen(g);
	}
	text[n] = '\0';
	return n;
}
static void stems_keep_answers(void)
{
	static char text[4096];
	static struct lex_phrase compiled[ARRAY_SIZE(stem_phrases)];
	unsigned seed = 20261124;
	int round, same = 1, any_same = 1, found = 0;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(stem_phrases); i++)
		compiled[i].text = stem_phrases[i];
	for (round = 0; round < 300; round++) {
		size_t n = 0, k;
		struct lex_index ix;
		n = random_words(text, sizeof(text), 30 + (size_t)round % 200, stem_words,
		                 ARRAY_SIZE(stem_words), stem_gaps, ARRAY_SIZE(stem_gaps), &seed);
		lex_index_build(&ix, text, n);
		for (k = 0; k < 40; k++) {
			size_t pk = (size_t)rand_r(&seed) % ARRAY_SIZE(stem_phrases), e1 = 0,
			       e2 = 0;
			size_t s = n ? (size_t)rand_r(&seed) % n : 0,
			       e = s + (size_t)rand_r(&seed) % (n - s + 1), a, b;
			size_t fs = k % 2 ? s : (s > 10 ? s - (size_t)rand_r(&seed) % 10 : 0),
			       fe = k % 2 ? e : e + (size_t)rand_r(&seed) % 10;
			bool any_scan = false;
			lex_focus(&ix, fs, fe);
			a = lex_find(text, s, e, stem_phrases[pk], &e1);
			b = lex_search_ph(&ix, s, e, &compiled[pk], &e2);
			if (a != b || (a != (size_t)-1 && e1 != e2)) {
				if (same)
					printf("  '%s' in [%zu, %zu) (focus [%zu, %zu)): scan %zu, "
					       "search "
					       "%zu\n",
					       stem_phrases[pk], s, e, fs, fe, a, b);
				same = 0;
			}
			found += a != (size_t)-1;
			/* any of four phrases from pk on */
			for (i = 0; i < 4 && pk + i < ARRAY_SIZE(stem_phrases); i++)
				any_scan |=
				    lex_find(text, s, e, stem_phrases[pk + i], NULL) != (size_t)-1;
			if (any_scan != lex_search_any_ph(&ix, s, e, &compiled[pk],
			                                  pk + 4 <= ARRAY_SIZE(stem_phrases)
			                                      ? 4
			                                      : ARRAY_SIZE(stem_phrases) - pk))
				any_same = 0;
			/* and as a set, its gates worked out on its first search, used on the
			 * second */
			{
				struct lex_phrase_set set = {
				    .phs = &compiled[pk], .n = i, .stride = sizeof(compiled[0])};
				if (any_scan != lex_search_any_set(&ix, s, e, &set) ||
				    any_scan != lex_search_any_set(&ix, s, e, &set) ||
				    atomic_load(&set.state) != 2)
					any_same = 0;
			}
		}
		lex_index_release(&ix);
	}
	CHECK(same, "a compiled phrase's search in focus gives what the scan gives");
	CHECK(any_same, "and so does the search for any of a few, as a set too");
	CHECK(found > 1000, "and many of them find something (%d)", found);
}

/* A phrase whose last word is cut by the span's end matches there, as the scan
 * says ("by a" in "by an" cut after the "a"): the index's key of "by" (its next
 * word, "an") must not turn it away; nor "within" in "within six" cut inside
 * "within". */
static void phrase_at_span_end(void)
{
	static const char t[] = "The Council shall report by an order within six months.";
	static struct lex_phrase by_a = LEX_PHRASE("by a"), within = LEX_PHRASE("within"),
	                         by_an = LEX_PHRASE("by an order");
	size_t n = strlen(t), cut = (size_t)(strstr(t, "an order") - t) + 1,
	       at = (size_t)(strstr(t, "by an") - t), w = (size_t)(strstr(t, "within") - t);
	struct lex_index ix;

	lex_index_build(&ix, t, n);
	CHECK(lex_find(t, 0, cut, "by a", NULL) == at, "the scan finds 'by a' cut at the span");
	CHECK(lex_search(&ix, 0, cut, "by a", NULL) == at &&
	          lex_search_ph(&ix, 0, cut, &by_a, NULL) == at,
	      "and so does the index, with the phrase compiled or not");
	CHECK(lex_search_ph(&ix, 0, n, &by_a, NULL) == (size_t)-1 &&
	          lex_search_ph(&ix, 0, n, &by_an, NULL) == at,
	      "uncut, 'by a' is not in 'by an order', 'by an order' is");
	CHECK(lex_search_ph(&ix, 0, w + 6, &within, NULL) == w &&
	          lex_search(&ix, 0, w + 3, "wit", NULL) == w,
	      "a word cut by the span's end");
	lex_index_release(&ix);
}

/* What facts_events.c's judgement_cued() relies on to skip a sentence: a match
 * in t[s, e), where t[s - 1] and t[e] are no ASCII letter or digit, is also a
 * match in t[s0, n) for any s0 <= s, so the first match from s0 in the whole
 * text is at or before it. */
static bool ascii_alnum_at(const char *t, size_t i)
{
	return lex_ctype[(unsigned char)t[i]] & LEX_ALNUM;
}

/* Words that hold others inside them or run on from them ("prejudged",
 * "foundation"), joined by gaps that may join them too. */
static const char *const cue_words[] = {"the",   "there",   "other",     "a",     "data",
                                        "judge", "judged",  "prejudged", "found", "foundation",
                                        "rated", "berated", "Ofsted"};
static const char *const cue_gaps[] = {" ", "\n", "", ". ", "-", ";"};
static const char *const cue_phrases[] = {"the",   "a",      "judge",    "judged", "found",
                                          "rated", "ofsted", "there is", " the "};

static void span_match_is_text_match(void)
{
	static char text[2048];
	unsigned seed = 4242;
	int round, held = 1, tried = 0;

	for (round = 0; round < 300; round++) {
		size_t n = 0, k;
		struct lex_index ix;
		n = random_words(text, sizeof(text), 60, cue_words, ARRAY_SIZE(cue_words), cue_gaps,
		                 ARRAY_SIZE(cue_gaps), &seed);
		lex_index_build(&ix, text, n);
		for (k = 0; k < 1000; k++) {
			const char *p = cue_phrases[rand_r(&seed) % ARRAY_SIZE(cue_phrases)];
			size_t s = (size_t)rand_r(&seed) % n,
			       e = s + (size_t)rand_r(&seed) % ((k % 2 ? 12 : n - s) + 1),
			       s0 = s - (size_t)rand_r(&seed) % (s + 1), in;
			e = e < n ? e : n;
			if ((s > 0 && ascii_alnum_at(text, s - 1)) ||
			    (e < n && ascii_alnum_at(text, e)))
				continue;
			in = lex_search(&ix, s, e, p, NULL);
			if (in == (size_t)-1)
				continue;
			tried++;
			if (lex_search(&ix, s0, n, p, NULL) > in)
				held = 0;
		}
		lex_index_release(&ix);
	}
	CHECK(held, "a match in a span with clean ends is found from any earlier start");
	CHECK(tried > 1000, "over many matches (%d)", tried);
}

/* Stepping with lex_next_date_place() visits every word start that begins
 * with a capital month name's first letters (what oblig_when.c looks for) and
 * every word start with a digit. */
static void date_places_cover_month_words(void)
{
	static char text[4096];
	unsigned seed = 7;
	int round, covered = 1, months = 0;

	for (round = 0; round < 100; round++) {
		size_t n = random_text(text, sizeof(text), &seed, 200), i, next = 0;
		struct lex_index ix;
		lex_index_build(&ix, text, n);
		for (i = 0; i < n; i++) {
			bool start = (i == 0 || !lex_is_word_char((unsigned char)text[i - 1])) &&
			             (text[i] == 'M' || (text[i] >= '0' && text[i] <= '9'));
			if (i >= next)
				next = lex_next_date_place(&ix, i, n);
			if (start && next != i)
				covered = 0;
			months += start && text[i] == 'M';
		}
		lex_index_release(&ix);
	}
	CHECK(covered, "every month word and number is a listed place");
	CHECK(months > 100, "and there were many (%d)", months);
	CHECK(lex_next_date_place(&(struct lex_index){0}, 5, 9) == 5, "no index: i itself");
}

static void copy_folds_white_space(void)
{
	const char *t = "  chaired by\nthe \n Commissioner.  ";
	char buf[64];

	CHECK_STR(lex_copy(t, 0, strlen(t), buf, sizeof buf),
		  "chaired by the Commissioner.");
	CHECK_STR(lex_copy("abcdefghijklmnopqrstuvwxyz0123456789", 0, 36, buf, 12), "abcdefghijk");
	CHECK_STR(lex_copy("one two\tthree", 0, 13, buf, sizeof buf), "one two three");
}

/* The dates lex_dates() finds in t, as "YYYY-MM-DD" joined by spaces. */
static const char *dates_in(const char *t, char *buf, size_t n)
{
	struct lex_date d[8];
	size_t k, c = lex_dates(t, 0, strlen(t), d, 8), len = 0;
	char iso[CAL_DATE_LEN];

	buf[0] = '\0';
	for (k = 0; k < c && len + CAL_DATE_LEN + 1 < n; k++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s", k ? " " : "",
					cal_format_iso(d[k].day, iso));
	return buf;
}

static void date_forms(void)
{
	char buf[128];

	CHECK_STR(dates_in("Dated the 28th of February 2023.", buf, sizeof buf), "2023-02-28");
	CHECK_STR(dates_in("no later than 31/3/23 and 1.4.2023", buf, sizeof buf),
		  "2023-03-31 2023-04-01");
	CHECK_STR(dates_in("from the 1 st\nApril 2023", buf, sizeof buf), "2023-04-01");
	CHECK_STR(dates_in("Page 3 of 9; 3 of them; 31/3/231; 12/13/23", buf, sizeof buf), "");
}

static bool furniture(const char *line)
{
	return read_is_furniture(line, 0, strlen(line));
}

static void page_furniture_hidden(void)
{
	const char *t = "shall report on the\n\nPage 2 of 9\n\f\nOFFICIAL\n\nprogress made.\n\n3\n\n"
			"(b) Next.";
	char *w = NULL;
	size_t n = strlen(t), hidden = read_hide_furniture(t, n, &w);

	CHECK(furniture("Page 2 of 9") && furniture("page 12") && furniture("- 3 -") &&
		      furniture("3") && furniture("OFFICIAL") && furniture("OFFICIAL-SENSITIVE"),
	      "page numbers and markings");
	CHECK(!furniture("2021") && !furniture("Page two") && !furniture("3 March") &&
		      !furniture("OFFICIALS") && !furniture("Official") && !furniture("1."),
	      "a year, words, a date, a clause number are not");
	CHECK(hidden == 3 && w, "three lines hidden (%zu)", hidden);
	if (w) {
		CHECK(strlen(w) == n, "same length");
		/* inside the sentence: one line break left, the form feed kept */
		CHECK(!strncmp(w, "shall report on the ", 20) && strchr(w, '\f') &&
			      strstr(w, "\nprogress made.\n\n") && !strstr(w, "OFFICIAL") &&
			      !strstr(w, "Page"),
		      "furniture blanked: '%s'", w);
		CHECK(memchr(w, '\n', (size_t)(strstr(w, "progress") - w)) ==
			      strstr(w, "progress") - 1,
		      "one line break before 'progress'");
		CHECK(strstr(w, ".\n\n \n\n(b)") != NULL, "after a full stop the blank lines stay");
	}
	free(w);
	CHECK(read_hide_furniture("no furniture here\n", 18, &w) == 0 && !w, "nothing to hide");
}

/* A footer on every page (its last line, above the page number) and a header on
 * every page but the first: both hidden, the one inside a sentence joined; a last
 * line that differs from page to page is text. */
static void running_footers_hidden(void)
{
	const char *t = "1. The Board will meet\n\nDfE - Intervention\nPage 1 of 3\n\f"
	                "Direction - Hull\nmonthly.\n\n2. The first ends here.\n\n"
	                "DfE - Intervention\nPage 2 of 3\n\fDirection - Hull\n"
	                "3. The last.\nDfE - Intervention\nPage 3 of 3\n";
	char *w = NULL;
	size_t n = strlen(t), hidden = read_hide_furniture(t, n, &w);

	/* three footers, two headers, three page numbers */
	CHECK(hidden == 8 && w, "eight lines hidden (%zu)", hidden);
	if (w) {
		CHECK(!strstr(w, "DfE") && !strstr(w, "Direction") && strstr(w, "3. The last.\n"),
		      "footers and headers blanked: '%s'", w);
		CHECK(memchr(w, '\n', (size_t)(strstr(w, "monthly") - w)) ==
		          strstr(w, "monthly") - 1,
		      "the sentence the page break fell in reads on, with one line break");
	}
	free(w);
	t = "1. First page ends.\nPage 1 of 2\n\f2. Second page ends.\nPage 2 of 2\n";
	CHECK(read_hide_furniture(t, strlen(t), &w) == 2 && w && strstr(w, "First page ends.") &&
	          strstr(w, "Second page ends."),
	      "last lines that differ are kept");
	free(w);
}

/* A side-by-side table (its right column at column 30): each row read as its left cell,
 * then its right cell, the left cell's full stop moved to the end, within the row's
 * own bytes; spans found in the copy map back to the words in the original. */
/* A record's span [s, e]. */
static rec_t *span_of(size_t s, size_t e)
{
	rec_t *span = rec_array();

	rec_array_append_new(span, rec_integer((rec_int_t)s));
	rec_array_append_new(span, rec_integer((rec_int_t)e));
	return span;
}

static void table_columns_read_cell_by_cell(void)
{
	const char *t = "   Action                     Timescale\n"
	                "\n"
	                "   1.1 Set up a Board,        Within 6 weeks of the\n"
	                "   chaired by the Adviser.    date of this notice\n"
	                "\n"
	                "   1.2 Report to the Board.   Monthly\n";
	const char *row1 = "   1.1 Set up a Board, chaired by the Adviser   Within 6 weeks of the "
	                   "date of this notice.";
	char *w = NULL;
	struct read_columns m = {0};
	size_t n = strlen(t), r1 = (size_t)(strstr(t, "   1.1") - t),
	       r1e = (size_t)(strstr(t, "notice\n") - t) + 6,
	       joined = read_join_columns(t, n, &w, &m);

	CHECK(joined == 3 && w, "three rows joined (%zu)", joined);
	if (w) {
		size_t ch = (size_t)(strstr(w, "chaired") - w);
		struct arena arena = ARENA_INIT, *old = rec_arena_use(&arena);
		rec_t *obls = rec_array(),
		      *rec = rec_pack("span", span_of(ch, ch + 7), "obligations", obls, NULL);
		rec_array_append_new(obls, rec_pack("span", span_of(r1, r1 + strlen(row1)), NULL));
		CHECK(strlen(w) == n, "same length");
		CHECK(!strncmp(w + r1, row1, strlen(row1)) &&
		          strspn(w + r1 + strlen(row1), " ") == r1e - r1 - strlen(row1),
		      "row 1 read cell by cell: '%.*s'", (int)(r1e - r1), w + r1);
		CHECK(strstr(w, "   1.2 Report to the Board   Monthly.") &&
		          strstr(w, "   Action   Timescale"),
		      "row 1.2 and the header: '%s'", w);
		read_columns_remap(&m, rec);
		CHECK(rec_integer_value(rec_array_get(rec_object_get(rec, "span"), 0)) ==
		          strstr(t, "chaired") - t,
		      "a span inside a row maps to its words in the original");
		{
			const rec_t *sp = rec_object_get(
			    rec_array_get(rec_object_get(rec, "obligations"), 0), "span");
			CHECK((size_t)rec_integer_value(rec_array_get(sp, 0)) == r1 &&
			          (size_t)rec_integer_value(rec_array_get(sp, 1)) == r1e,
			      "a row's span maps to the row");
		}
		rec_arena_use(old);
		arena_release(&arena);
	}
	free(w);
	read_columns_release(&m);
	w = NULL;
	t = "Signed                         Date\n\nThe Council shall report.\n";
	CHECK(read_join_columns(t, strlen(t), &w, &m) == 0 && !w,
	      "one line split in two is no table");
	read_columns_release(&m);
}

int main(void)
{
	T_BEGIN("read_lex");
	RUN(spaces_match_line_breaks);
	RUN(search_equals_scan);
	RUN(stems_keep_answers);
	RUN(phrase_at_span_end);
	RUN(span_match_is_text_match);
	RUN(date_places_cover_month_words);
	RUN(copy_folds_white_space);
	RUN(page_furniture_hidden);
	RUN(running_footers_hidden);
	RUN(table_columns_read_cell_by_cell);
	RUN(date_forms);
	return T_END();
}
