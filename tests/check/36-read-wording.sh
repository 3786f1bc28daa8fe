#!/bin/bash
# 36-read-wording.sh: wordings of time and duty the earlier tests do not use, on a
# short direction and a short letter written here.  The expected values were worked
# out by hand from their words:
#   - paragraphs under "Reasons for this direction" are recitals: "The Department
#     for Education will appoint an Improvement Adviser" (2) is no duty;
#   - "comply forthwith with any instruction" is standing (each compliance at once);
#     "shall forthwith provide ... copies" (5) and "as soon as reasonably
#     practicable, establish a Board" (6) are one-off acts with no due date, each
#     with a warning to confirm when it was done;
#   - "within 3 months of his appointment, review ..., and thereafter shall report
#     ... at intervals of 3 months" (7): one duty, due 9 September 2025 (the
#     appointment takes effect on 9 June 2025), then every 3 months from the
#     appointment, first 9 September 2025;
#   - "the Council shall designate ..." (8) is a one-off act (event);
#   - "will meet every 6-8 weeks" (9): the Board's series at the longest interval,
#     8 weeks from 2 June 2025 (first 28 July 2025), with a warning;
#   - "must carry out the improvement actions set out in the Schedule ... within the
#     timescales shown there" (10) points to the schedule's own duties: none of its own;
#   - "Timescale: Q3 2025": the calendar year's third quarter ends 30 September 2025,
#     with a warning naming the financial-year reading (31 December 2025);
#   - "Make sure that ..." with "Timescale: Ongoing": a standing duty of the Council
#     (the Lead has no role of its own);
#   - "If its Director of Children's Services leaves the post ..., the Council shall
#     notify ... within 10 working days of the departure" (11): the Council's duty on
#     that condition, no due date;
#   - a table flattened one cell a line under "... by the dates in the table below."
#     (12): each row a deadline of the Council's to the Department, by its last
#     cell's date (30 September 2025; 31 December 2025);
#   - "..., which the Commissioner will chair" (13): the Commissioner's standing duty
#     to the Board; "The Board will meet every four weeks" the Board's series even
#     though "will receive a progress report from the Council" follows, which is the
#     Council's standing duty to the Board;
#   - "Timescale: Within 10 working days" says not from when (14): read from the
#     direction's date, 2 June 2025 (a Monday) + 10 working days = 16 June 2025, with
#     a warning;
#   - a direction "made on the 3rd day of March 2014" to "the Council of the City of
#     Exampleton": a "Directions" line straight after a recital (no blank line) still
#     opens the operative part; "every other month" is every 2 months; "twice yearly"
#     every 6 months; "every three weeks rather than monthly" one series (3 weeks);
#     "every 12 weeks, the first such report to be submitted within 2 months of the
#     date of this Direction": one duty due 3 May 2014, the series from it (first
#     3 May 2014); "shall meet each milestone in the Schedule by the date shown
#     there" points to the schedule (its item: by 30 June 2014); "may revoke or vary"
#     is a power, no duty;
#   - '"the Council" means Exampleshire Council' names the council; "Date signed: 7 Apr.
#     2015" is the date (+ 4 weeks = 5 May 2015); "LONDON BOROUGH OF EXAMPLE VALE" after
#     a heading's colon is the council; a letter's numbered steps are no clauses
#     (5 August 2024 + 6 weeks = 16 September 2024);
#   - in the letter of 5 August 2024: "the Commissioner will review ..., and will
#     provide me with an initial report by 31 October 2024, with monthly updates
#     thereafter": one duty of the Commissioner to the Minister, due 31 October
#     2024, monthly from it (first 31 October 2024, each month's last day);
#     "the Commissioner will chair the Board, which should meet every month": the
#     Board's series; "my officials will meet the Council's senior leadership team"
#     is done with the Council; "by the end of the year" is 31 December 2024, with a
#     warning.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION ISSUED TO EXAMPLESHIRE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated 2 June 2025

