#!/bin/bash
# run.sh: the main job of `make run`, on the embedded SQLite default
# (./oversight.db, or $OVERSIGHT_DB): create the register, load the
# councils and the Ofsted outcomes, ingest the example instruments in
# data/documents/, load the example Kirklees improvement plan and board
# (data/examples/) and write its board report to reports/, show what the
# register now knows, then serve the web
# application on it (until Ctrl-C) with a first admin account whose password
# is printed (a new one each run).  Every step before is idempotent, so
# running it again changes nothing else.  $OVERSIGHT is the binary;
# OVERSIGHT_LISTEN (default 127.0.0.1:8080) where to serve; OVERSIGHT_NO_SERVE=1
# stops after the register.
set -eu
ov=${OVERSIGHT:-build/oversight}
db=${OVERSIGHT_DB:-oversight.db}
export OVERSIGHT_DB=$db

section() { printf '\n== %s\n' "$1"; }

section "The register: $db (SQLite)"
# a register made by an earlier build is brought up to date first (migrations are audited)
if [ -s "$db" ]; then "$ov" db migrate; fi
"$ov" db init
"$ov" import ofsted data/reference/ofsted-ilacs-history.csv 2>/dev/null

section "Ingesting the example instruments (data/documents/)"
"$ov" ingest data/documents/*.txt

section "Records the reader wants a person to confirm"
"$ov" review

section "The Kirklees improvement plan and its board (data/examples/)"
# the same file again is a no-op; the board and its meetings are added once
"$ov" plan import data/examples/kirklees-plan.csv
if ! "$ov" board show kirklees 2>/dev/null | grep -q '^Improvement Board'; then
	"$ov" board add kirklees improvement_board "Improvement Board" --since 2020-02-01 \
		--every P1M --chair "Leeds City Council" --as-of 2020-02-01
	"$ov" board meeting kirklees "Improvement Board" 2020-02-12 --decisions "Plan agreed"
	"$ov" board meeting kirklees "Improvement Board" 2020-04-22 \
		--decisions "Audit findings noted; front door backlog to be cleared by 30 April"
fi
mkdir -p reports
report=reports/kirklees-board-2020-05-01
"$ov" report board --council kirklees --as-of 2020-05-01 --output "$report.html"
"$ov" report board --council kirklees --as-of 2020-05-01 --format markdown --output "$report.md"
"$ov" report national --as-of 2020-05-01 --output reports/national-2020-05-01.html
sed -n '/^## Objectives slow to progress/,/^## Actions/p' "$report.md" | sed '$d'
printf 'The board report: file://%s/%s.html (also .md; --format pdf prints it)\n' "$PWD" "$report"

for v in due status; do
	if "$ov" help "$v" >/dev/null 2>&1; then
		section "oversight $v"
		"$ov" "$v" --as-of "${OVERSIGHT_TODAY:-2020-01-01}" || true
	fi
done

cat <<MSG

Next (in another terminal):
  $ov due --council kirklees --as-of 2018-05-01   who owes what by when
  $ov record evidence --council kirklees 7.e 2018-04-20 --note "agreement signed"
  $ov review                                       confirm what the reader found
  $ov plan show kirklees --as-of 2020-05-01         the plan, objectives slow to progress
  $ov report minister --council kirklees --as-of 2020-05-01 --format pdf --output m.pdf
  $ov --help; man doc/oversight.1
MSG

[ -n "${OVERSIGHT_NO_SERVE:-}" ] && exit 0
section "The web application"
if "$ov" user list | grep -q '^admin '; then
	"$ov" user password admin | sed 's/^/  /'
else
	"$ov" user add admin dfe_admin | sed 's/^/  /'
fi
printf '  sign in as admin at the URL below (Ctrl-C stops the server)\n'
exec "$ov" serve --listen "${OVERSIGHT_LISTEN:-127.0.0.1:8080}"
