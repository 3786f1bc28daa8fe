#!/bin/bash
# 77-read-session28.sh: what session 28 taught the reader, on documents written here.
# p, pt and s are what poppler's `pdftotext -layout` printed from PDFs that LibreOffice
# made of web pages written for this check (a form feed is written <FF> below); the
# expected values were worked out by hand from their words:
#   - p, an improvement notice of Monday 9 June 2025 whose actions are a table "Theme /
#     Action required / Timescale" with its cells centred in their rows (each row's
#     number and theme, "1. Leadership", printed on a line between the action's lines; a
#     blank line or two between rows; "2. Front door the Council's ..." where the theme's
#     cell is full; "3." alone above its action, "Performance" below it; "performance
#     report. Monthly" where the action's cell is full).  Each row is the Council's duty
#     (the table's actions are required of it), with the row's time: annex.1 "Within 3
#     months of the date of this notice": 9 September 2025; annex.2 "By 30 September
#     2025"; annex.3 "Monthly": every month from the notice's date, the first 9 July
#     2025; annex.4 "By the end of December 2025": 2025-12-31.  The row's action is its
#     own words, not the theme's ("Send the Improvement Adviser ...").
#   - pt, the same table for Doncaster, Monday 16 June 2025, with a "Lead" column and
#     the header "Area for improvement" wrapped over two lines ("Area for" above the
#     header's line, "improvement" below): annex.1's lead "Chief Executive" is the
#     Council's officer (the Council's duty), due 16 September 2025; annex.2 to annex.4
#     are the Director of Children's Services' (the lead's cell "Director of /
#     Children's / Services" over three lines, for annex.3 its first line above the
#     action's), due 2025-09-30, monthly from 16 June 2025 (first 16 July 2025), and
#     2025-12-31.
#   - s, a notice of Monday 3 March 2025 signed off before its annex with its name,
#     role and "Department for Education" a blank line apart (as -layout prints three
#     paragraphs): the signatory is Rosalind Quennell, "Deputy Director, Children's
#     Social Care Improvement", and the notice is not taken as cut off.  1: "within 6
#     weeks of the date of this notice": Monday 14 April 2025.
#   - c, a notice of 7 April 2025 that breaks off part way through paragraph 2: the
#     warning that it seems cut off points at the line it breaks off in (from that line's
#     start to the end of the text), not at an empty place after it.
#   - n, a direction of Thursday 5 September 2024 (through LibreOffice and -layout too)
#     whose Schedule 1 is a table "No. Action / Responsible / By when", its cells centred
#     in their rows, the header's first two words a single space apart, and row 3's
#     number alone on its line as a page's number would be.  annex.1 "Set up a ... Board
#     ("the Board"), which will meet every six weeks" / "Within 15 working days of the
#     date of this Direction": the Council's, due Thursday 26 September 2024 (6, 9-13,
#     16-20, 23-26 September), and the Board's own series every six weeks (the
#     relative's pace; the row's last cell times the row's verb); annex.2 "Not later than
#     the last day of November 2024": 2024-11-30, the Council's, to the Department;
#     annex.3 the Director of Children's Services' (the "Responsible" cell over two
#     lines), to the Board, kept up at each meeting; annex.4 "Department": the
#     Department's six-monthly review, to the Council.
#   - v, a direction of Thursday 2 May 2024: 1 "Within one month of the date of this
#     Direction, the Commissioner will send the Secretary of State a report": the
#     Commissioner's (the subject after the opening time), due 2024-06-02; 2 "By 30
#     June 2024, the Council must publish ...": the Council's, 2024-06-30; 3 "Within 20
#     working days of each visit, the Commissioner will send ... a note": the
#     Commissioner's, counted from each visit (no day dates them): kept up, no due
#     date; 4 "not later than the last day of September 2024": 2024-09-30; 5.a "within 10
#     working days of the date of this Direction, confirm to the Department the name of
#     the officer who will lead ...": still the Council's (an item's verb after its time,
#     "the officer who will" no subject of it), due Friday 17 May 2024 (3, 7-10, 13-17
#     May: the Early May bank holiday, 6 May, skipped).
#   - x, a direction of Tuesday 14 January 2025 for a children's services trust that takes
#     on the functions on 1 July 2025 ("the implementation date"), under "From the date of
#     this Direction, the Council shall:".  2.a "within 15 working days, send the
#     Department for Education a plan": from the Direction's date, due Tuesday 4 February
#     2025 (15-17, 20-24, 27-31 January, 3-4 February), to the DfE; 2.b "establish a shadow
#     board of the Trust ("the Shadow Board"), which shall meet monthly until the
#     implementation date": the Council's by 14 February 2025, and the shadow board's
#     (a governance board) monthly series until 1 July 2025; 2.c "for the duration of this
#     Direction, give the Shadow Board access to the Council's records": the Council's (the
#     verb after how long), kept up, to the shadow board; 2.d "by the last day of the month
#     after the implementation date": August 2025's last day, 2025-08-31, to the Secretary
#     of State.
#   - d, a direction of Thursday 17 December 2020 that inserts into an earlier one "(g)
#     within 10 working days of 17 December 2020, send the Commissioner its plan": counted
#     from the direction's own date, due Tuesday 5 January 2021 (18, 21-24, 29-31
#     December, 4-5 January: Christmas Day, the Boxing Day substitute on 28 December and
#     New Year's Day skipped); 2 "within one month of 1 March 2021", another day, keeps its
#     anchor unknown (no date).
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/p.txt" <<'EOF'
                                       Improvement Notice

                                  Rotherham Metropolitan Borough Council

                                          Date of issue: 9 June 2025

