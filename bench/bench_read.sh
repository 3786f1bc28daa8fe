#!/bin/bash
# bench_read.sh: the reader's throughput on the example instruments repeated
# to at least 50 MB (one file per document), side by side in the same run
# with two references over the same text: chrono-node's date extraction
# (npm, chrono.en.GB.parse) and dateparser's search_dates (Debian
# python3-dateparser).  The references are far slower, so they run on a
# prefix of the same corpus (the same documents in the same order) and are
# compared by MB/s.  Each figure is the median of 3 runs.
#
# Two figures for oversight: the whole command (`oversight read --jsonl`
# over every file: process start-up, reading the files, writing the JSON)
# and, measured as the references are (texts loaded first, one document
# read to warm up, the clock around the reading only), build/bench/reader.
# The ratio compares the second with the references.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
ov="$BUILD/oversight"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
docs=(data/documents/*.txt)
total=0 i=0
while [ "$total" -lt 52428800 ]; do
	for d in "${docs[@]}"; do
		cp "$d" "$tmp/doc$(printf %05d $i).txt"
		total=$((total + $(stat -c %s "$d")))
		i=$((i + 1))
	done
done
ls "$tmp"/doc*.txt > "$tmp/all"
head -n 400 "$tmp/all" > "$tmp/chrono"
head -n 60 "$tmp/all" > "$tmp/dateparser"
bytes_of() { xargs cat < "$1" | wc -c; }
median() { sort -n | sed -n 2p; }

echo "corpus: $i documents, $total bytes ($(echo "scale=1; $total/1048576" | bc) MiB)"
for r in 1 2 3; do
	s=$(date +%s.%N)
	xargs "$ov" read --jsonl < "$tmp/all" > /dev/null
	e=$(date +%s.%N)
	echo "$e - $s" | bc
done | median > "$tmp/t_ov"
t=$(cat "$tmp/t_ov")
ov_mbs=$(echo "scale=2; $total / 1048576 / $t" | bc)
echo "oversight read:  $ov_mbs MB/s, $(echo "scale=0; $i / $t" | bc) documents/s (median of 3, $t s)"

"$BUILD/bench/reader" $(cat "$tmp/all") | cut -d' ' -f4 | median > "$tmp/t_in"
t=$(cat "$tmp/t_in")
in_mbs=$(echo "scale=2; $total / 1048576 / $t" | bc)
echo "oversight (in process, as the references): $in_mbs MB/s, $(echo "scale=0; $i / $t" | bc) documents/s (median of 3, $t s)"

cb=$(bytes_of "$tmp/chrono")
for r in 1 2 3; do node bench/ref/chrono.js $(cat "$tmp/chrono") | cut -d' ' -f4; done | median > "$tmp/t_ch"
t=$(cat "$tmp/t_ch")
ch_mbs=$(echo "scale=3; $cb / 1048576 / $t" | bc)
echo "chrono-node:     $ch_mbs MB/s over $cb bytes (median of 3, $t s)"

db=$(bytes_of "$tmp/dateparser")
for r in 1 2 3; do /usr/bin/python3 bench/ref/dateparser_ref.py $(cat "$tmp/dateparser") 2>/dev/null | cut -d' ' -f4; done | median > "$tmp/t_dp"
t=$(cat "$tmp/t_dp")
dp_mbs=$(echo "scale=3; $db / 1048576 / $t" | bc)
echo "dateparser:      $dp_mbs MB/s over $db bytes (median of 3, $t s)"

best=$(echo "if ($ch_mbs > $dp_mbs) $ch_mbs else $dp_mbs" | bc)
echo "ratio: oversight in process / faster reference = $(echo "scale=1; $in_mbs / $best" | bc)x (whole command: $(echo "scale=1; $ov_mbs / $best" | bc)x)"
