#!/bin/bash
# 20-store-sqlite.sh: the register verbs on SQLite, and bad input: a file
# that is not SQLite, a SQLite database that is not ours, a corrupt
# database, an Ofsted CSV with wrong columns, a bad date or an unknown
# council, and an edited audit log.  (The contract suite itself,
# test_store_contract, runs on SQLite as a unit test and on PostgreSQL in
# 21-store-pg.sh.)
set -u
O=${OVERSIGHT:-build/oversight}
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
unset OVERSIGHT_DB
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
csv=data/reference/ofsted-ilacs-history.csv

CHECK=store-sqlite
. tests/check/lib/report.sh

db=$tmp/reg.db
out=$("$O" db init --db "$db") && [[ $out == *"158 councils, 158 changed"* ]] && pass init || fail init "$out"
out=$("$O" db init --db "$db") && [[ $out == *"0 changed"* ]] && pass init-again-no-op || fail init-again-no-op "$out"
out=$("$O" import ofsted --db "$db" "$csv" 2>"$tmp/err")
[[ $out == *"497 inspections"* ]] && pass import-ofsted || fail import-ofsted "$out"
grep -q 'line 329: help_and_protection_grade .to requires improvement. is not a grade' "$tmp/err" &&
	pass import-ofsted-reports-line || fail import-ofsted-reports-line "$(head -3 "$tmp/err")"
"$O" export --db "$db" >"$tmp/e1.json"
out=$("$O" import ofsted --db "$db" "$csv" 2>/dev/null)
"$O" export --db "$db" >"$tmp/e2.json"
[[ $out == *" 0 inspections and 0 judgements"* ]] && cmp -s "$tmp/e1.json" "$tmp/e2.json" &&
	pass reimport-changes-nothing || fail reimport-changes-nothing "$out"

# Default database: ./oversight.db, then $OVERSIGHT_DB.
(cd "$tmp" && "$O" db init >/dev/null) && [ -f "$tmp/oversight.db" ] && pass default-path || fail default-path
OVERSIGHT_DB=$tmp/env.db "$O" db init >/dev/null && [ -f "$tmp/env.db" ] && pass env-path || fail env-path

# Round trip.
"$O" import --db "$tmp/copy.db" "$tmp/e1.json" >/dev/null && "$O" export --db "$tmp/copy.db" >"$tmp/e3.json" &&
	cmp -s "$tmp/e1.json" "$tmp/e3.json" && pass export-import-export-identical || fail export-import-export-identical
expect import-into-non-empty 65 "empty database only" "$O" import --db "$db" "$tmp/e1.json"
echo '{"format": "something else"}' >"$tmp/bad.json"
expect import-not-an-export 65 "not an oversight export" "$O" import --db "$tmp/new.db" "$tmp/bad.json"

# Bad CSVs: clear message, exit 65, nothing written.
before=$("$O" export --db "$db" | sha256sum)
printf 'urn,la,link\n1,leeds,x\n' >"$tmp/cols.csv"
expect csv-wrong-columns 65 "line 1: expected 15 columns" "$O" import ofsted --db "$db" "$tmp/cols.csv"
{ head -3 "$csv"; sed -n 4p "$csv" | sed 's#,[0-9][0-9]/[0-9][0-9]/[0-9][0-9],#,32/13/21,#'; } >"$tmp/date.csv"
expect csv-bad-date 65 "line 4, column 5 (publication_date): bad date '32/13/21'" "$O" import ofsted --db "$db" "$tmp/date.csv"
{ head -1 "$csv"; sed -n 2p "$csv" | sed 's#,dorset,#,atlantis,#; s#file/[0-9]*#file/999#'; } >"$tmp/unknown.csv"
out=$("$O" import ofsted --db "$db" "$tmp/unknown.csv" 2>&1)
[[ $out == *"line 2: unknown council 'atlantis'; row skipped"* && $out == *"1 rows skipped"* ]] &&
	pass csv-unknown-council || fail csv-unknown-council "$out"
after=$("$O" export --db "$db" | sha256sum)
[ "$before" = "$after" ] && pass bad-csv-wrote-nothing || fail bad-csv-wrote-nothing
expect csv-missing 66 "cannot open" "$O" import ofsted --db "$db" "$tmp/nope.csv"

