#!/bin/bash
# 33-read-unseen.sh: the reader on synthetic instruments in other styles
# (tests/golden/read/synthetic/), with readings worked out by hand.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$OVERSIGHT" read tests/golden/read/synthetic/anyshire-improvement-notice.txt > "$tmp/a.json" 2> "$tmp/err" || echo "FAIL unseen:anyshire: $(cat "$tmp/err")"
"$OVERSIGHT" read tests/golden/read/synthetic/borsetshire-direction.txt > "$tmp/b.json" 2> "$tmp/err" || echo "FAIL unseen:borsetshire: $(cat "$tmp/err")"
"$OVERSIGHT" read tests/golden/read/synthetic/westshire-direction.txt > "$tmp/w.json" 2> "$tmp/err" || echo "FAIL unseen:westshire: $(cat "$tmp/err")"
"$OVERSIGHT" read tests/golden/read/synthetic/fenwold-direction.txt > "$tmp/f.json" 2> "$tmp/err" || echo "FAIL unseen:fenwold: $(cat "$tmp/err")"
"$OVERSIGHT" read tests/golden/read/synthetic/fenwold-minister-letter.txt > "$tmp/fl.json" 2> "$tmp/err" || echo "FAIL unseen:fenwold-letter: $(cat "$tmp/err")"
"$OVERSIGHT" read tests/golden/read/synthetic/marlcombe-improvement-notice.txt > "$tmp/m.json" 2> "$tmp/err" || echo "FAIL unseen:marlcombe: $(cat "$tmp/err")"
"$OVERSIGHT" read tests/golden/read/synthetic/easthaven-direction.txt > "$tmp/e.json" 2> "$tmp/err" || echo "FAIL unseen:easthaven: $(cat "$tmp/err")"
/usr/bin/python3 - "$tmp" <<'PY'
import json, os, sys
d = sys.argv[1]
def load(n):
    p = os.path.join(d, n)
    return json.load(open(p)) if os.path.getsize(p) else {}
A, B, W = load("a.json"), load("b.json"), load("w.json")
def check(name, cond):
    print(("PASS " if cond else "FAIL ") + "unseen:" + name)
def find(rec, clause, kind):
    return [o for o in rec.get("obligations", []) if o["clause"] == clause and o["kind"] == kind]

check("anyshire:kind", A.get("kind") == "improvement_notice")
check("anyshire:council", A.get("council", {}).get("name") == "Anyshire County Council")
check("anyshire:date", A.get("date", {}).get("value") == "2019-03-04")
o = find(A, "1", "deadline")
check("anyshire:(1)-no-later-than", len(o) == 1 and o[0]["due"]["date"] == "2020-02-28" and o[0]["due"]["rule"] == "by" and o[0]["bearer"] == "council" and o[0].get("to") == "dfe")
o = find(A, "2", "recurring")
check("anyshire:(2)-six-weekly", len(o) == 1 and o[0]["recurrence"]["every"] == "P6W" and o[0].get("to") == "improvement_board")
o = find(A, "3", "deadline")
check("anyshire:(3)-within-12-months-of-inspection", len(o) == 1 and o[0]["due"]["period"] == "P12M" and o[0]["due"]["anchor"] == "event:ofsted_inspection" and "date" not in o[0]["due"])
o = find(A, "4", "deadline")
check("anyshire:(4)-by-june-2019", len(o) == 1 and o[0]["due"]["date"] == "2019-06-30" and o[0]["bearer"] == "dfe")
# one duty: due first within three months of 4 March 2019, then every three months from then
o5 = [x for x in A.get("obligations", []) if x["clause"] == "5"]
check("anyshire:(5)-one-duty", len(o5) == 1 and o5[0]["kind"] == "recurring" and o5[0].get("to") == "minister")
check("anyshire:(5)-first-deadline", len(o5) == 1 and o5[0].get("due", {}).get("date") == "2019-06-04")
check("anyshire:(5)-thereafter-every-three-months", len(o5) == 1 and o5[0].get("recurrence", {}).get("every") == "P3M" and o5[0]["recurrence"].get("first") == "2019-06-04" and o5[0]["recurrence"].get("next") == "2019-06-04")
check("anyshire:(6)-standing", len(find(A, "6", "standing")) == 1)
check("anyshire:judgement", any(j["area"] == "overall" and j["grade"] == "inadequate" and j.get("report_date") == "2019-01-14" for j in A.get("judgements", [])))

