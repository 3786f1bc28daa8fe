#!/bin/bash
# 57-read-session18-words.sh: wordings of the thirteenth and twelfth unseen sets that
# the reader learnt in session 18, on three short documents written here (a
# Commissioner's covering letter to the Minister, a Minister's letter, a direction).
# The expected values were worked out by hand from their words:
#   - the Commissioner's letter of Monday 4 March 2019: its author the Commissioner, so
#     "I" is the Commissioner and "you" the Minister it is addressed to; "My report of
#     1 March 2019 is enclosed" a commissioner_report; "In its letter of 20 February
#     2019, Ofsted found" an ofsted_letter; "... children in need of help and
#     protection, children looked after and care leavers to be 'inadequate' overall"
#     the SIF's overall judgement only (no area of its own); "I was appointed as
#     Commissioner" the author, Anne Field (her "Dr" dropped); the council's
#     undertakings, dated ones only: "by 30 June 2019" and, "it will send the
#     Department ... by the end of April 2019" ("it" the Council of the item before),
#     30 April 2019; "I will meet the Chief Executive fortnightly": 4 + 14 days = 18
#     March 2019; "I propose to report to you again in three months": 4 June 2019, to
#     the Minister;
#   - the Minister's letter of Tuesday 8 October 2019: "A further direction, issued
#     alongside this letter" a direction issued that day; "has agreed to continue as
#     Commissioner until 31 March 2020" a term's end, no duty; "within six weeks." in a
#     letter from its date: 8 October + 42 days = 19 November 2019; "no later than 9
#     months from today, and I will then decide ..." the officials' (the Department's),
#     8 July 2020; "The direction will be reviewed every four months, and my officials
#     will hold the first review meeting with you in February 2020": the Department's
#     series, its first 8 October + 4 months = 8 February 2020 (in February, as the
#     words say); "in the new year" in October 2019: January 2020, with a warning;
#     "two monitoring visits, on 2 and 3 April 2019 and on 10 and 11 July 2019" two
#     visits;
#   - the direction of Thursday 23 November 2023: "Mr X was appointed ... on the same
#     day" after "On 17 March 2022 ... gave a direction" an appointment that day; "runs
#     from 1 December 2023 to 31 May 2024" a term's end; 3 "shall give ... access ...,
#     and shall provide any information ... within 10 working days of a request" a
#     standing duty and a conditional one; 4 "An improvement notice will be issued ...
#     with effect from 1 June 2024" no duty; 5 "will visit the Council every eight
#     weeks and will report to the Secretary of State after each visit": the series
#     (23 November + 56 days = 18 January 2024) and a standing duty to report; 6 "will
#     decide whether" and 7 "has told the Department that it will" no duty.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
Dr Anne Field
Children's Services Commissioner for Example
c/o Department for Education
Sanctuary Buildings
London SW1P 3BT

Jo Bloggs MP
Minister of State for Children and Families
Department for Education
Sanctuary Buildings
London SW1P 3BT

4 March 2019

Dear Minister,

EXAMPLE BOROUGH COUNCIL: REPORT OF THE CHILDREN'S SERVICES COMMISSIONER

I am writing to submit my review of children's social care services in Example Borough Council ("the Council"). My report of 1 March 2019 is enclosed with this letter.

Ofsted's inspection report published on 12 September 2018 judged the Council's services for children in need of help and protection, children looked after and care leavers to be 'inadequate' overall. I was appointed as Commissioner with effect from 1 October 2018.

In its letter of 20 February 2019, Ofsted found that the Council had made early progress.

In reaching my recommendation I have taken into account the undertakings that the Chief Executive has given me on behalf of the Council:

- the Council will recruit a permanent Director of Children's Services by 30 June 2019;
- it will send the Department a revised improvement plan by the end of April 2019; and
- the Leader will attend each meeting of the Improvement Board.

I will meet the Chief Executive fortnightly. I propose to report to you again in three months.

Yours sincerely,

Dr Anne Field
Children's Services Commissioner for Example
EOF
cat >"$tmp/b.txt" <<'EOF'
From the Minister for Children and Families
Jo Bloggs MP
Sanctuary Buildings
London SW1P 3BT

Mr Tom Reed
Chief Executive
Example Borough Council
Town Hall
Example EX1 1AA

8 October 2019

Dear Mr Reed,

Ofsted has made two monitoring visits, on 2 and 3 April 2019 and on 10 and 11 July 2019, and each found steady progress.

I have decided to accept the Commissioner's recommendation. A further direction, issued alongside this letter, sets out what the Council must do. Ms Kay Sharp has agreed to continue as Commissioner until 31 March 2020.

I would ask the Council to send my officials a revised improvement plan within six weeks.

