#!/bin/bash
# 61-read-day-rules.sh: series on a fixed day of the month ("day rules", session 22),
# from the words to the register: read, ingested into a new SQLite register, listed by
# `oversight due` and the calendar feed; and a register of the schema before them
# migrated.  The direction below, dated Wednesday 15 January 2025 for Rutland, was
# written here; its dates were read off a printed calendar and the bank-holiday list:
#   - 2(a) "on the first Monday of every month": 3 February 2025 (1 February is a
#     Saturday), 3 March, 7 April, 5 May 2025 (a bank holiday, but the words name a
#     Monday); RRULE FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO; in July 2026, 6 July;
#   - 2(b) "on the first working day of each quarter": 1 April 2025 (the first quarter
#     to begin after the date), 1 July, 1 October 2025, 2 January 2026 (1 January is
#     New Year's Day); July 2026: 1 July; no RRULE (bank holidays), so RDATEs;
#   - 3 "on or before the last working day of each month" (the Commissioner's): 31
#     January 2025, 28 February, 31 March, 30 April, 30 May 2025 (31 May a Saturday),
#     28 August 2026 (31 August 2026, a Monday, is the summer bank holiday);
#   - 4 "Starting on the second Tuesday of March 2025, ... on the second Tuesday of
#     every month": 11 March 2025, 8 April, 13 May 2025; RRULE BYDAY=2TU;
#   - not day rules: "Board meetings are usually held on the first Monday of each
#     month" (no duty), 2(c) "on Monday 2 June 2025" (a deadline that day), 2(d)
#     "every working day".
set -u
O=${OVERSIGHT:-build/oversight}
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
unset OVERSIGHT_DB
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 15 January 2025.

1. Ofsted judged the Council's children's services to be inadequate in its report published on 2 December 2024. Board meetings are usually held on the first Monday of each month.

2. The Secretary of State directs the Council as follows:
(a) the Council shall report to the Improvement Board on its progress on the first Monday of every month;
(b) the Council shall send the Department for Education a return of its performance data on the first working day of each quarter;
(c) the Council shall attend the review on Monday 2 June 2025; and
(d) the Council shall update its case tracker every working day.

3. The Commissioner shall, on or before the last working day of each month, send the Minister for Children a written update on the Council's progress.

4. Starting on the second Tuesday of March 2025, the Director of Children's Services shall meet the Commissioner on the second Tuesday of every month.

Signed by authority of the Secretary of State for Education

Dated 15 January 2025
EOF
"$O" read "$tmp/a.txt" >"$tmp/a.json" 2>"$tmp/err" || echo "FAIL day-rules:read: exit $?: $(cat "$tmp/err")"
"$O" db init --db "$tmp/r.db" >/dev/null && "$O" ingest --db "$tmp/r.db" "$tmp/a.txt" >/dev/null 2>"$tmp/err" ||
	echo "FAIL day-rules:ingest: $(cat "$tmp/err")"
"$O" due --db "$tmp/r.db" --as-of 2025-01-20 --within P4M --json >"$tmp/due.json" 2>"$tmp/err" ||
	echo "FAIL day-rules:due: $(cat "$tmp/err")"
"$O" calendar --db "$tmp/r.db" --as-of 2025-01-20 >"$tmp/r.ics" 2>"$tmp/err" ||
	echo "FAIL day-rules:calendar: $(cat "$tmp/err")"
"${BUILD:-build}/tests/ics_expand" 20260930 <"$tmp/r.ics" >"$tmp/ics.txt" 2>"$tmp/err" ||
	echo "FAIL day-rules:ics-expand: $(cat "$tmp/err")"

# An older register: the schema before day rules (version 6, no obligations.day),
# refused until migrated, then migrated in one step and used.
"$O" db init --db "$tmp/old.db" >/dev/null
/usr/bin/python3 - "$tmp/old.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("ALTER TABLE obligations DROP COLUMN day")
c.execute("UPDATE schema_version SET version = 6")
c.commit()
PY
"$O" due --db "$tmp/old.db" --as-of 2025-01-20 >"$tmp/old-refused" 2>&1
echo "rc=$?" >>"$tmp/old-refused"
"$O" db migrate --db "$tmp/old.db" >"$tmp/migrate" 2>&1
"$O" db check --db "$tmp/old.db" >"$tmp/check" 2>&1
echo "rc=$?" >>"$tmp/check"
"$O" ingest --db "$tmp/old.db" "$tmp/a.txt" >/dev/null 2>&1
"$O" due --db "$tmp/old.db" --as-of 2025-01-20 --within P4M --json >"$tmp/old-due.json" 2>&1

