/*
 * print.c: a report's HTML printed to PDF by headless Chromium (see
 * print.h).  The one place in the report layer that runs a program: it
 * forks, points Chromium's standard streams at /dev/null, and waits.  One
 * print at a time per process (Chromium locks its profile directory, which
 * is per process: /tmp/oversight-chromium-PID).
 */
#include "../base/compat.h"

#include <pthread.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include "print.h"

static pthread_mutex_t one_at_a_time = PTHREAD_MUTEX_INITIALIZER;

static int print_locked(const char *html, const char *pdf, struct err *e)
{
	const char *bin = getenv("OVERSIGHT_CHROMIUM");
	char url[1200], out[1200], abs[1024], profile[64];
	pid_t pid;
	int st;

	if (html[0] == '/')
		snprintf(abs, sizeof abs, "%s", html);
	else if (!getcwd(abs, sizeof abs - 1 - strlen(html) - 1))
		return err_set(e, ERR_IO, "getcwd: %s", strerror(errno));
	else
		snprintf(abs + strlen(abs), sizeof abs - strlen(abs), "/%s", html);
	snprintf(url, sizeof url, "file://%s", abs);
	snprintf(out, sizeof out, "--print-to-pdf=%s", pdf);
	snprintf(profile, sizeof profile, "--user-data-dir=/tmp/oversight-chromium-%ld", (long)getpid());
	if (!bin || !*bin)
		bin = "chromium";
	pid = fork();
	if (pid < 0)
		return err_set(e, ERR_INTERNAL, "fork: %s", strerror(errno));
	if (pid == 0) {
		int fd = open("/dev/null", O_RDWR);
		if (fd >= 0) {
			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execlp(bin, bin, "--headless", "--no-sandbox", "--disable-gpu",
		       "--no-pdf-header-footer", profile, out, url,
		       (char *)NULL);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) < 0)
		return err_set(e, ERR_INTERNAL, "waitpid: %s", strerror(errno));
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return err_set(e, ERR_INTERNAL, "%s could not print the report to PDF (exit %d); "
			       "set OVERSIGHT_CHROMIUM to a Chromium or Chrome binary", bin,
			       WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	return 0;
}


int report_print_pdf(const char *html, const char *pdf, struct err *e)
{
	int rc;
	pthread_mutex_lock(&one_at_a_time);
	rc = print_locked(html, pdf, e);
	pthread_mutex_unlock(&one_at_a_time);
	return rc;
}
