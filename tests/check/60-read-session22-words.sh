#!/bin/bash
# 60-read-session22-words.sh: wordings the reader learnt in session 22, on short
# documents written here.  The expected values were worked out by hand from their words:
#   - a notice as pdftotext -raw prints it, dated 9 April 2019, whose Annex is an
#     "Action Owner Timescale" table flattened row by row: 1 the Director of Children's
#     Services's, "By 31 May 2019" (its action the action cell's words alone); 2 the
#     Improvement Board's "at least every six weeks" (one series: the cell's "Every six
#     weeks" says it again; the first 9 April + 6 weeks = 21 May 2019); 3 "Chief
#     Executive September 2019" the Council's (an officer of it), due by 30 September
#     2019; 4 the Improvement Adviser's, within 3 months of 9 April 2019 = 9 July 2019.
#     "any information that the Department asks for" is given when asked (conditional);
#     "will remain in force until ... the notice is lifted" revokes nothing; "Ofsted also
#     judged the impact of leaders ... to be 'inadequate'" is of the report of 1 March 2019
#     the paragraph before dates;
#   - a letter of Thursday 6 March 2025: the Board "which Ms Stone will continue to chair,
#     and which should meet every eight weeks" meets every eight weeks (first 6 March + 8
#     weeks = 1 May 2025); Ms Stone, Commissioner until today and then Improvement
#     Adviser, visits monthly as the Adviser (first 6 April 2025); the officials' reviews
#     "every six months, ..., and after each review I will consider whether ..." are a
#     series (first 6 September 2025); "no later than two weeks before the review" held
#     "on 8 July 2025" is due 24 June 2025; "'inadequate' overall and for children who
#     need help and protection, and to 'require improvement to be good' for children in
#     care" grades each area by the grade before "for"; "The impact of leaders on social
#     work practice and the experiences and progress of care leavers were judged to be
#     'good'" grades leadership too; "inspected ... in November 2024" an inspection that
#     month; "progress report to the Minister, of 21 February 2025" the Commissioner's;
#   - a direction dated 24 May 2022: "two monitoring visits ..., on 7 and 8 September 2021
#     and on 25 and 26 January 2022" two visits; "In its letter of 24 February 2022, ...,
#     Ofsted found" Ofsted's letter; "his report to the Secretary of State of 31 March 2022
#     ("the Commissioner's report"), the Commissioner recommended" his report; 4.a "on 1
#     April 2023 ("the transfer date"), to transfer ..." due on 1 April 2023; 5 "Until the
#     transfer date, the Council shall continue to hold ... and shall report ..." both
#     predicates end on 1 April 2023; 6.a "..., on request, any information" conditional;
#     7 "The Partner" (a Partner in Practice, so named) bears its duty as pip; 8.b "from
#     the transfer date, attend ..." the Commissioner's; "Mrs Ada Stone, whom the Secretary
#     of State appointed as Children's Services Commissioner" an appointment, the Board's
#     chair the Commissioner appointed last (Mr Reed); a closing block with no "Signed"
#     line names the signatory, and the document is not taken as cut off.
#   - a direction dated 4 March 2020 to a council and its partner: "which section 50 of the
#     Children Act 2004 applies to ..." a legal basis; '"every three months" is replaced by
#     "every month"' one monthly series (first 4 April 2020), not the old quarterly one;
#     '"31 March 2020" is replaced by "30 September 2020"' in the paragraph that "provides
#     that the Commissioner's appointment ends on 31 March 2020": the term ends on 30
#     September 2020 only; "has extended the Commissioner's appointment" no duty; "adoption
#     performance was judged to be 'good'" no overall grade; "a Partnership Board ("the
#     Board")" meets monthly as a governance board; "directs the Partner Council:" its items
#     the partner's; "access at all reasonable times— (i) to any premises ... (ii) to any
#     document ..." one duty; the council's name is not "... to establish with the Partner
#     Council" at a line's end;
#   - a letter of 25 April 2024: "Ofsted visited the Council again on 10 and 11 September
#     2023" a monitoring visit; "Its report, published on 19 April 2024, judges ... to be
#     'good'" a judgement of that report; "she chairs the Council's Improvement Board" the
#     Commissioner named before her; "Although the notice is lifted" no second revocation;
#     "every six months, the next in October 2024" one series (first 25 October 2024) and
#     no window of its own; "has agreed to remain the Council's adviser until 30 September
#     2024" the term's end;
#   - a direction dated 30 January 2020 that recounts Mr Reed's appointment of 10 April
#     2019 and appoints Ms Stone "with effect from 3 February 2020": "within three months of
#     taking up her appointment" counts from hers, due 3 May 2020;
#   - a notice dated 9 November 2016 set out as a letter's list: "1) work with Mr Reed, ...,
#     and give him ..." the Council's duty; "The Board will continue to be chaired by the
#     Improvement Adviser, and will meet monthly" the Adviser's chair and the Board's
#     monthly meetings, no duty of the Board's to be chaired; the Department's reviews "at
#     six-monthly intervals, and the first of these reviews will be a stocktake meeting ...
#     in May 2017" one series (first 9 May 2017), no window of its own;
#   - a letter of 22 September 2022: "The next review will take place in six months' time,
#     in March 2023, when my officials will meet you ..." the Department's, in March 2023
#     (by its last day); "I would be grateful if the Council could send my officials, by 31
#     January 2023, an update ..." the Council's, due that day;
#   - a direction of Thursday 21 March 2013 marked "UNCLASSIFIED" top and bottom: the
#     marking is page furniture, so 1.2's Board "which⏎⏎1⏎UNCLASSIFIED⏎⏎shall meet at
#     least once a month" meets monthly (first 21 April 2013; the Council's 10 working days
#     over Easter end on 8 April 2013); "With effect from 25 March 2013 ... has appointed
#     Mr Reed as Improvement Adviser ... and as independent chair of the Improvement Board
#     ("the Chair")": an appointment that day, and "the Chair" is the Improvement Adviser
#     (not the Board he chairs), whose duties in Schedule 2 are his (every six weeks from
#     21 March: 2 May 2013) and who chairs the Board; "remains in force until the Secretary
#     of State revokes it" revokes nothing; SCHEDULE 1 and SCHEDULE 2 each number from 1:
#     "annex.1.1" ... "annex.2.2.b"; "any information that he requests" when asked;
#   - a Commissioner's own letter of 14 December 2018: the judgements listed after
#     "judgements:" with ';' between, each of the report of 29 July 2018; the Board "which
#     from January 2019 will meet on the second Tuesday of each month instead of every six
#     weeks" (2TU, first 8 January 2019, no six-weekly series); "The Council has agreed to
#     send me, within 15 working days ..., a revised plan, and to present ... in February
#     2019" both the Council's (15 working days over Christmas: 9 January 2019); "before
#     the next Improvement Board meeting on 14 January 2019" by 13 January; "My next report
#     to you will be in March 2019" the Commissioner's; "I would welcome the chance to ..."
#     no duty; the author is the Commissioner, and the Board's chair;
#   - a letter of 6 July 2023: "I expect the Council to agree with the Commissioner, within
#     the next three months, a plan for the transfer of its services" the Council's, due 6
#     October 2023 (an "of" past the comma is another phrase's); "My officials will meet you
#     ... six months after the date of this letter" the Department's, due 6 January 2024.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/a.txt" <<'EOF'
Improvement Notice
Sample Borough Council
This improvement notice is given to Sample Borough Council ("the Council") by the Department for
Education ("the Department") on behalf of the Secretary of State for Education.
Background
1. Ofsted inspected the Council's children's services between 14 and 25 January 2019. In its
report, published on 1 March 2019, Ofsted judged the overall effectiveness of the Council's
children's services to be 'inadequate'.
2. Ofsted also judged the impact of leaders on social work practice with children and families to
be 'inadequate'.
Actions
3. The Council must take the actions set out in the Annex to this notice.
4. Before each review meeting, the Council must give the Department any information that the
Department asks for.
5. This notice will remain in force until the Minister is satisfied that the Council's improvement
can be sustained and the notice is lifted.
Signed on behalf of the Secretary of State for Education
A N Official
Dated: 9 April 2019
Annex: Improvement actions
Action Owner Timescale
1. Submit to the Department a revised improvement plan, agreed by the
Board.
Director of Children's
Services
By 31 May 2019
2. Meet at least every six weeks to oversee the Council's improvement
plan.
Improvement Board Every six weeks
3. Publish a strategy for recruiting and keeping permanent social
workers.
Chief Executive September 2019
4. Review the Council's front door and give the Board a written
assessment.
Improvement Adviser
Within 3 months of the
date of this notice
EOF
cat >"$tmp/b.txt" <<'EOF'
Department for Education
Sanctuary Buildings, Great Smith Street, London SW1P 3BT

