#!/bin/bash
# 60-read-session21-words.sh: wordings the reader learnt in session 21, on short
# documents written here.  The expected values were worked out by hand from their words:
#   - the variation dated Monday 12 April 2021: "Mr Tom Reed's appointment as
#     Commissioner ended on 31 January 2021" a term_end that day (a predecessor's, in
#     the past: it stays); "The Commissioner's appointment runs until 30 June 2021" the
#     term as it stood, which 2(a) "the Commissioner's appointment is extended until 31
#     December 2021" replaces: no term_end on 30 June, one on 31 December; 2(b) "a
#     progress report to the Minister for Children at the end of each quarter, the first
#     at the end of September 2021" the Commissioner's quarterly series whose first falls
#     on 30 September 2021, and no deadline ("at the end of" places the first; it is no
#     "by"); 2(c) "every three months, the first by 31 October 2021" the Council's
#     quarterly series, the first due by 31 October 2021 (a deadline as well).
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996: VARIATION

This Direction is given by the Secretary of State for Education to Sample Borough Council ("the Council") on 12 April 2021. It varies the direction given to the Council on 3 February 2020 ("the Original Direction").

1. Mr Tom Reed's appointment as Commissioner ended on 31 January 2021. On 1 February 2021 the Secretary of State appointed Ms Ada Stone as Children's Services Commissioner for Sample ("the Commissioner"). The Commissioner's appointment runs until 30 June 2021 (paragraph 1 of the Annex to the Original Direction).

2. The Secretary of State directs that the Original Direction is varied as follows:
(a) the Commissioner's appointment is extended until 31 December 2021;
(b) the Commissioner shall send a progress report to the Minister for Children at the end of each quarter, the first at the end of September 2021; and
(c) the Council shall send the Department for Education a report on its agency staffing every three months, the first by 31 October 2021.

Signed by authority of the Secretary of State for Education

Dated 12 April 2021
EOF
for f in a; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session21-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
(A,) = (load(sys.argv[2] + "/" + f + ".json") for f in "a")
check = checker("session21-words")
ev_a = events(A)
check("predecessor-term-ended-on", ("term_end", "2021-01-31") in ev_a)
check("extension-replaces-the-term-it-ran-to", ("term_end", "2021-06-30") not in ev_a and
      ("term_end", "2021-12-31") in ev_a)
a2b = of(A, "2.b")
check("first-at-the-end-of-month-no-deadline", [got(o) for o in a2b] ==
      [("commissioner", "recurring", None, "P3M", "2021-09-30")] and a2b[0].get("to") == "minister")
check("first-by-a-day-is-a-deadline", [got(o) for o in of(A, "2.c")] ==
      [("council", "recurring", "2021-10-31", "P3M", "2021-10-31")])
PY
exit 0
