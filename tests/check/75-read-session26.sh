#!/bin/bash
# 75-read-session26.sh: what session 26 taught the reader, on documents written here.
# The expected values were worked out by hand from their words:
#   - l, a DfE Deputy Director's letter of Wednesday 9 March 2022 to Torbay's Director of
#     Children's Services (the address's first line names the office): "You" and "Your
#     quality assurance team" are the Director's (dcs), "my team" the Department's.  A
#     heading line "Next steps" over bulleted items is no part of the first item.  "You
#     will send me ... by Easter (Friday 15 April 2022)": a deadline, 2022-04-15 (a named
#     day, its date in brackets).  "Mr Sample will present his findings ... to the
#     Improvement Board at its meeting on 26 April 2022": the Improvement Adviser's (the
#     letter names him so), due on Tuesday 26 April 2022, to the Board.  "... will send my
#     team the monthly audit summary on or before the last working day of each month":
#     one series, not two (the "monthly" of its noun is the same series), every month on
#     its last working day, the first (and due) Thursday 31 March 2022; the cue "on or
#     before" ends a line, the rule opens the next.  Ofsted's finding "has made
#     progress in its work with care leavers since its inspection report, published on 10
#     September 2021, judged the overall effectiveness ... to be inadequate" is one
#     judgement: overall, inadequate, 2021-09-10 (care leavers are the progress's, not the
#     report's).
#   - k, the same letter to the Chief Executive: "You" is the council, as before.
#   - m, a Minister's letter of Thursday 12 May 2022 to Torbay's Leader: "his report of 29
#     April 2022", after a sentence on the Commissioner's review, is the Commissioner's
#     report (an event of 2022-04-29); "I have appointed Ms X as Improvement Adviser ...
#     for an initial period of nine months, from 1 June 2022 to 28 February 2023" is an
#     appointment on 2022-06-01 and a term ending 2023-02-28; "send me a progress report
#     every six weeks, the first on 15 July 2022": the Adviser's series, its first (and
#     due, on that day) Friday 15 July 2022; "My officials will hold review meetings ...
#     every four months, and in the meantime will meet the Council's Chief Executive
#     monthly": two series, both the Department's (the second clause's subject is the
#     first's: "in the meantime" is no party), the first next on 12 September 2022, the
#     second on 12 June 2022.
#   - f, a direction of Monday 3 October 2022 whose annex sets the Commissioner's functions
#     in a two-column table "Function / Timescale" as `pdftotext -layout` prints it, its
#     rows lettered (a) to (c): the lead-in "The Commissioner will carry out the functions
#     in the first column of the table below, ..." makes every row the Commissioner's
#     (the table's header line after it is no sentence of its own); (a) "No later than 31
#     December / 2022": a deadline, 2022-12-31; (b) "Every two months": one series, next 3
#     December 2022; (c)'s timescale, centred on its row, starts on the line above "(c)"
#     ("Every three months, the first such / report being due on 31 January / 2023"): it is
#     (c)'s, not (b)'s, every three months, the first (and due, on that day) 31 January
#     2023.
#   - w, an improvement notice of Monday 11 March 2024: "shall give the Improvement Adviser,
#     when requested to do so, such access ..." and "(a) give the Department, when asked,
#     any information ..." are done when asked (conditional, on "when requested", "when
#     asked"); "(b) ensure that its Director ... attends each meeting" is kept up.
#   - p, a Minister's letter of Monday 15 July 2019: "I have appointed him as the Council's
#     Improvement Adviser" names Mr Alric Sample, named in the sentence before, so "Mr
#     Sample will provide me with a report ... every six months, the first by 31 January
#     2020" is the Improvement Adviser's (first and due 2020-01-31); "The Council's Director
#     of Children's Services should send my officials ... each month" is the Director's
#     and "the Council's Improvement Board to continue to meet every six weeks" the
#     Board's (the council's possessive names the office that owes it).
#   - h, a direction of Thursday 24 June 2021: "In place of the monthly reports required
#     by paragraph 5 of the 2020 Direction, the Commissioner shall report ... every three
#     months, the first report to be made on or before 30 September 2021": one series,
#     every three months, first (and due) 2021-09-30 (the monthly reports are the ones
#     replaced); "at the end of each quarter, starting at the end of December 2021": one
#     series at the quarters' ends, its first 2021-12-31 (not 30 June 2021, the first
#     quarter's end after the direction, and no deadline of its own).
#   - n, an improvement notice of Wednesday 18 August 2021: "send the Department the
#     monthly performance dataset on or before the last working day of each month" is one
#     series, its first (and due) Tuesday 31 August 2021 (Monday 30 August 2021 is the
#     summer bank holiday, and 31 August a working day).
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/l.txt" <<'EOF'
Department for Education
Regions Group - South West
Temple Quay House
Bristol BS1 6DG

Ms Ada Example
Director of Children's Services
Torbay Council
Town Hall
Torquay
TQ1 3DR

9 March 2022

Dear Ada,

Torbay Council: review meeting

