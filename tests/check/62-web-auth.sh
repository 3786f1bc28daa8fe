#!/bin/bash
# 62-web-auth.sh: accounts, sessions and access against a real server on
# 127.0.0.1 with a real SQLite register: `oversight user add|role|token|
# disable`, signing in (Argon2id), the session cookie's flags, CSRF on the
# sign-in form and on signing out, the bearer token, a disabled user,
# login rate limiting, and the authorisation matrix of tests/web/authz.tsv
# (every role x every route, read and write).
. tests/web/lib.sh
export OVERSIGHT_TODAY=${OVERSIGHT_TODAY:-2026-11-23} OVERSIGHT_USER=check
db=$tmp/reg.db
"$OVERSIGHT" db init --db "$db" >/dev/null
pw='correct horse battery'
for u in "admin dfe_admin" "viewer dfe_viewer" "adv adviser --councils Kirklees,Leeds" "officer council_officer --councils Kirklees"; do
	set -- $u
	echo "$pw" | "$OVERSIGHT" user add --db "$db" "$@" --password-stdin >/dev/null || echo "FAIL web-auth:user-add-$1"
done
out=$("$OVERSIGHT" user add --db "$db" x council_officer 2>&1)
check user-officer-needs-one-council eval '[ $? -ne 0 ] || true; [[ "$out" == *"exactly one council"* ]]'
out=$(echo short | "$OVERSIGHT" user add --db "$db" y dfe_viewer --password-stdin 2>&1)
check user-short-password-refused eval '[[ "$out" == *"at least 12 characters"* ]]'
check user-password-not-in-audit eval '! /usr/bin/python3 -c "import sqlite3,sys; print(list(sqlite3.connect(sys.argv[1]).execute(\"select before, after from audit\")))" "$db" | grep -q argon2'
check user-list eval '"$OVERSIGHT" user list --db "$db" | grep -q "^adv  *adviser  *active  *382,"'

web_start --db "$db"
check starts [ -n "$URL" ]

# sign in: the form sets a CSRF cookie that the post must echo
signin() { # signin USER PASSWORD JAR: the status of POST /login
	rm -f "$3"
	curl -s --max-time 5 -c "$3" -b "$3" "${URL}login" -o "$tmp/form.html"
	local csrf
	csrf=$(grep -o 'name="csrf" value="[^"]*"' "$tmp/form.html" | sed 's/.*value="//; s/"$//')
	curl -s --max-time 5 -c "$3" -b "$3" -D "$tmp/lh" -o /dev/null -w '%{http_code}' \
		--data-urlencode "csrf=$csrf" --data-urlencode "username=$1" --data-urlencode "password=$2" "${URL}login"
}
check signin-admin eval '[ "$(signin admin "$pw" "$tmp/admin")" = 303 ]'
check session-cookie-flags eval 'grep -i "^set-cookie: ov_session=" "$tmp/lh" | grep -q "Secure; HttpOnly; SameSite=Strict"'
get -b "$tmp/admin" "${URL}api/v1/whoami"
check whoami-admin eval '[ "$(json "j[\"name\"] + \" \" + j[\"role\"]")" = "admin dfe_admin" ]'
csrf=$(json 'j["csrf"]')
check signin-wrong-password eval '[ "$(signin admin "wrong password!!" "$tmp/x")" = 401 ]'
check signin-unknown-user eval '[ "$(signin nobody "$pw" "$tmp/x")" = 401 ]'
get -c "$tmp/y" "${URL}login"
get -b "$tmp/y" --data-urlencode "csrf=forged" --data-urlencode "username=admin" --data-urlencode "password=$pw" "${URL}login"
check signin-needs-csrf is_problem 403
get -b "$tmp/admin" -H "Content-Type: application/json" -d '{}' "${URL}login"
check signin-form-only is_problem 415

# signing out needs the session's CSRF token
get -b "$tmp/admin" -d "csrf=nope" "${URL}logout"
check logout-needs-csrf is_problem 403
get -b "$tmp/admin" -d "csrf=$csrf" "${URL}logout"
check logout eval '[ "$(code)" = 303 ]'
get -b "$tmp/admin" "${URL}api/v1/whoami"
check session-ended eval '[ "$(json "j[\"role\"]")" = public ]'

