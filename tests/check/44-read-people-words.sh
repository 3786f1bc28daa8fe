#!/bin/bash
# 44-read-people-words.sh: who is appointed, and who the parties are, in wordings the sixth
# unseen set taught (session 11).  Written here: a notice, a direction and a letter.  The
# expected values were worked out by hand from their words:
#   - the notice of Thursday 26 May 2022: "Mr Desmond Example, who was appointed as
#     Children's Services Commissioner for Exampleshire on 1 April 2019, has agreed to act
#     as the Council's Improvement Adviser from the date of this Notice until 31 March
#     2023" records an appointment on 1 April 2019 (as Commissioner), Desmond Example as
#     improvement_adviser, and the end of that term, 31 March 2023; the board "chaired by
#     the Improvement Adviser" is chaired by him;
#   - the direction of 21 June 2018: "to issue a statutory direction on 28 November 2017
#     ("the first direction") and to appoint Mr Crispin Sample CBE as Children's Services
#     Commissioner" is a direction issued and an appointment, both on 28 November 2017;
#     "has re-appointed Mr Sample as the Commissioner" is the same person: one commissioner,
#     Crispin Sample, CBE; "Otherside and Elsewhere Council ("the Partner Council")" is the
#     partner council, whose name has no "City" or "County";
#   - the letter of 17 October 2019: "supported by an Improvement Adviser and by
#     Hertfordshire County Council as a Partner in Practice": nobody is yet the Improvement
#     Adviser (no such party), and Hertfordshire is a Partner in Practice (pip), not a
#     partner council;
#   - the letter of 5 November 2020: "Ms Octavia Example was appointed as Children's
#     Services Commissioner ... on 11 February 2019" names Octavia Example (the passive's
#     subject, without "was appointed"); "to appoint Dr Ezekiel Sample ... as Improvement
#     Adviser to the Council, for a term of nine months beginning with 1 December 2020":
#     an appointment on 1 December 2020 and a term that, counting 1 December as its first
#     day, ends on 31 August 2021 (1 December 2020 + 9 months = 1 September 2021, less a
#     day), with a warning; "Until her appointment ends, Ms Example will continue to
#     provide me with written reports every two months": the Commissioner's duty (the
#     subject after the clause of time, not the adviser named last before "her").
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/n.txt" <<'EOF'
Improvement Notice: Exampleshire County Council

This Improvement Notice is issued on 26 May 2022 to Exampleshire County Council ("the Council").

Improvement Adviser

4. Mr Desmond Example, who was appointed as Children's Services Commissioner for Exampleshire on 1 April 2019, has agreed to act as the Council's Improvement Adviser from the date of this Notice until 31 March 2023.

5. The Council should continue to hold an Improvement Board, chaired by the Improvement Adviser, which will meet every six weeks.

Signed on behalf of the Secretary of State for Education

A. Official
A Senior Civil Servant in the Department for Education
EOF
cat >"$tmp/d.txt" <<'EOF'
DIRECTION TO EXAMPLESHIRE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

WHEREAS:

1. The Council's failure led the Secretary of State to issue a statutory direction on 28 November 2017 ("the first direction") and to appoint Mr Crispin Sample CBE as Children's Services Commissioner ("the Commissioner").

2. The Secretary of State has re-appointed Mr Sample as the Commissioner for a further term ending on 31 March 2019.

3. The Commissioner recommended a formal partnership with Otherside and Elsewhere Council ("the Partner Council").

NOW THEREFORE:

4. The Secretary of State directs the Council to enter into a formal partnership agreement with the Partner Council by 31 August 2018.

Dated this 21st day of June 2018
EOF
cat >"$tmp/l.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families

Councillor Alex Sample
Leader
Exampleshire County Council

17 October 2019

Dear Councillor Sample,

The Commissioner recommends that children's social care should remain under the Council's control, supported by an Improvement Adviser and by Hertfordshire County Council as a Partner in Practice. I agree with that recommendation.

Yours sincerely,

Jane Example MP
Minister of State for Children and Families
EOF
cat >"$tmp/m.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families

Councillor Alex Sample
Leader
Exampleshire County Council

5 November 2020

Dear Councillor Sample,

Ms Octavia Example was appointed as Children's Services Commissioner for Exampleshire on 11 February 2019.

I have also decided to appoint Dr Ezekiel Sample as Improvement Adviser to the Council, for a term of nine months beginning with 1 December 2020.

Until her appointment ends, Ms Example will continue to provide me with written reports every two months.

Yours sincerely,

Jane Example MP
Minister of State for Children and Families
EOF
for f in n d l m; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL people-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/n.json" "$tmp/d.json" "$tmp/l.json" "$tmp/m.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker
N, D, L, M = (load(a) for a in sys.argv[2:6])
check = checker("people-words")


def events(rec, kind):
    return [e.get("date") for e in rec.get("events", []) if e.get("kind") == kind]


def appointed(rec):
    return sorted((a.get("person"), a.get("role")) for a in rec.get("appointments", []))


def roles(rec):
    return sorted((p.get("role"), p.get("name")) for p in rec.get("parties", []))


check("agreed-to-act-as", ("Desmond Example", "improvement_adviser") in appointed(N))
check("agreed-to-act-chairs", ("Desmond Example", "chair") in appointed(N))
check("who-was-appointed-far-before-the-date", events(N, "appointment") == ["2019-04-01"])
check("act-as-until-ends-the-term", events(N, "term_end") == ["2023-03-31"])
check("and-to-appoint-with-the-direction", events(D, "direction_issued") == ["2017-11-28"] and events(D, "appointment") == ["2017-11-28"])
check("surname-is-the-person-named-in-full", [a for a in appointed(D) if a[1] == "commissioner"] == [("Crispin Sample", "commissioner")])
check("partner-defined-after-its-name", ("partner_council", "Otherside and Elsewhere Council") in roles(D))
check("an-improvement-adviser-is-nobody-yet", [r for r in roles(L) if r[0] == "improvement_adviser"] == [])
check("a-partner-in-practice-council", ("pip", "Partner in Practice") in roles(L) and [r for r in roles(L) if r[0] == "partner_council"] == [])
check("passive-subject-without-its-verb", ("Octavia Example", "commissioner") in appointed(M))
check("term-beginning-with", sorted(events(M, "appointment")) == ["2019-02-11", "2020-12-01"])
check("term-counts-its-first-day", events(M, "term_end") == ["2021-08-31"] and any("nine months beginning with" in w.get("message", "") for w in M.get("warnings", [])))
check("subject-after-a-clause-of-time", [(o.get("bearer"), o.get("recurrence", {}).get("every")) for o in M.get("obligations", []) if "written reports" in o.get("action", "")] == [("commissioner", "P2M")])
PY
exit 0
