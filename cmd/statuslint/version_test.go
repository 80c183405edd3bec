package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/settings"
)

func TestVersionOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "unknown"},
		{"go install @v0.4.0", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v0.4.0"}}, "v0.4.0"},
		{"a tool dependency", &debug.BuildInfo{
			Main: debug.Module{Path: "example.com/app", Version: "(devel)"},
			Deps: []*debug.Module{{Path: "golang.org/x/tools", Version: "v0.52.0"}, {Path: modulePath, Version: "v0.5.1"}},
		}, "v0.5.1"},
		{"a checkout", &debug.BuildInfo{
			Main:     debug.Module{Path: modulePath, Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}},
		}, "devel 0123456789ab+dirty"},
		{"a checkout built with -buildvcs=false", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "(devel)"}}, "devel"},
	} {
		if got := versionOf(tc.bi); got != tc.want {
			t.Errorf("%s: versionOf = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestVersionFlag: -version prints the version the build recorded, the
// one SARIF logs name.
func TestVersionFlag(t *testing.T) {
	code, out, _ := statuslint(t, "-version")
	if code != exitClean || out != "statuslint "+version()+"\n" {
		t.Errorf("-version: exit %d, %q", code, out)
	}
}

// TestVetVersion: go vet's -V=full handshake stays one the go command
// accepts ("devel" and a buildID), now with statuslint's version in it.
func TestVetVersion(t *testing.T) {
	var buf bytes.Buffer
	if err := vetVersion(&buf); err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(buf.String())
	if len(f) < 4 || f[1] != "version" || f[2] != "devel" || !strings.HasPrefix(f[len(f)-1], "buildID=") || !strings.Contains(buf.String(), version()) {
		t.Errorf("-V=full: %q", buf.String())
	}
}

// TestVetEnable: under go vet, -createdlocation switches the opt-in rule
// on as in the standalone command; -NAME=false and other flags do not.
func TestVetEnable(t *testing.T) {
	t.Cleanup(func() { settings.Reset(analyzer.Analyzers) })
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-createdlocation", "vet.cfg"}, "true"},
		{[]string{"--createdlocation=1", "vet.cfg"}, "true"},
		{[]string{"-createdlocation=false", "vet.cfg"}, "false"},
		{[]string{"-retryafter", "vet.cfg"}, "false"},
	} {
		settings.Reset(analyzer.Analyzers)
		vetEnable(tc.args)
		if got := findAnalyzer("createdlocation").Flags.Lookup("enable").Value.String(); got != tc.want {
			t.Errorf("vetEnable(%q): createdlocation.enable = %s, want %s", tc.args, got, tc.want)
		}
	}
}
