#!/bin/bash
# 52-read-listed-dates-and-months-after.sh: two wordings of the fifth unseen set that the
# reader learnt in session 14, on a short notice written here (20 December 2011, a
# Tuesday).  The expected values were worked out by hand from its words:
#   - 3 "by no later than the end of the third month after the date of this Notice": the
#     notice is of December 2011; the third month after December is March 2012; its end,
#     31 March 2012 (rule end_of);
#   - 4 "Officials of the Department will hold review meetings with the Council on the
#     following dates:" then "• 26 March 2012;", "• 25 June 2012; and", "• 24 September
#     2012.": three duties of the Department, to the Council, each on its day (rule on);
#   - 5 "... will meet the Council in March 2012": a month after the notice, a window;
#     and "the direction issued in November 2011" (a month over before the notice) is no
#     due date.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/n.txt" <<'EOF'
IMPROVEMENT NOTICE: EXAMPLE BOROUGH COUNCIL

Date: 20 December 2011

1. Ofsted judged the Council's safeguarding services to be inadequate in a report published on 2 November 2011.
2. The Council must co-operate with the Improvement Adviser.
3. The Council must submit a revised improvement plan to the Department by no later than the end of the third month after the date of this Notice.
4. Officials of the Department will hold review meetings with the Council on the following dates:
       • 26 March 2012;
       • 25 June 2012; and
       • 24 September 2012.
5. The Improvement Adviser appointed under the direction issued in November 2011 will meet the Council in March 2012.
EOF
"$OVERSIGHT" read "$tmp/n.txt" >"$tmp/n.json" 2>"$tmp/err" ||
	echo "FAIL listed-dates:read: exit $?: $(cat "$tmp/err")"
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/n.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
N = load(sys.argv[2])
check = checker("listed-dates")
def got(o):
    return (o.get("bearer"), o.get("to"), o.get("kind"), o.get("due", {}).get("date"), o.get("due", {}).get("rule"))
check("end-of-the-third-month-after", [got(o) for o in of(N, "3")] == [("council", "dfe", "deadline", "2012-03-31", "end_of")])
n4 = [got(o) for o in of(N, "4")]
check("on-the-following-dates", n4 == [("dfe", "council", "deadline", d, "on") for d in ("2012-03-26", "2012-06-25", "2012-09-24")])
check("listed-date-keeps-the-act", all("review meetings" in o.get("action", "") and "•" not in o.get("action", "") for o in of(N, "4")))
n5 = [got(o) for o in of(N, "5")]
check("month-before-no-due-month-after-window", n5 == [("improvement_adviser", "council", "deadline", "2012-03-31", "in_month")])
PY
exit 0
