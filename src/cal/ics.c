/*
 * ics.c: writing VCALENDAR/VEVENT text (see ics.h).
 *
 * Choosing the rule.  Days and weeks map to FREQ=DAILY/WEEKLY with
 * INTERVAL.  Months and years (years are written as 12n months) map to
 * FREQ=MONTHLY;INTERVAL=n with a day-of-month rule chosen from the day t
 * each occurrence wants (the anchor's day, or the day before it under the
 * day-before convention):
 *   t in 1..28      plain FREQ=MONTHLY (the DTSTART's day every time)
 *   t == 31, or the last day of the month   BYMONTHDAY=-1
 *   t in 29..30     BYMONTHDAY=28,..,t;BYSETPOS=-1 (the latest of those
 *                   days that the month has: 30 April, 28 or 29 February)
 * A day rule of weekdays ("the first Monday of every month") maps to
 * FREQ=MONTHLY;INTERVAL=n;BYDAY=1MO (or -1FR, the last Friday); a day rule of
 * working days has no RRULE (no rule can skip England's bank holidays), so its
 * dates are listed.  Before a rule is written, every expanded occurrence is
 * checked against what the rule means; on any difference the series falls
 * back to RDATEs.
 */
#include "../base/compat.h"

#include "../base/sha256.h"
#include "ics.h"

#define FOLD 75

/* Append one content line, folded at 75 octets, ending in CRLF. */
static void line(struct strbuf *out, const char *s)
{
	size_t len = strlen(s), col = 0, i = 0;

	while (i < len) {
		size_t clen = 1;
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xf0)
			clen = 4;
		else if (c >= 0xe0)
			clen = 3;
		else if (c >= 0xc0)
			clen = 2;
		if (i + clen > len)
			clen = len - i;
		if (col + clen > FOLD) {
			strbuf_add(out, "\r\n ", 3);
			col = 1;
		}
		strbuf_add(out, s + i, clen);
		col += clen;
		i += clen;
	}
	strbuf_add(out, "\r\n", 2);
}

/* NAME:escaped-text, folded. */
static void text_prop(struct strbuf *out, const char *name, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p;

	strbuf_adds(&sb, name);
	strbuf_addch(&sb, ':');
	for (p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '\\' || c == ';' || c == ',') {
			strbuf_addch(&sb, '\\');
			strbuf_addch(&sb, c);
		} else if (c == '\n') {
			strbuf_adds(&sb, "\\n");
		} else if (c == '\r' || (c < 0x20 && c != '\t') || c == 0x7f) {
			continue;
		} else {
			strbuf_addch(&sb, c);
		}
	}
	line(out, strbuf_str(&sb));
	strbuf_release(&sb);
}

static void date_basic(cal_day d, char *buf, size_t n)
{
	struct cal_ymd t = cal_to_ymd(d);
	snprintf(buf, n, "%04d%02d%02d", t.y, t.m, t.d);
}

void ics_begin(struct strbuf *out, const char *calname)
{
	line(out, "BEGIN:VCALENDAR");
	line(out, "VERSION:2.0");
	line(out, "PRODID:-//Oversight//Oversight calendar engine//EN");
	line(out, "CALSCALE:GREGORIAN");
	line(out, "METHOD:PUBLISH");
	if (calname)
		text_prop(out, "X-WR-CALNAME", calname);
}

void ics_end(struct strbuf *out)
{
	line(out, "END:VCALENDAR");
}

void ics_uid(const char *key, char *uid, size_t n)
{
	char hex[65];

	sha256_hex(key, strlen(key), hex);
	snprintf(uid, n, "%.32s@oversight", hex);
}

/* The day each monthly occurrence wants: 1..30, or 31 for the month's last. */
static int wanted_day(const struct cal_recur *r)
{
	int k0;
	cal_day base = cal_recur_base(r, &k0);
	int d = cal_to_ymd(base).d;

	if (r->month_end)
		return 31;
	if (r->conv == CAL_DAY_BEFORE)
		return d == 1 ? 31 : d - 1;
	return d;
}

/* What the RRULE we would write yields in month (y, m). */
static int rule_day(int t, int y, int m)
{
	int dim = cal_days_in_month(y, m);
	return t >= 31 || t > dim ? dim : t;
}

/* What BYDAY=<nth><wd> means in month (y, m), worked from the month's ends here
 * rather than by the engine that made the occurrences. */
static int byday_day(int nth, enum cal_weekday wd, int y, int m)
{
	int dim = cal_days_in_month(y, m), d, seen = 0;

	for (d = nth > 0 ? 1 : dim; d >= 1 && d <= dim; d += nth > 0 ? 1 : -1)
		if (cal_weekday(cal_from_ymd(y, m, d)) == wd && ++seen == (nth > 0 ? nth : 1))
			return d;
	return 0;
}

