#!/bin/bash
# 72-read-session25.sh: what session 25 taught the reader, on documents written here.
# The expected values were worked out by hand from their words:
#   - y, a Commissioner's letter of Tuesday 3 September 2024 with its next steps in a
#     table as `pdftotext -layout` prints it: the header "Action / Owner / By" centred
#     over its columns (the cells start at 0, 62 and 84), no row numbers, each row's
#     Owner cell beside the row's middle and its action broken over lines (a line that
#     starts with a capital after "... with the" goes on with the row).  Four duties, each
#     owed by its Owner cell: "Share the revised front door procedures with the
#     Department" (the Director of Children's Services; within 15 working days of the
#     letter: 4-6, 9-13, 16-20, 23-24 September, Tuesday 24 September 2024); "Set up a
#     multi-agency audit group and report its first findings to the Improvement Board"
#     (the Council, to the Board; end of November 2024, 30 November); "Appoint a permanent
#     Head of Service for Safeguarding" (the Council; by 31 October 2024); "Meet the Lead
#     Member" (the Commissioner; every four weeks, the first on 1 October 2024, 28 days
#     on).  The letter's closing sentence after the table is no duty.
#   - x, an improvement notice of Tuesday 3 September 2024 whose paragraph 2 ("The Council
#     must take the following actions:") holds the same table: the same four duties, ids
#     2/1 to 2/4, each owed by its Owner cell (the Commissioner's "Meet the Lead Member",
#     a line with no full stop, is a row, not a heading between paragraphs).
#   - z, a direction of Monday 21 March 2022 whose recital records "On 14 March 2022 the
#     Secretary of State appointed Mr Sam Example as Children's Services Commissioner":
#     its annex's "by the end of the month following his appointment" is the end of April
#     2022, 30 April; "by the end of the second month following his appointment" the end
#     of May 2022, 31 May; a letter (u, 4 April 2022) that names no day for the
#     appointment: "by the end of the month following her appointment" has no date, only
#     its rule and anchor, and a warning; its "within four weeks of receipt of this
#     letter" is read from the letter's day (28 days on, Monday 2 May 2022), with a
#     warning that the day of receipt is not given.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/y.txt" <<'EOF'
                                                                       Ms Jo Example
                                          Children's Services Commissioner for Rutland

Mr Sam Lee
Chief Executive
Rutland County Council

3 September 2024

Dear Mr Lee,

Rutland children's services: next steps

Thank you for meeting me on 29 August 2024 with the Director of Children's Services. We agreed the following next steps at that meeting.

                           Action                                    Owner                    By
Share the revised front door procedures with the                                    Within 15 working days
                                                              Director of
Department                                                                          of the date of this letter
                                                              Children's Services
Set up a multi-agency audit group and report its first
                                                              Council
findings to the Improvement Board                                                   End of November 2024
Appoint a permanent Head of Service for Safeguarding          Council               31 October 2024
Meet the Lead Member                                          Commissioner          Every four weeks


I am copying this letter to the Minister for Children and Families.

Yours sincerely,

Jo Example
Children's Services Commissioner for Rutland
EOF
cat >"$tmp/z.txt" <<'EOF'
Direction to Rutland County Council under section 497A(4B) of the Education Act 1996

WHEREAS

(A) Ofsted's report published on 1 February 2022 judged the overall effectiveness of the children's services of Rutland County Council ("the Council") to be inadequate.

(B) On 14 March 2022 the Secretary of State for Education ("the Secretary of State") appointed Mr Sam Example as Children's Services Commissioner for Rutland ("the Commissioner").

NOW THEREFORE the Secretary of State directs the Council as follows.

1. The Council shall co-operate with the Commissioner.

2. This Direction shall remain in force until revoked by the Secretary of State.

Signed on behalf of the Secretary of State for Education

Jo Bloggs
Deputy Director, Department for Education

21 March 2022

ANNEX: THE COMMISSIONER'S TERMS OF REFERENCE

1. The Commissioner will:

(a) send the Minister a note of his early findings by the end of the month following his appointment; and

(b) send the Secretary of State his report by the end of the second month following his appointment.
EOF
cat >"$tmp/u.txt" <<'EOF'
Department for Education

