package unit

import (
	"fmt"
	"go/version"
	"runtime"
)

// TooNew returns an error when code of Go goVersion (a language version,
// "go1.27", or a release, "go1.27.3") is newer than the Go this binary was built with: go/types
// checks a package against the language version of the Go it comes
// with, and the export data of a newer compiler may hold what it cannot
// read (methods with type parameters), so every package fails with an
// error that does not say why. A release it cannot judge (a development
// build) is not refused.
func TooNew(goVersion string) error {
	built := version.Lang(runtime.Version())
	want := version.Lang(goVersion)
	if built == "" || want == "" || version.Compare(want, built) <= 0 {
		return nil
	}
	toolchain := goVersion
	if toolchain == want {
		toolchain += ".0" // a language version: its first release
	}
	return fmt.Errorf("this statuslint was built with %s, which cannot type-check %s code (the standard library included); "+
		"build it with %s or newer: GOTOOLCHAIN=%s go install github.com/statuslint/statuslint/cmd/statuslint@latest, "+
		"or run it as a tool dependency (go tool statuslint), which the go command builds with the module's Go",
		runtime.Version(), want, want, toolchain)
}
