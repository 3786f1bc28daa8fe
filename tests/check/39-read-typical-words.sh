#!/bin/bash
# 39-read-typical-words.sh: wordings of the sixth unseen set (instruments written like
# typical published ones), on a short direction, a short notice and a short letter
# written here.  The expected values were worked out by hand from their words:
#   - the direction is dated Thursday 25 July 2019.  Its recital "On 6 November 2018,
#     following Ofsted's inspection report published on 12 October 2018, the Secretary of
#     State issued a statutory direction to ... ("the first direction")" dates the first
#     direction 6 November 2018 (its issue, not the report), so "the first direction is
#     therefore revoked" revokes the direction of 6 November 2018;
#   - "has extended the Commissioner's appointment until 31 July 2020": a term_end of 31
#     July 2020;
#   - "under section 497A(4B) of the 1996 Act", the recital having defined "the 1996 Act"
#     as the Education Act 1996: one legal basis, s497A(4B) of the Education Act 1996;
#   - 3.a "within three calendar months of the date of this direction" (25 October 2019),
#     its next sentence "The agreement will be for an initial term of three years or (if
#     earlier) until ..." being no one's duty: one duty;
#   - 3.b "by 31 October 2019, to establish with the Partner Council a Partnership
#     Governance Board, to be chaired by the Commissioner, which shall meet monthly":
#     three duties, the Council's by 31 October 2019, the Commissioner's to chair, the
#     governance board's to meet every month;
#   - 3.c "to notify the Commissioner within two working days if the Director ...
#     resigns": conditional;
#   - 3.d "within three", a blank line, "months of the date of this direction": one
#     item, due 25 October 2019;
#   - the notice of 8 June 2016: "In its report published on 25 May 2016, Ofsted judged
#     the overall effectiveness ... to "require improvement to be good". The services for
#     children who need help and protection were judged "inadequate"": overall
#     requires_improvement and help_and_protection inadequate, nothing else; clauses 1-3
#     (the findings; "The Notice sets out the actions ..."; "... the Council should take
#     the following actions.") and 6 ("... will consider whether ...") are no duties;
#     "In particular, the Council should:" lists 4.a (by 31 August 2016) and 4.b (every
#     month); 5 "should advise the Minister at once if she considers ..." is the
#     Improvement Adviser's, conditional: three duties in all;
#   - the letter of 17 October 2019: "Ms Jo Example submitted her report to the
#     Secretary of State on 9 September 2019", Ms Example having been appointed
#     Commissioner, is a commissioner_report of 9 September 2019; "Ms Example's
#     appointment as Commissioner has been extended to 31 March 2020" a term_end.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/r.txt" <<'EOF'
DIRECTION TO EXAMPLESHIRE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

WHEREAS:

1. On 6 November 2018, following Ofsted's inspection report published on 12 October 2018, the Secretary of State for Education ("the Secretary of State") issued a statutory direction to Exampleshire County Council ("the Council") ("the first direction").

2. The Secretary of State is satisfied that the Council is failing to perform to an adequate standard some or all of the functions to which section 497A of the Education Act 1996 ("the 1996 Act") is applied, and that Otherside Council ("the Partner Council") should support it.

3. The Secretary of State has extended the Commissioner's appointment until 31 July 2020.

NOW THEREFORE:

4. Pursuant to his powers under section 497A(4B) of the 1996 Act, the Secretary of State directs the Council as follows:
 a) within three calendar months of the date of this direction, to enter into a formal partnership agreement with the Partner Council. The agreement will be for an initial term of three years or (if earlier) until the Secretary of State is satisfied that the Council's services have improved;
 b) by 31 October 2019, to establish with the Partner Council a Partnership Governance Board, to be chaired by the Commissioner, which shall meet monthly;
 c) to notify the Commissioner within two working days if the Council's Director of Children's Services resigns; and
 d) to submit to the Secretary of State, within three

months of the date of this direction, a revised improvement plan.

5. In consequence of this direction, the first direction is therefore revoked.

