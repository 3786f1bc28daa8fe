#!/bin/sh
# deps.sh build|test|bench: install the Debian packages a stage needs, and
# only those that are missing, so that a fresh Debian 12 machine needs
# nothing by hand.  Called by the Makefile before it builds.  It runs
# apt-get only when something is missing (and then `apt-get update` once).
set -eu

stage=${1:-build}

build="gcc make pkg-config libc6-dev libjansson-dev"
test_pkgs="$build clang libclang-rt-14-dev libical-dev python3 python3-icalendar python3-recurring-ical-events mandoc"
bench_pkgs="$test_pkgs valgrind"

case $stage in
build) want=$build ;;
test) want=$test_pkgs ;;
bench) want=$bench_pkgs ;;
*) echo "deps.sh: unknown stage '$stage' (build, test or bench)" >&2; exit 64 ;;
esac

missing=
for p in $want; do
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "deps.sh: installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1; then
	sudo=sudo
else
	echo "deps.sh: missing packages:$missing; install them as root (apt-get install$missing)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >&2
