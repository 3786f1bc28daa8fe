#!/bin/bash
# 53-read-word-processor-text.sh: wordings and typography of the tenth unseen set
# (session 14), on a short direction written here (21 December 2018).  The expected values
# were worked out by hand from its bytes and words:
#   - "by 31<U+00A0>March<U+00A0>2019" (no-break spaces, as Word leaves them): a deadline of
#     31 March 2019, its span the bytes of the source (the quote holds the no-break spaces);
#   - "the ﬁnal plan" and "speciﬁed" (ligatures U+FB01), "work<U+00AD>ers" (a soft hyphen):
#     read as "final", "specified", "workers"; "within the ﬁrst three months of the date of
#     this Direction": 21 March 2019; the duty's span ends on the source's last byte of its
#     sentence, past the ligatures;
#   - "no later than the 28th day of February 2019": a deadline of 28 February 2019;
#     "On the 3rd day of September 2018 ... gave a direction ... and appointed": two events
#     of that day; "between the 2nd and 13th July 2018": an inspection of 2 to 13 July;
#   - "7. The Council must take the following actions:" then "Action", "Timescale" one a
#     line and rows "(a)", "(b)": the rows are 7.a and 7.b, each the council's deadline
#     (7.a within 10 working days of Friday 21 December 2018: 24, 27, 28, 31 December, 2, 3, 4, 7, 8, 9
#     January, skipping the weekends and 25, 26 December and 1 January: 9 January 2019; 7.b by
#     30 September 2019);
#   - "Annex – Terms of reference for the Commissioner" (an en dash) opens the annex: its
#     "1. The Commissioner will report ... every three months" is annex.1 (P3M), not 1.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' \
	'DIRECTION TO EXAMPLE BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996' '' \
	'1. Ofsted inspected the children'"'"'s services of Example Borough Council ("the Council") between the 2nd and 13th July 2018.' \
	'2. On the 3rd day of September 2018 the Secretary of State gave a direction to the Council and appointed Ms Ada Example as Children'"'"'s Services Commissioner.' '' \
	'The Secretary of State directs the Council as follows.' '' \
	$'3. The Council shall submit the \xef\xac\x81nal plan to the Secretary of State by 31\xc2\xa0March\xc2\xa02019.' \
	$'4. The Council shall provide the data speci\xef\xac\x81ed by the Commissioner within the \xef\xac\x81rst three months of the date of this Direction.' \
	$'5. The Council shall reduce its reliance on agency social work\xc2\xaders no later than the 28th day of February 2019.' '' \
	'7. The Council must take the following actions:' '' 'Action' 'Timescale' \
	'(a) Nominate a senior officer to lead the Council'"'"'s response' 'Within 10 working days' \
	'(b) Revise the improvement plan' 'By 30 September 2019' '' \
	'Dated: 21 December 2018' '' \
	$'Annex \xe2\x80\x93 Terms of reference for the Commissioner' '' \
	'1. The Commissioner will report to the Secretary of State every three months.' >"$tmp/d.txt"
"$OVERSIGHT" read "$tmp/d.txt" >"$tmp/d.json" 2>"$tmp/err" ||
	echo "FAIL word-processor-text:read: exit $?: $(cat "$tmp/err")"
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp/d.json" "$tmp/d.txt" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, of, one
D = load(sys.argv[2])
src = open(sys.argv[3], "rb").read()
check = checker("word-processor-text")
def got(o):
    return (o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"))
def quote(o):
    s, e = o["span"][:2]
    return src[s:e]
o3 = of(D, "3")
check("no-break-spaces-in-a-date", [got(o) for o in o3] == [("council", "deadline", "2019-03-31")] and quote(o3[0]).endswith(b"31\xc2\xa0March\xc2\xa02019."))
check("ligature-read-as-letters", "final plan" in (o3[0].get("action", "") if o3 else ""))
o4 = of(D, "4")
check("within-the-first-three-months", [got(o) for o in o4] == [("council", "deadline", "2019-03-21")] and "specified" in o4[0].get("action", ""))
check("span-past-ligatures-ends-in-the-source", bool(o4) and quote(o4[0]).startswith(b"The Council shall provide") and quote(o4[0]).endswith(b"this Direction."))
o5 = of(D, "5")
check("soft-hyphen-and-the-nth-day-of", [got(o) for o in o5] == [("council", "deadline", "2019-02-28")] and "workers" in o5[0].get("action", ""))
ev = sorted((e["kind"], e["date"], e.get("end_date")) for e in D.get("events", []))
check("on-the-3rd-day-of", ("appointment", "2018-09-03", None) in ev and ("direction_issued", "2018-09-03", None) in ev)
check("between-the-2nd-and-13th", ("ofsted_inspection", "2018-07-02", "2018-07-13") in ev)
check("annex-heading-with-an-en-dash", [(o.get("bearer"), o.get("recurrence", {}).get("every")) for o in of(D, "annex.1")] == [("commissioner", "P3M")] and not of(D, "1"))
check("one-cell-a-line-rows-are-items", [got(o) for o in of(D, "7.a")] == [("council", "deadline", "2019-01-09")] and [got(o) for o in of(D, "7.b")] == [("council", "deadline", "2019-09-30")] and not of(D, "7"))
PY
exit 0
