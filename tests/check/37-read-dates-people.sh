#!/bin/bash
# 37-read-dates-people.sh: more wordings of time, of judgements and of people, on a
# short direction and a short letter written here (the fourth unseen set taught them).
# The expected values were worked out by hand from their words:
#   - the direction is dated Wednesday 4 March 2026;
#   - "The inspection report, published on 20 January 2026, judged the Council's
#     services to 'require improvement to be good' overall, and the experiences and
#     progress of care leavers to be 'inadequate'": overall requires_improvement and
#     care_leavers inadequate, both of the report of 20 January 2026;
#   - "before 1 May 2026" (1) is by the day before: 30 April 2026;
#   - "not later than the last working day of August 2026" (2): 31 August 2026 is a
#     Monday and the summer bank holiday, so Friday 28 August 2026;
#   - "in the summer of 2026" (3): a window June to August 2026 (1 June to 31 August
#     2026), with a warning to confirm the month;
#   - "each month, by the 10th of the month" (4): monthly, the first on the first 10th
#     after 4 March 2026, 10 March 2026, which is also its first due date;
#   - "in late September 2026" (5): the month's window, 1 to 30 September 2026;
#   - "before September 2026" (6): by the last day of the month before, 31 August 2026;
#   - "not later than the first anniversary of this Direction" (7): within a year of
#     4 March 2026, 4 March 2027;
#   - the letter of 12 October 2026 is from "the Parliamentary Under-Secretary of State
#     for Children and Families": a minister, not the Secretary of State;
#   - "Ms Harriet Sample-Jones's appointment as Improvement Adviser will end on 30
#     November 2026": she is the Improvement Adviser;
#   - "Until then she will continue to meet your Director of Children's Services every
#     two weeks, and she will send me a final report by 20 November 2026": "she" is
#     the Improvement Adviser named before; her meetings every 2 weeks end on 30
#     November 2026 ("then", the date of the sentence before); the report is hers, to
#     the Minister, due 20 November 2026;
#   - "My team will hold a stocktake meeting with you in the spring of 2027": the
#     Department's, in March to May 2027 (1 March to 31 May 2027), with a warning;
#   - "Where the Improvement Adviser raises a serious concern ..., the Council should
#     respond to her in writing within 5 working days": the Council's duty to the
#     Adviser ("her"), arising only on that condition, so no due date;
#   - an official's letter dated "02/03/2026" (2 March 2026, day first): "the Minister
#     has agreed that the improvement notice should remain in place" is a decision of
#     that day; "the Improvement Adviser, Dr Ada Example-Smith" is the adviser, and "Dr
#     Example-Smith will continue to chair the Improvement Board" makes her its chair;
#     the Board's meetings every four weeks are its series;
#   - a direction of 9 January 2026 defining '"the transfer date" means 01/10/2026 or
#     such later date as the Secretary of State may agree in writing' (1 October 2026,
#     day first, with a warning that it may move): "no later than three months before
#     the transfer date" is by 1 July 2026; "at least every 12 weeks until the transfer
#     date" ends on 1 October 2026; "not less than 8 weeks before the transfer date" is
#     by 6 August 2026 (1 October less 56 days: 30 in September, 26 in August);
#   - a direction laid out as a statutory instrument: "Date of Direction: 21-05-2025"
#     is 21 May 2025; "3.—(1) ..." then "(2) ..." is paragraph 3 with subparagraphs
#     3.1 (standing) and 3.2 (every fortnight), which are the duties; an annex's items
#     "I." to "III." in capitals are annex.i to annex.iii, the Commissioner's (the
#     lead-in "The Commissioner will:"): "within twelve weeks of the date of this
#     Direction" is 13 August 2025 (21 May + 84 days), "at least once a fortnight"
#     every 2 weeks.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/i.txt" <<'EOF'
DIRECTION ISSUED TO EXAMPLESHIRE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated 4 March 2026

Background

A. The inspection report, published on 20 January 2026, judged the Council's services to 'require improvement to be good' overall, and the experiences and progress of care leavers to be 'inadequate'.

Directions

1. The Council shall, before 1 May 2026, publish a revised improvement plan.

