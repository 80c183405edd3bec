#!/usr/bin/env bash
# compare.sh: end-to-end wall time and peak memory of statuslint against
# the floor binary (a no-op analyzer requiring inspect and ctrlflow) and
# against go vet, over the same packages. The floor loads the program the
# way statuslint -engine=direct does (the statuslint-direct row); for the
# default engine's cold, warm and one-edit runs see bench/incremental.sh.
#
# Usage: bench/compare.sh [-r runs] [-b statuslint-binary] [-x | -C module-dir] [pattern]
#
#	-r N     runs of each command (default 3)
#	-b BIN   the statuslint binary to time (default: built from this checkout),
#	         e.g. a build of another front end
#	-x       run in a temporary module that requires golang.org/x/net at
#	         $XNET_VERSION (default v0.62.0, from the module proxy);
#	         the pattern defaults to golang.org/x/net/...
#	-C DIR   run in the module at DIR (e.g. one from bench/gen/genmod);
#	         the pattern defaults to ./...
#	pattern  the packages (default net/...)
#
# For example:
#	bench/compare.sh -r 5                       # std net/...
#	bench/compare.sh -r 5 -x                    # golang.org/x/net/...
#	bench/compare.sh -b /tmp/statuslint-new -x  # another binary on x/net
#	CMDS="statuslint floor" bench/compare.sh -r 7
#
# CMDS selects the commands (default: all of them).
#
# Runs are interleaved round-robin, so background load spreads over all
# commands. Every command runs under /usr/bin/time -v; the table gives the
# median wall time, the median and largest "Maximum resident set size"
# (the peak RSS of the largest single process in the tree: the go command
# or one of its vet/compile children, not their sum) and the median
# user+system CPU time. Needs GNU time at /usr/bin/time.
#
# The binaries and the warm go vet runs share a private build cache, warmed
# first. go vet caches its results, so warm go vet runs mostly replay them;
# the vettool row uses a statuslint freshly built from this checkout each
# run (whatever -b says), so its results are never cached. Each "fresh" go
# vet run gets a new empty GOCACHE (it compiles every dependency), removed
# afterwards.
set -euo pipefail

runs=3 bin= xnet= dir= pattern=
while getopts r:b:xC: opt; do
	case $opt in
	r) runs=$OPTARG ;;
	b) bin=$(realpath "$OPTARG") ;;
	x) xnet=1 ;;
	C) dir=$(realpath "$OPTARG") ;;
	*) sed -n '5,16p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -le 1 ] || { echo "compare.sh: one pattern at most" >&2; exit 2; }
[ -z "$xnet" ] || [ -z "$dir" ] || { echo "compare.sh: -x and -C exclude each other" >&2; exit 2; }
if [ $# -eq 1 ]; then
	pattern=$1
elif [ -n "$xnet" ]; then
	pattern=golang.org/x/net/...
elif [ -n "$dir" ]; then
	pattern=./...
else
	pattern=net/...
fi
cd "$(dirname "$0")/.."
repo=$PWD

all="statuslint statuslint-direct floor go-vet-warm go-vet-vettool-statuslint go-vet-fresh"
read -r -a names <<<"${CMDS:-$all}"
for n in "${names[@]}"; do
	case " $all " in
	*" $n "*) ;;
	*) echo "compare.sh: unknown command $n (known: $all)" >&2; exit 2 ;;
	esac
done