Councillor Jo Lee
Leader of the Council
Example Borough Council

6 March 2025

Dear Jo,

Example children's services: a new improvement notice

Ofsted inspected the Council's children's services in November 2024. In its report, published on 28 February 2025, Ofsted judged the services to be 'inadequate' overall and for children who need help and protection, and to 'require improvement to be good' for children in care and care leavers. The impact of leaders on social work practice and the experiences and progress of care leavers were judged to be 'good'.

The Commissioner's latest progress report to the Minister, of 21 February 2025, recommends an improvement notice. Ms Ada Stone's appointment as Commissioner ends today. She has agreed to act as the Council's Improvement Adviser under the notice until 31 March 2026.

Under the notice, I expect the Council to:

•	keep its Improvement Board, which Ms Stone will continue to chair, and which should meet every eight weeks; and
•	complete its review of services for children on the edge of care by the end of September 2025.

Ms Stone will visit the Council at least once a month. My officials will review the Council's progress under the notice every six months, the first review in September 2025, and after each review I will consider whether the notice can be lifted.

My officials will hold the next review with you on 8 July 2025, and I would ask you to send them the Council's updated self-assessment no later than two weeks before the review.

Yours sincerely,

Jo Bloggs
Director, Children's Social Care
Department for Education
EOF
cat >"$tmp/c.txt" <<'EOF'
DIRECTION TO SAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated: 24 May 2022

