#!/bin/bash
# run.sh: the main job of `make run`, on the embedded SQLite default
# (./oversight.db, or $OVERSIGHT_DB): create the register, load the
# councils and the Ofsted outcomes, ingest the example instruments in
# data/documents/, and show what the register now knows.  Every step is
# idempotent, so running it again changes nothing.  $OVERSIGHT is the binary.
set -eu
ov=${OVERSIGHT:-build/oversight}
db=${OVERSIGHT_DB:-oversight.db}
export OVERSIGHT_DB=$db

section() { printf '\n== %s\n' "$1"; }

section "The register: $db (SQLite)"
"$ov" db init
"$ov" import ofsted data/reference/ofsted-ilacs-history.csv 2>/dev/null

section "Ingesting the example instruments (data/documents/)"
"$ov" ingest data/documents/*.txt

section "Records the reader wants a person to confirm"
"$ov" review

for v in due status; do
	if "$ov" help "$v" >/dev/null 2>&1; then
		section "oversight $v"
		"$ov" "$v" --as-of "${OVERSIGHT_TODAY:-2020-01-01}" || true
	fi
done

cat <<MSG

Next:
  $ov due --council kirklees --as-of 2018-05-01   who owes what by when
  $ov record evidence --council kirklees 7.e 2018-04-20 --note "agreement signed"
  $ov review                                       confirm what the reader found
  $ov --help; man doc/oversight.1
MSG
