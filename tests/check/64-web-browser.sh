#!/bin/bash
# 64-web-browser.sh: the web application in Debian's Chromium (headless,
# driven by playwright-core from tests/browser/), with axe-core on every
# page: sign in (and a wrong password), upload the Kirklees direction,
# review what was read, put it in the register, see it on its provenance
# page, open the dashboard and Kirklees, download the calendar, record
# evidence on 7.e and see it turn met, download a PDF board report, open
# the review queue, sign out.  Screenshots go
# to tests/artefacts/browser/.  A real server on 127.0.0.1 and a real
# SQLite register; Chromium and the npm packages come from
# scripts/deps.sh test.
. tests/web/lib.sh
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
if [ ! -x /usr/bin/chromium ] || [ ! -d tests/browser/node_modules/playwright-core ]; then
	echo "FAIL browser:installed (run scripts/deps.sh test: chromium and tests/browser/node_modules)"
	exit 0
fi
db=$tmp/reg.db
pw='correct horse battery'
"$OVERSIGHT" db init --db "$db" >/dev/null
echo "$pw" | "$OVERSIGHT" user add --db "$db" admin dfe_admin --password-stdin >/dev/null
"$OVERSIGHT" import ofsted --db "$db" data/reference/ofsted-ilacs-history.csv >/dev/null 2>&1
"$OVERSIGHT" plan import --db "$db" data/examples/kirklees-plan.csv >/dev/null
web_start --db "$db"
art=tests/artefacts/browser
mkdir -p "$art"
(cd tests/browser && HOME=$tmp timeout 180 node flow.mjs "$URL" admin "$pw" \
	"$PWD/../../data/documents/kirklees-direction-2018-01-25.txt" "$PWD/../../$art") 2>"$tmp/node.err"
rc=$?
[ $rc -gt 1 ] && { echo "FAIL browser:ran (exit $rc)"; sed 's/^/  /' "$tmp/node.err" | head -10; }
[ "$(/usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from instruments").fetchone()[0])' "$db")" = 1 ] &&
	echo "PASS browser:ingested-into-the-register" || echo "FAIL browser:ingested-into-the-register"
web_stop
exit 0
