package fix

import (
	"bytes"
	"fmt"
	"strings"
)

// Diff returns the change to f as a unified diff, labelled as the
// go/analysis drivers label -fix -diff output: "NAME (old)", "NAME (new)".
func (f *File) Diff() []byte {
	return Unified(f.Name+" (old)", f.Name+" (new)", f.Old, f.New)
}

// context is the number of unchanged lines shown around a change, as diff -u
// and git show them.
const context = 3

// maxD bounds the edit distance, in lines, for which Unified looks for a
// shortest diff: its memory grows with the square of the distance. Beyond
// it the changed region is shown as deleted and inserted whole, which is
// still a correct diff; a fix changes a few lines, not thousands.
const maxD = 1000

// Unified returns the line-based unified diff that turns old into new,
// with three lines of context, or nil when they are equal. A last line
// without a newline is marked as diff marks it.
func Unified(oldName, newName string, old, new []byte) []byte {
	if bytes.Equal(old, new) {
		return nil
	}
	a, b := lines(old), lines(new)
	ops := script(a, b)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "--- %s\n+++ %s\n", oldName, newName)
	// Each hunk is a run of ops from a change minus context to the last
	// change of the run plus context, where changes less than 2*context
	// unchanged lines apart share a hunk.
	for i := 0; i < len(ops); {
		if ops[i].kind == equal {
			i++
			continue
		}
		start := max(i-context, 0)
		end := i // one past the last change of the hunk
		for j := i; j < len(ops); j++ {
			if ops[j].kind != equal {
				end = j + 1
			} else if j-end >= 2*context {
				break
			}
		}
		stop := min(end+context, len(ops))
		writeHunk(&buf, ops[start:stop])
		i = stop
	}
	return buf.Bytes()
}

func writeHunk(buf *bytes.Buffer, ops []op) {
	var na, nb int
	for _, o := range ops {
		if o.kind != insert {
			na++
		}
		if o.kind != delete {
			nb++
		}
	}
	fmt.Fprintf(buf, "@@ -%s +%s @@\n", hunkRange(ops[0].a, na), hunkRange(ops[0].b, nb))
	for _, o := range ops {
		buf.WriteByte(" -+"[o.kind])
		buf.WriteString(o.text)
		if !strings.HasSuffix(o.text, "\n") {
			buf.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange formats a hunk's range from the 0-based index of its first line:
// 1-based, the count omitted when 1, and for an empty range the line
// before it, as diff -u does.
func hunkRange(first, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", first)
	case 1:
		return fmt.Sprint(first + 1)
	}
	return fmt.Sprintf("%d,%d", first+1, n)
}

// lines splits s after each newline; a last line without one is kept.
func lines(s []byte) []string {
	ls := strings.SplitAfter(string(s), "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

type opKind int

const (
	equal opKind = iota
	delete
	insert
)

// An op is one line of an edit script; a and b are the indices in the old
// and new lines where the op stands (for an insert, a is the index of the
// old line it precedes; likewise b for a delete).
type op struct {
	kind opKind
	a, b int
	text string
}

// script returns a shortest edit script from a to b, by Myers' O(ND)
// algorithm after trimming the common prefix and suffix.
func script(a, b []string) []op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []op
	for i := range pre {
		ops = append(ops, op{equal, i, i, a[i]})
	}
	for _, o := range myers(a[pre:len(a)-suf], b[pre:len(b)-suf]) {
		o.a += pre
		o.b += pre
		ops = append(ops, o)
	}
	for i := range suf {
		ia, ib := len(a)-suf+i, len(b)-suf+i
		ops = append(ops, op{equal, ia, ib, a[ia]})
	}
	return ops
}

// myers is Myers' greedy algorithm, keeping for each distance d the
// furthest-reaching x of each diagonal k in [-d, d] for the backtrack.
func myers(a, b []string) []op {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return replaceAll(a, b)
	}
	limit := min(n+m, maxD)
	off := limit + 1
	v := make([]int, 2*limit+3)
	var trace [][]int
	for d := 0; d <= limit; d++ {
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: an insert
			} else {
				x = v[off+k-1] + 1 // right: a delete
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(trace, a, b)
			}
		}
	}
	return replaceAll(a, b)
}

func backtrack(trace [][]int, a, b []string) []op {
	x, y := len(a), len(b)
	var rev []op
	for d := len(trace) - 1; d > 0; d-- {
		vd := trace[d]
		at := func(k int) int { return vd[k+d] }
		k := x - y
		prevK := k - 1
		if k == -d || k != d && at(k-1) < at(k+1) {
			prevK = k + 1
		}
		prevX := at(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, op{equal, x, y, a[x]})
		}
		if x == prevX {
			y--
			rev = append(rev, op{insert, x, y, b[y]})
		} else {
			x--
			rev = append(rev, op{delete, x, y, a[x]})
		}
	}
	for x > 0 {
		x--
		y--
		rev = append(rev, op{equal, x, y, a[x]})
	}
	ops := make([]op, len(rev))
	for i, o := range rev {
		ops[len(rev)-1-i] = o
	}
	return ops
}

// replaceAll is the script that deletes all of a and inserts all of b.
func replaceAll(a, b []string) []op {
	var ops []op
	for i, s := range a {
		ops = append(ops, op{delete, i, 0, s})
	}
	for i, s := range b {
		ops = append(ops, op{insert, len(a), i, s})
	}
	return ops
}
