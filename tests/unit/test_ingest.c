/*
 * test_ingest.c: the ingest pipeline against a real database (SQLite by
 * default; tests/check/21-store-pg.sh runs the same binary against
 * PostgreSQL through OVERSIGHT_TEST_DB), on the example instruments in
 * data/documents/.  Expectations come from reading the documents:
 *
 *   - Kirklees direction, 25 January 2018, revokes "the first direction"
 *     of 25 November 2016 (not among the documents: known only from that
 *     recital); the improvement notice of 13 January 2020 revokes "the
 *     Direction issued on 25 January 2018".  So the direction is in force on
 *     2019-06-01 and not on 2020-02-01, the first direction is in force on
 *     2017-01-01 and appears in Kirklees's history.
 *   - Direction 7.e: partnership agreement within 3 months = 2018-04-25.
 *     7.g: six-monthly reviews, bi-monthly meetings, quarterly reports,
 *     all from 25 January 2018 until the direction ends (13 January 2020):
 *     reviews 2018-07-25, 2019-01-25, 2019-07-25 (3); meetings every two
 *     months from 2018-03-25 to 2019-11-25 (11); quarterly 2018-04-25 to
 *     2019-10-25 (7).
 *   - Every order of ingesting the four documents gives the same register.
 */
#include "base/compat.h"

#include "base/strbuf.h"
#include "ingest/ingest.h"
#include "rules/schedule.h"
#include "t.h"
#include "db.h"

static char url[1024], tmpdir[256];

static const char *const docs[] = {
	"data/documents/kirklees-direction-2018-01-25.txt",
	"data/documents/kirklees-improvement-notice-2020-01-13.txt",
	"data/documents/kirklees-minister-letter-2017-06-30.txt",
	"data/documents/stoke-on-trent-direction-2019-10-31.txt",
};
#define KIRKLEES 382
#define DIRECTION "a38963dc96a8ac9c91883df3c475ddb46d64ae0f1db8b1cf5900f83ff648aac6"

/* An initialised register with the councils loaded, as `oversight db init` leaves it. */
static struct store *fresh_register(void)
{
	struct store *s = fresh(url);
	struct err e = {0};
	int changed;

	if (s && (store_write_begin(s, &e) < 0 || store_councils_load(s, &changed, &e) < 0 ||
		  store_write_commit(s, &e) < 0)) {
		CHECK(0, "councils: %s", e.msg);
		store_close(s);
		return NULL;
	}
	return s;
}

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *b = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (b = malloc((size_t)n + 1)) && fread(b, 1, (size_t)n, f) == (size_t)n)
		*len = (size_t)n;
	else {
		free(b);
		b = NULL;
	}
	fclose(f);
	return b;
}

static int ingest_file(struct store *s, const char *path, struct ingest_result *r,
		       struct err *e)
{
	size_t len = 0;
	unsigned char *b = slurp(path, &len);
	int rc;

	if (!b)
		return err_set(e, ERR_NOINPUT, "cannot read %s", path);
	if (store_write_begin(s, e) < 0) {
		free(b);
		return -1;
	}
	rc = ingest_document(s, path, b, len, r, e);
	if (rc == 0)
		rc = store_write_commit(s, e);
	else
		store_write_rollback(s);
	free(b);
	return rc;
}

static int dump_row(void *ctx, const struct store_val *c, int n)
{
	struct strbuf *sb = ctx;
	int i;
	for (i = 0; i < n; i++) {
		if (c[i].t == SV_INT)
			strbuf_addf(sb, "%lld", (long long)c[i].i);
		else if (c[i].t == SV_TEXT)
			strbuf_addf(sb, "%s", c[i].s);
		else
			strbuf_addf(sb, "-");
		strbuf_addf(sb, i + 1 < n ? "|" : "\n");
	}
	return 0;
}

