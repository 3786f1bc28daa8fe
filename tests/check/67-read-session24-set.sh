#!/bin/bash
# 67-read-session24-set.sh: what the twenty-second unseen set taught in session 24, on seven
# short documents written here.  The expected values were worked out by hand from their
# words:
#   - a, a Deputy Director's letter of Monday 6 March 2023 to the "Leader, Rutland County
#     Council" (the council after the office's comma), its asks a numbered list after "I
#     expect the Council to:" (each "1." a sentence of its own before a lower-case item):
#     1 "within 10 working days of the date of this letter" is 20 March 2023 (7-10, 13-17,
#     20 March: no bank holiday), 2 "a fortnightly update" every two weeks, 3 "by the end of
#     June 2023" 30 June 2023, all the Council's;
#   - b, a variation of 1 December 2022 in plain sentences: (a) "the Commissioner's
#     appointment ... is extended until 30 June 2023" is no one's duty; (b) "the date by
#     which, under paragraph 6 of the March Direction, the Council must submit ... is
#     changed from 30 November 2022 to 28 February 2023" is the Council's, by 28 February
#     2023; (c) "the review ... that paragraph 8 ... requires the Department ... to carry
#     out in December 2022 will instead take place no later than 31 March 2023, and at
#     six-monthly intervals after that" is the Department's series every six months, the
#     first by 31 March 2023 (December 2022 is the old time);
#   - c, a direction dated Wednesday 10 July 2024: its annex's "(a) before the end of each
#     financial year, send the Minister ..." is a yearly series, the first by 31 March 2025
#     (the financial year 2024-25; 31 March 2024 is before the direction); "(b) provide
#     the Secretary of State with such further information as she may from time to time
#     request" is owed when asked; paragraph 2's "were also judged to be 'inadequate'"
#     (children in care, leaders) are of the report paragraph 1 dates, 21 June 2024;
#   - d, a trust direction: 'Ofsted published a report on 3 April 2018 which judged
#     Rutland County Council's ("the Council") children's services to be 'inadequate'
#     overall and in each of the three key judgements': the council before the possessive,
#     a report of 3 April 2018, and four judgements of it (overall and the SIF's three:
#     help and protection, looked after, leadership);
#   - e, a Minister's letter: "Mr Sam Example's appointment as Children's Services
#     Commissioner for Rutland ends with the direction. From today he will act as the
#     Council's Improvement Adviser under the notice.": he is the Improvement Adviser too;
#   - f, a notice of Wednesday 19 December 2018 whose "Introduction" (recitals) holds "2.
#     The Department has appointed Mr Sam Example as Improvement Adviser ... The Adviser
#     will meet the Council's Director of Children's Services fortnightly and will provide
#     the Department with a written assessment ... before each review meeting.": the
#     Adviser's series every two weeks, and a standing duty to the Department (the second
#     predicate, "and will provide the Department with");
#   - g, a notice of Tuesday 2 April 2019 whose annex table "Action / Lead / Timescale" is
#     as pdftotext's default mode prints it (header cells one a line, each row's cells
#     interleaved line by line, its number opening the action's first line): row 1
#     "Within 10 working days of" / "the date of this notice" is 16 April 2019 (3-5, 8-12,
#     15, 16 April; Good Friday is 19 April), its action read on across the other cells
#     ("... with an independent chair ..."); row 2 "Quarterly, the first by 30" / "June
#     2019" a quarterly series, the first by 30 June 2019; row 3's line "Safeguarding
#     Children Partnership and publish a revised" is the action's, by 31 May 2019.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
Department for Education
Sanctuary Buildings
London SW1P 3BT

Councillor Jo Lee
Leader, Rutland County Council
Catmose
Oakham LE15 6HP

6 March 2023

Dear Councillor Lee,

Thank you for meeting my officials last week.

I expect the Council to:

1. send the Department, within 10 working days of the date of this letter, an action plan for its service for care leavers;
2. provide the Improvement Adviser with a fortnightly update on the recruitment of social workers; and
3. complete, by the end of June 2023, an audit of the supervision of social workers.

Yours sincerely,

Alex Official
Deputy Director, Department for Education
EOF
cat >"$tmp/b.txt" <<'EOF'
VARIATION OF THE DIRECTION ISSUED TO RUTLAND COUNTY COUNCIL ON 18 MARCH 2022

1. On 18 March 2022 the Secretary of State for Education issued a direction to Rutland County Council ("the Council") ("the March Direction").

2. The Secretary of State varies the March Direction as follows:

(a) the Commissioner's appointment, which under paragraph 3 of the March Direction would end on 31 December 2022, is extended until 30 June 2023;

(b) the date by which, under paragraph 6 of the March Direction, the Council must submit a revised improvement plan to the Secretary of State is changed from 30 November 2022 to 28 February 2023; and

(c) the review of the Council's progress that paragraph 8 of the March Direction requires the Department for Education ("the Department") to carry out in December 2022 will instead take place no later than 31 March 2023, and at six-monthly intervals after that.

Signed on behalf of the Secretary of State for Education
Alex Official
Dated: 1 December 2022
EOF
cat >"$tmp/c.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 10 July 2024.

1. Ofsted inspected the Council's services for children in need of help and protection, children in care and care leavers between 6 and 17 May 2024. In its report, published on 21 June 2024, Ofsted judged the overall effectiveness of those services to be 'inadequate'.

2. The experiences and progress of children in care, and the impact of leaders on social work practice with children and families, were also judged to be 'inadequate'.

3. The Council shall comply with any instruction given to it by the Commissioner.

Signed on behalf of the Secretary of State for Education
Alex Official
Dated 10 July 2024

Annex: Terms of reference

