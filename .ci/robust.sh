#!/usr/bin/env bash
# Robustness: statuslint must never break, whatever code it reads. Fuzz the
# response model briefly, then run the binary on std and on a real framework
# module: findings (exit 3) are fine, a panic or an analyzer error is not.
# FUZZTIME overrides the fuzzing time (default 15s).
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

echo "fuzzing the response model for ${FUZZTIME:-15s}"
# A failing input is written to passes/response/testdata/fuzz/FuzzHandlers:
# commit it with the fix, so it stays a regression test.
if ! go test -run '^$' -fuzz '^FuzzHandlers$' -fuzztime "${FUZZTIME:-15s}" ./passes/response >"$tmp/fuzz.log" 2>&1; then
	echo "FAIL: FuzzHandlers"
	grep -v '^            ' "$tmp/fuzz.log" | head -40
	failed=1
else
	echo "ok: FuzzHandlers ($(grep -Eo 'execs: [0-9]+' "$tmp/fuzz.log" | tail -1))"
fi

go build -o "$tmp/statuslint" ./cmd/statuslint

# check NAME DIR ARGS...: run statuslint ARGS in DIR; exit 0 or 3, and no
# panic, goroutine dump or analyzer failure in its output.
check() {
	local name=$1 dir=$2 rc=0 start=$SECONDS
	shift 2
	(cd "$dir" && "$tmp/statuslint" "$@") >"$tmp/out" 2>&1 || rc=$?
	local findings
	findings=$(grep -cE '^[^[:space:]]+:[0-9]+:[0-9]+: ' "$tmp/out" || true)
	if [[ $rc -ne 0 && $rc -ne 3 ]] ||
		grep -Eq '^panic:|^goroutine [0-9]+ |internal error|failed prerequisites|analysis skipped' "$tmp/out"; then
		echo "FAIL: $name: exit $rc"
		grep -vE '^[^[:space:]]+:[0-9]+:[0-9]+: |^[[:space:]]' "$tmp/out" | head -40
		failed=1
		return
	fi
	echo "ok: $name: exit $rc, $findings findings, $((SECONDS - start))s"
}

check std . std
# testdata/realmod pins gin with a committed go.sum; gin's own tests need
# modules that go.sum does not list, so its packages are checked without them.
check "github.com/gin-gonic/gin/..." testdata/realmod -test=false github.com/gin-gonic/gin/...

exit $failed
