#!/bin/bash
# 65-read-session23-late.sh: the wordings the twenty-first unseen set taught late in
# session 23, on five short documents written here.  The expected values were worked out
# by hand from their words:
#   - j, a notice dated Monday 7 December 2015: "2. ... should take the following actions."
#     then themes ("Leadership", "Practice") over bullets: the bullets are 2's duties;
#     "within 28 calendar days of the date of this notice" is 4 January 2016; "By no later
#     than 29 January 2016"; "Make sure ..." standing; "3. The Department will review ... at
#     meetings with the Council. Reviews will take place in March, June and September
#     2016.": the Department's three windows of 2016 (by 31 March, 30 June, 30 September),
#     and no standing duty besides;
#   - k, a variation of 30 April 2020: recital 2 says the January Direction "requires the
#     Council to submit an improvement plan ... by 30 April 2020 (paragraph 4(c)); and
#     requires the Commissioner to report ... by 30 June 2020 (paragraph 3(b) of the
#     Annex)"; the amendments move them: 3(a) the Council's, by 31 July 2020; 3(b) the
#     Commissioner's, by 31 August 2020; 3(c) 'for paragraph 6 substitute- "6. The
#     Department will review ... in October 2020, and every six months after that."' the
#     Department's, in October 2020 (by its last day) and every six months;
#   - l, a direction of Tuesday 13 December 2016: "(1) in relation to the Commissioner—"
#     over "(a) comply ..." (standing) and "(b) within 10 working days of the date of this
#     Direction, provide ..." (14-16, 19-23, 28 and 29 December: Boxing Day and the
#     substitute Christmas bank holiday skipped, 29 December 2016); the proviso after 2(2)
#     "...: provided that ..." is 2(2)'s, not a duty of paragraph 2's own;
#   - m, a Minister's letter of 18 July 2019 to the "Leader of Rutland County Council":
#     the council is Rutland County Council; "I am therefore revoking the direction" revokes
#     the direction issued on 9 November 2017 and is a decision of 18 July 2019; "to publish
#     its annual self-evaluation ... by 31 March 2020" one deadline;
#   - n, a notice of Tuesday 17 August 2021 whose annex is an "Action / By when" table as
#     pdftotext -layout prints it, rows with no blank line between them: row 1 "Within 10
#     working days of the date of / this notice" is 1 September 2021 (18-20, 23-27, 31
#     August, 1 September: the Summer bank holiday, 30 August, skipped); row 2 "In the week
#     commencing 13 / December 2021" the week to 19 December 2021.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/j.txt" <<'EOF'
IMPROVEMENT NOTICE

Issued to: The Chief Executive, Rutland County Council, Catmose, Oakham, LE15 6HP

Date of issue: 7 December 2015

1. This improvement notice is issued by the Department for Education ("the Department") on behalf of the Secretary of State for Education to Rutland County Council ("the Council").

2. To comply with this notice, the Council should take the following actions.

Leadership

• Establish, within 28 calendar days of the date of this notice, an Improvement Board.

• By no later than 29 January 2016, submit to the Department an improvement plan.

Practice

• Make sure that every child looked after has an up-to-date care plan.

3. The Department will review the Council's progress at meetings with the Council. Reviews will take place in March, June and September 2016.

Signed on behalf of the Secretary of State for Education
Alex Official
Department for Education
EOF
cat >"$tmp/k.txt" <<'EOF'
Direction amending the statutory direction issued to Rutland County Council on 23 January 2020

Recitals

1. On 23 January 2020 the Secretary of State for Education issued a statutory direction to Rutland County Council ("the Council") ("the January Direction").

2. The January Direction requires the Council to submit an improvement plan to the Secretary of State by 30 April 2020 (paragraph 4(c)); and requires the Commissioner to report to the Secretary of State by 30 June 2020 (paragraph 3(b) of the Annex).

Amendments

3. The Secretary of State directs that the January Direction is amended as follows-
(a) in paragraph 4(c), for "by 30 April 2020" substitute "by 31 July 2020";
(b) in paragraph 3(b) of the Annex, for "by 30 June 2020" substitute "by 31 August 2020"; and
(c) for paragraph 6 substitute-
"6. The Department will review the Council's progress against this Direction in October 2020, and every six months after that."

