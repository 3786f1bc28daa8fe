/*
 * bench_cal.c: throughput of the calendar engine.  Prints, for each
 * measure, the median of 7 timed runs (and the min and max): ISO dates
 * parsed per second, dates in words parsed per second, periods parsed per
 * second, and occurrences generated per second (monthly series with
 * month-end anchors, each occurrence computed from the anchor).  The
 * inputs are generated in memory before timing starts.
 */
#include "base/compat.h"

#include "clock.h"

#include "cal/phrase.h"
#include "cal/recur.h"

#define RUNS 7
#define N_DATES 1000000

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void report(const char *what, double *rates)
{
	qsort(rates, RUNS, sizeof(double), cmp_double);
	printf("%-34s median %12.0f /s   (min %.0f, max %.0f, %d runs)\n", what, rates[RUNS / 2],
	       rates[0], rates[RUNS - 1], RUNS);
}

static volatile long sink;

int main(void)
{
	static char iso[N_DATES][11];
	static char words[N_DATES / 4][32];
	static const char *const periods[] = {"P3M", "three calendar months", "6 monthly",
					      "quarterly", "10 working days", "six-weekly",
					      "bi-monthly", "P1Y"};
	double rates[RUNS];
	cal_day *occ = malloc(sizeof(cal_day) * 1200);
	int r, i;
	uint32_t seed = 12345;

	for (i = 0; i < N_DATES; i++) {
		cal_day d;
		seed = seed * 1103515245u + 12345u;
		d = cal_from_ymd(1990, 1, 1) + (cal_day)(seed % 20000);
		cal_format_iso(d, iso[i]);
		if (i < N_DATES / 4)
			cal_format_long(d, words[i], sizeof(words[i]));
	}
	for (r = 0; r < RUNS; r++) {
		double t0 = bench_now();
		struct err e = {0};
		long acc = 0;
		for (i = 0; i < N_DATES; i++) {
			cal_day d;
			if (cal_parse_iso(strv_make(iso[i], 10), &d, &e) == 0)
				acc += d;
		}
		sink = acc;
		rates[r] = N_DATES / (bench_now() - t0);
	}
	report("ISO 8601 dates parsed", rates);
	for (r = 0; r < RUNS; r++) {
		double t0 = bench_now();
		struct err e = {0};
		long acc = 0;
		for (i = 0; i < N_DATES / 4; i++) {
			cal_day d;
			if (cal_parse_date_text(strv_of(words[i]), &d, &e) == 0)
				acc += d;
		}
		sink = acc;
		rates[r] = (N_DATES / 4) / (bench_now() - t0);
	}
	report("dates in words parsed", rates);
	for (r = 0; r < RUNS; r++) {
		double t0 = bench_now();
		struct err e = {0};
		long acc = 0;
		for (i = 0; i < N_DATES / 4; i++) {
			struct cal_period p;
			if (cal_period_parse(strv_of(periods[i % 8]), &p, &e) == 0)
				acc += p.n;
			err_clear(&e);
		}
		sink = acc;
		rates[r] = (N_DATES / 4) / (bench_now() - t0);
	}
	report("periods parsed", rates);
	for (r = 0; r < RUNS; r++) {
		double t0 = bench_now();
		struct err e = {0};
		long total = 0;
		int s;
		for (s = 0; s < 1000; s++) {
			struct cal_recur rr;
			memset(&rr, 0, sizeof(rr));
			int m = 1 + s % 12, d = 28 + s % 4; /* month-end anchors */
			if (d > cal_days_in_month(2000, m))
				d = cal_days_in_month(2000, m);
			rr.anchor = cal_from_ymd(2000, m, d);
			rr.every.n = 1 + s % 6;
			rr.every.unit = CAL_MONTHS;
			rr.count = 1000;
			total += cal_recur_expand(&rr, occ, 1200, NULL, &e);
		}
		sink = total;
		rates[r] = (double)total / (bench_now() - t0);
	}
	report("occurrences generated (months)", rates);
	free(occ);
	return 0;
}