bool ics_series_rrule(const struct cal_recur *r, const cal_day *occ, int nocc, bool open_ended,
		      cal_day *dtstart, char *rule, size_t n)
{
	char end[48] = "", until[16];
	int i, t = 0, step;
	long m0;
	struct cal_ymd s;

	if (nocc <= 0)
		return false;
	*dtstart = occ[0];
	if (!open_ended) {
		if (r->count > 0 && (!r->has_until || nocc == r->count))
			snprintf(end, sizeof(end), ";COUNT=%d", nocc);
		else {
			date_basic(r->until, until, sizeof(until));
			snprintf(end, sizeof(end), ";UNTIL=%s", until);
		}
	}
	switch (r->every.unit) {
	case CAL_DAYS:
	case CAL_WEEKS:
		step = r->every.n * (r->every.unit == CAL_WEEKS ? 7 : 1);
		for (i = 1; i < nocc; i++)
			if (occ[i] - occ[i - 1] != step)
				return false;
		snprintf(rule, n, "FREQ=%s;INTERVAL=%d%s",
			 r->every.unit == CAL_WEEKS ? "WEEKLY" : "DAILY", r->every.n, end);
		return true;
	case CAL_MONTHS:
	case CAL_YEARS:
		break;
	case CAL_WORKING_DAYS:
		return false;
	}
	step = r->every.n * (r->every.unit == CAL_YEARS ? 12 : 1);
	s = cal_to_ymd(occ[0]);
	m0 = (long)s.y * 12 + s.m - 1;
	if (r->day.kind != CAL_DAY_NONE) {
		static const char codes[7][3] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
		if (r->day.kind != CAL_DAY_WEEKDAY || r->day.wd < CAL_MON || r->day.wd > CAL_SUN ||
		    !((r->day.nth >= 1 && r->day.nth <= 4) || r->day.nth == -1))
			return false;
		for (i = 0; i < nocc; i++) {
			struct cal_ymd o = cal_to_ymd(occ[i]);
			if ((long)o.y * 12 + o.m - 1 != m0 + (long)i * step ||
			    o.d != byday_day(r->day.nth, r->day.wd, o.y, o.m))
				return false;
		}
		snprintf(rule, n, "FREQ=MONTHLY;INTERVAL=%d;BYDAY=%d%s%s", step, r->day.nth,
		         codes[r->day.wd], end);
		return true;
	}
	t = wanted_day(r);
	for (i = 0; i < nocc; i++) {
		struct cal_ymd o = cal_to_ymd(occ[i]);
		if ((long)o.y * 12 + o.m - 1 != m0 + (long)i * step || o.d != rule_day(t, o.y, o.m))
			return false;
	}
	if (t <= 28 && s.d == t)
		snprintf(rule, n, "FREQ=MONTHLY;INTERVAL=%d%s", step, end);
	else if (t >= 31)
		snprintf(rule, n, "FREQ=MONTHLY;INTERVAL=%d;BYMONTHDAY=-1%s", step, end);
	else if (t == 29)
		snprintf(rule, n, "FREQ=MONTHLY;INTERVAL=%d;BYMONTHDAY=28,29;BYSETPOS=-1%s", step, end);
	else if (t == 30)
		snprintf(rule, n, "FREQ=MONTHLY;INTERVAL=%d;BYMONTHDAY=28,29,30;BYSETPOS=-1%s", step,
			 end);
	else
		return false;
	return true;
}

int ics_add_event(struct strbuf *out, const struct ics_event *ev, cal_day dtstamp, struct err *e)
{
	char a[16], b[16], prop[256];
	cal_day start = ev->date;
	cal_day *occ = NULL;
	int nocc = 0, i;
	bool more = false, use_rule = false;
	char rule[160];

	if (ev->recur) {
		occ = malloc(sizeof(*occ) * CAL_RECUR_MAX);
		if (!occ)
			return err_set(e, ERR_INTERNAL, "out of memory");
		nocc = cal_recur_expand(ev->recur, occ, CAL_RECUR_MAX, &more, e);
		if (nocc < 0) {
			free(occ);
			return -1;
		}
		if (nocc == 0) { /* a series that ended before it began: nothing to write */
			free(occ);
			return 0;
		}
		use_rule = ics_series_rrule(ev->recur, occ, nocc, ev->open_ended, &start, rule,
					    sizeof(rule));
		start = occ[0];
	}
	line(out, "BEGIN:VEVENT");
	snprintf(prop, sizeof(prop), "UID:%s", ev->uid);
	line(out, prop);
	date_basic(dtstamp, a, sizeof(a));
	snprintf(prop, sizeof(prop), "DTSTAMP:%sT000000Z", a);
	line(out, prop);
	date_basic(start, a, sizeof(a));
	date_basic(start + 1, b, sizeof(b));
	snprintf(prop, sizeof(prop), "DTSTART;VALUE=DATE:%s", a);
	line(out, prop);
	snprintf(prop, sizeof(prop), "DTEND;VALUE=DATE:%s", b);
	line(out, prop);
	if (ev->recur && use_rule) {
		snprintf(prop, sizeof(prop), "RRULE:%s", rule);
		line(out, prop);
	} else if (ev->recur && nocc > 1) {
		/* One RDATE line per date keeps lines short and parsers happy. */
		for (i = 1; i < nocc; i++) {
			date_basic(occ[i], a, sizeof(a));
			snprintf(prop, sizeof(prop), "RDATE;VALUE=DATE:%s", a);
			line(out, prop);
		}
	}
	text_prop(out, "SUMMARY", ev->summary ? ev->summary : "");
	if (ev->description)
		text_prop(out, "DESCRIPTION", ev->description);
	if (ev->url) {
		/* URL is a URI, not TEXT: no escaping, but no control characters. */
		struct strbuf u = STRBUF_INIT;
		const char *q;
		strbuf_adds(&u, "URL:");
		for (q = ev->url; *q; q++)
			if ((unsigned char)*q > 0x20 && *q != 0x7f)
				strbuf_addch(&u, *q);
		line(out, strbuf_str(&u));
		strbuf_release(&u);
	}
	line(out, "TRANSP:TRANSPARENT");
	line(out, "END:VEVENT");
	free(occ);
	if (out->failed)
		return err_set(e, ERR_INTERNAL, "calendar output too large");
	return 0;
}
