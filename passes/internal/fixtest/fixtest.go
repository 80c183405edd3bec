// Package fixtest checks the suggested-fix golden files of analysistest
// fixtures: each must be gofmt'd Go that type-checks, so that applying a
// fix never leaves a user with code that does not build.
package fixtest

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// CheckGoldens type-checks every package under testdata/src/<dir> that has
// .golden files, with each golden standing in for its .go file, and checks
// that every golden is gofmt'd. It fails if dirs hold no golden at all.
func CheckGoldens(t *testing.T, testdata string, dirs ...string) {
	t.Helper()
	src := filepath.Join(testdata, "src")
	found := 0
	overlay := map[string][]byte{}
	pkgDirs := map[string]bool{}
	for _, dir := range dirs {
		err := filepath.WalkDir(filepath.Join(src, dir), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go.golden") {
				return err
			}
			content, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if formatted, err := format.Source(content); err != nil {
				t.Errorf("%s: does not parse: %v", path, err)
			} else if !bytes.Equal(formatted, content) {
				t.Errorf("%s: not gofmt'd", path)
			}
			overlay[strings.TrimSuffix(path, ".golden")] = content
			pkgDirs[filepath.Dir(path)] = true
			found++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// One load for every package with goldens; dependencies come from
	// export data: only the fixtures themselves are type-checked here.
	var patterns []string
	for pd := range pkgDirs {
		rel, _ := filepath.Rel(src, pd)
		patterns = append(patterns, filepath.ToSlash(rel))
	}
	if len(patterns) > 0 {
		cfg := &packages.Config{
			Mode:    packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedImports,
			Dir:     src,
			Env:     append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
			Overlay: overlay,
			Tests:   true,
		}
		pkgs, err := packages.Load(cfg, patterns...)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pkgs {
			for _, e := range p.Errors {
				t.Errorf("%s with goldens applied: %v", p.PkgPath, e)
			}
		}
	}
	if found == 0 {
		t.Errorf("no .golden files under %v", dirs)
	}
}
