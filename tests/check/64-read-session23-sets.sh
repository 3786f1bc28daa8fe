#!/bin/bash
# 64-read-session23-sets.sh: the wordings the twentieth unseen set and the older sets'
# remaining misses taught in session 23, on five short documents written here.  The
# expected values were worked out by hand from their words:
#   - e, a direction of Monday 2 March 2026: "The Local Safeguarding Children Board was
#     judged to 'require improvement to be good'" grades nothing (the one judgement is
#     the overall 'inadequate' of the report of 2 February 2026); "appointed ... with
#     effect from the date of this Direction" an appointment on 2 March 2026; 3(a) "be
#     represented at each meeting of the Improvement Board, which is to meet six-weekly":
#     the Council's standing duty and the Board's series (first 2 March + 42 days = 13
#     April 2026); 3(b) "an annual report ..., the first no later than 31 July 2026 and then
#     annually": one series, yearly, its first by 31 July 2026; 3(c) "within one working
#     day of its receipt" a standard, the duty standing; 4 "not later than 3 months after
#     the date of this Direction, that is by 2 June 2026": one deadline, 2 June 2026; 5
#     "The Board must: • ... • meet at least once a month": the Board's monthly series
#     (first 2 April 2026), beside the Council's deadline of 30 April 2026;
#   - f, a Minister's letter of 12 March 2024: the grade in the paragraph after "Ofsted
#     published its report on 6 February 2024." is of that report; "the improvement
#     notice" lifted is the one "issued ... on 19 October 2021"; "who was appointed as
#     ... in November 2021, has agreed to stay on until 30 June 2024" an appointment that
#     month and a term's end, no duty; "invite a partner council to carry out ..., and share
#     the findings ... by the end of December 2024" the Council's, due 31 December 2024;
#     "I would also be grateful if the Council could send ..., by the end of June 2024"
#     the Council's, due 30 June 2024; "commissioned in January" no deadline;
#   - g, a notice of 25 April 2023: grades listed after "Ofsted found that:" in dashed
#     items, each its own (leadership 'inadequate'; children in care and care leavers
#     'require improvement to be good'); "– chair the Improvement Board;" under "The
#     Improvement Adviser will:" makes Mr Reed the chair; "twice a year, and will hold the
#     first review meeting in October 2023": one series, six-monthly, first 25 October 2023;
#   - h, terms of reference whose only date, 9 January 2023, is their last line: 2(a) "...,
#     and advise the Council on how it should be strengthened" one duty; 2(b) "every 6
#     weeks from the start of the appointment" counted from the appointment of 16 January
#     2023 (first 27 February 2023); 2(c) "a final report by 29 September 2023, with his
#     recommendation on whether the Council's services should remain ..." the
#     Commissioner's; 3 "access, on request," standing; 4 "will run until" a term, no duty;
#   - i, a variation of 1 September 2022: 3(a) "in paragraph 4(b) of the Annex, for 'every
#     week' substitute 'every fortnight'" is the Commissioner's (paragraph 2 says that
#     paragraph requires the Commissioner), every two weeks (first 15 September 2022); the
#     Schedule as pdftotext -layout prints it: row 1 the Council's, due by its revised date
#     30 December 2022 (not 30 September 2022), row 2 "The Commissioner to report ..." the
#     Commissioner's, by 28 February 2023, row 3 "End of the Commissioner's appointment"
#     a term ending 31 March 2023, no duty.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/e.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

This Direction is given by the Secretary of State for Education to Rutland County Council ("the Council") on 2 March 2026.

1. Ofsted judged the Council's children's services to be inadequate in its report published on 2 February 2026. The Local Safeguarding Children Board was judged to 'require improvement to be good'.

2. The Secretary of State has appointed Mr Tom Reed as Children's Services Commissioner for Rutland ("the Commissioner"), with effect from the date of this Direction.

3. The Council shall:
(a) be represented at each meeting of the Improvement Board, which is to meet six-weekly;
(b) publish an annual report on the progress of its children's social care services, the first no later than 31 July 2026 and then annually; and
(c) ensure that every contact is screened by a qualified social worker within one working day of its receipt.

