#!/bin/bash
# 47-read-page-footers-and-defined-days.sh: wordings the seventh unseen set taught in
# session 12, on three short instruments written here.  The expected values were worked
# out by hand from their words:
#   - a direction of Tuesday 29 March 2022 as a PDF converter gives it: three pages, each
#     closed by the same footer line ("Department for Education - Children's Social Care
#     Intervention") above "Page N of 3", pages 2 and 3 opened by the same running header.
#     One page break falls inside a judgement sentence ("were also judged to be" ... footer,
#     page number, header ... "'inadequate'."), one inside a duty ("The Board will be
#     chaired by the Commissioner and will" ... "meet at least monthly."): both read on, so
#     help and protection is 'inadequate' (report of 11 March 2022) beside the overall
#     grade, and the Board (not the Council) meets every month; "at sixmonthly intervals"
#     (a hyphen lost) is every six months from the direction, first 29 September 2022;
#   - a notice of Wednesday 9 October 2024: "The Department has appointed Mr X as
#     Improvement Adviser to the Council for twelve months from the date of this Notice"
#     is an appointment on 9 October 2024 and a term ending on 9 October 2025 (the
#     corresponding date); "The Council must continue to hold its Improvement Board ("the
#     Board"), which will be chaired by the Improvement Adviser and will meet at least
#     every six weeks. The Council must report to each meeting of the Board ..." is four
#     duties: the Council holds the Board (standing), the Adviser chairs it (standing), the
#     Board meets every six weeks (first 20 November 2024) and the Council reports to
#     each meeting (standing, the second sentence's own words), and no other;
#   - a direction of 14 December 2016 that defines '1 October 2017 ("the transfer date")':
#     "b. on the transfer date, to transfer to the Trust the staff ..." is the council's
#     deadline on 1 October 2017; "If at any time the Commissioner considers that the
#     Trust will not be ready to deliver those functions on the transfer date, he shall
#     advise the Secretary of State at once." is the Commissioner's conditional duty, no
#     date due; "The Commissioner's appointment ends on the transfer date, unless ..." is
#     no duty but a term ending on 1 October 2017.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' \
	"STATUTORY DIRECTION TO EXAMPLESHIRE COUNTY COUNCIL" \
	"UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996" \
	"" \
	"1. Ofsted's report on the children's services of Exampleshire County Council (\"the" \
	"Council\"), published on 11 March 2022, judged them to be 'inadequate' overall. The" \
	"experiences and progress of children who need help and protection were also judged to be" \
	"" \
	"Department for Education - Children's Social Care Intervention" \
	"Page 1 of 3" \
	$'\fStatutory Direction - Exampleshire County Council' \
	"'inadequate'." \
	"" \
	"2. The Secretary of State directs the Council as follows." \
	"" \
	"3. The Council must establish an Improvement Board by 13 May 2022. The Board will be" \
	"chaired by the Commissioner and will" \
	"" \
	"Department for Education - Children's Social Care Intervention" \
	"Page 2 of 3" \
	$'\fStatutory Direction - Exampleshire County Council' \
	"meet at least monthly." \
	"" \
	"4. The Department for Education will hold performance reviews with the Council at" \
	"sixmonthly intervals from the date of this direction." \
	"" \
	"Dated: 29 March 2022" \
	"" \
	"Department for Education - Children's Social Care Intervention" \
	"Page 3 of 3" >"$tmp/p.txt"
cat >"$tmp/n.txt" <<'EOF'
IMPROVEMENT NOTICE TO EXAMPLESHIRE COUNTY COUNCIL

This Improvement Notice is issued to Exampleshire County Council ("the Council") on 9 October 2024.

1. The Department has appointed Mr Rowan Sample as Improvement Adviser to the Council for twelve months from the date of this Notice.

2. The Council must continue to hold its Improvement Board ("the Board"), which will be chaired by the Improvement Adviser and will meet at least every six weeks. The Council must report to each meeting of the Board on its progress against the improvement plan.

Dated: 9 October 2024
EOF
cat >"$tmp/t.txt" <<'EOF'
DIRECTION TO EXAMPLESHIRE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

1. The Secretary of State directs Exampleshire County Council ("the Council"):
 a. by 30 June 2017, to agree with the Trust a service delivery contract under which the Trust will deliver the Council's children's social care functions from 1 October 2017 ("the transfer date");
 b. on the transfer date, to transfer to the Trust the staff engaged in the delivery of those functions.

2. If at any time the Commissioner considers that the Trust will not be ready to deliver those functions on the transfer date, he shall advise the Secretary of State at once.

3. The Commissioner's appointment ends on the transfer date, unless the Secretary of State extends it.

Dated: 14 December 2016
EOF
for f in p n t; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL footers-and-defined-days:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/p.json" "$tmp/n.json" "$tmp/t.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
P, N, T = (load(a) for a in sys.argv[2:5])


def events(rec, kind):
    return sorted(e.get("date") for e in rec.get("events", []) if e.get("kind") == kind)


def duties(rec, clause):
    return sorted((o.get("bearer"), o.get("kind"), o.get("recurrence", {}).get("every"),
                   o.get("recurrence", {}).get("first") or o.get("recurrence", {}).get("next"))
                  for o in of(rec, clause))


check = checker("footers-and-defined-days")
grades = sorted((j.get("area"), j.get("grade"), j.get("report_date")) for j in P.get("judgements", []))
check("judgement-across-a-page-footer", grades == [("help_and_protection", "inadequate", "2022-03-11"), ("overall", "inadequate", "2022-03-11")])
check("board-meets-across-a-page-footer", ("improvement_board", "recurring", "P1M", "2022-04-29") in duties(P, "3"))
check("sixmonthly-hyphen-lost", duties(P, "4") == [("dfe", "recurring", "P6M", "2022-09-29")])
check("footers-and-headers-are-not-text", not any("Intervention" in o.get("action", "") or "Statutory Direction -" in o.get("action", "") for o in P.get("obligations", [])))
check("appointed-for-twelve-months-from-the-notice", events(N, "appointment") == ["2024-10-09"] and events(N, "term_end") == ["2025-10-09"])
check("which-will-be-chaired-and-will-meet", duties(N, "2") == sorted([("council", "standing", None, None), ("improvement_adviser", "standing", None, None), ("improvement_board", "recurring", "P6W", "2024-11-20"), ("council", "standing", None, None)], key=str) or sorted(duties(N, "2"), key=str) == sorted([("council", "standing", None, None), ("improvement_adviser", "standing", None, None), ("improvement_board", "recurring", "P6W", "2024-11-20"), ("council", "standing", None, None)], key=str))
check("second-sentence-is-its-own-duty", any(o.get("action", "").startswith("The Council must report to each meeting") for o in of(N, "2")))
b = one(T, "1.b")
check("on-the-defined-day", b.get("bearer") == "council" and b.get("kind") == "deadline" and b.get("due", {}).get("date") == "2017-10-01" and b.get("due", {}).get("rule") == "on")
c2 = one(T, "2")
check("if-at-any-time-long-condition", c2.get("bearer") == "commissioner" and c2.get("kind") == "conditional" and "due" not in c2)
check("appointment-ends-on-the-defined-day", not of(T, "3") and events(T, "term_end") == ["2017-10-01"])
PY
exit 0