1. Mrs Ada Stone, whom the Secretary of State appointed as Children's Services Commissioner for Sample in 2021, ended her appointment on 30 April 2022. The Secretary of State has appointed Mr Tom Reed as Children's Services Commissioner for Sample ("the Commissioner").

2. Ofsted has since made two monitoring visits to the Council, on 7 and 8 September 2021 and on 25 and 26 January 2022. In its letter of 24 February 2022, following the second visit, Ofsted found that the Council's front door was still slow.

3. In his report to the Secretary of State of 31 March 2022 ("the Commissioner's report"), the Commissioner recommended a children's services trust. The Council will work with Westshire County Council, a Partner in Practice ("the Partner").

4. The Secretary of State directs the Council as follows:
a. on 1 April 2023 ("the transfer date"), to transfer to the Trust the staff and records set out in the transfer plan.

5. Until the transfer date, the Council shall continue to hold its Improvement Board ("the Board") and shall report to each meeting of the Board on its progress.

6. From the transfer date the Council shall:
a. ensure that the Trust gives the Commissioner, on request, any information about its performance that he reasonably requires.

7. The Partner will provide the Council with practice support.

8. The Commissioner shall:
a. chair the Board;
b. from the transfer date, attend the meetings of the board of the Trust as an observer.

Jo Bloggs
Deputy Director, Children's Services Intervention
Department for Education
on behalf of the Secretary of State for Education
EOF
cat >"$tmp/d.txt" <<'EOF'
Direction to Sample Borough Council and Westshire County Council

1. This Direction is given by the Secretary of State for Education ("the Secretary of State") to Sample Borough Council ("the Council") and to Westshire County Council ("the Partner Council") under section 497A(4B) of the Education Act 1996, which section 50 of the Children Act 2004 applies to the Council's children's social care functions. It amends the direction given to the Council on 16 May 2019 ("the 2019 Direction").

Background

