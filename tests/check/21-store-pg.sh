#!/bin/bash
# 21-store-pg.sh: the store contract suite (test_store_contract) and the
# register verbs against PostgreSQL.  Starts a throwaway server: initdb in
# a temporary directory (as the postgres user when run as root, since
# PostgreSQL refuses to run as root), a random free port on 127.0.0.1, its
# unix socket in the same directory, trust authentication; stops it and
# removes the directory on exit.  PostgreSQL comes from scripts/deps.sh test
# (Debian 12: postgresql-15).
set -u
BUILD=${BUILD:-build}
OVERSIGHT=${OVERSIGHT:-$BUILD/oversight}
CONTRACT=$BUILD/tests/test_store_contract
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check

fail() { echo "FAIL store-pg:$1"; [ $# -gt 1 ] && echo "  $2"; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
	scripts/deps.sh test >/dev/null 2>&1 || true
	bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
	fail server "PostgreSQL is not installed (scripts/deps.sh test installs postgresql)"
	exit 0
fi

tmp=$(mktemp -d /tmp/oversight-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
	id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
	chown postgres "$tmp"
	as_pg=(runuser -u postgres --)
fi
chmod 755 "$tmp"
cleanup() {
	"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1
	rm -rf "$tmp"
}
trap cleanup EXIT

port=
for _ in 1 2 3 4 5 6 7 8 9 10; do
	p=$((20000 + RANDOM % 40000))
	if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then port=$p; break; fi
done
if ! "${as_pg[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 \
	--no-locale >"$tmp/initdb.log" 2>&1; then
	fail server "initdb failed: $(tail -3 "$tmp/initdb.log")"
	exit 0
fi
if ! "${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -w -l "$tmp/server.log" \
	-o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -F" start >/dev/null 2>&1; then
	fail server "server did not start: $(tail -3 "$tmp/server.log")"
	exit 0
fi
for db in ova ovb ovc ovd ove; do
	"$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db" || fail "createdb $db"
done
url() { echo "postgresql://postgres@127.0.0.1:$port/$1"; }

# 1. The contract suite and the ingest suite, the same binaries as the SQLite run.
OVERSIGHT_TEST_DB=$(url ova) OVERSIGHT_TEST_DB2=$(url ovb) "$CONTRACT"
OVERSIGHT_TEST_DB=$(url ova) "$BUILD/tests/test_ingest"

# 2. The verbs: the same register on both backends exports the same bytes.
csv=data/reference/ofsted-ilacs-history.csv
"$OVERSIGHT" db init --db "$(url ovc)" >/dev/null &&
	"$OVERSIGHT" import ofsted --db "$(url ovc)" "$csv" >/dev/null 2>&1 &&
	"$OVERSIGHT" export --db "$(url ovc)" >"$tmp/pg.json" &&
	echo "PASS store-pg:init-import-export" || fail init-import-export
"$OVERSIGHT" db init --db "$tmp/lite.db" >/dev/null &&
	"$OVERSIGHT" import ofsted --db "$tmp/lite.db" "$csv" >/dev/null 2>&1 &&
	"$OVERSIGHT" export --db "$tmp/lite.db" >"$tmp/lite.json"
if cmp -s "$tmp/pg.json" "$tmp/lite.json"; then
	echo "PASS store-pg:same-export-as-sqlite"
else
	fail same-export-as-sqlite "$(diff "$tmp/pg.json" "$tmp/lite.json" | head -5)"
fi
# A SQLite export restores into PostgreSQL and comes back the same.
if "$OVERSIGHT" import --db "$(url ovd)" "$tmp/lite.json" >/dev/null &&
	"$OVERSIGHT" export --db "$(url ovd)" | cmp -s - "$tmp/lite.json"; then
	echo "PASS store-pg:sqlite-export-restores-into-pg"
else
	fail sqlite-export-restores-into-pg
fi
out=$("$OVERSIGHT" db check --db "$(url ovc)" 2>&1) && echo "PASS store-pg:db-check" ||
	fail db-check "$out"
"$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d ovc \
	-c "UPDATE audit SET after = '{}' WHERE seq = 200" >/dev/null
out=$("$OVERSIGHT" audit verify --db "$(url ovc)" 2>&1)
rc=$?
[ $rc -eq 65 ] && [[ $out == *"entry 200:"* ]] && echo "PASS store-pg:audit-edit-detected" ||
	fail audit-edit-detected "rc=$rc $out"
# Two writers at once lose nothing (LOCK TABLE audit serialises writers).
"$OVERSIGHT" db init --db "$(url ove)" >/dev/null
writer() { for i in $(seq 1 20); do "$OVERSIGHT" record event --db "$(url ove)" "$1" meeting_held 2020-01-15 >/dev/null || echo "lost $1 $i"; done; }
writer Kirklees >"$tmp/w1" 2>&1 &
writer Leeds >"$tmp/w2" 2>&1 &
"$OVERSIGHT" import ofsted --db "$(url ove)" "$csv" >/dev/null 2>&1 || echo "lost import" >"$tmp/w3"
wait
n=$("$bindir/psql" -qtA -h 127.0.0.1 -p "$port" -U postgres -d ove -c "SELECT (SELECT count(*) FROM events) || ' ' || (SELECT count(*) FROM inspections)")
if [ "$n" = "40 497" ] && ! cat "$tmp"/w? 2>/dev/null | grep -q lost &&
	"$OVERSIGHT" audit verify --db "$(url ove)" >/dev/null; then
	echo "PASS store-pg:concurrent-writers"
else
	fail concurrent-writers "$n $(cat "$tmp"/w? 2>/dev/null | head -3)"
fi
# Two processes ingesting and recording at once lose nothing.
D=data/documents
"$OVERSIGHT" ingest --db "$(url ove)" $D/kirklees-direction-2018-01-25.txt >/dev/null
for i in $(seq 1 10); do { cat $D/kirklees-improvement-notice-2020-01-13.txt; printf '%*s\n' "$i" ''; } >"$tmp/n$i.txt"; done
"$OVERSIGHT" ingest --db "$(url ove)" "$tmp"/n*.txt >/dev/null 2>"$tmp/i1" &
for i in $(seq 1 10); do "$OVERSIGHT" record evidence --db "$(url ove)" --council kirklees 7.e 2018-04-20 --note "c$i" >/dev/null || echo "lost $i"; done >"$tmp/i2" 2>&1
wait
n=$("$bindir/psql" -qtA -h 127.0.0.1 -p "$port" -U postgres -d ove -c "SELECT (SELECT count(*) FROM instruments) || ' ' || (SELECT count(*) FROM evidence)")
if [ "$n" = "11 10" ] && ! [ -s "$tmp/i1" ] && ! [ -s "$tmp/i2" ] &&
	"$OVERSIGHT" audit verify --db "$(url ove)" >/dev/null; then
	echo "PASS store-pg:concurrent-ingest-and-record"
else
	fail concurrent-ingest-and-record "$n $(cat "$tmp/i1" "$tmp/i2" | head -3)"
fi
# The views give the same answers on PostgreSQL as on SQLite.
"$OVERSIGHT" db init --db "$tmp/views.db" >/dev/null && "$OVERSIGHT" ingest --db "$tmp/views.db" $D/*.txt >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres ovf
"$OVERSIGHT" db init --db "$(url ovf)" >/dev/null && "$OVERSIGHT" ingest --db "$(url ovf)" $D/*.txt >/dev/null
same=1
for v in "due --council kirklees --as-of 2018-05-01 --json" "due --as-of 2019-12-01 --bearer dfe --json" \
	"status --as-of 2020-02-01 --json" "check --as-of 2019-06-01 --json" "timeline kirklees --as-of 2020-03-01" \
	"calendar --as-of 2020-02-01" "stats --as-of 2020-02-01 --json"; do
	a=$("$OVERSIGHT" $v --db "$tmp/views.db" 2>&1) b=$("$OVERSIGHT" $v --db "$(url ovf)" 2>&1)
	[ "$a" = "$b" ] || { same=0; echo "  $v differs: $(diff <(echo "$a") <(echo "$b") | head -3)"; }
done
[ $same = 1 ] && echo "PASS store-pg:views-same-as-sqlite" || fail views-same-as-sqlite
out=$("$OVERSIGHT" db check --db "postgresql://postgres@127.0.0.1:$port/postgres" 2>&1)
rc=$?
[ $rc -eq 65 ] && echo "PASS store-pg:empty-db-refused" || fail empty-db-refused "rc=$rc $out"
exit 0
