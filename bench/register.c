/*
 * register.c: a synthetic national register, and the register's query
 * benchmark (bench/bench_register.sh runs both, on SQLite and PostgreSQL).
 *
 *   build/bench/register gen   --db URL [--seed N] [--councils N] [--years N]
 *   build/bench/register query --db URL [--runs N]
 *
 * gen fills an empty register (after `oversight db init`) through the real
 * write path: ingest_record() with synthetic "oversight.instrument/1"
 * records, so documents, records, obligations, occurrences and revocations
 * are made and audited exactly as for real ones; then evidence for most
 * past occurrences through store_evidence_put().  For each council, over
 * `years` years to the end of 2024: Ofsted inspections every 2-4 years;
 * after an inadequate one (60%), a direction (with a commissioner for about
 * half) for two to four and a half years, carrying a deadline and recurring
 * duties, then an improvement notice revoking it for one to three years,
 * and so on: most councils spend most of the twenty years in intervention,
 * which is denser than life but gives the volume the benchmark asks for.  Each instrument's recurring duties (weekly
 * case audits, fortnightly practice meetings, monthly boards and reports,
 * six-weekly highlight reports, quarterly reviews and updates, six-monthly
 * DfE reviews) carry their instrument's known end as `until`, so nothing
 * is expanded past it.  Deterministic for a seed.  Prints instruments/s,
 * occurrences/s, evidence/s and totals.
 *
 * query measures p50/p99 (nanosecond clock, many random runs) of the four
 * queries the views rest on: instruments in force for one council on a
 * random date, and for every council; occurrences due in a 90-day range for
 * one council, and in a 30-day range for the country.
 */
#include "../src/base/compat.h"

#include <jansson.h>

#include "../src/cal/period.h"
#include "../src/ingest/ingest.h"
#include "../src/store/store.h"
#include "clock.h"

static uint64_t rng = 88172645463325252ull;

static uint32_t rnd(uint32_t n) /* xorshift64, uniform enough for a bench */
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

static void die(const char *what, const struct err *e)
{
	fprintf(stderr, "register: %s: %s\n", what, e->msg);
	exit(1);
}

struct duty {
	const char *every, *bearer, *to, *action;
};

static const struct duty recurring[] = {
	{"P1W", "council", "commissioner", "a weekly audit of a sample of case files"},
	{"P1W", "council", "dfe", "weekly performance data on contacts, referrals and assessments"},
	{"P1W", "commissioner", "council", "weekly visits to front-line teams"},
	{"P1W", "council", "improvement_board", "a weekly caseload and vacancy return"},
	{"P1W", "council", "commissioner", "weekly legal gateway and placement panels"},
	{"P1W", "council", "dfe", "a weekly return on children in care placements"},
	{"P1W", "council", "commissioner", "a weekly audit of supervision records"},
	{"P1W", "council", "improvement_board", "a weekly front door (MASH) audit"},
	{"P1W", "council", "dfe", "weekly workforce and agency staffing figures"},
	{"P1W", "commissioner", "dfe", "a weekly note of the improvement programme's risks"},
	{"P1W", "council", "commissioner", "weekly reviews of children on child protection plans"},
	{"P2W", "council", "dfe", "fortnightly practice improvement meetings"},
	{"P2W", "commissioner", "council", "fortnightly meetings with the Director of Children's Services"},
	{"P1M", "commissioner", NULL, "chair the improvement board, meeting monthly"},
	{"P1M", "council", "improvement_board", "a monthly performance report"},
	{"P1M", "commissioner", "minister", "monthly written updates to the Minister"},
	{"P6W", "council", "dfe", "six-weekly highlight reports"},
	{"P3M", "dfe", NULL, "performance reviews at 3 monthly intervals"},
	{"P3M", "governance_board", "dfe", "quarterly reports"},
	{"P6M", "dfe", NULL, "performance reviews at 6 monthly intervals"},
};

static void iso(cal_day d, char out[CAL_DATE_LEN]) { cal_format_iso(d, out); }

