#!/bin/bash
# 35-read-drafting.sh: statutory drafting forms the example instruments do not use,
# on a short instrument written here.  The expected values were worked out by hand
# from its words:
#   - "The Council must—" (an em dash ends the lead-in, as in statutory instruments):
#     the items are the Council's duties; "The Commissioner must—" the Commissioner's;
#   - "not later than 1 April 2025": due 2025-04-01; "on or before 30 September
#     2025": due 2025-09-30;
#   - "before the end of the period of 3 months beginning with the date of this
#     Direction" (14 November 2024): the period's first day is 14 November, so it
#     ends on 13 February 2025, the day before the corresponding date 14 February;
#   - "The Council's Director of Children's Services will meet ..." is the DCS's duty,
#     done with the Commissioner ("meet the Commissioner");
#   - a duty after a leading condition ("if the Secretary of State asks, advise ...",
#     "If the Commissioner so requests, the Council shall provide ...") is conditional,
#     its bearer the one after the condition;
#   - "Should the Council fail ..., the Secretary of State will consider using her
#     powers" states what the Secretary of State may do: no duty;
#   - "Until 30 June 2025 the Council must—": a standing item ends then, a series
#     stops then (every four weeks from 14 November 2024: first 12 December 2024;
#     RRULE with UNTIL=20250630); "every month until 31 March 2025" is one series that
#     stops on 31 March 2025 (first 14 December 2024), not a series and a standing duty;
#   - "..., and the Council shall attend each review": a second clause with its own
#     subject and modal is that subject's duty (standing), beside the Department's series;
#   - a table as a PDF gives it, its cells apart by tabs: row "1" is a clause (annex.1)
#     due on the date in its last cell (31.03.2025: 2025-03-31); "end of Q2 2025/26" is
#     the end of the second quarter of the financial year from 1 April 2025: 2025-09-30,
#     with a warning to confirm the reading;
#   - a table whose cells come one per line under "No.", "Action", "Responsible",
#     "Timescale": row 11.1 is the Council's (its Responsible cell), due 6 weeks after
#     14 November 2024 = 26 December 2024; row 11.2 the Department's, every 6 months;
#   - "on terms approved by the Secretary of State": who approves owes nothing (12 is
#     the Council's, done with the Partner Council);
#   - "every three months, the first by 31 January 2025": one duty, due by 31 January
#     2025, the series from it (first = next = 2025-01-31);
#   - an action with "Timescale:" and "Lead:" lines (a schedule): the Lead is the
#     bearer, the action its words, the timescale's "the Improvement Adviser's
#     appointment" its anchor (event:appointment, undated here);
#   - the appointment takes effect on 21 November 2024, after the Direction: "within one
#     month of her appointment" is due 21 December 2024; "every month until the
#     Commissioner's term ends" stops on the term's recorded end, 31 March 2026;
#     "until March 2026" runs through that month (31 March 2026);
#   - unnumbered paragraphs under "In carrying out the role, the Commissioner will:"
#     (after an annex heading) are clauses annex.para.1, .2, the Commissioner's duties:
#     advise within three months (14 February 2025); report "without delay if at any
#     time ..." (conditional).
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION ISSUED TO ANYTOWN BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated 14 November 2024

1. The Secretary of State has appointed Ms Ruth Example as Children's Services Commissioner, her appointment to take effect on 21 November 2024, for a term ending on 31 March 2026.

Directions

3. The Council must—
(a) not later than 1 April 2025, transfer its children's social care functions to the Company;
(b) before the end of the period of 3 months beginning with the date of this Direction, submit to the Secretary of State a draft service contract; and
(c) on or before 30 September 2025, publish its revised improvement plan.

4. The Commissioner must—
(a) chair the Improvement Board;
(b) report to the Secretary of State every three months; and
(c) if the Secretary of State asks, advise on the membership of the Company's board.

5. The Council's Director of Children's Services will meet the Commissioner every month.

