#!/bin/bash
# 59-read-session20-words.sh: wordings of the fifteenth unseen set that the reader
# learnt in session 20, on three short documents written here (an improvement notice
# whose annex lists "Action N" blocks with "Target date:" lines, a direction that varies
# an earlier one in plain words, a Minister's letter revoking a direction).  The
# expected values were worked out by hand from their words:
#   - the notice issued Wednesday 3 March 2021: paragraph 1 points to the Annex (no
#     duty); "The Council must also:" heads items i. and ii.: i. within one month of
#     the notice, 3 April 2021; ii. "on request, give the Department ..." a duty on a
#     condition, with no date; 3 "The Improvement Adviser will attend each meeting of
#     the Improvement Board, and the Council must present its performance data to each
#     meeting" two standing duties, the Adviser's and the Council's; the annex's
#     "Action 1" ... "Action 3" are clauses annex.1 ... annex.3 ("Action 3: Audit ..."
#     on one line); their target dates: "30 June 2021" (by that day), "Deadline:
#     November 2021" (by its last day, 30 November 2021), "within 8 weeks of the date
#     of this notice" (3 March + 56 days = 28 April 2021);
#   - the variation dated Friday 10 September 2021: 1(a) "the date by which the Council
#     must submit its improvement plan to the Secretary of State is moved from 30 June
#     2021 to 30 November 2021" the Council's deadline, 30 November 2021, to the
#     Secretary of State; 1(b) "the Commissioner's appointment is extended until 31
#     March 2022" a term_end, no duty; 1(c) the reviews "that the Department for
#     Education carries out every three months ... will instead be held every four
#     months from the date of this Direction" one series, the Department's, every four
#     months from 10 September 2021 (first 10 January 2022); 2 "Until the end of
#     December 2021, the Council shall send the Commissioner every month a report" one
#     monthly series (first 10 October 2021) ending 31 December 2021, not a deadline;
#     "On the day the 2021 Direction was given, the Secretary of State appointed Ms Ada
#     Stone as ... Commissioner" an appointment on 1 February 2021, the day the
#     direction it names ('... on 1 February 2021 ("the 2021 Direction")') was given;
#   - the letter of Thursday 14 July 2022: "the Secretary of State has today revoked the
#     statutory direction issued to Example Council ... on 2 March 2020" a revocation of
#     the direction of 2 March 2020; "I have agreed that the Council no longer needs
#     statutory intervention" a decision that day; "Ms Ada Stone's appointment as
#     Commissioner ends today" a term_end that day; "They will also hold a review
#     meeting with you in November", after "My officials will meet ...", the
#     Department's, in November 2022 (the window to 30 November), with a warning that
#     the month has no year;
#   - the notice issued Thursday 5 May 2022: "Ofsted has since made two monitoring visits
#     to the Council. At the second, on 8 and 9 March 2022, inspectors found ..." a
#     monitoring visit from 8 to 9 March 2022; "In his report to the Secretary of State
#     of 20 April 2022, the Commissioner advised ..." a commissioner_report; "He has
#     agreed to continue to work with the Council as its Improvement Adviser", after the
#     Commissioner's appointment ends, Mr Ben Castle (appointed Commissioner on 1 June
#     2020) as improvement_adviser; 3 "asked the Adviser to advise her on whether the
#     Council should remain in intervention" no duty (the modal is in the question); 4
#     "report ... at any time if he considers that ..." the Adviser's duty on that
#     condition; 5 "hold the next quarterly review with the Council in August 2022" one
#     meeting, in August 2022 (to 31 August), no quarterly series.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
IMPROVEMENT NOTICE: EXAMPLE COUNCIL

This improvement notice is issued on 3 March 2021 to Example Council ("the Council") by the Department for Education ("the Department").

1. The Council must carry out the actions set out in the Annex to this notice by the target dates shown there.

2. The Council must also:
i. within one month of the date of this notice, send the Department its revised improvement plan;
ii. on request, give the Department any information it needs about the Council's progress.

3. The Improvement Adviser will attend each meeting of the Improvement Board, and the Council must present its performance data to each meeting.

Signed on behalf of the Secretary of State for Education

A N Official

ANNEX: ACTIONS

Action 1
Appoint a permanent Director of Children's Services.
Target date: 30 June 2021

Action 2
Publish a new sufficiency strategy for children in care.
Deadline: November 2021

Action 3: Audit every open child protection plan.
Target date: within 8 weeks of the date of this notice
EOF
cat >"$tmp/b.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996: VARIATION

This Direction is given by the Secretary of State for Education to Sample Borough Council ("the Council") on 10 September 2021. It varies the direction given to the Council on 1 February 2021 ("the 2021 Direction"). On the day the 2021 Direction was given, the Secretary of State appointed Ms Ada Stone as Children's Services Commissioner for Sample ("the Commissioner").

1. The Secretary of State directs that the direction given to the Council on 1 February 2021 is varied as follows:
(a) the date by which the Council must submit its improvement plan to the Secretary of State is moved from 30 June 2021 to 30 November 2021;
(b) the Commissioner's appointment is extended until 31 March 2022; and
(c) the reviews of the Council's progress that the Department for Education carries out every three months from the date of that direction will instead be held every four months from the date of this Direction.

2. Until the end of December 2021, the Council shall send the Commissioner every month a report on its agency staffing.

Signed by authority of the Secretary of State for Education

