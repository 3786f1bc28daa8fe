#!/bin/bash
# 49-read-letter-annex-and-tables.sh: a letter with a bulleted list and an annex of terms
# of reference, and a notice whose actions are a table printed side by side (session 13,
# what the eighth unseen set's Coventry letter and Blackpool notice taught).  The expected
# values were worked out by hand from the two short documents written here:
#   letter (3 February 2020, a Monday):
#   - the council is the one the letter is addressed to (its recipient block), though the
#     annex names it after "the direction to be issued to";
#   - "I have asked Mr John Example to be the Commissioner; he will take up his appointment
#     on 10 February 2020": an appointment (commissioner) and an appointment event that day;
#   - "I have asked the Council to:" then three "*" items: each the council's: body/1 agree
#     a plan with my officials within six weeks of the letter (3 February + 42 days = 16
#     March 2020), to the Department; body/2 appoint a Director by 28 February 2020;
#     body/3 send the Department its data every month, P1M, to the Department;
#   - "Annex A: Terms of reference": clauses annex.1 (with annex.1.a, annex.1.b) and
#     annex.2; annex.1.a the Commissioner's report within 3 months of taking up his
#     appointment (10 February + 3 months = 10 May 2020); annex.1.b his standing duty to
#     chair the Board;
#   notice (2 March 2020): its Annex's rows, read across the columns:
#   - 1: "Agree a revised plan with the Adviser" | "Within one month of the" / "date of this
#     notice": the council's deadline of 2 April 2020, whose span starts at "Agree";
#   - 2: "The Improvement Board to meet to review progress" | "Every six weeks": the
#     Board's P6W;
#   - 3: "Publish a workforce strategy" | "By 30 April 2020": the council's deadline.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/l.txt" <<'EOF'
Secretary of State for Education
Sanctuary Buildings, Great Smith Street, London SW1P 3BT

Chief Executive
Example Borough Council
Town Hall
Example EX1 1AA

3 February 2020

Dear Chief Executive,

Example Borough Council: children's services

Ofsted's report on the Council's children's services, published on 20 January 2020, judged their overall effectiveness to be 'inadequate'. I have decided to issue a statutory direction to the Council. I have asked Mr John Example to be the Commissioner; he will take up his appointment on 10 February 2020.

Until the direction is issued, I have asked the Council to:

* agree an improvement plan with my officials within six weeks of the date of this letter;
* appoint a Director of Children's Services by 28 February 2020; and
* send the Department its performance data every month.

Yours sincerely,

Secretary of State for Education

Annex A: Terms of reference

1. For the purposes of the direction to be issued to Example Borough Council, the Commissioner will:

a. report to the Secretary of State within 3 months of taking up his appointment; and

b. chair the Council's Improvement Board.

2. The appointment will end on 31 December 2020.
EOF
cat >"$tmp/n.txt" <<'EOF'
IMPROVEMENT NOTICE

To: Example Borough Council ("the Council")

Issued: 2 March 2020

1. The Council must carry out the actions in the table at the Annex within the timescales shown there.

Signed on behalf of the Secretary of State for Education

A. Official

ANNEX: ACTIONS

  Action                                           Timescale

  1. Agree a revised plan with the Adviser and     Within one month of the
  publish it.                                      date of this notice

  2. The Improvement Board to meet to review       Every six weeks
  progress.

  3. Publish a workforce strategy.                 By 30 April 2020
EOF
for d in l n; do
	"$OVERSIGHT" read "$tmp/$d.txt" >"$tmp/$d.json" 2>"$tmp/err" ||
		echo "FAIL letter-annex-tables:read-$d: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/l.json" "$tmp/n.json" "$tmp/n.txt" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
L, N = load(sys.argv[2]), load(sys.argv[3])
text = open(sys.argv[4], "rb").read()
check = checker("letter-annex-tables")
def got(o):
    return (o.get("bearer"), o.get("to"), o.get("kind"), o.get("due", {}).get("date"), o.get("recurrence", {}).get("every"))
check("letter-council-is-the-addressee", L.get("council", {}).get("name") == "Example Borough Council" and L.get("council", {}).get("span", [0])[0] < L.get("date", {}).get("span", [0])[0])
check("asked-to-be-the-commissioner", [(a.get("person"), a.get("role")) for a in L.get("appointments", []) if a.get("role") == "commissioner"] == [("John Example", "commissioner")])
check("will-take-up-his-appointment-on", ("appointment", "2020-02-10") in [(e.get("kind"), e.get("date")) for e in L.get("events", [])])
check("listed-item-within", got(one(L, "body/1")) == ("council", "dfe", "deadline", "2020-03-16", None))
check("listed-item-by", got(one(L, "body/2")) == ("council", None, "deadline", "2020-02-28", None))
check("listed-item-every", got(one(L, "body/3")) == ("council", "dfe", "recurring", None, "P1M"))
ids = [(c.get("id"), [k.get("id") for k in c.get("children", [])]) for c in L.get("clauses", [])]
check("letter-annex-clauses", ids == [("annex.1", ["annex.1.a", "annex.1.b"]), ("annex.2", [])])
check("letter-annex-duty-from-appointment", got(one(L, "annex.1.a")) == ("commissioner", "secretary_of_state", "deadline", "2020-05-10", None))
check("letter-annex-standing", one(L, "annex.1.b").get("kind") == "standing" and one(L, "annex.1.b").get("bearer") == "commissioner")
r1 = one(N, "annex.1")
check("table-row-timescale-across-lines", got(r1)[0] == "council" and got(r1)[2:4] == ("deadline", "2020-04-02"))
check("table-row-span-in-original", r1.get("span", [0])[0] == text.find(b"Agree a revised"))
check("table-row-board-to-meet", got(one(N, "annex.2"))[0::2] == ("improvement_board", "recurring", "P6W") and one(N, "annex.2").get("kind") == "recurring")
check("table-row-by", got(one(N, "annex.3")) == ("council", None, "deadline", "2020-04-30", None))
PY
exit 0