Reasons for this direction

1. Ofsted judged the Council's children's services to be inadequate.

2. The Department for Education will appoint an Improvement Adviser to support the Council.

3. The Secretary of State has appointed Mr Owen Sample as Children's Services Commissioner, his appointment to take effect on 9 June 2025.

What the Council must do

4. The Council shall comply forthwith with any instruction given to it by the Commissioner.

5. The Council shall forthwith provide the Commissioner with copies of its current improvement plan.

6. The Council shall, as soon as reasonably practicable, establish a Children's Improvement Board.

7. The Commissioner shall, within 3 months of his appointment, review the Council's capacity to improve, and thereafter shall report to the Secretary of State at intervals of 3 months on the progress made by the Council.

8. When the agreement takes effect, the Council shall designate the Partner Council's Director of Children's Services as its own Director of Children's Services.

9. The Board will be chaired by the Commissioner and will meet every 6-8 weeks to monitor progress.

10. The Council must carry out the improvement actions set out in the Schedule to this direction within the timescales shown there.

11. If its Director of Children's Services leaves the post before 31 October 2025, the Council shall notify the Department for Education within 10 working days of the departure.

12. The Council shall send reports to the Department for Education by the dates in the table below.

Report
Due by

First data return
30 September 2025

Second data return
31 December 2025

13. The Council must continue to hold its Children's Improvement Board, which the Commissioner will chair. The Board will meet every four weeks and will receive a progress report from the Council at each meeting.

14. The Council shall nominate a senior officer to the Board.
Timescale: Within 10 working days

Signed on behalf of the Secretary of State for Education

Schedule: Improvement actions

1. Appoint permanent team managers to every locality team.
Timescale: Q3 2025
Lead: Director of Children's Services

2. Make sure that every child in need has an up-to-date plan.
Timescale: Ongoing
Lead: Assistant Director, Children in Need
EOF
cat >"$tmp/l.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families
Sanctuary Buildings  20 Great Smith Street  London  SW1P 3BT

Councillor Alex Sample
Leader
Exampleshire County Council

5 August 2024

Dear Councillor Sample,

APPOINTMENT OF A CHILDREN'S SERVICES COMMISSIONER

I have decided to appoint Ms Rowan Example as Children's Services Commissioner for Exampleshire. The next steps will be as follows:

•	the Commissioner will review the Council's capacity and capability to improve, and will provide me with an initial report by 31 October 2024, with monthly updates thereafter;
•	the Commissioner will chair the Council's Children's Improvement Board, which should meet every month;
•	my officials will meet the Council's senior leadership team every six weeks; and
•	I intend to decide on the future arrangements by the end of the year.

I am grateful for the way in which your officers have engaged with my Department.

Yours sincerely,

Jane Example MP
EOF
cat >"$tmp/e.txt" <<'EOF'
DIRECTION TO THE COUNCIL OF THE CITY OF EXAMPLETON

This Direction is made on the 3rd day of March 2014 by the Secretary of State for Education.

Background
1. Ofsted judged the Council's services to be inadequate.
Directions
2. The Council shall maintain an Improvement Board, which will meet every other month.
3. The Department for Education will review the Council's progress twice yearly.
4. The Improvement Board will now meet every three weeks rather than monthly.
5. The Commissioner shall report to the Secretary of State every 12 weeks, the first such report to be submitted within 2 months of the date of this Direction.
6. The Council shall meet each milestone in the Schedule by the date shown there.
7. The Secretary of State may revoke or vary this Direction at any time.

Signed on behalf of the Secretary of State for Education

Schedule
1. Publish a revised improvement plan by 30 June 2014.
EOF
cat >"$tmp/f.txt" <<'EOF'
IMPROVEMENT NOTICE

In this notice "the Council" means Exampleshire Council.

1. The Council must send the Department a plan within 4 weeks of the date of this notice.

