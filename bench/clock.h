/*
 * clock.h: the benchmarks' clock, seconds on CLOCK_MONOTONIC as a double.
 * Header-only: each benchmark is its own program.
 */
#ifndef OVERSIGHT_BENCH_CLOCK_H
#define OVERSIGHT_BENCH_CLOCK_H

#include <time.h>

static inline double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
