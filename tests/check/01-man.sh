#!/bin/bash
# 01-man.sh: the man page is generated from the command table and lints
# clean; --help and the man page name the same verbs as the table.
set -u
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

if "$OVERSIGHT" --mdoc | diff -u doc/oversight.1 - > "$tmp"; then
	echo "PASS man:current"
else
	echo "FAIL man:current (doc/oversight.1 is stale: run 'make man')"; head -20 "$tmp"
fi

if mandoc -Tlint -W warning doc/oversight.1 > "$tmp" 2>&1; then
	echo "PASS man:lint"
else
	echo "FAIL man:lint"; cat "$tmp"
fi

# Every verb in --help appears in the rendered manual, and the other way round.
# The verb and its synopsis fill the first 26 columns; the summary follows.
help_verbs=$("$OVERSIGHT" --help | awk '/^verbs:/ {on = 1; next} on && /^  [a-z]/ {split(substr($0, 3, 26), w, " "); print w[1] (w[2] ~ /^[a-z]+$/ ? " " w[2] : "")}' | sort)
man_verbs=$(grep '^\.It Cm ' doc/oversight.1 | sed 's/^\.It Cm //' | sort)
if [ -n "$help_verbs" ] && [ "$help_verbs" = "$man_verbs" ]; then
	echo "PASS man:verbs-agree-with-help"
else
	echo "FAIL man:verbs-agree-with-help"
	diff <(echo "$help_verbs") <(echo "$man_verbs")
fi

# Each verb's help works and exits 0.
ok=1
while read -r v; do
	[ -z "$v" ] && continue
	# shellcheck disable=SC2086
	if ! "$OVERSIGHT" help $v > /dev/null 2>&1 || ! "$OVERSIGHT" $v --help > /dev/null 2>&1; then
		echo "  help for '$v' failed"; ok=0
	fi
done <<< "$help_verbs"
[ $ok = 1 ] && echo "PASS man:verb-help" || echo "FAIL man:verb-help"
exit 0
