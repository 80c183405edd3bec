# Helpers the end-to-end scripts share: source it, then call ok and fail
# (which sets $failed), capture a command, and check what it did.
# shellcheck shell=bash

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
# expect_exit NAME WANT: $rc is WANT, or any failure when WANT is "non-zero".
expect_exit() {
	if [[ $2 == non-zero && $rc -ne 0 ]]; then
		ok "$1: exit $rc (non-zero)"
	elif [[ $2 != non-zero && $rc -eq $2 ]]; then
		ok "$1: exit $2"
	else
		fail "$1: exit $rc, want $2"
		show output "$out"
	fi
}
# nopanic NAME TEXT: the command's output has no Go panic or goroutine dump.
nopanic() {
	if grep -Eq '^panic:|^goroutine [0-9]+ ' <<<"$2"; then
		fail "$1: panicked"
		show output "$2"
	else
		ok "$1: no panic"
	fi
}