# API tokens; a disabled user is out at once
tok=$("$OVERSIGHT" user token --db "$db" viewer --label test)
get -H "Authorization: Bearer $tok" "${URL}api/v1/whoami"
check bearer-token eval '[ "$(json "j[\"name\"]")" = viewer ] && [ "$(json "j[\"csrf\"]")" = None ]'
get -H "Authorization: Bearer not-a-token" "${URL}api/v1/whoami"
check bearer-bad-is-401 eval 'is_problem 401 && grep -qi "^www-authenticate: Bearer" "$tmp/h"'
get -H "Authorization: Basic YWRtaW46eA==" "${URL}api/v1/whoami"
check basic-auth-refused is_problem 401
"$OVERSIGHT" user disable --db "$db" viewer >/dev/null
get -H "Authorization: Bearer $tok" "${URL}api/v1/whoami"
check disabled-user-token-refused is_problem 401
check disabled-user-cannot-sign-in eval '[ "$(signin viewer "$pw" "$tmp/x")" = 401 ]'
"$OVERSIGHT" user role --db "$db" viewer dfe_viewer >/dev/null

# The matrix.  Callers: no credentials, and a session for each role.
echo "$pw" | "$OVERSIGHT" user add --db "$db" viewer2 dfe_viewer --password-stdin >/dev/null
signin officer "$pw" "$tmp/c_council_officer" >/dev/null
signin adv "$pw" "$tmp/c_adviser" >/dev/null
signin viewer2 "$pw" "$tmp/c_dfe_viewer" >/dev/null
signin admin "$pw" "$tmp/c_dfe_admin" >/dev/null
: >"$tmp/c_public"
roles=(public council_officer adviser dfe_viewer dfe_admin)
bad=0 n=0
while read -r method path e0 e1 e2 e3 e4; do
	[[ -z "$method" || "$method" == \#* ]] && continue
	want=("$e0" "$e1" "$e2" "$e3" "$e4")
	for i in 0 1 2 3 4; do
		jar=$tmp/c_${roles[$i]}
		# the caller's own CSRF token, so a write is refused only for lack of the role
		c=$(curl -s --max-time 5 -b "$jar" "${URL}api/v1/whoami" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf"] or "")')
		if [ "$method" = GET ]; then
			st=$(curl -s --max-time 5 -b "$jar" -o "$tmp/mb" -w '%{http_code}' "${URL}${path#/}")
		else
			st=$(curl -s --max-time 5 -b "$jar" -H "X-CSRF-Token: $c" -o "$tmp/mb" -w '%{http_code}' -d "csrf=$c" "${URL}${path#/}")
		fi
		# refused by the access check: 401, or 403 "forbidden" (not, say, a form's CSRF check)
		got=allow
		{ [ "$st" = 401 ] || { [ "$st" = 403 ] && grep -q 'problem:forbidden' "$tmp/mb"; }; } && got=deny
		n=$((n + 1))
		if [ "$got" != "${want[$i]}" ]; then
			echo "  $method $path as ${roles[$i]}: $st, want ${want[$i]}"
			bad=$((bad + 1))
		fi
	done
done < tests/web/authz.tsv
check "authz-matrix-$n-cases" [ "$bad" = 0 ]
# every route of the served table is in the matrix
get "${URL}api/v1/openapi.json"
/usr/bin/python3 -c '
import json, sys
spec = json.load(open(sys.argv[1]))
have = set()
for line in open("tests/web/authz.tsv"):
    if line.strip() and not line.startswith("#"):
        m, p = line.split()[:2]
        have.add((m, p.split("?")[0]))
missing = [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops
           if (m.upper(), p.replace("{path*}", "govuk-frontend.min.css").replace("{path}", "govuk-frontend.min.css")) not in have
           and not any(h[0] == m.upper() and h[1].startswith(p.split("{")[0]) and "{" in p for h in have)]
for x in missing: print("  not in tests/web/authz.tsv:", *x)
sys.exit(1 if missing else 0)' "$tmp/b"
check authz-matrix-covers-every-route [ $? = 0 ]

# rate limiting: five failures, then 429 even with the right password
for i in 1 2 3 4 5; do signin adv "wrong password $i" "$tmp/x" >/dev/null; done
check signin-rate-limited eval '[ "$(signin adv "$pw" "$tmp/x")" = 429 ]'

check audit-verifies "$OVERSIGHT" audit verify --db "$db"
web_stop
exit 0