/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got
t = sys.argv[2]
A = load(t + "/a.json")
check = checker("day-rules")


def rec(o, k):
    return o.get("recurrence", {}).get(k)


a = of(A, "2.a")
check("first-monday-of-every-month",
      [got(o) for o in a] == [("council", "recurring", "2025-02-03", "P1M", "2025-02-03")] and
      rec(a[0], "day") == "1MO" and rec(a[0], "anchor") == "instrument_date" and
      rec(a[0], "rrule") == "FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO" and
      a[0]["due"].get("rule") == "on" and "2025-03-03, 2025-04-07" in rec(a[0], "derivation"))
b = of(A, "2.b")
check("first-working-day-of-each-quarter",
      [got(o) for o in b] == [("council", "recurring", "2025-04-01", "P3M", "2025-04-01")] and
      rec(b[0], "day") == "1WD" and rec(b[0], "rrule") is None and b[0].get("to") == "dfe")
c3 = of(A, "3")
check("last-working-day-of-each-month",
      [got(o) for o in c3] == [("commissioner", "recurring", "2025-01-31", "P1M", "2025-01-31")] and
      rec(c3[0], "day") == "-1WD" and c3[0].get("to") == "minister")
c4 = of(A, "4")
check("starting-on-the-second-tuesday-of-march",
      [got(o) for o in c4] == [("dcs", "recurring", "2025-03-11", "P1M", "2025-03-11")] and
      rec(c4[0], "day") == "2TU" and rec(c4[0], "rrule") == "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU" and
      not [o for o in A.get("obligations", []) if o.get("due", {}).get("date") == "2025-03-31" and
           o.get("clause") == "4"])
check("meetings-held-no-duty", of(A, "1") == [])
check("a-dated-monday-is-a-deadline",
      [got(o) for o in of(A, "2.c")] == [("council", "deadline", "2025-06-02", None, None)])
check("every-working-day-no-day-rule", all(rec(o, "day") is None for o in of(A, "2.d")))

try:
    due = json.load(open(t + "/due.json"))["items"]
except (ValueError, KeyError):
    due = []
by = {}
for i in due:
    by.setdefault(i.get("clause"), []).append(i.get("due"))
check("due-lists-the-rule-days",
      by.get("2.a") == ["2025-02-03", "2025-03-03", "2025-04-07", "2025-05-05"] and
      by.get("2.b") == ["2025-04-01"] and
      by.get("3") == ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"] and
      by.get("4") == ["2025-03-11", "2025-04-08", "2025-05-13"])

ics = open(t + "/r.ics", newline="").read()
rows = set()
for line in open(t + "/ics.txt"):
    d, s = line.rstrip("\n").split("\t", 1)
    rows.add((d, s.split(":", 1)[1].strip()[:20]))
check("feed-rrule-byday", "RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO\r\n" in ics and
      "RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU\r\n" in ics)
check("feed-working-days-as-rdates", "RDATE;VALUE=DATE:20260102\r\n" in ics and
      "RDATE;VALUE=DATE:20260828\r\n" in ics and "BYSETPOS" not in ics)
check("feed-expands-to-the-rule-days",
      ("2026-07-06", "the Council shall re") in rows and
      ("2026-07-01", "the Council shall se") in rows and
      ("2026-08-28", "The Commissioner sha") in rows and
      ("2026-07-14", "Starting on the seco") in rows and
      ("2026-08-31", "The Commissioner sha") not in rows)

old = open(t + "/old-refused").read()
check("older-register-refused", "db migrate" in old and "rc=0" not in old)
check("older-register-migrated", "migrated from schema version 6 to 7" in open(t + "/migrate").read() and
      "rc=0" in open(t + "/check").read())
try:
    od = json.load(open(t + "/old-due.json"))["items"]
except (ValueError, KeyError):
    od = []
check("migrated-register-lists-the-rule-days",
      [i.get("due") for i in od if i.get("clause") == "2.a"] ==
      ["2025-02-03", "2025-03-03", "2025-04-07", "2025-05-05"])
PY
exit 0