1. Ofsted inspected the Council's services for children in need of help and protection, children in care
and care leavers between 10 and 21 March 2025. In its report, published on 2 May 2025, Ofsted judged
the overall effectiveness of those services to 'require improvement to be good'.

2. The Council must carry out the actions in the table at Annex A by the times shown in it.

3. This notice will remain in force until it is revoked.

Imelda Fairweather
Deputy Director, Children's Social Care Improvement
Department for Education
<FF>Annex A: Actions

Theme           Action required                                                     Timescale


                Appoint a permanent Director of Children's Services, and tell the   Within 3 months of the
1. Leadership
                Department the name of the person appointed.                        date of this notice


                Review the thresholds of the multi-agency safeguarding hub with
                                                                                    By 30 September
2. Front door the Council's partners, and publish the revised threshold
                                                                                    2025
                document on the Council's website.


3.
                Send the Improvement Adviser the Council's performance report. Monthly
Performance


                Reduce the average caseload of the Council's social workers in      By the end of
4. Workforce
                the assessment teams to no more than eighteen children.             December 2025
<FF>
EOF
cat >"$tmp/pt.txt" <<'EOF'
                                       Improvement Notice

                                               Doncaster Council

                                          Date of issue: 16 June 2025

1. Ofsted inspected the Council's services for children in need of help and protection, children in care
and care leavers between 10 and 21 March 2025. In its report, published on 2 May 2025, Ofsted judged
the overall effectiveness of those services to 'require improvement to be good'.

2. The Council must carry out the actions in the table at Annex A by the times shown in it.

3. This notice will remain in force until it is revoked.

Imelda Fairweather
Deputy Director, Children's Social Care Improvement
Department for Education
<FF>Annex A: Actions

Area for
                   Actions                                             Lead           By when
improvement


                   Appoint a permanent Director of Children's                         Within 3 months of
1. Leadership      Services, and tell the Department the name of the Chief Executive the date of this
                   person appointed.                                                  notice


                   Review the thresholds of the multi-agency
                                                                       Director of
                   safeguarding hub with the Council's partners, and                  By 30 September
2. Front door                                                          Children's
                   publish the revised threshold document on the                      2025
                                                                       Services
                   Council's website.


                                                                       Director of
                   Send the Improvement Adviser the Council's
3. Performance                                                         Children's     Monthly
                   performance report.
                                                                       Services


                   Reduce the average caseload of the Council's        Director of
                                                                                      By the end of
4. Workforce       social workers in the assessment teams to no        Children's
                                                                                      December 2025
                   more than eighteen children.                        Services
<FF>
EOF
cat >"$tmp/s.txt" <<'EOF'
                                       Improvement Notice

                                             Sheffield City Council

                                          Date of issue: 3 March 2025

1. The Council must send the Department a revised improvement plan within 6 weeks of the date of this
notice.

2. The Department will review the Council's progress every six months.

3. This notice will remain in force until it is revoked.



Rosalind Quennell

Deputy Director, Children's Social Care Improvement

