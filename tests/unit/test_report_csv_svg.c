/*
 * test_report_csv_svg.c: the CSV writer and reader (quoting, formula
 * neutralising, malformed input with line and column) and the SVG charts'
 * text alternatives and escaping.  Expected strings written by hand.
 */
#include "t.h"

#include "report/csv.h"
#include "report/svg.h"

static void csv_write(void)
{
	struct strbuf sb = STRBUF_INIT;
	const char *row[] = {"Kirklees", "7.e", "within three calendar months, of the date",
			     "say \"yes\"", "=HYPERLINK(\"x\")", "-12.5", "-x", "", NULL};

	csv_record(&sb, row, 9);
	CHECK_STR(strbuf_str(&sb), "Kirklees,7.e,\"within three calendar months, of the date\","
				   "\"say \"\"yes\"\"\",\"'=HYPERLINK(\"\"x\"\")\",-12.5,\"'-x\",,\r\n");
	strbuf_release(&sb);
}

static void csv_read_back(void)
{
	const char *in = "\xef\xbb\xbfname,note\r\nKirklees,\"two\nlines, and \"\"quotes\"\"\"\nStoke,plain\n";
	struct csv_reader r;
	struct strv f[8];
	size_t n;
	struct err e = {0};

	csv_reader_init(&r, strv_of(in));
	CHECK(csv_read(&r, f, 8, &n, &e) == 1 && n == 2 && strv_eq_ci(f[0], "name"), "header, BOM skipped");
	CHECK(csv_read(&r, f, 8, &n, &e) == 1 && n == 2, "record 2");
	CHECK(n == 2 && f[1].n == 23 && !memcmp(f[1].p, "two\nlines, and \"quotes\"", 23), "quoted field");
	CHECK(r.line == 2, "record 2 starts on line 2");
	CHECK(csv_read(&r, f, 8, &n, &e) == 1 && r.line == 4 && strv_eq_ci(f[0], "Stoke"),
	      "record 3 on line 4 (after a field spanning lines), line %ld", r.line);
	CHECK(csv_read(&r, f, 8, &n, &e) == 0, "end");
	csv_reader_release(&r);
}

static void csv_malformed(void)
{
	static const struct {
		const char *in, *msg;
	} cases[] = {
		{"a,b\nc,\"open", "line 2, column 3: a quoted field is not closed"},
		{"a,b\nc,d\"e\n", "line 2, column 4: a quote inside an unquoted field"},
		{"\"a\"x,b\n", "line 1, column 4: text after a closing quote"},
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct csv_reader r;
		struct strv f[8];
		size_t n;
		struct err e = {0};
		int rc;
		csv_reader_init(&r, strv_of(cases[i].in));
		while ((rc = csv_read(&r, f, 8, &n, &e)) == 1)
			;
		CHECK(rc == -1 && e.code == ERR_DATA, "case %zu fails", i);
		CHECK_STR(e.msg, cases[i].msg);
		csv_reader_release(&r);
	}
}

static void svg_line_desc(void)
{
	struct svg_point pts[] = {{"Jan 2020", 45, false}, {"Feb 2020", 40, false},
				  {"Mar 2020", 0, true},   {"Apr 2020", 62.5, false}};
	struct svg_line_chart c = {"reref", "Re-referrals", "%", pts, 4, true, 30, false};
	struct strbuf sb = STRBUF_INIT;

	svg_line_chart_desc(&sb, &c);
	CHECK_STR(strbuf_str(&sb), "Line chart of Re-referrals: 3 values from Jan 2020 (45%) to Apr "
				   "2020 (62.5%); lowest 40% (Feb 2020), highest 62.5% (Apr 2020). "
				   "Target 30%; lower is better.");
	strbuf_reset(&sb);
	svg_line_chart(&sb, &c);
	CHECK(strstr(strbuf_str(&sb), "role=\"img\" aria-labelledby=\"reref-title reref-desc\""),
	      "accessible");
	CHECK(strstr(strbuf_str(&sb), "class=\"target\""), "target line");
	/* The gap (missing March) breaks the line: two M commands. */
	CHECK(strstr(strbuf_str(&sb), " M") != NULL, "pen lifted over the gap");
	CHECK(!sb.failed, "no failure");
	strbuf_release(&sb);
}

static void svg_bars_escape(void)
{
	struct svg_bar bars[] = {{"Red <R&D>", 2, "rag-red"}, {"Green", 5, NULL}};
	struct svg_bar_chart c = {"rag", "RAG \"status\"", "", bars, 2};
	struct strbuf sb = STRBUF_INIT;

	svg_bar_chart(&sb, &c);
	CHECK(strstr(strbuf_str(&sb), "Red &lt;R&amp;D&gt;") != NULL, "label escaped");
	CHECK(strstr(strbuf_str(&sb), "RAG &quot;status&quot;") != NULL, "title escaped");
	CHECK(strstr(strbuf_str(&sb), "<R&D>") == NULL, "nothing raw");
	strbuf_reset(&sb);
	svg_bar_chart_desc(&sb, &c);
	CHECK_STR(strbuf_str(&sb), "Bar chart of RAG \"status\": Red <R&D> 2; Green 5.");
	strbuf_release(&sb);
}

int main(void)
{
	T_BEGIN("report_csv_svg");
	RUN(csv_write);
	RUN(csv_read_back);
	RUN(csv_malformed);
	RUN(svg_line_desc);
	RUN(svg_bars_escape);
	return T_END();
}