Mr Sam Lee
Chief Executive
Rutland County Council

4 April 2022

Dear Mr Lee,

I have decided to appoint an Improvement Adviser to work with the Council. I would ask the Council to send my officials its improvement plan by the end of the month following her appointment. Please also send my officials, within four weeks of receipt of this letter, the Board's terms of reference.

Yours sincerely,

Jo Bloggs
Director, Department for Education
EOF
cat >"$tmp/x.txt" <<'EOF'
IMPROVEMENT NOTICE TO RUTLAND COUNTY COUNCIL

Issued on 3 September 2024.

1. This improvement notice is issued by the Secretary of State for Education to Rutland County Council ("the Council") following Ofsted's inspection.

2. The Council must take the following actions:

                           Action                                    Owner                    By
Share the revised front door procedures with the                                    Within 15 working days
                                                              Director of
Department                                                                          of the date of this letter
                                                              Children's Services
Set up a multi-agency audit group and report its first
                                                              Council
findings to the Improvement Board                                                   End of November 2024
Appoint a permanent Head of Service for Safeguarding          Council               31 October 2024
Meet the Lead Member                                          Commissioner          Every four weeks

3. The Department will review the Council's progress every six months.

Signed on behalf of the Secretary of State for Education

Jo Bloggs
Deputy Director, Department for Education
EOF
for f in y x z u; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session25:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of
Y, X, Z, U = (load(sys.argv[2] + "/" + f + ".json") for f in "yxzu")
check = checker("session25")
yo = Y.get("obligations", [])
check("letter-table-rows", len(yo) == 4)
check("letter-table-owner-within", [got(o) for o in yo[:1]] == [("dcs", "deadline", "2024-09-24", None, None)])
check("letter-table-row-goes-on-after-the", [(got(o), o.get("to")) for o in yo[1:2]] ==
      [(("council", "deadline", "2024-11-30", None, None), "improvement_board")])
check("letter-table-bare-date", [got(o) for o in yo[2:3]] == [("council", "deadline", "2024-10-31", None, None)])
check("letter-table-every", [got(o) for o in yo[3:4]] == [("commissioner", "recurring", None, "P4W", "2024-10-01")])
check("letter-table-actions", [o.get("action") for o in yo] ==
      ["Share the revised front door procedures with the Department",
       "Set up a multi-agency audit group and report its first findings to the Improvement Board",
       "Appoint a permanent Head of Service for Safeguarding", "Meet the Lead Member"])
check("notice-table-rows", [(o.get("id"), got(o)) for o in of(X, "2")] ==
      [("2/1", ("dcs", "deadline", "2024-09-24", None, None)),
       ("2/2", ("council", "deadline", "2024-11-30", None, None)),
       ("2/3", ("council", "deadline", "2024-10-31", None, None)),
       ("2/4", ("commissioner", "recurring", None, "P4W", "2024-10-01"))])
check("notice-table-row-no-heading", "3" in [c.get("id") for c in X.get("clauses", [])] and
      not any("Lead Member" in (c.get("heading") or "") for c in X.get("clauses", [])))
check("month-following-appointment", [(got(o), o.get("due", {}).get("anchor")) for o in of(Z, "annex.1.a")] ==
      [(("commissioner", "deadline", "2022-04-30", None, None), "event:appointment")])
check("second-month-following-appointment", [got(o) for o in of(Z, "annex.1.b")] ==
      [("commissioner", "deadline", "2022-05-31", None, None)])
uo = U.get("obligations", [])
check("month-following-undated-appointment", [(got(o), o.get("due", {}).get("rule"), o.get("due", {}).get("anchor")) for o in uo[:1]] ==
      [(("council", "deadline", None, None, None), "end_of", "event:appointment")])
check("month-following-undated-warned", any("waits for it" in w.get("message", "") for w in U.get("warnings", [])))
check("receipt-of-this-letter", [got(o) for o in uo[1:]] == [("council", "deadline", "2022-05-02", None, None)])
check("receipt-of-this-letter-warned", any("receipt" in w.get("message", "") for w in U.get("warnings", [])))
PY
exit 0
