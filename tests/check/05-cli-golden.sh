#!/bin/bash
# 05-cli-golden.sh: end-to-end golden tests of the command line.  Each case
# is a folder tests/golden/cli/<name>/ with `cmd` (the arguments, as shell
# words), `out` (expected stdout), `status` (expected exit code) and, where
# it matters, `err` (expected stderr).  Expectations were written by hand
# from the rules, not copied from the program.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in tests/golden/cli/*/; do
	name=$(basename "$dir")
	eval "set -- $(cat "$dir/cmd")"
	"$OVERSIGHT" "$@" > "$tmp/out" 2> "$tmp/err"
	status=$?
	ok=1
	if [ "$status" != "$(cat "$dir/status")" ]; then
		echo "  $name: exit $status, want $(cat "$dir/status")"
		ok=0
	fi
	if ! diff -u "$dir/out" "$tmp/out" > "$tmp/diff"; then
		echo "  $name: stdout differs:"; head -30 "$tmp/diff"; ok=0
	fi
	if [ -f "$dir/err" ] && ! diff -u "$dir/err" "$tmp/err" > "$tmp/diff"; then
		echo "  $name: stderr differs:"; head -30 "$tmp/diff"; ok=0
	fi
	if [ ! -f "$dir/err" ] && [ "$status" -ne 0 ] && [ ! -s "$tmp/err" ]; then
		echo "  $name: failed without a message"; ok=0
	fi
	[ $ok = 1 ] && echo "PASS cli:$name" || echo "FAIL cli:$name"
done
exit 0