/* The register's state, without ids or the audit log (which record order). */
static void dump(struct store *s, struct strbuf *sb)
{
	static const char *const q[] = {
		"SELECT sha256, council, kind, date, title, status, ended_on, ended_by FROM "
		"instruments ORDER BY sha256",
		"SELECT by_instrument, n, council, kind, date, first, on_date, words, target FROM "
		"revocations ORDER BY by_instrument, n",
		"SELECT instrument, ref, clause, bearer, to_party, kind, due_date, every, anchor, "
		"first FROM obligations ORDER BY instrument, ref",
		"SELECT b.instrument, b.ref, o.k, o.due_date, o.derivation FROM occurrences o JOIN "
		"obligations b ON b.id = o.obligation ORDER BY b.instrument, b.ref, o.k",
		"SELECT instrument, kind, date, end_date, detail FROM events ORDER BY instrument, "
		"kind, date, detail",
		"SELECT instrument, area, grade, report_date FROM judgements WHERE instrument IS NOT "
		"NULL ORDER BY instrument, area, report_date, grade",
		"SELECT instrument, person, role FROM appointments ORDER BY instrument, person",
	};
	struct err e = {0};
	size_t i;
	for (i = 0; i < ARRAY_SIZE(q); i++) {
		strbuf_addf(sb, "--\n");
		CHECK(store_query(s, q[i], NULL, 0, dump_row, sb, &e) == 0, "%s", e.msg);
	}
}

static int in_force_row(void *ctx, const struct store_instrument_row *r)
{
	strbuf_addf(ctx, "%s %s %s;", r->kind, r->date, r->status);
	return 0;
}

static void in_force(struct store *s, const char *day, struct strbuf *out)
{
	struct err e = {0};
	strbuf_reset(out);
	CHECK(store_in_force(s, KIRKLEES, day, in_force_row, out, &e) == 0, "%s", e.msg);
}

static void test_kirklees(void)
{
	struct store *s = fresh_register();
	struct ingest_result r;
	struct err e = {0};
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	if (!s)
		return;
	for (i = 0; i < ARRAY_SIZE(docs); i++)
		CHECK(ingest_file(s, docs[i], &r, &e) == 0, "%s: %s", docs[i], e.msg);
	in_force(s, "2019-06-01", &sb);
	CHECK_STR(strbuf_str(&sb), "direction 2018-01-25 needs_review;");
	in_force(s, "2020-02-01", &sb);
	CHECK_STR(strbuf_str(&sb), "improvement_notice 2020-01-13 ok;");
	in_force(s, "2017-01-01", &sb);
	CHECK_STR(strbuf_str(&sb), "direction 2016-11-25 recital;");
	in_force(s, "2016-11-24", &sb);
	CHECK_STR(strbuf_str(&sb), "");
	CHECK(count(s, "SELECT count(*) FROM instruments WHERE sha256 = '" DIRECTION
		       "' AND ended_on = '2020-01-13'") == 1,
	      "the direction ends on the notice's date");
	CHECK(count(s, "SELECT count(*) FROM occurrences o JOIN obligations b ON b.id = "
		       "o.obligation WHERE b.instrument = '" DIRECTION "'") == 1 + 3 + 11 + 7 + 7,
	      "occurrences of the direction: 7.e, 7.g reviews, meetings, reports, annex 3.h");
	CHECK(count(s, "SELECT count(*) FROM occurrences o JOIN obligations b ON b.id = "
		       "o.obligation WHERE b.instrument = '" DIRECTION "' AND b.ref = '7.e' AND "
		       "o.due_date = '2018-04-25'") == 1,
	      "7.e partnership agreement due 2018-04-25");
	CHECK(count(s, "SELECT count(*) FROM occurrences o JOIN obligations b ON b.id = "
		       "o.obligation WHERE b.instrument = '" DIRECTION "' AND o.due_date >= "
		       "'2020-01-13' AND b.kind = 'recurring'") == 0,
	      "no occurrence of a series on or after the direction's end");
	CHECK(count(s, "SELECT count(*) FROM revocations WHERE council = 382 AND date = "
		       "'2016-11-25' AND target IS NULL AND first = 1") == 1,
	      "the first direction is known only from the recital");
	/* The same bytes again change nothing. */
	{
		int64_t before = count(s, "SELECT count(*) FROM audit");
		CHECK(ingest_file(s, docs[0], &r, &e) == 0 && !r.added, "re-ingest: %s", e.msg);
		CHECK(count(s, "SELECT count(*) FROM audit") == before, "re-ingest writes nothing");
	}
	strbuf_release(&sb);
	store_close(s);
}

static int history_row(void *ctx, const struct store_history_item *h)
{
	strbuf_addf(ctx, "%s %s %s\n", h->date, h->what, h->detail);
	return 0;
}

