/*
 * calendar.c: the register's dated obligations as an iCalendar feed
 * (RFC 5545), for `oversight calendar` and the web's subscription URLs.
 * Each dated obligation of a direction or notice becomes one all-day item
 * (src/report/feed.c): a deadline on its due date; a series as an RRULE
 * (or RDATEs) ending the day before its instrument ended, or open while it
 * is in force.  Timings come from ingest_timing(), the same function that
 * expands the occurrences `oversight due` lists, so both give the same
 * dates.  UIDs depend on the council, document and obligation only, so
 * re-ingesting changes none.  DTSTAMP is the as_of date: the same register
 * gives the same bytes.
 */
#include "../base/compat.h"

#include "../ingest/ingest.h"
#include "../report/feed.h"
#include "views.h"

struct cal_ctx {
	struct strbuf *out;
	cal_day as_of;
	struct err *e;
	int rc, n;
};

static const char *t(const struct store_val *v)
{
	return v->t == SV_TEXT ? v->s : NULL;
}

static int row(void *ctx, const struct store_val *c, int n)
{
	struct cal_ctx *k = ctx;
	struct feed_item it;
	struct err pe = {0};
	cal_day issued;
	char title[96];
	bool ended;

	if (n < 16)
		return 1;
	if (!t(&c[11]) || cal_parse_iso(strv_of(t(&c[11])), &issued, &pe) < 0)
		return 0;
	memset(&it, 0, sizeof it);
	it.council = t(&c[13]);
	snprintf(title, sizeof title, "%s of %s",
		 t(&c[10]) && !strcmp(t(&c[10]), "improvement_notice") ? "Improvement notice"
									: "Statutory direction",
		 t(&c[11]));
	it.instrument = title;
	it.document_sha = t(&c[9]);
	it.document_name = t(&c[14]);
	it.obligation_id = t(&c[0]);
	it.bearer = t(&c[1]);
	it.action = t(&c[2]);
	it.clause_text = t(&c[2]);
	it.horizon = cal_max_day();
	ingest_timing(t(&c[4]), t(&c[5]), t(&c[6]), t(&c[7]), t(&c[8]), t(&c[15]), issued,
		      &it.timing, &it.horizon);
	if (it.timing.kind == RULES_T_NONE)
		return 0;
	ended = t(&c[12]) && cal_parse_iso(strv_of(t(&c[12])), &it.end, &pe) == 0;
	it.ended = ended;
	if (feed_add(k->out, &it, k->as_of, k->e) < 0) {
		k->rc = -1;
		return 1;
	}
	k->n++;
	return 0;
}

static int one_council(struct store *s, int council, struct cal_ctx *k)
{
	char day[CAL_DATE_LEN];
	struct store_val p[] = {sv_int(council), sv_int(council),
				sv_text(cal_format_iso(k->as_of, day))};

	if (store_query(s, "SELECT b.ref, b.bearer, b.action, b.kind, b.due_date, b.every, "
			"b.anchor, b.first, b.until, i.sha256, i.kind, i.date, i.ended_on, c.name, "
			"d.name, b.day FROM obligations b JOIN instruments i ON i.sha256 = "
			"b.instrument JOIN councils c ON c.code = i.council LEFT JOIN documents d "
			"ON d.sha256 = i.sha256 WHERE (? = 0 OR i.council = ?) AND i.kind IN "
			"('direction', "
			"'improvement_notice') AND i.date <= ? AND (b.due_date IS NOT NULL OR "
			"b.every IS NOT NULL) ORDER BY c.name, i.date, i.sha256, b.id",
			p, 3, row, k, k->e) < 0 ||
	    k->rc < 0)
		return -1;
	return 0;
}

int views_calendar_set(struct store *s, const int *councils, size_t n, const char *calname,
		       cal_day as_of, struct strbuf *out, int *count, struct err *e)
{
	struct cal_ctx k = {out, as_of, e, 0, 0};
	size_t i;

	ics_begin(out, calname);
	for (i = 0; i < n; i++)
		if (one_council(s, councils[i], &k) < 0)
			return -1;
	ics_end(out);
	if (count)
		*count = k.n;
	return 0;
}

int views_calendar(struct store *s, int council, const char *calname, cal_day as_of,
		   struct strbuf *out, int *count, struct err *e)
{
	return views_calendar_set(s, &council, 1, calname, as_of, out, count, e);
}
