#!/usr/bin/python3
"""py_expand.py: a second, independent reader of our iCalendar output.

Parses a VCALENDAR on stdin with Debian's python3-icalendar and expands
every event (RRULE, RDATE) with python3-recurring-ical-events (dateutil
underneath), printing one "YYYY-MM-DD<TAB>SUMMARY" line per occurrence in
date order.  Argument: a horizon date YYYY-MM-DD for open series.
"""
import datetime
import sys

import icalendar
import recurring_ical_events


def main():
    horizon = datetime.date.fromisoformat(sys.argv[1] if len(sys.argv) > 1 else "2100-01-01")
    data = sys.stdin.buffer.read()
    cal = icalendar.Calendar.from_ical(data)
    rows = []
    for ev in recurring_ical_events.of(cal).between(datetime.date(1, 1, 1), horizon + datetime.timedelta(days=1)):
        start = ev.get("DTSTART").dt
        if isinstance(start, datetime.datetime):
            sys.exit("py_expand: DTSTART is not a DATE")
        rows.append((start.isoformat(), str(ev.get("SUMMARY", ""))))
    rows.sort()
    for d, s in rows:
        print(f"{d}\t{s}")


if __name__ == "__main__":
    main()
