#!/bin/bash
# 38-read-deadline-words.sh: the words a deadline's date comes with (a time of day, a
# weekday, a week), a period counted from someone taking up an appointment, a series
# that goes on from a dated deadline, and a letter's "Please ..." (the fifth unseen set
# taught them), on a short direction and a short letter written here.  The expected
# values were worked out by hand from their words and the calendar:
#   - the direction is dated Monday 2 March 2026; the Commissioner is appointed "with
#     effect from 16 March 2026";
#   - "by close of business on 27 March 2026" (1): by 27 March 2026;
#   - "no later than 4pm on 30 April 2026" (2): by 30 April 2026;
#   - "by 5 p.m. on Friday 29 May 2026" (3): by 29 May 2026 (a Friday);
#   - "during w/c 9 November 2026" (4): the week from Monday 9 November 2026, a window
#     of 9 to 15 November 2026;
#   - "within six weeks after the date on which the Commissioner takes up her
#     appointment" (5): 16 March 2026 + 42 days = 27 April 2026, counted from the
#     appointment;
#   - "during the week commencing 7 September 2026, and every six months after that"
#     (6): one duty of the Department's, first due at the end of that week (13 September
#     2026), then every 6 months from it;
#   - "by 12 noon on Monday, 1 June 2026" (7): by 1 June 2026 (a Monday);
#   - the letter of 12 October 2026: "Please also send my officials a copy of ... within
#     one month of the date of this letter" is the Council's duty ("you"), to the
#     Department ("my officials"), due 12 November 2026; "I would like the Council to
#     continue to meet my officials every eight weeks" is the Council's, with the
#     Department; "Please do not hesitate to contact my officials" is a courtesy, no
#     duty: two in all.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/p.txt" <<'EOF'
DIRECTION ISSUED TO EXAMPLESHIRE COUNTY COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated 2 March 2026

Background

A. The Secretary of State has appointed Ms Jo Example as Children's Services Commissioner for Exampleshire ("the Commissioner"), with effect from 16 March 2026.

Directions

1. The Council shall send the Commissioner its self-assessment by close of business on 27 March 2026.

2. The Council shall provide the Department for Education with its performance data no later than 4pm on 30 April 2026.

3. The Council shall publish its revised improvement plan by 5 p.m. on Friday 29 May 2026.

4. The Council shall hold a practice summit with its partner agencies during w/c 9 November 2026.

5. The Council shall, within six weeks after the date on which the Commissioner takes up her appointment, agree with her the terms of reference of an Improvement Board.

6. The Department for Education will review the Council's progress during the week commencing 7 September 2026, and every six months after that.

7. The Council shall submit a workforce plan to the Commissioner by 12 noon on Monday, 1 June 2026.

Signed

A. Official
Deputy Director, Department for Education
EOF
cat >"$tmp/q.txt" <<'EOF'
From the Minister for Children and Families
Jane Example MP

Councillor Alex Sample
Leader
Exampleshire County Council

12 October 2026

Dear Councillor Sample,

Please also send my officials a copy of the Council's revised improvement plan within one month of the date of this letter.

I would like the Council to continue to meet my officials every eight weeks.

Please do not hesitate to contact my officials if you have any questions.

Yours sincerely,

Jane Example MP
Minister for Children and Families
EOF
for f in p q; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL deadline-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/p.json" "$tmp/q.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, one
D, L = (load(a) for a in sys.argv[2:4])
check = checker("deadline-words")


def due(rec, clause):
    return one(rec, clause).get("due", {})


def by(clause, date):
    return one(D, clause).get("kind") == "deadline" and due(D, clause).get("date") == date and due(D, clause).get("rule") == "by"


check("close-of-business-on", by("1", "2026-03-27"))
check("4pm-on", by("2", "2026-04-30"))
check("p.m.-on-a-weekday", by("3", "2026-05-29"))
d4 = due(D, "4")
check("w/c-is-a-week", d4.get("rule") == "in_month" and d4.get("start") == "2026-11-09" and d4.get("date") == "2026-11-15")
d5 = due(D, "5")
check("takes-up-her-appointment", d5.get("date") == "2026-04-27" and d5.get("period") == "P6W" and d5.get("anchor") == "event:appointment")
o6 = one(D, "6")
r6 = o6.get("recurrence", {})
check("week-then-every-six-months-after-that", o6.get("kind") == "recurring" and o6.get("bearer") == "dfe" and o6.get("due", {}).get("start") == "2026-09-07" and o6.get("due", {}).get("date") == "2026-09-13" and r6.get("every") == "P6M" and r6.get("first") == "2026-09-13")
check("12-noon-on-a-weekday-with-a-comma", by("7", "2026-06-01"))
b1, b2 = one(L, "body/1"), one(L, "body/2")
check("please-is-asked-of-the-council", b1.get("bearer") == "council" and b1.get("to") == "dfe" and b1.get("due", {}).get("date") == "2026-11-12")
check("continue-to-meet-my-officials", b2.get("bearer") == "council" and b2.get("to") == "dfe" and b2.get("recurrence", {}).get("every") == "P8W")
check("a-courtesy-is-no-duty", len(L.get("obligations", [])) == 2)
PY
exit 0
