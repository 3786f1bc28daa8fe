#!/bin/sh
# deps.sh build|test|bench: install what a stage needs, and only what is
# missing, so that a fresh Debian 12 machine needs nothing by hand.  Called
# by the Makefile before it builds.  Debian packages go through apt-get (and
# `apt-get update` once, only when something is missing); npm packages are
# installed from committed lock files with `npm ci`, only when node_modules
# is missing or older than its lock file.
set -eu

stage=${1:-build}

# MuPDF is linked statically (Debian ships libmupdf.a), with the libraries it uses.
read_pkgs="libmupdf-dev libharfbuzz-dev libfreetype-dev libjbig2dec0-dev libjpeg-dev libopenjp2-7-dev zlib1g-dev libgumbo-dev libmujs-dev"
build="gcc make pkg-config libc6-dev libjansson-dev libsodium-dev libmicrohttpd-dev libsqlite3-dev libpq-dev $read_pkgs"
# postgresql: tests/check/21-store-pg.sh runs a throwaway server; chromium: the
# browser tests (tests/check/64-web-browser.sh, driven by tests/browser/);
# enscript, ghostscript, LibreOffice and qpdf make the PDFs of 32-read-pdf.sh.
test_pkgs="$build postgresql curl time enscript ghostscript qpdf libreoffice-writer-nogui clang libclang-rt-14-dev libical-dev python3 python3-icalendar python3-recurring-ical-events mandoc chromium poppler-utils"
# wrk and nginx: bench/bench_web.sh (Debian's nginx package also enables its
# own service on port 80; the bench runs a private nginx on a random port).
bench_pkgs="$test_pkgs valgrind python3-dateparser wrk nginx"
# npm folders (each with package.json and package-lock.json) per stage
build_npm="web"
bench_npm="$build_npm bench/ref"

case $stage in
build) want=$build; npm_dirs=$build_npm ;;
test) want=$test_pkgs; npm_dirs="$build_npm tests/browser" ;;
bench) want=$bench_pkgs; npm_dirs=$bench_npm ;;
*) echo "deps.sh: unknown stage '$stage' (build, test or bench)" >&2; exit 64 ;;
esac

if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1; then
	sudo=sudo
else
	sudo=none
fi

apt_install() {
	if [ "$sudo" = none ]; then
		echo "deps.sh: missing packages:$*; install them as root (apt-get install $*)" >&2
		exit 1
	fi
	echo "deps.sh: installing: $*" >&2
	export DEBIAN_FRONTEND=noninteractive
	if [ -z "${updated:-}" ]; then
		$sudo apt-get update -qq >&2
		updated=1
	fi
	# shellcheck disable=SC2086
	$sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

missing=
for p in $want; do
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
		missing="$missing $p"
	fi
done
# shellcheck disable=SC2086
[ -n "$missing" ] && apt_install $missing

for d in $npm_dirs; do
	# Node may come from Debian or another packaging of nodejs; add Debian's npm only if none.
	command -v npm >/dev/null 2>&1 || apt_install npm
	if [ ! -d "$d/node_modules" ] || [ "$d/package-lock.json" -nt "$d/node_modules" ]; then
		echo "deps.sh: npm ci in $d" >&2
		(cd "$d" && npm ci --no-audit --no-fund --loglevel=error >&2)
		touch "$d/node_modules"
	fi
done
exit 0