4. The Commissioner shall, not later than 3 months after the date of this Direction, that is by 2 June 2026, report to the Secretary of State on the Council's capacity to improve.

5. The Council shall establish an Improvement Board by 30 April 2026. The Board must:
• be chaired by the Commissioner; and
• meet at least once a month.

Signed by authority of the Secretary of State for Education

Dated 2 March 2026
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

12 March 2024

Dear Councillor Lee,

I am writing following Ofsted's inspection of children's services in Rutland, which took place from 4 to 15 December 2023. Ofsted published its report on 6 February 2024.

I was delighted to read that Ofsted judged the Council's children's services to be 'good' overall.

The Department issued an improvement notice to the Council on 19 October 2021. I have decided to lift the improvement notice with effect from the date of this letter.

Mrs Eve Stone, who was appointed as the Council's Improvement Adviser in November 2021, has agreed to stay on until 30 June 2024 to support the Council's work.

The Council should also invite a partner council to carry out a peer review of its services, and share the findings with my officials by the end of December 2024.

I would also be grateful if the Council could send my officials, by the end of June 2024, the findings of the review that it commissioned in January.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/g.txt" <<'EOF'
Improvement notice
Rutland County Council: children's services
Issued: 25 April 2023

1. This improvement notice is issued to the council by the Department for Education ("DfE"). Ofsted published its report of its inspection of the council's children's services on 14 April 2023.
2. The Ofsted report judged the overall effectiveness of the council's children's services to be 'inadequate'. Ofsted found that:
– the impact of leaders on social work practice with children and families is 'inadequate'; and
– the experiences and progress of children in care and care leavers 'require improvement to be good'.
3. DfE has appointed Mr Tom Reed as Improvement Adviser to the council ("the Improvement Adviser"). The Improvement Adviser will:
– chair the Improvement Board; and
– meet the council's Director of Children's Services fortnightly.
4. DfE will review the council's progress against this notice twice a year, and will hold the first review meeting in October 2023.

Signed on behalf of the Secretary of State for Education
Alex Official
Department for Education
EOF
cat >"$tmp/h.txt" <<'EOF'
Children's Services Commissioner for Rutland
Terms of reference

1. The Secretary of State has appointed Mr Tom Reed as Children's Services Commissioner for Rutland ("the Commissioner") with effect from 16 January 2023.
2. The Commissioner will:
(a) assess whether the Council's improvement plan is sufficient, and advise the Council on how it should be strengthened;
(b) send the Minister interim updates every 6 weeks from the start of the appointment; and
(c) send the Secretary of State a final report by 29 September 2023, with his recommendation on whether the Council's services should remain with the Council.
3. The Council will give the Commissioner access, on request, to its premises and records.
4. The Commissioner's appointment will run until 15 January 2024.

Department for Education
9 January 2023
EOF
cat >"$tmp/i.txt" <<'EOF'
VARIATION OF THE STATUTORY DIRECTION ISSUED TO RUTLAND COUNTY COUNCIL ON 18 NOVEMBER 2021

Background
1. On 18 November 2021 the Secretary of State for Education issued a statutory direction to Rutland County Council ("the Council") ("the 2021 Direction") and appointed Mrs Ada Stone as Children's Services Commissioner for Rutland ("the Commissioner").
2. Paragraph 4(b) of the Annex to the 2021 Direction requires the Commissioner to meet the Council's Director of Children's Services every week.
Variation
3. The Secretary of State varies the 2021 Direction as follows:
(a) in paragraph 4(b) of the Annex, for "every week" substitute "every fortnight"; and
(b) in each paragraph listed in the table in the Schedule, the date in the fourth column is replaced by the date in the fifth column.

Signed on behalf of the Secretary of State for Education
Alex Official
Date: 1 September 2022

SCHEDULE
No.   Paragraph         Requirement                         Date in the   Revised date
                                                            2021
                                                            Direction
1     5(e)              The Council to complete a review    30 September  30 December
                        of its child protection plans       2022          2022
2     Annex, 3(c)       The Commissioner to report to the   30 November   28 February
                        Secretary of State                  2022          2023
