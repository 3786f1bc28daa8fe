#!/bin/bash
# 66-web-duties.sh: who owes what by when over the JSON API and the
# calendar feeds, against a real server and the example register with the
# Kirklees plan and board.  Expected from the documents (as 50-views and
# 70-plans work them out): as of 2018-05-01 Kirklees's 7.e (partnership
# agreement, due 2018-04-25) is overdue, and met once evidence dated
# 2018-04-20 is recorded; as of 2020-05-01 objectives O1, O2, O3 of the plan
# are slow to progress; a council officer of Kirklees sees Kirklees only;
# a feed URL gives the user's councils' duties and nothing without its
# secret; the web and `oversight due` agree.
. tests/web/lib.sh
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
. tests/check/lib/register.sh
db=$tmp/reg.db
example_register "$db"
example_plan "$db"
"$OVERSIGHT" board meeting --db "$db" kirklees "Improvement Board" 2020-02-12 >/dev/null
"$OVERSIGHT" board meeting --db "$db" kirklees "Improvement Board" 2020-04-22 >/dev/null
pw='correct horse battery'
for u in "adv adviser --councils Kirklees" "officer council_officer --councils Kirklees" "viewer dfe_viewer"; do
	set -- $u
	echo "$pw" | "$OVERSIGHT" user add --db "$db" "$@" --password-stdin >/dev/null
done
ADV=$("$OVERSIGHT" user token --db "$db" adv)
OFF=$("$OVERSIGHT" user token --db "$db" officer)
VIEW=$("$OVERSIGHT" user token --db "$db" viewer)
FEED=$("$OVERSIGHT" user token --db "$db" officer --kind feed)
web_start --db "$db"
A=(-H "Authorization: Bearer $ADV")
O=(-H "Authorization: Bearer $OFF")

get "${O[@]}" "${URL}api/v1/councils/382/occurrences?as_of=2018-05-01&status=overdue"
check occurrences-overdue eval '[ "$(json "sorted(i[\"ref\"] + \" \" + i[\"due\"] for i in j[\"items\"])")" = "['"'"'7.e 2018-04-25'"'"', '"'"'7.g/2 2018-03-25'"'"', '"'"'7.g/3 2018-04-25'"'"', '"'"'annex.3.h 2018-04-25'"'"']" ]'
# the web says what `oversight due` says
want=$("$OVERSIGHT" due --db "$db" --council kirklees --as-of 2018-05-01 --json |
	/usr/bin/python3 -c 'import json,sys; print(sorted((i["occurrence"], i["status"]) for i in json.load(sys.stdin)["items"] if i["status"] == "overdue"))')
check agrees-with-due eval '[ "$(json "sorted((i[\"occurrence\"], i[\"status\"]) for i in j[\"items\"])")" = "$want" ]'
occ=$(json '[i["occurrence"] for i in j["items"] if i["ref"] == "7.e"][0]')
get "${O[@]}" "${URL}api/v1/councils/861/occurrences"
check officer-not-other-council is_problem 403
get "${O[@]}" "${URL}api/v1/councils/382/occurrences?status=late"
check bad-status-named eval 'is_problem 400 && [ "$(json "j[\"parameter\"]")" = status ]'
get "${O[@]}" "${URL}api/v1/councils/382/occurrences?from=2018-13-01"
check bad-from-named eval 'is_problem 400 && [ "$(json "j[\"parameter\"]")" = from ]'
get "${O[@]}" "${URL}api/v1/councils/382/occurrences?as_of=2019-06-01&limit=3"
check paged eval '[ "$(json "len(j[\"items\"])")" = 3 ] && [ "$(json "j[\"next\"]")" = 3 ]'

# evidence: an officer may not record it; an adviser may; bad bodies are 4xx and write nothing
n0=$("$OVERSIGHT" audit log --db "$db" | wc -l)
get "${O[@]}" -H "Content-Type: application/json" -d '{"date":"2018-04-20"}' "${URL}api/v1/occurrences/$occ/evidence"
check officer-cannot-record is_problem 403
get "${A[@]}" -H "Content-Type: application/json" -d '{"date":"2018-04-31"}' "${URL}api/v1/occurrences/$occ/evidence"
check evidence-bad-date eval 'is_problem 400 && [ "$(json "j[\"parameter\"]")" = date ]'
get "${A[@]}" -H "Content-Type: application/json" -d '{"date":' "${URL}api/v1/occurrences/$occ/evidence"
check evidence-malformed-json is_problem 400
get "${A[@]}" -H "Content-Type: application/json" -d '{"date":20180420}' "${URL}api/v1/occurrences/$occ/evidence"
check evidence-date-not-string is_problem 400
get "${A[@]}" -H "Content-Type: application/json" -d "{\"date\":\"2018-04-20\",\"note\":\"'; DROP TABLE evidence; --\"}" "${URL}api/v1/occurrences/999999/evidence"
check evidence-unknown-occurrence is_problem 404
# the evidence form of the duty page: a broken multipart body, and a form without its CSRF
# token (a bearer caller needs none, so this one signs in)
get "${A[@]}" -H "Content-Type: multipart/form-data; boundary=xyz" --data-binary $'--xyz\r\nContent-Disposition: form-data; name="date"\r\n\r\n2018-04-20' "${URL}occurrences/$occ"
check evidence-form-bad-multipart is_problem 400
curl -s --max-time 5 -c "$tmp/jar" "${URL}login" -o "$tmp/form.html"
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$tmp/form.html" | sed 's/.*value="//; s/"$//')
curl -s --max-time 5 -c "$tmp/jar" -b "$tmp/jar" -o /dev/null --data-urlencode "csrf=$csrf" \
	--data-urlencode "username=adv" --data-urlencode "password=$pw" "${URL}login"
