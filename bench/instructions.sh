#!/bin/bash
# instructions.sh: the reader's instructions per document, the figure BENCHMARKS.md
# quotes session by session (a count, not a time: the machines are shared and noisy).
# The corpus is the example instruments repeated (as bench_read.sh makes it); callgrind
# counts build/bench/reader over the first 80 documents (read three times after a
# one-document warm-up, the clock's region only: --toggle-collect=read_all), and the
# SHA-256 of the input (sha256_hex, inclusive) is taken out, as the processor's SHA
# instructions are what a release build uses.  Prints total, SHA and per document
# (divided by 241 reads).  Needs valgrind (callgrind_annotate).
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
bin=${1:-$BUILD/bench/reader}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
for r in $(seq 1 20); do
	for d in data/documents/*.txt; do
		cp "$d" "$tmp/doc$(printf %05d $i).txt"
		i=$((i + 1))
	done
done
valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" --toggle-collect=read_all \
	"$bin" $(ls "$tmp"/doc*.txt | head -80) >/dev/null 2>&1
tot=$(callgrind_annotate --inclusive=yes "$tmp/cg.out" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
sha=$(callgrind_annotate --inclusive=yes "$tmp/cg.out" | awk '/sha256_hex/ {gsub(",", "", $1); print $1; exit}')
echo "total=$tot sha=${sha:-0} per_doc=$(((tot - ${sha:-0}) / 241))"
