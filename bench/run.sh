#!/bin/bash
# bench/run.sh: run every benchmark (make bench).  Benchmarks measure; they
# never pass or fail.  Record what they print, and how, in BENCHMARKS.md.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
echo "machine: $(nproc) cores, $(uname -m), $(${CC:-cc} --version | head -1)"
for b in "$BUILD"/bench/bench_*; do
	[ -x "$b" ] || continue
	echo "== $(basename "$b")"
	"$b"
done
for s in bench/bench_*.sh; do
	[ -f "$s" ] || continue
	echo "== $(basename "$s")"
	BUILD=$BUILD bash "$s"
done
