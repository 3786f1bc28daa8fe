#!/bin/bash
# 22-store-crash.sh: SIGKILL `oversight import ofsted` and `oversight record
# event` at random moments, 200 times, on one SQLite register.  After each
# kill the database must open and pass db check (integrity, foreign keys,
# audit chain), the Ofsted import must be whole or absent (0 or 497
# inspections, with 1427 judgements, all from one of two versions of the
# file that alternate so every import rewrites every row), and no event
# whose command reported success may be missing.
set -u
O=${OVERSIGHT:-build/oversight}
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=crash
RUNS=${CRASH_RUNS:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/reg.db
csv=data/reference/ofsted-ilacs-history.csv
"$O" db init --db "$db" >/dev/null || { echo "FAIL store-crash:init"; exit 0; }
cp "$csv" "$tmp/v0.csv"
sed -E 's#(ofsted.gov.uk/v1/file/[0-9]+),#\1,b-#' "$csv" >"$tmp/v1.csv"

count() { # inspections judgements events inspections-of-the-second-version, read by Python's sqlite3
	python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(*[c.execute(q).fetchone()[0] for q in ("select count(*) from inspections", "select count(*) from judgements", "select count(*) from events", "select count(*) from inspections where pdf like \"b-%\"")])' "$1"
}

# The shell reports each killed job on stderr; keep only our own diagnostics.
exec 2>/dev/null
committed=0 bad=0 whole=0
for i in $(seq 1 "$RUNS"); do
	if [ $((i % 2)) -eq 0 ]; then
		# alternate two versions of the file so that every import rewrites all 497 rows
		"$O" import ofsted --db "$db" "$tmp/v$((i % 4 / 2)).csv" >/dev/null &
	else
		"$O" record event --db "$db" Kirklees meeting_held 2020-01-15 --detail "run $i" >/dev/null &
	fi
	pid=$!
	# a random moment within 0-159 ms (an import takes about 125 ms, a record 15 ms)
	sleep "$(printf '0.%03d' $((RANDOM % 160)))"
	kill -KILL "$pid"
	wait "$pid"
	rc=$?
	[ $((i % 2)) -eq 1 ] && [ $rc -eq 0 ] && committed=$((committed + 1))
	[ $((i % 2)) -eq 0 ] && [ $rc -eq 0 ] && whole=$((whole + 1))
	if ! out=$("$O" db check --db "$db" 2>&1); then
		echo "  run $i: $out"
		bad=$((bad + 1))
		break
	fi
	read -r ni nj ne nb < <(count "$db")
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
	echo "  ($committed records and $whole imports completed before their kill)"
else
	echo "FAIL store-crash:sigkill-$RUNS-runs"
fi
exit 0
