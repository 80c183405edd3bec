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

rules=(successonerror clienterror badrequest methodallow wwwauthenticate)

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

# Every format exits 3 with findings (the stock driver's -json exits 0: a
# CI gate must not), and every rule fires on the demo.
for format in json sarif github; do
	set +e
	"$bin" -format=$format ./examples/... >"$tmp/out.$format" 2>"$tmp/err.$format"
	rc=$?
	set -e
	out=$(cat "$tmp/err.$format")
	expect_exit "-format=$format on examples" 3
done
for rule in "${rules[@]}"; do
	if grep -q "\"rule\": \"$rule\"" "$tmp/out.json" && grep -q "\"ruleId\": \"$rule\"" "$tmp/out.sarif" &&
		grep -q "^::warning file=examples/.*title=statuslint $rule::" "$tmp/out.github"; then
		ok "rule $rule fires on examples in json, sarif and github"
	else
		fail "rule $rule does not fire on examples in every format"
	fi
done
if grep -q '"version": "2.1.0"' "$tmp/out.sarif" && grep -q '"uriBaseId": "%SRCROOT%"' "$tmp/out.sarif"; then
	ok "-format=sarif: SARIF 2.1.0 with repo-relative URIs"
else
	fail "-format=sarif: not SARIF 2.1.0 with %SRCROOT% URIs"
fi

# The README's workflow: one analysis, SARIF to a file and annotations on
# stdout, the same findings in both.
capture "$bin" -format=sarif="$tmp/one.sarif" -format=github ./examples/...
expect_exit "-format=sarif=FILE -format=github on examples" 3
if cmp -s "$tmp/one.sarif" "$tmp/out.sarif" && [[ "$out" == "$(cat "$tmp/out.github")" ]]; then
	ok "one run with two outputs: the same SARIF and annotations as two runs"
else
	fail "one run with two outputs differs from -format=sarif and -format=github run apart"
fi

# An opt-in rule named alone runs, standalone and under go vet.
capture "$bin" -createdlocation ./examples/...
expect_exit "-createdlocation alone" 3
grep -q '(createdlocation)$' <<<"$out" && ok "-createdlocation alone reports createdlocation" || { fail "-createdlocation alone reports nothing"; show output "$out"; }

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
capture go vet -vettool="$bin" -createdlocation ./examples/...
grep -q '201 response without Location' <<<"$out" && ok "go vet -vettool -createdlocation reports createdlocation" || { fail "go vet -vettool -createdlocation reports nothing"; show output "$out"; }

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
# whose go.sum pins the real gin, echo v4 and v5, fiber v2/v3, chi render,
# pocketbase, huma v2 and the routers httprouter, chi and gorilla/mux (fetched from
# the module proxy like any build), with handlers that make the mistakes. Adapters match by go/types, so this proves they fit the real
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
	'echo5app/echo5app.go:19 client input \(binding the request\)'
	'echo5app/echo5app.go:25 401 response without WWW-Authenticate'
	'echo5app/echo5app.go:30 401 response without WWW-Authenticate'
	'pbapp/pbapp.go:19 client input \(binding the request body\)'
	'pbapp/pbapp.go:25 401 response without WWW-Authenticate'
	'pbapp/pbapp.go:31 writes an error response but the handler goes on'
	'routesapp/routesapp.go:24 405 for a method the handler is registered for \(POST\)'
	'humaapp/humaapp.go:53 401 response without WWW-Authenticate header; .*huma.ErrorWithHeaders'
	'humaapp/humaapp.go:67 401 response without WWW-Authenticate header; .*ctx.SetHeader'
)
# FILE:LINE of handlers that do it right: nothing may be reported there.
realmod_clean=(
	'ginapp/ginapp.go:21'       # c.JSON(201, in) after a return
	'echoapp/echoapp.go:20'     # c.JSON(201, in)
	'fiberapp/fiberapp.go:23'   # c.Set after c.Status: fiber buffers the response
	'renderapp/renderapp.go:45' # render.Status(401) with WWW-Authenticate set
	'echo5app/echo5app.go:34'   # echo.ErrUnauthorized after WWW-Authenticate
	'pbapp/pbapp.go:37'         # apis.NewUnauthorizedError after WWW-Authenticate
	'routesapp/routesapp.go:17' # 405 for a method httprouter never sends here
	'routesapp/routesapp.go:29' # httprouter set Allow before MethodNotAllowed
	'routesapp/routesapp.go:34' # chi and gorilla/mux route only GET here
	'humaapp/humaapp.go:56'     # huma.ErrorWithHeaders adds WWW-Authenticate
	'humaapp/humaapp.go:48'     # 201 with its Location header field set
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
# pocketbase's default SQLite driver (modernc.org/sqlite) is a large build
# no handler here needs.
in_realmod() { cd "$realmod" && GOFLAGS="$(go env GOFLAGS) -tags=no_default_driver" "$@"; }
capture in_realmod "$bin" ./...
expect_exit "standalone on $realmod" 3
realmod_check "standalone on $realmod" "$out"
nopanic "standalone on $realmod" "$out"

capture in_realmod go vet -vettool="$bin" ./...
expect_exit "go vet -vettool on $realmod" 1
realmod_check "go vet -vettool on $realmod" "$out"
nopanic "go vet -vettool on $realmod" "$out"

# (g) suppression, baseline and -fix on a scratch module, as a team adopts
# the gate: the directive holds under go vet too, the baseline survives
# moved lines, and -fix leaves code that builds.
scratch=$tmp/scratch
mkdir -p "$scratch"
printf 'module example.com/scratch\n\ngo 1.26\n' >"$scratch/go.mod"
cat >"$scratch/h.go" <<'GO'
package scratch

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore wwwauthenticate the gateway adds the challenge
	w.WriteHeader(http.StatusUnauthorized)
}

