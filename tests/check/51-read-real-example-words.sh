#!/bin/bash
# 51-read-real-example-words.sh: wordings of the real examples that the independent gold
# (tests/golden/read-independent/) read as duties and the reader did not (session 14), on
# two short instruments written here.  The expected values were worked out by hand:
#   direction (25 January 2018):
#   - annex 3 "The Commissioner is expected to provide independent oversight of the
#     Council's progress, under the Direction issued to the Council in December 2017. The
#     Commissioner shall:" over "a." and "b.": the first sentence is a standing duty of the
#     Commissioner (clause annex.3), the lead-in none; "in December 2017", a month over
#     before the direction was made, is when it was issued, no due date;
#   - 7.a "By 30 April 2018, enter into a partnership agreement ... If a partnership cannot
#     be agreed, alternative arrangements will need to be sought.": the council's deadline
#     of 30 April 2018 and its conditional duty, with the if-clause as condition;
#   improvement notice (13 January 2020):
#   - 3 "the council must ensure there continues to be an improvement board and report to
#     the improvement board on progress": two standing duties of the council, the second
#     to the improvement board;
#   - 4 "From time to time, the department may request an informal update on progress.":
#     the department's power; the council's conditional duty, to the department.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION ISSUED TO EXAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

WHEREAS:
1. Ofsted judged the Council's children's services to be inadequate in a report published on 1 September 2017.

NOW THEREFORE the Secretary of State directs Example Borough Council ("the Council") pursuant to section 497A(4B) of the Education Act 1996:
7. The Secretary of State directs the Council as follows:
- a) By 30 April 2018, enter into a partnership agreement with a strong local authority. If a partnership cannot be agreed, alternative arrangements will need to be sought.
- b) To co-operate with the Commissioner.

Dated: 25 January 2018

Annex A: Commissioner's terms of reference
3. The Commissioner is expected to provide independent oversight of the Council's progress, under the Direction issued to the Council in December 2017. The Commissioner shall:
 a. Chair the Example Children's Services Improvement Board;
 b. Steer the development of the partnership.
EOF
cat >"$tmp/n.txt" <<'EOF'
IMPROVEMENT NOTICE

To: Example Borough Council

Date: 13 January 2020

1. Ofsted judged the council's children's services to require improvement to be good in a report published on 5 August 2019.
2. The council will continue work with its strategic partner.
3. To ensure there is clear evidence of progression, the council must ensure there continues to be an improvement board to oversee the improvement plan and report to the improvement board on progress against the objectives in the plan.
4. From time to time, the department may request an informal update on progress against the council's success measures.
EOF
for d in d n; do
	"$OVERSIGHT" read "$tmp/$d.txt" >"$tmp/$d.json" 2>"$tmp/err" ||
		echo "FAIL real-example-words:read-$d: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" "$tmp/n.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, N = load(sys.argv[2]), load(sys.argv[3])
check = checker("real-example-words")
def got(o):
    return (o.get("bearer"), o.get("to"), o.get("kind"), o.get("due", {}).get("date"))
a3 = of(D, "annex.3")
check("duty-before-a-lead-in", len(a3) == 1 and got(a3[0])[0] == "commissioner" and got(a3[0])[2] == "standing" and "expected to provide" in a3[0].get("action", ""))
check("month-over-before-the-instrument-is-no-deadline", len(a3) == 1 and "due" not in a3[0] and "December 2017" in a3[0].get("action", ""))
check("lead-in-is-no-duty", not any("shall:" in o.get("action", "") for o in D.get("obligations", [])))
d7a = [(got(o), o.get("condition", "")) for o in of(D, "7.a")]
check("if-clause-then-passive-duty", (("council", None, "conditional", None), "If a partnership cannot be agreed") in d7a and any(g[2:] == ("deadline", "2018-04-30") for g, _ in d7a))
n3 = [got(o) for o in of(N, "3")]
check("and-report-to", len(n3) == 2 and ("council", "improvement_board", "standing", None) in n3)
check("may-request-is-the-councils", [got(o) for o in of(N, "4")] == [("council", "dfe", "conditional", None)])
PY
exit 0
