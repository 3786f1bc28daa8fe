#!/bin/bash
# 73-read-session25-fresh26.sh: what the twenty-sixth unseen set taught in session 25, on
# documents written here.  The expected values were worked out by hand from their words:
#   - a, a direction of Thursday 3 March 2022: "3. The Commissioner will exercise on behalf
#     of the Secretary of State the functions set out in Schedule 1" points to the
#     schedule (no duty), while "4. The Council shall co-operate with the Commissioner in
#     the exercise of the functions set out in Schedule 1" is the Council's standing
#     duty; Schedule 2's "1. The Council shall provide the Commissioner with:" over items
#     that each open with their own time gives one duty an item: "(a) within 28 days of
#     the date of this Direction, a self-assessment" by 31 March 2022 (3 March + 28 days),
#     "(b) fortnightly, performance data" every two weeks (P2W), "(c) every second month,
#     a report" every two months (P2M), "(d) at least annually, a copy of its budget"
#     every year (P1Y); "2. ... any further information that the Commissioner may
#     reasonably request within 28 days of receipt of his request" a condition (no date);
#     "5. The Council shall, by 30 June 2022,
#     establish a Children's Services Improvement Board ("the Board"), chaired by the
#     Commissioner, which shall meet not less than once every two months": the Council's
#     deadline (30 June 2022), the Board's meetings every two months (the Board's), the
#     Commissioner's chair;
#   - b, an improvement notice of Thursday 16 May 2019 whose paragraph 5 ends "The Council
#     must meet each milestone no later than the last day of the month shown against
#     it:" over "a) July 2019: ...", "b) October 2019: ...", "c) March 2020: ...": the
#     Council's three deadlines, 31 July 2019, 31 October 2019 and 31 March 2020, and no
#     duty for the lead-in's "The improvement plan must set out ...".
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
Direction to Rutland County Council under section 497A(4B) of the Education Act 1996

1. Ofsted's report published on 1 February 2022 judged the overall effectiveness of the children's services of Rutland County Council ("the Council") to be inadequate.

2. The Secretary of State for Education ("the Secretary of State") has appointed Mr Sam Example as Children's Services Commissioner for Rutland ("the Commissioner").

3. The Commissioner will exercise on behalf of the Secretary of State the functions set out in Schedule 1 to this Direction.

4. The Council shall co-operate with the Commissioner in the exercise of the functions set out in Schedule 1.

5. The Council shall, by 30 June 2022, establish a Children's Services Improvement Board ("the Board"), chaired by the Commissioner, which shall meet not less than once every two months.

6. This Direction shall remain in force until revoked by the Secretary of State.

Signed on behalf of the Secretary of State for Education

Jo Bloggs
Deputy Director, Department for Education

3 March 2022

SCHEDULE 1: FUNCTIONS TO BE EXERCISED BY THE COMMISSIONER

1. The Commissioner shall advise the Council on the recruitment of a permanent Director of Children's Services.

SCHEDULE 2: INFORMATION TO BE PROVIDED TO THE COMMISSIONER

1. The Council shall provide the Commissioner with:

(a) within 28 days of the date of this Direction, a self-assessment of its children's social care services;

(b) fortnightly, performance data on contacts and referrals;

(c) every second month, a report from its Director of Children's Services on progress; and

(d) at least annually, a copy of its budget for children's social care.

2. The Council shall provide any further information that the Commissioner may reasonably request within 28 days of receipt of his request.
EOF
cat >"$tmp/b.txt" <<'EOF'
IMPROVEMENT NOTICE TO RUTLAND COUNTY COUNCIL

Issued on 16 May 2019.

1. This improvement notice is issued to Rutland County Council ("the Council") by the Secretary of State for Education.

2. The Council must submit an improvement plan to the Department for Education within 20 working days of the date of this notice.

3. The improvement plan must set out how the Council will address each of the recommendations in Ofsted's report, and must include the milestones below. The Council must meet each milestone no later than the last day of the month shown against it:
a) July 2019: every contact about a child is screened within one working day;
b) October 2019: every child subject to a child protection plan has an up-to-date plan;
c) March 2020: no social worker holds more than 20 cases.

Signed on behalf of the Secretary of State for Education

Jo Bloggs
Director, Department for Education
EOF
for f in a b; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session25-fresh26:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of
A, B = (load(sys.argv[2] + "/" + f + ".json") for f in "ab")
check = checker("session25-fresh26")
check("exercise-functions-in-schedule-points", of(A, "3") == [])
check("co-operate-in-the-exercise-a-duty", [got(o)[:2] for o in of(A, "4")] == [("council", "standing")])
check("provide-with-timed-items", [got(o) for o in of(A, "annex.2.1.a") + of(A, "annex.2.1.b") + of(A, "annex.2.1.c") + of(A, "annex.2.1.d")] ==
      [("council", "deadline", "2022-03-31", None, None), ("council", "recurring", None, "P2W", "2022-03-17"),
       ("council", "recurring", None, "P2M", "2022-05-03"), ("council", "recurring", None, "P1Y", "2023-03-03")])
check("provide-with-lead-in-no-duty", of(A, "annex.2.1") == [])
check("receipt-of-his-request-conditional", [got(o)[:3] for o in of(A, "annex.2.2")] == [("council", "conditional", None)])
check("chaired-by-then-which-meets-not-less-than-once", sorted(got(o)[:4] for o in of(A, "5")) ==
      [("commissioner", "standing", None, None), ("council", "deadline", "2022-06-30", None),
       ("improvement_board", "recurring", None, "P2M")])
check("month-labelled-milestones", [got(o) for o in of(B, "3.a") + of(B, "3.b") + of(B, "3.c")] ==
      [("council", "deadline", "2019-07-31", None, None), ("council", "deadline", "2019-10-31", None, None),
       ("council", "deadline", "2020-03-31", None, None)])
check("milestones-lead-in-no-duty", of(B, "3") == [])
PY
exit 0