2. The Council shall provide the Department for Education with a self-assessment not later than the last working day of August 2026.

3. The Commissioner shall report to the Secretary of State in the summer of 2026 on the progress made by the Council.

4. The Council shall send the Department for Education its performance data each month, by the 10th of the month.

5. The Department for Education will review the Council's progress in late September 2026.

6. The Council shall appoint a permanent Director of Children's Services before September 2026.

7. The Council shall, not later than the first anniversary of this Direction, commission an external review of its services.

Signed on behalf of the Secretary of State for Education
EOF
cat >"$tmp/j.txt" <<'EOF'
From the Parliamentary Under-Secretary of State for Children and Families
Jane Example MP

Councillor Alex Sample
Leader
Exampleshire County Council

12 October 2026

Dear Councillor Sample,

Ms Harriet Sample-Jones's appointment as Improvement Adviser will end on 30 November 2026. Until then she will continue to meet your Director of Children's Services every two weeks, and she will send me a final report by 20 November 2026.

My team will hold a stocktake meeting with you in the spring of 2027.

Where the Improvement Adviser raises a serious concern about a child's safety, the Council should respond to her in writing within 5 working days.

Yours sincerely,

Jane Example MP
Parliamentary Under-Secretary of State for Children and Families
EOF
cat >"$tmp/k.txt" <<'EOF'
Department for Education
Piccadilly Gate
Manchester

Date: 02/03/2026

Dear Ms Sample,

Having considered the advice of the Improvement Adviser, Dr Ada Example-Smith, the Minister has agreed that the improvement notice should remain in place.

Dr Example-Smith will continue to chair the Improvement Board, which will now meet every four weeks.

Yours sincerely,

Alex Official
Deputy Director
EOF
cat >"$tmp/m.txt" <<'EOF'
DIRECTION ISSUED TO EXAMPLESHIRE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated 9 January 2026

1. Interpretation
"the transfer date" means 01/10/2026 or such later date as the Secretary of State may agree in writing.