3     Annex, 1          End of the Commissioner's           17 November   31 March 2023
                        appointment                         2022
EOF
for f in e f g h i; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session23-sets:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
E, F, G, H, I = (load(sys.argv[2] + "/" + f + ".json") for f in "efghi")
check = checker("session23-sets")
def jg(r):
    return sorted((j.get("area"), j.get("grade"), j.get("report_date")) for j in r.get("judgements", []))
check("lscb-grades-nothing", jg(E) == [("overall", "inadequate", "2026-02-02")])
check("appointed-from-its-date", ("appointment", "2026-03-02") in events(E))
check("represented-at-each-meeting-and-board-series", sorted(got(o) for o in of(E, "3.a")) ==
      [("council", "standing", None, None, None), ("improvement_board", "recurring", None, "P6W", "2026-04-13")])
check("annual-then-annually-one-series", [(o.get("kind"), o.get("recurrence", {}).get("every"),
      o.get("recurrence", {}).get("first")) for o in of(E, "3.b")] == [("recurring", "P1Y", "2026-07-31")])
check("within-a-day-of-its-receipt-stands", [got(o) for o in of(E, "3.c")] == [("council", "standing", None, None, None)])
check("that-is-by-one-deadline", [got(o) for o in of(E, "4")] == [("commissioner", "deadline", "2026-06-02", None, None)])
e5 = [got(o) for o in of(E, "5")]
check("board-must-colon-bullets", ("improvement_board", "recurring", None, "P1M", "2026-04-02") in e5 and
      ("council", "deadline", "2026-04-30", None, None) in e5 and not any(g[0] == "council" and g[1] == "recurring" for g in e5))
check("grade-after-published-paragraph", jg(F) == [("overall", "good", "2024-02-06")])
check("notice-issued-to-dates-bare-reference", [(r.get("what"), r.get("date")) for r in F.get("revokes", [])] ==
      [("the improvement notice", "2021-10-19")])
check("appointed-in-month-stays-on-until", {("appointment", "2021-11-01"), ("term_end", "2024-06-30")} <= set(events(F)))
check("letter-duties-council-no-january", sorted(got(o) for o in F.get("obligations", [])) ==
      [("council", "deadline", "2024-06-30", None, None), ("council", "deadline", "2024-12-31", None, None)])
check("dashed-graded-list", {(a, g) for a, g, _ in jg(G)} ==
      {("overall", "inadequate"), ("leadership", "inadequate"), ("looked_after", "requires_improvement"),
       ("care_leavers", "requires_improvement")})
check("dash-chair-item", ("Tom Reed", "chair") in {(a.get("person"), a.get("role")) for a in G.get("appointments", [])})
check("first-review-meeting-places-series", [got(o) for o in of(G, "4")] == [("dfe", "recurring", None, "P6M", "2023-10-25")])
check("last-line-date", H.get("date", {}).get("value") == "2023-01-09")
check("how-it-should-one-duty", len(of(H, "2.a")) == 1)
h2b = of(H, "2.b")
check("every-weeks-from-start-of-appointment", [got(o) for o in h2b] == [("commissioner", "recurring", None, "P6W", "2023-02-27")] and
      h2b[0].get("recurrence", {}).get("anchor") == "event:appointment")
check("whether-should-no-subject", [got(o) for o in of(H, "2.c")] == [("commissioner", "deadline", "2023-09-29", None, None)])
check("access-on-request-stands", [got(o) for o in of(H, "3")] == [("council", "standing", None, None, None)])
check("will-run-until-no-duty", of(H, "4") == [])
check("substituted-paragraph-bearer", [got(o) for o in of(I, "3.a")] == [("commissioner", "recurring", None, "P2W", "2022-09-15")])
check("schedule-revised-dates", [got(o) for o in of(I, "annex.1")] == [("council", "deadline", "2022-12-30", None, None)] and
      [got(o) for o in of(I, "annex.2")] == [("commissioner", "deadline", "2023-02-28", None, None)] and
      of(I, "annex.3") == [] and ("term_end", "2023-03-31") in events(I))
PY
exit 0