static void test_history_has_recital(void)
{
	struct store *s = fresh_register();
	struct ingest_result r;
	struct err e = {0};
	struct strbuf sb = STRBUF_INIT;

	if (!s)
		return;
	CHECK(ingest_file(s, docs[0], &r, &e) == 0, "%s", e.msg);
	CHECK(store_council_history(s, KIRKLEES, history_row, &sb, &e) == 0, "%s", e.msg);
	CHECK(strstr(strbuf_str(&sb), "2016-11-25 instrument direction known only from a recital: "
				      "the first direction") != NULL,
	      "history:\n%s", strbuf_str(&sb));
	CHECK(strstr(strbuf_str(&sb), "2018-01-25 instrument_end direction of 2016-11-25 revoked "
				      "by " DIRECTION) != NULL,
	      "history:\n%s", strbuf_str(&sb));
	strbuf_release(&sb);
	store_close(s);
}

static void test_every_order(void)
{
	static const int perm[24][4] = {
		{0, 1, 2, 3}, {0, 1, 3, 2}, {0, 2, 1, 3}, {0, 2, 3, 1}, {0, 3, 1, 2}, {0, 3, 2, 1},
		{1, 0, 2, 3}, {1, 0, 3, 2}, {1, 2, 0, 3}, {1, 2, 3, 0}, {1, 3, 0, 2}, {1, 3, 2, 0},
		{2, 0, 1, 3}, {2, 0, 3, 1}, {2, 1, 0, 3}, {2, 1, 3, 0}, {2, 3, 0, 1}, {2, 3, 1, 0},
		{3, 0, 1, 2}, {3, 0, 2, 1}, {3, 1, 0, 2}, {3, 1, 2, 0}, {3, 2, 0, 1}, {3, 2, 1, 0},
	};
	struct strbuf first = STRBUF_INIT, now = STRBUF_INIT;
	int p, i;

	for (p = 0; p < 24; p++) {
		struct store *s = fresh_register();
		struct ingest_result r;
		struct err e = {0};
		if (!s)
			return;
		for (i = 0; i < 4; i++)
			CHECK(ingest_file(s, docs[perm[p][i]], &r, &e) == 0, "%s", e.msg);
		strbuf_reset(&now);
		dump(s, &now);
		if (p == 0)
			strbuf_addf(&first, "%s", strbuf_str(&now));
		else
			CHECK(!strcmp(strbuf_str(&first), strbuf_str(&now)),
			      "order %d%d%d%d differs from 0123", perm[p][0], perm[p][1], perm[p][2],
			      perm[p][3]);
		store_close(s);
	}
	CHECK(strlen(strbuf_str(&first)) > 1000, "the dump is not empty");
	strbuf_release(&first);
	strbuf_release(&now);
}

static void test_refusals(void)
{
	struct store *s = fresh_register();
	struct ingest_result r;
	struct err e = {0};
	int64_t audit;

	if (!s)
		return;
	audit = count(s, "SELECT count(*) FROM audit");
	/* Borsetshire is fictional: not an English children's services authority. */
	CHECK(ingest_file(s, "tests/golden/read/synthetic/borsetshire-direction.txt", &r, &e) < 0 &&
		      e.code == ERR_DATA && strstr(e.msg, "unknown council") &&
		      strstr(e.msg, "Borsetshire"),
	      "unknown council: %s", e.msg);
	err_clear(&e);
	CHECK(ingest_file(s, "data/SOURCES.md", &r, &e) < 0 && e.code == ERR_DATA,
	      "not an instrument: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM audit") == audit &&
		      count(s, "SELECT count(*) FROM documents") == 0,
	      "nothing written by a refused ingest");
	store_close(s);
}

static void test_evidence_survives_end(void)
{
	struct store *s = fresh_register();
	struct ingest_result r;
	struct err e = {0};
	int64_t occ = 0, ev = 0;

	if (!s)
		return;
	/* The direction alone: its series run ten years ahead. */
	CHECK(ingest_file(s, docs[0], &r, &e) == 0, "%s", e.msg);
	CHECK(store_occurrence_find(s, KIRKLEES, "7.g/1", "2021-01-25", &occ, &e) == 0,
	      "a review after the (not yet known) end: %s", e.msg);
	CHECK(store_write_begin(s, &e) == 0 &&
		      store_evidence_put(s, occ, "2021-01-20", "held", NULL, &ev, &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "evidence: %s", e.msg);
	/* The notice ends the direction: later occurrences go, but not one with evidence. */
	CHECK(ingest_file(s, docs[1], &r, &e) == 0 && r.resolved == 1, "%s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM evidence") == 1, "evidence kept");
	CHECK(count(s, "SELECT count(*) FROM occurrences o JOIN obligations b ON b.id = "
		       "o.obligation WHERE b.instrument = '" DIRECTION "' AND o.due_date >= "
		       "'2020-01-13'") == 1,
	      "only the occurrence with evidence outlives the end");
	CHECK(store_occurrence_find(s, KIRKLEES, "7.g/1", NULL, &occ, &e) < 0 &&
		      strstr(e.msg, "has 4 occurrences") && strstr(e.msg, "--due"),
	      "ambiguous reference named: %s", e.msg);
	store_close(s);
}