1. The Commissioner shall:

(a) before the end of each financial year, send the Minister a written summary of the Board's work; and

(b) provide the Secretary of State with such further information as she may from time to time request.
EOF
cat >"$tmp/d.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996: ESTABLISHMENT OF A CHILDREN'S SERVICES TRUST

Recitals
1. Following an inspection carried out between 5 and 16 February 2018, Ofsted published a report on 3 April 2018 which judged Rutland County Council's ("the Council") children's services to be 'inadequate' overall and in each of the three key judgements.
Direction
2. The Council shall co-operate fully with the Secretary of State in establishing a children's services trust.
Signed on behalf of the Secretary of State for Education
Alex Official
Dated 14 May 2018
EOF
cat >"$tmp/e.txt" <<'EOF'
From the Minister for Children and Families
Jo Bloggs MP

Councillor Ann Lee
Leader of Rutland County Council

24 May 2022

Dear Councillor Lee,

I have decided to lift the statutory direction that the Secretary of State issued to Rutland County Council ("the Council") on 14 February 2019.

Mr Sam Example's appointment as Children's Services Commissioner for Rutland ends with the direction. From today he will act as the Council's Improvement Adviser under the notice.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/f.txt" <<'EOF'
Improvement Notice: Rutland County Council
To: Rutland County Council ("the Council"), Catmose, Oakham
Issued on 19 December 2018

Introduction
1. Ofsted carried out an inspection of the Council's children's services from 15 to 26 October 2018.
2. The Department has appointed Mr Sam Example as Improvement Adviser to the Council ("the Adviser"). The Adviser will meet the Council's Director of Children's Services fortnightly and will provide the Department with a written assessment of the Council's progress before each review meeting.

Actions required
3. The Council should submit an improvement plan to the Department by 15 February 2019.

Signed on behalf of the Secretary of State for Education
Alex Official
EOF
cat >"$tmp/g.txt" <<'EOF'
Improvement Notice: Rutland County Council
To: Rutland County Council ("the Council"), Catmose, Oakham
Issued on 2 April 2019

1. The Council should carry out the actions in the Annex to this notice by the timescales given there.

Signed on behalf of the Secretary of State for Education
Alex Official

Annex: Actions required
Action
Lead
Timescale
1. Establish a multi-agency Improvement Board, with an
Within 10 working days of
Chief Executive
independent chair agreed with the Department.
the date of this notice
2. Provide the Department with a written report on progress
Quarterly, the first by 30
Chief Executive
against the improvement plan.
June 2019
3. Review the thresholds for help and protection with the Rutland
Director of
Safeguarding Children Partnership and publish a revised
By the end of May 2019
Children's Services
threshold document.
EOF
for f in a b c d e f g; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session24-set:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
A, B, C, D, E, F, G = (load(sys.argv[2] + "/" + f + ".json") for f in "abcdefg")
check = checker("session24-set")
check("council-after-office-comma", A.get("council", {}).get("name") == "Rutland County Council")
check("numbered-list-after-expect", [got(o)[:4] for o in A.get("obligations", [])] ==
      [("council", "deadline", "2023-03-20", None), ("council", "recurring", None, "P2W"),
       ("council", "deadline", "2023-06-30", None)])
check("appointment-extended-no-duty", of(B, "2.a") == [])
check("date-by-which-aside", [got(o) for o in of(B, "2.b")] == [("council", "deadline", "2023-02-28", None, None)])
check("will-instead-intervals-after-that", [got(o)[:4] for o in of(B, "2.c")] == [("dfe", "recurring", "2023-03-31", "P6M")])
check("each-financial-year", [got(o) for o in of(C, "annex.1.a")] == [("commissioner", "recurring", "2025-03-31", "P1Y", "2025-03-31")])
check("such-information-from-time-to-time", [got(o)[:2] for o in of(C, "annex.1.b")] == [("commissioner", "conditional")])
check("also-judged-next-paragraph", sorted((j.get("area"), j.get("report_date")) for j in C.get("judgements", [])) ==
      [("leadership", "2024-06-21"), ("looked_after", "2024-06-21"), ("overall", "2024-06-21")])
check("possessive-council", D.get("council", {}).get("name") == "Rutland County Council")
check("published-a-report-on", ("ofsted_report", "2018-04-03") in events(D))
check("each-of-three-key-judgements", sorted((j.get("area"), j.get("grade"), j.get("report_date")) for j in D.get("judgements", [])) ==
      [(a, "inadequate", "2018-04-03") for a in ("help_and_protection", "leadership", "looked_after", "overall")])
check("he-will-act-as", ("Sam Example", "improvement_adviser") in [(a.get("person"), a.get("role")) for a in E.get("appointments", [])])
check("adviser-in-introduction", [got(o)[:4] for o in of(F, "2")][:1] == [("improvement_adviser", "recurring", None, "P2W")])
check("and-will-provide-second-duty", [(o.get("bearer"), o.get("kind"), o.get("to")) for o in of(F, "2")][1:] ==
      [("improvement_adviser", "standing", "dfe")])
row1 = of(G, "annex.1")
check("interleaved-numbered-rows-split-timescale", [got(o) for o in row1] == [("council", "deadline", "2019-04-16", None, None)] and
      "with an independent chair" in row1[0].get("action", ""))
check("interleaved-numbered-rows-first-by", [got(o) for o in of(G, "annex.2")] == [("council", "recurring", "2019-06-30", "P3M", "2019-06-30")])
row3 = of(G, "annex.3")
check("interleaved-action-line-naming-a-body", [got(o)[2] for o in row3] == ["2019-05-31"] and
      "Partnership and publish a revised threshold document" in row3[0].get("action", ""))
PY
exit 0
