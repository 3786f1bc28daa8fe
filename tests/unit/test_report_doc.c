/*
 * test_report_doc.c: one document in HTML and Markdown: structure,
 * escaping of hostile text, charts followed by their tables.  The Markdown
 * expectation is typed by hand.
 */
#include "t.h"

#include "report/doc.h"

static void build(struct doc *d, enum doc_format f, struct strbuf *out)
{
	const char *keys[] = {"Stage", "Since"};
	const char *vals[] = {"direction_commissioner", "2019-10-31"};
	const char *h[] = {"objective", "RAG"};
	const char *r1[] = {"Front door <MASH> & triage", "red"};
	enum table_style st[] = {TABLE_PLAIN, TABLE_RED};
	struct svg_bar bars[] = {{"red", 1, "rag-red"}};
	struct svg_bar_chart c = {"rag", "RAG summary", "", bars, 1};
	struct table t;

	table_init(&t, 2, h, 0);
	table_add_row(&t, r1, st);
	doc_begin(d, f, out, "Board report: Stoke-on-Trent", "Period to 30 April 2020");
	doc_facts(d, keys, vals, 2);
	doc_heading(d, 2, "Objectives slow to progress");
	doc_table(d, "Slow objectives", &t);
	doc_bar_chart(d, &c, &t);
	doc_para(d, "Text with *stars* and | pipes");
	doc_end(d);
	table_release(&t);
}

static void markdown(void)
{
	struct strbuf sb = STRBUF_INIT;
	struct doc d;

	build(&d, DOC_MARKDOWN, &sb);
	CHECK_STR(strbuf_str(&sb),
		  "# Board report: Stoke-on-Trent\n\nPeriod to 30 April 2020\n\n"
		  "- **Stage:** direction\\_commissioner\n- **Since:** 2019-10-31\n\n"
		  "## Objectives slow to progress\n\n"
		  "**Slow objectives**\n\n| objective | RAG |\n|---|---|\n"
		  "| Front door \\<MASH\\> & triage | red |\n\n"
		  "*Bar chart of RAG summary: red 1.*\n\n"
		  "**RAG summary**\n\n| objective | RAG |\n|---|---|\n"
		  "| Front door \\<MASH\\> & triage | red |\n\n"
		  "Text with \\*stars\\* and \\| pipes\n\n");
	strbuf_release(&sb);
}

static void html(void)
{
	struct strbuf sb = STRBUF_INIT;
	struct doc d;
	const char *s;

	build(&d, DOC_HTML, &sb);
	s = strbuf_str(&sb);
	CHECK(!strncmp(s, "<!DOCTYPE html>\n<html lang=\"en\">", 32), "doctype and language");
	CHECK(strstr(s, "<title>Board report: Stoke-on-Trent</title>") != NULL, "title");
	CHECK(strstr(s, "Front door &lt;MASH&gt; &amp; triage") != NULL, "escaped");
	CHECK(strstr(s, "<MASH>") == NULL, "nothing raw");
	CHECK(strstr(s, "<td class=\"s-red\">red</td>") != NULL, "RAG class");
	CHECK(strstr(s, "<figure>\n<svg") != NULL, "inline svg");
	CHECK(strstr(s, "<script") == NULL, "no script");
	CHECK(strstr(s, "</main>\n</body>\n</html>\n") != NULL, "closed");
	strbuf_release(&sb);
}

int main(void)
{
	T_BEGIN("report_doc");
	RUN(markdown);
	RUN(html);
	return T_END();
}
