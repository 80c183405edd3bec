#!/usr/bin/env bash
# The suite under the race detector, run as every driver runs it: the
# checks of a package in parallel, all reading one response model. A race
# there has killed a real run (a concurrent map write is a fatal error no
# recover catches), so any report fails CI.
#   1. every fixture, through the whole suite, three times (go test -race);
#   2. a -race build of the command on examples/, on the real framework
#      modules pinned in testdata/realmod (gin, echo v4/v5, fiber v2/v3,
#      chi render, pocketbase, httprouter, chi, gorilla/mux), and on
#      std's net/...: exit 0 or 3, and no race report.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source .ci/lib.sh

if STATUSLINT_E2E=1 go test -race -count=1 -run '^TestSuiteConcurrent$' ./analyzer >"$tmp/test.log" 2>&1; then
	ok "fixtures, whole suite, -race"
else
	fail "fixtures, whole suite, -race"
	grep -E -A30 'WARNING: DATA RACE|^--- FAIL|panic' "$tmp/test.log" | head -80
fi

go build -race -o "$tmp/statuslint" ./cmd/statuslint

# racecheck NAME DIR ARGS...: run the race-built binary ARGS in DIR.
racecheck() {
	local name=$1 dir=$2 start=$SECONDS
	shift 2
	capture bash -c 'cd "$1" && shift && GORACE=halt_on_error=1 "$@"' _ "$dir" "$tmp/statuslint" "$@"
	if grep -q 'WARNING: DATA RACE' <<<"$out"; then
		fail "$name: data race"
		grep -A40 'WARNING: DATA RACE' <<<"$out" | head -60
	elif [[ $rc -ne 0 && $rc -ne 3 ]]; then
		fail "$name: exit $rc"
		grep -vE '^[^[:space:]]+:[0-9]+:[0-9]+: ' <<<"$out" | head -20
	else
		ok "$name: -race, exit $rc, $((SECONDS - start))s"
	fi
}

# The direct engine runs the checks of many packages at once in one process,
# as the drivers do; the vet engine runs each package in a process of its
# own, one check after another: one race-built run of it is enough.
racecheck examples . -engine=direct ./examples/...
GOFLAGS="$(go env GOFLAGS) -tags=no_default_driver" racecheck "realmod (every pinned framework)" testdata/realmod -engine=direct ./...
racecheck "std net/..." . -engine=direct net/...
racecheck "examples, vet engine" . ./examples/...

exit $failed
