#!/bin/bash
# 69-read-session24-fresh24.sh: what the twenty-fourth unseen set taught in session 24, on
# five short documents written here.  The expected values were worked out by hand from
# their words:
#   - q, a Minister's letter of 18 May 2018: "The Council has agreed the following
#     milestones with my officials:" over "By 29 June 2018: ..." and "By December 31,
#     2018: ...": two deadlines of the Council's, 29 June and 31 December 2018; "following
#     Ofsted's report of 20 October 2017" Ofsted's report (a Commissioner named before);
#     "In her report of 30 March 2018 she concluded" the Commissioner's;
#   - r, a notice of Friday 21 August 2015: "the Council is required to:" over "- " items:
#     "co-operate fully with the Adviser" and "report to each meeting of the Board" stand;
#     "within 20 school days of the date of this notice" a deadline with no date (the
#     term's days are not given) and a warning; "six months after the date of this notice,
#     and again twelve months after it" the Department's, 21 February and 21 August 2016;
#   - s, a direction dated the 3rd of April 2017: one run-on paragraph "The Council shall
#     co-operate ..., and it shall, within 10 working days ..., establish an Improvement
#     Board, and the Director of Children's Services shall present a report to each
#     meeting of the Board, and the Council shall submit ... by no later than the 30th of
#     June 2017, and it shall provide the Commissioner with office accommodation": due 19
#     April 2017 (4-7, 10-13, 18, 19 April: Good Friday and Easter Monday skipped) and 30
#     June 2017, the Director's standing duty, and the Council's to provide accommodation;
#     "with the services for children who need help and protection, and the leadership,
#     management and governance of those services, also judged inadequate" (help and
#     protection and leadership, of the report of 3 March 2017); "\f(a) chair the Board"
#     after a page break, the Commissioner Sam Example chairs it;
#   - t, a direction: "Ofsted's report of 6 March 2015, which judged the Council's services
#     for children in need of help and protection, children looked after and care leavers
#     to 'require improvement'" (the SIF's overall title: one overall judgement); "Mrs Jo
#     Example, who has been the Council's Improvement Adviser ..., will continue as
#     Improvement Adviser" (an appointment); "... any further information ... on request"
#     (owed when asked); a closing block ending "For and on behalf of the Secretary of
#     State for Education" (the signatory Alex Official);
#   - u, a notice of Friday 20 May 2022: "(b) continue to hold its Improvement Board ...,
#     which the Adviser will chair, and ensure that the Board meets every four weeks"
#     (three duties: the Council's board kept, the Adviser's chair, the meetings every four
#     weeks); "(c) at each meeting of the Board, report its performance ..." (standing, the
#     Council's); "every 14 days" (P2W); "Ofsted carried out a monitoring visit ... Its
#     letter of 3 May 2022 found ..." (Ofsted's letter).
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/q.txt" <<'EOF'
From the Minister of State for Children and Families
Jo Bloggs MP

Councillor Ann Lee
Leader of Rutland County Council

18 May 2018

Dear Councillor Lee,

As you know, the Commissioner was appointed on 6 November 2017, following Ofsted's report of 20 October 2017, which judged the Council's children's services to be inadequate. In her report of 30 March 2018 she concluded that the Council does not yet have the capacity to improve on its own.

The Council has agreed the following milestones with my officials:

By 29 June 2018: the Council agrees the Trust's governance arrangements with the Commissioner.
By December 31, 2018: the Council and the Trust sign a service contract.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/r.txt" <<'EOF'
IMPROVEMENT NOTICE: RUTLAND COUNTY COUNCIL

Issued on Friday 21 August 2015 to Rutland County Council ("the Council").

3. Following the Ofsted inspection, the Council is required to:

- co-operate fully with the Adviser;
- within 20 school days of the date of this notice, ensure that every child looked after of school age has a personal education plan;
- report to each meeting of the Board on the progress of the improvement plan.

4. Officials from the Department will meet the Council to review its progress six months after the date of this notice, and again twelve months after it.

Alex Official
Director, Children's Services Improvement
Department for Education
EOF
# (the form feed before "(a)" is the page break pdftotext prints)
sed 's/<FF>/\f/' >"$tmp/s.txt" <<'EOF'
DIRECTION TO RUTLAND COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

1. Ofsted carried out an inspection of the services for children in need of help and protection, children looked after and care leavers provided by Rutland County Council ("the Council") between 9 and 31 January 2017. Its report of that inspection, published on the 3rd of March 2017, judged the overall effectiveness of those services to be inadequate, with the services for children who need help and protection, and the leadership, management and governance of those services, also judged inadequate.

2. On the 27th of March 2017 the Secretary of State appointed Mr Sam Example as Children's Services Commissioner for Rutland ("the Commissioner").

5. The Council shall co-operate with the Commissioner, and it shall, within 10 working days of the date of this Direction, establish an Improvement Board, and the Director of Children's Services shall present a report to each meeting of the Board, and the Council shall submit a revised improvement plan to the Secretary of State by no later than the 30th of June 2017, and it shall provide the Commissioner with office accommodation.