[ -x /usr/bin/time ] || { echo "compare.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
warm=$work/gocache-warm
mkdir -p "$warm"

if [ -n "$bin" ]; then
	cp "$bin" "$work/statuslint"
else
	go build -o "$work/statuslint" ./cmd/statuslint
fi
go build -o "$work/floor" ./bench/floor

if [ -n "$xnet" ]; then
	dir=$work/xnet
	mkdir "$dir"
	printf 'module example.com/xnetbench\n\ngo 1.26\n' >"$dir/go.mod"
	# The pattern form adds go.sum lines for every package's dependencies.
	(cd "$dir" && go get "golang.org/x/net/...@${XNET_VERSION:-v0.62.0}" >/dev/null 2>&1) ||
		{ echo "compare.sh: go get golang.org/x/net failed" >&2; exit 1; }
fi
[ -z "$dir" ] || cd "$dir"

# Warm the private cache: cgo preprocessing for go list, export data and
# vet results for go vet.
GOCACHE=$warm go vet "$pattern" >/dev/null 2>&1 || true
GOCACHE=$warm "$work/statuslint" "$pattern" >/dev/null 2>&1 || true

run() { # name round
	local name=$1 out=$work/$1.$2.time
	case $name in
	# statuslint runs through go vet's machinery (-engine=vet): warm, it
	# replays the cache; bench/incremental.sh times its first runs.
	statuslint) GOCACHE=$warm /usr/bin/time -v -o "$out" "$work/statuslint" "$pattern" ;;
	statuslint-direct) GOCACHE=$warm /usr/bin/time -v -o "$out" "$work/statuslint" -engine=direct "$pattern" ;;
	floor) GOCACHE=$warm /usr/bin/time -v -o "$out" "$work/floor" "$pattern" ;;
	go-vet-warm) GOCACHE=$warm /usr/bin/time -v -o "$out" go vet "$pattern" ;;
	go-vet-vettool-statuslint)
		# A statuslint binary with its own build ID, so that go vet finds
		# no cached results for it: this times statuslint's analysis under
		# go vet (one process per package, facts in files), with every
		# package already compiled in the warm cache.
		(cd "$repo" && go build -ldflags=-buildid=compare-$2 -o "$work/vettool-$2" ./cmd/statuslint)
		GOCACHE=$warm /usr/bin/time -v -o "$out" go vet -vettool="$work/vettool-$2" "$pattern" ;;
	go-vet-fresh)
		local c
		c=$(mktemp -d)
		GOCACHE=$c /usr/bin/time -v -o "$out" go vet "$pattern" || true
		chmod -R u+w "$c" && rm -rf "$c"
		return 0 ;;
	esac
}

for ((i = 1; i <= runs; i++)); do
	for n in "${names[@]}"; do
		run "$n" "$i" >/dev/null 2>&1 || true # statuslint exits 3 on findings
	done
done

# secs converts GNU time's [h:]m:ss.cc to seconds.
awk_secs='function secs(s,  a, n) { n = split(s, a, ":"); return n == 3 ? a[1]*3600 + a[2]*60 + a[3] : a[1]*60 + a[2] }'
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }'; }

echo "# $pattern${dir:+ in $dir}, $runs runs"
printf '%-32s %10s %14s %14s %10s %s\n' command "wall(s)" "maxRSS(MiB)" "maxRSS-max" "cpu(s)" "exit"
for n in "${names[@]}"; do
	files=("$work/$n".*.time)
	wall=$(for f in "${files[@]}"; do awk -F': ' "$awk_secs"' /Elapsed/ { print secs($2) }' "$f"; done | median)
	rss=$(for f in "${files[@]}"; do awk -F': ' '/Maximum resident/ { print $2 / 1024 }' "$f"; done | median)
	rssmax=$(for f in "${files[@]}"; do awk -F': ' '/Maximum resident/ { print $2 / 1024 }' "$f"; done | sort -g | tail -1)
	cpu=$(for f in "${files[@]}"; do awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$f"; done | median)
	exits=$(for f in "${files[@]}"; do awk '/Exit status/ { print $3 }' "$f"; done | sort -u | paste -sd,)
	walls=$(for f in "${files[@]}"; do awk -F': ' "$awk_secs"' /Elapsed/ { print secs($2) }' "$f"; done | paste -sd' ')
	printf '%-32s %10.2f %14.0f %14.0f %10.2f %s   [walls: %s]\n' "$n" "$wall" "$rss" "$rssmax" "$cpu" "$exits" "$walls"
done
