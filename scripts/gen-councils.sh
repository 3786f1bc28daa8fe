#!/bin/sh
# gen-councils.sh CSV > C: turn data/reference/english-children-services-authorities.csv
# into the table src/store/councils.c loads on `oversight db init`, so the
# binary needs no data file at run time (and `make install` nothing extra).
# Refuses a bad header, a row without 8 fields or a non-numeric DfE code.
set -eu
awk '
function splitcsv(line, f,    n, i, c, q, cur) {
	n = 0; cur = ""; q = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (q) {
			if (c == "\"") { if (substr(line, i + 1, 1) == "\"") { cur = cur "\""; i++ } else q = 0 }
			else cur = cur c
		} else if (c == "\"") q = 1
		else if (c == ",") { f[++n] = cur; cur = "" }
		else if (c != "\r") cur = cur c
	}
	f[++n] = cur
	return n
}
function cstr(s) { if (s == "") return "NULL"; gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
NR == 1 {
	if ($0 !~ /^dfe_la_code,gss_code,name,region,type,ofsted_name,valid_from,valid_to\r?$/) {
		print "gen-councils: bad header: " $0 > "/dev/stderr"; exit 1
	}
	next
}
/^[ \t\r]*$/ { next }
{
	if (splitcsv($0, f) != 8 || f[1] !~ /^[0-9]+$/) { print "gen-councils: line " NR ": bad row: " $0 > "/dev/stderr"; exit 1 }
	rows[n++] = sprintf("\t{%d, %s, %s, %s, %s, %s, %s, %s},", f[1], cstr(f[2]), cstr(f[3]), cstr(f[4]), cstr(f[5]), cstr(f[6]), cstr(f[7]), cstr(f[8]))
}
END {
	print "/* Generated from data/reference/english-children-services-authorities.csv by scripts/gen-councils.sh. Do not edit. */"
	print "#include \"store/store.h\""
	print "const struct store_council store_council_table[] = {"
	for (i = 0; i < n; i++) print rows[i]
	print "};"
	print "const size_t store_council_table_len = sizeof(store_council_table) / sizeof(store_council_table[0]);"
}' "$1"
