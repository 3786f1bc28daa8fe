#!/bin/bash
# 76-read-session27.sh: what session 27 taught the reader, on documents written here.
# The expected values were worked out by hand from their words:
#   - q, an improvement notice of Tuesday 6 September 2022.  1: "within 15 working days of
#     the end of each quarter, the first for the quarter ending 30 September 2022": a
#     series every three months anchored to the quarters' ends, each the 15th working day
#     of the month after the quarter (October 2022: 3-7, 10-14, 17-21), the first (and
#     due) Friday 21 October 2022, day rule "15WD".  2: "no later than 5 working days after
#     the end of each month": every month, the 5th working day of the next; the first after
#     the notice's date is September 2022's (1, 2, 5, 6, 7): Wednesday 7 September 2022,
#     day rule "5WD".  3: "publish its annual report ... each year, in June": one series
#     (the report's "annual" and "each year" are the same pace), yearly, each in June, the
#     first in June 2023 (June 2022 had ended before the notice): due in the window 1 to 30
#     June 2023, first 2023-06-30.
#   - a, a DfE official's letter of Thursday 21 March 2024: "no later than 10 working days
#     after the end of each quarter": the 10th working day of April 2024 (Easter Monday, 1
#     April, skipped: 2-5, 8-12, 15), Monday 15 April 2024, then Friday 12 July 2024 (1-5,
#     8-12); "will publish its self-assessment annually, in April": one series, yearly, the
#     first due in April 2024 (the window 1 to 30 April 2024), first 2024-04-30.
#   - neg, a notice of 6 September 2022: "within 20 days of the end of each quarter" counts
#     calendar days, which no day of the month fixes: no day rule.
#   - g, an improvement notice of Tuesday 14 March 2023 whose actions are grouped under
#     lettered headings ("A. Leadership", "B. Practice"), each numbered from 1, after
#     top-level paragraphs 1 to 3: the unnumbered heading "Notifications" inside B, then
#     "2.", goes on with B (b.2); the heading "Review", then "4." (not B's next, 3, but
#     the paragraphs' next), ends the groups: paragraph 4, the Department's review every
#     six months.  a.1 "Report the findings of its quarterly practice audits to each
#     meeting of the Improvement Board": kept up (the audits are quarterly, the report
#     goes to each meeting).  a.2 "Provide the Improvement Adviser and the Department such
#     information as they may request from time to time": when asked (two who may ask are
#     no list of duties).  b.1 "... such reports ... as she may require, at such intervals
#     as she may specify": when she says.  b.2 "Notify the Improvement Adviser as soon as
#     practicable of any change in the Council's senior leadership": each time one comes.
#   - t, a Minister's letter of Tuesday 12 November 2019 to the Council's Leader: "I
#     expect the transfer to take place on 1 April 2020 ("the transfer date")" is when a
#     thing is to happen, no one's duty; "I should be grateful if the Council would send
#     me, within 15 working days of the date of this letter, its response to the
#     recommendations in the Commissioner's report": the Council's, to the Minister (the
#     response is to the recommendations, not to the Commissioner), due Tuesday 3 December
#     2019 (13-15, 18-22, 25-29 November, 2, 3 December); "I would also like a note on
#     the progress of the trust's recruitment by the end of January 2020": the
#     addressee's to give (the Council's), to the Minister, due 2020-01-31.
#   - f, a direction of 11 December 2017 titled "DIRECTION TO THE LONDON BOROUGH OF CROYDON
#     MADE UNDER SECTION ...": the council is the London Borough of Croydon ("MADE" ends
#     its name).  "Between 9 and 20 October 2017 Ofsted inspected ...": an inspection from
#     2017-10-09.  Paragraph 2, "The experiences and progress of children in care were
#     judged to be inadequate.", right after the report "published on 24 November 2017"
#     (its lines wrapped as a PDF's are), is of that report.
#   - m, a Minister's letter of 9 October 2018: "the report of Mr Cal Example, the
#     Children's Services Commissioner for Greenwich, which he submitted to me on 14
#     September 2018": the Commissioner's report of that day; "Ofsted's letter about the
#     visit was published on 3 September 2018": Ofsted's letter (not a report); "Mr
#     Example's term as Commissioner ... will be extended to the transfer date" (1 April
#     2019, as the letter defines it): the term ends 2019-04-01.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/q.txt" <<'EOF'
IMPROVEMENT NOTICE

