#!/usr/bin/env bash
# End-to-end check of the golangci-lint v2 module plugin (package golangci):
# builds a golangci-lint that includes it, offline from the module proxy,
# and runs it on the fixture module in testdata/golangci.
#
# `golangci-lint custom` clones golangci-lint from GitHub, so this builds
# from the golangci-lint module's own source instead: the module cache copy,
# a plugins.go that blank-imports the plugin, a replace to this checkout.
# The binary is cached under a key of this checkout's Go sources, so a rerun
# without changes skips the build (a cold one takes minutes).
#
# Needs only bash, grep, sha256sum and Go.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

gcl_module=github.com/golangci/golangci-lint/v2
gcl_version=v2.15.0
tools_version=v0.52.0 # the golang.org/x/tools golangci-lint $gcl_version uses

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOWORK=off

failed=0
ok() { echo "ok: $*"; }
fail() {
	echo "FAIL: $*"
	failed=1
}
# show LABEL TEXT: print captured output, indented, after a failure.
show() {
	[[ -n $2 ]] || return 0
	echo "  --- $1:"
	sed 's/^/    /' <<<"$2"
}
# capture CMD...: run CMD; its combined output goes to $out, its status to $rc.
capture() {
	set +e
	out=$("$@" 2>&1)
	rc=$?
	set -e
}
# expect_exit NAME WANT: $rc is WANT.
expect_exit() {
	if [[ $rc -eq $2 ]]; then
		ok "$1: exit $2"
	else
		fail "$1: exit $rc, want $2"
		show output "$out"
	fi
}
nopanic() {
	if grep -Eq '^panic:|^goroutine [0-9]+ ' <<<"$2"; then
		fail "$1: panicked"
		show output "$2"
	fi
}

# The cache key: everything that goes into the binary. Fixtures do not.
key=$(
	{
		echo "$gcl_module@$gcl_version"
		go version
		cat go.mod go.sum
		find . -path ./.git -prune -o -name testdata -prune -o -name '*.go' -print0 |
			LC_ALL=C sort -z | xargs -0 sha256sum
	} | sha256sum | cut -c1-16
)
cache=${STATUSLINT_GCL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint/golangci}
bin=$cache/$key/custom-gcl

if [[ -x $bin ]]; then
	echo "custom golangci-lint: cached at $bin"
else
	echo "building golangci-lint $gcl_version with the statuslint plugin (minutes when cold)"
	start=$SECONDS
	go mod download "$gcl_module@$gcl_version"
	src=$tmp/gcl
	cp -r "$(go env GOMODCACHE)/$gcl_module@$gcl_version" "$src"
	chmod -R u+w "$src"
	printf 'package main\n\nimport _ "github.com/statuslint/statuslint/golangci"\n' >"$src/cmd/golangci-lint/plugins.go"
	(
		cd "$src"
		go mod edit -replace "github.com/statuslint/statuslint=$root"
		go mod tidy
		# The plugin must not drag golangci-lint onto another x/tools: its
		# analysis drivers are written against the one it releases with.
		got=$(go list -m -f '{{.Version}}' golang.org/x/tools)
		if [[ $got != "$tools_version" ]]; then
			echo "FAIL: the custom build resolves golang.org/x/tools $got, want $tools_version: keep statuslint's go.mod at $tools_version"
			exit 1
		fi
		# No -ldflags version: golangci-lint then salts its analysis cache
		# with the executable's hash, so a changed plugin is never served
		# another build's cached findings.
		go build -trimpath -o "$tmp/custom-gcl" ./cmd/golangci-lint
	) || {
		echo "FAIL: building the custom golangci-lint"
		exit 1
	}
	# Keep one build: each is over 100 MB.
	rm -rf "$cache"
	mkdir -p "$cache/$key"
	mv "$tmp/custom-gcl" "$bin"
	echo "custom golangci-lint: built in $((SECONDS - start)) s, cached at $bin"
fi

# The binary's own build record, checked on cached builds too.
buildinfo=$(go version -m "$bin")
if grep -Eq "^[[:space:]]+dep[[:space:]]+golang\.org/x/tools[[:space:]]+$tools_version([[:space:]]|$)" <<<"$buildinfo"; then
	ok "custom golangci-lint links golang.org/x/tools $tools_version"
else
	fail "custom golangci-lint does not link golang.org/x/tools $tools_version"
	show "go version -m" "$(grep -E 'x/tools|statuslint' <<<"$buildinfo")"
fi
if grep -Eq '^[[:space:]]+=>[[:space:]]+' <<<"$(grep -A1 -E 'dep[[:space:]]+github\.com/statuslint/statuslint' <<<"$buildinfo")"; then
	ok "custom golangci-lint links the statuslint of this checkout"
else
	fail "custom golangci-lint does not link statuslint replaced by this checkout"
	show "go version -m" "$(grep -A1 statuslint <<<"$buildinfo")"
fi

if ((failed)); then
	echo "golangci: FAILED"
	exit 1
fi
echo "golangci: all checks passed"
