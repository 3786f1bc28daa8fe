#!/bin/bash
# 50-read-ninth-set-words.sh: wordings of the ninth unseen set (session 13), on two short
# instruments written here.  The expected values were worked out by hand from their words:
#   direction (5 October 2017, a Thursday):
#   - statute numbering: "4(1) The Council shall—" with "(a)", "(b)", then "4(2)": clauses
#     4 (implied), 4.1 with 4.1.a and 4.1.b, and 4.2;
#   - 4.1.a "not later than 28 days after the date of this Direction, nominate ...": the
#     council's deadline of 2 November 2017 (5 October + 28 days);
#   - 4.1.b "by 30 November 2017, establish a company ..., whose articles shall—" over "(i)"
#     and "(ii)": one deadline of 30 November 2017 on 4.1.b, none on its items;
#   - "5    Reporting" (a number, spaces, a heading, no full stop) heads 5.1 and 5.2;
#   - 5.1 "by 31 January 2018, the Council shall establish an Improvement Board, which the
#     Commissioner shall chair and which shall meet every four weeks": the Board meets
#     (P4W), the Council's deadline;
#   - 5.2 "... reports to the Secretary of State annually ..., the first such report to be
#     made no later than 31 July 2019": one recurring duty, P1Y, due and first 2019-07-31;
#   notice written as a letter (9 November 2016): "This letter is that Improvement Notice."
#   makes it an improvement notice, its "1)" ... items its clauses; "1) establish, by 2
#   December 2016, an Improvement Board ..., which should meet every six weeks": the
#   Council's deadline, the Board's P6W.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION ISSUED TO EXAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

1. Ofsted judged the Council's children's services to be inadequate in a report published on 1 September 2017.

Directions

The Secretary of State directs Example Borough Council ("the Council") as follows.

4(1) The Council shall—
   (a) not later than 28 days after the date of this Direction, nominate an officer to lead the work; and
   (b) by 30 November 2017, establish a company to be known as Example Children's Trust, whose articles shall—
      (i) provide for a board of directors; and
      (ii) be approved by the Secretary of State.

4(2) The Council shall co-operate with the Commissioner.

5    Reporting

5.1  By 31 January 2018, the Council shall establish an Improvement Board, which the Commissioner shall chair and which shall meet every four weeks.

5.2  The Council shall ensure that the board of the Trust reports to the Secretary of State annually on its performance, the first such report to be made no later than 31 July 2019.

Signed on behalf of the Secretary of State for Education

Date: 5 October 2017
EOF
cat >"$tmp/n.txt" <<'EOF'
Department for Education

The Chief Executive
Example Borough Council

9 November 2016

Dear Chief Executive,

The Minister has decided that Example Borough Council ("the Council") should receive an Improvement Notice. This letter is that Improvement Notice.

To comply with this notice the Council is required to:

1) establish, by 2 December 2016, an Improvement Board chaired by the Improvement Adviser, which should meet every six weeks; and
2) report to each meeting of the Improvement Board on its progress.

Yours sincerely,

Ambrose Official
EOF
for d in d n; do
	"$OVERSIGHT" read "$tmp/$d.txt" >"$tmp/$d.json" 2>"$tmp/err" ||
		echo "FAIL ninth-set-words:read-$d: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" "$tmp/n.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, N = load(sys.argv[2]), load(sys.argv[3])
check = checker("ninth-set-words")
def got(o):
    return (o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), o.get("recurrence", {}).get("every"), o.get("recurrence", {}).get("first"))
def tree(cs):
    return [(c.get("id"), tree(c.get("children", []))) for c in cs]
t = dict(tree(D.get("clauses", [])))
check("statute-numbering", t.get("4") == [("4.1", [("4.1.a", []), ("4.1.b", [("4.1.b.i", []), ("4.1.b.ii", [])])]), ("4.2", [])])
check("not-later-than-28-days-after", got(one(D, "4.1.a"))[:3] == ("council", "deadline", "2017-11-02"))
check("whose-articles-shall-lists-no-duties", got(one(D, "4.1.b"))[:3] == ("council", "deadline", "2017-11-30") and not of(D, "4.1.b.i") and not of(D, "4.1.b.ii"))
check("number-spaces-heading", [c for c, _ in t.get("5", [])] == ["5.1", "5.2"])
c51 = sorted(got(o)[:4] for o in of(D, "5.1"))
check("and-which-shall-meet", ("improvement_board", "recurring", None, "P4W") in c51 and ("council", "deadline", "2018-01-31", None) in c51)
check("the-first-such-report-to-be-made", got(one(D, "5.2")) == ("council", "recurring", "2019-07-31", "P1Y", "2019-07-31"))
check("letter-that-is-a-notice", N.get("kind") == "improvement_notice" and [c.get("id") for c in N.get("clauses", [])] == ["1", "2"])
n1 = sorted(got(o)[:4] for o in of(N, "1"))
check("verb-then-comma", ("council", "deadline", "2016-12-02", None) in n1 and ("improvement_board", "recurring", None, "P6W") in n1)
PY
exit 0
