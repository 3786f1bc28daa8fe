#!/bin/bash
# run-demo.sh: the main job of `make run` until the register exists: the
# calendar engine on the dates of the example instruments in
# data/documents/, each with its derivation.  $OVERSIGHT is the binary.
set -eu
ov=${OVERSIGHT:-build/oversight}
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23}

section() { printf '\n== %s\n' "$1"; }
show() { # show LABEL ARGS...
	local label=$1
	shift
	printf '%s\n' "$label"
	"$ov" "$@" | sed 's/^/    /'
}

section "Kirklees: statutory direction of 25 January 2018 (revoked 13 January 2020)"
show "7.e partnership agreement with Leeds, within three calendar months:" \
	cal add --explain 2018-01-25 'three calendar months'
show "7.g DfE performance reviews at 6 monthly intervals, until the direction is revoked:" \
	cal series --explain --from 2018-01-25 --every '6 monthly' --until 2020-01-12
show "7.g bi-monthly discussions with the DCS (read as every two months), first year:" \
	cal series --from 2018-01-25 --every bi-monthly --until 2019-01-25 2>&1
show "annex 3.h quarterly written updates to the Minister, first year:" \
	cal series --from 2018-01-25 --every quarterly --count 4

section "Stoke-on-Trent: statutory direction dated 31.10.2019"
show "7.d formal partnership arrangement, by the 31 January 2020:" \
	cal when 'by the 31 January 2020'
show "7.e.b performance reviews at 3 monthly intervals (each from the anchor, never chained):" \
	cal series --explain --from 2019-10-31 --every P3M --count 4
show "the same series as a calendar feed item (RRULE with BYMONTHDAY=-1):" \
	cal ics --from 2019-10-31 --every P3M --count 4 --summary 'Stoke-on-Trent: DfE performance review'

section "Kirklees: improvement notice of 13 January 2020"
show "8. DfE review of progress in May 2020:" cal when 'in May 2020'
show "10. improvement plan actions by the end of June 2020:" cal when 'by the end of June 2020'

section "Kirklees: Minister's letter of 30 June 2017"
show "the Commissioner's term ends at the end of September:" cal when 'end of September 2017'

section "Working days across Christmas"
show "10 working days from Friday 20 December 2019:" cal add --explain 2019-12-20 '10 working days'
printf '\nMore: %s --help, man doc/oversight.1\n' "$ov"