get -b "$tmp/jar" -F "date=2018-04-20" -F "csrf=forged" "${URL}occurrences/$occ"
check evidence-form-needs-csrf is_problem 403
n1=$("$OVERSIGHT" audit log --db "$db" | wc -l)
check refused-writes-nothing [ "$n0" = "$((n1 - 1))" ]
get "${A[@]}" -H "Content-Type: application/json" -d '{"date":"2018-04-20","note":"agreement signed"}' "${URL}api/v1/occurrences/$occ/evidence?as_of=2018-05-01"
check evidence-recorded-met eval '[ "$(code)" = 201 ] && [ "$(json "j[\"status\"] + \" \" + j[\"met_on\"]")" = "met 2018-04-20" ]'
check evidence-audited-as-user eval '"$OVERSIGHT" audit log --db "$db" | tail -1 | cut -f3,4 | grep -qx "adv	evidence.add"'
get "${O[@]}" "${URL}api/v1/occurrences/$occ?as_of=2018-05-01"
check occurrence-with-evidence eval '[ "$(json "j[\"status\"] + \" \" + j[\"evidence\"][0][\"note\"]")" = "met agreement signed" ]'

# the plan, boards and a report's tables
get "${O[@]}" "${URL}api/v1/councils/382/plan?as_of=2020-05-01"
check plan-slow eval '[ "$(json "[o[\"ref\"] for o in j[\"objectives\"] if o[\"slow_to_progress\"]]")" = "['"'"'O1'"'"', '"'"'O2'"'"', '"'"'O3'"'"']" ]'
check plan-action-state eval '[ "$(json "[a[\"rag\"] for a in j[\"actions\"] if a[\"ref\"] == \"O4.1\"][0]")" = blue ]'
get "${O[@]}" "${URL}api/v1/councils/382/boards?as_of=2020-05-01"
check boards-cadence eval '[ "$(json "j[\"boards\"][0][\"cadence\"][\"cycles_met\"], j[\"boards\"][0][\"cadence\"][\"cycles_missed\"]")" = "2 1" ]'
get "${O[@]}" "${URL}api/v1/councils/382/reports/board?as_of=2020-05-01"
check report-tables eval '[ "$(json "j[\"tables\"][\"rag-summary\"][\"rows\"]")" = "[['"'"'Red'"'"', '"'"'0'"'"'], ['"'"'Amber'"'"', '"'"'2'"'"'], ['"'"'Green'"'"', '"'"'4'"'"'], ['"'"'Blue (complete)'"'"', '"'"'3'"'"']]" ]'
get "${O[@]}" "${URL}api/v1/councils/861/plan"
check plan-other-council is_problem 403
get -H "Authorization: Bearer $VIEW" "${URL}api/v1/councils/861/plan"
check plan-none-is-404 is_problem 404

# the national status (public, without overdue counts) and the findings (DfE): the
# direction, read with warnings, has not been reviewed
get "${URL}api/v1/status?as_of=2020-05-01"
check status-public eval '[ "$(json "[(c[\"stage\"], c[\"since\"], \"overdue\" in c) for c in j[\"councils\"] if c[\"code\"] == 382][0]")" = "('"'"'improvement_notice'"'"', '"'"'2020-01-13'"'"', False)" ]'
get -H "Authorization: Bearer $VIEW" "${URL}api/v1/check?as_of=2018-05-01&council=382"
check check-findings eval '[ "$(code)" = 200 ] && [ "$(json "any(f[\"kind\"] == \"needs_review\" and f[\"date\"] == \"2018-01-25\" for f in j[\"findings\"])")" = True ]'

# calendars: the council's, and the officer's feed at its secret URL
get "${O[@]}" "${URL}api/v1/councils/382/calendar.ics"
check council-ics eval '[ "$(code)" = 200 ] && grep -q "^BEGIN:VCALENDAR" "$tmp/b" && grep -q "DTSTART;VALUE=DATE:20180425" "$tmp/b"'
get "${URL}feeds/$FEED.ics"
check feed-ics eval '[ "$(code)" = 200 ] && grep -q "DTSTART;VALUE=DATE:20180425" "$tmp/b" && ! grep -qi "stoke" "$tmp/b"'
get "${URL}feeds/x$FEED.ics"
check feed-wrong-secret is_problem 404
get "${URL}feeds/$OFF.ics"
check feed-api-token-is-not-a-feed is_problem 404
check audit-verifies "$OVERSIGHT" audit verify --db "$db"
web_stop
exit 0