static void test_review(void)
{
	struct store *s = fresh_register();
	struct ingest_result r;
	struct err e = {0};

	if (!s)
		return;
	CHECK(ingest_file(s, docs[0], &r, &e) == 0 && r.needs_review, "%s", e.msg);
	/* Read "bi-monthly" as twice a month instead: the meetings' dates change. */
	CHECK(store_write_begin(s, &e) == 0 &&
		      ingest_correct(s, DIRECTION, "obligation.7.g/2.every", "P1M", &e) == 0 &&
		      store_write_commit(s, &e) == 0,
	      "correct: %s", e.msg);
	CHECK(count(s, "SELECT count(*) FROM corrections WHERE field = 'obligation.7.g/2.every' "
		       "AND extracted = 'P2M' AND value = 'P1M' AND who = 'contract'") == 1,
	      "the correction keeps the extracted value, who and when");
	CHECK(count(s, "SELECT count(*) FROM occurrences o JOIN obligations b ON b.id = "
		       "o.obligation WHERE b.ref = '7.g/2' AND o.due_date = '2018-02-25'") == 1,
	      "monthly now: 2018-02-25 is a meeting");
	CHECK(count(s, "SELECT count(*) FROM instruments WHERE status = 'reviewed'") == 1,
	      "reviewed");
	CHECK(store_write_begin(s, &e) == 0 &&
		      ingest_correct(s, DIRECTION, "obligation.7.g/2.every", "fortnightly-ish",
				     &e) < 0 &&
		      e.code == ERR_DATA,
	      "a bad period is refused: %s", e.msg);
	store_write_rollback(s);
	store_close(s);
}

/* The timing an obligation's stored fields give (ingest_timing()), worked out by
 * hand for the Worcestershire direction of 21 January 2021, 7: "within 3 months
 * of the date of this Direction and thereafter every three months" (due
 * 2021-04-21, every P3M, first 2021-04-21). */
static void test_timing_compound(void)
{
	struct rules_timing t;
	struct rules_occ occ[4];
	cal_day issued = cal_from_ymd(2021, 1, 21), h = 0;
	struct err e = {0};
	char a[CAL_DATE_LEN];
	int n;

	/* both: the series, its first occurrence the deadline */
	ingest_timing("2021-04-21", "P3M", "instrument_date", "2021-04-21", "in_force", NULL,
	              issued, &t, &h);
	CHECK(t.kind == RULES_T_SERIES, "kind %d", (int)t.kind);
	n = rules_schedule(&t, false, 0, cal_from_ymd(2021, 12, 31), occ, 4, &e);
	CHECK(n == 3, "%d occurrences: %s", n, e.msg);
	if (n == 3) {
		CHECK_STR(cal_format_iso(occ[0].due, a), "2021-04-21");
		CHECK_STR(cal_format_iso(occ[1].due, a), "2021-07-21");
		CHECK_STR(cal_format_iso(occ[2].due, a), "2021-10-21");
	}
	/* "within six months of his appointment and thereafter every three months",
	 * the appointment dated 1 March 2019: the series runs from its first date */
	ingest_timing("2019-09-01", "P3M", "event:appointment", "2019-09-01", "in_force", NULL,
	              cal_from_ymd(2019, 3, 1), &t, &h);
	CHECK(t.kind == RULES_T_SERIES && t.series.anchor == cal_from_ymd(2019, 9, 1), "kind %d",
	      (int)t.kind);
	/* the appointment not dated, no first: the deadline alone, if any */
	ingest_timing("2019-09-01", "P3M", "event:appointment", NULL, NULL, NULL, issued, &t, &h);
	CHECK(t.kind == RULES_T_DEADLINE && t.due == cal_from_ymd(2019, 9, 1), "kind %d",
	      (int)t.kind);
	ingest_timing(NULL, "P3M", "event:appointment", NULL, NULL, NULL, issued, &t, &h);
	CHECK(t.kind == RULES_T_NONE, "kind %d", (int)t.kind);
	/* a deadline alone */
	ingest_timing("2021-03-31", NULL, NULL, NULL, NULL, NULL, issued, &t, &h);
	CHECK(t.kind == RULES_T_DEADLINE && t.due == cal_from_ymd(2021, 3, 31), "kind %d",
	      (int)t.kind);
}

