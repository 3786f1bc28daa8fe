#!/bin/bash
# 68-read-session24-late.sh: what the twenty-third unseen set taught late in session 24,
# on five short documents written here.  The expected values were worked out by hand
# from their words:
#   - h, a direction dated Monday 2 March 2015, its duties under "5. The Council shall:":
#     (a) "annually, by 30th September" a yearly series, the first by 30 September 2015
#     (no deadline of its own besides); (b) "publish ... the minutes of each meeting ...
#     within 5 working days of the meeting" a standard kept up (standing, no date); (c)
#     "ensure that the Board meets on a bi-monthly basis, and provide the Board with a
#     written report ... before each of its meetings" two duties, the series every two
#     months and a standing one to the Board; (d) "on 01/04/2016 (\"the transfer date\"),
#     transfer ..." due on 1 April 2016; (e) "ensure that the Company, once established,
#     gives the Commissioner such information as she may from time to time request" owed
#     when asked;
#   - i, a variation of 23 May 2019: (a) 'paragraph 6(c) of the Original Direction (the
#     submission of a revised improvement plan to the Secretary of State) shall have
#     effect as if for "31 May 2019" there were substituted "31 July 2019"' the Council's,
#     by 31 July 2019; (b) the same of "(the Commissioner's appointment)" no duty, the term
#     ending 31 December 2019; the annex's "Its members will be ..." no duty;
#   - j, a notice of Friday 20 August 2021: "1. ... Ofsted's report of that inspection,
#     published on 30 July 2021." then "2. Ofsted judged the overall effectiveness ... to
#     'require improvement to be good'": the report of 30 July 2021; "(b) meet the
#     milestones set out in Annex A to this notice" points to the annex (no duty of its
#     own); "4. The Adviser will visit the Council every other month and will send the
#     Department a written report after each visit." the Adviser's series every two months
#     and a standing duty to the Department;
#   - k, a Minister's letter of 30 April 2020: "Mr Sam Example, whose appointment as
#     Children's Services Commissioner for Rutland ends with the direction. He has agreed
#     to send me a closing report ... by 29 May 2020.": Sam Example the Commissioner, and
#     his deadline of 29 May 2020;
#   - l, the Commissioner's own letter of Monday 22 August 2016 to the Minister: "The
#     Improvement Board, which I chair" makes him its chair; "I will submit my full report
#     on whether the Council has the capacity to improve to you by no later than 14
#     October 2016" is his; "I would ask that your officials meet ... within one calendar
#     month of the date of this letter" the Department's, by 22 September 2016.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/h.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given to Rutland County Council ("the Council").

5. The Council shall:

(a) annually, by 30th September, provide the Secretary of State with a report on the sufficiency of placements;

(b) publish a summary of the minutes of each meeting of the Board on its website within 5 working days of the meeting;

(c) ensure that the Board meets on a bi-monthly basis, and provide the Board with a written report on the Council's progress at least 10 working days before each of its meetings;

(d) on 01/04/2016 ("the transfer date"), transfer to the Company the staff needed for its children's social care functions; and

(e) ensure that the Company, once established, gives the Commissioner such information as she may from time to time request.

Signed on behalf of the Secretary of State for Education
Alex Official
Dated 2 March 2015
EOF
cat >"$tmp/i.txt" <<'EOF'
DIRECTION VARYING THE DIRECTION GIVEN TO RUTLAND COUNTY COUNCIL ON 14 NOVEMBER 2018

1. On 14 November 2018 the Secretary of State for Education gave a direction to Rutland County Council ("the Council") ("the Original Direction").

2. The Secretary of State directs that the Original Direction is varied as follows:

(a) paragraph 6(c) of the Original Direction (the submission of a revised improvement plan to the Secretary of State) shall have effect as if for "31 May 2019" there were substituted "31 July 2019"; and

