#!/usr/bin/env bash
# End-to-end checks of the statuslint binary: exit statuses, output formats,
# that every rule fires on the demo API in examples/, and that the adapters
# find the mistakes in handlers written against the real framework modules.
# Needs only bash, grep and Go.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

source .ci/lib.sh

rules=(successonerror clienterror badrequest allowheader wwwauthenticate)

echo "building statuslint"
go build -o "$tmp/statuslint" ./cmd/statuslint
bin=$tmp/statuslint

# (a) standalone on the demo API: findings exit 3, go vet's text format,
# and every rule fires at least once.
capture "$bin" ./examples/...
expect_exit "standalone on examples" 3
if [[ -z $out ]]; then
	fail "standalone on examples: no output"
elif bad=$(grep -Ev '^[^:]+\.go:[0-9]+:[0-9]+: ' <<<"$out"); then
	fail "standalone on examples: lines not in file.go:line:col: format"
	show "unexpected lines" "$bad"
else
	ok "standalone on examples: $(wc -l <<<"$out") lines in file.go:line:col: format"
fi
nopanic "standalone on examples" "$out"

# -json prints {"pkgpath": {"analyzer": [diagnostics...]}} on stdout, one
# key per line, and exits 0. An analyzer that failed prints {"error": ...}
# instead of a list, so "name": [ followed by an object means findings.
set +e
json=$("$bin" -json ./examples/... 2>"$tmp/json.stderr")
rc=$?
set -e
if [[ $rc -eq 0 ]]; then
	ok "-json on examples: exit 0"
else
	fail "-json on examples: exit $rc, want 0"
	show stderr "$(cat "$tmp/json.stderr")"
fi
for rule in "${rules[@]}"; do
	if grep -A1 -E "^[[:space:]]*\"$rule\": \[[[:space:]]*$" <<<"$json" | grep -Eq '^[[:space:]]*\{'; then
		ok "rule $rule fires on examples"
	else
		fail "rule $rule does not fire on examples"
	fi
done

# (b) under go vet -vettool findings exit 1 and are printed.
capture go vet -vettool="$bin" ./examples/...
expect_exit "go vet -vettool on examples" 1
for want in "WWW-Authenticate" "implicit status 200"; do
	if grep -qF "$want" <<<"$out"; then
		ok "go vet -vettool on examples: output mentions \"$want\""
	else
		fail "go vet -vettool on examples: output does not mention \"$want\""
		show output "$out"
	fi
done
nopanic "go vet -vettool on examples" "$out"

# (c) packages with nothing to report exit 0 and print nothing.
clean=(./examples/store ./examples/decode ./passes/internal/knowledge)
capture "$bin" "${clean[@]}"
if [[ $rc -eq 0 && -z $out ]]; then
	ok "standalone on clean packages: exit 0, no output"
else
	fail "standalone on clean packages (${clean[*]}): exit $rc, want 0 and no output"
	show output "$out"
fi

# (d) packages that do not exist: an error exit, not a crash.
for pattern in ./does/not/exist/... github.com/statuslint/statuslint/does/not/exist; do
	capture "$bin" "$pattern"
	expect_exit "standalone on $pattern" non-zero
	nopanic "standalone on $pattern" "$out"
done

# (e) an invalid flag value: an error exit that names the flag, not a crash.
capture "$bin" -badrequest.validation=418 ./examples/...
expect_exit "-badrequest.validation=418" non-zero
if grep -qF 'badrequest.validation' <<<"$out"; then
	ok "-badrequest.validation=418: error names the flag"
else
	fail "-badrequest.validation=418: error does not name the flag"
	show output "$out"
fi
nopanic "-badrequest.validation=418" "$out"

# (f) on real framework modules: testdata/realmod is a module of its own
# whose go.sum pins the real gin, echo, fiber v2/v3 and chi render (fetched
# from the module proxy like any build), with handlers that make the
# mistakes. Adapters match by go/types, so this proves they fit the real
# APIs, not just the stubs under testdata/src.
realmod=testdata/realmod
# FILE:LINE REGEXP: a finding the run must print.
realmod_want=(
	'ginapp/ginapp.go:18 client input \(binding the request\)'
	'ginapp/ginapp.go:25 401 response without WWW-Authenticate'
	'ginapp/ginapp.go:28 error response sent with status 200'
	'ginapp/ginapp.go:32 writes an error response but the handler goes on'
	'echoapp/echoapp.go:18 client input \(binding the request\)'
	'echoapp/echoapp.go:24 401 response without WWW-Authenticate'
	'echoapp/echoapp.go:29 401 response without WWW-Authenticate'
	'fiberapp/fiberapp.go:14 client input'
	'fiberapp/fiberapp.go:20 401 response without WWW-Authenticate'
	'fiber3app/fiber3app.go:9 401 response without WWW-Authenticate'
	'renderapp/renderapp.go:20 client input \(binding the request\)'
	'renderapp/renderapp.go:29 401 response without WWW-Authenticate'
	'renderapp/renderapp.go:38 error response sent with implicit status 200'
)
# FILE:LINE of handlers that do it right: nothing may be reported there.
realmod_clean=(
	'ginapp/ginapp.go:21'       # c.JSON(201, in) after a return
	'echoapp/echoapp.go:20'     # c.JSON(201, in)
	'fiberapp/fiberapp.go:23'   # c.Set after c.Status: fiber buffers the response
	'renderapp/renderapp.go:45' # render.Status(401) with WWW-Authenticate set
)
# realmod_check NAME TEXT: every wanted finding is in TEXT, no clean line is.
realmod_check() {
	local entry loc re
	for entry in "${realmod_want[@]}"; do
		loc=${entry%% *} re=${entry#* }
		if grep -Eq "(^|/)${loc//./\\.}:[0-9]+: .*$re" <<<"$2"; then
			ok "$1: $loc reported"
		else
			fail "$1: $loc not reported (want /$re/)"
			show output "$2"
		fi
	done
	for loc in "${realmod_clean[@]}"; do
		if grep -Eq "(^|/)${loc//./\\.}:[0-9]+: " <<<"$2"; then
			fail "$1: $loc reported, but that handler is right"
			show output "$2"
		else
			ok "$1: $loc not reported"
		fi
	done
}
in_realmod() { cd "$realmod" && "$@"; }
capture in_realmod "$bin" ./...
expect_exit "standalone on $realmod" 3
realmod_check "standalone on $realmod" "$out"
nopanic "standalone on $realmod" "$out"

capture in_realmod go vet -vettool="$bin" ./...
expect_exit "go vet -vettool on $realmod" 1
realmod_check "go vet -vettool on $realmod" "$out"
nopanic "go vet -vettool on $realmod" "$out"

if ((failed)); then
	echo "e2e: FAILED"
	exit 1
fi
echo "e2e: all checks passed"
