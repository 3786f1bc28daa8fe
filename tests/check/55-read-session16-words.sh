#!/bin/bash
# 55-read-session16-words.sh: wordings of the eleventh unseen set that the reader learnt
# in session 16, on a short trust direction, a short amending direction and a short
# letter written here.  The expected values were worked out by hand from their words
# (trust direction of Thursday 10 May 2018; amending direction of 1 June 2021; letter of
# 20 August 2021):
#   - recital 1: "The Commissioner's report to the Secretary of State, dated 3 April
#     2018": a commissioner_report on 2018-04-03; recital 2: "The Commissioner's
#     appointment runs from 1 June 2018 until 31 May 2019": a term_end on 2019-05-31;
#   - 3: "By 1 October 2018 ("the transfer date") the Council shall transfer ..., and
#     from the transfer date it shall ensure ...": a deadline (2018-10-01) and a
#     standing duty;
#   - 4: "Until the transfer date, the Council shall co-operate ..., and shall give him
#     ...": one standing duty, until 2018-10-01;
#   - 5: "maintain its Improvement Board, which the Commissioner shall continue to
#     chair and which shall meet at least every four weeks until the transfer date":
#     the council's standing duty, the Commissioner's chair and the Board's series (10
#     May + 28 days = 7 June 2018), ending 2018-10-01;
#   - 6: "on or before each anniversary of the transfer date": yearly, the first by
#     1 October 2019 (due that day too);
#   - 7: "every three months, with the first review no later than three months from
#     the date of this Direction": the series' own first (10 August 2018), no deadline;
#   - the Schedule's "under section 18 of the Children Act 2004" is no legal basis;
#   - the amending direction: "In paragraph 4 of the 2020 Direction, for "30 June 2021"
#     substitute "31 December 2021"" moves recital (A)'s duty (appoint a Director of
#     Children's Services) to 2021-12-31; 2 extends the appointment (a term_end on
#     2022-03-31, none on the replaced 2021-06-30, no duty, no warning); "In her report
#     to the Secretary of State dated 14 May 2021, the Commissioner": a
#     commissioner_report; 3: "..., and shall report on its progress to each meeting of
#     the Improvement Board": a standing duty to the Board besides the deadline;
#   - the letter: "I have decided that ... an improvement notice, which my officials
#     will issue to the Council by 30 September 2021": the Department's deadline; "I
#     expect the Council to establish an Improvement Board, chaired by Dr Jones, to meet
#     every six weeks": the Board's series (20 August + 42 days = 1 October 2021); the
#     letter's date is its own line's (not "most recent report, dated 6 August 2021"),
#     its council the recipient's "Barsetshire, Wessex and Loam Council".
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION TO EXAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

1. The Commissioner's report to the Secretary of State, dated 3 April 2018, concluded that the Council's children's social care functions should be exercised by a children's services trust.

2. The Commissioner's appointment runs from 1 June 2018 until 31 May 2019.

NOW THEREFORE the Secretary of State directs the Council as follows:

3. By 1 October 2018 ("the transfer date") the Council shall transfer its children's services staff to the Trust, and from the transfer date it shall ensure that the Trust delivers those services in accordance with the service contract.

4. Until the transfer date, the Council shall co-operate with the Commissioner, and shall give him such information as he may reasonably require.

5. The Council shall maintain its Improvement Board, which the Commissioner shall continue to chair and which shall meet at least every four weeks until the transfer date.

6. The Council shall ensure that the Trust reports to the Secretary of State on its performance on or before each anniversary of the transfer date.

7. The Department for Education will review the Council's progress every three months, with the first review no later than three months from the date of this Direction.

Dated 10 May 2018

SCHEDULE

1. The functions of the Council's Director of Children's Services under section 18 of the Children Act 2004 are not specified functions.
EOF
cat >"$tmp/a.txt" <<'EOF'
DIRECTION AMENDING THE DIRECTION GIVEN TO EXAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

(A) On 2 March 2020 the Secretary of State gave a direction to Example Borough Council ("the Council") ("the 2020 Direction") and appointed Ms Jane Roe as Children's Services Commissioner ("the Commissioner"). Paragraph 4 of the 2020 Direction requires the Council, by 30 June 2021, to appoint a permanent Director of Children's Services.

(B) Paragraph 2 of the Annex to the 2020 Direction provides that the Commissioner's appointment runs until 30 June 2021.

(C) In her report to the Secretary of State dated 14 May 2021, the Commissioner advised that recruitment has been delayed.

Amendments