Department for Education
<FF>Annex: Terms of reference of the Improvement Board

1. The Board will meet every two months.
<FF>
EOF
cat >"$tmp/c.txt" <<'EOF'
IMPROVEMENT NOTICE

Leicester City Council

Date of issue: 7 April 2025

1. The Council must send the Department an improvement plan within 8 weeks of the date of this notice.

2. The Council must send the Department a report on its progress every
EOF
cat >"$tmp/n.txt" <<'EOF'
       Direction to Bromley Council under section 497A(4B) of the
                          Education Act 1996

1. The Secretary of State for Education directs Bromley Council ("the Council") to take the actions in
Schedule 1 by the times given in its "By when" column.

Signed on behalf of the Secretary of State for Education

Ottoline Brackenbury
Deputy Director
Department for Education

Dated: 5 September 2024
<FF>Schedule 1: Actions

No. Action                                            Responsible         By when


    Set up a Children's Services Improvement Board                        Within 15 working days of
1                                                   Council
    ("the Board"), which will meet every six weeks.                       the date of this Direction


    Send the Department for Education a revised                           Not later than the last day
2                                                  Council
    improvement plan agreed with the Commissioner.                        of November 2024


    Report to the Board on the timeliness of child    Director of         At each meeting of the
3
    protection visits.                                Children's Services Board


    Hold a review of the Council's progress against
4   this Direction with the Council and the           Department          Every six months
    Commissioner.
<FF>
EOF
cat >"$tmp/v.txt" <<'EOF'
DIRECTION TO THE LONDON BOROUGH OF HACKNEY UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

1. Within one month of the date of this Direction, the Commissioner will send the Secretary of State a report on the Council's capacity to improve.

2. By 30 June 2024, the Council must publish its revised improvement plan.

3. Within 20 working days of each visit, the Commissioner will send the Secretary of State a note of his findings.

4. The Council must complete an audit of its front door not later than the last day of September 2024.

5. The Council must:

(a) within 10 working days of the date of this Direction, confirm to the Department the name of the officer who will lead its improvement programme; and

(b) co-operate with the Commissioner.

Signed on behalf of the Secretary of State for Education

Peregrine Alderney
Deputy Director

Dated: 2 May 2024
EOF
cat >"$tmp/x.txt" <<'EOF'
DIRECTION TO NORTH LINCOLNSHIRE COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

1. The Secretary of State has decided that the Council's children's social care functions will be delivered by a children's services trust ("the Trust"), which is to take on those functions on 1 July 2025 ("the implementation date").

2. From the date of this Direction, the Council shall:

(a) within 15 working days, send the Department for Education a plan for the transfer;

(b) within one month of the date of this Direction, establish a shadow board of the Trust ("the Shadow Board"), which shall meet monthly until the implementation date;

(c) for the duration of this Direction, give the Shadow Board access to the Council's records; and

(d) send the Secretary of State, by the last day of the month after the implementation date, a report confirming that the transfer is complete.

Signed on behalf of the Secretary of State for Education

Isadora Penhallow
Deputy Director

Dated: 14 January 2025
EOF
cat >"$tmp/d.txt" <<'EOF'
DIRECTION VARYING THE DIRECTION GIVEN TO DONCASTER COUNCIL ON 9 JULY 2020

1. After paragraph 6(f) of the July Direction insert: "(g) within 10 working days of 17 December 2020, send the Commissioner its plan for keeping up visits to children over the winter;".

2. The Council must send the Commissioner a report within one month of 1 March 2021.

Signed on behalf of the Secretary of State for Education

Barnaby Quillfeather
Deputy Director

Dated: 17 December 2020
EOF
# the form feeds; and p, pt and s end with one as pdftotext leaves it (no newline after)
for f in p pt s n; do
	sed -i 's/<FF>/\f/g' "$tmp/$f.txt"
	truncate -s -1 "$tmp/$f.txt"
done
for f in p pt s c n v x d; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session28:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of, one
check = checker("session28")
P, PT, S, C, N, V, X, D = (load(sys.argv[2] + "/" + f + ".json")
                           for f in ("p", "pt", "s", "c", "n", "v", "x", "d"))
