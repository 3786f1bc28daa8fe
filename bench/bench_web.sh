#!/bin/bash
# bench_web.sh: load on `oversight serve` with wrk, against nginx serving
# the same JSON bytes from a file, both on 127.0.0.1 (random ports), on the
# same machine and cores.  Goal (issue 7): 20,000 requests/s, p99 <= 10 ms,
# server RSS <= 100 MB.  Prints one line per run; measures, never fails.
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

"$BUILD/oversight" serve --listen 127.0.0.1:0 > "$tmp/url" 2> "$tmp/err" &
srv=$!
for i in $(seq 1 100); do [ -s "$tmp/url" ] && break; sleep 0.05; done
url=$(head -n 1 "$tmp/url")
series="api/v1/calendar/series?from=2019-10-31&every=P3M&count=12"
mkdir -p "$tmp/www"
curl -s --max-time 5 "$url$series" > "$tmp/www/series.json"

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
	}
}
CONF
/usr/sbin/nginx -c "$tmp/nginx.conf" -p "$tmp" 2> "$tmp/nginx.out" &
ngx=$!
sleep 0.5

run() { # run LABEL URL
	local out rps p99
	out=$(wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency "$2" 2>&1)
	rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
	p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
	printf '%-44s %12s req/s   p99 %8s\n' "$1" "$rps" "$p99"
}
echo "wrk -t2 -c64 -d${SECONDS_EACH}s, $(nproc) cores shared by client and server"
run "oversight GET /healthz" "${url}healthz"
run "oversight GET calendar series (12, JSON)" "$url$series"
run "nginx same JSON from a file" "http://127.0.0.1:$port/series.json"
echo "oversight peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$srv/status)"
