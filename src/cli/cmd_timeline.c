/*
 * cmd_timeline.c: `oversight timeline COUNCIL`: the case history in order,
 * one line per fact with its source (document and clause), or --json.
 * The view is src/views/timeline.c.
 */
#include "../base/compat.h"

#include <jansson.h>

#include "../views/views.h"
#include "cmd.h"
#include "cmd_db.h"
#include "term.h"

int cmd_timeline(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	json_t *items, *it;
	size_t i;
	int code;
	char as_of[CAL_DATE_LEN];

	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (store_council_find(s, a->argv[0], NULL, &code, &e) < 0 ||
	    !(items = views_timeline(s, code, a->today, &e))) {
		store_close(s);
		return cmd_fail(&e);
	}
	cal_format_iso(a->today, as_of);
	if (cmd_flag(a, "json")) {
		term_print_json(json_pack("{s:s, s:i, s:o}", "as_of", as_of, "council", code, "items",
					  items));
	} else {
		json_array_foreach(items, i, it) {
			json_t *src = json_object_get(it, "source");
			const char *name = json_string_value(json_object_get(src, "name"));
			const char *doc = json_string_value(json_object_get(src, "document"));
			const char *clause = json_string_value(json_object_get(src, "clause"));
			const char *base = name && strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
			printf("%s  %-11s  %s", json_string_value(json_object_get(it, "date")),
			       json_string_value(json_object_get(it, "what")),
			       json_string_value(json_object_get(it, "detail")));
			if (base || doc)
				printf("  [%s%s%s]", base ? base : "", doc && !base ? "" : "",
				       doc && !base ? doc : "");
			if (clause)
				printf(" clause %s", clause);
			putchar('\n');
		}
		json_decref(items);
	}
	store_close(s);
	return 0;
}
