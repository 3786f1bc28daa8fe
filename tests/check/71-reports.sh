#!/bin/bash
# 71-reports.sh: the reports the regime asks for (src/report/plan_report.h)
# on the example register: every table of each kind against the goldens
# worked by hand in tests/golden/reports/ (README there says how); the same
# report in HTML (self-contained, every chart with its text alternative and
# table), Markdown, CSV and PDF; the HTML rendered by Debian Chromium
# (screenshot kept in tests/artefacts/reports/) and the PDF turned into PNG
# pages by pdftoppm, with the charts' colours found in the pixels and the
# tables' rows in the text; bad requests refused.
set -u
BUILD=${BUILD:-build}
O=${OVERSIGHT:-$BUILD/oversight}
export OVERSIGHT_USER=check NO_COLOR=1
CHECK=reports
. tests/check/lib/report.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/reg.db
art=tests/artefacts/reports
mkdir -p "$art"

. tests/check/lib/register.sh
example_register "$db"
example_plan "$db"
"$O" board meeting --db "$db" kirklees "Improvement Board" 2020-02-12 --decisions "Plan agreed" >/dev/null
"$O" board meeting --db "$db" kirklees "Improvement Board" 2020-04-22 \
	--decisions "Audit findings noted" >/dev/null

gold() { # DIR-NAME DB KIND ASOF
	local out=$tmp/csv-$1 got
	if ! "$O" report "$3" --db "$2" --council kirklees --as-of "$4" --format csv \
		--output "$out" >/dev/null 2>"$tmp/err"; then
		fail "gold-$1" "$(cat "$tmp/err")"
		return
	fi
	got=$(/usr/bin/python3 tests/check/lib/csvgold.py "tests/golden/reports/$1" "$out")
	if [ $? -eq 0 ]; then pass "gold-$1 ($(echo "$got" | wc -l) tables)"; else fail "gold-$1" "$got"; fi
}
gold board-2020-05-01 "$db" board 2020-05-01
gold minister-2020-07-01 "$db" minister 2020-07-01
gold highlight-2020-04-15 "$db" highlight 2020-04-15
gold review-2020-07-01 "$db" review 2020-07-01
gold national-2020-05-01 "$db" national 2020-05-01
# The plan adopted in 2018, so that the 2018 direction's quarterly updates set the period.
sed 's/,2020-02-14,$/,2018-02-14,/' data/examples/kirklees-plan.csv >"$tmp/plan-2018.csv"
"$O" db init --db "$tmp/2018.db" >/dev/null
"$O" ingest --db "$tmp/2018.db" data/documents/*.txt >/dev/null
"$O" plan import --db "$tmp/2018.db" "$tmp/plan-2018.csv" >/dev/null
gold minister-2018-07-01 "$tmp/2018.db" minister 2018-07-01
got=$("$O" report minister --db "$tmp/2018.db" --council kirklees --as-of 2018-07-01 --format markdown | sed -n 3p)
[[ $got == "2018-04-02 to 2018-07-01;"* ]] && pass minister-quarterly-from-annex-3h ||
	fail minister-quarterly-from-annex-3h "$got"
got=$("$O" report minister --db "$tmp/2018.db" --council kirklees --as-of 2018-07-01 --period P1M \
	--format markdown | sed -n 3p)
[[ $got == "2018-06-02 to 2018-07-01;"* ]] && pass period-option || fail period-option "$got"

# HTML: self-contained (nothing fetched), each chart an accessible SVG with its table.
"$O" report board --db "$db" --council kirklees --as-of 2020-05-01 --output "$art/board.html"
h=$art/board.html
if grep -Eq '(src|href)="(https?:)?//' "$h"; then fail html-self-contained "$(grep -Eo '(src|href)="[^"]*"' "$h" | head -3)"
else pass html-self-contained; fi
n_svg=$(grep -c '<svg ' "$h")
n_desc=$(grep -c '<desc id=' "$h")
n_tab=$(grep -c '<table' "$h")
[ "$n_svg" -eq 5 ] && [ "$n_desc" -eq "$n_svg" ] && [ "$n_tab" -ge "$n_svg" ] &&
	pass "html-charts-with-text-and-tables ($n_svg charts, $n_tab tables)" ||
	fail html-charts-with-text-and-tables "$n_svg svg, $n_desc desc, $n_tab tables"
"$O" report board --db "$db" --council kirklees --as-of 2020-05-01 --format markdown >"$tmp/board.md"
grep -q '^| Amber | 2 |$' "$tmp/board.md" && grep -q '^\*Line chart of M3 .*moving away' "$tmp/board.md" &&
	pass markdown || fail markdown "$(head -20 "$tmp/board.md")"

# Chromium renders the HTML: the RAG bars (amber, green) and the measure lines (blue) are
# in the screenshot's pixels.
rm -f "$art/board.png"
timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
	--user-data-dir="$tmp/chromium" --window-size=1000,2600 --screenshot="$art/board.png" \
	"file://$PWD/$h" >/dev/null 2>&1
if [ -s "$art/board.png" ]; then
	got=$(/usr/bin/python3 tests/check/lib/pixels.py "$art/board.png" --colour f47738,00703c,1d70b8)
	if echo "$got" | awk '$2 < 1000 {bad=1} END {exit bad}'; then pass html-renders-in-chromium
	else fail html-renders-in-chromium "$got"; fi
else
	fail html-renders-in-chromium "no screenshot"
fi

# PDF through headless Chromium; pdftoppm pages show the charts, pdftotext the tables.
if "$O" report board --db "$db" --council kirklees --as-of 2020-05-01 --format pdf \
	--output "$art/board.pdf" 2>"$tmp/err"; then
	pages=$(pdfinfo "$art/board.pdf" | awk '/^Pages:/ {print $2}')
	pdftoppm -r 50 "$art/board.pdf" "$tmp/page"
	got=$(/usr/bin/python3 tests/check/lib/pixels.py "$tmp"/page-*.ppm --colour f47738,00703c,1d70b8)
	echo "$got" | awk '$2 < 500 {bad=1} END {exit bad}' && pass "pdf-charts ($pages pages)" ||
		fail pdf-charts "$got"
	pdftotext -layout "$art/board.pdf" "$tmp/board.txt"
	# (a cell may wrap where the fonts' widths put it: "Clear the" over "backlog")
	grep -Eq 'Amber +2' "$tmp/board.txt" && grep -Eq 'O1\.1 +O1 +Clear the( backlog)?' "$tmp/board.txt" &&
		grep -q 'backlog' "$tmp/board.txt" &&
		grep -Eq '2020-03 +55' "$tmp/board.txt" && pass pdf-tables ||
		fail pdf-tables "$(head -40 "$tmp/board.txt")"
	pdftoppm -r 60 -f 1 -l 1 -png "$art/board.pdf" "$art/board-pdf"
else
	fail pdf-charts "$(cat "$tmp/err")"
fi

# Every kind, every format, exit 0 and something written.
for k in board minister highlight review national; do
	ok=1
	for f in html markdown; do
		"$O" report $k --db "$db" --council kirklees --as-of 2020-05-01 --format $f >"$tmp/r" &&
			[ -s "$tmp/r" ] || ok=0
	done
	[ $ok = 1 ] && pass "formats-$k" || fail "formats-$k"
done

# Bad requests: a clear message, a non-zero exit, nothing written.
expect bad-kind 64 "KIND is board" "$O" report weekly --db "$db" --council kirklees
expect bad-format 64 "--format is html" "$O" report board --db "$db" --council kirklees --format docx
expect no-council 64 "needs --council" "$O" report board --db "$db"
expect unknown-council 65 "Narnia" "$O" report board --db "$db" --council Narnia
expect no-plan 65 "no improvement plan" "$O" report board --db "$db" --council stoke-on-trent
expect before-plan 65 "adopted on 2020-02-14, after 2019-12-01" "$O" report board --db "$db" \
	--council kirklees --as-of 2019-12-01
expect bad-period 65 "P1X" "$O" report board --db "$db" --council kirklees --period P1X
expect pdf-needs-output 64 "needs --output" "$O" report board --db "$db" --council kirklees --format pdf
expect pdf-no-chromium 70 "OVERSIGHT_CHROMIUM" env OVERSIGHT_CHROMIUM=/nonexistent "$O" report board \
	--db "$db" --council kirklees --format pdf --output "$tmp/x.pdf"
[ ! -e "$tmp/x.pdf" ] && [ ! -e "$tmp/x.pdf.html" ] && pass pdf-failure-leaves-nothing ||
	fail pdf-failure-leaves-nothing
