#!/bin/bash
# 43-read-recounted-months.sh: a letter recounts what has happened in months it names
# without a year ("In November, the Secretary of State issued ...", "... submitted her
# report ... in April").  Written here: two short letters.  The expected values were worked
# out by hand from their words and dates:
#   - the letter of Friday 30 June 2017: "In November, the Secretary of State issued
#     Exampleshire County Council with a statutory direction" tells of the past: the last
#     November before 30 June 2017 is November 2016 (a month: 1-30 November 2016); "the
#     Commissioner submitted her report ... in April": April 2017; "In June, Ofsted carried
#     out a monitoring visit" (the letter's own month): June 2017; each with a warning that
#     names the words; "Ofsted will inspect the Council's services in March" tells of the
#     future (no event); "in May 2017" has its year (the direction then is the one of May
#     2017, no warning of a missing year for it);
#   - the letter of 15 January 2020: "In November 2019, the Secretary of State issued the
#     Council with a further statutory direction" (a year given, the sentence opening with
#     it) is a direction of November 2019; "in December, the Commissioner presented her
#     report to the Secretary of State" is December 2019, the last December before 15
#     January 2020.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families

Councillor Alex Sample
Leader
Exampleshire County Council

30 June 2017

EXAMPLESHIRE COUNTY COUNCIL: CHILDREN'S SOCIAL CARE INTERVENTION

In November, the Secretary of State issued Exampleshire County Council with a statutory direction under section 497A(4B) of the Education Act 1996.

As you are aware, following a four month review the Commissioner submitted her report and recommendations to the Secretary of State in April.

In June, Ofsted carried out a monitoring visit to the Council's children's services.

Ofsted will inspect the Council's services in March and I will consider its findings.

Yours sincerely,

Jane Example MP
Minister of State for Children and Families
EOF
cat >"$tmp/b.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families

Councillor Alex Sample
Leader
Exampleshire County Council

15 January 2020

Dear Councillor Sample,

In November 2019, the Secretary of State issued the Council with a further statutory direction.

As you know, in December, the Commissioner presented her report to the Secretary of State.

Yours sincerely,

Jane Example MP
Minister of State for Children and Families
EOF
for f in a b; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL recounted-months:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/a.json" "$tmp/b.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker
A, B = (load(a) for a in sys.argv[2:4])
check = checker("recounted-months")


def events(rec, kind):
    return [(e.get("date"), e.get("end_date"), e.get("precision")) for e in rec.get("events", [])
            if e.get("kind") == kind]


def warned(rec, words):
    return any(words in w.get("message", "") for w in rec.get("warnings", []))


check("in-november-is-the-last-november", events(A, "direction_issued") == [("2016-11-01", "2016-11-30", "month")])
check("in-april-report-submitted", events(A, "commissioner_report") == [("2017-04-01", "2017-04-30", "month")])
check("the-letters-own-month", [e[0] for e in events(A, "monitoring_visit")] == ["2017-06-01"])
check("a-future-month-is-no-event", [e for e in A.get("events", []) if e.get("date", "").startswith("2017-03") or e.get("date", "").startswith("2018-03")] == [])
check("each-recounted-month-warned", warned(A, "'In November' has no year") and warned(A, "'in April' has no year") and warned(A, "'In June' has no year"))
check("a-month-with-its-year-opens-the-sentence", events(B, "direction_issued") == [("2019-11-01", "2019-11-30", "month")])
check("december-before-january", events(B, "commissioner_report") == [("2019-12-01", "2019-12-31", "month")])
check("no-warning-for-a-month-with-its-year", not warned(B, "'In November 2019'"))
PY
exit 0