Signed on behalf of the Secretary of State for Education
Date signed: 7 Apr. 2015
EOF
cat >"$tmp/g.txt" <<'EOF'
IMPROVEMENT NOTICE: LONDON BOROUGH OF EXAMPLE VALE

Dated 1 May 2016

1. The Council must co-operate with the Improvement Adviser.

Signed on behalf of the Secretary of State for Education
EOF
cat >"$tmp/h.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families

Councillor Alex Sample
Leader
Exampleshire County Council

5 August 2024

Dear Councillor Sample,

The next steps are:

1. The Council should send my officials a revised improvement plan within six weeks of the date of this letter.

2. My officials will meet the Council every month.

Yours sincerely,

Jane Example MP
EOF
for f in d l e f g h; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL wording:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" "$tmp/l.json" "$tmp/e.json" "$tmp/f.json" "$tmp/g.json" "$tmp/h.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, L, E, F, G, H = (load(p) for p in sys.argv[2:8])
check = checker("wording")
def warned(R, *words):
    return any(all(w in x.get("message", "") for w in words) for x in R.get("warnings", []))
check("reasons-are-recitals", not of(D, "1") and not of(D, "2"))
check("comply-forthwith-is-standing", one(D, "4").get("kind") == "standing")
f5, f6 = one(D, "5"), one(D, "6")
check("forthwith-is-a-one-off-act", f5.get("kind") == "event" and "due" not in f5 and f5.get("bearer") == "council")
check("as-soon-as-practicable-is-a-one-off-act", f6.get("kind") == "event" and "due" not in f6)
spans = [tuple(w.get("span", [])) for w in D.get("warnings", [])]
text = open(sys.argv[2].replace(".json", ".txt"), encoding="utf-8").read().encode()
said = [text[a:b].decode() for a, b in spans if a < b]
check("at-once-words-are-warned-of", "forthwith" in said and "as soon as reasonably practicable" in said)
c7 = one(D, "7")
d7, r7 = c7.get("due", {}), c7.get("recurrence", {})
check("within-then-thereafter-at-intervals", c7.get("kind") == "recurring" and c7.get("bearer") == "commissioner" and d7.get("date") == "2025-09-09" and d7.get("anchor") == "event:appointment" and r7.get("every") == "P3M" and r7.get("anchor") == "event:appointment" and r7.get("first") == "2025-09-09")
check("only-one-duty-for-the-compound", len(of(D, "7")) == 1)
check("designate-is-a-one-off-act", one(D, "8").get("kind") == "event")
board = [o for o in of(D, "9") if o.get("bearer") == "improvement_board"]
rb = board[0].get("recurrence", {}) if len(board) == 1 else {}
check("range-of-weeks-is-its-longest", rb.get("every") == "P8W" and rb.get("next") == "2025-07-28")
check("range-of-weeks-warns", warned(D, "6-8 weeks"))
check("schedule-pointer-is-no-duty", not of(D, "10"))
a1, a2 = one(D, "annex.1"), one(D, "annex.2")
check("calendar-quarter", a1.get("kind") == "deadline" and a1.get("due", {}).get("date") == "2025-09-30" and a1.get("due", {}).get("rule") == "end_of" and a1.get("bearer") == "dcs")
check("calendar-quarter-warns-with-the-other-reading", warned(D, "Q3 2025", "2025-12-31"))
check("make-sure-ongoing-is-standing", a2.get("kind") == "standing" and a2.get("bearer") == "council")
c11 = one(D, "11")
check("if-led-timed-duty-is-conditional", c11.get("bearer") == "council" and c11.get("kind") == "conditional" and "due" not in c11 and c11.get("condition", "").lower().startswith("if its director"))
rows = sorted(((o.get("bearer"), o.get("to"), o.get("kind"), o.get("due", {}).get("date")) for o in of(D, "12")), key=str)
check("flat-table-rows-are-deadlines", rows == [("council", "dfe", "deadline", "2025-09-30"), ("council", "dfe", "deadline", "2025-12-31")])
c13 = sorted(((o.get("bearer"), o.get("to"), o.get("kind"), o.get("recurrence", {}).get("every")) for o in of(D, "13")), key=str)
check("which-the-commissioner-will-chair", ("commissioner", "improvement_board", "standing", None) in c13)
check("board-meets-though-it-receives", ("improvement_board", None, "recurring", "P4W") in c13)
check("receives-from-the-council-is-the-councils", ("council", "improvement_board", "standing", None) in c13)
c14 = one(D, "14")
check("bare-within-on-its-line", c14.get("kind") == "deadline" and c14.get("due", {}).get("date") == "2025-06-16" and c14.get("due", {}).get("anchor") == "instrument_date")
check("bare-within-warns", warned(D, "does not say from when"))
b1, b2, b3, b4 = (one(L, "body/%d" % k) for k in (1, 2, 3, 4))
check("letter-has-four-commitments", len(L.get("obligations", [])) == 4)
check("letter-initial-report-then-monthly", b1.get("bearer") == "commissioner" and b1.get("to") == "minister" and b1.get("kind") == "recurring" and b1.get("due", {}).get("date") == "2024-10-31" and b1.get("recurrence", {}).get("every") == "P1M" and b1.get("recurrence", {}).get("first") == "2024-10-31" and "BYMONTHDAY=-1" in b1.get("recurrence", {}).get("rrule", ""))
check("letter-which-should-meet-is-the-board", b2.get("bearer") == "improvement_board" and b2.get("recurrence", {}).get("every") == "P1M")
check("letter-meet-the-council", b3.get("bearer") == "dfe" and b3.get("to") == "council" and b3.get("recurrence", {}).get("every") == "P6W")
check("letter-end-of-the-year", b4.get("bearer") == "minister" and b4.get("due", {}).get("date") == "2024-12-31" and b4.get("due", {}).get("rule") == "end_of")
check("letter-end-of-the-year-warns", warned(L, "end of the year", "2024-12-31"))
check("letter-action-has-no-bullet", all(not o.get("action", "").startswith(("\u2022", "and")) for o in L.get("obligations", [])))
e2 = sorted(((o.get("bearer"), o.get("recurrence", {}).get("every")) for o in of(E, "2")), key=str)
check("directions-heading-without-a-blank-line", ("improvement_board", "P2M") in e2)
check("every-other-month", ("improvement_board", "P2M") in e2)
check("made-on-the-nth-day-of", E.get("date", {}).get("value") == "2014-03-03")
check("council-of-the-city-of", E.get("council", {}).get("name") == "Council of the City of Exampleton")
check("twice-yearly", one(E, "3").get("recurrence", {}).get("every") == "P6M")
e4 = of(E, "4")
check("rather-than-monthly-is-given-up", len(e4) == 1 and e4[0].get("recurrence", {}).get("every") == "P3W")
e5 = of(E, "5")
check("every-n-the-first-such-within", len(e5) == 1 and e5[0].get("kind") == "recurring" and e5[0].get("due", {}).get("date") == "2014-05-03" and e5[0].get("recurrence", {}).get("every") == "P12W" and e5[0].get("recurrence", {}).get("first") == "2014-05-03")
check("by-the-date-shown-there-points-to-the-schedule", not of(E, "6") and one(E, "annex.1").get("due", {}).get("date") == "2014-06-30")
check("may-revoke-or-vary-is-a-power", not of(E, "7"))
check("the-council-means", F.get("council", {}).get("name") == "Exampleshire Council")
check("date-signed", F.get("date", {}).get("value") == "2015-04-07" and one(F, "1").get("due", {}).get("date") == "2015-05-05")
check("london-borough-of", G.get("council", {}).get("name", "").lower() == "london borough of example vale")
check("a-letter-has-no-clauses", H.get("kind") == "letter" and H.get("clauses") == [] and one(H, "body/1").get("due", {}).get("date") == "2024-09-16")
PY
exit 0