check("borsetshire:kind", B.get("kind") == "direction")
check("borsetshire:council", B.get("council", {}).get("name") == "Borsetshire Borough Council")
check("borsetshire:date", B.get("date", {}).get("value") == "2019-05-02")
o = find(B, "1_1", "deadline")
check("borsetshire:1.1-within-six-months", len(o) == 1 and o[0]["due"]["date"] == "2019-11-02" and o[0]["bearer"] == "council")
o = find(B, "1_2", "recurring")
check("borsetshire:1.2-monthly-to-commissioner", len(o) == 1 and o[0]["recurrence"]["every"] == "P1M" and o[0]["bearer"] == "council" and o[0].get("to") == "commissioner")
o = find(B, "1_3", "recurring")
check("borsetshire:1.3-every-8-weeks", len(o) == 1 and o[0]["recurrence"]["every"] == "P8W" and o[0]["bearer"] == "commissioner" and o[0].get("to") == "secretary_of_state")
check("borsetshire:signatory", B.get("signatory", {}).get("name") == "John Smith")
check("borsetshire:no-obligation-from-in-force-clause", len(B.get("obligations", [])) == 3)

# Westshire: unnumbered operative paragraphs, another Act, ILACS grades that differ by area,
# a period counted from the dated publication of the report, "at intervals of not more than".
check("westshire:legal-basis-7A-LASSA-1970", [(x["act"], x["section"]) for x in W.get("legal_basis", [])] == [("Local Authority Social Services Act 1970", "7A")])
check("westshire:report-event", [(e["kind"], e["date"]) for e in W.get("events", [])] == [("ofsted_report", "2021-02-08")])
J = {(j["area"], j["grade"], j.get("report_date")) for j in W.get("judgements", [])}
check("westshire:judgements-by-area", J == {("overall", "inadequate", "2021-02-08"), ("looked_after", "requires_improvement", "2021-02-08"), ("care_leavers", "requires_improvement", "2021-02-08")})
check("westshire:paragraph-clauses", [c["id"] for c in W.get("clauses", [])] == ["para.1", "para.2", "para.3"])
o = find(W, "para.1", "deadline")
# 8 February 2021 + 8 weeks (56 days: 20 to the end of February, 31 of March, 5 of April)
check("westshire:para.1-within-8-weeks-of-publication", len(o) == 1 and o[0]["due"]["anchor"] == "event:ofsted_report" and o[0]["due"].get("date") == "2021-04-05" and o[0].get("to") == "dfe")
o = find(W, "para.2", "recurring")
check("westshire:para.2-intervals-of-not-more-than", len(o) == 1 and o[0]["recurrence"]["every"] == "P3M" and o[0]["recurrence"].get("next") == "2021-06-01" and o[0].get("to") == "improvement_board")
check("westshire:no-obligation-from-in-force-paragraph", len(W.get("obligations", [])) == 2)