2. Paragraph 6 of the 2019 Direction requires the Council to send the Commissioner a report on its caseloads every three months. Paragraph 9 of the 2019 Direction provides that the Commissioner's appointment ends on 31 March 2020.

3. The 2019 report judged the services for children looked after to 'require improvement to be good'; within that judgement, adoption performance was judged to be 'good'.

Amendments

4. In paragraph 6 of the 2019 Direction, "every three months" is replaced by "every month".

5. In paragraph 9 of the 2019 Direction, "31 March 2020" is replaced by "30 September 2020".

6. The Secretary of State has extended the Commissioner's appointment until 30 September 2020.

7. The Secretary of State directs the Council:
(a) within 10 working days of the date of this Direction, to establish with the Partner Council
a Partnership Board ("the Board"), which shall meet every month; and
(b) to give the Commissioner, on request, access at all reasonable times—
(i) to any premises of the Council; and
(ii) to any document of the Council.

8. The Secretary of State directs the Partner Council:
(a) to provide the Council with a team of practice leaders; and
(b) to report to the Board on its support every quarter.

Signed on behalf of the Secretary of State for Education

Date: 04.03.2020
EOF
cat >"$tmp/e.txt" <<'EOF'
Department for Education
Sanctuary Buildings, Great Smith Street, London SW1P 3BT

Mr Ed Lowe
Chief Executive
Example Borough Council

25 April 2024

Dear Mr Lowe,

Example children's services: the improvement notice and what happens next

The improvement notice that the Department issued to Example Borough Council ("the Council") on 9 February 2022 is therefore lifted from today.

Ofsted visited the Council again on 10 and 11 September 2023. Its report, published on 19 April 2024, judges the overall effectiveness of the services to be 'good'. The Secretary of State appointed Ms Ada Stone as Children's Services Commissioner for Example on 6 December 2022, and she chairs the Council's Improvement Board.

Although the notice is lifted, the Minister has asked the Department to keep in touch with the Council's progress:

- my officials will hold a conversation with you every six months, the next in October 2024; and
- Ms Stone has agreed to remain the Council's adviser until 30 September 2024.

Yours sincerely,

Jo Bloggs
Director, Children's Social Care
Department for Education
EOF
cat >"$tmp/f.txt" <<'EOF'
DIRECTION TO SAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated: 30 January 2020

1. Mr Tom Reed was appointed as Children's Services Commissioner for Sample on 10 April 2019. His appointment ended on 31 December 2019. The Secretary of State has appointed Ms Ada Stone as Children's Services Commissioner for Sample ("the Commissioner") with effect from 3 February 2020.

2. The Commissioner shall, within three months of taking up her appointment, advise the Secretary of State whether the Council is making sufficient progress.

Signed on behalf of the Secretary of State for Education
Jo Bloggs
EOF
cat >"$tmp/g.txt" <<'EOF'
Improvement Notice: Sample Borough Council

Dated: 9 November 2016

To comply with this notice the Council is required to:

1) work with Mr Tom Reed, whom the Department has appointed as Improvement Adviser, and give him the access to staff and records that he needs;
2) continue to hold its Improvement Board ("the Board"). The Board will continue to be chaired by the Improvement Adviser, and will meet monthly.

Officials from the Department will review progress at six-monthly intervals, and the first of these reviews will be a stocktake meeting with the Council and the Improvement Adviser in May 2017.

Signed on behalf of the Secretary of State for Education
Jo Bloggs
EOF
cat >"$tmp/h.txt" <<'EOF'
Department for Education
Sanctuary Buildings, Great Smith Street, London SW1P 3BT

Mr Ed Lowe
Chief Executive
Example Borough Council

22 September 2022

Dear Mr Lowe,

Example children's services: review of the improvement notice

The next review will take place in six months' time, in March 2023, when my officials will meet you and your Director of Children's Services again.

In the meantime, I would be grateful if the Council could send my officials, by 31 January 2023, an update on its plan to recruit permanent social workers.

Yours sincerely,

Jo Bloggs
Director, Children's Social Care
Department for Education
EOF
cat >"$tmp/i.txt" <<'EOF'
UNCLASSIFIED

