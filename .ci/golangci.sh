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

source .ci/lib.sh

# The cache key: everything that goes into the binary; tests and fixtures do not.
key=$(
	{
		echo "$gcl_module@$gcl_version"
		go version
		cat go.mod go.sum
		find . -path ./.git -prune -o -name testdata -prune -o -name '*.go' -not -name '*_test.go' -print0 |
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


# The fixture runs in a copy, next to the configurations written for it:
# golangci-lint prints paths relative to the configuration file.
fx=$tmp/fixture
cp -r testdata/golangci "$fx"
# config NAME [SETTINGS...]: $fx/NAME.yml enabling statuslint alone, with
# SETTINGS (YAML lines under settings:), or no settings block without.
config() {
	local name=$1 line
	shift
	{
		printf 'version: "2"\nlinters:\n  default: none\n  enable: [statuslint]\n'
		printf '  settings:\n    custom:\n      statuslint:\n        type: module\n'
		printf '        description: HTTP status-code mistakes in Go handlers\n'
		if (($# > 0)); then
			printf '        settings:\n'
			for line; do printf '          %s\n' "$line"; done
		fi
	} >"$fx/$name.yml"
}
# gcl CONFIG ARGS...: run the custom golangci-lint in the fixture, one line
# per issue and no summary, so the output is only findings and errors.
gcl() {
	local cfg=$1
	shift
	(cd "$fx" && "$bin" run --config="$cfg" --output.text.print-issued-lines=false \
		--show-stats=false --max-issues-per-linter=0 --max-same-issues=0 "$@" ./...)
}

# The fixture's findings, LINE RULE: MESSAGE-REGEXP. golangci-lint reports
# a diagnostic's related information as issues of their own.
declare -A finding=(
	[15]='wwwauthenticate: 401 response without WWW-Authenticate'
	[23]='clienterror\(related information\): the error comes from here'
	[24]='clienterror: 500 .* client input'
	[32]='superfluouswrite\(related information\): status first written here'
	[33]='superfluouswrite: w\.WriteHeader after the status was already written'
	[37]='statuscode: status 404 written as a number'
	[41]='retryafter: 429 response without Retry-After'
)
# findings NAME LINE...: $out holds exactly the fixture's findings on
# LINEs, each under the linter name statuslint. The //nolint:statuslint
# line (45) and the right handlers are never among them.
findings() {
	local name=$1 l got want
	shift
	local -a lines=("$@")
	want=$(printf '%s\n' "${lines[@]}" | sort -n | uniq)
	got=$(grep -Eo '^api/api\.go:[0-9]+:' <<<"$out" | cut -d: -f2 | sort -n | uniq)
	if [[ $got == "$want" ]]; then
		ok "$name: findings on exactly the lines $(tr '\n' ' ' <<<"$want")"
	else
		fail "$name: findings on lines $(tr '\n' ' ' <<<"$got"), want $(tr '\n' ' ' <<<"$want")"
		show output "$out"
	fi
	for l in $want; do
		if grep -Eq "^api/api\.go:$l:[0-9]+: ${finding[$l]}.* \(statuslint\)$" <<<"$out"; then
			ok "$name: api.go:$l reported by statuslint: /${finding[$l]}/"
		else
			fail "$name: api.go:$l not reported by statuslint as /${finding[$l]}/"
			show output "$out"
		fi
	done
	nopanic "$name" "$out"
}

# (a) the fixture's .golangci.yml: enable and options switch on retryafter
# and statuscode.literals; findings exit 1; SARIF holds the same findings.
capture gcl .golangci.yml --output.text.path=stdout --output.sarif.path="$tmp/out.sarif"
expect_exit ".golangci.yml" 1
findings ".golangci.yml" 15 23 24 32 33 37 41
if grep -q '^api/api\.go:45:' <<<"$out"; then
	fail ".golangci.yml: the //nolint:statuslint line api.go:45 is reported"
else
	ok ".golangci.yml: the //nolint:statuslint line api.go:45 is silent"
fi
# //statuslint:ignore is honoured inside the analyzers, so golangci-lint
# sees no finding there.
if grep -q '^api/api\.go:49:' <<<"$out"; then
	fail ".golangci.yml: the //statuslint:ignore line api.go:49 is reported"
else
	ok ".golangci.yml: the //statuslint:ignore line api.go:49 is silent"
fi

# golangci-lint's SARIF is one line of JSON with no rules list; every
# result has ruleId statuslint and a startLine.
sarif=$(cat "$tmp/out.sarif" 2>/dev/null || true)
if grep -q '"version":"2.1.0"' <<<"$sarif"; then
	ok "--output.sarif.path: SARIF 2.1.0 written"
else
	fail "--output.sarif.path: no SARIF 2.1.0 in $tmp/out.sarif"
	show sarif "$sarif"
fi
got=$(grep -Eo '"uri":"api/api\.go"(,"index":[0-9]+)?\},"region":\{"startLine":[0-9]+' <<<"$sarif" | grep -Eo '[0-9]+$' | sort -n | uniq | tr '\n' ' ' || true)
want=$(grep -Eo '^api/api\.go:[0-9]+:' <<<"$out" | cut -d: -f2 | sort -n | uniq | tr '\n' ' ')
rules=$(grep -Eo '"ruleId":"[^"]*"' <<<"$sarif" | sort | uniq -c || true)
if [[ -n $want && $got == "$want" ]] && [[ $(wc -l <<<"$rules") -eq 1 && $rules == *'"ruleId":"statuslint"' ]]; then
	ok "--output.sarif.path: results with ruleId statuslint on lines $got"
else
	fail "--output.sarif.path: results on lines '$got' with ${rules:-no ruleId}, want statuslint on lines $want"
	show sarif "$sarif"
fi

# (b) disable drops the rule's findings, related information included.
config disable 'enable: [retryafter]' 'disable: [superfluouswrite]' \
	'options: {statuscode.literals: true}'
capture gcl disable.yml
expect_exit "disable: [superfluouswrite]" 1
findings "disable: [superfluouswrite]" 15 23 24 37 41

# (c) no settings: the opt-in rule and option stay off, as in the command.
config defaults
capture gcl defaults.yml
expect_exit "no settings" 1
findings "no settings" 15 23 24 32 33

# (d) settings statuslint does not know stop golangci-lint with an error
# naming them (exit 3, "failure", not 1, "issues found").
bad_settings=(
	'disabled: [superfluouswrite]|"disabled"'
	'disable: [superfluous]|unknown rule \"?superfluous\"?'
	'options: {statuscode.literal: true}|statuscode\.literal'
	'options: {badrequest.validation: 418}|badrequest\.validation.*418'
	'options: {statuscode.literals: maybe}|statuscode\.literals.*maybe'
)
for entry in "${bad_settings[@]}"; do
	setting=${entry%%|*} re=${entry#*|}
	config bad "$setting"
	capture gcl bad.yml
	expect_exit "settings '$setting'" 3
	if grep -Eq "$re" <<<"$out"; then
		ok "settings '$setting': error names it"
	else
		fail "settings '$setting': error does not match /$re/"
		show output "$out"
	fi
	nopanic "settings '$setting'" "$out"
done

# (e) exit statuses: 0 when clean; --issues-exit-code replaces 1.
capture bash -c "cd '$fx' && '$bin' run --config=.golangci.yml ./clean/..."
expect_exit "clean package" 0
if [[ -n $out && $out != "0 issues." ]]; then
	fail "clean package: output '$out', want none"
else
	ok "clean package: no findings"
fi
capture gcl .golangci.yml --issues-exit-code=9
expect_exit "--issues-exit-code=9 with findings" 9

# (f) the editor route: golangci-lint-langserver runs golangci-lint with
# these flags and turns the JSON's Issues into LSP diagnostics (its
# module is not on the proxy here, so its command is run, not it).
capture bash -c "cd '$fx' && '$bin' run --config=.golangci.yml --output.json.path=stdout --show-stats=false --issues-exit-code=1 ./... 2>/dev/null"
expect_exit "golangci-lint-langserver's command" 1
if grep -q '"FromLinter":"statuslint","Text":"wwwauthenticate: 401 response without WWW-Authenticate' <<<"$out" &&
	grep -q '"Pos":{"Filename":"api/api.go","Offset":[0-9]*,"Line":15,"Column":3}' <<<"$out"; then
	ok "golangci-lint-langserver's command: JSON issues with statuslint's findings and positions"
else
	fail "golangci-lint-langserver's command: no statuslint issue at api/api.go:15:3 in the JSON"
	show output "$out"
fi

if ((failed)); then
	echo "golangci: FAILED"
	exit 1
fi
echo "golangci: all checks passed"
