#!/bin/bash
# 70-plans.sh: improvement plans and boards (doc/internals/plans.md,
# doc/plan-csv.md) on the Kirklees example plan (data/examples/kirklees-plan.csv).
# Expectations are worked by hand from that file:
#   5 objectives, 9 actions, 4 measures, 12 monthly values, 6 updates.
#   As of 2020-05-01: O1 behind its due date (O1.1 due 2020-04-30, still in
#   progress); O2 red or amber at two updates running (O2.1 amber on 2 March and
#   1 April); O3 a measure moving away from its target (M3 55% in March, 52% in
#   April, target 70%, higher better).  O4 and O5 complete or on track.
#   As of 2020-04-15: O1.1 not yet due, so O2 and O3 only.  As of 2020-03-15:
#   one amber update only, M3 rising (50 -> 55): nothing slow.
#   The direction of 25 January 2018, 7.g/3: quarterly reports by the
#   partnership governance board, first due 2018-04-25; a board meeting on
#   2018-04-20 is evidence for it, so `due` shows it met.
set -u
BUILD=${BUILD:-build}
O=${OVERSIGHT:-$BUILD/oversight}
export OVERSIGHT_TODAY=2020-05-01 OVERSIGHT_USER=check COLUMNS=80 NO_COLOR=1
CHECK=plans
. tests/check/lib/report.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
plan=data/examples/kirklees-plan.csv
db=$tmp/reg.db
"$O" db init --db "$db" >/dev/null
"$O" ingest --db "$db" data/documents/*.txt >/dev/null

got=$("$O" plan import --db "$db" "$plan")
[ "$got" = "plan for Kirklees: version 1 (5 objectives, 9 actions, 4 measures, 12 values, 6 updates)" ] &&
	pass import || fail import "$got"
n1=$("$O" audit log --db "$db" | wc -l)
got=$("$O" plan import --db "$db" "$plan")
n2=$("$O" audit log --db "$db" | wc -l)
[ "$got" = "plan for Kirklees: version 1 unchanged (same file)" ] && [ "$n1" = "$n2" ] &&
	pass import-same-file-no-op || fail import-same-file-no-op "$got ($n1 -> $n2 audit entries)"

# Export gives back the file (records in the same order; CRLF line ends).
"$O" plan export --db "$db" kirklees --output "$tmp/out.csv"
if tr -d '\r' <"$tmp/out.csv" | cmp -s - "$plan"; then pass export-round-trip; else
	fail export-round-trip "$(tr -d '\r' <"$tmp/out.csv" | diff - "$plan" | head -5)"; fi
"$O" db init --db "$tmp/b.db" >/dev/null
"$O" plan import --db "$tmp/b.db" "$tmp/out.csv" >/dev/null &&
	"$O" plan export --db "$tmp/b.db" kirklees | cmp -s - "$tmp/out.csv" &&
	pass export-import-export || fail export-import-export

# Slow to progress, as of three dates.
slow() { "$O" plan show --db "$db" kirklees --as-of "$1" | /usr/bin/python3 -c '
import sys
obj = None
for line in sys.stdin:
    if line[:1] == "O" and " " in line: obj = line.split()[0]
    if "SLOW TO PROGRESS:" in line: print(obj, line.split(":", 1)[1].strip())
    if "objectives slow" in line: print(line.strip())'; }
want="O1 behind its due date
O2 red or amber at two updates running
O3 a measure moving away from its target
3 of 5 objectives slow to progress"
got=$(slow 2020-05-01)
[ "$got" = "$want" ] && pass slow-2020-05-01 || fail slow-2020-05-01 "$got"
want="O2 red or amber at two updates running
O3 a measure moving away from its target
2 of 5 objectives slow to progress"
got=$(slow 2020-04-15)
[ "$got" = "$want" ] && pass slow-2020-04-15 || fail slow-2020-04-15 "$got"
got=$(slow 2020-03-15)
[ "$got" = "0 of 5 objectives slow to progress" ] && pass slow-2020-03-15 || fail slow-2020-03-15 "$got"

# An update and a value change what is slow; both are in the audit log.
"$O" plan update --db "$db" kirklees O2.1 --status in_progress --rag green \
	--note "Both posts filled" --as-of 2020-05-01 >/dev/null
"$O" plan value --db "$db" kirklees M3 2020-05 60 --as-of 2020-05-20 >/dev/null
want="O1 behind its due date
1 of 5 objectives slow to progress"
got=$(slow 2020-05-20)
[ "$got" = "$want" ] && pass slow-after-update || fail slow-after-update "$got"
got=$("$O" audit log --db "$db" | grep -c -e 'plan.update' -e 'measure.value')
[ "$got" = 2 ] && pass update-audited || fail update-audited "$got"
expect update-unknown-action 65 "no action 'O9.9'" "$O" plan update --db "$db" kirklees O9.9 \
	--status complete --rag blue --note x
expect update-red-needs-reason 64 "needs --reason" "$O" plan update --db "$db" kirklees O1.1 \
	--status in_progress --rag red --note x
expect value-bad-month 65 "month" "$O" plan value --db "$db" kirklees M3 2020-13 5

# Boards: a meeting of the governance board is evidence for 7.g/3.
"$O" board add --db "$db" kirklees partnership_board "Partnership Governance Board" \
	--since 2018-04-25 --every P3M --clause 7.g/3 --as-of 2018-04-01 >/dev/null
got=$("$O" board meeting --db "$db" kirklees partnership_board 2018-04-20 --decisions "Report agreed")
[[ $got == *"evidence for clause 7.g/3"*"due 2018-04-25"* ]] && pass meeting-is-evidence ||
	fail meeting-is-evidence "$got"
got=$("$O" due --db "$db" --council kirklees --as-of 2018-05-01 --json |
	/usr/bin/python3 -c 'import json,sys; [print(i["due"], i["status"], i["ref"]) for i in json.load(sys.stdin)["items"] if i["ref"] == "7.g/3"]')
[ "$got" = "2018-04-25 met 7.g/3" ] && pass due-shows-met || fail due-shows-met "$got"
expect meeting-same-day 65 "already has a meeting on 2018-04-20" "$O" board meeting --db "$db" \
	kirklees partnership_board 2018-04-20
expect board-unknown-clause 65 "clause 99.z" "$O" board add --db "$db" kirklees improvement_board \
	"Improvement Board" --since 2020-02-01 --clause 99.z
# The improvement board, monthly from 1 February 2020: met in February and April,
# missed in March; May still open on 15 May.
"$O" board add --db "$db" kirklees improvement_board "Improvement Board" --since 2020-02-01 \
	--every P1M --chair "Leeds" >/dev/null
"$O" board meeting --db "$db" kirklees "Improvement Board" 2020-02-12 >/dev/null
"$O" board meeting --db "$db" kirklees "Improvement Board" 2020-04-22 >/dev/null
got=$("$O" board show --db "$db" kirklees --as-of 2020-05-15 | grep -A3 '^Improvement Board' | tail -1)
[ "$got" = "  cadence as of 2020-05-15: 2 cycles met, 1 missed" ] && pass board-cadence ||
	fail board-cadence "$got"

# Bad input: row and column named, exit 65, nothing imported.
bad() { # NAME PATTERN FILE
	local d=$tmp/bad-$1.db
	"$O" db init --db "$d" >/dev/null
	expect "bad-$1" 65 "$2" "$O" plan import --db "$d" "$3"
	if "$O" plan show --db "$d" kirklees >/dev/null 2>&1; then fail "bad-$1-nothing-imported"; else
		pass "bad-$1-nothing-imported"; fi
}
/usr/bin/python3 - "$plan" "$tmp/missing.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='')))
i = rows[0].index("rag")
csv.writer(open(sys.argv[2], "w", newline='')).writerows([r[:i] + r[i + 1:] for r in rows])
PY
bad missing-column "row 1: missing column 'rag'" "$tmp/missing.csv"
sed 's/^action,O1.1,\(.*\),2020-04-30,in_progress/action,O1.1,\1,2020-02-30,in_progress/' "$plan" >"$tmp/date.csv"
bad bad-date "row 14, column H (due): '2020-02-30' is not a date" "$tmp/date.csv"
sed 's/^action,O2.1,O2,\(.*\),,Head of Corporate Parenting,/action,O2.1,O2,\1,,Nobody,/' "$plan" >"$tmp/owner.csv"
bad unknown-owner "row 16, column F (owner): unknown owner 'Nobody'" "$tmp/owner.csv"
sed 's/,Kirklees,,,,/,Narnia,,,,/' "$plan" >"$tmp/council.csv"
bad unknown-council "row 2, column council: unknown council 'Narnia'" "$tmp/council.csv"
sed 's/^update,,O5.1,/update,,O9.1,/' "$plan" >"$tmp/ref.csv"
bad unknown-action "row 44, column C (parent): unknown action 'O9.1'" "$tmp/ref.csv"
sed '1s/,value$/,value,colour/' "$plan" >"$tmp/extra.csv"
bad unknown-column "row 1, column V: unknown column 'colour'" "$tmp/extra.csv"
sed 's/^value,,M3,\(.*\),2020-04,52$/value,,M3,\1,2020-04,fifty/' "$plan" >"$tmp/num.csv"
bad bad-number "row 35, column U (value): 'fifty' is not a number" "$tmp/num.csv"
sed 's/^action,O1.2,O1,\(.*\),in_progress,green,/action,O1.2,O1,\1,in_progress,red,/' "$plan" >"$tmp/reason.csv"
bad red-without-reason "row 15, column K (rag_reason): a red rating needs its reason" "$tmp/reason.csv"
# A spreadsheet that leaves out trailing empty cells is read the same.
sed 's/,*$//' "$plan" >"$tmp/short.csv"
"$O" db init --db "$tmp/short.db" >/dev/null
"$O" plan import --db "$tmp/short.db" "$tmp/short.csv" >/dev/null &&
	"$O" plan export --db "$tmp/short.db" kirklees | tr -d '\r' | cmp -s - "$plan" &&
	pass short-rows || fail short-rows
