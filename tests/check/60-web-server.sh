#!/bin/bash
# 60-web-server.sh: `oversight serve` against a real server on 127.0.0.1
# (random port): health, the GOV.UK page and its assets, security headers,
# the calendar API (dates worked out by hand), strong ETags and 304, 404,
# 405 with Allow, HEAD, the OpenAPI description against the route table,
# and a clean stop on SIGTERM.
. tests/web/lib.sh

if [ ! -f "$BUILD/static/govuk-frontend.min.css" ]; then
	echo "FAIL web:static-built ($BUILD/static is missing: run make BUILD=$BUILD static)"
	exit 0
fi

"$OVERSIGHT" serve --listen nonsense > /dev/null 2> "$tmp/e"
check listen-refuses-bad-address [ $? = 64 ]

check starts web_start
check url-is-loopback eval '[[ "$URL" =~ ^http://127\.0\.0\.1:[0-9]+/$ ]] && [ "$PORT" != 0 ]'

get "${URL}healthz"
check healthz eval '[ "$(code)" = 200 ] && [ "$(json "j[\"status\"]")" = ok ]'

get "$URL"
check home-page eval '[ "$(code)" = 200 ] && [ "$(header Content-Type)" = "text/html; charset=utf-8" ] &&
	grep -q "<html lang=\"en\"" "$tmp/b" && grep -q "govuk-skip-link" "$tmp/b" &&
	grep -q "govuk-header__service-name\">Oversight<" "$tmp/b" &&
	grep -q "href=\"/api/v1/openapi.json\"" "$tmp/b" &&
	grep -q "href=\"/static/govuk-frontend.min.css\"" "$tmp/b" && ! grep -qi "<script" "$tmp/b"'
secure() {
	[ "$(header Content-Security-Policy | cut -d';' -f1)" = "default-src 'self'" ] &&
		[ "$(header X-Content-Type-Options)" = nosniff ] &&
		[ -n "$(header Referrer-Policy)" ] && [ "$(header X-Frame-Options)" = DENY ]
}
check page-security-headers secure

get "${URL}static/govuk-frontend.min.css"
check static-css eval '[ "$(code)" = 200 ] && [ "$(header Content-Type)" = "text/css; charset=utf-8" ] &&
	grep -q "url(/static/assets/fonts/" "$tmp/b" && ! grep -q "url(/assets/" "$tmp/b" && secure'
font=$(ls "$BUILD/static/assets/fonts/" | grep woff2 | head -n 1)
get "${URL}static/assets/fonts/$font"
check static-font eval '[ "$(code)" = 200 ] && [ "$(header Content-Type)" = font/woff2 ] &&
	cmp -s "$tmp/b" "$BUILD/static/assets/fonts/$font"'
get "${URL}static/assets/"
check static-no-directory-listing is_problem 404
get "${URL}static/assets"
check static-directory-is-404 is_problem 404

