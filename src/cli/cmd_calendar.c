/*
 * cmd_calendar.c: `oversight calendar [--council C] > feed.ics`: every dated
 * obligation as all-day calendar items (src/views/calendar.c), to import
 * into a diary or serve as a subscription.
 */
#include "../base/compat.h"

#include "../base/strbuf.h"
#include "../views/views.h"
#include "cmd.h"
#include "cmd_db.h"

int cmd_calendar(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	struct strbuf sb = STRBUF_INIT;
	const char *council = cmd_opt(a, "council");
	char name[128];
	int code = 0, rc = 0;

	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (council && store_council_find(s, council, NULL, &code, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	if (code) {
		struct store_val k[] = {sv_int(code)};
		char cname[96];
		store_query_text(s, "SELECT name FROM councils WHERE code = ?", k, 1, cname,
				 sizeof cname, &e);
		snprintf(name, sizeof name, "Oversight: %s", cname);
	} else {
		snprintf(name, sizeof name, "Oversight: every council");
	}
	if (views_calendar(s, code, name, a->today, &sb, NULL, &e) < 0)
		rc = cmd_fail(&e);
	else
		fwrite(sb.buf, 1, sb.len, stdout);
	strbuf_release(&sb);
	store_close(s);
	return rc;
}
