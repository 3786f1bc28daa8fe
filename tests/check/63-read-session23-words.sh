#!/bin/bash
# 63-read-session23-words.sh: wordings the reader learnt in session 23 (besides the
# interleaved table of check 62), on two short documents written here.  The expected
# values were worked out by hand from their words:
#   - a Minister's letter of 14 November 2017: "Ms Ann Cole's term as Commissioner ended
#     at the end of October" (31 October 2017, over) and Mr Reed's "appointment will run
#     until the end of June" (30 June 2018); "Until his appointment ends, Mr Reed will meet
#     your Director of Children's Services every fortnight" is a series ending with the
#     term still running, 30 June 2018 (first 14 November + 2 weeks = 28 November 2017);
#   - a direction of 9 January 2026: 2 "a report ..., based on monthly case audits, at each
#     meeting of the Board" is standing (the audits are monthly, the report goes to each
#     meeting); 3 "monthly reports" is still a monthly series (first 9 February 2026); the
#     Schedule's milestone 1 "Readiness assessment by the Commissioner submitted to the
#     Secretary of State: by 31 July 2026" is the Commissioner's, milestone 2 "Improvement
#     plan agreed by the Commissioner: by 30 June 2026" the Council's (the Commissioner
#     approves it).
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/c.txt" <<'EOF'
Minister for Children and Families
Department for Education
Sanctuary Buildings
Great Smith Street
London SW1P 3BT

Councillor Dana Smith
Leader
Rutland County Council
Catmose
Oakham
LE15 6HP

14 November 2017

Dear Dana,

RUTLAND CHILDREN'S SERVICES

Ms Ann Cole's term as Commissioner ended at the end of October, and I am grateful to her for her review. In October I also asked Mr Tom Reed to act as Improvement Adviser to the Council, and he took up the role on 1 November. His appointment will run until the end of June.

Until his appointment ends, Mr Reed will meet your Director of Children's Services every fortnight.

Yours sincerely,

Sam Minister MP
EOF
cat >"$tmp/d.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 9 January 2026.

1. Ofsted judged the Council's children's services to be inadequate in its report published on 2 December 2025.

2. The Council shall provide the Improvement Board with a report on the quality of social work practice, based on monthly case audits, at each meeting of the Board.

3. The Council shall send the Department for Education monthly reports on its performance data.

4. The Council shall meet each milestone in the Schedule by the date shown there.

Signed by authority of the Secretary of State for Education

Dated 9 January 2026

SCHEDULE
Milestones
1. Readiness assessment by the Commissioner submitted to the Secretary of State: by 31 July 2026.
2. Improvement plan agreed by the Commissioner: by 30 June 2026.
EOF
for f in c d; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session23-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got
C, D = (load(sys.argv[2] + "/" + f + ".json") for f in "cd")
check = checker("session23-words")
c1 = C.get("obligations", [])
check("until-appointment-ends-term-still-running",
      [(got(o), o.get("recurrence", {}).get("until")) for o in c1] ==
      [(("improvement_adviser", "recurring", None, "P2W", "2017-11-28"), "2018-06-30")])
check("based-on-monthly-audits-at-each-meeting", [got(o) for o in of(D, "2")] == [("council", "standing", None, None, None)])
check("monthly-reports-still-monthly", [got(o) for o in of(D, "3")] == [("council", "recurring", None, "P1M", "2026-02-09")])
check("milestone-doer-after-by", [got(o) for o in of(D, "annex.1")] == [("commissioner", "deadline", "2026-07-31", None, None)])
check("milestone-approver-is-not-doer", [got(o) for o in of(D, "annex.2")] == [("council", "deadline", "2026-06-30", None, None)])
PY
exit 0
