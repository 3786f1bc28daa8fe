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
#     approves it);
#   - e, a direction of 9 January 2026: "Ofsted will make monitoring visits ..." obliges no
#     one; 2(a) "before 1 March 2026, establish an Improvement Board, which is to meet
#     monthly, and to report on its progress at each meeting of the Board": the Council's
#     deadline (by 28 February 2026, the day before), the Board's monthly series (first 9
#     February 2026) and the Council's standing duty to report at each meeting; 2(b) "...
#     to nil by 31 March 2026, and keep it at nil thereafter": the deadline and the standing
#     duty; 2(c) "within 10 working days of receiving Ofsted's letter on that visit"
#     counted from Ofsted's letter; 3 "shall cooperate with Leeds City Council ..., and
#     within three months of the date of this Direction shall enter into an agreement":
#     the standing co-operation and the deadline (9 April 2026); 4 "The Board must: • be
#     chaired by the Commissioner; and • meet at least once a month": the Board's monthly
#     series, and no standing duty of the Board's for being chaired;
#   - f, a Minister's letter of 5 November 2020: "I have decided to extend Ms X's appointment
#     as Commissioner, ..., until 30 April 2021" a term's end, no duty; "Dr Y, Director of
#     Children's Services at a council rated 'outstanding' by Ofsted" grades nothing here;
#     "Ms Stone will continue to provide me with written reports every two months" the
#     Commissioner's series (first 5 January 2021).
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
cat >"$tmp/e.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 9 January 2026.

1. Ofsted judged the Council's children's services to be inadequate in its report published on 2 December 2025. Ofsted will make monitoring visits to the Council while this Direction is in force.

2. The Council shall:
(a) before 1 March 2026, establish an Improvement Board, which is to meet monthly, and to report on its progress at each meeting of the Board;
(b) reduce the number of unallocated cases to nil by 31 March 2026, and keep it at nil thereafter; and
(c) send the Department its response to the findings of Ofsted's first monitoring visit within 10 working days of receiving Ofsted's letter on that visit.

3. The Council shall cooperate with Leeds City Council ("the Partner"), which the Secretary of State has designated as a Partner in Practice, and within three months of the date of this Direction shall enter into an agreement with the Partner.

4. The Board must:
• be chaired by the Commissioner; and
• meet at least once a month.

Signed by authority of the Secretary of State for Education

Dated 9 January 2026
EOF
cat >"$tmp/f.txt" <<'EOF'
From the Minister for Children and Families
Jo Bloggs MP
Sanctuary Buildings
London SW1P 3BT

Councillor Ann Lee
Leader of the Council
Rutland County Council
Catmose
Oakham LE15 6HP

5 November 2020

Dear Councillor Lee,

Ofsted carried out a monitoring visit to the Council on 22 and 23 September 2020.

I have decided to extend Ms Eve Stone's appointment as Commissioner, which would otherwise have ended this month, until 30 April 2021. I have also decided to appoint Dr Sam Reed, Director of Children's Services at a council rated 'outstanding' by Ofsted, as Improvement Adviser to the Council.

Ms Stone will continue to provide me with written reports every two months.

Yours sincerely,

Jo Bloggs MP
EOF
for f in c d e f; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session23-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
C, D, E, F = (load(sys.argv[2] + "/" + f + ".json") for f in "cdef")
check = checker("session23-words")
c1 = C.get("obligations", [])
check("until-appointment-ends-term-still-running",
      [(got(o), o.get("recurrence", {}).get("until")) for o in c1] ==
      [(("improvement_adviser", "recurring", None, "P2W", "2017-11-28"), "2018-06-30")])
check("based-on-monthly-audits-at-each-meeting", [got(o) for o in of(D, "2")] == [("council", "standing", None, None, None)])
check("monthly-reports-still-monthly", [got(o) for o in of(D, "3")] == [("council", "recurring", None, "P1M", "2026-02-09")])
check("milestone-doer-after-by", [got(o) for o in of(D, "annex.1")] == [("commissioner", "deadline", "2026-07-31", None, None)])
check("milestone-approver-is-not-doer", [got(o) for o in of(D, "annex.2")] == [("council", "deadline", "2026-06-30", None, None)])
check("ofsted-owes-nothing", of(E, "1") == [])
check("relative-then-infinitive-own-duty", sorted(got(o) for o in of(E, "2.a")) ==
      [("council", "deadline", "2026-02-28", None, None), ("council", "standing", None, None, None),
       ("improvement_board", "recurring", None, "P1M", "2026-02-09")])
check("keep-it-thereafter", sorted(got(o) for o in of(E, "2.b")) ==
      [("council", "deadline", "2026-03-31", None, None), ("council", "standing", None, None, None)])
e2c = of(E, "2.c")
check("receiving-ofsteds-letter", [(o.get("kind"), o.get("due", {}).get("period"), o.get("due", {}).get("anchor"))
      for o in e2c] == [("deadline", "10 working days", "event:ofsted_letter")])
check("cooperate-and-within-shall", sorted(got(o) for o in of(E, "3")) ==
      [("council", "deadline", "2026-04-09", None, None), ("council", "standing", None, None, None)])
e4 = [got(o) for o in of(E, "4")]
check("board-must-be-chaired-no-board-standing", ("improvement_board", "recurring", None, "P1M", "2026-02-09") in e4 and
      not any(g[0] == "improvement_board" and g[1] == "standing" for g in e4))
check("extend-appointment-until-no-duty", [got(o) for o in F.get("obligations", [])] ==
      [("commissioner", "recurring", None, "P2M", "2021-01-05")] and ("term_end", "2021-04-30") in events(F))
check("another-council-rated", F.get("judgements") == [])
PY
exit 0
