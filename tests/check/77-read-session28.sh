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
# the form feeds; and p, pt and s end with one as pdftotext leaves it (no newline after)
for f in p pt s; do
	sed -i 's/<FF>/\f/g' "$tmp/$f.txt"
	truncate -s -1 "$tmp/$f.txt"
done
for f in p pt s c; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session28:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of, one
check = checker("session28")
P, PT, S, C = (load(sys.argv[2] + "/" + f + ".json") for f in ("p", "pt", "s", "c"))
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
PY
exit 0
