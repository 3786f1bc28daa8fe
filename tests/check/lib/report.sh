# report.sh: what every check script prints, sourced (not run: tests/run.sh
# runs only tests/check/*.sh).  Set CHECK to the script's prefix first.
#   pass NAME            PASS <CHECK>:NAME
#   fail NAME [DETAIL]   FAIL <CHECK>:NAME, then the detail indented
#   expect NAME CODE PATTERN CMD...   CMD exits CODE and its stderr contains PATTERN
pass() { echo "PASS $CHECK:$1"; }
fail() { echo "FAIL $CHECK:$1"; [ $# -gt 1 ] && printf '  %s\n' "$2"; }
expect() {
	local name=$1 code=$2 pat=$3 out rc
	shift 3
	out=$("$@" 2>&1 >/dev/null)
	rc=$?
	if [ "$rc" -eq "$code" ] && [[ $out == *"$pat"* ]]; then pass "$name"; else fail "$name" "exit $rc: $out"; fi
}
