#!/bin/bash
# 65-web-api.sh: the register's public record over the JSON API, against a
# real server and the example register (councils, the Ofsted outcomes and
# the four example instruments).  Expected from the documents: Kirklees
# (382) has the 2018 direction in force on 2019-06-01 and the 2020
# improvement notice on 2020-02-01; its first direction of 2016-11-25 is in
# its history, known from the 2018 direction's recital; each instrument's
# original bytes come back exactly; lists page with a cursor; bad
# parameters are 400 naming the parameter.
. tests/web/lib.sh
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
. tests/check/lib/register.sh
db=$tmp/reg.db
example_register "$db"
# an evidence attachment: a document that is not a published instrument
printf 'minutes of the board\n' >"$tmp/minutes.txt"
"$OVERSIGHT" record evidence --db "$db" --council kirklees 7.e 2018-04-20 --file "$tmp/minutes.txt" >/dev/null
web_start --db "$db"
D=a38963dc96a8ac9c91883df3c475ddb46d64ae0f1db8b1cf5900f83ff648aac6
N=ba4df57f60a7b059b9b6b16117168189e1649454d953278a5b9727daaba4d53a

get "${URL}api/v1/councils"
check councils eval '[ "$(code)" = 200 ] && [ "$(json "len(j[\"items\"])")" = 158 ] &&
	[ "$(json "[c[\"name\"] for c in j[\"items\"] if c[\"code\"] == 382][0]")" = Kirklees ]'
get "${URL}api/v1/councils/382?on=2019-06-01"
check in-force-2019 eval '[ "$(json "[(i[\"kind\"], i[\"date\"]) for i in j[\"in_force\"]]")" = "[('"'"'direction'"'"', '"'"'2018-01-25'"'"')]" ]'
check history-has-first-direction eval '[ "$(json "any(h[\"date\"] == \"2016-11-25\" and \"first direction\" in (h[\"detail\"] or \"\") and h[\"what\"] == \"instrument\" for h in j[\"history\"])")" = True ]'
get "${URL}api/v1/councils/382?on=2020-02-01"
check in-force-2020 eval '[ "$(json "[(i[\"kind\"], i[\"date\"]) for i in j[\"in_force\"]]")" = "[('"'"'improvement_notice'"'"', '"'"'2020-01-13'"'"')]" ]'
get "${URL}api/v1/councils/999"
check unknown-council is_problem 404
get "${URL}api/v1/councils/382?on=2019-02-30"
check bad-date-named eval 'is_problem 400 && [ "$(json "j[\"parameter\"]")" = on ]'

get "${URL}api/v1/instruments/$D"
check instrument eval '[ "$(json "j[\"record\"][\"kind\"] + \" \" + j[\"record\"][\"date\"][\"value\"] + \" \" + j[\"ended_on\"] + \" \" + j[\"ended_by\"]")" = "direction 2018-01-25 2020-01-13 $N" ]'
get "${URL}api/v1/instruments/0000000000000000000000000000000000000000000000000000000000000000"
check instrument-unknown is_problem 404
get "${URL}api/v1/documents/$D"
check document-bytes eval '[ "$(code)" = 200 ] && cmp -s "$tmp/b" data/documents/kirklees-direction-2018-01-25.txt &&
	[ "$(header Content-Disposition)" = "inline; filename=\"kirklees-direction-2018-01-25.txt\"" ]'
m=$(sha256sum "$tmp/minutes.txt" | cut -d' ' -f1)
get "${URL}api/v1/documents/$m"
check evidence-file-not-public is_problem 401

get "${URL}api/v1/instruments?limit=2"
first=$(json 'j["next"]')
check instruments-page-1 eval '[ "$(json "len(j[\"items\"])")" = 2 ] && [ -n "$first" ] && [ "$first" != None ]'
get "${URL}api/v1/instruments?limit=2&after=$first"
check instruments-page-2 eval '[ "$(json "len(j[\"items\"])")" = 2 ] && [ "$(json "j[\"next\"]")" = None ]'
get "${URL}api/v1/instruments?council=861"
check instruments-by-council eval '[ "$(json "[i[\"date\"] for i in j[\"items\"]]")" = "['"'"'2019-10-31'"'"']" ]'
get "${URL}api/v1/inspections?council=382&from=2019-01-01&to=2019-12-31"
check inspections-filtered eval '[ "$(json "sorted(set(i[\"published\"][:4] for i in j[\"items\"]))")" = "['"'"'2019'"'"']" ]'
get "${URL}api/v1/instruments?limit=0"
check bad-limit eval 'is_problem 400 && [ "$(json "j[\"parameter\"]")" = limit ]'
get "${URL}api/v1/instruments?council=x"
check bad-council eval 'is_problem 400 && [ "$(json "j[\"parameter\"]")" = council ]'
get "${URL}api/v1/instruments?colour=red"
check unknown-parameter is_problem 400
get "${URL}api/v1/instruments/$D"
etag=$(header ETag)
get -H "If-None-Match: $etag" "${URL}api/v1/instruments/$D"
check etag-304 [ "$(code)" = 304 ]
web_stop
exit 0