Thank you for meeting me and Mr Ben Sample, the Council's Improvement Adviser, on 2 March 2022. Ofsted found that the Council has made progress in its work with care leavers since its inspection report, published on 10 September 2021, judged the overall effectiveness of the Council's children's services to be inadequate.

Next steps
    • You will send me the Council's revised sufficiency strategy by Easter (Friday 15 April
      2022).
    • Mr Sample will present his findings on the front door to the Improvement Board at its
      meeting on 26 April 2022.
    • Your quality assurance team will send my team the monthly audit summary on or before
      the last working day of each month.

I am copying this letter to the Council's Chief Executive.

Yours sincerely,

Cal Example
Deputy Director, Regions Group
Department for Education
EOF
cat >"$tmp/k.txt" <<'EOF'
Department for Education
Regions Group - South West
Temple Quay House
Bristol BS1 6DG

Ms Ada Example
Chief Executive
Torbay Council
Town Hall
Torquay
TQ1 3DR

9 March 2022

Dear Ada,

Torbay Council: review meeting

Thank you for meeting me and Mr Ben Sample, the Council's Improvement Adviser, on 2 March 2022. Ofsted found that the Council has made progress in its work with care leavers since its inspection report, published on 10 September 2021, judged the overall effectiveness of the Council's children's services to be inadequate.

Next steps
    • You will send me the Council's revised sufficiency strategy by Easter (Friday 15 April
      2022).
    • Mr Sample will present his findings on the front door to the Improvement Board at its
      meeting on 26 April 2022.
    • Your quality assurance team will send my team the monthly audit summary on or before
      the last working day of each month.

I am copying this letter to the Council's Chief Executive.

Yours sincerely,

Cal Example
Deputy Director, Regions Group
Department for Education
EOF
cat >"$tmp/m.txt" <<'EOF'
Jo Example MP
Parliamentary Under-Secretary of State for Children and Families
Department for Education
Sanctuary Buildings
20 Great Smith Street
London SW1P 3BT

Councillor Sam Example
Leader of the Council
Torbay Council
Town Hall
Torquay
TQ1 3DR

12 May 2022

Dear Sam,

TORBAY COUNCIL: THE COMMISSIONER'S REVIEW

I am writing to confirm that the Commissioner's review has now ended. I have considered his report of 29 April 2022, and I have decided that the Council should keep its children's social care services.

I have appointed Ms Pat Example as Improvement Adviser to the Council ("the Adviser") for an initial period of nine months, from 1 June 2022 to 28 February 2023.

I would ask the Adviser to send me a progress report every six weeks, the first on 15 July 2022.

My officials will hold review meetings with the Council every four months, and in the meantime will meet the Council's Chief Executive monthly.

Yours sincerely,

Jo Example MP
Parliamentary Under-Secretary of State for Children and Families
EOF
cat >"$tmp/f.txt" <<'EOF'
Direction to Torbay Council under section 497A(4B) of the Education Act 1996

Dated: 3 October 2022

1. The Council shall co-operate with the Commissioner.

ANNEX

TERMS OF REFERENCE: CHILDREN'S SERVICES COMMISSIONER FOR TORBAY

1. The Commissioner will carry out the functions in the first column of the table below, each by
the time given against it in the second column.

Function                                                                   Timescale
(a) Advise the Secretary of State on whether the Council's children's      No later than 31 December
social care functions should be removed from it.                           2022
(b) Provide the Minister with a note on the Council's progress.            Every two months
                                                                           Every three months, the first such
(c) Report to the Secretary of State on the Council's progress against its
                                                                           report being due on 31 January
improvement plan.
                                                                           2023
EOF
cat >"$tmp/w.txt" <<'EOF'
IMPROVEMENT NOTICE TO TORBAY COUNCIL

Dated: 11 March 2024

1. The Council shall give the Improvement Adviser, when requested to do so, such access to its staff and records as she considers necessary.

2. The Council must:

(a) give the Department, when asked, any information it needs to monitor the Council's progress; and

(b) ensure that its Director of Children's Services attends each meeting of the Board.
EOF
cat >"$tmp/p.txt" <<'EOF'
Jo Example MP
Parliamentary Under-Secretary of State for Children and Families
Department for Education
Sanctuary Buildings
20 Great Smith Street
London SW1P 3BT

Councillor Sam Example
Leader of the Council
Torbay Council
Town Hall
Torquay
TQ1 3DR

15 July 2019

Dear Sam,

TORBAY COUNCIL: IMPROVEMENT NOTICE

Mr Alric Sample has been Children's Services Commissioner for Torbay since the direction was issued. I have appointed him as the Council's Improvement Adviser with effect from 1 August 2019.

The Council's Director of Children's Services should send my officials the Council's performance dashboard each month. I also expect the Council's Improvement Board to continue to meet every six weeks.

Mr Sample will provide me with a report on the Council's progress every six months, the first by 31 January 2020.

Yours sincerely,

Jo Example MP
Parliamentary Under-Secretary of State for Children and Families
EOF
cat >"$tmp/h.txt" <<'EOF'
Direction to Torbay Council under section 497A(4B) of the Education Act 1996

