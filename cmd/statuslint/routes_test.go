package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden inventories of testdata/src/routes")

// fixtureInventory loads the packages testdata/src/<pattern> in GOPATH
// mode, as analysistest does, and returns their inventory with paths
// relative to testdata/src.
func fixtureInventory(t *testing.T, pkg string) *inventory {
	t.Helper()
	src, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "src"))
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  src,
		Env:  append(os.Environ(), "GOPATH="+filepath.Dir(src), "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, pkg)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Fatalf("%s: %v", p.PkgPath, e)
		}
	})
	graph, err := checker.Analyze([]*analysis.Analyzer{response.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	inv, errs := buildInventory(graph, src)
	for _, err := range errs {
		t.Error(err)
	}
	return inv
}

// TestRoutesGolden: the inventory of each router's fixture, as JSON, is
// testdata/src/routes/<router>/routes.golden.json (-update rewrites them).
func TestRoutesGolden(t *testing.T) {
	all := fixtureInventory(t, "routes/...")
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "src", "routes", "*"))
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			inv := &inventory{Routes: []*invRoute{}}
			for _, r := range all.Routes {
				if strings.HasPrefix(r.File, "routes/"+name+"/") {
					inv.Routes = append(inv.Routes, r)
				}
			}
			var got bytes.Buffer
			if err := writeInventory("json", &got, inv); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join(dir, "routes.golden.json")
			if *updateGolden {
				if err := os.WriteFile(golden, got.Bytes(), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("inventory of %s differs from %s (go test -run TestRoutesGolden -update rewrites it):\n%s", name, golden, got.String())
			}
			// The document is what the issue promised consumers.
			var doc struct {
				Routes []struct {
					Method, Path, Handler, File string
					Line                        int
					Statuses                    []map[string]any
				}
			}
			if err := json.Unmarshal(got.Bytes(), &doc); err != nil || len(doc.Routes) == 0 {
				t.Fatalf("bad document (%v): %s", err, got.String())
			}
			for _, r := range doc.Routes {
				for _, s := range r.Statuses {
					for _, k := range []string{"code", "file", "line", "kind"} {
						if _, ok := s[k]; !ok {
							t.Errorf("%s %s: status without %q", r.Method, r.Path, k)
						}
					}
				}
				if strings.TrimSpace(r.Handler) == "" {
					t.Errorf("%s %s: no handler", r.Method, r.Path)
				}
			}
		})
	}
}
