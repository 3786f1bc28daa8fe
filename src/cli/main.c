/*
 * main.c: the oversight front end.  It finds the verb in the command table,
 * parses that verb's declared options (--name VALUE, --name=VALUE, flags,
 * "--" to end options), settles "today", and runs the verb.  Only src/cli/
 * prints to the terminal or chooses an exit code.
 */
#include "../base/compat.h"

#include "cmd.h"

static int parse_args(const struct cmd *c, int argc, char **argv, struct cmd_args *a)
{
	int i, n = 0;
	bool options = true;

	a->cmd = c;
	a->argv = argv;
	for (i = 0; i < argc; i++) {
		char *s = argv[i];
		if (options && !strcmp(s, "--")) {
			options = false;
			continue;
		}
		if (options && s[0] == '-' && s[1] == '-' && s[2]) {
			char *name = s + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			int j, found = -1;
			if (len == 4 && !strncmp(name, "help", 4)) {
				cmd_print_verb_help(stdout, c);
				return 1;
			}
			for (j = 0; c->opts[j].name; j++)
				if (strlen(c->opts[j].name) == len && !strncmp(c->opts[j].name, name, len))
					found = j;
			if (found < 0)
				return cmd_usage(a, "unknown option '--%.*s' for '%s'", (int)len, name,
						 c->name);
			if (a->set[found])
				return cmd_usage(a, "option '--%s' given twice", c->opts[found].name);
			a->set[found] = true;
			if (c->opts[found].arg) {
				if (eq)
					a->val[found] = eq + 1;
				else if (i + 1 < argc)
					a->val[found] = argv[++i];
				else
					return cmd_usage(a, "option '--%s' needs a value (%s)",
							 c->opts[found].name, c->opts[found].arg);
			} else if (eq) {
				return cmd_usage(a, "option '--%s' takes no value", c->opts[found].name);
			}
			continue;
		}
		argv[n++] = s; /* positional: compact in place */
	}
	a->argc = n;
	if (n < c->min_args)
		return cmd_usage(a, "'%s' needs %s", c->name, c->synopsis);
	if (n > c->max_args)
		return cmd_usage(a, "too many arguments for '%s' (unexpected '%s')", c->name,
				 argv[c->max_args]);
	return 0;
}

static int settle_today(struct cmd_args *a)
{
	const char *s = cmd_opt(a, "as-of");
	const char *from = "--as-of";
	struct err e = {0};

	if (!s) {
		s = getenv("OVERSIGHT_TODAY");
		from = "OVERSIGHT_TODAY";
	}
	if (!s || !*s) {
		a->today = cli_clock_today();
		return 0;
	}
	if (cal_parse_iso(strv_of(s), &a->today, &e) < 0) {
		fprintf(stderr, "oversight: %s: %s\n", from, e.msg);
		return ERR_DATA;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const struct cmd *c;
	struct cmd_args a;
	int used = 0, rc;

	if (argc < 2) {
		cmd_print_help(stderr);
		return ERR_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		cmd_print_help(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("oversight %s\n", OVERSIGHT_VERSION);
		return 0;
	}
	if (!strcmp(argv[1], "--mdoc")) {
		cmd_print_mdoc(stdout);
		return 0;
	}
	if (argv[1][0] == '-') {
		fprintf(stderr, "oversight: unknown option '%s'\n", argv[1]);
		return ERR_USAGE;
	}
	c = cmd_find(argc - 1, argv + 1, &used);
	if (!c) {
		size_t i, n = strlen(argv[1]);
		for (i = 0; i < cmd_table_len; i++)
			if (!strncmp(cmd_table[i].name, argv[1], n) && cmd_table[i].name[n] == ' ') {
				fprintf(stderr, "oversight: '%s' needs a verb; see 'oversight help %s'\n",
					argv[1], argv[1]);
				return ERR_USAGE;
			}
		fprintf(stderr, "oversight: no such verb '%s'; see 'oversight --help'\n", argv[1]);
		return ERR_USAGE;
	}
	memset(&a, 0, sizeof(a));
	rc = parse_args(c, argc - 1 - used, argv + 1 + used, &a);
	if (rc == 1)
		return 0;
	if (rc)
		return rc;
	if ((rc = settle_today(&a)) != 0)
		return rc;
	rc = c->run(&a);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "oversight: cannot write output: %s\n", strerror(errno));
		return ERR_IO;
	}
	return rc;
}