6. If the Commissioner so requests, the Council shall provide office accommodation for the Commissioner.

7. Should the Council fail to comply with this Direction, the Secretary of State will consider using her powers.

8. Until 30 June 2025 the Council must—
(a) provide the Commissioner with office accommodation; and
(b) meet the Commissioner every four weeks.

9. The Commissioner shall meet the Leader of the Council every month until 31 March 2025.

10. The Department for Education shall review the Council's progress every six months, and the Council shall attend each review.

11. The actions in the table below shall be carried out by those shown as responsible.
No.
Action
Responsible
Timescale
11.1
Submit a revised improvement
plan to the Department
Council
Within 6 weeks of the date of this Direction
11.2
Review the Council's progress
Department for Education
Every 6 months

12. The Council shall, no later than 30 November 2024, enter into an agreement with the Partner Council, on terms approved by the Secretary of State.

13. The Council shall report to the Department every three months, the first by 31 January 2025.

14. Produce a plan to reduce caseloads.
Timescale: Within one month of the Improvement Adviser's appointment
Lead: Director of Children's Services

16. The Commissioner shall report to the Secretary of State within one month of her appointment.

17. The Commissioner shall meet the Council every month until the Commissioner's term ends.

18. The Council shall send the Department a data return every quarter until March 2026.

Annex A - Milestones

The Council must meet the following milestones by the target dates shown.

No.	Milestone	Target date
1	Revised improvement plan submitted to the Department	31.03.2025
2	Independent audit of care plans completed	end of Q2 2025/26

Annex B

TERMS OF REFERENCE FOR THE COMMISSIONER

In carrying out the role, the Commissioner will:

Advise the Secretary of State, within three months of the date of this Direction, whether the Council has made sufficient progress.

Report to the Secretary of State without delay if at any time the Commissioner considers that progress is not sufficient.
EOF
"$OVERSIGHT" read "$tmp/d.txt" >"$tmp/d.json" 2>"$tmp/err" ||
	echo "FAIL drafting:read: exit $?: $(cat "$tmp/err")"
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import readcheck
R = readcheck.load(sys.argv[2])
check = readcheck.checker("drafting")
def one(clause):
    return readcheck.one(R, clause)