1. In paragraph 4 of the 2020 Direction, for "30 June 2021" substitute "31 December 2021".

2. In paragraph 2 of the Annex to the 2020 Direction, for "30 June 2021" substitute "31 March 2022", so that the Commissioner's appointment is extended until 31 March 2022.

3. The Council shall, by 31 July 2021, submit a revised recruitment plan to the Commissioner, and shall report on its progress to each meeting of the Improvement Board.

Dated: 1 June 2021
EOF
cat >"$tmp/l.txt" <<'EOF'
Department for Education
Sanctuary Buildings
London SW1P 3BT

20 August 2021

Mr A Smith
Chief Executive
Barsetshire, Wessex and Loam Council

Dear Mr Smith,

Barsetshire, Wessex and Loam Council: children's social care

The Commissioner's most recent report, dated 6 August 2021, describes the progress the Council has made. I have decided that the Council should keep its children's social care services, and that the direction should be replaced by an improvement notice, which my officials will issue to the Council by 30 September 2021.

I expect the Council to establish an Improvement Board, chaired by Dr Jones, to meet every six weeks.

Yours sincerely,

Mary Major
Director, Children's Social Care
EOF
for f in d a l; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session16-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" "$tmp/a.json" "$tmp/l.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, A, L = load(sys.argv[2]), load(sys.argv[3]), load(sys.argv[4])
check = checker("session16-words")
def got(o):
    r = o.get("recurrence", {})
    return (o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), r.get("every"), r.get("first", r.get("next")))
def events(R):
    return {(e.get("kind"), e.get("date")) for e in R.get("events", [])}
check("report-comma-dated", ("commissioner_report", "2018-04-03") in events(D))
check("appointment-runs-until", ("term_end", "2019-05-31") in events(D))
check("and-from-that-day-it-shall", [got(o) for o in of(D, "3")] ==
      [("council", "deadline", "2018-10-01", None, None), ("council", "standing", None, None, None)])
n4 = of(D, "4")
check("until-a-day-one-duty", [got(o) for o in n4] == [("council", "standing", None, None, None)] and
      n4[0].get("until") == "2018-10-01")
n5 = {got(o) for o in of(D, "5")}
check("maintain-which-chair-and-which-meet", len(of(D, "5")) == 3 and
      ("council", "standing", None, None, None) in n5 and
      ("commissioner", "standing", None, None, None) in n5 and
      ("improvement_board", "recurring", None, "P4W", "2018-06-07") in n5)
check("series-until-a-defined-day", any(o.get("recurrence", {}).get("until") == "2018-10-01" for o in of(D, "5")))
check("each-anniversary-of-a-defined-day", [got(o) for o in of(D, "6")] ==
      [("council", "recurring", "2019-10-01", "P1Y", "2019-10-01")])
check("first-review-restates-the-interval", [got(o) for o in of(D, "7")] ==
      [("dfe", "recurring", None, "P3M", "2018-08-10")])
check("schedule-citation-no-legal-basis",
      all(b.get("act") != "Children Act 2004" for b in D.get("legal_basis", [])) and
      any(b.get("section") == "497A(4B)" for b in D.get("legal_basis", [])))
a1 = of(A, "1")
check("substituted-date-moves-the-duty", [got(o) for o in a1] == [("council", "deadline", "2021-12-31", None, None)] and
      a1[0].get("action", "").startswith("appoint a permanent Director"))
check("substituted-appointment-no-duty", of(A, "2") == [] and
      not any("replaced by" in w.get("message", "") for w in A.get("warnings", [])))
check("replaced-term-no-term-end", ("term_end", "2022-03-31") in events(A) and ("term_end", "2021-06-30") not in events(A))
check("report-dated-subject-after", ("commissioner_report", "2021-05-14") in events(A))
a3 = of(A, "3")
check("and-shall-report-to-each-meeting", [got(o) for o in a3] ==
      [("council", "deadline", "2021-07-31", None, None), ("council", "standing", None, None, None)] and
      a3[1].get("to") == "improvement_board")
check("letter-board-to-meet", [got(o) for o in of(L, "body/2")] == [("improvement_board", "recurring", None, "P6W", "2021-10-01")])
check("letter-report-comma-dated-not-its-date", L.get("date", {}).get("value") == "2021-08-20")
check("letter-council-named-with-commas", L.get("council", {}).get("name") == "Barsetshire, Wessex and Loam Council")
check("letter-which-after-decided-that", [got(o) for o in of(L, "body/1")] == [("dfe", "deadline", "2021-09-30", None, None)])
PY
exit 0
