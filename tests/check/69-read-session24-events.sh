#!/bin/bash
# 69-read-session24-events.sh: the older sets' event and appointment misses read in session
# 24 (fresh5, fresh9, fresh10, fresh11, fresh19), on four short documents written here.
# The expected values were worked out by hand from their words:
#   - m, an official's letter of 25 November 2021: the direction issued on 28 February
#     2019 and "When the direction was issued, the Secretary of State appointed Ms Jo
#     Example ..." (an appointment of that day); "In her first report, submitted on 24
#     June 2019, Ms Example concluded ..." and "The Commissioner's further reports of 2
#     March 2020 and 15 July 2021" (three reports of the Commissioner's); "Having
#     considered her advice, the Minister ... has agreed that the direction should be
#     revoked" (a decision of the letter's day); "Ofsted judged the Council's children's
#     services to be inadequate, and found that children who need help and protection
#     were not always safe" (one judgement, overall: the area is named in a finding);
#   - n, a Minister's letter of 24 January 2019: "appointed Ms Ann Example CBE as
#     Children's Services Commissioner" then "Ms Example submitted her report to the
#     Secretary of State on 14 December 2018" (her report of that day); "The Secretary of
#     State has today issued a further direction" (a direction of the letter's day); "the
#     ... Improvement Board, which Ms Example chairs" (she is its chair);
#   - o, a direction: "On 16 December 2019 the Minister ..., on behalf of the Secretary of
#     State, decided to accept the recommendations of the Commissioner" (a decision of
#     that day); "The Commissioner must chair the Board." (Kim Example, whom its
#     interpretation names, chairs it);
#   - p, a notice of 20 December 2011: "In its report of 9 December 2011, Ofsted judged
#     ..." (Ofsted's report of that day, Ofsted named after the date); "An unannounced
#     inspection of the Council's contact, referral and assessment arrangements on 12 and
#     13 July 2011" (an inspection of 12 to 13 July 2011, a list's commas between).
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/m.txt" <<'EOF'
Department for Education
Sanctuary Buildings
London SW1P 3BT

Councillor Jo Lee
Leader of Rutland County Council

25 November 2021

Dear Councillor Lee,

The Secretary of State issued a direction to Rutland County Council ("the Council") on 28 February 2019. In its report, published on 18 January 2019, Ofsted judged the Council's children's services to be inadequate, and found that children who need help and protection were not always safe. When the direction was issued, the Secretary of State appointed Ms Jo Example as Children's Services Commissioner.

In her first report, submitted on 24 June 2019, Ms Example concluded that the Council had the capacity to improve. The Commissioner's further reports of 2 March 2020 and 15 July 2021 recorded that progress had been maintained.

Having considered her advice, the Minister for Children and Families has agreed that the direction should be revoked.

Yours sincerely,

Alex Official
Deputy Director, Department for Education
EOF
cat >"$tmp/n.txt" <<'EOF'
From the Minister of State for Children and Families
Jo Bloggs MP

Councillor Ann Lee
Leader of Rutland County Council

24 January 2019

Dear Councillor Lee,

On 6 August 2018 the Secretary of State issued a statutory direction to the Council and appointed Ms Ann Example CBE as Children's Services Commissioner. Ms Example submitted her report to the Secretary of State on 14 December 2018.

The Secretary of State has today issued a further direction to the Council, a copy of which is enclosed. The Rutland Children's Services Improvement Board, which Ms Example chairs, should continue to meet monthly.

Yours sincerely,

Jo Bloggs MP
EOF
cat >"$tmp/o.txt" <<'EOF'
DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Interpretation

1. In this Direction "the Commissioner" means Ms Kim Example, appointed by the Secretary of State as Children's Services Commissioner for Rutland on 1 October 2019; and "the Council" means Rutland County Council.

Recitals

2. On 16 December 2019 the Minister for Children and Families, on behalf of the Secretary of State, decided to accept the recommendations of the Commissioner.

Directions

3. The Council must establish an Improvement Board ("the Board"). The Commissioner must chair the Board.

Signed on behalf of the Secretary of State for Education
Alex Official
Dated 30 January 2020
EOF
cat >"$tmp/p.txt" <<'EOF'
IMPROVEMENT NOTICE

Issued: 20 December 2011

1. This Improvement Notice is issued by the Minister of State for Children and Families to Rutland County Council ("the Council") following Ofsted's inspection of safeguarding and looked after children services in Rutland, which was carried out between 24 October and 4 November 2011.

2. In its report of 9 December 2011, Ofsted judged the overall effectiveness of the Council's safeguarding services to be inadequate.

3. An unannounced inspection of the Council's contact, referral and assessment arrangements on 12 and 13 July 2011 had already identified two areas for priority action.

4. The Council shall submit an improvement plan to the Department by 31 January 2012.
EOF
for f in m n o p; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session24-events:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, events
M, N, O, P = (load(sys.argv[2] + "/" + f + ".json") for f in "mnop")
check = checker("session24-events")
check("appointed-when-the-direction-was-issued", ("appointment", "2019-02-28") in events(M))
check("her-report-submitted-on", ("commissioner_report", "2019-06-24") in events(M))
check("further-reports-of-two-days", {("commissioner_report", "2020-03-02"), ("commissioner_report", "2021-07-15")} <= events(M))
check("minister-has-agreed-after-a-clause", ("decision", "2021-11-25") in events(M))
check("area-in-a-finding-not-judged", [(j.get("area"), j.get("grade")) for j in M.get("judgements", [])] == [("overall", "inadequate")])
check("named-with-honour-submitted-report", ("commissioner_report", "2018-12-14") in events(N))
check("has-today-issued", ("direction_issued", "2019-01-24") in events(N))
check("which-ms-x-chairs", ("Ann Example", "chair") in [(a.get("person"), a.get("role")) for a in N.get("appointments", [])])
check("on-a-day-the-minister-decided", ("decision", "2019-12-16") in events(O))
check("commissioner-must-chair", ("Kim Example", "chair") in [(a.get("person"), a.get("role")) for a in O.get("appointments", [])])
check("its-report-of-then-ofsted", ("ofsted_report", "2011-12-09") in events(P))
check("inspection-of-a-list-on-days", [(e.get("date"), e.get("end_date")) for e in P.get("events", [])
      if e.get("kind") == "ofsted_inspection" and e.get("date") == "2011-07-12"] == [("2011-07-12", "2011-07-13")])
PY
exit 0
