/*
 * ics_expand.c: an independent reader of our iCalendar output, built on
 * libical.  Reads a VCALENDAR on stdin, expands every VEVENT (DTSTART,
 * RRULE, RDATE) with libical's own recurrence iterator, and prints one
 * "YYYY-MM-DD<TAB>SUMMARY" line per occurrence in date order.  Used by
 * tests/check/10-ics-interop.sh to compare libical's reading of a series
 * with the engine's.  Argument: a horizon date YYYYMMDD for open series.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct occ {
	char date[11];
	char summary[512];
};

static struct occ *occs;
static size_t nocc, cap;

static void add(struct icaltimetype t, const char *summary)
{
	if (nocc == cap) {
		cap = cap ? cap * 2 : 256;
		occs = realloc(occs, cap * sizeof(*occs));
		if (!occs)
			exit(70);
	}
	snprintf(occs[nocc].date, sizeof(occs[nocc].date), "%04d-%02d-%02d", t.year, t.month, t.day);
	snprintf(occs[nocc].summary, sizeof(occs[nocc].summary), "%s", summary ? summary : "");
	nocc++;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(((const struct occ *)a)->date, ((const struct occ *)b)->date);
}

int main(int argc, char **argv)
{
	static char buf[1 << 22];
	size_t n = fread(buf, 1, sizeof(buf) - 1, stdin);
	icalcomponent *cal, *ev;
	struct icaltimetype horizon = icaltime_from_string(argc > 1 ? argv[1] : "21000101");
	size_t i;

	buf[n] = '\0';
	cal = icalparser_parse_string(buf);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		fprintf(stderr, "ics_expand: not a VCALENDAR\n");
		return 65;
	}
	if (icalcomponent_count_errors(cal) > 0) {
		fprintf(stderr, "ics_expand: libical reports %d errors\n",
			icalcomponent_count_errors(cal));
		return 65;
	}
	for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		struct icaltimetype start = icalcomponent_get_dtstart(ev);
		const char *summary = icalcomponent_get_summary(ev);
		icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY);

		if (!start.is_date) {
			fprintf(stderr, "ics_expand: DTSTART is not a DATE\n");
			return 65;
		}
		if (p) {
			struct icalrecurrencetype r = icalproperty_get_rrule(p);
			icalrecur_iterator *it = icalrecur_iterator_new(r, start);
			struct icaltimetype t;
			int guard = 0;
			if (!it) {
				fprintf(stderr, "ics_expand: libical cannot iterate the RRULE\n");
				return 65;
			}
			while (!icaltime_is_null_time(t = icalrecur_iterator_next(it)) &&
			       guard++ < 200000) {
				if (icaltime_compare_date_only(t, horizon) > 0)
					break;
				add(t, summary);
			}
			icalrecur_iterator_free(it);
		} else {
			add(start, summary);
		}
		for (p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY); p;
		     p = icalcomponent_get_next_property(ev, ICAL_RDATE_PROPERTY)) {
			struct icaldatetimeperiodtype dp = icalproperty_get_rdate(p);
			add(dp.time, summary);
		}
	}
	qsort(occs, nocc, sizeof(*occs), cmp);
	for (i = 0; i < nocc; i++)
		printf("%s\t%s\n", occs[i].date, occs[i].summary);
	icalcomponent_free(cal);
	free(occs);
	return 0;
}