Dated: 24 June 2021

1. In place of the monthly reports required by paragraph 5 of the 2020 Direction, the Commissioner shall report to the Secretary of State on the Council's progress every three months, the first report to be made on or before 30 September 2021.

2. The Improvement Adviser will provide the Department with a written report on the Council's progress at the end of each quarter, starting at the end of December 2021.
EOF
cat >"$tmp/n.txt" <<'EOF'
IMPROVEMENT NOTICE TO TORBAY COUNCIL

Dated: 18 August 2021

1. The Council shall send the Department the monthly performance dataset on or before the last working day of each month.

2. The Council shall co-operate with the Improvement Adviser.
EOF
for f in l k m n f w p h; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session26:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of, events
check = checker("session26")
L, K, M, N, F, W, P, H = (load(sys.argv[2] + "/" + f + ".json") for f in "lkmnfwph")
lo = L.get("obligations", [])
check("dcs-letter-three-duties", len(lo) == 3)
check("dcs-letter-you", [got(o) for o in lo[:1]] == [("dcs", "deadline", "2022-04-15", None, None)])
check("heading-not-in-item", [o.get("action", "")[:8] for o in lo[:1]] == ["You will"])
check("named-day-in-brackets", [o.get("due", {}).get("rule") for o in lo[:1]] == ["by"])
check("at-its-meeting-on", [(got(o), o.get("to")) for o in lo[1:2]] ==
      [(("improvement_adviser", "deadline", "2022-04-26", None, None), "improvement_board")])
check("your-team-one-series", [(got(o), o.get("recurrence", {}).get("day"), o.get("to")) for o in lo[2:]] ==
      [(("dcs", "recurring", "2022-03-31", "P1M", "2022-03-31"), "-1WD", "dfe")])
check("judged-since-progress", [(j.get("area"), j.get("grade"), j.get("report_date")) for j in L.get("judgements", [])] ==
      [("overall", "inadequate", "2021-09-10")])
check("chief-executive-letter-you", [o.get("bearer") for o in K.get("obligations", [])][:1] == ["council"])
check("her-report-of", ("commissioner_report", "2022-04-29") in events(M))
check("appointed-from-to", {("appointment", "2022-06-01"), ("term_end", "2023-02-28")} <= events(M))
mo = M.get("obligations", [])
check("series-first-on", [(got(o), o.get("due", {}).get("rule")) for o in mo[:1]] ==
      [(("improvement_adviser", "recurring", "2022-07-15", "P6W", "2022-07-15"), "on")])
check("and-in-the-meantime", [got(o) for o in mo[1:]] ==
      [("dfe", "recurring", None, "P4M", "2022-09-12"), ("dfe", "recurring", None, "P1M", "2022-06-12")])
fo = [o for o in F.get("obligations", []) if o.get("id", "").startswith("annex")]
check("function-table-lead-in-bearer", len(fo) == 3 and all(o.get("bearer") == "commissioner" for o in fo))
check("function-table-deadline", [got(o) for o in of(F, "annex.1.a")] ==
      [("commissioner", "deadline", "2022-12-31", None, None)])
check("function-table-one-series", [got(o) for o in of(F, "annex.1.b")] ==
      [("commissioner", "recurring", None, "P2M", "2022-12-03")])
check("function-table-cell-above-row", [got(o) for o in of(F, "annex.1.c")] ==
      [("commissioner", "recurring", "2023-01-31", "P3M", "2023-01-31")])
check("when-requested", [(o.get("kind"), o.get("condition")) for o in of(W, "1")] ==
      [("conditional", "when requested")])
check("when-asked-item", [(o.get("kind"), o.get("condition")) for o in of(W, "2.a")] ==
      [("conditional", "when asked")])
check("item-kept-up", [o.get("kind") for o in of(W, "2.b")] == ["standing"])
check("appointed-him", [(a.get("person"), a.get("role")) for a in P.get("appointments", [])] ==
      [("Alric Sample", "improvement_adviser")])
po = P.get("obligations", [])
check("council-s-director", [got(o) for o in po[:1]] == [("dcs", "recurring", None, "P1M", "2019-08-15")])
check("council-s-board", [got(o) for o in po[1:2]] == [("improvement_board", "recurring", None, "P6W", "2019-08-26")])
check("named-surname-after-him", [got(o) for o in po[2:]] ==
      [("improvement_adviser", "recurring", "2020-01-31", "P6M", "2020-01-31")])
check("in-place-of", [got(o) for o in of(H, "1")] == [("commissioner", "recurring", "2021-09-30", "P3M", "2021-09-30")])
check("starting-at-the-end-of", [(got(o), o.get("recurrence", {}).get("anchor")) for o in of(H, "2")] ==
      [(("improvement_adviser", "recurring", None, "P3M", "2021-12-31"), "quarter_end")])
check("notice-one-series", [(got(o), o.get("recurrence", {}).get("day")) for o in of(N, "1")] ==
      [(("council", "recurring", "2021-08-31", "P1M", "2021-08-31"), "-1WD")])
PY
exit 0
