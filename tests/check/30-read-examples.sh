#!/bin/bash
# 30-read-examples.sh: what the reader must get out of the four example
# instruments, as issue 3 lists it and as a person reads the documents
# (the expectations below were written from the documents, not from the
# program's output).  Each assertion prints PASS or FAIL.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in data/documents/*.txt; do
	"$OVERSIGHT" read "$f" > "$tmp/$(basename "$f" .txt).json" 2> "$tmp/err" ||
		{ echo "FAIL read:$(basename "$f"): exit $?: $(cat "$tmp/err")"; }
done
/usr/bin/python3 - "$tmp" <<'PY'
import json, sys, os
d = sys.argv[1]
def load(n):
    p = os.path.join(d, n + ".json")
    return json.load(open(p)) if os.path.exists(p) and os.path.getsize(p) else {}
K = load("kirklees-direction-2018-01-25")
S = load("stoke-on-trent-direction-2019-10-31")
N = load("kirklees-improvement-notice-2020-01-13")
L = load("kirklees-minister-letter-2017-06-30")

def check(name, cond):
    print(("PASS " if cond else "FAIL ") + "read:" + name)

def obl(rec, clause):
    return [o for o in rec.get("obligations", []) if o["clause"] == clause]

def rec_every(rec, clause, every):
    return [o for o in obl(rec, clause) if o.get("kind") == "recurring" and o.get("recurrence", {}).get("every") == every]

def src_text(name, span):
    b = open("data/documents/" + name + ".txt", "rb").read()
    return b[span[0]:span[1]].decode("utf-8", "replace")

# Kirklees direction
check("kirklees:kind", K.get("kind") == "direction")
check("kirklees:council", K.get("council", {}).get("name") == "Kirklees Council")
check("kirklees:date", K.get("date", {}).get("value") == "2018-01-25")
check("kirklees:legal-basis", any(l.get("section") == "497A(4B)" and l.get("act") == "Education Act 1996" for l in K.get("legal_basis", [])))
check("kirklees:revokes-first-direction", any(r.get("date") == "2016-11-25" and "first direction" in r.get("what", "").lower() for r in K.get("revokes", [])))
for area in ("help_and_protection", "looked_after", "leadership"):
    check("kirklees:judgement:" + area, any(j["area"] == area and j["grade"] == "inadequate" and j.get("report_date") == "2016-11-25" for j in K.get("judgements", [])))
check("kirklees:appointment", any(a.get("person") == "Eleanor Brazil" and a.get("honours") == "OBE" and a.get("role") == "commissioner" for a in K.get("appointments", [])))
e = obl(K, "7.e")
check("kirklees:7.e-deadline", len(e) == 1 and e[0]["kind"] == "deadline" and e[0]["bearer"] == "council" and e[0]["due"]["date"] == "2018-04-25" and e[0]["due"]["rule"] == "within" and e[0]["due"]["period"] == "P3M" and e[0]["due"]["anchor"] == "instrument_date")
check("kirklees:7.e-derivation", e and "2018-01-25 + 3 calendar months = 2018-04-25" in e[0]["due"].get("derivation", ""))
f = obl(K, "7.f")
check("kirklees:7.f-appoint-leeds-dcs", len(f) == 1 and "Director of Children's Services for Leeds" in f[0]["action"])
check("kirklees:7.g-reviews-6-monthly", any(o["bearer"] == "dfe" and o["recurrence"]["anchor"] == "instrument_date" for o in rec_every(K, "7.g", "P6M")))
check("kirklees:7.g-bi-monthly", len(rec_every(K, "7.g", "P2M")) == 1)
check("kirklees:7.g-bi-monthly-warning", any("bi-monthly" in w["message"] for w in K.get("warnings", [])))
check("kirklees:7.g-quarterly-reports-governance-board", any(o["bearer"] == "governance_board" and o.get("to") == "dfe" for o in rec_every(K, "7.g", "P3M")))
h = rec_every(K, "annex.3.h", "P3M")
check("kirklees:annex.3.h-quarterly-updates", len(h) == 1 and h[0]["bearer"] == "commissioner" and h[0].get("to") == "minister")
check("kirklees:annex.3.h-condition", h and "more frequently if the pace of progress is not sufficient" in h[0].get("condition", ""))
for c in ("7.a", "7.b", "7.c"):
    o = obl(K, c)
    check("kirklees:%s-standing" % c, len(o) == 1 and o[0]["kind"] == "standing" and o[0]["bearer"] == "council")
# whom a duty is owed to or done with, read from the words
def to_of(rec, clause, bearer):
    return [o.get("to") for o in obl(rec, clause) if o["bearer"] == bearer]
