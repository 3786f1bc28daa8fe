/*
 * cmd_report.c: `oversight report KIND`: the board report, the update to
 * the Minister, the highlight report, the DfE review pack and the national
 * overview (src/report/plan_report.h), as self-contained HTML, Markdown,
 * PDF (src/report/print.h) or one CSV file per table.
 */
#include "../base/compat.h"

#include <sys/stat.h>
#include <unistd.h>

#include "../report/plan_report.h"
#include "../report/print.h"
#include "../store/store.h"
#include "cmd.h"
#include "cmd_db.h"

struct csv_dir {
	const char *dir;
	int n;
};

/* Write each table as DIR/NN-name.csv. */
static int csv_table(void *ctx, const char *name, const struct table *t)
{
	struct csv_dir *c = ctx;
	struct strbuf b = STRBUF_INIT;
	char path[1200];
	FILE *f;
	int rc = 0;

	snprintf(path, sizeof path, "%s/%02d-%s.csv", c->dir, ++c->n, name);
	table_render_csv(t, &b);
	if (!(f = fopen(path, "wb")))
		rc = -1;
	else {
		fwrite(b.buf, 1, b.len, f);
		rc = fclose(f) ? -1 : 0;
	}
	strbuf_release(&b);
	return rc;
}

static int write_file(const char *path, const struct strbuf *b, struct err *e)
{
	FILE *f = path ? fopen(path, "wb") : stdout;
	if (!f)
		return err_set(e, ERR_CANTCREAT, "cannot write %s: %s", path, strerror(errno));
	fwrite(b->buf ? b->buf : "", 1, b->len, f);
	if ((path ? fclose(f) : fflush(f)) != 0)
		return err_set(e, ERR_IO, "cannot write %s", path ? path : "standard output");
	return 0;
}

int cmd_report(struct cmd_args *a)
{
	struct err e = {0};
	struct report_req r = {0};
	struct store *s = NULL;
	struct strbuf out = STRBUF_INIT;
	struct csv_dir cd = {0};
	const char *fmt = cmd_opt(a, "format") ? cmd_opt(a, "format") : "html";
	const char *output = cmd_opt(a, "output"), *council = cmd_opt(a, "council");
	enum doc_format df = DOC_HTML;
	bool pdf = false, csv = false;
	int rc = 0;

	if (!report_kind_parse(a->argv[0], &r.kind))
		return cmd_usage(a, "KIND is board, minister, highlight, review or national, not "
				 "'%s'", a->argv[0]);
	if (!strcmp(fmt, "markdown") || !strcmp(fmt, "md"))
		df = DOC_MARKDOWN;
	else if (!strcmp(fmt, "pdf"))
		pdf = true;
	else if (!strcmp(fmt, "csv"))
		csv = true;
	else if (strcmp(fmt, "html"))
		return cmd_usage(a, "--format is html, markdown, pdf or csv, not '%s'", fmt);
	if ((pdf || csv) && !output)
		return cmd_usage(a, "--format %s needs --output (%s)", fmt, pdf ? "a file" : "a directory");
	if (r.kind != REPORT_NATIONAL && !council)
		return cmd_usage(a, "a %s report needs --council", a->argv[0]);
	r.as_of = a->today;
	r.from = -1;
	r.period = cmd_opt(a, "period");
	if (cmd_opt(a, "from") && cal_parse_iso(strv_of(cmd_opt(a, "from")), &r.from, &e) < 0)
		return cmd_fail(&e);
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (r.kind != REPORT_NATIONAL && store_council_find(s, council, NULL, &r.council, &e) < 0)
		goto fail;
	if (csv) {
		if (mkdir(output, 0777) < 0 && errno != EEXIST) {
			err_set(&e, ERR_CANTCREAT, "cannot make %s: %s", output, strerror(errno));
			goto fail;
		}
		cd.dir = output;
	}
	if (report_build(s, &r, df, &out, csv ? csv_table : NULL, &cd, &e) < 0)
		goto fail;
	if (csv) {
		printf("%d tables written to %s\n", cd.n, output);
	} else if (pdf) {
		char html[1200];
		snprintf(html, sizeof html, "%s.html", output);
		if (write_file(html, &out, &e) < 0)
			goto fail;
		rc = report_print_pdf(html, output, &e);
		unlink(html);
		if (rc < 0)
			goto fail;
	} else if (write_file(output, &out, &e) < 0) {
		goto fail;
	}
	rc = 0;
	goto done;
fail:
	rc = cmd_fail(&e);
done:
	strbuf_release(&out);
	store_close(s);
	return rc;
}