DIRECTION TO SAMPLE COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

Dated: 21 March 2013

1.1 With effect from 25 March 2013 the Secretary of State has appointed Mr Tom Reed as Improvement Adviser to the Council and as independent chair of the Improvement Board ("the Chair").

1.2 The Council shall, within 10 working days of the date of this Direction, establish an Improvement Board ("the Board"), which

1
UNCLASSIFIED

shall meet at least once a month.

1.3 This Direction remains in force until the Secretary of State revokes it.

SCHEDULE 1

1. The Council shall send the Department its performance data every month.

2. The Council shall give the Chair any information that he requests about its services.

SCHEDULE 2

1. The Chair shall report to the Minister every six weeks.

2. The Chair shall—
(a) chair the Board; and
(b) by 30 September 2013, advise the Secretary of State on the Council's capacity.

Signed by authority of the Secretary of State for Education
EOF
cat >"$tmp/j.txt" <<'EOF'
Dr Ada Stone
Children's Services Commissioner for Example
c/o Department for Education

Jo Bloggs MP
Parliamentary Under-Secretary of State for Children and Families
Department for Education

14 December 2018

Dear Minister,

Example children's services: my second progress report

In its report, published on 29 July 2018, Ofsted made the following judgements: overall effectiveness, 'inadequate'; the impact of leaders, 'requires improvement to be good'; the experiences and progress of children who need help and protection, 'inadequate'.

In particular:

• I will continue to chair the Improvement Board, which from January 2019 will meet on the second Tuesday of each month instead of every six weeks.

The Council has agreed to send me, within 15 working days of the date of this letter, a revised plan, and to present its first report against that plan to the Improvement Board in February 2019.

I would also ask the Council to send me, before the next Improvement Board meeting on 14 January 2019, a short report on its agency staff.

My next report to you will be in March 2019. I would welcome the chance to discuss this report with you in the new year.

Yours sincerely,

Dr Ada Stone
Children's Services Commissioner for Example
EOF
cat >"$tmp/k.txt" <<'EOF'
Department for Education
Sanctuary Buildings, Great Smith Street, London SW1P 3BT

Mr Ed Lowe
Chief Executive
Example Borough Council

6 July 2023

Dear Mr Lowe,

Example children's services: next steps

I expect the Council to agree with the Commissioner, within the next three months, a plan for the transfer of its services.

My officials will meet you and your Director of Children's Services six months after the date of this letter to discuss the Council's progress.

Yours sincerely,

Jo Bloggs
Director, Children's Social Care
Department for Education
EOF
for f in a b c d e f g h i j k; do
	"$OVERSIGHT" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session22-words:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, got, events
A, B, C, D, E, F, G, H, I, J, K = (load(sys.argv[2] + "/" + f + ".json") for f in "abcdefghijk")
check = checker("session22-words")
a1 = of(A, "annex.1")
check("row-owner-is-bearer", [got(o) for o in a1] == [("dcs", "deadline", "2019-05-31", None, None)] and
      a1[0].get("action", "").startswith("Submit") and "Director" not in a1[0].get("action", ""))
check("row-action-names-its-own-series", [got(o) for o in of(A, "annex.2")] ==
      [("improvement_board", "recurring", None, "P6W", "2019-05-21")])
check("row-bare-month-timescale", [got(o) for o in of(A, "annex.3")] ==
      [("council", "deadline", "2019-09-30", None, None)])
check("row-owner-adviser-within", [got(o) for o in of(A, "annex.4")] ==
      [("improvement_adviser", "deadline", "2019-07-09", None, None)])
check("information-asked-for-is-conditional", [o.get("kind") for o in of(A, "4")] == ["conditional"])
check("in-force-until-lifted-revokes-nothing", A.get("revokes") == [])
check("also-judged-same-report", {(j.get("area"), j.get("grade"), j.get("report_date"))
                                  for j in A.get("judgements", [])} ==
      {("overall", "inadequate", "2019-03-01"), ("leadership", "inadequate", "2019-03-01")})
