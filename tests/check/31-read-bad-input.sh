#!/bin/bash
# 31-read-bad-input.sh: the reader on input that is not an instrument, or
# not text at all: a clear message naming the file, exit 65 (bad data) or 66
# (cannot open), never a crash; memory bounded (64 MB resident at most) even
# for huge input; and no quadratic blow-up on pathological text.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect() { # expect NAME CODE PATTERN FILE...
	local name=$1 code=$2 pat=$3
	shift 3
	"$OVERSIGHT" read "$@" > "$tmp/out" 2> "$tmp/err"
	local rc=$?
	if [ "$rc" -eq "$code" ] && grep -q -- "$pat" "$tmp/err"; then
		echo "PASS read-bad:$name"
	else
		echo "FAIL read-bad:$name (exit $rc, want $code; stderr: $(head -c 300 "$tmp/err"))"
	fi
}

: > "$tmp/empty.txt"
expect empty 65 "empty document" "$tmp/empty.txt"
printf '   \n\n\t\n' > "$tmp/blank.txt"
expect blank 65 "empty document" "$tmp/blank.txt"
head -c 4096 /dev/urandom > "$tmp/garbage.bin" 2>/dev/null || dd if=/dev/urandom of="$tmp/garbage.bin" bs=4096 count=1 2>/dev/null
printf '\0' >> "$tmp/garbage.bin"
expect binary 65 "binary data" "$tmp/garbage.bin"
expect missing 66 "cannot open" "$tmp/no-such-file.txt"
expect directory 66 "directory" "$tmp"
printf 'Shopping list\n\nMilk, eggs, bread.\nCall the plumber on Tuesday.\n' > "$tmp/list.txt"
expect not-an-instrument 65 "does not look like an intervention instrument" "$tmp/list.txt"
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog' > "$tmp/truncated.pdf"
expect truncated-pdf 65 "truncated.pdf" "$tmp/truncated.pdf"
# 17 MiB: refused by size before it is read
truncate -s 17M "$tmp/huge.txt"
expect oversized 65 "too large" "$tmp/huge.txt"
expect usage-no-file 64 "needs FILE"
# one bad file does not stop the others
"$OVERSIGHT" read --jsonl data/documents/kirklees-direction-2018-01-25.txt "$tmp/empty.txt" \
	data/documents/kirklees-improvement-notice-2020-01-13.txt > "$tmp/out" 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 65 ] && [ "$(wc -l < "$tmp/out")" -eq 2 ]; then
	echo "PASS read-bad:others-still-read"
else
	echo "FAIL read-bad:others-still-read (exit $rc, $(wc -l < "$tmp/out") records)"
fi

# Windows-1252 text is converted, and read the same way.
iconv -f UTF-8 -t WINDOWS-1252 data/documents/kirklees-improvement-notice-2020-01-13.txt > "$tmp/cp1252.txt" 2>/dev/null
if "$OVERSIGHT" read "$tmp/cp1252.txt" > "$tmp/out" 2> "$tmp/err" &&
	grep -q '"encoding": "windows-1252"' "$tmp/out" && grep -q '"2020-05-31"' "$tmp/out"; then
	echo "PASS read-bad:windows-1252"
else
	echo "FAIL read-bad:windows-1252 ($(head -c 200 "$tmp/err"))"
fi
# standard input
if "$OVERSIGHT" read - < data/documents/stoke-on-trent-direction-2019-10-31.txt | grep -q '"name": "(stdin)"'; then
	echo "PASS read-bad:stdin"
else
	echo "FAIL read-bad:stdin"
fi
# cut off part way: what it holds, with a warning
head -c 5700 data/documents/kirklees-direction-2018-01-25.txt > "$tmp/cut.txt"
# (its date is at the end, so the deadline keeps its rule and period but no date)
if "$OVERSIGHT" read "$tmp/cut.txt" > "$tmp/out" 2> "$tmp/err" && grep -q "cut off" "$tmp/out" &&
	grep -q '"period": "P3M"' "$tmp/out" && grep -q "no date of issue found" "$tmp/out"; then
	echo "PASS read-bad:cut-off-keeps-what-it-holds"
else
	echo "FAIL read-bad:cut-off-keeps-what-it-holds"
fi