My officials will review the Council's progress no later than 9 months from today, and I will then decide whether the direction is still needed.

The direction will be reviewed every four months, and my officials will hold the first review meeting with you in February 2020.

I would like to meet you in the new year.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/c.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Given by the Secretary of State for Education to Example Borough Council

1. On 17 March 2022 the Secretary of State gave a direction to Example Borough Council ("the Council"). Mr Sam Cole was appointed as Children's Services Commissioner for Example on the same day.

NOW THEREFORE the Secretary of State directs as follows:

2. The Commissioner's appointment runs from 1 December 2023 to 31 May 2024.

3. The Council shall give the Commissioner access to its premises and records, and shall provide any information the Commissioner asks for within 10 working days of a request.

4. An improvement notice will be issued to the Council with effect from 1 June 2024.

5. The Improvement Adviser will visit the Council every eight weeks and will report to the Secretary of State after each visit.

6. Following that review, the Secretary of State will decide whether the direction should remain in place.

7. The Council has told the Department that it will address the findings as a matter of priority.

Dated: 23 November 2023
EOF
for f in a b c; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session18-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of
A, B, C = (load(sys.argv[2] + "/" + f + ".json") for f in "abc")
check = checker("session18-words")
def got(o):
    r = o.get("recurrence", {})
    return (o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), r.get("every"), r.get("first", r.get("next")))
def events(R):
    return {(e.get("kind"), e.get("date")) for e in R.get("events", [])}
check("my-report-enclosed", ("commissioner_report", "2019-03-01") in events(A))
check("its-letter-of-ofsted-after", ("ofsted_letter", "2019-02-20") in events(A))
check("sif-overall-title", [(j.get("area"), j.get("grade")) for j in A.get("judgements", [])] == [("overall", "inadequate")])
check("i-was-appointed-is-the-author", ("Anne Field", "commissioner") in {(a.get("person"), a.get("role")) for a in A.get("appointments", [])})
a_obl = [got(o) for o in A.get("obligations", [])]
check("undertakings-dated-only", a_obl[:2] == [("council", "deadline", "2019-06-30", None, None), ("council", "deadline", "2019-04-30", None, None)])
check("it-is-the-council-before", A["obligations"][1].get("to") == "dfe")
check("i-is-the-commissioner", a_obl[2:3] == [("commissioner", "recurring", None, "P2W", "2019-03-18")])
check("propose-to-report-to-you", a_obl[3:] == [("commissioner", "deadline", "2019-06-04", None, None)] and
      A["obligations"][3].get("to") == "minister")
check("monitoring-visits-listed", {(e.get("date"), e.get("end_date")) for e in B.get("events", []) if e.get("kind") == "monitoring_visit"} ==
      {("2019-04-02", "2019-04-03"), ("2019-07-10", "2019-07-11")})
check("direction-issued-alongside", ("direction_issued", "2019-10-08") in events(B))
check("agreed-to-continue-as-term", ("term_end", "2020-03-31") in events(B) and
      not any(o.get("kind") == "standing" for o in B.get("obligations", [])))
b_obl = [got(o) for o in B.get("obligations", [])]
check("letter-bare-within-weeks", ("council", "deadline", "2019-11-19", None, None) in b_obl)
check("months-from-today", ("dfe", "deadline", "2020-07-08", None, None) in b_obl and
      not any("not understood" in w.get("message", "") for w in B.get("warnings", [])))
check("passive-series-first-held", ("dfe", "recurring", None, "P4M", "2020-02-08") in b_obl and
      not any(g[2] == "2020-02-29" for g in b_obl))
nyw = [o.get("due", {}) for o in B.get("obligations", []) if o.get("due", {}).get("rule") == "in_month"]
check("in-the-new-year", [(d.get("start"), d.get("date")) for d in nyw] == [("2020-01-01", "2020-01-31")] and
      any("in the new year" in w.get("message", "") for w in B.get("warnings", [])))
check("appointed-on-the-same-day-as-sentence-before", ("appointment", "2022-03-17") in events(C))
check("runs-from-to", ("term_end", "2024-05-31") in events(C))
check("and-shall-provide-on-request", [got(o) for o in of(C, "3")] ==
      [("council", "standing", None, None, None), ("council", "conditional", None, None, None)])
check("notice-will-be-issued-no-duty", of(C, "4") == [])
check("and-will-report-after-each-visit", [got(o) for o in of(C, "5")] ==
      [("improvement_adviser", "recurring", None, "P8W", "2024-01-18"), ("improvement_adviser", "standing", None, None, None)] and
      of(C, "5")[1].get("to") == "secretary_of_state")
check("will-decide-whether-no-duty", of(C, "6") == [])
check("has-told-the-department-no-duty", of(C, "7") == [])
PY
exit 0
