/*
 * t.h: the unit-test harness.  A test file defines static test functions
 * and lists them in main() with RUN(); each CHECK that fails prints where
 * and why and marks the running test failed.  Every test prints one line,
 * "PASS name" or "FAIL name", which tests/run.sh counts.
 */
#ifndef OVERSIGHT_T_H
#define OVERSIGHT_T_H

#include "base/compat.h"

static int t_failed_now, t_pass, t_fail;
static const char *t_file_name = "?";

#define CHECK(cond, ...)                                                        \
	do {                                                                    \
		if (!(cond)) {                                                  \
			t_failed_now = 1;                                       \
			printf("  %s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
			printf(__VA_ARGS__);                                    \
			putchar('\n');                                          \
		}                                                               \
	} while (0)

#define CHECK_STR(got, want)                                                      \
	do {                                                                      \
		const char *g_ = (got), *w_ = (want);                             \
		if (strcmp(g_, w_) != 0) {                                        \
			t_failed_now = 1;                                         \
			printf("  %s:%d: got '%s'\n    want '%s'\n", __FILE__, __LINE__, g_, w_); \
		}                                                                 \
	} while (0)

#define RUN(fn)                                                       \
	do {                                                          \
		t_failed_now = 0;                                     \
		fn();                                                 \
		if (t_failed_now)                                     \
			t_fail++;                                     \
		else                                                  \
			t_pass++;                                     \
		printf("%s %s:%s\n", t_failed_now ? "FAIL" : "PASS", t_file_name, #fn); \
	} while (0)

#define T_BEGIN(name) (t_file_name = (name))
#define T_END() (t_fail ? 1 : 0)

#endif