# Fenwold: events dated in sentences that do not open with their date, an office then a
# name between commas, instruments revoked together, "not later than N after", a
# continuing duty joined to a timed one, "the Adviser" as a defined short form.
F, FL = load("f.json"), load("fl.json")
E = {(e["kind"], e["date"]) for e in F.get("events", [])}
check("fenwold:events-not-opening-with-their-date", E == {("ofsted_inspection", "2021-10-14"), ("ofsted_report", "2021-12-02"), ("appointment", "2022-01-10"), ("direction_issued", "2022-01-10"), ("commissioner_report", "2022-04-08"), ("direction_issued", "2022-04-11")})
check("fenwold:judgement-report-date", [(j["area"], j["grade"], j.get("report_date")) for j in F.get("judgements", [])] == [("overall", "inadequate", "2021-12-02")])
P = {(a["person"], a["role"]) for a in F.get("appointments", [])}
check("fenwold:office-then-name-appointed", ("Rowan Achterberg", "commissioner") in P)
check("fenwold:chaired-by-the-adviser", ("Tobias Wren", "chair") in P and ("Tobias Wren", "improvement_adviser") in P)
R = sorted(r.get("date") for r in F.get("revokes", []))
check("fenwold:revoked-together-one-each", R == ["2020-03-02", "2021-05-05", "2022-01-10", "2022-04-11"])
o = find(F, "2", "deadline")
# 20 May 2022 + 8 weeks (56 days: 11 to the end of May, 30 of June, 15 of July)
check("fenwold:2-not-later-than-eight-weeks-after", len(o) == 1 and o[0]["due"].get("period") == "P8W" and o[0]["due"].get("date") == "2022-07-15")
s3, r3 = find(F, "3", "standing"), find(F, "3", "recurring")
check("fenwold:3-joined-continuing-duty", len(s3) == 1 and s3[0]["bearer"] == "commissioner" and len(r3) == 1 and r3[0]["recurrence"]["every"] == "P6W" and r3[0]["bearer"] == "commissioner")
o = find(F, "4", "standing")
check("fenwold:4-set-up-and-maintain-is-standing-and-the-adviser-chairs", [x["bearer"] for x in o] == ["council", "improvement_adviser"] and not find(F, "4", "event"))
o = find(F, "5", "recurring")
check("fenwold:5-the-adviser-bears", len(o) == 1 and o[0]["bearer"] == "improvement_adviser")
o = [x for x in F.get("obligations", []) if x["clause"] == "6"]
# 20 May 2022 + 10 weeks (70 days: 11, 30, 29 of July); "transferred from the Council" names no bearer
check("fenwold:6-one-deadline-of-the-commissioner", len(o) == 1 and o[0]["bearer"] == "commissioner" and o[0]["due"].get("date") == "2022-07-29")
check("fenwold:revocations-are-not-duties", not [x for x in F.get("obligations", []) if x["clause"] in ("1", "7")])
E = {(e["kind"], e["date"]) for e in FL.get("events", [])}
check("fenwold-letter:report-sent-and-decision", FL.get("kind") == "letter" and E == {("commissioner_report", "2022-09-19"), ("decision", "2022-10-03")})
# Marlcombe: an improvement notice with an "Issued:" line, "3. The Council must:" over
# "(i)" to "(v)", "no later than 6 months from the date of this Notice", working days,
# "fortnightly", "at six-monthly intervals", a consequence that is not a duty, and an
# annex whose duties are rows of a table (duty, then its timing in a column).
M = load("m.json")
check("marlcombe:kind-council-date", M.get("kind") == "improvement_notice" and M.get("council", {}).get("name") == "Marlcombe Council" and M.get("date", {}).get("value") == "2024-10-31")
check("marlcombe:events", {(e["kind"], e["date"], e.get("end_date")) for e in M.get("events", [])} == {("ofsted_inspection", "2024-07-15", "2024-07-26"), ("ofsted_report", "2024-09-12", None)})
check("marlcombe:judgements", {(j["area"], j["grade"], j.get("report_date")) for j in M.get("judgements", [])} == {("overall", "inadequate", "2024-09-12"), ("help_and_protection", "inadequate", "2024-09-12")})
check("marlcombe:adviser-with-honours", any(a["person"] == "Calum Ferrier" and a.get("honours") == "OBE" and a["role"] == "improvement_adviser" for a in M.get("appointments", [])))
o = find(M, "3.i", "deadline")
check("marlcombe:3.i-by-date", len(o) == 1 and o[0]["due"]["date"] == "2025-03-31" and o[0]["bearer"] == "council" and o[0].get("to") == "dfe")
o = find(M, "3.ii", "deadline")
# Thursday 31 October 2024 + 10 working days (1, 4-8, 11-14 November; no bank holiday)
check("marlcombe:3.ii-10-working-days", len(o) == 1 and o[0]["due"].get("period") == "10 working days" and o[0]["due"].get("date") == "2024-11-14")
o = find(M, "3.iii", "deadline")
# 31 October 2024 + 6 calendar months: no 31 April, so the last day of April
check("marlcombe:3.iii-no-later-than-6-months-from", len(o) == 1 and o[0]["due"].get("period") == "P6M" and o[0]["due"].get("anchor") == "instrument_date" and o[0]["due"].get("date") == "2025-04-30")
check("marlcombe:3.iv-standing", len(find(M, "3.iv", "standing")) == 1)
o = find(M, "3.v", "recurring")
check("marlcombe:3.v-every-two-months", len(o) == 1 and o[0]["recurrence"]["every"] == "P2M" and o[0]["recurrence"].get("next") == "2024-12-31" and o[0].get("to") == "dfe")
# "The Council will maintain an Improvement Board, chaired by the Adviser, ...": the council
# maintains it, the Adviser chairs it (both standing; doc/instrument-schema.md)
check("marlcombe:4-maintain-is-the-councils-the-adviser-chairs", [(x["bearer"], x["kind"]) for x in find(M, "4", "standing")] == [("council", "standing"), ("improvement_adviser", "standing")])
o = find(M, "5", "recurring")
check("marlcombe:5-six-monthly-reviews", len(o) == 1 and o[0]["bearer"] == "dfe" and o[0]["recurrence"]["every"] == "P6M" and o[0]["recurrence"].get("next") == "2025-04-30")
o = find(M, "6", "recurring")
check("marlcombe:6-fortnightly", len(o) == 1 and o[0]["bearer"] == "improvement_adviser" and o[0]["recurrence"]["every"] == "P2W" and o[0]["recurrence"].get("next") == "2024-11-14")
check("marlcombe:7-consequence-is-no-duty", not [x for x in M.get("obligations", []) if x["clause"] == "7"])
T = [(x["clause"], x["bearer"], x["kind"], x.get("recurrence", {}).get("every"), x.get("recurrence", {}).get("next") or x.get("due", {}).get("date"), x.get("to")) for x in M.get("obligations", []) if x["clause"].startswith("annex.")]
# `to` as the schema has it: "review the Council's performance dashboard" and "agree
# measures of success with the Council" are done with the Council
check("marlcombe:annex-table-rows", T == [("annex.1", "improvement_board", "recurring", "P2W", "2024-11-14", None), ("annex.2", "improvement_board", "recurring", "P2M", "2024-12-31", "council"), ("annex.3", "improvement_board", "deadline", None, "2025-01-31", "council"), ("annex.4", "improvement_board", "recurring", "P6M", "2025-04-30", "secretary_of_state")])
check("marlcombe:thirteen-duties", len(M.get("obligations", [])) == 13)