func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	w.Write([]byte("item"))
}
GO
in_scratch() { (cd "$scratch" && "$@"); }
for mode in standalone vet; do
	if [[ $mode == vet ]]; then capture in_scratch go vet -vettool="$bin" ./...; else capture in_scratch "$bin" ./...; fi
	if grep -q 'WWW-Authenticate' <<<"$out"; then
		fail "$mode: //statuslint:ignore did not silence the finding"
		show output "$out"
	elif grep -q 'add a return after it' <<<"$out"; then
		ok "$mode: //statuslint:ignore silences its line, the rest is reported"
	else
		fail "$mode: missingreturn not reported on the scratch module"
		show output "$out"
	fi
done

capture in_scratch "$bin" -write-baseline=baseline.json ./...
expect_exit "-write-baseline" 0
sed -i 's|^import "net/http"$|import "net/http"\n\n// moved by an unrelated edit\nvar _ = 1|' "$scratch/h.go"
capture in_scratch "$bin" -baseline=baseline.json ./...
expect_exit "-baseline after unrelated edits" 0
[[ -z $out ]] && ok "-baseline: recorded findings stay quiet" || { fail "-baseline reported recorded findings"; show output "$out"; }

capture in_scratch "$bin" -fix -diff ./...
expect_exit "-fix -diff" 3
grep -q '^+		return$' <<<"$out" && ok "-fix -diff shows the return" || { fail "-fix -diff: no return in the diff"; show output "$out"; }
capture in_scratch "$bin" -fix ./...
expect_exit "-fix" 0
capture in_scratch go build ./...
expect_exit "go build after -fix" 0
capture in_scratch "$bin" ./...
expect_exit "statuslint after -fix" 0

# (h) the route inventory and the spec drift on the demo API.
capture "$bin" -routes ./examples/...
expect_exit "-routes on examples" 0
if grep -qE '^POST +/items +api\.\(\*Server\)\.createItem ' <<<"$out"; then
	ok "-routes on examples: POST /items and its handler listed"
else
	fail "-routes on examples: no POST /items row"
	show output "$out"
fi
capture "$bin" -routes -format=markdown ./examples/...
expect_exit "-routes -format=markdown on examples" 0
grep -q '^| POST | `/items` |' <<<"$out" && ok "-routes -format=markdown: a table row per route" || { fail "-routes -format=markdown: no POST /items row"; show output "$out"; }
capture "$bin" -openapi=examples/openapi.yaml ./examples/...
expect_exit "-openapi on examples" 3
grep -q 'POST /items sends 409, which openapi.yaml does not declare' <<<"$out" && ok "-openapi on examples: the undeclared 409 reported" || { fail "-openapi on examples: no undeclared 409"; show output "$out"; }

if ((failed)); then
	echo "e2e: FAILED"
	exit 1
fi
echo "e2e: all checks passed"
