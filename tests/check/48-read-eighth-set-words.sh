#!/bin/bash
# 48-read-eighth-set-words.sh: wordings of the eighth unseen set (session 12), on a short
# direction written here.  The expected values were worked out by hand from its words:
#   - its title names the council only in the middle ("... ACT 1996 TO EXAMPLE CITY COUNCIL
#     IN RELATION TO ..."); recital 1 defines it: 'Example City Council ("the Council")'
#     is the council;
#   - "Dated this the 3rd day of March 2016" at the foot is the direction's date, though a
#     recital cites "a service agreement ... dated 30th September 2015" before it;
#   - "judged each of the three key judgements (children who need help and protection;
#     children looked after and achieving permanence; and leadership, management and
#     governance) to be 'inadequate'": the semicolons inside the brackets end no sentence,
#     so all three areas are 'inadequate', beside the overall grade, each of the report
#     published on 18 December 2015;
#   - "ANNEX: TERMS OF REFERENCE FOR THE CHILDREN'S SERVICES COMMISSIONER FOR EXAMPLE CITY
#     COUNCIL" (86 bytes) heads the annex: its paragraph 1 is clause annex.1, the
#     Commissioner's deadline of 30 June 2016;
#   - "4. The Council shall establish, by 5 January 2017, an Improvement Board chaired by
#     the Commissioner, which shall meet every four weeks": the Council's deadline of 5
#     January 2017 (the chair is no agent of it), the Commissioner's standing duty to chair,
#     and the Board's meetings every four weeks, the first on 31 March 2016 (3 March + 28
#     days).
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996 TO EXAMPLE CITY COUNCIL IN RELATION TO CHILDREN'S SOCIAL CARE SERVICES DELIVERED BY EXAMPLE CHILDREN'S SERVICES COMPANY LIMITED

WHEREAS:

1. Ofsted inspected the children's services of Example City Council ("the Council") between 12th October and 5th November 2015. In its report published on 18th December 2015, Ofsted judged the overall effectiveness of the Council's children's services to be 'inadequate', and judged each of the three key judgements (children who need help and protection; children looked after and achieving permanence; and leadership, management and governance) to be 'inadequate'.

2. The Council's functions are carried out by Example Children's Services Company Limited ("the Company") under a service agreement between the Council and the Company dated 30th September 2015.

NOW THEREFORE the Secretary of State directs the Council as follows:

3. The Council shall co-operate with the Commissioner.

4. The Council shall establish, by 5 January 2017, an Improvement Board chaired by the Commissioner, which shall meet every four weeks.

Dated this the 3rd day of March 2016

ANNEX: TERMS OF REFERENCE FOR THE CHILDREN'S SERVICES COMMISSIONER FOR EXAMPLE CITY COUNCIL

1. The Commissioner shall report to the Secretary of State by 30 June 2016.
EOF
"$OVERSIGHT" read "$tmp/d.txt" >"$tmp/d.json" 2>"$tmp/err" ||
	echo "FAIL eighth-set-words:read: exit $?: $(cat "$tmp/err")"
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D = load(sys.argv[2])
check = checker("eighth-set-words")
check("council-defined-as-the-council", D.get("council", {}).get("name") == "Example City Council")
check("dated-this-the-nth-day-of", D.get("date", {}).get("value") == "2016-03-03")
grades = sorted((j.get("area"), j.get("grade"), j.get("report_date")) for j in D.get("judgements", []))
check("semicolons-in-brackets-end-no-sentence", grades == sorted((a, "inadequate", "2015-12-18") for a in ("overall", "help_and_protection", "looked_after", "leadership")))
a1 = one(D, "annex.1")
c4 = sorted((o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), o.get("recurrence", {}).get("every"), o.get("recurrence", {}).get("first") or o.get("recurrence", {}).get("next")) for o in of(D, "4"))
check("a-board-chaired-by-is-no-agent", c4 == sorted([("council", "deadline", "2017-01-05", None, None), ("commissioner", "standing", None, None, None), ("improvement_board", "recurring", None, "P4W", "2016-03-31")], key=str))
check("long-annex-heading", a1.get("bearer") == "commissioner" and a1.get("kind") == "deadline" and a1.get("due", {}).get("date") == "2016-06-30")
PY
exit 0
