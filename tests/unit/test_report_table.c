/*
 * test_report_table.c: aligned tables: widths in characters, the flexible
 * column cut with an ellipsis to fit 80 columns, right-aligned numbers,
 * colour only when asked, and the CSV form.  Expected text typed by hand.
 */
#include "t.h"

#include "report/table.h"

static void aligned(void)
{
	const char *h[] = {"due", "council", "n"};
	const char *r1[] = {"2018-04-25", "Kirklees", "1"};
	const char *r2[] = {"2020-01-31", "Stoke-on-Trent", "12"};
	struct table t;
	struct strbuf sb = STRBUF_INIT;

	table_init(&t, 3, h, 1);
	t.right[2] = true;
	table_add_row(&t, r1, NULL);
	table_add_row(&t, r2, NULL);
	table_render(&t, &sb, 80, false);
	CHECK_STR(strbuf_str(&sb), "due         council          n\n"
				   "2018-04-25  Kirklees         1\n"
				   "2020-01-31  Stoke-on-Trent  12\n");
	strbuf_reset(&sb);
	table_render_csv(&t, &sb);
	CHECK_STR(strbuf_str(&sb), "due,council,n\r\n2018-04-25,Kirklees,1\r\n2020-01-31,Stoke-on-Trent,12\r\n");
	table_release(&t);
	strbuf_release(&sb);
}

static void cut_to_width(void)
{
	const char *h[] = {"clause", "duty"};
	const char *r1[] = {"7.e", "Within three calendar months of the date of this direction, enter into a strategic partnership agreement with Leeds City Council"};
	struct table t;
	struct strbuf sb = STRBUF_INIT;
	const char *nl;

	table_init(&t, 2, h, 1);
	table_add_row(&t, r1, NULL);
	table_render(&t, &sb, 40, false);
	nl = strchr(strbuf_str(&sb), '\n');
	CHECK(nl != NULL, "two lines");
	CHECK_STR(nl + 1, "7.e     Within three calendar months of…\n");
	table_release(&t);
	strbuf_release(&sb);
}

static void utf8_widths(void)
{
	const char *h[] = {"name", "x"};
	const char *r1[] = {"Ynys Môn", "1"};
	const char *r2[] = {"Kirklees", "2"};
	struct table t;
	struct strbuf sb = STRBUF_INIT;

	table_init(&t, 2, h, -1);
	table_add_row(&t, r1, NULL);
	table_add_row(&t, r2, NULL);
	table_render(&t, &sb, 80, false);
	CHECK_STR(strbuf_str(&sb), "name      x\nYnys Môn  1\nKirklees  2\n");
	table_release(&t);
	strbuf_release(&sb);
}

static void colour_only_when_asked(void)
{
	const char *h[] = {"status"};
	const char *r1[] = {"overdue"};
	enum table_style st[] = {TABLE_RED};
	struct table t;
	struct strbuf sb = STRBUF_INIT;

	table_init(&t, 1, h, -1);
	table_add_row(&t, r1, st);
	table_render(&t, &sb, 80, false);
	CHECK(strchr(strbuf_str(&sb), '\033') == NULL, "no escapes without colour");
	strbuf_reset(&sb);
	table_render(&t, &sb, 80, true);
	CHECK(strstr(strbuf_str(&sb), "\033[31moverdue\033[0m") != NULL, "red with colour");
	table_release(&t);
	strbuf_release(&sb);
}

int main(void)
{
	T_BEGIN("report_table");
	RUN(aligned);
	RUN(cut_to_width);
	RUN(utf8_widths);
	RUN(colour_only_when_asked);
	return T_END();
}
