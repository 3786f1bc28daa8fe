#!/bin/bash
# 58-read-session19-words.sh: wordings of the fourteenth unseen set that the reader
# learnt in session 19, on three short documents written here (a direction to two
# councils with a Schedule, an improvement notice whose action table a PDF converter
# printed in three columns, a Minister's letter extending a Commissioner).  The expected
# values were worked out by hand from their words:
#   - the direction of Friday 12 June 2020: the council is the London Borough of
#     Example, not "THE PARTNER COUNCIL" of a part's heading (a term the recitals
#     define); the Royal Borough of Sample ("the Partner Council") a partner_council;
#     the Department, named only in the signature block, no party; the date 12 June
#     2020 from "Date:", not 1 May 2020 from "The Commissioner's report to the
#     Secretary of State dated 1 May 2020" (a commissioner_report that day); the
#     appointment "with effect from 10 February 2020" dated then, not on 3 February;
#     the legal basis section 497A(4B) only (not the agreement's section 113 of the
#     Local Government Act 1972); 1(a) within one month: 12 June + 1 month = 12 July
#     2020, to the Partner Council; 1(b) "pay the Partner Council" a standing duty to
#     it; 2(a) "be represented at each meeting" the Partner Council's standing duty;
#     3 "has re-appointed the Commissioner until 31 March 2021" a term_end, no duty;
#     the Schedule's "1(a)" and "1(b)" are clauses annex.1.a and annex.1.b under "1.
#     Establishment of the company": 1(a) by 30 September 2020, one duty ("whose
#     articles of association—" lists what the company's articles say, not duties),
#     1(b) within 28 days: 18 days to 30 June, 10 more = 10 July 2020;
#   - the notice issued Monday 2 March 2020: the annex table's columns Action /
#     Timescale / Lead; row 1 "By 30 June" over "2020" = 30 June 2020, Chief Executive
#     (the council); row 2 "Within 3 months" from the notice: 2 June 2020, Director of
#     Children's Services (dcs), with a warning that the period says not from when;
#     row 3, its timescale joined to the action by a single space ("... door and By end
#     of May" over "2020"), 31 May 2020, the Improvement Board's; row 4 "Quarterly"
#     from the notice, first 2 June 2020, dcs; paragraph 2 ("carry out the actions set
#     out in the Annex") no duty of its own; paragraph 3 "before the next Ofsted
#     monitoring visit" a deadline by that visit, which has no date yet, with a warning;
#   - the letter of Wednesday 15 January 2025: "His appointment took effect on 10 June
#     2024" the appointment's day (not 3 June, the day the sentence before opens with);
#     "was due to end on 31 January 2025" no term end; "Mr Quayle-Brent's report of 20
#     December 2024" a commissioner_report; the Commissioner named in full, Oliver
#     Quayle-Brent; "send me an interim report after two months" the Commissioner's,
#     15 March 2025, to the Minister; the Board "which should meet at least monthly" the
#     Board's series, first 15 February 2025; "we will write to you again in the
#     summer" the Department's, June to August 2025, with a warning; "Please let me
#     know by 28 February" the council's, 28 February 2025, with a warning.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Given by the Secretary of State for Education to the London Borough of Example and the Royal Borough of Sample

WHEREAS—

(A) Ofsted inspected the services for children in need of help and protection, children looked after and care leavers provided by the London Borough of Example ("the Council") and judged them to be inadequate overall.

(B) On 3 February 2020 the Secretary of State gave a direction to the Council ("the February Direction") and appointed Ms Ada Stone as Children's Services Commissioner ("the Commissioner"), with effect from 10 February 2020.

(C) The Commissioner's report to the Secretary of State dated 1 May 2020 recommended that the Council should be supported by the Royal Borough of Sample ("the Partner Council").

NOW THEREFORE the Secretary of State, in exercise of the powers conferred by section 497A(4B) of the Education Act 1996, gives the following directions.

