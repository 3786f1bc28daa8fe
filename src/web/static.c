/*
 * static.c: GET /static/{path*}, the GOV.UK Frontend assets the build
 * copies into $(BUILD)/static.  The router has already refused "." and
 * ".." segments, encoded slashes and control bytes; here the path is
 * opened relative to the static directory's descriptor (openat), never as
 * an absolute path, a segment starting with '.' is refused, the last
 * component may not be a symbolic link (O_NOFOLLOW), and only regular
 * files are served: a directory is 404, so there is no listing.  The media
 * type comes from a fixed table of extensions; anything else is 404, so
 * only the kinds of file the pages use can be fetched.
 */
#include "../base/compat.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "web.h"

static const struct {
	const char *ext;
	const char *type;
} types[] = {
	{".css", "text/css; charset=utf-8"},
	{".ico", "image/x-icon"},
	{".js", "text/javascript; charset=utf-8"},
	{".json", "application/json"},
	{".png", "image/png"},
	{".svg", "image/svg+xml"},
	{".txt", "text/plain; charset=utf-8"},
	{".woff", "font/woff"},
	{".woff2", "font/woff2"},
};

static const char *media_type(const char *path)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
	size_t i;

	if (!dot || (slash && dot < slash))
		return NULL;
	for (i = 0; i < ARRAY_SIZE(types); i++)
		if (!strcmp(dot, types[i].ext))
			return types[i].type;
	return NULL;
}

static void not_found(struct web_req *rq)
{
	web_reply_problem(rq, 404, "not-found", "Not found", NULL, NULL,
			  "there is no such static file");
}

void web_get_static(struct web_req *rq)
{
	const char *rel = web_param(rq, "path"), *type, *s;
	struct stat st;
	int fd, dir = web_static_dir(rq->srv);

	if (!rel || dir < 0 || !(type = media_type(rel))) {
		not_found(rq);
		return;
	}
	for (s = rel; s; s = strchr(s + 1, '/')) /* no hidden files or folders */
		if (s[0] == '.' || (s[0] == '/' && s[1] == '.')) {
			not_found(rq);
			return;
		}
	fd = openat(dir, rel, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		not_found(rq);
		return;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		not_found(rq);
		return;
	}
	web_reply_fd(rq, fd, (uint64_t)st.st_size, (int64_t)st.st_mtime, type);
}
