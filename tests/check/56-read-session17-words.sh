#!/bin/bash
# 56-read-session17-words.sh: layouts and wordings of the twelfth unseen set that the
# reader learnt in session 17, on five short documents written here (a GOV.UK-layout
# notice, a notice whose annex is a table printed one cell a line, an old-style
# direction and two letters).  The expected values were worked out by hand from their
# words:
#   - the GOV.UK notice of Tuesday 14 March 2023: its "Contents" list ("1. Background",
#     "2. Requirements", "3. Review") opens no clause, so the clauses are 1, 2, 3 once
#     each; "The Council should:" under "2. Requirements" heads a. to c., which are
#     2.a to 2.c; 2.a "within 28 days of the date of this notice": 14 March + 28 days =
#     11 April 2023; 2.b "continue to hold its Improvement Board, chaired by the
#     Improvement Adviser, which should meet monthly": the council's standing duty,
#     the Adviser's chair and the Board's series (first 14 April 2023); 3 "twice
#     yearly. The first review will take place in September 2023.": one series, its
#     first 14 March + 6 months = 14 September 2023, which is in September (no
#     deadline of its own); "The Department may also ask ... at other times. The
#     Council should provide any update requested within 10 working days of the
#     request.": the council's conditional duty only (the power to ask is no duty);
#   - the table notice of Tuesday 14 March 2023: Annex A's header cells "Action",
#     "Responsible", "By when" (printed twice) and its themes are no rows; the four
#     rows are annex.para.1 to annex.para.4: "Chief Executive" (no role of its own:
#     the council), "Within 10 working days of the / date of this notice" = 15-17,
#     20-24, 27-28 March = 28 March 2023 (no bank holiday); "Council", "By 30 April
#     2023", with the Adviser's chair; "Director of Children's Services", "At each
#     meeting" (standing); "Council", "Monthly" (14 April 2023 first);
#   - the direction of Wednesday 18 May 2016: "published its report of that inspection
#     on 24 March 2016" an ofsted_report; 2.ii "until 31 March 2017 or such later date
#     as the Secretary of State may direct, provide ...": the council's standing duty
#     until 2017-03-31, with a warning to confirm the end; 3 "within 10 working days of
#     receiving the Commissioner's report": 10 working days from the report's receipt,
#     no date; 4 "notify ... forthwith if ...": conditional; 5 "shall work with the
#     Partner Council to secure ..., and in particular shall:": a duty of its own, then
#     5.a by 30 June 2016;
#     6 "by 31 March each year": a yearly series whose first is due 31 March 2017 (the
#     first 31 March after 18 May 2016); 7 "annually on 1 April": likewise, 1 April
#     2017; the annex's "The Commissioner is appointed to:" is a lead-in over the
#     Commissioner's duties: (a) by 30 September 2016, (b) every two weeks from 18 May
#     2016 (first 1 June 2016);
#   - the Minister's letter of 2 December 2020: "Mr Tom Hale, the Children's Services
#     Commissioner for Example," (the full name); "decided, on behalf of the Secretary
#     of State, to revoke the direction of 9 December 2019 and to end ..." one dated
#     revocation, "The direction is revoked with effect from today." the same one;
#     "Mr Hale has agreed to continue to support the Council as its Improvement
#     Adviser. I have asked him to provide me with a report ... by the end of March
#     2021.": the Adviser's deadline (2021-03-31);
#   - the DfE letter of 10 October 2024: "Mrs Jo Reed, the Council's Improvement
#     Adviser," an appointment; "The improvement notice is therefore lifted" revokes
#     the notice "issued to Example Borough Council on 21 March 2023" (not the date of
#     "Ofsted's report of 3 February 2023", which follows "notice was issued after").
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/n.txt" <<'EOF'
Policy paper

Improvement notice: Example Borough Council

Published 21 March 2023

Contents

1. Background
2. Requirements
3. Review

1. Background

This improvement notice is issued to Example Borough Council ("the Council") on 14 March 2023 by the Department for Education ("the Department").

2. Requirements

The Department has appointed Ms Ada Lovell as Improvement Adviser to the Council.

The Council should:

a. within 28 days of the date of this notice, submit to the Department an improvement plan;

b. continue to hold its Improvement Board, chaired by the Improvement Adviser, which should meet monthly; and

c. co-operate with the Improvement Adviser.

3. Review

The Department will review the Council's progress twice yearly. The first review will take place in September 2023.

