package gen_test

import (
	"testing"

	"github.com/statuslint/statuslint/bench/gen"
	"golang.org/x/tools/go/packages"
)

// TestGeneratedModulesTypeCheck proves the generator writes Go that
// builds: a syntax or type error would make every benchmark on it
// measure error paths instead of handlers.
func TestGeneratedModulesTypeCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("loads net/http with the go command")
	}
	dir := t.TempDir()
	handlers, err := gen.Module(dir, gen.PerPackage+gen.Styles) // a full package and a partial one
	if err != nil {
		t.Fatal(err)
	}
	if len(handlers) != 2 {
		t.Errorf("Module wrote %d handler packages, want 2", len(handlers))
	}
	stmts, err := gen.Big(dir, 10)
	if err != nil {
		t.Fatal(err)
	}
	if stmts < 200 {
		t.Errorf("Big(10) has %d statements, want hundreds", stmts)
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax, Dir: dir}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	want := len(handlers) + len(gen.HelperPackages) + 1 // and big
	if len(pkgs) != want {
		t.Errorf("loaded %d packages, want %d", len(pkgs), want)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
}
