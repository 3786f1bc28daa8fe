#!/bin/bash
# 61-web-hostile.sh: hostile input against `oversight serve` on 127.0.0.1:
# path traversal (literal, percent-encoded, double-encoded, encoded
# slashes and backslashes, NUL, a symbolic link out of the static folder),
# injection strings, bad query strings, oversized and chunked bodies,
# malformed JSON, an over-long URL and huge headers, and slow clients.  Each
# must get a 4xx (or be timed out); no reply may contain the secret file
# next to the static folder; the server must keep serving; and nothing in
# the served folder may change.
. tests/web/lib.sh

if [ ! -f "$BUILD/static/govuk-frontend.min.css" ]; then
	echo "FAIL web:static-built ($BUILD/static is missing: run make BUILD=$BUILD static)"
	exit 0
fi
site=$tmp/site
mkdir -p "$site"
cp -R "$BUILD/static" "$site/static"
echo "SECRET-MARKER-7f3a9c" > "$site/secret.txt"
ln -s ../secret.txt "$site/static/link.txt"
echo "hidden" > "$site/static/.hidden.txt"
snapshot() { (cd "$site" && find . -printf '%p %s %T@\n' | sort && find . -type f -exec sha256sum {} + | sort); }
snapshot > "$tmp/before"

check starts web_start --static "$site/static" --timeout 2

refused() { # the last reply is 400 or 404 problem+json and leaks nothing
	{ is_problem 400 || is_problem 404; } && ! grep -q SECRET-MARKER "$tmp/b"
}
n=0
for p in "static/../secret.txt" "static/%2e%2e/secret.txt" "static/%2E%2E%2Fsecret.txt" \
	"static/..%2fsecret.txt" "static/.%2e/secret.txt" "static/%2e%2e%5csecret.txt" \
	"static/assets/../../secret.txt" "static/..\\secret.txt" "static/%252e%252e/secret.txt" \
	"static//secret.txt" "static/link.txt" "static/.hidden.txt" "static/%00secret.txt" \
	"static/govuk-frontend.min.css%00.txt" "static/./govuk-frontend.min.css" \
	"../secret.txt" "%2e%2e/secret.txt" "static/%c0%ae%c0%ae/secret.txt" "static/%zz"; do
	get --path-as-is "$URL$p"
	n=$((n + 1))
	check "traversal-$n ($p)" refused
done
check traversal-encoded-slash-is-400 eval 'get --path-as-is "${URL}static/..%2fsecret.txt"; is_problem 400'
check traversal-nul-is-400 eval 'get --path-as-is "${URL}static/%00secret.txt"; is_problem 400'

# A raw NUL and raw control bytes in the request line, sent by hand.
raw() { # raw BYTES: send BYTES on a new connection, print the status line
	exec 3<> "/dev/tcp/127.0.0.1/$PORT"
	printf "$1" >&3
	timeout 5 head -c 12 <&3
	exec 3<&- 3>&-
}
st=$(raw 'GET /static/a\000b HTTP/1.1\r\nHost: x\r\n\r\n' 2>/dev/null | tr -d '\0')
check raw-nul-in-request-line eval '[[ "$st" =~ ^HTTP/1\.[01]\ 4[0-9][0-9]$ ]] || [ -z "$st" ]'
st=$(raw 'GET /\033[2J HTTP/1.1\r\nHost: x\r\n\r\n' 2>/dev/null | tr -d '\0')
check raw-control-byte-in-path eval '[[ "$st" =~ ^HTTP/1\.[01]\ 4[0-9][0-9]$ ]] || [ -z "$st" ]'

# Injection strings in a parameter are refused as problem+json (never HTML,
# so a quoted "<script>" is inert), and CR LF cannot add a header.
for v in "%27%20OR%201%3D1%20--" "%3Cscript%3Ealert(1)%3C%2Fscript%3E" "%22%7D%2C%7B%22a%22%3A1" \
	"%24(touch%20%2Ftmp%2Fpwned)" "x%0d%0aSet-Cookie%3A%20a%3Db"; do
	get "${URL}api/v1/calendar/series?from=$v&every=P3M&count=2"
	n=$((n + 1))
	check "injection-$n" eval 'is_problem 400 && [ -z "$(header Set-Cookie)" ] && [ "$(json "j.get(\"parameter\", \"from\")")" = from ]'
done

# Bad query strings: 400 naming the parameter.
param_is() { is_problem 400 && [ "$(json "j['parameter']")" = "$1" ]; }
base="${URL}api/v1/calendar/series"
get "$base?from=2019-02-30&every=P3M&count=3"; check query-bad-date param_is from
get "$base?from=2019-10-31&count=3"; check query-missing-every param_is every
get "$base?from=2019-10-31&every=P3M&count=3&zzz=1"; check query-unknown param_is zzz
get "$base?from=2019-10-31&from=2019-10-30&every=P3M&count=3"; check query-repeated param_is from
get "$base?from=2019-10-31&every=P3M&count=0"; check query-count-zero param_is count
get "$base?from=2019-10-31&every=P3M&count=99999999999"; check query-count-huge param_is count
get "$base?from=2019-10-31&every=fortnightlyish&count=3"; check query-bad-period param_is every
get "$base?from=2019-10-31&every=P3M"; check query-no-end param_is count
get "$base?from=2019-10-31&every=P3M&count=3&convention=sideways"; check query-bad-convention param_is convention
get "$base?from=%zz&every=P3M&count=3"; check query-bad-escape is_problem 400
get "$base?from=2019-10-31%00&every=P3M&count=3"; check query-nul is_problem 400
get "$base?from=2019-10-31&every=P1D&until=9999-12-31"
check query-until-far-is-cut-at-1000 eval '[ "$(code)" = 200 ] && [ "$(json "len(j[\"occurrences\"]), j[\"truncated\"]")" = "1000 True" ]'