The Department may also ask the Council for an update at other times. The Council should provide any update requested within 10 working days of the request.
EOF
cat >"$tmp/t.txt" <<'EOF'
IMPROVEMENT NOTICE: EXAMPLE BOROUGH COUNCIL

1. This Improvement Notice is issued on 14 March 2023 to Example Borough Council ("the Council").

2. To comply with this Improvement Notice, the Council must carry out the actions set out in the table at Annex A, by the dates shown there.

Date: 14 March 2023

Annex A: Actions required of Example Borough Council

Action
Responsible
By when
Leadership
Appoint a senior officer to lead the Council's improvement
programme
Chief Executive
Within 10 working days of the
date of this notice
Set up an Improvement Board, chaired by the Improvement
Adviser
Council
By 30 April 2023
Report to each meeting of the Improvement Board on progress
Director of Children's Services
At each meeting

Action
Responsible
By when
Practice
Send the Improvement Adviser performance data on referrals
and assessments
Council
Monthly
EOF
cat >"$tmp/d.txt" <<'EOF'
DIRECTION ISSUED BY THE SECRETARY OF STATE FOR EDUCATION TO EXAMPLE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

WHEREAS:

1. Ofsted inspected the Council's children's services between 11 January and 3 February 2016, and published its report of that inspection on 24 March 2016.

NOW THEREFORE the Secretary of State hereby directs the Council as follows:

2. The Council shall:
(i) co-operate with the Commissioner; and
(ii) until 31 March 2017 or such later date as the Secretary of State may direct, provide the Commissioner with such office accommodation as he may reasonably require.

3. The Council shall, within 10 working days of receiving the Commissioner's report, send to the Secretary of State its written response to that report.

4. The Council shall notify the Commissioner forthwith if its Director of Children's Services resigns.

5. The Council shall work with the Partner Council to secure the improvement of its services, and in particular shall:
(a) by 30 June 2016, agree an improvement plan with the Partner Council; and
(b) give the Partner Council's officers access to its records.

6. The Council shall publish its sufficiency strategy by 31 March each year.

7. The Council shall publish a report on children missing from care annually on 1 April.

Dated 18 May 2016

Annex: Terms of reference for the Commissioner

1. The Commissioner is appointed to:

(a) report to the Secretary of State by 30 September 2016; and

(b) meet the Council's Director of Children's Services at least every two weeks.
EOF
cat >"$tmp/l.txt" <<'EOF'
Department for Education
Sanctuary Buildings
London SW1P 3BT

2 December 2020

Councillor A Smith
Leader
Example Borough Council

Dear Councillor Smith,

I am writing after the review my officials carried out with Mr Tom Hale, the Children's Services Commissioner for Example, last month.

On 9 December 2019 the Secretary of State issued a statutory direction to the Council and appointed Mr Hale as Commissioner.

I have therefore decided, on behalf of the Secretary of State, to revoke the direction of 9 December 2019 and to end Mr Hale's appointment as Commissioner. The direction is revoked with effect from today.

I am pleased that Mr Hale has agreed to continue to support the Council as its Improvement Adviser. I have asked him to provide me with a report on the Council's progress by the end of March 2021.

Yours sincerely,

Jane Minister MP
EOF
cat >"$tmp/k.txt" <<'EOF'
Department for Education
Sanctuary Buildings
London SW1P 3BT

10 October 2024

Ms B Jones
Director of Children's Services
Example Borough Council

Dear Ms Jones,

Thank you for meeting my officials and Mrs Jo Reed, the Council's Improvement Adviser, on 24 September 2024 for the review of the Council's progress under the improvement notice issued to Example Borough Council on 21 March 2023.

The notice was issued after Ofsted's report of 3 February 2023 judged the Council's services to be inadequate.

The improvement notice is therefore lifted with effect from the date of this letter.

Yours sincerely,

John Official
Regional Director
EOF
for f in n t d l k; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session17-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of
N, T, D, L, K = (load(sys.argv[2] + "/" + f + ".json") for f in "ntdlk")
check = checker("session17-words")
def got(o):
    r = o.get("recurrence", {})
    return (o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), r.get("every"), r.get("first", r.get("next")))
def tree(R):
    return [(c.get("id"), [k.get("id") for k in c.get("children", [])]) for c in R.get("clauses", [])]