/* A day rule kept with the series (obligations.day): Buckinghamshire, 18 May 2016, "on
 * the first Monday of every month" (6 June, 4 July, 1 August, 5 September, 3 October
 * 2016); Havering, 21 May 2018, "the last working day of each quarter" from the end of
 * June (29 June 2018 a Friday; 28 September; 31 December; 29 March 2019), read off a
 * calendar. */
static void test_timing_day_rule(void)
{
	static const int bucks[][3] = {
	    {2016, 6, 6}, {2016, 7, 4}, {2016, 8, 1}, {2016, 9, 5}, {2016, 10, 3}};
	static const int haver[][3] = {{2018, 6, 29}, {2018, 9, 28}, {2018, 12, 31}, {2019, 3, 29}};
	struct rules_timing t;
	struct rules_occ occ[8];
	cal_day h = 0;
	struct err e = {0};
	int n, i;

	ingest_timing("2016-06-06", "P1M", "instrument_date", "2016-06-06", "in_force", "1MO",
	              cal_from_ymd(2016, 5, 18), &t, &h);
	CHECK(t.kind == RULES_T_SERIES && t.series.day.kind == CAL_DAY_WEEKDAY, "kind %d",
	      (int)t.kind);
	n = rules_schedule(&t, false, 0, cal_from_ymd(2016, 10, 31), occ, 8, &e);
	CHECK(n == 5, "%d occurrences: %s", n, e.msg);
	for (i = 0; i < n && i < 5; i++)
		CHECK(occ[i].due == cal_from_ymd(bucks[i][0], bucks[i][1], bucks[i][2]),
		      "occurrence %d", i + 1);
	ingest_timing(NULL, "P3M", "quarter_end", "2018-06-29", "in_force", "-1WD",
	              cal_from_ymd(2018, 5, 21), &t, &h);
	n = rules_schedule(&t, false, 0, cal_from_ymd(2019, 4, 30), occ, 8, &e);
	CHECK(n == 4, "%d occurrences: %s", n, e.msg);
	for (i = 0; i < n && i < 4; i++)
		CHECK(occ[i].due == cal_from_ymd(haver[i][0], haver[i][1], haver[i][2]),
		      "occurrence %d", i + 1);
	/* a day rule on a weekly series, or one that does not parse: not applied */
	ingest_timing(NULL, "P2W", "instrument_date", NULL, "in_force", "1MO",
	              cal_from_ymd(2016, 5, 18), &t, &h);
	CHECK(t.series.day.kind == CAL_DAY_NONE, "weekly series keeps no day rule");
	ingest_timing(NULL, "P1M", "instrument_date", NULL, "in_force", "5MO",
	              cal_from_ymd(2016, 5, 18), &t, &h);
	CHECK(t.series.day.kind == CAL_DAY_NONE, "5MO is no rule");
}

int main(void)
{
	const char *a = getenv("OVERSIGHT_TEST_DB");

	T_BEGIN(a && is_pg(a) ? "ingest_pg" : "ingest_sqlite");
	if (a) {
		snprintf(url, sizeof url, "%s", a);
	} else {
		char tmpl[] = "/tmp/oversight-ingest-XXXXXX";
		if (!mkdtemp(tmpl)) {
			printf("FAIL ingest: mkdtemp\n");
			return 1;
		}
		snprintf(tmpdir, sizeof tmpdir, "%s", tmpl);
		snprintf(url, sizeof url, "%s/a.db", tmpdir);
	}
	RUN(test_kirklees);
	RUN(test_history_has_recital);
	RUN(test_every_order);
	RUN(test_refusals);
	RUN(test_evidence_survives_end);
	RUN(test_review);
	RUN(test_timing_compound);
	RUN(test_timing_day_rule);
	if (tmpdir[0]) {
		wipe(url);
		rmdir(tmpdir);
	}
	return T_END();
}
