/*
 * feed.c: obligations as iCalendar events (see feed.h).  The series logic
 * is the calendar engine's: the end is cut to the day before the
 * instrument ended, exactly as rules_schedule() cuts occurrences, so the
 * feed and `oversight due` list the same dates.
 */
#include "../base/compat.h"

#include "feed.h"

void feed_uid(const struct feed_item *it, char *uid, size_t n)
{
	struct strbuf key = STRBUF_INIT;

	strbuf_addf(&key, "obligation|%s|%s|%s", it->council ? it->council : "",
		    it->document_sha ? it->document_sha : "",
		    it->obligation_id ? it->obligation_id : "");
	ics_uid(strbuf_str(&key), uid, n);
	strbuf_release(&key);
}

int feed_add(struct strbuf *out, const struct feed_item *it, cal_day dtstamp, struct err *e)
{
	struct strbuf summary = STRBUF_INIT, desc = STRBUF_INIT;
	struct ics_event ev;
	struct cal_recur r;
	char uid[64];
	int rc;

	if (it->timing.kind == RULES_T_NONE)
		return 0;
	feed_uid(it, uid, sizeof(uid));
	strbuf_addf(&summary, "%s: %s", it->council ? it->council : "?",
		    it->action ? it->action : "obligation");
	strbuf_addf(&desc, "%s, clause %s (%s owes it).\n\n%s\n\nSource: %s (sha256 %.12s)",
		    it->instrument ? it->instrument : "", it->obligation_id ? it->obligation_id : "",
		    it->bearer ? it->bearer : "?", it->clause_text ? it->clause_text : "",
		    it->document_name ? it->document_name : "", it->document_sha ? it->document_sha : "");
	memset(&ev, 0, sizeof(ev));
	ev.uid = uid;
	ev.summary = strbuf_str(&summary);
	ev.description = strbuf_str(&desc);
	ev.url = it->url;
	if (it->timing.kind == RULES_T_DEADLINE) {
		ev.date = it->timing.due;
	} else {
		r = it->timing.series;
		r.count = 0;
		if (it->ended) {
			cal_day stop = it->end - 1;
			if (!r.has_until || stop < r.until)
				r.until = stop;
			r.has_until = true;
		} else if (!r.has_until) {
			r.has_until = true;
			r.until = it->horizon;
			ev.open_ended = true;
		}
		ev.recur = &r;
	}
	rc = ics_add_event(out, &ev, dtstamp, e);
	strbuf_release(&summary);
	strbuf_release(&desc);
	return rc;
}