# Bodies: too large (413 before reading it), chunked (411), on a GET (413),
# malformed JSON (400), the wrong media type (415).
head -c 70000 /dev/zero | tr '\0' ' ' > "$tmp/big"
# Expect: 100-continue makes curl wait for the answer before sending the body,
# so the refusal is read before the server closes (no reset races).
get -H 'Expect: 100-continue' -H 'Content-Type: application/json' --data-binary @"$tmp/big" "$base"
check body-over-64k-is-413 is_problem 413
get -H 'Expect: 100-continue' -H 'Content-Type: application/json' -H 'Content-Length: 99999999999999' --data-binary '{}' "$base"
check body-huge-length-is-413 eval '[ "$(code)" = 413 ] || [ "$(code)" = 400 ] || [ "$(code)" = 000 ]'
get -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' --data-binary '{"from": "2019-10-31"}' "$base"
check body-chunked-is-411 is_problem 411
st=$(raw 'POST /api/v1/calendar/series HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n' 2>/dev/null | tr -d '\0')
check body-length-and-chunked-is-400 eval '[ "$st" = "HTTP/1.1 400" ] || { echo "  got [$st]"; false; }'
get -X GET -H 'Content-Type: application/json' --data-binary '{"a": 1}' "${URL}healthz"
check body-on-get-is-413 is_problem 413
post() { get -H 'Content-Type: application/json' --data-binary "$1" "$base"; }
post '{"from": "2019-10-31", "every": "P3M", "count": 3'; check json-truncated is_problem 400
post '{"from": "2019-10-31", "every": "P3M", "count": 3}}'; check json-trailing is_problem 400
post '[1, 2, 3]'; check json-not-object is_problem 400
post ''; check json-empty is_problem 400
post '{"from": 20191031, "every": "P3M", "count": 3}'; check json-wrong-type param_is from
post '{"from": "2019-10-31", "every": "P3M", "count": 3, "evil": 1}'; check json-unknown-member param_is evil
post '{"from": "2019-10-31", "from": "2019-10-30", "every": "P3M", "count": 3}'; check json-duplicate-key is_problem 400
post '{"from": "2019-10-31\u0000x", "every": "P3M", "count": 3}'; check json-nul-in-string is_problem 400
post "$(printf '{"from": "\xff\xfe", "every": "P3M", "count": 3}')"; check json-bad-utf8 is_problem 400
post "$(printf '%.0s[' $(seq 1 30000))"; check json-deep-nesting is_problem 400
get -H 'Content-Type: text/plain' --data-binary '{"from": "2019-10-31", "every": "P3M", "count": 3}' "$base"
check json-wrong-media-type is_problem 415

# An over-long URL and oversized headers.
long=$(head -c 3000 /dev/zero | tr '\0' a)
get "${URL}api/v1/calendar/series?from=$long"
check url-too-long-is-414 is_problem 414
get -H "X-Big: $(head -c 40000 /dev/zero | tr '\0' b)" "${URL}healthz"
check huge-header-is-4xx eval '[[ "$(code)" =~ ^4[0-9][0-9]$ ]]'

# Slow clients: a connection that sends nothing and one that stops halfway
# through its headers; others are still answered, and the server closes
# both after the 2 s timeout.
exec 4<> "/dev/tcp/127.0.0.1/$PORT"
exec 5<> "/dev/tcp/127.0.0.1/$PORT"
printf 'GET /healthz HTTP/1.1\r\nHost: x\r\n' >&5
for i in $(seq 1 40); do exec {fd}<> "/dev/tcp/127.0.0.1/$PORT"; done # 40 more idle ones
get "${URL}healthz"
check others-served-during-slow-clients eval '[ "$(code)" = 200 ]'
t0=$(date +%s%N)
timeout 8 cat <&4 > /dev/null
timeout 8 cat <&5 > /dev/null
t1=$(date +%s%N)
ms=$(((t1 - t0) / 1000000))
check slow-clients-closed-after-timeout eval '[ "$ms" -ge 500 ] && [ "$ms" -lt 7000 ] || { echo "  closed after $ms ms"; false; }'
exec 4<&- 5<&-

get "${URL}healthz"
check keeps-serving eval 'kill -0 "$SRV_PID" && [ "$(code)" = 200 ]'
snapshot > "$tmp/after"
check nothing-written diff -u "$tmp/before" "$tmp/after"
web_stop
check stops-cleanly-after-abuse [ "$SRV_STATUS" = 0 ]
exit 0