# Easthaven: a second direction (PDF-converter text) that revokes the first and moves
# services to a trust: the title's Act split across lines, "PART 11" / "PART 111" for II and
# III, page footers with a form feed and a running header (one inside a sentence), a
# lead-in split before "shall:", "withdrawn from the Council" (the Council is the
# source), a clause number on a line of its own, "[signature]", "Signed by ..., on 3.2.25".
E = load("e.json")
check("easthaven:kind-council-date", E.get("kind") == "direction" and E.get("council", {}).get("name") == "Easthaven Borough Council" and E.get("date", {}).get("value") == "2025-02-03")
check("easthaven:legal-basis", {(x["act"], x["section"]) for x in E.get("legal_basis", [])} == {("Education Act 1996", "497A(4B)"), ("Children Act 2004", "50")})
check("easthaven:signatory", E.get("signatory", {}).get("name") == "Ruth Adebayo")
check("easthaven:events", {(e["kind"], e["date"]) for e in E.get("events", [])} == {("direction_issued", "2023-03-06"), ("ofsted_report", "2023-01-20"), ("commissioner_report", "2024-11-18")})
check("easthaven:judgement", [(j["area"], j["grade"], j.get("report_date")) for j in E.get("judgements", [])] == [("overall", "inadequate", "2023-01-20")])
check("easthaven:appointments", {(a["person"], a["role"]) for a in E.get("appointments", [])} == {("Helen Varga", "commissioner"), ("Owain Pryce", "commissioner")})
check("easthaven:revokes-the-first-direction", [r.get("date") for r in E.get("revokes", [])] == ["2023-03-06"])
def ids(cs):
    return [i for c in cs for i in [c["id"]] + ids(c["children"])]
check("easthaven:clause-number-on-its-own-line", ids(E.get("clauses", [])) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "9.a", "9.b", "9.c", "10", "11", "12"])
o = find(E, "5", "deadline")
check("easthaven:5-shall-by", len(o) == 1 and o[0]["bearer"] == "council" and o[0]["due"]["date"] == "2025-03-31")
o = find(E, "7", "recurring")
# 3 February 2025 + 4 weeks; the page break and running header inside the sentence
check("easthaven:7-every-four-weeks-across-a-page", len(o) == 1 and o[0]["bearer"] == "council" and o[0].get("to") == "commissioner" and o[0]["recurrence"]["every"] == "P4W" and o[0]["recurrence"].get("next") == "2025-03-03")
check("easthaven:7-running-header-is-not-text", len(o) == 1 and "Easthaven" not in o[0]["action"] and "Page" not in o[0]["action"])
check("easthaven:9.a-lead-in-split-before-shall", [x["bearer"] for x in find(E, "9.a", "standing")] == ["commissioner"])
o = find(E, "9.b", "deadline")
check("easthaven:9.b-withdrawn-from-the-council", len(o) == 1 and o[0]["bearer"] == "commissioner" and o[0].get("to") == "secretary_of_state" and o[0]["due"].get("date") == "2025-05-03")
o = find(E, "9.c", "recurring")
check("easthaven:9.c-end-of-each-quarter", len(o) == 1 and o[0]["bearer"] == "commissioner" and o[0].get("to") == "minister" and o[0]["recurrence"].get("anchor") == "quarter_end" and o[0]["recurrence"].get("first") == "2025-03-31")
check("easthaven:10-standing", [x["bearer"] for x in E.get("obligations", []) if x["clause"] == "10"] == ["commissioner"])
o = find(E, "11", "deadline")
check("easthaven:11-within-28-days", len(o) == 1 and o[0]["bearer"] == "council" and o[0]["due"].get("period") == "P28D" and o[0]["due"].get("date") == "2025-03-03")
check("easthaven:revocation-and-in-force-are-not-duties", not [x for x in E.get("obligations", []) if x["clause"] in ("4", "12")] and len(E.get("obligations", [])) == 9)
PY
exit 0
