#!/bin/bash
# 60-read-session21-words.sh: wordings the reader learnt in session 21, on short
# documents written here.  The expected values were worked out by hand from their words:
#   - the variation dated Monday 12 April 2021: "Mr Tom Reed's appointment as
#     Commissioner ended on 31 January 2021" a term_end that day (a predecessor's, in
#     the past: it stays); "The Commissioner's appointment runs until 30 June 2021" the
#     term as it stood, which 2(a) "the Commissioner's appointment is extended until 31
#     December 2021" replaces: no term_end on 30 June, one on 31 December; 2(b) "a
#     progress report to the Minister for Children at the end of each quarter, the first
#     at the end of September 2021" the Commissioner's quarterly series whose first falls
#     on 30 September 2021, and no deadline ("at the end of" places the first; it is no
#     "by"); 2(c) "every three months, the first by 31 October 2021" the Council's
#     quarterly series, the first due by 31 October 2021 (a deadline as well);
#   - a notice as pdftotext -raw prints it (no blank lines): "Background" opens the
#     recitals, and "Improvement Adviser", a heading line after a sentence's end and
#     before "2.", ends them, so 2 "The Council must co-operate with the Improvement
#     Adviser" is the Council's standing duty (to the Adviser) and 3 "The Department
#     will review the Council's progress every three months" the Department's series;
#     4 'the "Timescale" column says by when, or how often, it must be done' no duty
#     (the modal is in what the column says);
#   - the letter of Thursday 17 August 2023: items opening with an en dash under "I
#     expect the Council to:": "by the end of December 2023" (31 December 2023) and
#     "continue to send my officials its ... data every month" (monthly, to the
#     Department); "Ms Stone will continue to send the Minister for Children a written
#     report ... every three months" the Commissioner's, to the Minister; "My officials
#     will hold the next review with you on 8 February 2024" the Department's, on that
#     day; "Her appointment will take effect on 1 March 2024" no duty;
#   - the direction whose only date is a bare line under the signature block, "8
#     December 2022" (after a blank line): "appointed Mr Tom Reed as ... Commissioner ...
#     for a fixed term of twelve months beginning on 12 December 2022" an appointment on
#     12 December 2022; 3 "no later than three months after the start of the
#     Commissioner's appointment" due 12 March 2023; "It revokes and replaces the
#     direction given to the Council on 22 July 2021 ("the 2021 Direction")" and "The
#     2021 Direction is revoked" one revocation, of 22 July 2021.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996: VARIATION

This Direction is given by the Secretary of State for Education to Sample Borough Council ("the Council") on 12 April 2021. It varies the direction given to the Council on 3 February 2020 ("the Original Direction").

1. Mr Tom Reed's appointment as Commissioner ended on 31 January 2021. On 1 February 2021 the Secretary of State appointed Ms Ada Stone as Children's Services Commissioner for Sample ("the Commissioner"). The Commissioner's appointment runs until 30 June 2021 (paragraph 1 of the Annex to the Original Direction).

2. The Secretary of State directs that the Original Direction is varied as follows:
(a) the Commissioner's appointment is extended until 31 December 2021;
(b) the Commissioner shall send a progress report to the Minister for Children at the end of each quarter, the first at the end of September 2021; and
(c) the Council shall send the Department for Education a report on its agency staffing every three months, the first by 31 October 2021.

Signed by authority of the Secretary of State for Education

Dated 12 April 2021
EOF
cat >"$tmp/b.txt" <<'EOF'
Improvement Notice
Sample Borough Council
This improvement notice is given to Sample Borough Council ("the Council") by the Department for
Education ("the Department").
Background
1. Ofsted judged the overall effectiveness of the Council's children's services to be 'inadequate'
in its report published on 1 March 2019.
Improvement Adviser
2. The Council must co-operate with the Improvement Adviser and give her access to its staff and
records.
Review
3. The Department will review the Council's progress every three months.
4. The "Owner" column of the Council's plan names who is responsible for each action, and the
"Timescale" column says by when, or how often, it must be done.
Signed on behalf of the Secretary of State for Education
A N Official
Dated: 9 April 2019
EOF
cat >"$tmp/c.txt" <<'EOF'
Department for Education
Sanctuary Buildings, Great Smith Street, London SW1P 3BT

