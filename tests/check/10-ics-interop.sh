#!/bin/bash
# 10-ics-interop.sh: the iCalendar of a series, read by two independent
# parsers (libical, and python3-icalendar with recurring-ical-events), must
# expand to exactly the engine's occurrences (oversight cal series), and
# the summary must survive escaping and line folding unchanged.
set -u
EXPAND=${BUILD:-build}/tests/ics_expand
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name | series arguments | horizon for open series
cases=(
	"kirklees-6-monthly|--from 2018-01-25 --every P6M --until 2020-01-13"
	"stoke-3-monthly-month-end|--from 2019-10-31 --every P3M --count 12"
	"month-end-31-monthly|--from 2019-01-31 --every P1M --count 30"
	"day-30-monthly-across-leap-february|--from 2019-11-30 --every P1M --count 30"
	"day-29-monthly|--from 2019-01-29 --every monthly --count 40"
	"leap-day-yearly|--from 2020-02-29 --every P1Y --count 9"
	"six-weekly-across-clock-change|--from 2020-02-01 --every six-weekly --until 2020-12-31"
	"fortnightly-across-october-clock-change|--from 2019-10-10 --every fortnightly --count 6"
	"bi-monthly-with-first|--from 2018-01-25 --every bi-monthly --first 2018-03-31 --count 10"
	"quarterly-day-before|--from 2019-01-31 --every quarterly --convention day-before --count 10"
	"monthly-day-before-first-of-month|--from 2019-03-01 --every P1M --convention day-before --count 14"
	"working-days-fall-back-to-rdate|--from 2019-12-02 --every '10 working days' --count 8"
	"weekly|--from 2020-03-20 --every P1W --count 5"
	"yearly-day-before|--from 2019-03-01 --every P1Y --convention day-before --count 6"
	"first-monday-monthly|--from 2016-05-18 --every P1M --first 2016-06-06 --day 1MO --count 24"
	"last-friday-monthly|--from 2020-01-15 --every P1M --day -1FR --count 30"
	"first-monday-quarterly|--from 2018-05-21 --every P3M --first 2018-07-02 --day 1MO --count 12"
	"second-tuesday-yearly|--from 2019-01-10 --every P1Y --day 2TU --count 8"
	"last-working-day-quarterly-falls-back-to-rdate|--from 2018-05-21 --every P3M --first 2018-06-29 --day -1WD --count 24"
	"first-working-day-monthly-falls-back-to-rdate|--from 2014-04-01 --every P1M --first 2014-05-01 --day 1WD --count 30"
)

summary='Performance review; Stoke-on-Trent, “quarterly” — a long title that must fold across several content lines without breaking a character: ŵŷ'

for c in "${cases[@]}"; do
	name=${c%%|*}
	args=${c#*|}
	eval "set -- $args"
	if ! "$OVERSIGHT" cal series "$@" > "$tmp/want" 2>"$tmp/err"; then
		echo "FAIL ics:$name: cal series failed: $(cat "$tmp/err")"
		continue
	fi
	printf '%s\t%s\n' "$(tail -n 1 "$tmp/want")" > /dev/null
	horizon=$(tail -n 1 "$tmp/want")
	"$OVERSIGHT" cal ics "$@" --summary "$summary" --as-of 2026-11-23 > "$tmp/ics" 2>"$tmp/err" ||
		{ echo "FAIL ics:$name: cal ics failed: $(cat "$tmp/err")"; continue; }
	# Lines at most 75 octets, CRLF-terminated.
	if LC_ALL=C awk '{ sub(/\r$/, ""); if (length($0) > 75) bad = 1 } END { exit bad }' "$tmp/ics" &&
		[ "$(grep -c $'\r$' "$tmp/ics")" -eq "$(wc -l < "$tmp/ics")" ]; then
		:
	else
		echo "FAIL ics:$name: a line is longer than 75 octets or not CRLF-terminated"
		continue
	fi
	sed "s/\$/\t$summary/" "$tmp/want" > "$tmp/want-rows"
	"$EXPAND" "${horizon//-/}" < "$tmp/ics" > "$tmp/libical" 2>"$tmp/err" ||
		{ echo "FAIL ics:$name:libical: $(cat "$tmp/err")"; continue; }
	"$PY" tests/ics/py_expand.py "$horizon" < "$tmp/ics" > "$tmp/python" 2>"$tmp/err" ||
		{ echo "FAIL ics:$name:python: $(cat "$tmp/err")"; continue; }
	for who in libical python; do
		if diff -u "$tmp/want-rows" "$tmp/$who" > "$tmp/diff"; then
			echo "PASS ics:$name:$who"
		else
			echo "FAIL ics:$name:$who"
			head -20 "$tmp/diff"
		fi
	done
done

# An open series (instrument still in force): an RRULE with no end, whose
# first years both parsers expand to the engine's dates.
"$OVERSIGHT" cal series --from 2019-10-31 --every P3M --until 2029-10-31 > "$tmp/want"
"$OVERSIGHT" cal ics --from 2019-10-31 --every P3M --open --summary open --as-of 2026-11-23 > "$tmp/ics"
sed "s/\$/\topen/" "$tmp/want" > "$tmp/want-rows"
if grep -q '^RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1'$'\r''$' "$tmp/ics"; then
	echo "PASS ics:open-series-has-no-end"
else
	echo "FAIL ics:open-series-has-no-end"; grep RRULE "$tmp/ics"
fi
"$EXPAND" 20291031 < "$tmp/ics" > "$tmp/libical"
"$PY" tests/ics/py_expand.py 2029-10-31 < "$tmp/ics" > "$tmp/python"
for who in libical python; do
	if diff -u "$tmp/want-rows" "$tmp/$who" > "$tmp/diff"; then
		echo "PASS ics:open-series:$who"
	else
		echo "FAIL ics:open-series:$who"; head -20 "$tmp/diff"
	fi
done

# Stable UIDs: the same rule gives the same UID; another summary another.
u1=$("$OVERSIGHT" cal ics --from 2018-01-25 --every P6M --count 3 --summary a | grep ^UID)
u2=$("$OVERSIGHT" cal ics --from 2018-01-25 --every P6M --count 3 --summary a | grep ^UID)
u3=$("$OVERSIGHT" cal ics --from 2018-01-25 --every P6M --count 3 --summary b | grep ^UID)
if [ -n "$u1" ] && [ "$u1" = "$u2" ] && [ "$u1" != "$u3" ]; then
	echo "PASS ics:stable-uid"
else
	echo "FAIL ics:stable-uid ($u1 / $u2 / $u3)"
fi
exit 0
