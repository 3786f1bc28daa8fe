#!/bin/bash
# 54-read-session15-words.sh: wordings of the tenth and eleventh unseen sets that the
# reader learnt in session 15, on a short direction and a short letter written here.
# The expected values were worked out by hand from their words (direction of Thursday
# 14 March 2019; the Commissioner appointed with effect from 1 April 2019; letter of
# 25 November 2021):
#   - 1: "the overall effectiveness ..., and ... children in care, to be 'inadequate',
#     and the impact of its leaders ..., and ... help and protection, to 'require
#     improvement to be good'": leadership and help and protection require improvement;
#   - 5: "from 1 October 2019" is the day it is done (on 2019-10-01); "and shall, before
#     that date, transfer ..." is due the day before, 2019-09-30;
#   - 6: bullets under "The Council shall:": "comply" standing; "hold its Improvement
#     Board at least every six weeks" a series (first 14 March + 42 days = 25 April
#     2019), ", and report to each meeting of the Board" a standing duty to the Board;
#     "notify ... within 5 working days if ... resigns" conditional;
#   - 7: "..., and will hold an additional review if the Commissioner so advises": the
#     Department's conditional duty, besides its six-monthly series;
#   - 8: "at least three times a year": every four months, first 14 July 2019;
#   - 9: "continue to work with the Commissioner until the Secretary of State is
#     satisfied ...": a standing duty, no statement; 10: "until it is revoked" revokes
#     nothing;
#   - 11: "He will report ... quarterly" after "has appointed Mr John Doe as Improvement
#     Adviser": the adviser's series (first 14 June 2019);
#   - annex 1(a): "within three months of the start of her appointment": 1 April 2019 + 3
#     months = 1 July 2019; (b) "every 6–8 weeks" (an en dash): every eight weeks, first
#     14 March + 56 days = 9 May 2019; (c) "which is to meet no less than six times a
#     year, with its first meeting no later than 30 April 2019": the Board's series every
#     two months, first by 30 April 2019, no deadline of its own;
#   - annex 2: "no later than the end of the financial year 2019-20": 31 March 2020;
#   - the letter: "She has agreed to provide me with ... by 17 December 2021" (the
#     Commissioner); "they will hold a final stocktake meeting ... in six months' time"
#     (the Department: 25 May 2022); "in twelve months" (25 November 2022).
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/d.txt" <<'EOF'
DIRECTION TO EXAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

1. Ofsted inspected the Council's children's services between 7 and 18 January 2019. In its report published on 1 February 2019, Ofsted judged the overall effectiveness of those services, and the experiences and progress of children in care, to be 'inadequate', and the impact of its leaders on social work practice, and the experiences and progress of children who need help and protection, to 'require improvement to be good'.

2. The Secretary of State has appointed Ms Jane Roe as Children's Services Commissioner for Example with effect from 1 April 2019.

NOW THEREFORE the Secretary of State directs the Council as follows:

5. The Council shall secure that the Partner Council exercises the specified functions from 1 October 2019, and shall, before that date, transfer to the Partner Council such records as it reasonably requires.

6. The Council shall:

• comply with any instructions given to it by the Commissioner;
• hold its Improvement Board at least every six weeks, and report to each meeting of the Board on its progress; and
• notify the Commissioner within 5 working days if its Director of Children's Services resigns.

7. The Department will review the Council's progress at six-monthly intervals, the first review to take place in September 2019, and will hold an additional review if the Commissioner so advises.

8. The Department will hold progress meetings with the Council at least three times a year.

9. The Council will be expected to continue to work with the Commissioner until the Secretary of State is satisfied that the improvements have been made.

10. Save as the Secretary of State may vary it, the Direction continues to have effect, and it shall remain in force until it is revoked by the Secretary of State.

11. The Department has appointed Mr John Doe as Improvement Adviser to the Council. He will report to the Minister on the Council's progress quarterly.

Dated 14 March 2019

ANNEX

1. The Commissioner shall:
(a) report to the Secretary of State within three months of the start of her appointment;
(b) provide the Minister with a written report on the Council's progress every 6–8 weeks; and
(c) chair the Improvement Board, which is to meet no less than six times a year, with its first meeting no later than 30 April 2019.

