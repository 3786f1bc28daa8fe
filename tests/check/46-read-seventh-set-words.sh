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
#     Commissioner's duty ("she" is the Commissioner the condition names), conditional;
#   - a letter of Tuesday 14 November 2017: "Ofsted's monitoring visit in September found
#     ..." is a monitoring visit in September 2017; "Ms X's term as Commissioner ended at
#     the end of October" ends a term on 31 October 2017 (the last October up to the
#     letter); "he took up the role on 1 November" is an appointment on 1 November 2017;
#     "His appointment will run until the end of June" ends a term on 30 June 2018 (the
#     first June after the letter); each reading of a month without its year is warned of;
#   - an official's letter of 24 November 2022: "Ofsted inspected the Council's children's
#     services between 12 and 23 September 2022 and published its report on 4 November
#     2022. It judged the overall effectiveness ... to be 'good'": the report of 4 November
#     2022, and the grade's report date is it (not the inspection's first day); "The
#     Minister has considered the 2022 report ... and has agreed that the Council no longer
#     needs ... formal intervention": the letter's decision, 24 November 2022.
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
cat >"$tmp/l.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families

Councillor Alex Sample
Leader
Exampleshire County Council

14 November 2017

Dear Councillor Sample,

Ofsted's monitoring visit in September found early signs of progress at the front door.

Ms Imogen Example's term as Commissioner ended at the end of October. In October I asked Mr Rowan Sample to act as Improvement Adviser to the Council, and he took up the role on 1 November. His appointment will run until the end of June.

Yours sincerely,

Jane Example MP
Minister of State for Children and Families
EOF
cat >"$tmp/o.txt" <<'EOF'
Department for Education
Director, Children's Services Intervention

Ms Pat Sample
Chief Executive
Exampleshire County Council

24 November 2022

Dear Ms Sample,

Ofsted inspected the Council's children's services between 12 and 23 September 2022 and published its report on 4 November 2022. It judged the overall effectiveness of the Council's services to be 'good'.

The Minister has considered the 2022 report and has agreed that the Council no longer needs the support and challenge of formal intervention.

Yours sincerely,

Ann Official
Director, Children's Services Intervention
EOF
for f in d l o; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL seventh-set-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" "$tmp/l.json" "$tmp/o.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, L, O = (load(a) for a in sys.argv[2:5])


def events(rec, kind):
    return sorted(e.get("date") for e in rec.get("events", []) if e.get("kind") == kind)


def warned(rec, words):
    return any(words in w.get("message", "") for w in rec.get("warnings", []))


check = checker("seventh-set-words")
top = [c.get("id") for c in D.get("clauses", [])]
check("now-comma-therefore-opens-the-operative-part", top == ["a", "b", "1", "2", "3", "4", "annex.1", "annex.2"])
check("objects-listed-are-one-duty", [(o.get("clause"), o.get("bearer"), o.get("kind")) for o in of(D, "2") + of(D, "2.a") + of(D, "2.b")] == [("2", "council", "standing")])
paced = [(o.get("clause"), o.get("bearer"), o.get("recurrence", {}).get("every"), o.get("action", "").startswith("provide the Commissioner with performance data")) for o in of(D, "3.a.i") + of(D, "3.a.ii")]
check("items-that-open-with-a-pace", paced == [("3.a.i", "council", "P2W", True), ("3.a.ii", "council", "P1M", True)])
check("she-is-whom-the-condition-names", (one(D, "annex.2").get("bearer"), one(D, "annex.2").get("kind")) == ("commissioner", "conditional"))
check("monitoring-visit-in-a-month", events(L, "monitoring_visit") == ["2017-09-01"])
check("term-ended-at-the-end-of", "2017-10-31" in events(L, "term_end") and warned(L, "'the end of October' has no year"))
check("took-up-the-role-on-a-day", events(L, "appointment") == ["2017-11-01"] and warned(L, "'on 1 November' has no year"))
check("will-run-until-the-end-of", "2018-06-30" in events(L, "term_end") and warned(L, "'the end of June' has no year"))
check("published-its-report-on", events(O, "ofsted_report") == ["2022-11-04"])
check("grade-dated-by-the-report", [(j.get("area"), j.get("grade"), j.get("report_date")) for j in O.get("judgements", [])] == [("overall", "good", "2022-11-04")])
check("the-minister-has-agreed-that", events(O, "decision") == ["2022-11-24"])
PY
exit 0
