/*
 * err.h: the error context that core code fills instead of printing.
 *
 * Only src/cli/ (and later src/web/) may print or exit.  Everything below
 * returns -1 (or NULL) and leaves a code and a lower-case message on a
 * caller-owned struct err.  The codes are the process exit codes of
 * sysexits.h, so a front end can exit with e->code directly.
 */
#ifndef OVERSIGHT_ERR_H
#define OVERSIGHT_ERR_H

#include "compat.h"

enum err_code {
	ERR_OK = 0,
	ERR_USAGE = 64,    /* bad arguments */
	ERR_DATA = 65,     /* bad input data */
	ERR_NOINPUT = 66,  /* cannot open input */
	ERR_INTERNAL = 70, /* a bug or an exhausted resource */
	ERR_CANTCREAT = 73,
	ERR_IO = 74
};

/* Caller-owned; zero-initialise it (struct err e = {0};). */
struct err {
	int code;
	char msg[512];
};

/*
 * Record an error: sets e->code and formats the message.  Returns -1 so a
 * caller can write `return err_set(e, ERR_DATA, "...")`.  If an error is
 * already recorded it is kept (the first cause is the useful one).
 * A NULL e is allowed and ignored.
 */
int err_set(struct err *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Forget any recorded error. */
void err_clear(struct err *e);

#endif