Signed on behalf of the Secretary of State for Education
Alex Official
Date: 30 April 2020
EOF
cat >"$tmp/l.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 13 December 2016.

1. Ofsted judged the Council's children's services to be inadequate in its report published on 2 November 2016.

2. The Council shall—

(1) in relation to the Commissioner—

(a) comply with any instruction given to it by the Commissioner; and

(b) within 10 working days of the date of this Direction, provide the Commissioner with office accommodation;

(2) by 28 February 2017, produce an improvement plan and send it to the Secretary of State:

provided that, where the Commissioner and the Council cannot agree the plan by that date, the Council shall send the Secretary of State its draft plan.

Signed by authority of the Secretary of State for Education

Dated 13 December 2016
EOF
cat >"$tmp/m.txt" <<'EOF'
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

As you know, the Secretary of State issued a statutory direction to Rutland County Council ("the Council") on 9 November 2017. I am therefore revoking the direction with effect from the date of this letter.

I would also ask the Council to publish its annual self-evaluation of its children's services by 31 March 2020.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/n.txt" <<'EOF'
Improvement notice

To: Rutland County Council ("the Council")

Issued: 17 August 2021

1. This improvement notice is issued to the Council by the Department for Education ("the Department").
2. The Council should complete each action in the Annex to this notice by the time given in its "By when" column.

Signed on behalf of the Secretary of State for Education
Alex Official
Department for Education

Annex: Actions

                                       Action                                              By when
1. Submit to the Department an action plan that addresses the two areas for   Within 10 working days of the date of
priority action in Ofsted's letter of 3 August 2021.                          this notice
2. Attend a review meeting with the Department and the Adviser to assess      In the week commencing 13
the Council's progress against this notice.                                   December 2021
EOF
for f in j k l m n; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session23-late:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
J, K, L, M, N = (load(sys.argv[2] + "/" + f + ".json") for f in "jklmn")
check = checker("session23-late")
check("themes-over-bullets-calendar-days", sorted(got(o) for o in of(J, "2")) ==
      [("council", "deadline", "2016-01-04", None, None), ("council", "deadline", "2016-01-29", None, None),
       ("council", "standing", None, None, None)])
check("months-listed-with-their-year", sorted(got(o) for o in of(J, "3")) ==
      [("dfe", "deadline", "2016-03-31", None, None), ("dfe", "deadline", "2016-06-30", None, None),
       ("dfe", "deadline", "2016-09-30", None, None)])
check("substitution-in-brackets-council", [got(o) for o in of(K, "3.a")] == [("council", "deadline", "2020-07-31", None, None)])
check("substitution-in-brackets-commissioner", [got(o) for o in of(K, "3.b")] == [("commissioner", "deadline", "2020-08-31", None, None)])
check("paragraph-substituted", [(o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), o.get("recurrence", {}).get("every"))
      for o in of(K, "3.c")] == [("dfe", "recurring", "2020-10-31", "P6M")])
check("in-relation-to-items", [got(o) for o in of(L, "2.1.a")] == [("council", "standing", None, None, None)] and
      [got(o) for o in of(L, "2.1.b")] == [("council", "deadline", "2016-12-29", None, None)])
check("proviso-stays-with-its-item", of(L, "2") == [] and
      ("council", "deadline", "2017-02-28", None, None) in [got(o) for o in of(L, "2.2")])
check("leader-of-council", M.get("council", {}).get("name") == "Rutland County Council")
check("am-therefore-revoking", [(r.get("what"), r.get("date")) for r in M.get("revokes", [])] == [("the direction", "2017-11-09")] and
      ("decision", "2019-07-18") in events(M))
check("annual-thing-by-a-day", [got(o) for o in M.get("obligations", [])] == [("council", "deadline", "2020-03-31", None, None)])
check("layout-rows-without-blank-lines", [got(o) for o in of(N, "annex.1")] == [("council", "deadline", "2021-09-01", None, None)] and
      [got(o) for o in of(N, "annex.2")] == [("council", "deadline", "2021-12-19", None, None)])
PY
exit 0