# Foreign and corrupt databases are refused and left untouched.
printf 'not a database at all\n' >"$tmp/foreign.txt"
sum=$(sha256sum <"$tmp/foreign.txt")
expect foreign-file 65 "is not a SQLite database" "$O" db init --db "$tmp/foreign.txt"
[ "$(sha256sum <"$tmp/foreign.txt")" = "$sum" ] && pass foreign-file-untouched || fail foreign-file-untouched
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table payroll(a)"); c.commit()' "$tmp/other.db"
expect foreign-sqlite 65 "oversight did not make" "$O" db init --db "$tmp/other.db"
cp "$db" "$tmp/corrupt.db"
dd if=/dev/urandom of="$tmp/corrupt.db" bs=4096 seek=3 count=40 conv=notrunc 2>/dev/null
expect corrupt-db 65 "corrupt" "$O" db check --db "$tmp/corrupt.db"
head -c 3000 "$db" >"$tmp/truncated.db"
expect truncated-db 65 "corrupt" "$O" db check --db "$tmp/truncated.db"
expect missing-db 66 "run oversight db init" "$O" audit verify --db "$tmp/none.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update schema_version set version=8"); c.commit()' "$tmp/copy.db"
expect newer-schema 65 "schema version 8, newer" "$O" export --db "$tmp/copy.db"

# What no document gives.
out=$("$O" record event --db "$db" "Stokeon-Trent Council" meeting_held 2020-01-15 --detail board) &&
	[[ $out == "event 1 recorded for council 861" ]] && pass record-event || fail record-event "$out"
expect record-event-unknown-council 65 "unknown council 'Atlantis'" "$O" record event --db "$db" Atlantis meeting_held 2020-01-15
expect record-event-bad-date 65 "no 30 February" "$O" record event --db "$db" Leeds meeting_held 2019-02-30
expect record-evidence-no-occurrence 65 "no occurrence 9" "$O" record evidence --db "$db" 9 2020-01-15 --note x
expect record-evidence-bad-number 64 "positive number" "$O" record evidence --db "$db" nine 2020-01-15

# The audit chain.
out=$("$O" audit verify --db "$db") && [[ $out == *"verified: 656 entries"* ]] && pass audit-verify || fail audit-verify "$out"
"$O" audit log --db "$db" | head -1 | grep -q "^1	2026-11-23	check	council.add	council:201	" &&
	pass audit-log || fail audit-log "$("$O" audit log --db "$db" | head -1)"
cp "$db" "$tmp/edit.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update audit set who=\"mallory\" where seq=300"); c.commit()' "$tmp/edit.db"
expect audit-edit-detected 65 "audit chain broken at entry 300" "$O" audit verify --db "$tmp/edit.db"
cp "$db" "$tmp/del.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("delete from audit where seq=12"); c.commit()' "$tmp/del.db"
expect audit-delete-detected 65 "entry 13: entries before it are missing" "$O" audit verify --db "$tmp/del.db"
expect db-check-sees-audit 65 "audit chain broken" "$O" db check --db "$tmp/del.db"
# Two writers at once lose nothing (WAL, busy timeout, BEGIN IMMEDIATE).
cdb=$tmp/conc.db
"$O" db init --db "$cdb" >/dev/null
writer() { for i in $(seq 1 25); do "$O" record event --db "$cdb" "$1" meeting_held 2020-01-15 --detail "$1 $i" >/dev/null || echo "lost $1 $i"; done; }
writer Kirklees >"$tmp/w1" 2>&1 &
writer Leeds >"$tmp/w2" 2>&1 &
"$O" import ofsted --db "$cdb" "$csv" >/dev/null 2>&1 || echo "lost import" >"$tmp/w3"
wait
out=$("$O" export --db "$cdb" | python3 -c 'import json,sys; t=json.load(sys.stdin)["tables"]; print(len(t["events"]), len(t["inspections"]))')
if [ "$out" = "50 497" ] && ! cat "$tmp"/w? 2>/dev/null | grep -q lost && "$O" audit verify --db "$cdb" >/dev/null; then
	pass concurrent-writers
else
	fail concurrent-writers "$out $(cat "$tmp"/w? 2>/dev/null | head -3)"
fi
exit 0
