#!/bin/bash
# 63-web-upload.sh: an instrument uploaded in the browser and by a script,
# against a real server on 127.0.0.1 and a real SQLite register: the form,
# the upload (multipart, CSRF), the review page showing what the reader
# found (checked against the Kirklees direction as written: Kirklees
# Council, 25 January 2018, clause 7.e due 2018-04-25, the 'bi-monthly'
# warning), ingesting it, the same again, and refusals (no CSRF, a broken
# multipart body, not an instrument, an unknown council, a role that may
# not upload) that write nothing.
. tests/web/lib.sh
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
db=$tmp/reg.db
"$OVERSIGHT" db init --db "$db" >/dev/null
pw='correct horse battery'
echo "$pw" | "$OVERSIGHT" user add --db "$db" admin dfe_admin --password-stdin >/dev/null
echo "$pw" | "$OVERSIGHT" user add --db "$db" officer council_officer --councils Kirklees --password-stdin >/dev/null
q() { /usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$db" "$1"; }
web_start --db "$db"
jar=$tmp/jar
curl -s --max-time 5 -c "$jar" -b "$jar" "${URL}login" -o "$tmp/f.html"
c=$(grep -o 'name="csrf" value="[^"]*"' "$tmp/f.html" | sed 's/.*value="//; s/"$//')
curl -s --max-time 5 -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$c" \
	--data-urlencode "username=admin" --data-urlencode "password=$pw" "${URL}login"
get -b "$jar" "${URL}api/v1/whoami"
csrf=$(json 'j["csrf"]')
check signed-in [ -n "$csrf" ]

get -b "$jar" "${URL}upload"
check form eval '[ "$(code)" = 200 ] && grep -q "enctype=\"multipart/form-data\"" "$tmp/b" &&
	grep -q "name=\"csrf\" value=\"$csrf\"" "$tmp/b" && grep -q "type=\"file\"" "$tmp/b"'

doc=data/documents/kirklees-direction-2018-01-25.txt
sha=$(sha256sum "$doc" | cut -d' ' -f1)
audit0=$(q "select count(*) from audit")
get -b "$jar" -F "csrf=nope" -F "file=@$doc" "${URL}upload"
check upload-needs-csrf eval 'is_problem 403 && [ "$(q "select count(*) from audit")" = "$audit0" ]'
get -b "$jar" -H "Content-Type: multipart/form-data; boundary=XYZ" --data-binary $'--XYZ\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end' "${URL}upload"
check upload-broken-multipart eval 'is_problem 400 && [ "$(q "select count(*) from documents")" = 0 ]'
get -b "$jar" -F "csrf=$csrf" -F "file=@$doc" "${URL}upload"
check upload eval '[ "$(code)" = 303 ] && [ "$(header Location)" = "/upload/$sha" ] &&
	[ "$(q "select count(*) from documents where sha256 = '"'"'$sha'"'"'")" = 1 ] &&
	[ "$(q "select count(*) from instruments")" = 0 ]'

get -b "$jar" "${URL}upload/$sha"
check review-page eval '[ "$(code)" = 200 ] && grep -q "Kirklees Council" "$tmp/b" &&
	grep -q "2018-01-25" "$tmp/b" && grep -q ">7.e<" "$tmp/b" && grep -q "2018-04-25" "$tmp/b" &&
	grep -q "bi-monthly" "$tmp/b" && grep -q "action=\"/upload/$sha\"" "$tmp/b"'
get -b "$jar" -d "csrf=nope" "${URL}upload/$sha"
check ingest-needs-csrf eval 'is_problem 403 && [ "$(q "select count(*) from instruments")" = 0 ]'
get -b "$jar" -d "csrf=$csrf" "${URL}upload/$sha"
check ingest eval '[ "$(code)" = 201 ] && grep -q "In the register" "$tmp/b" &&
	[ "$(q "select council || status from instruments where sha256 = '"'"'$sha'"'"'")" = 382needs_review ] &&
	[ "$(q "select who from audit where action = '"'"'instrument.add'"'"'")" = admin ]'
get -b "$jar" -d "csrf=$csrf" "${URL}upload/$sha"
check ingest-again eval '[ "$(code)" = 200 ] && grep -q "Already in the register" "$tmp/b"'

get -b "$jar" -F "csrf=$csrf" -F "file=@data/SOURCES.md" "${URL}upload"
other=$(header Location)
get -b "$jar" "${URL}${other#/}"
check not-an-instrument is_problem 422
get -b "$jar" -F "csrf=$csrf" -F "file=@tests/golden/read/synthetic/borsetshire-direction.txt" "${URL}upload"
bor=$(header Location)
n0=$(q "select count(*) from instruments")
get -b "$jar" -d "csrf=$csrf" "${URL}${bor#/}"
check unknown-council eval 'is_problem 422 && grep -q "unknown council" "$tmp/b" && [ "$(q "select count(*) from instruments")" = "$n0" ]'

# a script, with API tokens
tok=$("$OVERSIGHT" user token --db "$db" admin)
otok=$("$OVERSIGHT" user token --db "$db" officer)
stoke=data/documents/stoke-on-trent-direction-2019-10-31.txt
get -H "Authorization: Bearer $otok" -F "file=@$stoke" "${URL}api/v1/documents"
check api-officer-may-not-upload is_problem 403
get -H "Authorization: Bearer $tok" -F "file=@$stoke" "${URL}api/v1/documents"
ssha=$(sha256sum "$stoke" | cut -d' ' -f1)
check api-upload eval '[ "$(code)" = 201 ] && [ "$(json "j[\"sha256\"]")" = "$ssha" ] &&
	[ "$(json "j[\"record\"][\"kind\"] + \" \" + j[\"record\"][\"date\"][\"value\"]")" = "direction 2019-10-31" ]'
get -H "Authorization: Bearer $tok" -X POST "${URL}api/v1/documents/$ssha/ingest"
check api-ingest eval '[ "$(code)" = 201 ] && [ "$(json "j[\"council\"]")" = Stoke-on-Trent ] &&
	[ "$(json "j[\"obligations\"]")" = 18 ]'
get -H "Authorization: Bearer $tok" -X POST "${URL}api/v1/documents/0123/ingest"
check api-ingest-bad-sha is_problem 404
check audit-verifies "$OVERSIGHT" audit verify --db "$db"
web_stop
exit 0