Alex Official
A Senior Civil Servant in the Department for Education
Dated the 3rd of April 2017

ANNEX: TERMS OF REFERENCE FOR THE COMMISSIONER
1. The Commissioner will:

<FF>(a) chair the Board; and
(b) report to the Secretary of State every three months.
EOF
cat >"$tmp/t.txt" <<'EOF'
Direction issued to Rutland County Council under section 497A(4B) of the Education Act 1996

Whereas:

1. On 14 April 2015 the Secretary of State issued an improvement notice to Rutland County Council ("the Council") following Ofsted's report of 6 March 2015, which judged the Council's services for children in need of help and protection, children looked after and care leavers to 'require improvement'.

5. Mrs Jo Example, who has been the Council's Improvement Adviser under the Improvement Notice, will continue as Improvement Adviser to the Council under this Direction ("the Adviser").

Now, therefore, the Secretary of State directs the Council as follows:

6. The Council shall provide the Adviser with any further information about its children's services on request.

Alex Official
A Senior Civil Servant in the Department for Education
For and on behalf of the Secretary of State for Education

Date: 30th November 2016
EOF
cat >"$tmp/u.txt" <<'EOF'
IMPROVEMENT NOTICE TO RUTLAND COUNTY COUNCIL

This notice is issued on Friday 20 May 2022 to Rutland County Council ("the Council").

2. Ofsted carried out a monitoring visit to the Council's front door on 5 and 6 April 2022. Its letter of 3 May 2022 found that the Council had made insufficient progress.

4. The Council must:

(a) within 10 working days of the date of this notice, send the Department a revised improvement plan; and
(b) continue to hold its Improvement Board ("the Board"), which the Adviser will chair, and ensure that the Board meets every four weeks;
(c) at each meeting of the Board, report its performance against the success measures.

5. The Adviser will meet the Director of Children's Services every 14 days.

Alex Official
Deputy Director, Department for Education
EOF
for f in q r s t u; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session24-fresh24:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
Q, R, S, T, U = (load(sys.argv[2] + "/" + f + ".json") for f in "qrstu")
check = checker("session24-fresh24")
check("milestone-lines", [got(o) for o in Q.get("obligations", [])] ==
      [("council", "deadline", "2018-06-29", None, None), ("council", "deadline", "2018-12-31", None, None)])
check("ofsted-report-of-and-her-report-of", {("ofsted_report", "2017-10-20"), ("commissioner_report", "2018-03-30")} <= events(Q))
check("is-required-to-items", [got(o)[:3] for o in of(R, "3")] ==
      [("council", "standing", None), ("council", "deadline", None), ("council", "standing", None)])
check("school-days-warning", any("school days" in w.get("message", "") for w in R.get("warnings", [])))
check("and-again-after-it", [got(o) for o in of(R, "4")] ==
      [("dfe", "deadline", "2016-02-21", None, None), ("dfe", "deadline", "2016-08-21", None, None)])
s5 = of(S, "5")
check("run-on-untimed-clauses", ("dcs", "standing") in [got(o)[:2] for o in s5] and
      any(o.get("bearer") == "council" and o.get("kind") == "standing" and "office accommodation" in o.get("action", "") for o in s5) and
      {"2017-04-19", "2017-06-30"} <= {o.get("due", {}).get("date") for o in s5})
check("areas-also-judged", sorted((j.get("area"), j.get("report_date")) for j in S.get("judgements", [])) ==
      [("help_and_protection", "2017-03-03"), ("leadership", "2017-03-03"), ("overall", "2017-03-03")])
check("chair-after-page-break", ("Sam Example", "chair") in [(a.get("person"), a.get("role")) for a in S.get("appointments", [])])
check("sif-overall-title", [(j.get("area"), j.get("grade")) for j in T.get("judgements", [])] == [("overall", "requires_improvement")])
check("will-continue-as", ("Jo Example", "improvement_adviser") in [(a.get("person"), a.get("role")) for a in T.get("appointments", [])])
check("information-on-request", [got(o)[:2] for o in of(T, "6")] == [("council", "conditional")])
check("for-and-on-behalf-of", T.get("signatory", {}).get("name") == "Alex Official")
check("at-each-meeting-verb-after", [got(o)[:2] for o in of(U, "4.c")] == [("council", "standing")])
check("every-14-days-weeks", [o.get("recurrence", {}).get("every") for o in of(U, "5")] == ["P2W"])
check("its-letter-after-ofsted-sentence", ("ofsted_letter", "2022-05-03") in events(U))
check("continue-to-hold-and-ensure", sorted((o.get("bearer"), o.get("kind"), o.get("recurrence", {}).get("every")) for o in of(U, "4.b")) ==
      [("council", "recurring", "P4W"), ("council", "standing", None), ("improvement_adviser", "standing", None)])
PY
exit 0