2. The Commissioner shall review the Council's capacity to improve, and shall report to the Secretary of State no later than the end of the financial year 2019-20.
EOF
cat >"$tmp/l.txt" <<'EOF'
Department for Education
Sanctuary Buildings
London SW1P 3BT

25 November 2021

Mr A Smith
Chief Executive
Example Borough Council

Dear Mr Smith,

Example Borough Council: children's social care

When the direction was issued, the Secretary of State appointed Ms Jane Roe as Children's Services Commissioner. Ms Roe's appointment as Commissioner will end on 30 November 2021. She has agreed to provide me with a short closing report by 17 December 2021, which I will share with you.

My officials will keep in touch with your Director of Children's Services, and they will hold a final stocktake meeting with you in six months' time.

My officials will carry out a further review of the Council's progress in twelve months.

Yours sincerely,

Mary Major
Director, Children's Social Care
EOF
for f in d l; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session15-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" "$tmp/l.json" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D, L = load(sys.argv[2]), load(sys.argv[3])
check = checker("session15-words")
def got(o):
    r = o.get("recurrence", {})
    return (o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), r.get("every"), r.get("first", r.get("next")))
grades = {j.get("area"): j.get("grade") for j in D.get("judgements", [])}
check("grade-after-a-closed-clause", grades.get("leadership") == "requires_improvement" and
      grades.get("help_and_protection") == "requires_improvement" and grades.get("looked_after") == "inadequate")
check("from-a-day-and-before-that-date", [got(o) for o in of(D, "5")] ==
      [("council", "deadline", "2019-10-01", None, None), ("council", "deadline", "2019-09-30", None, None)])
n6 = [got(o) for o in of(D, "6")]
check("bullets-under-a-lead-in", n6 == [("council", "standing", None, None, None),
                                        ("council", "recurring", None, "P6W", "2019-04-25"),
                                        ("council", "standing", None, None, None),
                                        ("council", "conditional", None, None, None)])
check("report-to-each-meeting-after-a-series", len(of(D, "6")) == 4 and of(D, "6")[2].get("to") == "improvement_board")
check("bullet-mark-not-quoted", all(not o.get("action", "").startswith("\u2022") for o in of(D, "6")))
n7 = of(D, "7")
check("closing-if-clause-conditional", [got(o) for o in n7] ==
      [("dfe", "recurring", None, "P6M", "2019-09-14"), ("dfe", "conditional", None, None, None)] and
      n7[1].get("condition") == "if the Commissioner so advises")
check("three-times-a-year", [got(o) for o in of(D, "8")] == [("dfe", "recurring", None, "P4M", "2019-07-14")])
check("until-satisfied-is-a-duty", [got(o) for o in of(D, "9")] == [("council", "standing", None, None, None)])
check("until-it-is-revoked-revokes-nothing", D.get("revokes") == [])
check("pronoun-after-appointed-as", [got(o) for o in of(D, "11")] == [("improvement_adviser", "recurring", None, "P3M", "2019-06-14")])
a = one(D, "annex.1.a")
check("start-of-her-appointment", got(a) == ("commissioner", "deadline", "2019-07-01", None, None) and
      a.get("due", {}).get("anchor") == "event:appointment")
check("en-dash-range", got(one(D, "annex.1.b")) == ("commissioner", "recurring", None, "P8W", "2019-05-09"))
check("with-its-first-meeting", [got(o) for o in of(D, "annex.1.c")] ==
      [("commissioner", "standing", None, None, None), ("improvement_board", "recurring", "2019-04-30", "P2M", "2019-04-30")])
check("end-of-the-financial-year", got(one(D, "annex.2")) == ("commissioner", "deadline", "2020-03-31", None, None) and
      one(D, "annex.2").get("due", {}).get("rule") == "end_of")
check("letter-has-agreed-to", [got(o) for o in of(L, "body/1")] == [("commissioner", "deadline", "2021-12-17", None, None)])
check("letter-they-in-six-months-time", [got(o) for o in of(L, "body/2")] == [("dfe", "deadline", "2022-05-25", None, None)])
check("letter-in-twelve-months", [got(o) for o in of(L, "body/3")] == [("dfe", "deadline", "2022-11-25", None, None)])
PY
exit 0