Signed on behalf of the Secretary of State for Education

A. Official
A Senior Civil Servant in the Department for Education

Dated: 25 July 2019
EOF
cat >"$tmp/s.txt" <<'EOF'
Improvement Notice: Exampleshire County Council

This Improvement Notice is issued on 8 June 2016 to Exampleshire County Council ("the Council") in relation to its children's services.

1. In its report published on 25 May 2016, Ofsted judged the overall effectiveness of children's services in Exampleshire to "require improvement to be good". The services for children who need help and protection were judged "inadequate".

2. The Notice sets out the actions that the Council should take to improve its services for children who need help and protection.

3. To comply with this Improvement Notice, the Council should take the following actions.

4. In particular, the Council should:
 a. complete an audit of its child protection cases by 31 August 2016; and
 b. provide the Improvement Board with performance data every month.

5. The Improvement Adviser should advise the Minister at once if she considers that any child is at immediate risk of significant harm.

6. Where a council fails to improve, the Secretary of State will consider whether further intervention is needed.

Signed on behalf of the Secretary of State for Education

A. Official
A Senior Civil Servant in the Department for Education
EOF
cat >"$tmp/t.txt" <<'EOF'
Jane Example MP
Minister of State for Children and Families

Councillor Alex Sample
Leader
Exampleshire County Council

17 October 2019

Dear Councillor Sample,

On 20 May 2019 the Secretary of State issued a statutory direction to the Council and appointed Ms Jo Example as Children's Services Commissioner.

Ms Example submitted her report to the Secretary of State on 9 September 2019. I agree with her recommendation. Ms Example's appointment as Commissioner has been extended to 31 March 2020.

Yours sincerely,

Jane Example MP
Minister of State for Children and Families
EOF
for f in r s t; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL typical-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/r.json" "$tmp/s.json" "$tmp/t.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, N, L = (load(a) for a in sys.argv[2:5])
check = checker("typical-words")


def due(rec, clause):
    return one(rec, clause).get("due", {})


def events(rec, kind):
    return [e.get("date") for e in rec.get("events", []) if e.get("kind") == kind]


check("alias-dated-by-its-issue", [(r.get("what"), r.get("date")) for r in D.get("revokes", [])] == [("the first direction", "2018-11-06")])
check("appointment-extended-until", events(D, "term_end") == ["2020-07-31"])
check("the-1996-act-is-the-education-act", sorted((b.get("act"), b.get("section")) for b in D.get("legal_basis", []) if "1996" in b.get("act", "")) == [("Education Act 1996", "497A(4B)")])
check("a-things-term-is-no-duty", len(of(D, "4.a")) == 1 and due(D, "4.a").get("date") == "2019-10-25")
b = sorted((o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), o.get("recurrence", {}).get("every")) for o in of(D, "4.b"))
check("board-established-chaired-and-meeting", b == [("commissioner", "standing", None, None), ("council", "deadline", "2019-10-31", None), ("governance_board", "recurring", None, "P1M")])
check("within-days-if-is-conditional", one(D, "4.c").get("kind") == "conditional")
check("item-split-by-a-blank-line", due(D, "4.d").get("date") == "2019-10-25")
J = sorted((j.get("area"), j.get("grade")) for j in N.get("judgements", []))
check("services-for-children-who-need-help", J == [("help_and_protection", "inadequate"), ("overall", "requires_improvement")])
check("notice-words-about-itself-are-no-duties", sorted(o.get("id") for o in N.get("obligations", [])) == ["4.a", "4.b", "5"])
check("should-colon-lists-duties", due(N, "4.a").get("date") == "2016-08-31" and one(N, "4.b").get("recurrence", {}).get("every") == "P1M")
check("at-once-if-is-conditional", one(N, "5").get("kind") == "conditional" and one(N, "5").get("bearer") == "improvement_adviser")
check("commissioner-by-surname-reports", events(L, "commissioner_report") == ["2019-09-09"])
check("appointment-extended-to", events(L, "term_end") == ["2020-03-31"])
PY
exit 0
