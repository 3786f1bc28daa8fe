#!/bin/bash
# 22-store-crash.sh: SIGKILL `oversight ingest`, `oversight record event`,
# `oversight record evidence` and `oversight import ofsted` at random
# moments, 240 runs in turn, on one SQLite register.  After each kill the
# database must open and pass db check (integrity, foreign keys, audit
# chain); every instrument must be whole or absent (each ingest stores a
# new copy of the Kirklees direction, a byte added per run so it is new: a
# stored copy must have its document, all 19 obligations (the gated gold's count, tests/golden/read/) and as many
# occurrences as the first copy, and no document may lack its instrument);
# the Ofsted import must be whole or absent (0 or 497 inspections, with
# 1427 judgements, all from one of two versions of the file that alternate
# so every import rewrites every row); and no instrument, event or
# evidence whose command reported success may be missing.
set -u
O=${OVERSIGHT:-build/oversight}
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=crash
RUNS=${CRASH_RUNS:-240}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/reg.db
csv=data/reference/ofsted-ilacs-history.csv
"$O" db init --db "$db" >/dev/null || { echo "FAIL store-crash:init"; exit 0; }
cp "$csv" "$tmp/v0.csv"
sed -E 's#(ofsted.gov.uk/v1/file/[0-9]+),#\1,b-#' "$csv" >"$tmp/v1.csv"

doc=data/documents/kirklees-direction-2018-01-25.txt
"$O" ingest --db "$db" "$doc" >/dev/null || { echo "FAIL store-crash:first-ingest"; exit 0; }

# inspections judgements events(by hand) inspections-of-the-second-version
# instruments evidence broken-instruments, read by Python's sqlite3
count() {
	/usr/bin/python3 -c '
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
q = lambda s: c.execute(s).fetchone()[0]
first = c.execute("select sha256 from instruments order by rowid limit 1").fetchone()[0]
want_occ = q("select count(*) from occurrences o join obligations b on b.id = o.obligation where b.instrument = \"%s\"" % first)
broken = 0
for (sha,) in c.execute("select sha256 from instruments"):
    nb = q("select count(*) from obligations where instrument = \"%s\"" % sha)
    no = q("select count(*) from occurrences o join obligations b on b.id = o.obligation where b.instrument = \"%s\"" % sha)
    nd = q("select count(*) from documents where sha256 = \"%s\"" % sha)
    if nb != 19 or no != want_occ or nd != 1: broken += 1
broken += q("select count(*) from documents d where not exists (select 1 from instruments i where i.sha256 = d.sha256)")
print(q("select count(*) from inspections"), q("select count(*) from judgements where instrument is null"),
      q("select count(*) from events where instrument is null"),
      q("select count(*) from inspections where pdf like \"b-%\""),
      q("select count(*) from instruments"), q("select count(*) from evidence"), broken)
' "$1"
}

# The shell reports each killed job on stderr; keep only our own diagnostics.
exec 2>/dev/null
committed=0 whole=0 ingested=1 evidenced=0 bad=0
for i in $(seq 1 "$RUNS"); do
	# a random moment within the command's usual run time (an import takes
	# about 125 ms, an ingest 25 ms, a record 15 ms)
	case $((i % 4)) in
	0) # alternate two versions of the file so that every import rewrites all 497 rows
		"$O" import ofsted --db "$db" "$tmp/v$((i % 8 / 4)).csv" >/dev/null &
		window=160 ;;
	1) "$O" record event --db "$db" Kirklees meeting_held 2020-01-15 --detail "run $i" >/dev/null &
		window=20 ;;
	2) { cat "$doc"; printf '%*s\n' "$i" ''; } >"$tmp/copy.txt"
		"$O" ingest --db "$db" "$tmp/copy.txt" >/dev/null &
		window=35 ;;
	3) "$O" record evidence --db "$db" 1 2018-04-20 --note "run $i" >/dev/null &
		window=20 ;;
	esac
	pid=$!
	sleep "$(printf '0.%03d' $((RANDOM % window)))"
	kill -KILL "$pid"
	wait "$pid"
	rc=$?
	if [ $rc -eq 0 ]; then
		case $((i % 4)) in
		0) whole=$((whole + 1)) ;;
		1) committed=$((committed + 1)) ;;
		2) ingested=$((ingested + 1)) ;;
		3) evidenced=$((evidenced + 1)) ;;
		esac
	fi
	if ! out=$("$O" db check --db "$db" 2>&1); then
		echo "  run $i: $out"
		bad=$((bad + 1))
		break
	fi
	read -r ni nj ne nb nin nev broken < <(count "$db")
	if [ "$broken" != 0 ] || [ "$nin" -lt "$ingested" ] || [ "$nev" -lt "$evidenced" ]; then
		echo "  run $i: $broken partial instruments; $nin instruments ($ingested reported); $nev evidence ($evidenced reported)"
		bad=$((bad + 1))
		break
	fi
	if ! { [ "$ni" = 0 ] && [ "$nj" = 0 ]; } && ! { [ "$ni" = 497 ] && [ "$nj" = 1427 ] &&
		{ [ "$nb" = 0 ] || [ "$nb" = 497 ]; }; }; then
		echo "  run $i: partial import: $ni inspections ($nb of the second version), $nj judgements"
		bad=$((bad + 1))
		break
	fi
	if [ "$ne" -lt "$committed" ]; then
		echo "  run $i: $committed events reported recorded, $ne in the register"
		bad=$((bad + 1))
		break
	fi
done
if [ "$bad" -eq 0 ]; then
	echo "PASS store-crash:sigkill-$RUNS-runs"
	echo "  ($ingested ingests, $committed events, $evidenced evidence and $whole imports completed before their kill)"
else
	echo "FAIL store-crash:sigkill-$RUNS-runs"
fi
exit 0
