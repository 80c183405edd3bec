package main

import (
	"bufio"
	"bytes"
	goversion "go/version"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoDirective: go.mod's go line is the highest one any dependency
// declares, no higher, so that adding statuslint as a tool dependency does
// not raise a user's go line more than its dependencies force.
func TestGoDirective(t *testing.T) {
	endToEnd(t)
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Path}} {{.GoVersion}} {{.Main}}", "all").Output()
	if err != nil {
		t.Fatal(err)
	}
	var main, highest, from string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			continue // a module without a go line
		}
		if f[2] == "true" {
			main = f[1]
			continue
		}
		if highest == "" || goversion.Compare("go"+f[1], "go"+highest) > 0 {
			highest, from = f[1], f[0]
		}
	}
	if main != highest {
		t.Errorf("go.mod says go %s; the highest any dependency needs is %s (%s)", main, highest, from)
	}
}

// TestLicense: the repository carries its license, BSD-3-Clause as
// golang.org/x/tools.
func TestLicense(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "LICENSE"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The statuslint Authors", "Neither the name of the copyright holder"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("LICENSE does not say %q", want)
		}
	}
}