PART 1 – DIRECTIONS TO THE COUNCIL

1. The Council shall—
(a) within one month of the date of this Direction, enter into an agreement with the Partner Council under section 113 of the Local Government Act 1972 setting out the support it will provide; and
(b) pay the Partner Council the costs it reasonably incurs in providing that support.

PART 2 – DIRECTIONS TO THE PARTNER COUNCIL

2. The Partner Council shall—
(a) be represented at each meeting of the Improvement Board by its Director of Children's Services.

3. The Secretary of State has re-appointed the Commissioner until 31 March 2021.

4. The February Direction is revoked.

Signed on behalf of the Secretary of State for Education

A N OTHER
A Senior Civil Servant in the Department for Education

Date: 12 June 2020

SCHEDULE 1

1. Establishment of the company

1(a) By 30 September 2020 the Council shall establish a company, independent of the Council, whose articles of association—
     (i) provide for an independent chair; and
     (ii) have been approved by the Secretary of State.

1(b) Within 28 days of the date of this Direction the Council shall nominate an officer to lead the work.
EOF
cat >"$tmp/b.txt" <<'EOF'
Department for Education

IMPROVEMENT NOTICE

Sample County Council

Issued: 2 March 2020

1. Ofsted judged the services for children who need help and protection provided by Sample County Council ("the Council") to be 'inadequate'.

2. The Council should carry out the actions set out in the Annex to this notice.

3. The Council should, before the next Ofsted monitoring visit, complete an audit of the plans of children subject to a child protection plan for more than 18 months.

Signed

A Director
Department for Education

Annex: Improvement actions

Action                                                       Timescale             Lead
1. Appoint a permanent Director of Children's Services.      By 30 June            Chief Executive
                                                             2020
2. Submit to the Department a revised improvement plan,      Within 3 months       Director of Children's
agreed with the Improvement Adviser.                                               Services
3. Review how thresholds are applied at the front door and By end of May           Improvement Board
publish a revised threshold document.                        2020
4. Provide the Department with performance data.             Quarterly             Director of Children's
                                                                                   Services
EOF
cat >"$tmp/c.txt" <<'EOF'
From the Minister for Children and Families

Ms Jane Doe
Chief Executive
Sample City Council
Town Hall
Sample SA1 1AA

15 January 2025

Dear Ms Doe,

CHILDREN'S SERVICES COMMISSIONER FOR SAMPLE: EXTENSION OF APPOINTMENT

I have decided to extend the appointment of Mr Oliver Quayle-Brent as Children's Services Commissioner for Sample.

On 3 June 2024 the Secretary of State issued a statutory direction to Sample City Council ("the Council") and appointed Mr Quayle-Brent as Commissioner. His appointment took effect on 10 June 2024 and was due to end on 31 January 2025.

Mr Quayle-Brent's report of 20 December 2024 finds that the Council has made progress.

I have asked Mr Quayle-Brent to:

- send me an interim report after two months; and
- continue to chair the Council's Improvement Board, which should meet at least monthly.

My officials will stay in touch with the Council:

- we will write to you again in the summer, to confirm the next steps.

Please let me know by 28 February whether the Council agrees.

Yours sincerely,

Minister for Children and Families
EOF
for f in a b c; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session19-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
A, B, C = (load(sys.argv[2] + "/" + f + ".json") for f in "abc")
check = checker("session19-words")
def parties(R):
    return {(p.get("name"), p.get("role")) for p in R.get("parties", [])}
def warned(R, words):
    return any(words in w.get("message", "") for w in R.get("warnings", []))
check("defined-partner-council-is-no-council-name", A.get("council", {}).get("name") == "London Borough of Example")
check("borough-defined-as-partner", ("Royal Borough of Sample", "partner_council") in parties(A))
check("department-in-signature-no-party", not any(r == "dfe" for _, r in parties(A)))
check("report-to-the-sos-dated-cites-it", A.get("date", {}).get("value") == "2020-06-12" and
      ("commissioner_report", "2020-05-01") in events(A))
