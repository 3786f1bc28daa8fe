/*
 * test_report_feed.c: obligations as calendar events: the Kirklees 2018
 * direction's six-monthly reviews end the day before the improvement notice
 * revoked it (13 January 2020); the partnership deadline is one event; an
 * open series has no end; standing duties give nothing; UIDs are stable.
 */
#include "t.h"

#include "report/feed.h"

static cal_day D(int y, int m, int d)
{
	return cal_from_ymd(y, m, d);
}

static struct feed_item item(void)
{
	struct feed_item it;

	memset(&it, 0, sizeof(it));
	it.council = "Kirklees";
	it.instrument = "Statutory direction of 25 January 2018";
	it.document_sha = "abc123";
	it.document_name = "kirklees-direction-2018-01-25.txt";
	it.obligation_id = "7.g/1";
	it.bearer = "dfe";
	it.action = "performance review";
	it.clause_text = "performance reviews at 6 monthly intervals, from the date; of this direction";
	it.timing.kind = RULES_T_SERIES;
	it.timing.series.anchor = D(2018, 1, 25);
	it.timing.series.every.n = 6;
	it.timing.series.every.unit = CAL_MONTHS;
	it.horizon = D(2030, 1, 1);
	return it;
}

/* RFC 5545 unfolding: remove every CRLF followed by a space. */
static void unfold(struct strbuf *sb)
{
	size_t i, j = 0;

	for (i = 0; i < sb->len; i++) {
		if (i + 2 < sb->len && sb->buf[i] == '\r' && sb->buf[i + 1] == '\n' && sb->buf[i + 2] == ' ') {
			i += 2;
			continue;
		}
		sb->buf[j++] = sb->buf[i];
	}
	sb->len = j;
	sb->buf[j] = '\0';
}

static void ended_series(void)
{
	struct feed_item it = item();
	struct strbuf sb = STRBUF_INIT;
	struct err e = {0};

	it.ended = true;
	it.end = D(2020, 1, 13);
	CHECK(feed_add(&sb, &it, D(2026, 11, 23), &e) == 0, "%s", e.msg);
	CHECK(strstr(strbuf_str(&sb), "DTSTART;VALUE=DATE:20180725\r\n") != NULL, "first review");
	CHECK(strstr(strbuf_str(&sb), "RRULE:FREQ=MONTHLY;INTERVAL=6;UNTIL=20200112\r\n") != NULL,
	      "ends the day before revocation");
	CHECK(strstr(strbuf_str(&sb), "SUMMARY:Kirklees: performance review\r\n") != NULL, "summary");
	unfold(&sb);
	CHECK(strstr(strbuf_str(&sb), "from the date\\; of this direction") != NULL, "clause escaped");
	strbuf_release(&sb);
}

static void open_series_and_deadline(void)
{
	struct feed_item it = item();
	struct strbuf sb = STRBUF_INIT;
	struct err e = {0};

	CHECK(feed_add(&sb, &it, D(2026, 11, 23), &e) == 0, "%s", e.msg);
	CHECK(strstr(strbuf_str(&sb), "RRULE:FREQ=MONTHLY;INTERVAL=6\r\n") != NULL, "open: no end");
	strbuf_reset(&sb);
	it.timing.kind = RULES_T_DEADLINE;
	it.timing.due = D(2018, 4, 25);
	it.obligation_id = "7.e";
	CHECK(feed_add(&sb, &it, D(2026, 11, 23), &e) == 0, "%s", e.msg);
	CHECK(strstr(strbuf_str(&sb), "DTSTART;VALUE=DATE:20180425\r\n") != NULL, "deadline");
	CHECK(strstr(strbuf_str(&sb), "RRULE") == NULL, "no rule");
	strbuf_reset(&sb);
	it.timing.kind = RULES_T_NONE;
	CHECK(feed_add(&sb, &it, D(2026, 11, 23), &e) == 0 && sb.len == 0, "standing: nothing");
	strbuf_release(&sb);
}

static void stable_uids(void)
{
	struct feed_item a = item(), b = item();
	char ua[64], ub[64];

	b.clause_text = "reworded after a correction";
	feed_uid(&a, ua, sizeof(ua));
	feed_uid(&b, ub, sizeof(ub));
	CHECK_STR(ua, ub);
	b.obligation_id = "7.g/2";
	feed_uid(&b, ub, sizeof(ub));
	CHECK(strcmp(ua, ub) != 0, "another obligation, another UID");
}

int main(void)
{
	T_BEGIN("report_feed");
	RUN(ended_series);
	RUN(open_series_and_deadline);
	RUN(stable_uids);
	return T_END();
}