(b) paragraph 8 of the Original Direction (the Commissioner's appointment) shall have effect as if for "30 June 2019" there were substituted "31 December 2019".

Signed on behalf of the Secretary of State for Education
Alex Official
Date: 23 May 2019

Annex: Terms of Reference for the Improvement Board

1. The Rutland Improvement Board ("the Board") will be chaired by the Commissioner.

2. Its members will be the Council's Chief Executive and the Director of Children's Services.
EOF
cat >"$tmp/j.txt" <<'EOF'
IMPROVEMENT NOTICE

Rutland County Council

Date of issue: 20 August 2021

Background

1. This improvement notice is issued to Rutland County Council ("the Council") by the Department for Education ("the Department"). It follows Ofsted's inspection of the Council's children's services, which took place between 7 and 18 June 2021, and Ofsted's report of that inspection, published on 30 July 2021.

2. Ofsted judged the overall effectiveness of the Council's children's services to 'require improvement to be good'.

What the Council must do

3. The Council should:

(a) within 10 working days of the date of this notice, agree with the Adviser the terms of reference of an Improvement Board; and

(b) meet the milestones set out in Annex A to this notice.

4. The Adviser will visit the Council every other month and will send the Department a written report after each visit.

Signed on behalf of the Secretary of State for Education
Alex Official

Annex A: Milestones

Milestone	Date
1. Improvement plan agreed with the Adviser	15/10/2021
EOF
cat >"$tmp/k.txt" <<'EOF'
From the Minister for Children and Families
Jo Bloggs MP

Councillor Ann Lee
Leader of Rutland County Council

30 April 2020

Dear Councillor Lee,

I have decided to revoke the statutory direction issued to Rutland County Council ("the Council") on 9 October 2017.

I am grateful to Mr Sam Example, whose appointment as Children's Services Commissioner for Rutland ends with the direction. He has agreed to send me a closing report on the Council's progress by 29 May 2020.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/l.txt" <<'EOF'
Sam Example
Children's Services Commissioner for Rutland
c/o Department for Education

Minister of State for Children and Families
Department for Education

22 August 2016

Dear Minister,

On 16 May 2016 the Secretary of State issued a statutory direction to Rutland County Council ("the Council") and appointed me as Children's Services Commissioner for Rutland.

The Improvement Board, which I chair, will continue to meet every four weeks.

I will submit my full report on whether the Council has the capacity to improve to you by no later than 14 October 2016. I would ask that your officials meet the Council's Chief Executive and me within one calendar month of the date of this letter.

Yours sincerely,

Sam Example
Children's Services Commissioner for Rutland
EOF
for f in h i j k l; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session24-late:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
H, I, J, K, L = (load(sys.argv[2] + "/" + f + ".json") for f in "hijkl")
check = checker("session24-late")
check("annually-by-a-day", [got(o) for o in of(H, "5.a")] == [("council", "recurring", "2015-09-30", "P1Y", "2015-09-30")])
check("within-days-of-each-meeting", [got(o) for o in of(H, "5.b")] == [("council", "standing", None, None, None)])
check("series-then-and-provide", [(o.get("kind"), o.get("to"), o.get("recurrence", {}).get("every")) for o in of(H, "5.c")] ==
      [("recurring", "improvement_board", "P2M"), ("standing", "improvement_board", None)])
check("on-a-day-then-verb", [(o.get("kind"), o.get("due", {}).get("date"), o.get("due", {}).get("rule")) for o in of(H, "5.d")] ==
      [("deadline", "2016-04-01", "on")])
check("such-information-after-an-aside", [got(o)[:2] for o in of(H, "5.e")] == [("council", "conditional")])
check("as-if-there-were-substituted", [got(o) for o in of(I, "2.a")] == [("council", "deadline", "2019-07-31", None, None)])
check("substituted-term-no-duty", of(I, "2.b") == [] and ("term_end", "2019-12-31") in events(I))
check("board-members-no-duty", of(I, "annex.2") == [])
check("report-dated-paragraph-before", [(j.get("area"), j.get("report_date")) for j in J.get("judgements", [])] ==
      [("overall", "2021-07-30")])
check("milestones-in-annex-a-pointer", of(J, "3.b") == [])
check("series-then-and-will-send", [(o.get("bearer"), o.get("kind"), o.get("to")) for o in of(J, "4")] ==
      [("improvement_adviser", "recurring", "dfe"), ("improvement_adviser", "standing", "dfe")])
check("whose-appointment-as", [(a.get("person"), a.get("role")) for a in K.get("appointments", [])] == [("Sam Example", "commissioner")] and
      [got(o) for o in K.get("obligations", [])] == [("commissioner", "deadline", "2020-05-29", None, None)])
check("which-i-chair", ("Sam Example", "chair") in [(a.get("person"), a.get("role")) for a in L.get("appointments", [])])
check("modal-verb-takes-no-object", [got(o) for o in L.get("obligations", []) if o.get("due", {}).get("date") == "2016-10-14"] ==
      [("commissioner", "deadline", "2016-10-14", None, None)])
check("ask-that-officials", [got(o) for o in L.get("obligations", []) if o.get("due", {}).get("date") == "2016-09-22"] ==
      [("dfe", "deadline", "2016-09-22", None, None)])
PY
exit 0
