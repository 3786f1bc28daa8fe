#!/bin/bash
# 74-read-session25-fresh27.sh: what the twenty-seventh unseen set taught in session 25,
# on a document written here.  The expected values were worked out by hand from its words:
#   - v, a variation direction dated Wednesday 18 August 2021 whose recital says
#     "Paragraph 6 of the 2020 Direction required the Council to submit to the Secretary of
#     State, by 31 August 2021, a delivery plan" and "Paragraph 9 of the 2020 Direction
#     provided that the Commissioner's appointment would end on 31 October 2021":
#     "5. The period within which the Council must submit the delivery plan under
#     paragraph 6 of the 2020 Direction is extended by a further three months." is due by
#     30 November 2021 (31 August + 3 months: no 31 November, the month's last day);
#     "6. The Commissioner's appointment is extended until 31 January 2022." leaves one
#     term end, 31 January 2022 (the 2020 Direction's 31 October is no more);
#     "7. ... caseload data on the Friday of each week" weekly, the first Friday after the
#     direction, 20 August 2021; "8. ... every Tuesday" weekly, the first 24 August 2021;
#     "9. ... before the start of the next financial year" by 31 March 2022 with no
#     warning; "10. The Council shall co-operate with the Commissioner, and shall give him
#     such information as he may reasonably require within five working days of a
#     request." one standing duty and one conditional, not the first twice; "11. The
#     Council shall present the plan to its Cabinet at the first meeting of the Cabinet
#     after the plan is submitted." a one-off act (event).
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/v.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996 VARYING THE DIRECTION GIVEN ON 14 OCTOBER 2020

1. On 14 October 2020 the Secretary of State for Education ("the Secretary of State") gave a direction to Rutland County Council ("the Council") ("the 2020 Direction") and appointed Ms Jo Example as Children's Services Commissioner for Rutland ("the Commissioner").

2. Paragraph 6 of the 2020 Direction required the Council to submit to the Secretary of State, by 31 August 2021, a delivery plan. Paragraph 9 of the 2020 Direction provided that the Commissioner's appointment would end on 31 October 2021.

3. The Secretary of State directs as follows.

5. The period within which the Council must submit the delivery plan under paragraph 6 of the 2020 Direction is extended by a further three months.

6. The Commissioner's appointment is extended until 31 January 2022.

7. The Council shall provide the Commissioner with its caseload data on the Friday of each week.

8. The Council shall send the Commissioner its agency staffing figures every Tuesday.

9. The Council shall, before the start of the next financial year, bring its out-of-hours service back under its direct management.

10. The Council shall co-operate with the Commissioner, and shall give him such information as he may reasonably require within five working days of a request.

11. The Council shall present the plan to its Cabinet at the first meeting of the Cabinet after the plan is submitted.

Jo Bloggs
Deputy Director, Department for Education

Dated: 18 August 2021
EOF
"$O" read "$tmp/v.txt" >"$tmp/v.json" 2>"$tmp/err" ||
	echo "FAIL session25-fresh27:read-v: exit $?: $(cat "$tmp/err")"
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got, of, events
V = load(sys.argv[2] + "/v.json")
check = checker("session25-fresh27")
check("period-extended-by-further-months", [got(o) for o in of(V, "5")] == [("council", "deadline", "2021-11-30", None, None)])
check("extended-term-replaces-would-end", sorted(d for k, d in events(V) if k == "term_end") == ["2022-01-31"])
check("friday-of-each-week", [got(o) for o in of(V, "7")] == [("council", "recurring", None, "P1W", "2021-08-20")])
check("every-tuesday", [got(o) for o in of(V, "8")] == [("council", "recurring", None, "P1W", "2021-08-24")])
check("before-start-of-next-financial-year", [got(o)[:3] for o in of(V, "9")] == [("council", "deadline", "2022-03-31")] and
      not any("financial" in w.get("message", "") for w in V.get("warnings", [])))
check("co-operate-once", sorted(got(o)[:2] for o in of(V, "10")) == [("council", "conditional"), ("council", "standing")])
check("first-meeting-after-an-event", [got(o)[:2] for o in of(V, "11")] == [("council", "event")])
PY
exit 0
