/*
 * cmd_read.c: `oversight read FILE...`: each file (or - for standard input)
 * through the reader; records as pretty JSON (one document), a JSON array
 * (several), JSON lines (--jsonl) or text for a person (--format text).
 * Files are read with a size cap so a huge input is refused without being
 * loaded.  One bad file does not stop the others; the exit code is that of
 * the first failure.
 */
#include "../base/compat.h"

#include <sys/stat.h>

#include "../base/strbuf.h"
#include "../read/read.h"
#include "../read/text.h"
#include "cmd.h"

/* Read a whole file (or stdin) up to the cap; -1 with e set on failure. */
static int slurp(const char *path, struct strbuf *out, struct err *e)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char buf[65536];
	size_t n;
	struct stat st;

	if (!f)
		return err_set(e, ERR_NOINPUT, "cannot open '%s': %s", path, strerror(errno));
	if (f != stdin && fstat(fileno(f), &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			fclose(f);
			return err_set(e, ERR_NOINPUT, "cannot read '%s': it is a directory", path);
		}
		if ((size_t)st.st_size > READ_MAX_BYTES) {
			fclose(f);
			return err_set(e, ERR_DATA, "%s: too large (%lld bytes; at most %zu)", path,
				       (long long)st.st_size, READ_MAX_BYTES);
		}
	}
	strbuf_init(out, READ_MAX_BYTES);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		strbuf_add(out, buf, n);
		if (out->failed) {
			if (f != stdin)
				fclose(f);
			strbuf_release(out);
			return err_set(e, ERR_DATA, "%s: too large (more than %zu bytes)", path,
				       READ_MAX_BYTES);
		}
	}
	if (ferror(f)) {
		if (f != stdin)
			fclose(f);
		strbuf_release(out);
		return err_set(e, ERR_NOINPUT, "cannot read '%s': %s", path, strerror(errno));
	}
	if (f != stdin)
		fclose(f);
	return 0;
}

int cmd_read(struct cmd_args *a)
{
	const char *format = cmd_opt(a, "format"), *input = cmd_opt(a, "input");
	bool jsonl = cmd_flag(a, "jsonl"), text;
	enum read_format rf = READ_AUTO;
	json_t *all = NULL;
	int i, rc = 0;

	if (format && strcmp(format, "json") && strcmp(format, "text"))
		return cmd_usage(a, "--format must be json or text, not '%s'", format);
	text = format && !strcmp(format, "text");
	if (input && !strcmp(input, "text"))
		rf = READ_TEXT;
	else if (input && !strcmp(input, "pdf"))
		rf = READ_PDF;
	else if (input && strcmp(input, "auto"))
		return cmd_usage(a, "--input must be auto, text or pdf, not '%s'", input);
	if (a->argc > 1 && !jsonl && !text)
		all = json_array();
	for (i = 0; i < a->argc; i++) {
		struct strbuf bytes = STRBUF_INIT;
		struct err e = {0};
		struct read_input in;
		json_t *rec;
		const char *path = a->argv[i];
		if (slurp(path, &bytes, &e) < 0) {
			int code = cmd_fail(&e);
			if (!rc)
				rc = code;
			continue;
		}
		in.bytes = (const unsigned char *)(bytes.buf ? bytes.buf : "");
		in.len = bytes.len;
		in.name = strcmp(path, "-") ? path : "(stdin)";
		in.format = rf;
		rec = read_document(&in, NULL, NULL, &e);
		strbuf_release(&bytes);
		if (!rec) {
			int code = cmd_fail(&e);
			if (!rc)
				rc = code;
			continue;
		}
		if (text) {
			struct strbuf out = STRBUF_INIT;
			read_render_text(rec, &out);
			fwrite(strbuf_str(&out), 1, out.len, stdout);
			strbuf_release(&out);
			json_decref(rec);
		} else if (jsonl) {
			char *s = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER);
			if (s)
				puts(s);
			free(s);
			json_decref(rec);
		} else if (all) {
			json_array_append_new(all, rec);
		} else {
			char *s = json_dumps(rec, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
			if (s)
				puts(s);
			free(s);
			json_decref(rec);
		}
	}
	if (all) {
		char *s = json_dumps(all, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		if (s)
			puts(s);
		free(s);
		json_decref(all);
	}
	return rc;
}
