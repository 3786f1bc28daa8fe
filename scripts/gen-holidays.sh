#!/bin/sh
# gen-holidays.sh CSV > C: turn data/bank-holidays-england-wales.csv
# (date,name; sorted) into the C table that src/cal/holidays.c searches.
# Refuses a row that is not "YYYY-MM-DD,name", or rows out of order, so a
# typo in the data fails the build rather than the arithmetic.
set -eu
awk -F, '
NR == 1 { if ($0 != "date,name") { print "gen-holidays: bad header: " $0 > "/dev/stderr"; exit 1 } next }
/^[ \t]*$/ { next }
{
	if ($1 !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/ || NF != 2) {
		print "gen-holidays: line " NR ": bad row: " $0 > "/dev/stderr"; exit 1
	}
	if ($1 <= last) { print "gen-holidays: line " NR ": out of order: " $1 > "/dev/stderr"; exit 1 }
	last = $1
	gsub(/"/, "\\\"", $2)
	rows[n++] = sprintf("\t{%d, %d, %d, \"%s\"},", substr($1, 1, 4), substr($1, 6, 2) + 0, substr($1, 9, 2) + 0, $2)
}
END {
	print "/* Generated from data/bank-holidays-england-wales.csv by scripts/gen-holidays.sh. Do not edit. */"
	print "#include <stddef.h>"
	print "struct holiday { int y, m, d; const char *name; };"
	print "extern const struct holiday cal_holiday_table[];"
	print "extern const size_t cal_holiday_table_len;"
	print "const struct holiday cal_holiday_table[] = {"
	for (i = 0; i < n; i++) print rows[i]
	print "};"
	print "const size_t cal_holiday_table_len = sizeof(cal_holiday_table) / sizeof(cal_holiday_table[0]);"
}' "$1"
