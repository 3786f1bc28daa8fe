/*
 * cmd_record.c: `oversight record event|evidence`, what no document gives:
 * an event (inspection, appointment, meeting held) entered by hand, and
 * evidence that an occurrence of an obligation was met, with an optional
 * attached file stored content-addressed.  Each is one write transaction
 * with its audit entry; the store does the work (src/store/records.c).
 */
#include "../base/compat.h"

#include "../store/store.h"
#include "cmd.h"
#include "cmd_db.h"

static int check_date(const char *s, struct err *e)
{
	cal_day d;
	return cal_parse_iso(strv_of(s), &d, e);
}

int cmd_record_event(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	int code = 0;
	int64_t id = 0;

	if (check_date(a->argv[2], &e) < 0)
		return cmd_fail(&e);
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (store_council_find(s, a->argv[0], a->argv[2], &code, &e) < 0 ||
	    store_write_begin(s, &e) < 0)
		goto fail;
	if (store_event_put(s, code, a->argv[1], a->argv[2], cmd_opt(a, "detail"), &id, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		goto fail;
	}
	printf("event %lld recorded for council %d\n", (long long)id, code);
	store_close(s);
	return 0;
fail:
	store_close(s);
	return cmd_fail(&e);
}

int cmd_record_evidence(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s = NULL;
	const char *file = cmd_opt(a, "file");
	char *buf = NULL, hex[65] = "", *end;
	size_t len = 0;
	long long occ;
	int64_t id = 0;

	errno = 0;
	occ = strtoll(a->argv[0], &end, 10);
	if (!cmd_opt(a, "council") && (errno || *end || occ <= 0))
		return cmd_usage(a, "OCCURRENCE must be a positive number, or a clause reference "
				 "with --council, not '%s'", a->argv[0]);
	if (check_date(a->argv[1], &e) < 0 ||
	    (cmd_opt(a, "due") && check_date(cmd_opt(a, "due"), &e) < 0))
		return cmd_fail(&e);
	if (file && !(buf = cmd_db_slurp(file, (size_t)256 << 20, &len, &e)))
		return cmd_fail(&e);
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		goto fail;
	if (cmd_opt(a, "council")) {
		int code;
		int64_t id64;
		if (store_council_find(s, cmd_opt(a, "council"), NULL, &code, &e) < 0 ||
		    store_occurrence_find(s, code, a->argv[0], cmd_opt(a, "due"), &id64, &e) < 0)
			goto fail;
		occ = (long long)id64;
	}
	if (store_write_begin(s, &e) < 0)
		goto fail;
	if ((file && store_document_put(s, file, buf, len, hex, &e) < 0) ||
	    store_evidence_put(s, occ, a->argv[1], cmd_opt(a, "note"), file ? hex : NULL, &id,
			       &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		goto fail;
	}
	printf("evidence %lld recorded for occurrence %lld%s%s\n", (long long)id, occ,
	       file ? ", document " : "", hex);
	free(buf);
	store_close(s);
	return 0;
fail:
	free(buf);
	store_close(s);
	return cmd_fail(&e);
}