Dated 10 September 2021
EOF
cat >"$tmp/c.txt" <<'EOF'
Minister for Children
Department for Education

Councillor Jo Doe
Leader, Example Council

14 July 2022

Dear Councillor Doe,

DIRECTION TO EXAMPLE COUNCIL

I am writing to tell you that the Secretary of State has today revoked the statutory direction issued to Example Council ("the Council") on 2 March 2020.

Having read Ofsted's report, I have agreed that the Council no longer needs statutory intervention. Ms Ada Stone's appointment as Commissioner ends today.

My officials will meet your Director of Children's Services every six weeks. They will also hold a review meeting with you in November.

Yours sincerely,

Minister for Children
EOF
cat >"$tmp/d.txt" <<'EOF'
IMPROVEMENT NOTICE: SAMPLE COUNCIL

This improvement notice is issued on 5 May 2022 to Sample Council ("the Council") by the Department for Education ("the Department").

1. On 1 June 2020 the Secretary of State appointed Mr Ben Castle as Children's Services Commissioner for Sample ("the Commissioner"). Ofsted has since made two monitoring visits to the Council. At the second, on 8 and 9 March 2022, inspectors found that practice had improved.

2. In his report to the Secretary of State of 20 April 2022, the Commissioner advised that the Council no longer needs a statutory direction. The Commissioner's appointment ends on the date of this notice. He has agreed to continue to work with the Council as its Improvement Adviser ("the Adviser").

3. The Secretary of State has asked the Adviser to advise her on whether the Council should remain in intervention.

4. The Adviser will report to the Secretary of State at any time if he considers that the Council is not making progress.

5. The Department will hold the next quarterly review with the Council in August 2022.

Signed on behalf of the Secretary of State for Education
EOF
for f in a b c d; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session20-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
A, B, C, D = (load(sys.argv[2] + "/" + f + ".json") for f in "abcd")
check = checker("session20-words")
def warned(R, words):
    return any(words in w.get("message", "") for w in R.get("warnings", []))
check("annex-pointer-no-duty", of(A, "1") == [])
check("must-also-item-within-month", [got(o) for o in of(A, "2.i")] == [("council", "deadline", "2021-04-03", None, None)])
a2 = of(A, "2.ii")
check("must-also-item-on-request", [got(o) for o in a2] == [("council", "conditional", None, None, None)] and
      a2[0].get("condition", "").lower().startswith("on request"))
check("coordinated-untimed-duties", sorted((o.get("bearer"), o.get("kind")) for o in of(A, "3")) ==
      [("council", "standing"), ("improvement_adviser", "standing")])
check("action-block-target-date", [got(o) for o in of(A, "annex.1")] == [("council", "deadline", "2021-06-30", None, None)])
check("action-block-deadline-month", [got(o) for o in of(A, "annex.2")] == [("council", "deadline", "2021-11-30", None, None)] and
      of(A, "annex.2")[0]["due"].get("rule") == "by")
check("action-on-its-line-within-weeks", [got(o) for o in of(A, "annex.3")] == [("council", "deadline", "2021-04-28", None, None)])
b1a = of(B, "1.a")
check("date-moved-from-to", [got(o) for o in b1a] == [("council", "deadline", "2021-11-30", None, None)] and
      b1a[0].get("to") == "secretary_of_state")
check("appointment-extended-no-duty", of(B, "1.b") == [] and ("term_end", "2022-03-31") in events(B))
check("appointed-on-the-day-of-named-direction", ("appointment", "2021-02-01") in events(B))
check("instead-held-one-series-of-doer", [got(o) for o in of(B, "1.c")] == [("dfe", "recurring", None, "P4M", "2022-01-10")])
b2 = of(B, "2")
check("until-end-of-month-ends-series", [got(o) for o in b2] == [("council", "recurring", None, "P1M", "2021-10-10")] and
      b2[0].get("recurrence", {}).get("until") == "2021-12-31")
check("today-revoked", [(r.get("date")) for r in C.get("revokes", [])] == ["2020-03-02"])
check("agreed-that-decision", ("decision", "2022-07-14") in events(C))
check("appointment-ends-today", ("term_end", "2022-07-14") in events(C))
c_dfe = [o for o in C.get("obligations", []) if "November" in o.get("quote", o.get("action", ""))]
check("they-officials-yearless-month", [got(o) for o in c_dfe] == [("dfe", "deadline", "2022-11-30", None, None)] and
      c_dfe[0]["due"].get("rule") == "in_month" and warned(C, "'in November' has no year"))
check("at-the-second-monitoring-visit", ("monitoring_visit", "2022-03-08") in events(D) and
      any(e.get("end_date") == "2022-03-09" for e in D.get("events", []) if e.get("kind") == "monitoring_visit"))
check("report-to-secretary-of-state-of", ("commissioner_report", "2022-04-20") in events(D))
check("he-continues-as-adviser", ("Ben Castle", "improvement_adviser") in
      [(a.get("person"), a.get("role")) for a in D.get("appointments", [])])
check("modal-in-whether-no-duty", of(D, "3") == [])
d4 = of(D, "4")
check("at-any-time-if-conditional", [got(o) for o in d4] == [("improvement_adviser", "conditional", None, None, None)] and
      d4[0].get("condition", "").startswith("if he considers"))
check("next-quarterly-review-one-meeting", [got(o) for o in of(D, "5")] == [("dfe", "deadline", "2022-08-31", None, None)])
PY
exit 0