ctext = open(sys.argv[2] + "/c.txt").read()
check("area-table-rows", [got(one(P, "annex.%d" % k)) for k in range(1, 5)] ==
      [("council", "deadline", "2025-09-09", None, None),
       ("council", "deadline", "2025-09-30", None, None),
       ("council", "recurring", None, "P1M", "2025-07-09"),
       ("council", "deadline", "2025-12-31", None, None)])
check("area-table-action-words", one(P, "annex.3").get("action", "").startswith(
      "Send the Improvement Adviser the Council's performance report"))
check("area-table-full-theme-cell", one(P, "annex.2").get("action", "").startswith(
      "Review the thresholds of the multi-agency safeguarding hub with the Council's partners"))
check("area-table-lead-column", [got(one(PT, "annex.%d" % k)) for k in range(1, 5)] ==
      [("council", "deadline", "2025-09-16", None, None),
       ("dcs", "deadline", "2025-09-30", None, None),
       ("dcs", "recurring", None, "P1M", "2025-07-16"),
       ("dcs", "deadline", "2025-12-31", None, None)])
sig = S.get("signatory", {})
check("spaced-signature", (sig.get("name"), sig.get("role")) ==
      ("Rosalind Quennell", "Deputy Director, Children's Social Care Improvement"))
check("spaced-signature-not-cut-off",
      not any("cut off" in w.get("message", "") for w in S.get("warnings", [])))
check("spaced-signature-duty", got(one(S, "1")) == ("council", "deadline", "2025-04-14", None, None))
cut = [w.get("span") for w in C.get("warnings", []) if "cut off" in w.get("message", "")]
check("cut-off-warning-span", cut == [[ctext.index("2. The Council must send the Department a report"),
                                       len(ctext.encode())]])
check("numbered-table-relative", sorted(got(o) for o in of(N, "annex.1")) ==
      [("council", "deadline", "2024-09-26", None, None),
       ("improvement_board", "recurring", None, "P6W", "2024-10-17")])
check("numbered-table-last-day-of", [(got(o), o.get("to")) for o in of(N, "annex.2")] ==
      [(("council", "deadline", "2024-11-30", None, None), "dfe")])
check("numbered-table-number-alone", [(got(o), o.get("to")) for o in of(N, "annex.3")] ==
      [(("dcs", "standing", None, None, None), "improvement_board")])
check("numbered-table-department", [(got(o), o.get("to")) for o in of(N, "annex.4")] ==
      [(("dfe", "recurring", None, "P6M", "2025-03-05"), "council")])
check("opening-time-then-subject", [(got(o), o.get("to")) for o in of(V, "1")] ==
      [(("commissioner", "deadline", "2024-06-02", None, None), "secretary_of_state")])
check("opening-date-then-subject", [got(o) for o in of(V, "2")] ==
      [("council", "deadline", "2024-06-30", None, None)])
check("within-of-each-visit", [got(o) for o in of(V, "3")] ==
      [("commissioner", "standing", None, None, None)])
check("not-later-than-last-day-of", [got(o) for o in of(V, "4")] ==
      [("council", "deadline", "2024-09-30", None, None)])
check("item-time-then-verb", [(got(o), o.get("to")) for o in of(V, "5.a")] ==
      [(("council", "deadline", "2024-05-17", None, None), "dfe")])
check("opening-within-item", [(got(o), o.get("to")) for o in of(X, "2.a")] ==
      [(("council", "deadline", "2025-02-04", None, None), "dfe")])
check("shadow-board-meets", sorted((got(o), o.get("recurrence", {}).get("until")) for o in of(X, "2.b")) ==
      [(("council", "deadline", "2025-02-14", None, None), None),
       (("governance_board", "recurring", None, "P1M", "2025-02-14"), "2025-07-01")])
check("for-the-duration-item", [(got(o), o.get("to")) for o in of(X, "2.c")] ==
      [(("council", "standing", None, None, None), "governance_board")])
check("last-day-of-month-after-defined-day", [(got(o), o.get("to")) for o in of(X, "2.d")] ==
      [(("council", "deadline", "2025-08-31", None, None), "secretary_of_state")])
check("within-of-own-date", [(got(o), o.get("due", {}).get("anchor")) for o in of(D, "1")] ==
      [(("council", "deadline", "2021-01-05", None, None), "instrument_date")])
check("within-of-other-date", [(got(o), o.get("due", {}).get("anchor")) for o in of(D, "2")] ==
      [(("council", "deadline", None, None, None), "unknown")])
PY
exit 0