To: Sampleshire County Council

Dated: 6 September 2022

1. The Council shall send the Department its performance dataset within 15 working days of the end of each quarter, the first for the quarter ending 30 September 2022.

2. The Council shall provide the Improvement Adviser with its audit summary no later than 5 working days after the end of each month.

3. The Council shall publish its annual report on the Improvement Plan each year, in June.
EOF
cat >"$tmp/a.txt" <<'EOF'
Department for Education
Sanctuary Buildings
Great Smith Street
London SW1P 3BT

Ms Ada Example
Chief Executive
Sampleshire County Council
County Hall
Sampletown
ST1 1AA

21 March 2024

Dear Ada,

Sampleshire County Council: stocktake

Thank you for hosting the stocktake of 12 March 2024. I set out below what was agreed.

First, the Council will send the Department its performance dashboard no later than 10 working days after the end of each quarter.

Second, the Council will publish its self-assessment annually, in April, and will share it with the Department.

Yours sincerely,

Cal Example
Deputy Director
EOF
cat >"$tmp/neg.txt" <<'EOF'
IMPROVEMENT NOTICE

To: Sampleshire County Council

Dated: 6 September 2022

1. The Council shall send the Department its performance dataset within 20 days of the end of each quarter.
EOF
cat >"$tmp/g.txt" <<'EOF'
IMPROVEMENT NOTICE

To: Sampleshire County Council

Dated: 14 March 2023

  Background
1. Ofsted judged the Council's children's services to require improvement to be good.

2. The Department has appointed an Improvement Adviser to the Council.

3. This notice sets out the actions the Council must take.


  Actions
The Council must take the actions below.


  A. Leadership
1. Report the findings of its quarterly practice audits to each meeting of the Improvement Board.

2. Provide the Improvement Adviser and the Department such information as they may request from time to time.


  B. Practice
1. Provide the Secretary of State with such reports on its fostering service as she may require, at such intervals as she may specify.

  Notifications
2. Notify the Improvement Adviser as soon as practicable of any change in the Council's senior leadership.


  Review
4. The Department will review the Council's progress every six months.
EOF
cat >"$tmp/t.txt" <<'EOF'
Ann Example MP
Minister of State for Children and Families
Department for Education

Councillor Bea Sample
Leader
Sampleshire County Council

12 November 2019

Dear Councillor Sample,

Children's services in Sampleshire

I have decided to accept the Commissioner's recommendation that the Council's children's social care functions should be transferred to a children's trust. I will shortly issue a direction requiring the Council to transfer those functions to the trust, and I expect the transfer to take place on 1 April 2020 ("the transfer date").

I should be grateful if the Council would send me, within 15 working days of the date of this letter, its response to the recommendations in the Commissioner's report. I would also like a note on the progress of the trust's recruitment by the end of January 2020.

Yours sincerely,

Ann Example MP
EOF
cat >"$tmp/f.txt" <<'EOF'
DIRECTION TO THE LONDON BOROUGH OF CROYDON MADE UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

WHEREAS

1. Between 9 and 20 October 2017 Ofsted inspected the children's services of the London Borough of
Croydon ("the Council"). In its report of that inspection, published on 24 November 2017, Ofsted
judged the overall effectiveness of the Council's children's services to be inadequate.

2. The experiences and progress of children in care were judged to be inadequate.

NOW THEREFORE

3. The Council shall co-operate with the Commissioner.

Dated: 11 December 2017
EOF
cat >"$tmp/m.txt" <<'EOF'
Ann Example MP
Minister of State for Children and Families
Department for Education

Councillor Bea Sample
Leader
Royal Borough of Greenwich

9 October 2018

Dear Councillor Sample,

Children's services in Greenwich

Thank you for meeting me to discuss the report of Mr Cal Example, the Children's Services Commissioner for Greenwich, which he submitted to me on 14 September 2018. Ofsted visited the Council on 7 and 8 August 2018. Ofsted's letter about the visit was published on 3 September 2018.

