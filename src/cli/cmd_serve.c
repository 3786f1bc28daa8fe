/*
 * cmd_serve.c: `oversight serve`, the web application and JSON API.  The
 * server (src/web/) runs in its own threads; this front end parses the
 * options, finds the static assets (by default the static/ folder next to
 * the binary, where the build puts GOV.UK Frontend, or the installed
 * share/oversight/static), blocks SIGINT and SIGTERM before starting the
 * server so that its threads inherit the mask, prints the URL once
 * listening (tests read that line), and waits for a signal with sigwait()
 * to stop the server cleanly.
 */
#include "../base/compat.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../web/server.h"
#include "../store/store.h"
#include "cmd.h"

/*
 * The static folder next to the binary (the build tree: $(BUILD)/static),
 * else ../share/oversight/static (an installed binary), into buf.
 */
static int default_static(char *buf, size_t n)
{
	static const char *const rel[] = {"/static", "/../share/oversight/static"};
	ssize_t len = readlink("/proc/self/exe", buf, n - 1);
	struct stat st;
	size_t i, dir;
	char *slash;

	if (len <= 0 || (size_t)len >= n - 1)
		return -1;
	buf[len] = '\0';
	slash = strrchr(buf, '/');
	if (!slash)
		return -1;
	dir = (size_t)(slash - buf);
	for (i = 0; i < ARRAY_SIZE(rel); i++) {
		if (dir + strlen(rel[i]) + 1 > n)
			return -1;
		memcpy(buf + dir, rel[i], strlen(rel[i]) + 1);
		if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
			return 0;
	}
	memcpy(buf + dir, rel[0], strlen(rel[0]) + 1); /* for the error message */
	return 0;
}

int cmd_serve(struct cmd_args *a)
{
	const char *listen = cmd_opt(a, "listen"), *st = cmd_opt(a, "static");
	const char *timeout = cmd_opt(a, "timeout");
	struct web_config c;
	struct web_server *s;
	struct err e = {0};
	char host[64], path[PATH_MAX], today[CAL_DATE_LEN];
	sigset_t set;
	int sig = 0;

	memset(&c, 0, sizeof(c));
	if (web_parse_listen(listen ? listen : "127.0.0.1:8080", &c, host, sizeof(host), &e) < 0)
		return cmd_usage(a, "%s", e.msg);
	if (timeout) {
		struct strv v = strv_of(timeout);
		int t;
		if (!strv_eat_uint(&v, 4, &t) || v.n || t < 1 || t > 3600)
			return cmd_usage(a, "--timeout must be 1 to 3600 seconds, not '%s'", timeout);
		c.timeout_s = (unsigned)t;
	}
	if (!st) {
		if (default_static(path, sizeof(path)) < 0) {
			fputs("oversight: cannot find the static folder; give --static DIR\n", stderr);
			return ERR_NOINPUT;
		}
		st = path;
	}
	c.static_dir = st;
	if (cmd_opt(a, "as-of") || getenv("OVERSIGHT_TODAY")) {
		cal_format_iso(a->today, today);
		c.today = today;
	}
	c.db_url = store_pick_url(cmd_opt(a, "db"), getenv("OVERSIGHT_DB"));
	{
		/* Check the register now, so a wrong --db is said at once, not as 503s later. */
		struct store *probe = store_open(c.db_url, STORE_USE, &e);
		if (!probe && cmd_opt(a, "db"))
			return cmd_fail(&e);
		if (!probe) {
			fprintf(stderr, "oversight: no register (%s): sign-in and the register's pages "
				"will answer 503\n", e.msg);
			c.db_url = NULL;
			err_clear(&e);
		}
		store_close(probe);
	}
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0) {
		fputs("oversight: cannot block signals\n", stderr);
		return ERR_INTERNAL;
	}
	s = web_server_start(&c, &e);
	if (!s)
		return cmd_fail(&e);
	if (strchr(c.host, ':'))
		printf("http://[%s]:%u/\n", c.host, (unsigned)web_server_port(s));
	else
		printf("http://%s:%u/\n", c.host, (unsigned)web_server_port(s));
	fflush(stdout);
	while (sigwait(&set, &sig) != 0)
		;
	fprintf(stderr, "oversight: %s: stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
	web_server_stop(s);
	return 0;
}