check("contents-list-opens-no-clauses", tree(N) == [("1", []), ("2", ["2.a", "2.b", "2.c"]), ("3", [])])
check("lead-in-under-numbered-heading", [got(o) for o in of(N, "2.a")] == [("council", "deadline", "2023-04-11", None, None)])
n2b = {got(o) for o in of(N, "2.b")}
check("continue-to-hold-chaired-which-meet", len(of(N, "2.b")) == 3 and
      ("council", "standing", None, None, None) in n2b and
      ("improvement_adviser", "standing", None, None, None) in n2b and
      ("improvement_board", "recurring", None, "P1M", "2023-04-14") in n2b)
n3 = [got(o) for o in of(N, "3")]
check("first-review-in-a-month-is-the-series-first", n3[:1] == [("dfe", "recurring", None, "P6M", "2023-09-14")] and
      not any(g[2] == "2023-09-30" for g in n3))
check("power-to-ask-answered-next", n3[1:] == [("council", "conditional", None, None, None)])
check("cell-table-rows", tree(T)[-4:] == [("annex.para.%d" % k, []) for k in range(1, 5)] and
      not any(c.get("id", "").startswith("annex.") and c.get("id") not in ("annex.para.1", "annex.para.2", "annex.para.3", "annex.para.4")
              for c in T.get("clauses", [])))
check("cell-row-working-days", [got(o) for o in of(T, "annex.para.1")] == [("council", "deadline", "2023-03-28", None, None)])
check("cell-row-with-chair", sorted(got(o) for o in of(T, "annex.para.2")) ==
      [("council", "deadline", "2023-04-30", None, None), ("improvement_adviser", "standing", None, None, None)])
check("cell-row-responsible-is-bearer", [got(o) for o in of(T, "annex.para.3")] == [("dcs", "standing", None, None, None)])
check("cell-row-after-repeated-header", [got(o) for o in of(T, "annex.para.4")] == [("council", "recurring", None, "P1M", "2023-04-14")])
check("report-of-that-inspection-on", any(e.get("kind") == "ofsted_report" and e.get("date") == "2016-03-24" for e in D.get("events", [])))
d2 = of(D, "2.ii")
check("until-or-such-later-date-item", [got(o) for o in d2] == [("council", "standing", None, None, None)] and
      d2[0].get("until") == "2017-03-31" and
      any("or such later date" in w.get("message", "") for w in D.get("warnings", [])))
d3 = of(D, "3")
check("within-of-receiving-the-report", len(d3) == 1 and d3[0].get("due", {}).get("anchor") == "event:commissioner_report" and
      d3[0].get("due", {}).get("period") == "10 working days" and "date" not in d3[0].get("due", {}))
check("forthwith-if-conditional", [got(o) for o in of(D, "4")] == [("council", "conditional", None, None, None)])
check("and-in-particular-shall", [got(o) for o in of(D, "5")] == [("council", "standing", None, None, None)] and
      [got(o) for o in of(D, "5.a")] == [("council", "deadline", "2016-06-30", None, None)])
check("by-a-day-each-year", [got(o) for o in of(D, "6")] == [("council", "recurring", "2017-03-31", "P1Y", "2017-03-31")])
check("annually-on-a-day", [got(o) for o in of(D, "7")] == [("council", "recurring", "2017-04-01", "P1Y", "2017-04-01")])
check("appointed-to-lead-in", [got(o) for o in of(D, "annex.1.a")] == [("commissioner", "deadline", "2016-09-30", None, None)] and
      [got(o) for o in of(D, "annex.1.b")] == [("commissioner", "recurring", None, "P2W", "2016-06-01")])
people = {(a.get("person"), a.get("role")) for a in L.get("appointments", [])}
check("name-then-office", ("Tom Hale", "commissioner") in people and ("Hale", "commissioner") not in people)
check("agreed-to-continue-as-adviser", ("Tom Hale", "improvement_adviser") in people)
check("decided-to-revoke-dated-once", [(r.get("date")) for r in L.get("revokes", [])] == ["2019-12-09"] and
      not any("without a date" in w.get("message", "") for w in L.get("warnings", [])))
check("pronoun-latest-role", [(o.get("bearer"), o.get("due", {}).get("date")) for o in L.get("obligations", [])
                              if o.get("due", {}).get("date") == "2021-03-31"] == [("improvement_adviser", "2021-03-31")])
check("name-then-office-adviser", ("Jo Reed", "improvement_adviser") in {(a.get("person"), a.get("role")) for a in K.get("appointments", [])})
check("lifted-dated-by-earlier-mention", [r.get("date") for r in K.get("revokes", [])] == ["2023-03-21"])
PY
exit 0
