#!/bin/bash
# 76-read-session27.sh: what session 27 taught the reader, on documents written here.
# The expected values were worked out by hand from their words:
#   - q, an improvement notice of Tuesday 6 September 2022.  1: "within 15 working days of
#     the end of each quarter, the first for the quarter ending 30 September 2022": a
#     series every three months anchored to the quarters' ends, each the 15th working day
#     of the month after the quarter (October 2022: 3-7, 10-14, 17-21), the first (and
#     due) Friday 21 October 2022, day rule "15WD".  2: "no later than 5 working days after
#     the end of each month": every month, the 5th working day of the next; the first after
#     the notice's date is September 2022's (1, 2, 5, 6, 7): Wednesday 7 September 2022,
#     day rule "5WD".  3: "publish its annual report ... each year, in June": one series
#     (the report's "annual" and "each year" are the same pace), yearly, each in June, the
#     first in June 2023 (June 2022 had ended before the notice): due in the window 1 to 30
#     June 2023, first 2023-06-30.
#   - a, a DfE official's letter of Thursday 21 March 2024: "no later than 10 working days
#     after the end of each quarter": the 10th working day of April 2024 (Easter Monday, 1
#     April, skipped: 2-5, 8-12, 15), Monday 15 April 2024, then Friday 12 July 2024 (1-5,
#     8-12); "will publish its self-assessment annually, in April": one series, yearly, the
#     first due in April 2024 (the window 1 to 30 April 2024), first 2024-04-30.
#   - neg, a notice of 6 September 2022: "within 20 days of the end of each quarter" counts
#     calendar days, which no day of the month fixes: no day rule.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/q.txt" <<'EOF'
IMPROVEMENT NOTICE

To: Sampleshire County Council

Dated: 6 September 2022

1. The Council shall send the Department its performance dataset within 15 working days of the end of each quarter, the first for the quarter ending 30 September 2022.

2. The Council shall provide the Improvement Adviser with its audit summary no later than 5 working days after the end of each month.

3. The Council shall publish its annual report on the Improvement Plan each year, in June.
EOF
cat >"$tmp/a.txt" <<'EOF'
Department for Education
Sanctuary Buildings
Great Smith Street
London SW1P 3BT

Ms Ada Example
Chief Executive
Sampleshire County Council
County Hall
Sampletown
ST1 1AA

21 March 2024

Dear Ada,

Sampleshire County Council: stocktake

Thank you for hosting the stocktake of 12 March 2024. I set out below what was agreed.

First, the Council will send the Department its performance dashboard no later than 10 working days after the end of each quarter.

Second, the Council will publish its self-assessment annually, in April, and will share it with the Department.

Yours sincerely,

Cal Example
Deputy Director
EOF
cat >"$tmp/neg.txt" <<'EOF'
IMPROVEMENT NOTICE

To: Sampleshire County Council

Dated: 6 September 2022

1. The Council shall send the Department its performance dataset within 20 days of the end of each quarter.
EOF
for f in q a neg; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session27:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of
check = checker("session27")
Q, A, NEG = (load(sys.argv[2] + "/" + f + ".json") for f in ("q", "a", "neg"))
def rec(o, k):
    return o.get("recurrence", {}).get(k)
check("quarter-working-days-after-end", [(got(o), rec(o, "anchor"), rec(o, "day")) for o in of(Q, "1")] ==
      [(("council", "recurring", "2022-10-21", "P3M", "2022-10-21"), "quarter_end", "15WD")])
check("month-working-days-after-end", [(got(o), rec(o, "day")) for o in of(Q, "2")] ==
      [(("council", "recurring", "2022-09-07", "P1M", "2022-09-07"), "5WD")])
check("annual-each-year-one-series", [(got(o), o.get("due", {}).get("start")) for o in of(Q, "3")] ==
      [(("council", "recurring", "2023-06-30", "P1Y", "2023-06-30"), "2023-06-01")])
ao = A.get("obligations", [])
check("letter-two-duties", len(ao) == 2)
check("letter-quarter-working-days", [(got(o), rec(o, "day")) for o in ao[:1]] ==
      [(("council", "recurring", "2024-04-15", "P3M", "2024-04-15"), "10WD")])
check("letter-quarter-second", "then 2024-07-12" in (rec(ao[0], "derivation") or "") if ao else False)
check("letter-annually-in-april", [(got(o), o.get("due", {}).get("start")) for o in ao[1:]] ==
      [(("council", "recurring", "2024-04-30", "P1Y", "2024-04-30"), "2024-04-01")])
check("calendar-days-no-day-rule", [rec(o, "day") for o in of(NEG, "1")] == [None])
PY
exit 0
