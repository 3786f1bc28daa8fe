#!/bin/bash
# 66-read-session24.sh: the wordings the twenty-first unseen set's last misses taught in
# session 24, on five short documents written here.  The expected values were worked out
# by hand from their words:
#   - p, a direction of Monday 6 March 2017: "2. The Council shall by 30 June 2017 produce
#     an improvement plan ... : provided that, where the Commissioner and the Council cannot
#     agree the plan by that date, the Council shall send ... its draft plan." is one
#     deadline, 30 June 2017 ("by that date" is the proviso's condition, not a second
#     time); the annex's "(b) provide such further reports as the Secretary of State may
#     request." is the Commissioner's, owed when asked (conditional), while "(a) meet ...
#     at least once a fortnight" is a series every two weeks;
#   - q, a notice of Tuesday 14 September 2021 whose annex is an "Action / By when" table
#     as pdftotext -layout prints it, each "By when" cell on a line of its own between the
#     action's first and last lines: row 1 is due by 29 October 2021 and its action reads
#     on across the cell ("... to oversee the improvement plan ..."); row 2's cell "On
#     request" makes its duty conditional; "2. The Council should complete each action in
#     the Annex ..." points to the annex (no duty of its own); the block "Alex Official /
#     Deputy Director, ... / Department for Education" before the annex is the signatory,
#     so no "cut off" warning; "Ofsted carried out a focused visit to ... on 6 and 7 July
#     2021" is a visit of 6 July 2021 (to 7 July);
#   - r, a Minister's letter of 18 July 2019: "the Secretary of State issued a statutory
#     direction to Rutland County Council ("the Council") on 9 November 2017, following
#     Ofsted's judgement ..., and appointed Mr Sam Example as Children's Services
#     Commissioner" is a direction issued and an appointment, both of 9 November 2017;
#   - s, a variation of 30 April 2020: "the Children's Services Commissioner appointed under
#     it, Ms Dana Example ("the Commissioner")" names the Commissioner, Dana Example;
#   - t, a direction whose interpretation says '"the Commissioner" means Professor Jo
#     Example, appointed by the Secretary of State as Children's Services Commissioner':
#     the Commissioner is Jo Example (the name before the participle's comma, not its
#     agent "by the Secretary of State").
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/p.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 6 March 2017.

1. Ofsted judged the Council's children's services to be inadequate in its report published on 2 February 2017.

2. The Council shall by 30 June 2017 produce an improvement plan and send it to the Secretary of State: provided that, where the Commissioner and the Council cannot agree the plan by that date, the Council shall send the Secretary of State its draft plan.

Signed by authority of the Secretary of State for Education

Dated 6 March 2017

Annex: Terms of reference

1. The Commissioner shall:

(a) meet the Council's Chief Executive at least once a fortnight; and

(b) provide such further reports as the Secretary of State may request.
EOF
# (the form feed before the annex is the page break pdftotext prints)
sed 's/<FF>/\f/' >"$tmp/q.txt" <<'EOF'
Improvement notice

To: Rutland County Council ("the Council")

Date of notice: 14 September 2021

1. Ofsted carried out a focused visit to the Council's arrangements for children in need of help and protection
on 6 and 7 July 2021.

2. The Council should complete each action in the Annex to this notice by the time given in its "By when" column.

Alex Official
Deputy Director, Children's Social Care Intervention
Department for Education
<FF>Annex: Actions

                                       Action                                 By when
1. Establish an Improvement Board, chaired by the Adviser, to oversee the
                                                                              By 29 October 2021
improvement plan and the Council's wider improvement.
2. Give the Adviser and the Department any further information about the
                                                                              On request
Council's progress that they request.
EOF
cat >"$tmp/r.txt" <<'EOF'
From the Minister for Children and Families
Jo Bloggs MP
Sanctuary Buildings
London SW1P 3BT

Councillor Ann Lee
Leader of Rutland County Council
Catmose
Oakham LE15 6HP

18 July 2019

Dear Councillor Lee,

As you know, the Secretary of State issued a statutory direction to Rutland County Council ("the Council") on 9 November 2017, following Ofsted's judgement that the Council's children's services were 'inadequate', and appointed Mr Sam Example as Children's Services Commissioner for Rutland. I am therefore revoking the direction with effect from the date of this letter.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/s.txt" <<'EOF'
Direction amending the statutory direction issued to Rutland County Council on 23 January 2020

Recitals

1. On 23 January 2020 the Secretary of State for Education issued a statutory direction to Rutland County Council ("the Council") ("the January Direction").

2. The January Direction requires the Children's Services Commissioner appointed under it, Ms Dana Example ("the Commissioner"), to report to the Secretary of State by 30 June 2020 (paragraph 3(b) of the Annex).

Amendments

3. The Secretary of State directs that the January Direction is amended as follows-
(a) in paragraph 3(b) of the Annex, for "by 30 June 2020" substitute "by 31 August 2020".

Signed on behalf of the Secretary of State for Education
Alex Official
Date: 30 April 2020
EOF
cat >"$tmp/t.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Interpretation

1. In this Direction "the Commissioner" means Professor Jo Example, appointed by the Secretary of State as Children's Services Commissioner for Rutland on 1 March 2023; and "the Council" means Rutland County Council.

2. The Council shall comply with any instruction given to it by the Commissioner.

Signed on behalf of the Secretary of State for Education
Alex Official
Date: 30 June 2025
EOF
for f in p q r s t; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session24:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
P, Q, R, S, T = (load(sys.argv[2] + "/" + f + ".json") for f in "pqrst")
check = checker("session24")
check("proviso-by-that-date-one-deadline", [got(o) for o in of(P, "2")] == [("council", "deadline", "2017-06-30", None, None)])
check("such-reports-as-requested", [got(o)[:2] for o in of(P, "annex.1.b")] == [("commissioner", "conditional")] and
      [got(o)[:4] for o in of(P, "annex.1.a")] == [("commissioner", "recurring", None, "P2W")])
row1 = [o for o in of(Q, "annex.1") if o.get("kind") == "deadline"]
check("cell-between-action-lines", [got(o) for o in row1] == [("council", "deadline", "2021-10-29", None, None)] and
      "to oversee the improvement plan" in row1[0].get("action", ""))
check("on-request-cell", [got(o)[:2] for o in of(Q, "annex.2")] == [("council", "conditional")])
check("each-action-in-the-annex", of(Q, "2") == [])
check("signature-before-annex", Q.get("signatory", {}).get("name") == "Alex Official" and
      not any("cut off" in w.get("message", "") for w in Q.get("warnings", [])))
check("focused-visit", ("monitoring_visit", "2021-07-06") in events(Q) and
      [e.get("end_date") for e in Q.get("events", []) if e.get("kind") == "monitoring_visit"] == ["2021-07-07"])
check("appointed-with-the-direction", {("direction_issued", "2017-11-09"), ("appointment", "2017-11-09")} <= events(R))
check("commissioner-appointed-under-it", [(a.get("person"), a.get("role")) for a in S.get("appointments", [])] ==
      [("Dana Example", "commissioner")])
check("named-before-appointed-by", [(a.get("person"), a.get("role")) for a in T.get("appointments", [])] ==
      [("Jo Example", "commissioner")])
PY
exit 0
