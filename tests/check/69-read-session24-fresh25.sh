#!/bin/bash
# 69-read-session24-fresh25.sh: what the twenty-fifth unseen set taught in session 24, on
# three short documents written here.  The expected values were worked out by hand from
# their words:
#   - v, a Minister's letter of Thursday 23 September 2021: its date is its date line, not
#     "the report of Mr Sam Example, ... dated 6 September 2021" (a Commissioner's report of
#     that day), and "Ofsted's letter of 19 August 2021" after it is Ofsted's; "I have also
#     decided that the Commissioner should now report to me every two months, rather than
#     quarterly ...; his first report on that basis should reach me by 30 November 2021": a
#     series every two months, the first by 30 November 2021; "The Improvement Board, which
#     the Commissioner chairs, will continue to meet monthly until the end of his
#     appointment" (he chairs it; monthly until 31 March 2022, the term's end the letter
#     gives); "before the end of the month following the date of this letter" 31 October
#     2021;
#   - w, a notice of Thursday 16 March 2023: "Mr Sam Example will continue as the Council's
#     Improvement Adviser" an appointment and no duty; "(a) work with the Adviser ... to
#     deliver ... the milestones in Annex B" a duty (not a pointer); "by the last working
#     day of each quarter, beginning with the quarter ending 30 June 2023" quarterly, the
#     first 30 June 2023 (a Friday); "at intervals not exceeding six weeks" every six weeks;
#     "Month 3:" and "Month 12:" milestones counted from the notice's date, 16 June 2023
#     and 16 March 2024;
#   - x, a Director's letter of Thursday 20 April 2023: "the Council's Director ...
#     explained will be the subject of a separate report to the Executive in June" no
#     duty; "we agreed that ..., and the Council undertook to send the Department, within
#     15 working days of the date of this letter, ..." 15 May 2023 (21, 24-28 April, 2-5,
#     9-12, 15 May: the Early May and coronation bank holidays skipped); "the audit ...
#     that it began in February by the end of June 2023" 30 June 2023 only; the postscript's
#     "no later than 5pm on Friday 28 April 2023" the Council's.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/v.txt" <<'EOF'
Jo Bloggs MP
Minister for Children and Families
Department for Education

Councillor Ann Lee
Leader of the Council
Rutland County Council

23 September 2021

Dear Ann,

I have now considered the report of Mr Sam Example, the Children's Services Commissioner for Rutland ("the Commissioner"), dated 6 September 2021, together with Ofsted's letter of 19 August 2021 following its monitoring visit of 20 and 21 July 2021.

In the light of that advice I have decided to extend the Commissioner's appointment until 31 March 2022.

I have also decided that the Commissioner should now report to me every two months, rather than quarterly as at present; his first report on that basis should reach me by 30 November 2021. The Improvement Board, which the Commissioner chairs, will continue to meet monthly until the end of his appointment.

I would ask the Council to send my officials an updated improvement plan before the end of the month following the date of this letter.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/w.txt" <<'EOF'
IMPROVEMENT NOTICE TO RUTLAND COUNTY COUNCIL

Issued on Thursday 16 March 2023 to Rutland County Council ("the Council").

3. Mr Sam Example will continue as the Council's Improvement Adviser ("the Adviser").

4. The Council must:
(a) work with the Adviser and the Department to deliver the improvements identified in Annex A and the milestones in Annex B;
(b) continue to hold its Improvement Board ("the Board"), chaired by the Adviser, and ensure that the Board meets monthly;
(c) provide the Department with a report on its progress against the milestones in Annex B by the last working day of each quarter, beginning with the quarter ending 30 June 2023; and
(d) ensure that its Director of Children's Services meets the Adviser at intervals not exceeding six weeks.

Signed on behalf of the Secretary of State for Education
Alex Official
Department for Education

Annex A: Areas for improvement
The timeliness of assessments.

Annex B: Milestones
The Council must meet the following milestones. Each is counted from the date of this notice.
1. Month 3: the Council has completed a review of its front door arrangements.
2. Month 12: agency social workers make up less than 20% of the workforce.
EOF
cat >"$tmp/x.txt" <<'EOF'
Department for Education
Sanctuary Buildings
London SW1P 3BT

Ms Jo Lee
Chief Executive
Rutland County Council

20 April 2023

Dear Ms Lee,

Thank you for the stocktake meeting on 12 April 2023. We discussed the pressures on the Council's budget for placements, which the Council's Director of Children's Services explained will be the subject of a separate report to the Executive in June.

On the improvement plan, we agreed that the current plan has served its purpose, and the Council undertook to send the Department, within 15 working days of the date of this letter, a revised version of the plan. I should also be grateful if the Council would complete the audit of children's plans that it began in February by the end of June 2023.

Yours sincerely,

Alex Official
Director, Children's Social Care Improvement

P.S. Please could your office also confirm to my team the membership of the Improvement Board no later than 5pm on Friday 28 April 2023.
EOF
for f in v w x; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session24-fresh25:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
V, W, X = (load(sys.argv[2] + "/" + f + ".json") for f in "vwx")
check = checker("session24-fresh25")
check("letter-date-line-first", V.get("date", {}).get("value") == "2021-09-23")
check("dated-report-and-letter-after", {("commissioner_report", "2021-09-06"), ("ofsted_letter", "2021-08-19")} <= events(V))
vo = V.get("obligations", [])
check("decided-that-should-report-first-by", ("commissioner", "recurring", "2021-11-30", "P2M", "2021-11-30") in [got(o) for o in vo])
check("which-the-commissioner-chairs", ("Sam Example", "chair") in [(a.get("person"), a.get("role")) for a in V.get("appointments", [])])
check("until-the-end-of-his-appointment", [o.get("recurrence", {}).get("until") for o in vo if o.get("recurrence", {}).get("every") == "P1M"] == ["2022-03-31"])
check("end-of-the-month-following", ("council", "deadline", "2021-10-31", None, None) in [got(o) for o in vo])
check("will-continue-as-no-duty", of(W, "3") == [] and
      ("Sam Example", "improvement_adviser") in [(a.get("person"), a.get("role")) for a in W.get("appointments", [])])
check("work-with-to-deliver-milestones", [got(o)[:2] for o in of(W, "4.a")] == [("council", "standing")])
check("quarter-ending-first", [got(o) for o in of(W, "4.c")] == [("council", "recurring", "2023-06-30", "P3M", "2023-06-30")])
check("intervals-not-exceeding", [got(o)[1:4] for o in of(W, "4.d")] == [("recurring", None, "P6W")])
check("month-n-milestones", [got(o)[:3] for o in of(W, "annex.1") + of(W, "annex.2")] ==
      [("council", "deadline", "2023-06-16"), ("council", "deadline", "2024-03-16")])
check("undertook-after-agreed-that", ("council", "deadline", "2023-05-15", None, None) in [got(o) for o in X.get("obligations", [])])
check("reported-speech-and-past-month", sorted(o.get("due", {}).get("date") for o in X.get("obligations", [])) ==
      ["2023-04-28", "2023-05-15", "2023-06-30"])
PY
exit 0
