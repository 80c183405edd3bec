package unit

import (
	"bytes"
	"encoding/gob"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

type testFact struct{ Status int }

func (*testFact) AFact() {}

func init() { gob.Register(new(testFact)) }

// TestFactsTravel: a fact exported about an object of package a reaches a
// package that imports a, and one that imports only a package importing a
// (facts files carry their imports' facts); a package fact too; an object
// no other package can name is not written.
func TestFactsTravel(t *testing.T) {
	fset := token.NewFileSet()
	check := func(path, src string, imports map[string]*types.Package) *types.Package {
		f, err := parser.ParseFile(fset, path+".go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		conf := types.Config{Importer: importerFunc(func(p string) (*types.Package, error) {
			if pkg, ok := imports[p]; ok {
				return pkg, nil
			}
			return importer.Default().Import(p)
		})}
		pkg, err := conf.Check(path, fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return pkg
	}
	a := check("a", "package a\n\nfunc F() {}\n\nfunc g() {}\n", nil)
	sa := newFactStore(a, newDeps())
	sa.exportObject(a.Scope().Lookup("F"), &testFact{Status: 401})
	sa.exportObject(a.Scope().Lookup("g"), &testFact{Status: 500})
	sa.exportPackage(&testFact{Status: 200})
	entries, err := sa.encode()
	if err != nil {
		t.Fatal(err)
	}
	var records []record
	if len(entries) != 1 || gob.NewDecoder(bytes.NewReader(entries[0].Data)).Decode(&records) != nil || len(records) != 2 {
		// F and the package: no other package can name g
		t.Errorf("a's facts: %+v, want one package's, with 2 records: %+v", entries, records)
	}

	// b imports a; c imports b only, through a facts file.
	dir := t.TempDir()
	write := func(name string, v vetx) string {
		file := filepath.Join(dir, name)
		if code := writeVetx(&Config{VetxOutput: file}, v); code != 0 {
			t.Fatalf("writeVetx %s: exit %d", name, code)
		}
		return file
	}
	bFile := write("b.vetx", vetx{Relevant: true, Pkgs: entries})
	d, relevant, err := readVetx(&Config{PackageVetx: map[string]string{"b": bFile}})
	if err != nil || !relevant {
		t.Fatalf("readVetx: %v, relevant %v", err, relevant)
	}
	b := check("b", "package b\n\nimport \"a\"\n\nvar H = a.F\n", map[string]*types.Package{"a": a})
	sb := newFactStore(b, d)
	var got testFact
	if !sb.importObject(a.Scope().Lookup("F"), &got) || got.Status != 401 {
		t.Errorf("b imports a.F's fact: %v, %+v", got, got)
	}
	if !sb.importPackage(a, &got) || got.Status != 200 {
		t.Errorf("b imports a's package fact: %+v", got)
	}
	all := sb.allObjects(map[reflect.Type]bool{reflect.TypeOf(new(testFact)): true})
	if len(all) != 1 || all[0].Object != a.Scope().Lookup("F") {
		t.Errorf("AllObjectFacts: %v, want a.F's", all)
	}
	own, _ := sb.encode()
	cFile := write("c.vetx", vetx{Pkgs: append(d.pkgs, own...)})
	d2, relevant, err := readVetx(&Config{PackageVetx: map[string]string{"b": cFile}})
	if err != nil || relevant {
		t.Fatalf("readVetx c: %v, relevant %v", err, relevant)
	}
	if sc := newFactStore(b, d2); !sc.importObject(a.Scope().Lookup("F"), &got) || got.Status != 401 {
		t.Errorf("c reads a.F's fact through b's facts file: %+v", got)
	}
}

// TestSkip: asked for facts only about a package of a dependency module
// that imports nothing relevant, Run does not even parse it; a package of
// the main module, one importing a relevant package, or one whose source
// Options.Learns keeps, is analyzed.
func TestSkip(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "broken.go")
	if err := os.WriteFile(src, []byte("package broken\n\nfunc {\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	relevantFile := filepath.Join(dir, "relevant.vetx")
	if code := writeVetx(&Config{VetxOutput: relevantFile}, vetx{Relevant: true}); code != 0 {
		t.Fatal("writeVetx")
	}
	// Learns keeps a package whose source says "errs" (an error package).
	opts := Options{Relevant: func(string) bool { return false }, Learns: func(files [][]byte) bool {
		return len(files) == 1 && bytes.Contains(files[0], []byte("errs"))
	}}
	errs := filepath.Join(dir, "errs.go")
	if err := os.WriteFile(errs, []byte("package errs\n\nfunc {\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		cfg      Config
		wantCode int
	}{
		{"dependency module", Config{ImportPath: "example.com/dep", ModulePath: "example.com/dep", ModuleVersion: "v1.2.3"}, 0},
		{"dependency module Learns keeps", Config{ImportPath: "example.com/errs", ModulePath: "example.com/errs", ModuleVersion: "v1.2.3", GoFiles: []string{errs}}, 1},
		{"main module", Config{ImportPath: "example.com/app/x", ModulePath: "example.com/app"}, 1},
		{"dependency importing net/http", Config{ImportPath: "example.com/dep", ModulePath: "example.com/dep", ModuleVersion: "v1.2.3", PackageVetx: map[string]string{"net/http": relevantFile}}, 1},
	} {
		cfg := tc.cfg
		if cfg.GoFiles == nil {
			cfg.GoFiles = []string{src}
		}
		cfg.VetxOnly = true
		cfg.VetxOutput = filepath.Join(dir, "out.vetx")
		os.Remove(cfg.VetxOutput)
		stderr := os.Stderr
		os.Stderr, _ = os.Open(os.DevNull)
		code := Run(&cfg, nil, opts)
		os.Stderr = stderr
		if code != tc.wantCode {
			t.Errorf("%s: exit %d, want %d", tc.name, code, tc.wantCode)
		}
		if tc.wantCode == 0 {
			data, err := os.ReadFile(cfg.VetxOutput)
			var v vetx
			if err != nil || gob.NewDecoder(bytes.NewReader(data)).Decode(&v) != nil || v.Relevant || len(v.Pkgs) != 0 {
				t.Errorf("%s: facts file %v, %+v; want an empty one", tc.name, err, v)
			}
		}
	}
}