check("appointment-with-effect-from-once", ("appointment", "2020-02-10") in events(A) and
      ("appointment", "2020-02-03") not in events(A))
check("agreement-under-section-113-no-basis", [(b.get("act"), b.get("section")) for b in A.get("legal_basis", [])] ==
      [("Education Act 1996", "497A(4B)")])
check("within-one-month-to-partner", [got(o) for o in of(A, "1.a")] == [("council", "deadline", "2020-07-12", None, None)] and
      of(A, "1.a")[0].get("to") == "partner_council")
check("pay-the-partner-council", [got(o) for o in of(A, "1.b")] == [("council", "standing", None, None, None)] and
      of(A, "1.b")[0].get("to") == "partner_council")
check("partner-council-be-represented", [got(o) for o in of(A, "2.a")] == [("partner_council", "standing", None, None, None)])
check("re-appointed-until-term-end", ("term_end", "2021-03-31") in events(A) and of(A, "3") == [])
check("schedule-1a-paragraphs", [got(o) for o in of(A, "annex.1.a")] == [("council", "deadline", "2020-09-30", None, None)] and
      [got(o) for o in of(A, "annex.1.b")] == [("council", "deadline", "2020-07-10", None, None)] and
      of(A, "annex.1.a.i") == [] and of(A, "annex.1.a.ii") == [])
check("three-column-row-date-over-two-lines", [got(o) for o in of(B, "annex.1")] == [("council", "deadline", "2020-06-30", None, None)])
check("three-column-lead-names-bearer", [got(o) for o in of(B, "annex.2")] == [("dcs", "deadline", "2020-06-02", None, None)] and
      warned(B, "does not say from when"))
check("three-column-cell-after-single-space", [got(o) for o in of(B, "annex.3")] == [("improvement_board", "deadline", "2020-05-31", None, None)])
check("three-column-quarterly", [got(o) for o in of(B, "annex.4")] == [("dcs", "recurring", None, "P3M", "2020-06-02")])
check("annex-pointer-no-duty", of(B, "2") == [])
b3 = of(B, "3")
check("before-the-next-monitoring-visit", len(b3) == 1 and b3[0].get("kind") == "deadline" and
      b3[0].get("due", {}).get("anchor") == "event:monitoring_visit" and "date" not in b3[0].get("due", {}) and
      warned(B, "the next Ofsted monitoring visit"))
check("appointment-took-effect-dates-it", ("appointment", "2024-06-10") in events(C) and ("appointment", "2024-06-03") not in events(C))
check("was-due-to-end-no-term-end", not any(k == "term_end" for k, _ in events(C)))
check("surname-report-of-commissioner", ("commissioner_report", "2024-12-20") in events(C))
check("surname-in-full", [(a.get("person"), a.get("role")) for a in C.get("appointments", [])][:1] == [("Oliver Quayle-Brent", "commissioner")])
c_obl = [got(o) for o in C.get("obligations", [])]
check("after-two-months-in-letter", c_obl[:1] == [("commissioner", "deadline", "2025-03-15", None, None)] and
      C["obligations"][0].get("to") == "minister")
check("listed-board-which-should-meet", ("improvement_board", "recurring", None, "P1M", "2025-02-15") in c_obl)
summer = [o.get("due", {}) for o in C.get("obligations", []) if o.get("bearer") == "dfe"]
check("we-in-the-summer-no-year", [(d.get("start"), d.get("date")) for d in summer] == [("2025-06-01", "2025-08-31")] and
      warned(C, "'in the summer' has no year"))
check("by-day-month-no-year", ("council", "deadline", "2025-02-28", None, None) in c_obl and
      warned(C, "'by 28 February' has no year"))
PY
exit 0
