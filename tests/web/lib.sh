# tests/web/lib.sh: helpers the web checks (tests/check/6*-web-*.sh) source.
# Every server they start listens on 127.0.0.1 port 0 (a free port picked
# by the kernel), is killed when the script exits, and every request has a
# time limit, so no test can hang or talk to anything but loopback.
#
#   web_start [ARGS...]   start `oversight serve`, set $URL (http://127.0.0.1:PORT/),
#                         $PORT and $SRV_PID; stderr goes to $tmp/server.err
#   web_stop              SIGTERM and wait; sets $SRV_STATUS
#   check NAME COND...    run COND (a command); print PASS/FAIL NAME
#   get ARGS...           curl with a time limit, status in $tmp/code,
#                         headers in $tmp/h, body in $tmp/b
set -u
tmp=$(mktemp -d)
SRV_PID=
cleanup() {
	[ -n "$SRV_PID" ] && kill "$SRV_PID" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT

web_start() {
	"$OVERSIGHT" serve --listen 127.0.0.1:0 "$@" > "$tmp/server.out" 2> "$tmp/server.err" &
	SRV_PID=$!
	local i
	for i in $(seq 1 100); do
		URL=$(head -n 1 "$tmp/server.out" 2>/dev/null)
		[ -n "$URL" ] && break
		kill -0 "$SRV_PID" 2>/dev/null || break
		sleep 0.05
	done
	PORT=${URL##*:}
	PORT=${PORT%/}
	[ -n "$URL" ]
}

web_stop() {
	kill -TERM "$SRV_PID" 2>/dev/null
	local i
	for i in $(seq 1 100); do
		kill -0 "$SRV_PID" 2>/dev/null || break
		sleep 0.05
	done
	if kill -0 "$SRV_PID" 2>/dev/null; then
		kill -KILL "$SRV_PID"
		SRV_STATUS=killed
	else
		wait "$SRV_PID"
		SRV_STATUS=$?
	fi
	SRV_PID=
}

get() {
	rm -f "$tmp/b" "$tmp/h"
	: > "$tmp/b"
	curl -s --max-time 5 -D "$tmp/h" -o "$tmp/b" -w '%{http_code}' "$@" > "$tmp/code" 2>/dev/null
	tr -d '\r' < "$tmp/h" > "$tmp/h2" && mv "$tmp/h2" "$tmp/h"
}
code() { cat "$tmp/code"; }
# header NAME: the value of a response header (case-insensitive name)
header() { grep -i "^$1:" "$tmp/h" | head -n 1 | sed 's/^[^:]*: *//'; }
# json EXPR: evaluate a Python expression over the body parsed as JSON (as j)
json() { python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print($1)" "$tmp/b" 2>/dev/null; }

check() {
	local name=$1
	shift
	if "$@"; then
		echo "PASS web:$name"
	else
		echo "FAIL web:$name"
		echo "  status $(code 2>/dev/null); headers:"; sed 's/^/    /' "$tmp/h" 2>/dev/null | head -20
		echo "  body:"; head -c 600 "$tmp/b" 2>/dev/null | sed 's/^/    /'; echo
	fi
}

# is_problem STATUS: the last reply is RFC 9457 problem+json with that status
is_problem() {
	[ "$(code)" = "$1" ] &&
		[ "$(header Content-Type)" = "application/problem+json" ] &&
		[ "$(json "j['status']")" = "$1" ] &&
		[ -n "$(json "j['type']")" ] && [ -n "$(json "j['title']")" ] &&
		[ -n "$(json "j['detail']")" ]
}
