/*
 * cmd_db.h: helpers the register's verbs share (cmd_db.c).
 */
#ifndef OVERSIGHT_CLI_CMD_DB_H
#define OVERSIGHT_CLI_CMD_DB_H

#include "../store/store.h"
#include "cmd.h"

/*
 * Open the database of --db, else $OVERSIGHT_DB, else ./oversight.db, in
 * mode, with the audit identity set ($OVERSIGHT_USER or the login name;
 * the command's today).  NULL with e filled on failure.
 */
struct store *cmd_db_open(struct cmd_args *a, enum store_mode mode, struct err *e);
/* Read a whole file ("-" = stdin) of at most max bytes; malloc'd, NUL-terminated. */
char *cmd_db_slurp(const char *path, size_t max, size_t *len, struct err *e);

#endif