# Memory: at most 64 MB resident on the largest accepted input (15 MB of
# letter text, which has no numbered clauses to stop at) and on the refused one.
for n in $(seq 1 3600); do cat data/documents/kirklees-minister-letter-2017-06-30.txt; done | head -c 15000000 > "$tmp/big.txt"
# (Not under AddressSanitizer, whose shadow memory and red zones multiply the
# resident size: that pass checks memory errors, the plain build checks size.)
case ${BUILD:-build} in *san*) sizes= ; echo "  memory bound not measured under sanitizers" ;; *) sizes="big.txt huge.txt" ;; esac
for f in $sizes; do
	/usr/bin/time -f '%M' -o "$tmp/rss" "$OVERSIGHT" read --jsonl "$tmp/$f" > /dev/null 2>&1
	kb=$(tail -n 1 "$tmp/rss")
	if [ -n "$kb" ] && [ "$kb" -le 65536 ]; then
		echo "PASS read-bad:memory-bounded:$f (${kb} kB)"
	else
		echo "FAIL read-bad:memory-bounded:$f (${kb:-?} kB > 65536)"
	fi
done

# Nothing quadratic: 8 times the pathological input must not take more than
# 24 times as long (a linear reader takes about 8 times; a quadratic one 64).
patho() { # N: a text of N repeats of candidate words with no sentence end
	/usr/bin/python3 -c "import sys; sys.stdout.write('STATUTORY DIRECTION TO X COUNCIL\n' + ('appointed revokes Dated within 3 months of is revoked every 6 months 25 January 2018 City Council ' * int(sys.argv[1])))" "$1"
}
patho 4000 > "$tmp/p1.txt"
patho 32000 > "$tmp/p8.txt"
/usr/bin/time -f '%U' -o "$tmp/t1" "$OVERSIGHT" read --jsonl "$tmp/p1.txt" > /dev/null 2>&1
/usr/bin/time -f '%U' -o "$tmp/t8" "$OVERSIGHT" read --jsonl "$tmp/p8.txt" > /dev/null 2>&1
t1=$(tail -n 1 "$tmp/t1")
t8=$(tail -n 1 "$tmp/t8")
if /usr/bin/python3 -c "import sys; t1, t8 = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if t8 <= max(24 * t1, 0.5) else 1)" "$t1" "$t8"; then
	echo "PASS read-bad:not-quadratic (1x ${t1}s, 8x ${t8}s)"
else
	echo "FAIL read-bad:not-quadratic (1x ${t1}s, 8x ${t8}s)"
fi
# Nor on a side-by-side table of many rows (each row is rearranged in the working
# copy and every span of the record is mapped back through the pieces moved).
table() { # N: a notice whose annex is a two-column table of N rows
	/usr/bin/python3 -c "import sys; sys.stdout.write('IMPROVEMENT NOTICE TO X COUNCIL\n\nAnnex A\n\n' + ''.join('%-56s%s\n%-56s%s\n\n' % ('   %d. Complete the audit of the %d referrals' % (i + 1, i), 'Within 6 weeks of the date', '   received since 1 October 2016.', 'of this notice') for i in range(int(sys.argv[1]))))" "$1"
}
table 2000 > "$tmp/q1.txt"
table 16000 > "$tmp/q8.txt"
/usr/bin/time -f '%U' -o "$tmp/t1" "$OVERSIGHT" read --jsonl "$tmp/q1.txt" > "$tmp/q1.json" 2>&1
/usr/bin/time -f '%U' -o "$tmp/t8" "$OVERSIGHT" read --jsonl "$tmp/q8.txt" > /dev/null 2>&1
t1=$(tail -n 1 "$tmp/t1")
t8=$(tail -n 1 "$tmp/t8")
if grep -q '"Complete the audit of the 0 referrals received since 1 October 2016 Within 6 weeks of the date of this notice."' "$tmp/q1.json" &&
	/usr/bin/python3 -c "import sys; t1, t8 = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if t8 <= max(24 * t1, 0.5) else 1)" "$t1" "$t8"; then
	echo "PASS read-bad:table-not-quadratic (1x ${t1}s, 8x ${t8}s)"
else
	echo "FAIL read-bad:table-not-quadratic (1x ${t1}s, 8x ${t8}s; $(head -c 300 "$tmp/q1.json"))"
fi
exit 0
