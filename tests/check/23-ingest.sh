#!/bin/bash
# 23-ingest.sh: `oversight ingest`, `review` and `record instrument|evidence`
# end to end on a SQLite register, and two processes ingesting and
# recording at once.  (The ingest suite, tests/unit/test_ingest.c, runs as a
# unit test: every order of the example documents gives the same register,
# in force and history, refusals, corrections.)  tests/check/21-store-pg.sh runs test_ingest and the
# same concurrency against PostgreSQL.  Expectations come from the
# documents: see tests/unit/test_ingest.c.
set -u
BUILD=${BUILD:-build}
O=${OVERSIGHT:-$BUILD/oversight}
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CHECK=ingest
. tests/check/lib/report.sh
q() { /usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$@"; }

db=$tmp/reg.db
D=data/documents
"$O" db init --db "$db" >/dev/null
out=$("$O" ingest --db "$db" $D/kirklees-improvement-notice-2020-01-13.txt $D/kirklees-direction-2018-01-25.txt 2>&1)
[[ $out == *"ingested ba4df57f60a7, improvement notice of 2020-01-13 for Kirklees"* ]] &&
	[[ $out == *"ingested a38963dc96a8, direction of 2018-01-25 for Kirklees"*"1 revocation resolved; needs review"* ]] &&
	pass cli-ingest || fail cli-ingest "$out"
out=$("$O" ingest --db "$db" $D/kirklees-direction-2018-01-25.txt 2>&1)
[[ $out == *"already in the register as a38963dc96a8"* ]] && pass cli-same-file-again || fail cli-same-file-again "$out"
[ "$(q "$db" "select ended_on || ' ' || substr(ended_by, 1, 12) from instruments where sha256 like 'a38963dc%'")" = "2020-01-13 ba4df57f60a7" ] &&
	pass cli-direction-ended-by-notice || fail cli-direction-ended-by-notice

# Bad input: nothing written, a clear message, the exit code of the first failure.
before=$(q "$db" "select count(*) from audit")
expect unknown-council 65 "borsetshire-direction.txt: unknown council 'Borsetshire" \
	"$O" ingest --db "$db" tests/golden/read/synthetic/borsetshire-direction.txt
expect missing-file 66 "cannot open 'nope.txt'" "$O" ingest --db "$db" nope.txt
expect not-an-instrument 65 "data/SOURCES.md:" "$O" ingest --db "$db" data/SOURCES.md
out=$("$O" ingest --db "$db" nope.txt $D/stoke-on-trent-direction-2019-10-31.txt 2>&1)
rc=$?
[ $rc -eq 66 ] && [[ $out == *"ingested 67648f750e5b"* ]] && [[ $out == *"1 of 2 files not ingested"* ]] &&
	pass batch-goes-on-past-a-bad-file || fail batch-goes-on-past-a-bad-file "exit $rc: $out"
[ "$(q "$db" "select count(*) from audit")" -gt "$before" ] &&
	[ "$(q "$db" "select count(*) from documents")" = 3 ] && pass refused-files-write-nothing ||
	fail refused-files-write-nothing
printf 'SQLite format 3\0garbage' >"$tmp/corrupt.db"
expect corrupt-database 65 "corrupt.db" "$O" ingest --db "$tmp/corrupt.db" $D/kirklees-direction-2018-01-25.txt
expect no-database 66 "db init" "$O" ingest --db "$tmp/none.db" $D/kirklees-direction-2018-01-25.txt

# Evidence by clause reference; an ambiguous one is refused with the candidates.
out=$("$O" record evidence --db "$db" --council kirklees 7.e 2018-04-20 --note "agreement signed" 2>&1) &&
	[ "$(q "$db" "select count(*) from evidence v join occurrences o on o.id = v.occurrence where o.due_date = '2018-04-25' and v.date = '2018-04-20'")" = 1 ] &&
	pass evidence-by-reference || fail evidence-by-reference "$out"
expect evidence-ambiguous 65 "'7.g/1' has 3 occurrences (due 2018-07-25, 2019-01-25, 2019-07-25)" \
	"$O" record evidence --db "$db" --council kirklees 7.g/1 2018-07-20
expect evidence-bad-due 65 "2018-13-01" "$O" record evidence --db "$db" --council kirklees 7.g/1 2018-07-20 --due 2018-13-01

# Review: list, correct, confirm.
out=$("$O" review --db "$db")
[[ $out == *"a38963dc96a8  direction   2018-01-25  Kirklees  [needs_review]"* ]] &&
	[[ $out == *"warning: 'bi-monthly' read as every two months"* ]] && pass review-lists || fail review-lists "$out"
out=$("$O" review --db "$db" a38963 --set obligation.7.g/2.every=P1M 2>&1) &&
	[[ $out == *"obligation.7.g/2.every by check: P2M -> P1M"* ]] &&
	[ "$(q "$db" "select count(*) from occurrences o join obligations b on b.id = o.obligation where b.ref = '7.g/2'")" = 23 ] &&
	pass review-correct-recomputes || fail review-correct-recomputes "$out"
expect review-bad-field 64 "cannot be corrected" "$O" review --db "$db" a38963 --set colour=blue
expect review-short-prefix 64 "6 or more" "$O" review --db "$db" a389 --confirm
"$O" review --db "$db" a38963 --confirm >/dev/null && [ "$("$O" review --db "$db")" = "nothing needs review" ] &&
	pass review-confirm || fail review-confirm

# The first direction, known only from the recital, entered by hand: the recital resolves.
out=$("$O" record instrument --db "$db" Kirklees direction 2016-11-25 --title "Direction (first)" --commissioner "Eleanor Brazil" 2>&1) &&
	[[ $out == *"direction of 2016-11-25 for Kirklees"*"1 revocation resolved"* ]] &&
	[ "$(q "$db" "select ended_on from instruments where date = '2016-11-25'")" = 2018-01-25 ] &&
	pass record-instrument-resolves-recital || fail record-instrument-resolves-recital "$out"
expect record-instrument-bad-kind 64 "KIND must be" "$O" record instrument --db "$db" Kirklees decree 2016-11-25
"$O" audit verify --db "$db" >/dev/null && "$O" db check --db "$db" >/dev/null && pass audit-verifies || fail audit-verifies

# Two processes at once: one ingesting twenty new copies, one recording twenty evidence.
for i in $(seq 1 20); do { cat $D/kirklees-improvement-notice-2020-01-13.txt; printf '%*s\n' "$i" ''; } >"$tmp/n$i.txt"; done
n0=$(q "$db" "select count(*) from instruments")
"$O" ingest --db "$db" "$tmp"/n*.txt >/dev/null 2>"$tmp/w1" &
for i in $(seq 1 20); do "$O" record evidence --db "$db" 1 2018-04-20 --note "c$i" >/dev/null || echo "lost $i"; done >"$tmp/w2" 2>&1
wait
[ "$(q "$db" "select count(*) from instruments")" = $((n0 + 20)) ] &&
	[ "$(q "$db" "select count(*) from evidence where note like 'c%'")" = 20 ] && ! [ -s "$tmp/w1" ] && ! [ -s "$tmp/w2" ] &&
	"$O" audit verify --db "$db" >/dev/null && pass concurrent-ingest-and-record ||
	fail concurrent-ingest-and-record "$(cat "$tmp/w1" "$tmp/w2" | head -3)"

# The whole register, instruments and their rows included, round-trips exactly.
"$O" export --db "$db" >"$tmp/e1.json" && "$O" import --db "$tmp/copy.db" "$tmp/e1.json" >/dev/null &&
	"$O" export --db "$tmp/copy.db" | cmp -s - "$tmp/e1.json" &&
	grep -q '"revocations": \[' "$tmp/e1.json" && pass export-import-export-identical ||
	fail export-import-export-identical
exit 0