# Every 3 months from 31 October 2019, by the corresponding-date rule:
# 31 Jan 2020; April has no 31st, so its last day, 30 Apr; 31 Jul 2020.
get "${URL}api/v1/calendar/series?from=2019-10-31&every=P3M&count=3"
check calendar-series eval '[ "$(code)" = 200 ] && [ "$(header Content-Type)" = application/json ] &&
	[ "$(json "\" \".join(o[\"date\"] for o in j[\"occurrences\"])")" = "2020-01-31 2020-04-30 2020-07-31" ] &&
	[ "$(json "j[\"occurrences\"][1][\"derivation\"].startswith(\"2019-10-31 + 2 \")")" = True ] && secure'
etag=$(header ETag)
want=\"$(sha256sum "$tmp/b" | cut -d' ' -f1)\"
check etag-is-sha256-of-body [ "$etag" = "$want" ]
get -H "If-None-Match: $etag" "${URL}api/v1/calendar/series?from=2019-10-31&every=P3M&count=3"
check etag-304 eval '[ "$(code)" = 304 ] && [ ! -s "$tmp/b" ] && [ "$(header ETag)" = "$etag" ]'
get -H "If-None-Match: W/$etag, \"other\"" "${URL}api/v1/calendar/series?from=2019-10-31&every=P3M&count=3"
check etag-304-weak-list [ "$(code)" = 304 ]
get -H 'If-None-Match: "0000"' "${URL}api/v1/calendar/series?from=2019-10-31&every=P3M&count=3"
check etag-mismatch-200 eval '[ "$(code)" = 200 ] && [ -s "$tmp/b" ]'

get -H 'Content-Type: application/json' --data-binary '{"from": "2019-10-31", "every": "3 calendar months", "count": 3}' "${URL}api/v1/calendar/series"
check calendar-series-post eval '[ "$(code)" = 200 ] &&
	[ "$(json "\" \".join(o[\"date\"] for o in j[\"occurrences\"])")" = "2020-01-31 2020-04-30 2020-07-31" ]'

# Working days skip the weekend: Friday 2020-03-20 + 1 working day = Monday 23rd.
get "${URL}api/v1/calendar/series?from=2020-03-20&every=1+working+day&count=2"
check calendar-working-days eval '[ "$(code)" = 200 ] &&
	[ "$(json "\" \".join(o[\"date\"] for o in j[\"occurrences\"])")" = "2020-03-23 2020-03-24" ]'

get "${URL}no/such/thing"
check unknown-path-404 is_problem 404
get "${URL}api/v1/nothing-here"
check unknown-api-path-404 is_problem 404

get -X POST -H 'Content-Type: application/json' --data-binary '{}' "${URL}healthz"
check wrong-method-405 eval 'is_problem 405 && [ "$(header Allow)" = "GET, HEAD" ]'
get -X DELETE "${URL}api/v1/calendar/series"
check wrong-method-405-lists-both eval 'is_problem 405 && [ "$(header Allow)" = "GET, HEAD, POST" ]'

get -I "$URL"
check head eval '[ "$(code)" = 200 ] && [ -n "$(header ETag)" ] && ! grep -q "<html" "$tmp/b"'

# The OpenAPI description lists exactly the routes of the table in
# src/web/routes.c, and each documented operation is served (not 404/405).
get "${URL}api/v1/openapi.json"
cp "$tmp/b" "$tmp/openapi.json"
python3 - "$tmp/openapi.json" src/web/routes.c "$URL" > "$tmp/oa" 2>&1 <<'PY'
import json, re, sys, urllib.request, urllib.error
doc = json.load(open(sys.argv[1]))
src = open(sys.argv[2]).read()
table = src[src.index("web_routes[] = {"):]
table = table[:table.index("\n};")]
routes = set()
for pat, meth in re.findall(r'\{"(/[^"]*)", "([A-Z]+)"', table):
    routes.add((re.sub(r'\{(\w+)\*\}', r'{\1}', pat), meth.lower()))
doc_ops = set((p, m) for p, item in doc["paths"].items() for m in item)
ok = doc["openapi"].startswith("3.") and routes == doc_ops and len(routes) >= 5
if not ok:
    print("table only:", sorted(routes - doc_ops), "openapi only:", sorted(doc_ops - routes))
examples = {"path": "govuk-frontend.min.css", "id": "1"}
for p, m in sorted(doc_ops):
    url = sys.argv[3].rstrip("/") + re.sub(r'\{(\w+)\}', lambda x: examples.get(x.group(1), "x"), p)
    data = b"{}" if m == "post" else None
    req = urllib.request.Request(url, data=data, method=m.upper(),
                                 headers={"Content-Type": "application/json"})
    try:
        code = urllib.request.urlopen(req, timeout=5).status
        detail = ""
    except urllib.error.HTTPError as e:
        code = e.code
        detail = json.load(e).get("detail", "")
    # served: the route's handler answered (its own 404 for an unknown id, or
    # 503 because this server runs without a register, count as served)
    if code == 405 or (code == 404 and detail == "there is nothing at this path") or \
            (code >= 500 and code != 503):
        ok = False
        print("not served:", m, p, code, detail)
print("ok" if ok else "mismatch")
PY
check openapi-matches-route-table eval '[ "$(tail -n 1 "$tmp/oa")" = ok ] || { cat "$tmp/oa"; false; }'

web_stop
check sigterm-stops-cleanly eval '[ "$SRV_STATUS" = 0 ] && grep -q stopping "$tmp/server.err"'
exit 0
