#!/bin/bash
# 72-read-session25.sh: what session 25 taught the reader, on documents written here.
# The expected values were worked out by hand from their words:
#   - y, a Commissioner's letter of Tuesday 3 September 2024 with its next steps in a
#     table as `pdftotext -layout` prints it: the header "Action / Owner / By" centred
#     over its columns (the cells start at 0, 62 and 84), no row numbers, each row's
#     Owner cell beside the row's middle and its action broken over lines (a line that
#     starts with a capital after "... with the" goes on with the row).  Four duties, each
#     owed by its Owner cell: "Share the revised front door procedures with the
#     Department" (the Director of Children's Services; within 15 working days of the
#     letter: 4-6, 9-13, 16-20, 23-24 September, Tuesday 24 September 2024); "Set up a
#     multi-agency audit group and report its first findings to the Improvement Board"
#     (the Council, to the Board; end of November 2024, 30 November); "Appoint a permanent
#     Head of Service for Safeguarding" (the Council; by 31 October 2024); "Meet the Lead
#     Member" (the Commissioner; every four weeks, the first on 1 October 2024, 28 days
#     on).  The letter's closing sentence after the table is no duty.
set -u
O=${OVERSIGHT:-build/oversight}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/y.txt" <<'EOF'
                                                                       Ms Jo Example
                                          Children's Services Commissioner for Rutland

Mr Sam Lee
Chief Executive
Rutland County Council

3 September 2024

Dear Mr Lee,

Rutland children's services: next steps

Thank you for meeting me on 29 August 2024 with the Director of Children's Services. We agreed the following next steps at that meeting.

                           Action                                    Owner                    By
Share the revised front door procedures with the                                    Within 15 working days
                                                              Director of
Department                                                                          of the date of this letter
                                                              Children's Services
Set up a multi-agency audit group and report its first
                                                              Council
findings to the Improvement Board                                                   End of November 2024
Appoint a permanent Head of Service for Safeguarding          Council               31 October 2024
Meet the Lead Member                                          Commissioner          Every four weeks


I am copying this letter to the Minister for Children and Families.

Yours sincerely,

Jo Example
Children's Services Commissioner for Rutland
EOF
for f in y; do
	"$O" read "$tmp/$f.txt" >"$tmp/$f.json" 2>"$tmp/err" ||
		echo "FAIL session25:read-$f: exit $?: $(cat "$tmp/err")"
done
/usr/bin/python3 - "$(dirname "$0")/lib" "$tmp" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from readcheck import load, checker, got
Y = load(sys.argv[2] + "/y.json")
check = checker("session25")
yo = Y.get("obligations", [])
check("letter-table-rows", len(yo) == 4)
check("letter-table-owner-within", [got(o) for o in yo[:1]] == [("dcs", "deadline", "2024-09-24", None, None)])
check("letter-table-row-goes-on-after-the", [(got(o), o.get("to")) for o in yo[1:2]] ==
      [(("council", "deadline", "2024-11-30", None, None), "improvement_board")])
check("letter-table-bare-date", [got(o) for o in yo[2:3]] == [("council", "deadline", "2024-10-31", None, None)])
check("letter-table-every", [got(o) for o in yo[3:4]] == [("commissioner", "recurring", None, "P4W", "2024-10-01")])
check("letter-table-actions", [o.get("action") for o in yo] ==
      ["Share the revised front door procedures with the Department",
       "Set up a multi-agency audit group and report its first findings to the Improvement Board",
       "Appoint a permanent Head of Service for Safeguarding", "Meet the Lead Member"])
PY
exit 0
