#!/usr/bin/env bash
# incremental.sh: the runs people make all day — first, again with nothing
# changed, after a one-line edit — of statuslint against go vet -vettool
# and golangci-lint with the statuslint plugin, on one module.
#
# Usage: bench/incremental.sh [-r runs] [-g custom-gcl] -e FILE -C module-dir [pattern]
#
#	-C DIR   the module to lint (pattern defaults to ./...)
#	-e FILE  a Go file in it (relative to DIR) the "edit" round appends a
#	         comment line to — a handler's file; restored at the end
#	-g BIN   a golangci-lint built with the statuslint plugin (default: the
#	         one .ci/golangci.sh caches, if any); without one that row is left out
#	-r N     rounds (default 1); each round runs every command cold, warm
#	         and after an edit
#
# The rows:
#	statuslint          the standalone command (-engine=vet, its default)
#	statuslint-direct   the standalone command, -engine=direct (loads the whole
#	                    program from source in one process; nothing cached)
#	go-vet-vettool      go vet -vettool=statuslint
#	golangci-lint       the custom golangci-lint, statuslint alone enabled
#
# "cold" means nothing is cached for the analysis, the way a new statuslint
# release or a CI job without a restored cache meets the code: the
# statuslint binary gets a new identity (a byte appended, so go vet's cache
# key changes) and golangci-lint a new empty cache. Compiled packages stay
# in the build cache, as on any machine that builds the code. "warm" runs
# the same command again; "edit" appends a comment to FILE first (a new one
# before each command), so that its package is compiled and it and the
# packages importing it are analyzed again. statuslint's warm run is
# answered from its replay cache (kept in the run's temporary directory);
# the statuslint-direct row caches nothing.
#
# Every command runs under GNU time (/usr/bin/time); the table gives wall
# time, user+system CPU and the peak RSS of the largest single process (the
# driver or one of its per-package children, not their sum).
set -euo pipefail

runs=1 gcl= dir= edit= pattern=./...
while getopts r:g:e:C: opt; do
	case $opt in
	r) runs=$OPTARG ;;
	g) gcl=$(realpath "$OPTARG") ;;
	e) edit=$OPTARG ;;
	C) dir=$(realpath "$OPTARG") ;;
	*) sed -n '5,14p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -le 1 ] || { echo "incremental.sh: one pattern at most" >&2; exit 2; }
[ $# -eq 0 ] || pattern=$1
[ -n "$dir" ] && [ -n "$edit" ] || { sed -n '5,14p' "$0" >&2; exit 2; }
[ -f "$dir/$edit" ] || { echo "incremental.sh: no file $dir/$edit" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "incremental.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }
cd "$(dirname "$0")/.."

if [ -z "$gcl" ]; then
	gcl=$(ls -t "${XDG_CACHE_HOME:-$HOME/.cache}"/statuslint/golangci/*/custom-gcl 2>/dev/null | head -1 || true)
fi
names=(statuslint statuslint-direct go-vet-vettool)
[ -z "$gcl" ] || names+=(golangci-lint)

work=$(mktemp -d)
backup=$work/edited.go
cp -p "$dir/$edit" "$backup"
trap 'cp -p "$backup" "$dir/$edit"; rm -rf "$work"' EXIT
# statuslint's replay cache, of this run alone.
export STATUSLINT_CACHE=$work/replay
go build -o "$work/statuslint.built" ./cmd/statuslint
printf 'version: "2"\nlinters:\n  default: none\n  enable: [statuslint]\n  settings:\n    custom:\n      statuslint:\n        type: module\n        description: statuslint\n' >"$work/gcl.yml"

cd "$dir"
# A statuslint nothing is cached for: the built binary with bytes of its
# own appended, so that its -V=full identity (a hash of the file) is new.
fresh() { # name round
	cp "$work/statuslint.built" "$work/$1"
	printf 'incremental %s %s %s' "$1" "$2" "$RANDOM" >>"$work/$1"
}
timed() { # label command...
	local out=$work/$1.time
	shift
	/usr/bin/time -v -o "$out" "$@" >/dev/null 2>&1 || true # findings exit non-zero
}
run() { # name phase round
	local name=$1 phase=$2 label=$1.$2.$3
	case $name in
	statuslint) timed "$label" "$work/sl-$3" "$pattern" ;;
	statuslint-direct) timed "$label" "$work/sl-$3" -engine=direct "$pattern" ;;
	go-vet-vettool) timed "$label" go vet -vettool="$work/vt-$3" "$pattern" ;;
	golangci-lint) GOLANGCI_LINT_CACHE=$work/gcl-cache-$3 timed "$label" "$gcl" run --config="$work/gcl.yml" --show-stats=false "$pattern" ;;
	esac
}

for ((i = 1; i <= runs; i++)); do
	fresh "sl-$i" "$i"
	fresh "vt-$i" "$i"
	for phase in cold warm edit; do
		for n in "${names[@]}"; do
			if [ "$phase" = edit ]; then
				# An edit of its own for each command, so that each
				# compiles the edited package again, as a user's run does.
				printf '\n// incremental.sh edit %s %s %s\n' "$i" "$n" "$RANDOM" >>"$edit"
			fi
			run "$n" "$phase" "$i"
		done
	done
	cp -p "$backup" "$edit" # its time too: the next round's first run is recorded
done

awk_secs='function secs(s,  a, n) { n = split(s, a, ":"); return n == 3 ? a[1]*3600 + a[2]*60 + a[3] : a[1]*60 + a[2] }'
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }'; }
lines=$(find . -name '*.go' -not -path './vendor/*' -print0 | xargs -0 cat | wc -l)
echo "# $pattern in $dir ($lines lines of Go), $runs round(s), edit: $edit"
printf '%-20s %-5s %9s %9s %12s\n' command run "wall(s)" "cpu(s)" "maxRSS(MiB)"
for n in "${names[@]}"; do
	for phase in cold warm edit; do
		files=("$work/$n.$phase".*.time)
		wall=$(for f in "${files[@]}"; do awk -F': ' "$awk_secs"' /Elapsed/ { print secs($2) }' "$f"; done | median)
		cpu=$(for f in "${files[@]}"; do awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$f"; done | median)
		rss=$(for f in "${files[@]}"; do awk -F': ' '/Maximum resident/ { print $2 / 1024 }' "$f"; done | median)
		printf '%-20s %-5s %9.2f %9.2f %12.0f\n' "$n" "$phase" "$wall" "$cpu" "$rss"
	done
done