/* One synthetic instrument record; ends (the day it stops) bounds its series. */
static char *record(const char *council, const char *kind, cal_day date, cal_day ends,
		    cal_day revokes, const char *revokes_kind, bool commissioner, int seq)
{
	char d[CAL_DATE_LEN], u[CAL_DATE_LEN], r[CAL_DATE_LEN], due[CAL_DATE_LEN], title[160];
	json_t *rec, *obl = json_array(), *apps = json_array(), *rev = json_array();
	size_t i;
	char *s;

	iso(date, d);
	iso(ends - 1, u);
	iso(cal_add_months(date, 3, NULL), due);
	snprintf(title, sizeof title, "%s to %s (synthetic %d)",
		 strcmp(kind, "direction") ? "IMPROVEMENT NOTICE" : "STATUTORY DIRECTION", council,
		 seq);
	json_array_append_new(obl, json_pack("{s:s, s:s, s:s, s:s, s:s, s:{s:s, s:s}}", "id", "1",
					     "clause", "1", "bearer", "council", "kind", "deadline",
					     "action", "submit an improvement plan within three months",
					     "due", "rule", "within", "date", due));
	for (i = 0; i < ARRAY_SIZE(recurring); i++) {
		char id[16];
		if (!strcmp(kind, "improvement_notice") && i % 2)
			continue; /* a notice asks less */
		snprintf(id, sizeof id, "2.%zu", i + 1);
		json_array_append_new(
			obl, json_pack("{s:s, s:s, s:s, s:s?, s:s, s:s, s:{s:s, s:s, s:s}}", "id", id,
				       "clause", id, "bearer", recurring[i].bearer, "to",
				       recurring[i].to, "kind", "recurring", "action",
				       recurring[i].action, "recurrence", "every", recurring[i].every,
				       "anchor", "instrument_date", "until", u));
	}
	if (commissioner)
		json_array_append_new(apps, json_pack("{s:s, s:s}", "person", "A Commissioner",
						      "role", "commissioner"));
	if (revokes) {
		iso(revokes, r);
		json_array_append_new(rev, json_pack("{s:s, s:s}", "what", revokes_kind, "date", r));
	}
	rec = json_pack("{s:s, s:{s:s, s:s}, s:s, s:s, s:{s:s}, s:{s:s}, s:[], s:[], s:o, s:o, "
			"s:o, s:[]}",
			"schema", "oversight.instrument/1", "source", "name", "(synthetic)", "format",
			"hand", "kind", kind, "title", title, "council", "name", council, "date",
			"value", d, "events", "judgements", "appointments", apps, "revokes", rev,
			"obligations", obl, "warnings");
	s = json_dumps(rec, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(rec);
	return s;
}

struct names {
	char v[200][64];
	int code[200];
	int n;
};

static int name_row(void *ctx, const struct store_val *c, int n)
{
	struct names *k = ctx;
	if (n >= 2 && k->n < 200) {
		k->code[k->n] = (int)c[0].i;
		snprintf(k->v[k->n++], 64, "%s", c[1].s);
	}
	return 0;
}

static void load_names(struct store *s, struct names *k)
{
	struct err e = {0};
	k->n = 0;
	if (store_query(s, "SELECT code, name FROM councils WHERE valid_to IS NULL ORDER BY code",
			NULL, 0, name_row, k, &e) < 0)
		die("councils", &e);
}

struct occ_ids {
	int64_t *id;
	char (*due)[CAL_DATE_LEN];
	size_t n, cap;
};

static int occ_row(void *ctx, const struct store_val *c, int n)
{
	struct occ_ids *o = ctx;
	if (n < 2)
		return 1;
	if (o->n == o->cap) {
		size_t cap = o->cap ? 2 * o->cap : 4096;
		o->id = realloc(o->id, cap * sizeof *o->id);
		o->due = realloc(o->due, cap * sizeof *o->due);
		if (!o->id || !o->due)
			return 1;
		o->cap = cap;
	}
	o->id[o->n] = c[0].i;
	snprintf(o->due[o->n++], CAL_DATE_LEN, "%s", c[1].s);
	return 0;
}

static void put(struct store *s, const char *json, cal_day end_by_hand, long *count)
{
	struct ingest_result r;
	struct err e = {0};
	char d[CAL_DATE_LEN];

	if (ingest_record(s, json, &r, &e) < 0)
		die("ingest", &e);
	if (end_by_hand) {
		iso(end_by_hand, d);
		if (store_instrument_end(s, r.sha256, d, NULL, &e) < 0 ||
		    ingest_occurrences(s, r.sha256, NULL, &e) < 0)
			die("end", &e);
	}
	(*count)++;
}

/* One council's twenty years: instruments in one transaction. */
static void council_history(struct store *s, const char *name, cal_day start, cal_day stop,
			    long *instruments)
{
	struct err e = {0};
	cal_day d = start + (cal_day)rnd(3 * 365);
	int seq = 0;

	if (store_write_begin(s, &e) < 0)
		die("begin", &e);
	while (d < stop) {
		bool inadequate = rnd(100) < 60;
		if (!inadequate) {
			d += 400 + (cal_day)rnd(500); /* the next inspection */
			continue;
		}
		{
			cal_day dir = d + 30 + (cal_day)rnd(60);
			cal_day notice = dir + 700 + (cal_day)rnd(1000);
			cal_day lifted = notice + 365 + (cal_day)rnd(700);
			char *j;
			if (dir >= stop)
				break;
			if (notice > stop)
				notice = stop;
			if (lifted > stop)
				lifted = stop;
			j = record(name, "direction", dir, notice, 0, NULL, rnd(2) == 0, ++seq);
			put(s, j, 0, instruments);
			free(j);
			if (notice < stop) {
				j = record(name, "improvement_notice", notice, lifted, dir,
					   "the Direction", false, ++seq);
				put(s, j, lifted < stop ? lifted : 0, instruments);
				free(j);
			}
			d = lifted + 100 + (cal_day)rnd(400);
		}
	}
	if (store_write_commit(s, &e) < 0)
		die("commit", &e);
}

/* Evidence for most past occurrences of one council: on time, early or late. */
static long council_evidence(struct store *s, int code, cal_day stop)
{
	struct err e = {0};
	struct occ_ids o = {0};
	char d[CAL_DATE_LEN], day[CAL_DATE_LEN];
	long n = 0;
	size_t i;

	iso(stop, d);
	{
		struct store_val p[] = {sv_int(code), sv_text(d)};
		if (store_query(s, "SELECT o.id, o.due_date FROM occurrences o JOIN obligations b ON "
				"b.id = o.obligation JOIN instruments i ON i.sha256 = b.instrument "
				"WHERE i.council = ? AND o.due_date < ? ORDER BY o.id", p, 2, occ_row,
				&o, &e) < 0)
			die("occurrences", &e);
	}
	if (store_write_begin(s, &e) < 0)
		die("begin", &e);
	for (i = 0; i < o.n; i++) {
		cal_day due;
		int64_t id;
		if (rnd(100) >= 95)
			continue; /* missed */
		if (cal_parse_iso(strv_of(o.due[i]), &due, &e) < 0)
			die("due", &e);
		iso(rnd(100) < 90 ? due - (cal_day)rnd(10) : due + 1 + (cal_day)rnd(20), day);
		if (store_evidence_put(s, o.id[i], day, "synthetic", NULL, &id, &e) < 0)
			die("evidence", &e);
		n++;
	}
	if (store_write_commit(s, &e) < 0)
		die("commit", &e);
	free(o.id);
	free(o.due);
	return n;
}

static int gen(const char *url, int ncouncils, int years)
{
	struct err e = {0};
	struct store *s = store_open(url, STORE_USE, &e);
	struct names k;
	cal_day start = cal_from_ymd(2025 - years, 1, 1), stop = cal_from_ymd(2025, 1, 1);
	long instruments = 0, evidence = 0;
	int64_t occurrences = 0;
	double t0, t1, t2;
	int i;

	if (!s)
		die("open", &e);
	store_set_actor(s, "bench", "2025-01-01");
	load_names(s, &k);
	if (ncouncils > k.n)
		ncouncils = k.n;
	t0 = bench_now();
	for (i = 0; i < ncouncils; i++)
		council_history(s, k.v[i], start, stop, &instruments);
	t1 = bench_now();
	if (store_query_int(s, "SELECT count(*) FROM occurrences", NULL, 0, 0, &occurrences, &e) < 0)
		die("count", &e);
	for (i = 0; i < ncouncils; i++)
		evidence += council_evidence(s, k.code[i], stop);
	t2 = bench_now();
	printf("generated: %d councils, %d years, %ld instruments, %lld occurrences, %ld evidence\n",
	       ncouncils, years, instruments, (long long)occurrences, evidence);
	printf("ingest: %.1f s, %.0f instruments/s, %.0f occurrences/s\n", t1 - t0,
	       instruments / (t1 - t0), occurrences / (t1 - t0));
	printf("evidence: %.1f s, %.0f records/s\n", t2 - t1, evidence / (t2 - t1));
	store_close(s);
	return 0;
}

/* ---- the query benchmark ---- */

static int count_row(void *ctx, const struct store_instrument_row *r)
{
	(void)r;
	(*(long *)ctx)++;
	return 0;
}

static int count_occ(void *ctx, const struct store_occurrence_row *r)
{
	(void)r;
	(*(long *)ctx)++;
	return 0;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void report(const char *name, double *t, int runs, long rows)
{
	qsort(t, (size_t)runs, sizeof *t, cmp_d);
	printf("%-44s p50 %8.3f ms  p99 %8.3f ms  (%d runs, %.1f rows each)\n", name,
	       t[runs / 2] * 1e3, t[(runs * 99) / 100] * 1e3, runs, (double)rows / runs);
}

static int query(const char *url, int runs)
{
	struct err e = {0};
	struct store *s = store_open(url, STORE_USE, &e);
	struct names k;
	double *t = malloc((size_t)runs * sizeof *t);
	cal_day lo = cal_from_ymd(2006, 1, 1), span = cal_from_ymd(2024, 12, 1) - lo;
	char a[CAL_DATE_LEN], b[CAL_DATE_LEN];
	long rows;
	int i;

	if (!s || !t)
		die("open", &e);
	load_names(s, &k);
	for (int q = 0; q < 4; q++) {
		rows = 0;
		for (i = 0; i < runs; i++) {
			int code = k.code[rnd((uint32_t)k.n)];
			cal_day d = lo + (cal_day)rnd((uint32_t)span);
			double t0;
			iso(d, a);
			t0 = bench_now();
			switch (q) {
			case 0:
				if (store_in_force(s, code, a, count_row, &rows, &e) < 0)
					die("in force", &e);
				break;
			case 1:
				if (store_in_force(s, 0, a, count_row, &rows, &e) < 0)
					die("in force, country", &e);
				break;
			case 2:
				iso(d + 90, b);
				if (store_occurrences_between(s, code, a, b, count_occ, &rows, &e) < 0)
					die("occurrences", &e);
				break;
			default:
				iso(d + 30, b);
				if (store_occurrences_between(s, 0, a, b, count_occ, &rows, &e) < 0)
					die("occurrences, country", &e);
			}
			t[i] = bench_now() - t0;
		}
		report(q == 0   ? "in force on a date, one council"
		       : q == 1 ? "in force on a date, every council"
		       : q == 2 ? "occurrences in 90 days, one council"
				: "occurrences in 30 days, every council",
		       t, runs, rows);
	}
	free(t);
	store_close(s);
	return 0;
}

int main(int argc, char **argv)
{
	const char *url = NULL;
	int councils = 1000, years = 20, runs = 2000, i;

	for (i = 2; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--db"))
			url = argv[i + 1];
		else if (!strcmp(argv[i], "--seed"))
			rng ^= strtoull(argv[i + 1], NULL, 10) * 0x9E3779B97F4A7C15ull;
		else if (!strcmp(argv[i], "--councils"))
			councils = (int)strtol(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--years"))
			years = (int)strtol(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--runs"))
			runs = (int)strtol(argv[i + 1], NULL, 10);
	}
	if (argc < 2 || !url || (strcmp(argv[1], "gen") && strcmp(argv[1], "query"))) {
		fprintf(stderr, "usage: register gen|query --db URL [--seed N] [--councils N] "
				"[--years N] [--runs N]\n");
		return 64;
	}
	return !strcmp(argv[1], "gen") ? gen(url, councils, years) : query(url, runs > 0 ? runs : 1);
}
