#!/bin/bash
# 45-read-chronology.sh: a letter that sets out the intervention as a list of dated steps,
# then ends the direction (a wording of the fifth unseen set, session 11).  Written here:
# one letter of Tuesday 12 September 2023.  The expected values were worked out by hand
# from its words:
#   - "•  19 February 2021 – Ofsted's inspection report judged ...": an ofsted_report of 19
#     February 2021;
#   - "•  30 March 2021 – the Secretary of State issued a statutory direction to the Council
#     and appointed Mr X as Children's Services Commissioner": a direction issued and an
#     appointment, both 30 March 2021;
#   - "•  14–15 December 2021 – Ofsted's first monitoring visit" (an en dash between the
#     days): a monitoring visit from 14 to 15 December 2021; "•  6-7 July 2022 – Ofsted's
#     second monitoring visit" (a hyphen): 6 to 7 July 2022;
#   - "•  5–16 June 2023 – Ofsted's full inspection of children's services": an inspection
#     from 5 to 16 June 2023;
#   - "I have therefore decided to end the statutory direction issued on 30 March 2021.
#     This letter revokes that direction with effect from 1 October 2023.": the writer's
#     decision, dated with the letter (12 September 2023), and one revocation, of the
#     direction of 30 March 2021 (the one the sentence before names), with no warning that
#     the revoked instrument has no date.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/l.txt" <<'EOF'
Minister for Children, Families and Wellbeing
Jane Example MP

Councillor Alex Sample
Leader of the Council
Exampleshire County Council

12 September 2023

Dear Councillor Sample,

For the record, the main steps in the intervention have been:

   •  19 February 2021 – Ofsted's inspection report judged the Council's children's services to be inadequate overall;
   •  30 March 2021 – the Secretary of State issued a statutory direction to the Council and appointed Mr Lucian Example as Children's Services Commissioner;
   •  14–15 December 2021 – Ofsted's first monitoring visit;
   •  6-7 July 2022 – Ofsted's second monitoring visit;
   •  5–16 June 2023 – Ofsted's full inspection of children's services.

I have therefore decided to end the statutory direction issued on 30 March 2021. This letter revokes that direction with effect from 1 October 2023.

Yours sincerely,

Jane Example MP
Minister for Children, Families and Wellbeing
EOF
"$OVERSIGHT" read "$tmp/l.txt" >"$tmp/l.json" 2>"$tmp/err" ||
	echo "FAIL chronology:read: exit $?: $(cat "$tmp/err")"
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/l.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker
L = load(sys.argv[2])
check = checker("chronology")


def events(kind):
    return [(e.get("date"), e.get("end_date")) for e in L.get("events", []) if e.get("kind") == kind]


check("report-item", events("ofsted_report") == [("2021-02-19", None)])
check("direction-and-appointment-item", events("direction_issued") == [("2021-03-30", None)] and events("appointment") == [("2021-03-30", None)])
check("visits-with-en-dash-and-hyphen", events("monitoring_visit") == [("2021-12-14", "2021-12-15"), ("2022-07-06", "2022-07-07")])
check("inspection-item", events("ofsted_inspection") == [("2023-06-05", "2023-06-16")])
check("therefore-decided", events("decision") == [("2023-09-12", None)])
check("that-direction-dated-by-the-sentence-before", [r.get("date") for r in L.get("revokes", [])] == ["2021-03-30"])
check("no-undated-revocation-warning", not any("without a date" in w.get("message", "") for w in L.get("warnings", [])))
PY
exit 0
