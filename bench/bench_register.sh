#!/bin/bash
# bench_register.sh: the register at national scale (issues 4 and 5), on
# SQLite and on PostgreSQL, in the same run.  bench/register.c generates a
# synthetic register through the real write path (153 councils, 20 years,
# over 1,000,000 occurrences and 1,000,000 evidence records; seed 1) and
# times ingest; then the register's four view queries (p50/p99 over 2,000
# random runs each); then `oversight due` and `oversight status` for the
# whole country as of 2024-06-01 (wall time of the process, median of 5);
# then the reports (issue 6) on the same register with the example Kirklees
# plan imported: the board report for Kirklees and the national overview as
# of 2024-06-01, HTML (median of 5; goal: at most 1 s each).
# PostgreSQL: a throwaway server (initdb in a temporary directory, loopback,
# random port; shared_buffers 1 GB, the size of the register, as a DBA would
# set it for a 1 GB database on this 24 GB machine), stopped at the end.  REGISTER_COUNCILS=N for a quicker run;
# REGISTER_BACKENDS="sqlite" or "postgresql" for one of the two.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
O=$BUILD/oversight
GEN=$BUILD/bench/register
N=${REGISTER_COUNCILS:-1000}
export OVERSIGHT_TODAY=2025-01-01 OVERSIGHT_USER=bench
tmp=$(mktemp -d /tmp/oversight-bench.XXXXXX)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
views() { # URL: due and status for the country, median of 5 wall times (ms)
	local v
	for v in "due" "due --json" "status"; do
		for i in 1 2 3 4 5; do
			s=$(date +%s%N)
			$O $v --db "$1" --as-of 2024-06-01 >/dev/null
			echo $(( ($(date +%s%N) - s) / 1000000 ))
		done | median | sed "s/^/  oversight $v (whole country): /; s/$/ ms (median of 5)/"
	done
}
reports() { # URL
	local k
	$O plan import --db "$1" data/examples/kirklees-plan.csv >/dev/null || return
	for k in board review national; do
		for i in 1 2 3 4 5; do
			s=$(date +%s%N)
			$O report $k --db "$1" --council kirklees --as-of 2024-06-01 >/dev/null
			echo $(( ($(date +%s%N) - s) / 1000000 ))
		done | median | sed "s/^/  oversight report $k (HTML): /; s/$/ ms (median of 5)/"
	done
}
run() { # NAME URL
	echo "-- $1"
	$O db init --db "$2" >/dev/null || { echo "  cannot init $2"; return; }
	$GEN gen --db "$2" --seed 1 --councils "$N" | sed 's/^/  /'
	[ -f "$2" ] && echo "  database size: $(du -m "$2" | cut -f1) MB (SQLite file)"
	# planner statistics after the bulk load, as a DBA would (autovacuum may not have yet)
	[[ $2 == postgresql://* ]] && "$bindir/psql" -q -d "$2" -c ANALYZE >/dev/null
	$GEN query --db "$2" --runs 2000 | sed 's/^/  /'
	views "$2"
	reports "$2"
}

backends=${REGISTER_BACKENDS:-sqlite postgresql}
[[ " $backends " == *" sqlite "* ]] && run sqlite "$tmp/register.db"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ " $backends " != *" postgresql "* ]]; then
	:
elif [ -n "$bindir" ] && [ -x "$bindir/initdb" ]; then
	as_pg=()
	if [ "$(id -u)" -eq 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
		chown postgres "$tmp"
		as_pg=(runuser -u postgres --)
	fi
	chmod 755 "$tmp"
	port=$((20000 + RANDOM % 40000))
	"${as_pg[@]}" "$bindir/initdb" -D "$tmp/pg" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null 2>&1 &&
		"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/pg" -w -l "$tmp/pg.log" \
			-o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -F" start >/dev/null 2>&1 &&
		"$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres reg &&
		run postgresql "postgresql://postgres@127.0.0.1:$port/reg" &&
		echo "  database size: $("$bindir/psql" -qtA -h 127.0.0.1 -p "$port" -U postgres -d reg -c "SELECT pg_database_size('reg') / 1048576") MB"
	"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/pg" -m immediate stop >/dev/null 2>&1
else
	echo "-- postgresql: not installed (scripts/deps.sh test installs it)"
fi
rm -rf "$tmp"
