#!/bin/bash
# bench_web.sh: load on `oversight serve` with wrk, against nginx serving
# the same bytes from a file, both on 127.0.0.1 (random ports), on the
# same machine and cores, in the same run.  The register is the synthetic
# national one (bench/register.c, seed 1: 153 councils, 20 years, over a
# million occurrences and evidence records; REGISTER_COUNCILS as in
# bench_register.sh), served as of 2024-06-01.  Measured: GET
# /api/v1/councils/382/occurrences (a dfe_viewer's API token; the default
# window, 90 days either side) and GET /dashboard (public), each against
# nginx serving the reply saved to a file.  Goal (issue 7): 20,000
# requests/s for the API read, p99 <= 10 ms, server RSS <= 100 MB.  Prints
# one line per run; measures, never fails.
set -u
BUILD=${BUILD:-build}
SECONDS_EACH=${WEB_BENCH_SECONDS:-10}
tmp=$(mktemp -d)
chmod 755 "$tmp"
srv= ngx=
trap '[ -n "$srv" ] && kill "$srv" 2>/dev/null; [ -n "$ngx" ] && kill "$ngx" 2>/dev/null; rm -rf "$tmp"' EXIT
for t in wrk nginx curl; do
	command -v "$t" > /dev/null || [ -x "/usr/sbin/$t" ] || { echo "bench_web: $t missing (scripts/deps.sh bench)"; exit 0; }
done

db=$tmp/register.db
export OVERSIGHT_USER=bench
"$BUILD/oversight" db init --db "$db" > /dev/null
"$BUILD/bench/register" gen --db "$db" --seed 1 --councils "${REGISTER_COUNCILS:-1000}" | sed 's/^/register: /'
"$BUILD/oversight" user add --db "$db" bench dfe_viewer > /dev/null
token=$("$BUILD/oversight" user token --db "$db" bench --label bench)
"$BUILD/oversight" serve --db "$db" --as-of 2024-06-01 --listen 127.0.0.1:0 > "$tmp/url" 2> "$tmp/err" &
srv=$!
for i in $(seq 1 100); do [ -s "$tmp/url" ] && break; sleep 0.05; done
url=$(head -n 1 "$tmp/url")
series="api/v1/calendar/series?from=2019-10-31&every=P3M&count=12"
occ="api/v1/councils/382/occurrences"
mkdir -p "$tmp/www"
curl -s --max-time 5 "$url$series" > "$tmp/www/series.json"
curl -s --max-time 30 -H "Authorization: Bearer $token" "$url$occ" > "$tmp/www/occurrences.json"
curl -s --max-time 30 "${url}dashboard" > "$tmp/www/dashboard.html"
echo "bodies: occurrences $(wc -c < "$tmp/www/occurrences.json") bytes ($(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$tmp/www/occurrences.json") items), dashboard $(wc -c < "$tmp/www/dashboard.html") bytes"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user=
[ "$(id -u)" = 0 ] && user="user root;"
cat > "$tmp/nginx.conf" <<CONF
$user
worker_processes 2;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $tmp/t1; proxy_temp_path $tmp/t2; fastcgi_temp_path $tmp/t3;
	uwsgi_temp_path $tmp/t4; scgi_temp_path $tmp/t5;
	server {
		listen 127.0.0.1:$port;
		root $tmp/www;
		location / { default_type application/json; etag on; }
		location = /dashboard.html { default_type text/html; etag on; }
	}
}
CONF
/usr/sbin/nginx -c "$tmp/nginx.conf" -p "$tmp" 2> "$tmp/nginx.out" &
ngx=$!
sleep 0.5

run() { # run LABEL URL [wrk options]
	local out rps p99 label=$1 u=$2
	shift 2
	out=$(wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency "$@" "$u" 2>&1)
	rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
	p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
	printf '%-52s %12s req/s   p99 %8s\n' "$label" "$rps" "$p99"
}
echo "wrk -t2 -c64 -d${SECONDS_EACH}s, $(nproc) cores shared by client and server"
run "oversight GET /healthz" "${url}healthz"
run "oversight GET $occ (API token)" "$url$occ" -H "Authorization: Bearer $token"
run "nginx the same occurrences JSON from a file" "http://127.0.0.1:$port/occurrences.json"
run "oversight GET /dashboard" "${url}dashboard"
run "nginx the same dashboard HTML from a file" "http://127.0.0.1:$port/dashboard.html"
run "oversight GET calendar series (12, JSON)" "$url$series"
run "nginx same JSON from a file" "http://127.0.0.1:$port/series.json"
echo "oversight peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$srv/status)"
