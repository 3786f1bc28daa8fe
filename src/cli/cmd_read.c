/*
 * cmd_read.c: `oversight read FILE...`: each file (or - for standard input)
 * through the reader; records as pretty JSON (one document), a JSON array
 * (several), JSON lines (--jsonl) or text for a person (--format text).
 * Files are read with a size cap so a huge input is refused without being
 * loaded.  One bad file does not stop the others; the exit code is that of
 * the first failure.  JSON is written by read_json_write() (the same bytes
 * as jansson's json_dumps(), faster) into one buffer reused across files.
 */
#include "../base/compat.h"

#include <sys/stat.h>

#include "../base/strbuf.h"
#include "../read/read.h"
#include "../read/text.h"
#include "cmd.h"

/* Read a whole file (or stdin) up to the cap into out (emptied first, its
 * memory kept: one buffer serves every file, so that the heap does not shrink
 * and grow again for each); -1 with e set on failure. */
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
	strbuf_reset(out);
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

/* Print v as one line of JSON (indent 0) or indented, then a new line. */
static void put_json(const rec_t *v, int indent, struct strbuf *out)
{
	strbuf_reset(out);
	read_json_write(v, indent, out);
	strbuf_addch(out, '\n');
	if (out->failed) { /* past the builder's cap: let jansson write it */
		json_t *j = rec_to_json(v);
		json_dumpf(j, stdout,
		           JSON_PRESERVE_ORDER | (indent ? JSON_INDENT(indent) : JSON_COMPACT));
		putchar('\n');
		json_decref(j);
		strbuf_release(out);
		return;
	}
	fwrite(out->buf, 1, out->len, stdout);
}

int cmd_read(struct cmd_args *a)
{
	const char *format = cmd_opt(a, "format"), *input = cmd_opt(a, "input");
	bool jsonl = cmd_flag(a, "jsonl"), text;
	enum read_format rf = READ_AUTO;
	rec_t *all = NULL;
	struct arena arena = ARENA_INIT, *old; /* the records' nodes, dropped once written */
	struct strbuf out = STRBUF_INIT; /* the JSON text, reused from record to record */
	struct strbuf bytes;              /* each file's bytes, likewise */
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
	strbuf_init(&bytes, READ_MAX_BYTES);
	old = rec_arena_use(&arena); /* for the array of records, and appending to it */
	if (a->argc > 1 && !jsonl && !text)
		all = rec_array();
	for (i = 0; i < a->argc; i++) {
		struct err e = {0};
		struct read_input in;
		rec_t *rec;
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
		rec = read_document_rec(&in, &arena, NULL, NULL, &e);
		if (!rec) {
			int code = cmd_fail(&e);
			if (!rc)
				rc = code;
		} else if (text) {
			struct strbuf view = STRBUF_INIT;
			read_render_text(rec, &view);
			fwrite(strbuf_str(&view), 1, view.len, stdout);
			strbuf_release(&view);
		} else if (all) {
			rec_array_append_new(all, rec);
		} else {
			put_json(rec, jsonl ? 0 : 2, &out);
		}
		if (!all)
			arena_release(&arena); /* the record, written */
	}
	if (all)
		put_json(all, 2, &out);
	rec_arena_use(old);
	arena_release(&arena);
	strbuf_release(&out);
	strbuf_release(&bytes);
	return rc;
}