b_got = [got(o) for o in B.get("obligations", [])]
check("and-which-board-series", ("improvement_board", "recurring", None, "P8W", "2025-05-01") in b_got)
check("person-in-later-role", ("improvement_adviser", "recurring", None, "P1M", "2025-04-06") in b_got)
check("consider-whether-after-series", ("dfe", "recurring", None, "P6M", "2025-09-06") in b_got)
check("weeks-before-dated-review", ("council", "deadline", "2025-06-24", None, None) in b_got)
b_j = {(j.get("area"), j.get("grade")) for j in B.get("judgements", [])}
check("grade-before-for-area", ("help_and_protection", "inadequate") in b_j and
      ("looked_after", "requires_improvement") in b_j and
      ("help_and_protection", "requires_improvement") not in b_j)
check("areas-joined-by-and-share-grade", ("leadership", "good") in b_j and
      ("care_leavers", "good") in b_j)
check("inspection-in-a-month", ("ofsted_inspection", "2024-11-01") in events(B))
check("report-to-the-minister-of", ("commissioner_report", "2025-02-21") in events(B))
ev_c = events(C)
check("two-visits-one-sentence", ("monitoring_visit", "2021-09-07") in ev_c and
      ("monitoring_visit", "2022-01-25") in ev_c)
check("its-letter-of", ("ofsted_letter", "2022-02-24") in ev_c)
check("report-named-after-its-date", ("commissioner_report", "2022-03-31") in ev_c)
check("on-day-opens-item", [got(o) for o in of(C, "4.a")] == [("council", "deadline", "2023-04-01", None, None)])
c5 = of(C, "5")
check("until-opening-ends-both-predicates", len(c5) == 2 and
      all(o.get("kind") == "standing" and o.get("until") == "2023-04-01" for o in c5))
check("on-request-item-conditional", [o.get("kind") for o in of(C, "6.a")] == ["conditional"])
check("role-named-by-definition", [o.get("bearer") for o in of(C, "7")] == ["pip"])
check("from-day-opens-item", [got(o)[:2] for o in of(C, "8.b")] == [("commissioner", "standing")])
c_ap = {(a.get("person"), a.get("role")) for a in C.get("appointments", [])}
check("whom-appointed-as", ("Ada Stone", "commissioner") in c_ap and ("Tom Reed", "chair") in c_ap and
      ("Ada Stone", "chair") not in c_ap)
check("closing-block-without-signed", C.get("signatory", {}).get("name") == "Jo Bloggs" and
      not any("cut off" in w.get("message", "") for w in C.get("warnings", [])))
check("which-section-applies", ("Children Act 2004", "50") in
      [(b.get("act"), b.get("section")) for b in D.get("legal_basis", [])])
check("replaced-cadence-not-read", [got(o) for o in of(D, "4")] == [("council", "recurring", None, "P1M", "2020-04-04")])
check("replaced-term-end", sorted(d for k, d in events(D) if k == "term_end") == ["2020-09-30"])
check("has-extended-no-duty", of(D, "6") == [])
check("adoption-performance-no-overall", [j.get("area") for j in D.get("judgements", [])] == ["looked_after"])
check("partnership-board-alias", [got(o) for o in of(D, "7.a") if o.get("kind") == "recurring"] ==
      [("governance_board", "recurring", None, "P1M", "2020-04-04")])
check("directs-the-partner-council", [o.get("bearer") for o in of(D, "8.a") + of(D, "8.b")] ==
      ["partner_council", "partner_council"])
check("objects-listed-one-duty", len(of(D, "7.b")) == 1 and of(D, "7.b.i") == [] and of(D, "7.b.ii") == [])
check("council-name-not-a-clause", D.get("council", {}).get("name") == "Sample Borough Council")
ev_e = events(E)
check("ofsted-visited-again-on", ("monitoring_visit", "2023-09-10") in ev_e)
check("present-tense-judges", [(j.get("area"), j.get("grade"), j.get("report_date")) for j in E.get("judgements", [])] ==
      [("overall", "good", "2024-04-19")])