I have decided that the Council's children's social care functions will transfer to a children's trust on 1 April 2019 ("the transfer date"). Mr Example's term as Commissioner, which was due to end on 31 October 2018, will be extended to the transfer date.

Yours sincerely,

Ann Example MP
EOF
for f in q a neg g t f m; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session27:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of, events
check = checker("session27")
Q, A, NEG, G, T, F, M = (load(sys.argv[2] + "/" + f + ".json")
                         for f in ("q", "a", "neg", "g", "t", "f", "m"))
def rec(o, k):
    return o.get("recurrence", {}).get(k)
check("quarter-working-days-after-end", [(got(o), rec(o, "anchor"), rec(o, "day")) for o in of(Q, "1")] ==
      [(("council", "recurring", "2022-10-21", "P3M", "2022-10-21"), "quarter_end", "15WD")])
check("month-working-days-after-end", [(got(o), rec(o, "day")) for o in of(Q, "2")] ==
      [(("council", "recurring", "2022-09-07", "P1M", "2022-09-07"), "5WD")])
check("annual-each-year-one-series", [(got(o), o.get("due", {}).get("start")) for o in of(Q, "3")] ==
      [(("council", "recurring", "2023-06-30", "P1Y", "2023-06-30"), "2023-06-01")])
ao = A.get("obligations", [])
check("letter-two-duties", len(ao) == 2)
check("letter-quarter-working-days", [(got(o), rec(o, "day")) for o in ao[:1]] ==
      [(("council", "recurring", "2024-04-15", "P3M", "2024-04-15"), "10WD")])
check("letter-quarter-second", "then 2024-07-12" in (rec(ao[0], "derivation") or "") if ao else False)
check("letter-annually-in-april", [(got(o), o.get("due", {}).get("start")) for o in ao[1:]] ==
      [(("council", "recurring", "2024-04-30", "P1Y", "2024-04-30"), "2024-04-01")])
check("calendar-days-no-day-rule", [rec(o, "day") for o in of(NEG, "1")] == [None])
ids = [c.get("id") for c in G.get("clauses", [])]
check("heading-ends-lettered-group", "4" in ids and "b.4" not in ids)
check("paragraph-after-group", [got(o) for o in of(G, "4")] == [("dfe", "recurring", None, "P6M", "2023-09-14")])
check("subheading-inside-group", [o.get("kind") for o in of(G, "b.2")] == ["conditional"])
check("findings-of-quarterly-audits", [(o.get("kind"), o.get("to")) for o in of(G, "a.1")] ==
      [("standing", "improvement_board")])
check("two-who-may-ask", [o.get("kind") for o in of(G, "a.2")] == ["conditional"])
check("at-such-intervals-as", [(o.get("kind"), o.get("condition")) for o in of(G, "b.1")] ==
      [("conditional", "at such intervals as she may specify")])
check("as-soon-as-of-any", [o.get("kind") for o in of(G, "b.2")] == ["conditional"])
to = T.get("obligations", [])
check("expected-event-no-duty", [got(o)[2] for o in to] == ["2019-12-03", "2020-01-31"])
check("response-to-not-recipient", [(got(o), o.get("to")) for o in to[:1]] ==
      [(("council", "deadline", "2019-12-03", None, None), "minister")])
check("made-under-ends-name", F.get("council", {}).get("name") == "London Borough of Croydon")
check("between-ofsted-inspected", ("ofsted_inspection", "2017-10-09") in events(F))
check("next-paragraph-same-report", [(j.get("area"), j.get("report_date")) for j in F.get("judgements", [])] ==
      [("overall", "2017-11-24"), ("looked_after", "2017-11-24")])
check("submitted-to-me-on", ("commissioner_report", "2018-09-14") in events(M))
check("letter-was-published", ("ofsted_letter", "2018-09-03") in events(M) and
      ("ofsted_report", "2018-09-03") not in events(M))
check("extended-to-defined-day", ("term_end", "2019-04-01") in events(M))
check("would-like-a-note", [(got(o), o.get("to")) for o in to[1:]] ==
      [(("council", "deadline", "2020-01-31", None, None), "minister")])
PY
exit 0
