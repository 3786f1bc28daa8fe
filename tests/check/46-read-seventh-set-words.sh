#!/bin/bash
# 46-read-seventh-set-words.sh: wordings of the seventh unseen set (session 11), on a
# short direction written here.  The expected values were worked out by hand from its
# words:
#   - recitals "(A)", "(B)" under "WHEREAS—", then "NOW, THEREFORE, ... directs as
#     follows:" (with commas) and paragraphs "(1)" to "(4)": the paragraphs are clauses
#     "1" to "4" of the operative part, not children of recital (B);
#   - "(2) The Council shall co-operate with the Commissioner, including by giving her—"
#     over "(a) access at all reasonable times ..." and "(b) such office space ... as she
#     may reasonably require": one standing duty of the council, clause 2 (the items are
#     what it gives, not duties);
#   - "(3) The Council shall— (a) provide the Commissioner with performance data— (i)
#     fortnightly, for its referral services; and (ii) monthly, for all other services":
#     two series, 3.a.i every two weeks (P2W) and 3.a.ii every month (P1M), each the
#     council's, each the act of the lead-in ("provide the Commissioner with performance
#     data") at its own pace;
#   - annex "(2) If at any time the Commissioner considers that the Council's progress is
#     insufficient, she shall report that to the Secretary of State without delay": the
#     Commissioner's duty ("she" is the Commissioner the condition names), conditional.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996 TO EXAMPLESHIRE COUNTY COUNCIL

WHEREAS—

(A) On 14 June 2018 the Secretary of State for Education ("the Secretary of State") gave a direction to Exampleshire County Council ("the Council") ("the first direction").

(B) The Secretary of State has extended the Commissioner's appointment until 31 January 2020.

NOW, THEREFORE, the Secretary of State, in exercise of the powers conferred by section 497A(4B) of the Education Act 1996, directs as follows:

(1) The Council shall comply with any instructions of the Commissioner in relation to the improvement of its children's social care functions.

(2) The Council shall co-operate with the Commissioner, including by giving her—
 (a) access at all reasonable times to any premises, document or employee of the Council; and
 (b) such office space and information as she may reasonably require.

(3) The Council shall—
 (a) provide the Commissioner with performance data—
  (i) fortnightly, for its referral services; and
  (ii) monthly, for all other services.

(4) The first direction is revoked.

Signed by authority of the Secretary of State for Education

Ann Official
A Senior Civil Servant in the Department for Education

Dated 31 January 2019

ANNEX

(1) The Commissioner shall meet the Leader of the Council monthly.

(2) If at any time the Commissioner considers that the Council's progress is insufficient, she shall report that to the Secretary of State without delay.
EOF
"$OVERSIGHT" read "$tmp/d.txt" >"$tmp/d.json" 2>"$tmp/err" ||
	echo "FAIL seventh-set-words:read: exit $?: $(cat "$tmp/err")"
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D = load(sys.argv[2])
check = checker("seventh-set-words")
top = [c.get("id") for c in D.get("clauses", [])]
check("now-comma-therefore-opens-the-operative-part", top == ["a", "b", "1", "2", "3", "4", "annex.1", "annex.2"])
check("objects-listed-are-one-duty", [(o.get("clause"), o.get("bearer"), o.get("kind")) for o in of(D, "2") + of(D, "2.a") + of(D, "2.b")] == [("2", "council", "standing")])
paced = [(o.get("clause"), o.get("bearer"), o.get("recurrence", {}).get("every"), o.get("action", "").startswith("provide the Commissioner with performance data")) for o in of(D, "3.a.i") + of(D, "3.a.ii")]
check("items-that-open-with-a-pace", paced == [("3.a.i", "council", "P2W", True), ("3.a.ii", "council", "P1M", True)])
check("she-is-whom-the-condition-names", (one(D, "annex.2").get("bearer"), one(D, "annex.2").get("kind")) == ("commissioner", "conditional"))
PY
exit 0
