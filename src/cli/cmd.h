/*
 * cmd.h: the command table and the parsed arguments every verb receives.
 *
 * Verbs are declared once, in the sorted table in cmd.c, with their
 * synopsis, options and description.  `oversight --help`, `oversight help
 * VERB` and the man page (doc/oversight.1, written by `oversight --mdoc`)
 * are all generated from that table, and a test checks the committed man
 * page still matches it.
 */
#ifndef OVERSIGHT_CLI_CMD_H
#define OVERSIGHT_CLI_CMD_H

#include "../base/compat.h"
#include "../base/err.h"
#include "../cal/date.h"

#define CMD_MAX_OPTS 16

struct cmd_opt {
	const char *name; /* without the leading "--" */
	const char *arg;  /* metavariable, or NULL for a flag */
	const char *help;
};

struct cmd_args;

struct cmd {
	const char *name;     /* "cal add": one or two words */
	const char *synopsis; /* positional arguments, "DATE PERIOD" */
	const char *summary;  /* one line, lower case, no full stop */
	const char *text;     /* a paragraph for help and the man page */
	const struct cmd_opt *opts; /* terminated by {NULL} */
	int min_args, max_args;
	int (*run)(struct cmd_args *a);
};

struct cmd_args {
	const struct cmd *cmd;
	int argc;    /* positional arguments */
	char **argv; /* borrowed from main's argv */
	const char *val[CMD_MAX_OPTS];
	bool set[CMD_MAX_OPTS];
	cal_day today; /* --as-of, OVERSIGHT_TODAY, or the clock */
};

extern const struct cmd cmd_table[];
extern const size_t cmd_table_len;

/* The option's value (NULL if absent) / whether a flag was given. */
const char *cmd_opt(const struct cmd_args *a, const char *name);
bool cmd_flag(const struct cmd_args *a, const char *name);

/* Print "oversight: <message>" to stderr and return the error's exit code. */
int cmd_fail(const struct err *e);
/* Report a usage error for the current verb; returns ERR_USAGE. */
int cmd_usage(const struct cmd_args *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* --within: a period ("30d", "6w", "P3M") as a number of days after as_of (cmd_due.c). */
int cmd_within_days(const char *s, cal_day as_of, int *days, struct err *e);

/* Help and manual (cmd_help.c). */
void cmd_print_help(FILE *f);
void cmd_print_verb_help(FILE *f, const struct cmd *c);
void cmd_print_mdoc(FILE *f);
const struct cmd *cmd_find(int argc, char **argv, int *used);

/* Verbs. */
int cmd_audit_log(struct cmd_args *a);
int cmd_audit_verify(struct cmd_args *a);
int cmd_board_add(struct cmd_args *a);
int cmd_board_meeting(struct cmd_args *a);
int cmd_board_show(struct cmd_args *a);
int cmd_cal_add(struct cmd_args *a);
int cmd_calendar(struct cmd_args *a);
int cmd_cal_holidays(struct cmd_args *a);
int cmd_cal_ics(struct cmd_args *a);
int cmd_cal_series(struct cmd_args *a);
int cmd_cal_when(struct cmd_args *a);
int cmd_check(struct cmd_args *a);
int cmd_db_check(struct cmd_args *a);
int cmd_db_init(struct cmd_args *a);
int cmd_db_migrate(struct cmd_args *a);
int cmd_due(struct cmd_args *a);
int cmd_export(struct cmd_args *a);
int cmd_help(struct cmd_args *a);
int cmd_import(struct cmd_args *a);
int cmd_import_ofsted(struct cmd_args *a);
int cmd_ingest(struct cmd_args *a);
int cmd_plan_export(struct cmd_args *a);
int cmd_plan_import(struct cmd_args *a);
int cmd_plan_show(struct cmd_args *a);
int cmd_plan_update(struct cmd_args *a);
int cmd_plan_value(struct cmd_args *a);
int cmd_read(struct cmd_args *a);
int cmd_report(struct cmd_args *a);
int cmd_record_event(struct cmd_args *a);
int cmd_record_evidence(struct cmd_args *a);
int cmd_record_instrument(struct cmd_args *a);
int cmd_review(struct cmd_args *a);
int cmd_serve(struct cmd_args *a);
int cmd_stats(struct cmd_args *a);
int cmd_status(struct cmd_args *a);
int cmd_timeline(struct cmd_args *a);
int cmd_user_add(struct cmd_args *a);
int cmd_user_disable(struct cmd_args *a);
int cmd_user_list(struct cmd_args *a);
int cmd_user_password(struct cmd_args *a);
int cmd_user_role(struct cmd_args *a);
int cmd_user_token(struct cmd_args *a);

/* today.c: the one place that reads the clock. */
cal_day cli_clock_today(void);

#define OVERSIGHT_VERSION "0.1.0"

#endif
