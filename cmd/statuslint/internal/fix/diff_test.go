package fix

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	ten := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"equal", ten, ten, ""},
		{"middle", ten, strings.Replace(ten, "5\n", "five\n", 1), `
@@ -2,7 +2,7 @@
 2
 3
 4
-5
+five
 6
 7
 8
`},
		{"insert at start", ten, "0\n" + ten, `
@@ -1,3 +1,4 @@
+0
 1
 2
 3
`},
		{"delete at end", ten, strings.TrimSuffix(ten, "10\n"), `
@@ -7,4 +7,3 @@
 7
 8
 9
-10
`},
		// Changes 6 unchanged lines apart share a hunk; 7 apart do not.
		{"joined hunks", ten + ten, strings.Replace(strings.Replace(ten+ten, "2\n", "two\n", 1), "9\n", "nine\n", 1), `
@@ -1,12 +1,12 @@
 1
-2
+two
 3
 4
 5
 6
 7
 8
-9
+nine
 10
 1
 2
`},
		{"split hunks", ten + ten, strings.Replace(strings.Replace(ten+ten, "2\n", "two\n", 1), "10\n", "ten\n", 1), `
@@ -1,5 +1,5 @@
 1
-2
+two
 3
 4
 5
@@ -7,7 +7,7 @@
 7
 8
 9
-10
+ten
 1
 2
 3
`},
		{"no newline at end", "a\nb", "a\nc", `
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+c
\ No newline at end of file
`},
		{"newline added", "a", "a\n", `
@@ -1 +1 @@
-a
\ No newline at end of file
+a
`},
		{"from empty", "", "a\nb\n", `
@@ -0,0 +1,2 @@
+a
+b
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(Unified("old", "new", []byte(tc.old), []byte(tc.new)))
			want := ""
			if tc.want != "" {
				want = "--- old\n+++ new" + tc.want
			}
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestScript checks, on random line sequences, that the edit script turns
// a into b, and that it is as short as a shortest one (len(a)+len(b)-2*LCS).
func TestScript(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	randLines := func() []string {
		ls := make([]string, rng.IntN(12))
		for i := range ls {
			ls[i] = fmt.Sprintf("%c\n", 'a'+rng.IntN(3))
		}
		return ls
	}
	for range 2000 {
		a, b := randLines(), randLines()
		ops := script(a, b)
		checkScript(t, a, b, ops)
		changes := 0
		for _, o := range ops {
			if o.kind != equal {
				changes++
			}
		}
		if want := len(a) + len(b) - 2*lcs(a, b); changes != want {
			t.Fatalf("script(%q, %q) has %d changes, want %d", a, b, changes, want)
		}
	}
}

// TestScriptLimit: past maxD the script is not shortest but still right.
func TestScriptLimit(t *testing.T) {
	var a, b []string
	for i := range maxD + 10 {
		a = append(a, fmt.Sprintf("a%d\n", i))
		b = append(b, fmt.Sprintf("b%d\n", i))
	}
	a = append(a, "same\n")
	b = append([]string{"same\n"}, b...)
	checkScript(t, a, b, script(a, b))
}

func checkScript(t *testing.T, a, b []string, ops []op) {
	t.Helper()
	var ga, gb []string
	for _, o := range ops {
		if o.kind != insert {
			if o.a != len(ga) {
				t.Fatalf("script(%q, %q): op %v at old line %d, want %d", a, b, o, o.a, len(ga))
			}
			ga = append(ga, o.text)
		}
		if o.kind != delete {
			if o.b != len(gb) {
				t.Fatalf("script(%q, %q): op %v at new line %d, want %d", a, b, o, o.b, len(gb))
			}
			gb = append(gb, o.text)
		}
	}
	if strings.Join(ga, "") != strings.Join(a, "") || strings.Join(gb, "") != strings.Join(b, "") {
		t.Fatalf("script(%q, %q) = %v rebuilds %q and %q", a, b, ops, ga, gb)
	}
}

// lcs is the length of a longest common subsequence, by dynamic programming.
func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}