Mr Ed Lowe
Chief Executive
Example Borough Council

17 August 2023

Dear Mr Lowe,

Example children's social care: review under the statutory direction

I am writing after the review of the progress of Example Borough Council ("the Council") under the statutory direction issued to the Council on 9 February 2022. I am grateful to Ms Ada Stone, the Children's Services Commissioner, for her advice.

In the light of the review, I expect the Council to:

– appoint a permanent Director of Children's Services by the end of December 2023; and
– continue to send my officials its children's social care performance data every month.

Ms Stone will continue to send the Minister for Children a written report on the Council's progress every three months.

My officials will hold the next review with you on 8 February 2024. Her appointment will take effect on 1 March 2024.

Yours sincerely,

Jo Bloggs
Director, Children's Social Care
Department for Education
EOF
cat >"$tmp/d.txt" <<'EOF'
Direction to Example Council
Given by the Secretary of State for Education under section 497A(4B) of the Education Act 1996

1. This Direction is given to Example Council ("the Council"). It revokes and replaces the direction given to the Council on 22 July 2021 ("the 2021 Direction").

2. The Secretary of State has appointed Mr Tom Reed as Children's Services Commissioner for Example ("the Commissioner") for a fixed term of twelve months beginning on 12 December 2022.

3. The Council shall, no later than three months after the start of the Commissioner's appointment, complete a review of its assessment teams.

4. The 2021 Direction is revoked with effect from the date of this Direction.

Signed by authority of the Secretary of State for Education

Jo Bloggs
Deputy Director
Department for Education

8 December 2022
EOF
for f in a b c d; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session21-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
A, B, C, D = (load(sys.argv[2] + "/" + f + ".json") for f in "abcd")
check = checker("session21-words")
ev_a = events(A)
check("predecessor-term-ended-on", ("term_end", "2021-01-31") in ev_a)
check("extension-replaces-the-term-it-ran-to", ("term_end", "2021-06-30") not in ev_a and
      ("term_end", "2021-12-31") in ev_a)
a2b = of(A, "2.b")
check("first-at-the-end-of-month-no-deadline", [got(o) for o in a2b] ==
      [("commissioner", "recurring", None, "P3M", "2021-09-30")] and a2b[0].get("to") == "minister")
check("first-by-a-day-is-a-deadline", [got(o) for o in of(A, "2.c")] ==
      [("council", "recurring", "2021-10-31", "P3M", "2021-10-31")])
check("heading-without-blank-line-ends-recitals", [got(o) for o in of(B, "2")] ==
      [("council", "standing", None, None, None)] and of(B, "2")[0].get("to") == "improvement_adviser" and
      [got(o)[:4] for o in of(B, "3")] == [("dfe", "recurring", None, "P3M")])
c_got = sorted((got(o), o.get("to")) for o in C.get("obligations", []))
check("says-by-when-no-duty", of(B, "4") == [])
check("en-dash-items", (("council", "deadline", "2023-12-31", None, None), None) in c_got)
check("continue-to-send-my-officials", (("council", "recurring", None, "P1M", "2023-09-17"), "dfe") in c_got)
check("continue-to-send-the-minister", (("commissioner", "recurring", None, "P3M", "2023-11-17"), "minister") in c_got)
c_on = [o for o in C.get("obligations", []) if o.get("due", {}).get("rule") == "on"]
check("hold-review-on-a-day", [got(o) for o in c_on] == [("dfe", "deadline", "2024-02-08", None, None)] and
      len(c_got) == 4)
check("date-alone-after-signature-paragraph", D.get("date", {}).get("value") == "2022-12-08")
check("fixed-term-beginning-on-is-appointment", ("appointment", "2022-12-12") in events(D))
check("after-start-of-appointment-dated", [got(o) for o in of(D, "3")] == [("council", "deadline", "2023-03-12", None, None)])
check("revokes-and-replaces-alias-once", [r.get("date") for r in D.get("revokes", [])] == ["2021-07-22"])
PY
exit 0