check("kirklees:7.b-to-commissioner (co-operate with the ... Commissioner)", to_of(K, "7.b", "council") == ["commissioner"])
check("kirklees:7.c-to-commissioner (provide the Children's Services Commissioner with)", to_of(K, "7.c", "council") == ["commissioner"])
check("kirklees:annex.3.a-to-board (Chair ... Improvement Board)", to_of(K, "annex.3.a", "commissioner") == ["improvement_board"])
check("kirklees:annex.3.b-to-board (reported by the Council to each meeting of the ... Board)", "improvement_board" in [o.get("to") for o in K.get("obligations", []) if o["clause"] == "annex.3.b" and o["bearer"] == "council"])
check("kirklees:annex.3.g-to-governance-board (sit on the governance board)", to_of(K, "annex.3.g", "commissioner") == ["governance_board"])
check("kirklees:7.a-no-recipient (comply with any instructions)", to_of(K, "7.a", "council") == [None])
check("kirklees:spans-point-at-the-words", e and "Within three calendar months" in src_text("kirklees-direction-2018-01-25", e[0]["span"]))
check("kirklees:no-obligations-from-recitals", not any(o["clause"].split(".")[0] in ("1", "2", "3", "4", "5", "6") for o in K.get("obligations", [])))

# Stoke-on-Trent direction
check("stoke:date", S.get("date", {}).get("value") == "2019-10-31")
check("stoke:council", S.get("council", {}).get("name") == "Stoke-on-Trent City Council")
d = [o for o in S.get("obligations", []) if o["kind"] == "deadline"]
check("stoke:partnership-by-2020-01-31", any(o["due"]["date"] == "2020-01-31" and o["due"]["rule"] == "by" and o["bearer"] == "council" for o in d))
check("stoke:monthly-progress-report", len(rec_every(S, "7.e.a", "P1M")) == 1)
r = rec_every(S, "7.e.b", "P3M")
check("stoke:reviews-3-monthly-from-instrument-date", len(r) == 1 and r[0]["bearer"] == "dfe" and r[0]["recurrence"]["anchor"] == "instrument_date" and r[0]["recurrence"].get("next") == "2020-01-31")
check("stoke:reviews-rrule-month-end", r and r[0]["recurrence"].get("rrule", "").startswith("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"))
b = rec_every(S, "annex.3.a", "P1M")
check("stoke:board-monthly-chaired-by-commissioner", len(b) == 1 and b[0]["bearer"] == "commissioner")
check("stoke:revokes-first-direction", any(r.get("date") == "2019-05-16" for r in S.get("revokes", [])))
check("stoke:signatory", S.get("signatory", {}).get("name") == "Emily Whitehead")

# Kirklees improvement notice
check("notice:kind", N.get("kind") == "improvement_notice")
check("notice:date", N.get("date", {}).get("value") == "2020-01-13")
check("notice:judgement-ri", any(j["area"] == "overall" and j["grade"] == "requires_improvement" and j.get("report_date") == "2019-08-05" for j in N.get("judgements", [])))
check("notice:revokes-direction-2018", any(r.get("date") == "2018-01-25" for r in N.get("revokes", [])))
m = [o for o in N.get("obligations", []) if o.get("due", {}).get("rule") == "in_month"]
check("notice:review-in-may-2020-window", len(m) == 1 and m[0]["due"].get("start") == "2020-05-01" and m[0]["due"]["date"] == "2020-05-31" and m[0]["bearer"] == "dfe")
j = [o for o in N.get("obligations", []) if o.get("due", {}).get("date") == "2020-06-30"]
check("notice:actions-by-end-of-june-2020", len(j) == 1 and j[0]["due"]["rule"] == "end_of")
u = [o for o in N.get("obligations", []) if o.get("until") == "2020-07-01"]
check("notice:partnership-until-2020-07-01-or-sooner", len(u) == 1 and "sooner" in u[0].get("condition", ""))
# "the department may request an informal update": the department's power, the council's duty
check("notice:conditional-informal-update", any(o["kind"] == "conditional" and o["bearer"] == "council" and o.get("to") == "dfe" for o in N.get("obligations", [])))

# Minister's letter
check("letter:kind", L.get("kind") == "letter")
check("letter:date", L.get("date", {}).get("value") == "2017-06-30")
check("letter:author", L.get("author", {}).get("name") == "Robert Goodwill MP")
check("letter:recipient", L.get("recipient", {}).get("name") == "David Sheard" and "Kirklees Council" in L.get("recipient", {}).get("address", []))
check("letter:decision-minded-to-agree", any(e["kind"] == "decision" and "minded to agree" in e["detail"] for e in L.get("events", [])))
check("letter:commissioner-term-ends-september-2017", any(e["kind"] == "term_end" and e["date"] == "2017-09-30" for e in L.get("events", [])))
# its one dated commitment (the new Commissioner "from the start of October"); the
# undated next steps and "My office will be in touch" are not obligations
LO = L.get("obligations", [])
check("letter:one-dated-commitment", len(LO) == 1 and LO[0]["id"] == "body/1" and "clause" not in LO[0]
      and LO[0]["bearer"] == "minister" and LO[0].get("due", {}).get("date") == "2017-10-01")
check("letter:year-less-month-warned", any("no year" in w["message"] and "October" in w["message"]
                                           for w in L.get("warnings", [])))
PY
exit 0