2. Directions
2.1 The Council shall submit the proposed service contract to the Secretary of State no later than three months before the transfer date.
2.2 The Commissioner shall report to the Secretary of State at least every 12 weeks until the transfer date.
2.3 The Council shall submit a readiness assessment to the Secretary of State not less than 8 weeks before the transfer date.
EOF
cat >"$tmp/n.txt" <<'EOF'
THE EXAMPLESHIRE COUNTY COUNCIL (CHILDREN'S SOCIAL CARE) DIRECTION 2025

Date of Direction: 21-05-2025

Requirements on the Council

3.—(1) The Council must comply with any instruction of the Commissioner.
(2) The Council must send the Commissioner a performance report every fortnight.

ANNEX

The Commissioner will:

I. chair the Improvement Board;

II. report to the Secretary of State within twelve weeks of the date of this Direction;

III. meet the Council's Director of Children's Services at least once a fortnight.
EOF
for f in i j k m n; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL dates-people:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/i.json" "$tmp/j.json" "$tmp/k.json" "$tmp/m.json" "$tmp/n.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, L, K, M, N = (load(a) for a in sys.argv[2:7])
check = checker("dates-people")


def due(rec, clause):
    return one(rec, clause).get("due", {})


def warned(rec, *words):
    return any(all(w in x.get("message", "") for w in words) for x in rec.get("warnings", []))


J = sorted((j.get("area"), j.get("grade"), j.get("report_date")) for j in D.get("judgements", []))
check("grade-then-overall", J == [("care_leavers", "inadequate", "2026-01-20"), ("overall", "requires_improvement", "2026-01-20")])
check("before-a-day-is-the-day-before", due(D, "1").get("date") == "2026-04-30" and due(D, "1").get("rule") == "by")
check("last-working-day-skips-the-bank-holiday", due(D, "2").get("date") == "2026-08-28")
d3 = due(D, "3")
check("season-is-a-window", one(D, "3").get("kind") == "deadline" and d3.get("rule") == "in_month" and d3.get("start") == "2026-06-01" and d3.get("date") == "2026-08-31")
check("season-warns", warned(D, "summer of 2026", "confirm"))
c4 = one(D, "4")
check("day-of-the-month-fixes-the-series", c4.get("kind") == "recurring" and c4.get("recurrence", {}).get("every") == "P1M" and c4.get("recurrence", {}).get("first") == "2026-03-10" and c4.get("due", {}).get("date") == "2026-03-10")
d5 = due(D, "5")
check("late-in-a-month-is-its-window", d5.get("start") == "2026-09-01" and d5.get("date") == "2026-09-30" and one(D, "5").get("bearer") == "dfe")
check("before-a-month-is-the-month-before", due(D, "6").get("date") == "2026-08-31")
check("first-anniversary", due(D, "7").get("date") == "2027-03-04" and due(D, "7").get("period") == "P1Y" and due(D, "7").get("anchor") == "instrument_date")
roles = sorted(p.get("role") for p in L.get("parties", []))
check("under-secretary-is-a-minister", "minister" in roles and "secretary_of_state" not in roles)
A = [(a.get("person"), a.get("role")) for a in L.get("appointments", [])]
check("possessive-appointment", ("Harriet Sample-Jones", "improvement_adviser") in A)
b1, b2, b3, b4 = (one(L, "body/%d" % k) for k in (1, 2, 3, 4))
check("she-is-the-adviser-named-before", b1.get("bearer") == "improvement_adviser" and b2.get("bearer") == "improvement_adviser")
check("until-then-is-the-date-before", b1.get("kind") == "recurring" and b1.get("recurrence", {}).get("every") == "P2W" and b1.get("until") == "2026-11-30")
check("she-will-send-me", b2.get("to") == "minister" and b2.get("due", {}).get("date") == "2026-11-20")
check("my-team-is-the-department", b3.get("bearer") == "dfe" and b3.get("due", {}).get("start") == "2027-03-01" and b3.get("due", {}).get("date") == "2027-05-31")
check("where-led-is-conditional", b4.get("kind") == "conditional" and b4.get("bearer") == "council" and b4.get("to") == "improvement_adviser" and "due" not in b4 and b4.get("condition", "").startswith("Where the Improvement Adviser raises"))
check("letter-has-four-commitments", len(L.get("obligations", [])) == 4)
check("minister-has-agreed-is-a-decision", [(e.get("kind"), e.get("date")) for e in K.get("events", []) if e.get("kind") == "decision"] == [("decision", "2026-03-02")])
KA = sorted((a.get("person"), a.get("role")) for a in K.get("appointments", []))
check("continue-to-chair-by-surname", KA == [("Ada Example-Smith", "chair"), ("Ada Example-Smith", "improvement_adviser")])
check("board-meets-every-four-weeks", one(K, "body/1").get("bearer") == "improvement_board" and one(K, "body/1").get("recurrence", {}).get("every") == "P4W")
check("defined-date-counted-back-in-months", due(M, "2.1").get("date") == "2026-07-01" and due(M, "2.1").get("rule") == "by")
check("defined-date-counted-back-in-weeks", due(M, "2.3").get("date") == "2026-08-06")
m22 = one(M, "2.2").get("recurrence", {})
check("series-until-a-defined-date", m22.get("every") == "P12W" and m22.get("until") == "2026-10-01")
check("such-later-date-warns", warned(M, "the transfer date", "later date"))
check("date-with-dashes", N.get("date", {}).get("value") == "2025-05-21")


def ids(cs):
    return [(c.get("id"), ids(c.get("children", []))) for c in cs]


check("paragraph-dash-subparagraph", ids(N.get("clauses", []))[:1] == [("3", [("3.1", []), ("3.2", [])])])
check("subparagraphs-are-the-duties", one(N, "3.1").get("kind") == "standing" and one(N, "3.2").get("recurrence", {}).get("every") == "P2W" and not of(N, "3"))
check("roman-capitals-in-an-annex", [c for c, _ in ids(N.get("clauses", []))][1:] == ["annex.i", "annex.ii", "annex.iii"])
check("roman-items-are-the-commissioners", one(N, "annex.ii").get("bearer") == "commissioner" and due(N, "annex.ii").get("date") == "2025-08-13" and one(N, "annex.iii").get("recurrence", {}).get("every") == "P2W")
PY
exit 0