check("date", R.get("date", {}).get("value") == "2024-11-14")
a, b, c = one("3.a"), one("3.b"), one("3.c")
check("dash-lead-in-items-are-duties", all(x.get("bearer") == "council" for x in (a, b, c)) and a and b and c)
check("not-later-than", a.get("kind") == "deadline" and a.get("due", {}).get("date") == "2025-04-01")
check("beginning-with-ends-the-day-before", b.get("kind") == "deadline" and b.get("due", {}).get("date") == "2025-02-13" and b.get("due", {}).get("period") == "P3M")
check("beginning-with-derivation-says-so", "day before" in b.get("due", {}).get("derivation", ""))
check("on-or-before", c.get("kind") == "deadline" and c.get("due", {}).get("date") == "2025-09-30")
x, y = one("4.a"), one("4.b")
check("dash-lead-in-names-the-bearer", x.get("bearer") == "commissioner" and y.get("bearer") == "commissioner")
check("chair-owed-to-the-board", x.get("to") == "improvement_board")
check("report-to-the-secretary-of-state", y.get("to") == "secretary_of_state" and y.get("recurrence", {}).get("every") == "P3M")
w = one("4.c")
check("if-asks-advise-is-conditional", w.get("bearer") == "commissioner" and w.get("kind") == "conditional" and w.get("condition") == "if the Secretary of State asks")
v = one("6")
check("if-requests-the-council-shall", v.get("bearer") == "council" and v.get("kind") == "conditional" and v.get("condition") == "If the Commissioner so requests")
check("consequence-is-no-duty", not [o for o in R.get("obligations", []) if o["clause"] == "7"])
a8, b8 = one("8.a"), one("8.b")
check("lead-in-until-ends-standing-item", a8.get("kind") == "standing" and a8.get("until") == "2025-06-30")
r8 = b8.get("recurrence", {})
check("lead-in-until-ends-series", r8.get("every") == "P4W" and r8.get("until") == "2025-06-30" and r8.get("next") == "2024-12-12" and r8.get("rrule") == "FREQ=WEEKLY;INTERVAL=4;UNTIL=20250630")
o9 = [o for o in R.get("obligations", []) if o["clause"] == "9"]
r9 = o9[0].get("recurrence", {}) if len(o9) == 1 else {}
check("every-month-until-is-one-series", len(o9) == 1 and r9.get("every") == "P1M" and r9.get("until") == "2025-03-31" and r9.get("next") == "2024-12-14" and "UNTIL=20250331" in r9.get("rrule", ""))
o10 = sorted((o["bearer"], o["kind"]) for o in R.get("obligations", []) if o["clause"] == "10")
check("and-the-council-shall-is-its-own-duty", o10 == [("council", "standing"), ("dfe", "recurring")])
t1, t2 = one("annex.1"), one("annex.2")
check("tab-row-is-a-clause-due-on-its-date", t1.get("bearer") == "council" and t1.get("kind") == "deadline" and t1.get("due", {}).get("date") == "2025-03-31")
check("financial-year-quarter", t2.get("kind") == "deadline" and t2.get("due", {}).get("date") == "2025-09-30" and t2.get("due", {}).get("rule") == "end_of")
check("financial-year-quarter-warns", any("Q2 2025/26" in w.get("message", "") for w in R.get("warnings", [])))
r1, r2 = one("11.1"), one("11.2")
check("cell-per-line-table-row-deadline", r1.get("bearer") == "council" and r1.get("kind") == "deadline" and r1.get("due", {}).get("date") == "2024-12-26")
check("cell-per-line-table-responsible", r2.get("bearer") == "dfe" and r2.get("recurrence", {}).get("every") == "P6M")
a12 = one("12")
check("approval-agent-owes-nothing", a12.get("bearer") == "council" and a12.get("to") == "partner_council" and a12.get("due", {}).get("date") == "2024-11-30")
p1, p2 = one("annex.para.1"), one("annex.para.2")
check("unnumbered-paragraphs-under-a-lead-in", p1.get("bearer") == "commissioner" and p1.get("due", {}).get("date") == "2025-02-14" and p1.get("to") == "secretary_of_state")
check("without-delay-if-is-conditional", p2.get("bearer") == "commissioner" and p2.get("kind") == "conditional" and p2.get("condition") == "if at any time the Commissioner considers that progress is not sufficient")
f13 = one("13")
check("the-first-by-is-the-series-first-deadline", f13.get("kind") == "recurring" and f13.get("due", {}).get("date") == "2025-01-31" and f13.get("recurrence", {}).get("first") == "2025-01-31" and f13.get("recurrence", {}).get("every") == "P3M")
s14 = one("14")
check("schedule-lead-timescale", s14.get("bearer") == "dcs" and s14.get("kind") == "deadline" and s14.get("action", "").startswith("Produce a plan") and s14.get("due", {}).get("anchor") == "event:appointment" and s14.get("due", {}).get("period") == "P1M")
c16, c17, c18 = one("16"), one("17"), one("18")
check("anchor-event-after-the-instrument", c16.get("due", {}).get("date") == "2024-12-21" and c16.get("due", {}).get("anchor") == "event:appointment")
check("until-the-term-ends", c17.get("recurrence", {}).get("until") == "2026-03-31" and c17.get("until") == "2026-03-31")
check("until-a-month-is-through-it", c18.get("recurrence", {}).get("until") == "2026-03-31" and c18.get("recurrence", {}).get("every") == "P3M")
z = one("5")
check("possessive-subject-is-the-dcs", z.get("bearer") == "dcs" and z.get("to") == "commissioner" and z.get("recurrence", {}).get("every") == "P1M")
PY
exit 0
