#!/bin/bash
# 62-read-interleaved-table.sh: a numbered table whose cells a PDF converter printed
# interleaved line by line (pdftotext's default mode; columns_flow.c, session 23), and an
# officer named with the body he works for as a duty's subject.  Two documents written
# here; the expected values were worked out by hand from their words:
#   - an improvement notice of Thursday 12 May 2016 whose Annex is a table "No. Action /
#     Lead / Target date", each row's number alone on a line (first in row 1, in the
#     middle of the others), the lead's and target date's words on the action's lines or
#     their own: 1 "Chief Executive" (an officer of the Council: the Council's), "By 30
#     June 2016"; 2 "Director of" + "Children's Services" (dcs), "Monthly" (every month
#     from the notice's date: first 12 June 2016), to the Department; 3 "Head of Service"
#     (the Council's), "31/07/2016" (day first: by 31 July 2016); 4 "Improvement" +
#     "Adviser" (improvement_adviser), "End Dec 2016" (the month's end, 31 December 2016),
#     its action one duty; 5 "... as Chief Executive" at the end of an action's line
#     (the lead's, not the action's words: the action is "Ensure that every elected member
#     completes training on their duties as a corporate parent"), "Sept 2016" (by 30
#     September 2016).  Each row's clause spans its lines in the original, number,
#     lead and target date included (a duty's span runs from its action's first word to its
#     full stop, the target date's words between);
#   - a direction of 3 March 2021: "Mr Sam Lee, the Department's project lead, will send
#     ... every month" is the Department's (an officer with no role of his own acts for
#     the body he is an officer of); "Ms Ann Cole, the Council's Head of Quality
#     Assurance, will report ... every month" the Council's; "The Council's Improvement
#     Board will meet every month" still the Board's.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
Improvement Notice

Swindon Borough Council: children's services

1. This improvement notice is given to Swindon Borough Council ("the Council") by the Department for Education on behalf of the Secretary of State for Education.
2. The Council must take the actions set out in the Annex to this notice. The "Lead" column of the Annex names the person responsible for each action.

Signed by authority of the Secretary of State for Education

Alex Official
Director, Children's Services Intervention

Date: 12 May 2016

Annex: Actions
No. Action
Lead
Target date
1
Appoint an Improvement Board
Chief Executive
By 30 June 2016
chair and agree the Board's terms of reference.
Send the Department a report on the
Director of
2
Monthly
Council's performance data.
Children's Services
Review the Council's threshold document
Head of Service
3
31/07/2016
with its partners.
Assess the Council's progress in reducing
Improvement
4
End Dec 2016
caseloads, and report to the Board.
Adviser
Ensure that every elected member
5
completes training on their duties as Chief Executive
Sept 2016
a corporate parent.
EOF
cat >"$tmp/b.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 3 March 2021.

1. Ofsted judged the Council's children's services to be inadequate in its report published on 2 February 2021.

2. Mr Sam Lee, the Department's project lead, will send the Council a written update on the Department's work every month.

3. Ms Ann Cole, the Council's Head of Quality Assurance, will report to the Improvement Board on the Council's audits every month.

4. The Council's Improvement Board will meet every month.

Signed by authority of the Secretary of State for Education

Dated 3 March 2021
EOF
for f in a b; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL interleaved-table:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got
A, B = (load(sys.argv[2] + "/" + f + ".json") for f in "ab")
text = open(sys.argv[2] + "/a.txt", encoding="utf-8").read().encode()
check = checker("interleaved-table")
check("row-1-number-first", [got(o) for o in of(A, "annex.1")] == [("council", "deadline", "2016-06-30", None, None)])
check("row-2-lead-over-two-lines", [got(o) for o in of(A, "annex.2")] == [("dcs", "recurring", None, "P1M", "2016-06-12")] and
      of(A, "annex.2")[0].get("to") == "dfe")
check("row-3-day-first-date", [got(o) for o in of(A, "annex.3")] == [("council", "deadline", "2016-07-31", None, None)])
check("row-4-end-of-month", [got(o) for o in of(A, "annex.4")] == [("improvement_adviser", "deadline", "2016-12-31", None, None)] and
      of(A, "annex.4")[0].get("due", {}).get("rule") == "end_of")
a5 = of(A, "annex.5")
check("row-5-lead-ends-action-line", [got(o) for o in a5] == [("council", "deadline", "2016-09-30", None, None)] and
      "Executive" not in a5[0].get("action", "") and "corporate parent" in a5[0].get("action", ""))
def clause(rec, cid):
    stack = list(rec.get("clauses", []))
    while stack:
        c = stack.pop()
        if c.get("id") == cid:
            return c
        stack.extend(c.get("children", []))
    return {}
r1 = text.index(b"1\nAppoint")
s1 = text.index(b"Appoint an")
e1 = text.index(b"terms of reference.") + len(b"terms of reference.")
s5 = text.index(b"Ensure that every")
e5 = len(text.rstrip(b"\n"))
check("row-clause-span-is-its-lines", clause(A, "annex.1").get("span", [None, None])[:2] == [r1, e1] and
      clause(A, "annex.5").get("span", [None, None])[:2] == [s5, e5])
check("row-duty-span-action-to-full-stop", [o.get("span", [None, None])[:2] for o in of(A, "annex.1")] == [[s1, e1]] and
      [o.get("span", [None, None])[:2] for o in a5] == [[s5, e5]])
check("only-the-rows", sorted(o.get("clause") for o in A.get("obligations", []) if o.get("clause", "").startswith("annex")) ==
      ["annex.1", "annex.2", "annex.3", "annex.4", "annex.5"])
check("departments-officer", [got(o) for o in of(B, "2")] == [("dfe", "recurring", None, "P1M", "2021-04-03")])
check("councils-officer", [got(o) for o in of(B, "3")] == [("council", "recurring", None, "P1M", "2021-04-03")])
check("councils-board-still-the-board", [got(o) for o in of(B, "4")] == [("improvement_board", "recurring", None, "P1M", "2021-04-03")])
PY
exit 0
