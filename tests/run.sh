#!/bin/bash
# tests/run.sh: run every test and end with "N passed, N failed".
#
# Layers, each printing one "PASS name" or "FAIL name" line per test:
#   1. unit tests: every $BUILD/tests/test_* binary (tests/unit/test_*.c);
#   2. fuzz corpus replay: every $BUILD/tests/replay_* over tests/fuzz/corpus/<name>/;
#   3. checks: every tests/check/*.sh (golden CLI tests, iCalendar interop,
#      man page, ...), run in name order with OVERSIGHT and BUILD set.
# A layer that crashes counts as a failure; the runner itself never stops early.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BUILD
export OVERSIGHT="$PWD/$BUILD/oversight"
export OVERSIGHT_TODAY=2026-11-23 # fixed "today" so outputs are reproducible
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run() { # run NAME CMD...: stream output, keep PASS/FAIL lines
	local name=$1 rc
	shift
	"$@" 2>&1 | tee -a "$log" | grep -v '^PASS '
	rc=${PIPESTATUS[0]}
	if [ "$rc" -ne 0 ] && ! grep -q "^FAIL " "$log"; then
		echo "FAIL $name (exit $rc)" | tee -a "$log"
	fi
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	run "$(basename "$t")" "$t"
done

for r in "$BUILD"/tests/replay_*; do
	[ -x "$r" ] || continue
	name=${r##*/replay_}
	run "replay_$name" "$r" "tests/fuzz/corpus/$name"
done

for c in tests/check/*.sh; do
	[ -f "$c" ] || continue
	run "$(basename "$c")" bash "$c"
done

pass=$(grep -c '^PASS ' "$log")
fail=$(grep -c '^FAIL ' "$log")
if [ "$fail" -ne 0 ]; then
	echo
	echo "failures:"
	grep '^FAIL ' "$log"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