check("she-chairs", ("Ada Stone", "chair") in {(a.get("person"), a.get("role")) for a in E.get("appointments", [])})
check("although-lifted-no-revocation", [r.get("date") for r in E.get("revokes", [])] == ["2022-02-09"])
e_got = [got(o) for o in E.get("obligations", [])]
check("the-next-in-a-month-is-the-first", ("dfe", "recurring", None, "P6M", "2024-10-25") in e_got and
      not any(g[1] == "deadline" for g in e_got))
check("agreed-to-remain-until", ("term_end", "2024-09-30") in ev_e)
check("appointment-the-instrument-makes", [got(o) for o in of(F, "2")] ==
      [("commissioner", "deadline", "2020-05-03", None, None)])
g_got = sorted(got(o) for o in G.get("obligations", []))
check("work-with-opens-a-duty", [got(o)[:2] for o in of(G, "1")] == [("council", "standing")])
check("continue-to-be-chaired-by", ("improvement_board", "standing", None, None, None) not in g_got and
      ("improvement_adviser", "standing", None, None, None) in g_got and
      ("improvement_board", "recurring", None, "P1M", "2016-12-09") in g_got)
check("the-first-of-these-further-back", ("dfe", "recurring", None, "P6M", "2017-05-09") in g_got and
      not any(x[1] == "deadline" for x in g_got))
h_got = sorted(got(o) for o in H.get("obligations", []))
check("the-next-review-will-take-place", ("dfe", "deadline", "2023-03-31", None, None) in h_got)
check("grateful-if-the-council-could", ("council", "deadline", "2023-01-31", None, None) in h_got and
      len(h_got) == 2)
check("unclassified-is-furniture", [got(o) for o in of(I, "1_2")] ==
      [("council", "deadline", "2013-04-08", None, None),
       ("improvement_board", "recurring", None, "P1M", "2013-04-21")])
check("with-effect-from-appointed", ("appointment", "2013-03-25") in events(I))
check("the-chair-is-the-adviser", [got(o) for o in of(I, "annex.2.1")] ==
      [("improvement_adviser", "recurring", None, "P6W", "2013-05-02")] and
      ("Tom Reed", "chair") in {(a.get("person"), a.get("role")) for a in I.get("appointments", [])})
check("revokes-it-in-force-until", I.get("revokes") == [])
check("two-schedules-two-ids", [o.get("clause") for o in I.get("obligations", []) if o.get("clause", "").startswith("annex")] ==
      ["annex.1.1", "annex.1.2", "annex.2.1", "annex.2.2.a", "annex.2.2.b"])
check("information-that-he-requests", [o.get("kind") for o in of(I, "annex.1.2")] == ["conditional"])
j_got = sorted(got(o) for o in J.get("obligations", []))
check("judgements-listed-after-colon", sorted((x.get("area"), x.get("grade"), x.get("report_date")) for x in J.get("judgements", [])) ==
      [("help_and_protection", "inadequate", "2018-07-29"), ("leadership", "requires_improvement", "2018-07-29"),
       ("overall", "inadequate", "2018-07-29")])
check("day-rule-instead-of-cadence", [o.get("recurrence", {}).get("day") for o in J.get("obligations", []) if o.get("kind") == "recurring"] == ["2TU"])
check("agreed-to-send-and-to-present", ("council", "deadline", "2019-01-09", None, None) in j_got and
      ("council", "deadline", "2019-02-28", None, None) in j_got)
check("before-the-meeting-on", ("council", "deadline", "2019-01-13", None, None) in j_got)
check("my-next-report", ("commissioner", "deadline", "2019-03-31", None, None) in j_got and len(j_got) == 5)
check("commissioner-author-chairs", {("Ada Stone", "commissioner"), ("Ada Stone", "chair")} <=
      {(a.get("person"), a.get("role")) for a in J.get("appointments", [])})
k_got = sorted(got(o) for o in K.get("obligations", []))
check("within-the-next-months-set-off-by-commas", ("council", "deadline", "2023-10-06", None, None) in k_got)
check("months-after-the-date-of-this-letter", ("dfe", "deadline", "2024-01-06", None, None) in k_got and
      len(k_got) == 2)
PY
exit 0
