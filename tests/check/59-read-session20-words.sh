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
#     meeting, in August 2022 (to 31 August), no quarterly series;
# and wordings of the sixteenth unseen set, read in the same session:
#   - the letter of Wednesday 12 June 2024: "the statutory direction that the Secretary
#     of State issued to Sample Council ... on 3 March 2022" revoked and issued that day;
#     "The direction that revokes it is enclosed with this letter" neither a second
#     revocation nor a direction issued on 12 June; "Ofsted returned to inspect ...
#     between 26 February and 8 March 2024" an inspection; "Ms Stone's final report to
#     me of 2 May 2024" the Commissioner's (Ms Ada Stone appointed Commissioner); "has
#     agreed to continue to support the Council as its DfE Improvement Adviser until the
#     end of December 2024" a term end on 31 December 2024 and no duty; "She will meet
#     ... every month, and will report to my officials every three months" two series
#     of the Adviser's (first 12 July and 12 September 2024); after "At our meeting we
#     agreed that:", items with Word's Symbol bullets (U+F0B7 and a tab): "within 15
#     working days of the date of this letter" (13 June to 3 July 2024, no bank holiday
#     between) and "every quarter" (first 12 September 2024), the Council's;
#   - the amending direction dated Wednesday 4 October 2023: 1 "complete the actions in
#     Annex A ... by the target dates shown there" no duty; 2 "shall provide the
#     Department for Education, on request, with ..." on that condition; 3 "at the end
#     of each quarter, the first at the end of December 2023" one quarterly series whose
#     first falls on 31 December 2023, no second deadline; 4 "by 31 January 2024 instead
#     of by 30 November 2023" one deadline, 31 January 2024; 5 'for "31 October 2023"
#     substitute "30 April 2024"' in the paragraph that "provides that the
#     Commissioner's appointment runs until 31 October 2023": a term end on 30 April
#     2024, no duty and no warning; the annex's tab-separated rows: "31 January 2024"
#     alone in the last cell (by that day) and "End of November 2023" (30 November
#     2023), each row's duty spanning its action's words.
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
/usr/bin/printf '%b' 'Minister for Children
Department for Education

Councillor Jo Doe
Leader, Sample Council

12 June 2024

Dear Councillor Doe,

I have decided to revoke the statutory direction that the Secretary of State issued to Sample Council ("the Council") on 3 March 2022. The direction that revokes it is enclosed with this letter.

When the direction was issued, the Secretary of State appointed Ms Ada Stone as Children'\''s Services Commissioner for Sample. Ofsted returned to inspect the Council'\''s children'\''s services between 26 February and 8 March 2024. I have read Ms Stone'\''s final report to me of 2 May 2024.

Ms Stone has agreed to continue to support the Council as its DfE Improvement Adviser until the end of December 2024. She will meet your Director of Children'\''s Services every month, and will report to my officials every three months.

At our meeting we agreed that:
\xef\x82\xb7	the Council will send my officials a revised plan within 15 working days of the date of this letter; and
\xef\x82\xb7	the Council will report to my officials on its progress every quarter.

Yours sincerely,

Minister for Children
' >"$tmp/e.txt"
cat >"$tmp/f.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given to Example Council ("the Council"). It amends the direction given to the Council on 2 May 2022 ("the 2022 Direction"). Paragraph 2 of the Annex to the 2022 Direction provides that the Commissioner's appointment runs until 31 October 2023.

1. The Council must complete the actions in Annex A to this direction by the target dates shown there.

2. The Council shall provide the Department for Education, on request, with any information it needs to assess the Council's progress.

3. The Commissioner shall report to the Secretary of State at the end of each quarter, the first at the end of December 2023.

4. Paragraph 6 of the 2022 Direction is to be read as requiring the Council to publish its improvement plan by 31 January 2024 instead of by 30 November 2023.

5. In paragraph 2 of the Annex to the 2022 Direction, for "31 October 2023" substitute "30 April 2024".

Dated 4 October 2023

Annex A: Actions

Ref	Action	Target date
1	Publish a new sufficiency strategy for children in care.	31 January 2024
2	Audit every open child protection plan, and report the findings to the Commissioner.	End of November 2023
EOF
for f in a b c d e f; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session20-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
A, B, C, D, E, F = (load(sys.argv[2] + "/" + f + ".json") for f in "abcdef")
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
check("revokes-it-is-no-revocation", [r.get("date") for r in E.get("revokes", [])] == ["2022-03-03"] and
      ("direction_issued", "2022-03-03") in events(E) and ("direction_issued", "2024-06-12") not in events(E))
check("returned-to-inspect", ("ofsted_inspection", "2024-02-26") in events(E))
check("named-commissioners-report-to-me-of", ("commissioner_report", "2024-05-02") in events(E))
check("continue-to-support-until-end-of-month", ("term_end", "2024-12-31") in events(E) and
      not any(o.get("kind") == "standing" for o in E.get("obligations", [])))
e_obl = sorted(got(o) for o in E.get("obligations", []))
check("and-will-second-series-of-she", ("improvement_adviser", "recurring", None, "P1M", "2024-07-12") in e_obl and
      ("improvement_adviser", "recurring", None, "P3M", "2024-09-12") in e_obl)
check("agreed-that-colon-symbol-bullets", ("council", "deadline", "2024-07-03", None, None) in e_obl and
      ("council", "recurring", None, "P3M", "2024-09-12") in e_obl and len(e_obl) == 4)
check("actions-in-annex-a-no-duty", of(F, "1") == [])
f2 = of(F, "2")
check("comma-on-request-conditional", [got(o) for o in f2] == [("council", "conditional", None, None, None)])
f3 = of(F, "3")
check("first-at-end-of-month-series-start", len(f3) == 1 and f3[0].get("kind") == "recurring" and
      f3[0].get("recurrence", {}).get("first") == "2023-12-31")
check("instead-of-by-replaced-day", [got(o) for o in of(F, "4")] == [("council", "deadline", "2024-01-31", None, None)])
check("substituted-term-end", ("term_end", "2024-04-30") in events(F) and of(F, "5") == [] and
      not F.get("warnings"))
fa = of(F, "annex.1") + of(F, "annex.2")
check("tab-row-target-cells", [got(o) for o in fa] == [("council", "deadline", "2024-01-31", None, None),
                                                       ("council", "deadline", "2023-11-30", None, None)] and
      all(o["span"][1] - o["span"][0] > 40 for o in fa))
PY
exit 0
