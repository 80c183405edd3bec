package knowledge_test

import (
	"go/types"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/packages"
)

// TestAdaptersAgainstRealModules loads every package the adapters name
// from the module versions testdata/realmod pins, and fails on any row
// naming a function, method, type, field or variable those packages do not
// have, or naming a method by a FullName the type checker never gives it
// (a method promoted from an embedded type is named after that type): such
// a row never matches, and no fixture written against a stub notices.
func TestAdaptersAgainstRealModules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real framework modules")
	}
	rows := map[string][]string{} // package path → rows naming it
	var names []string
	note := func(fw *knowledge.Framework, kind, name string) {
		names = append(names, fw.Name+"\x00"+kind+"\x00"+name)
	}
	for _, fw := range knowledge.Frameworks() {
		for _, c := range fw.Contexts {
			note(fw, "type", c)
		}
		for _, k := range fw.RequestValues {
			note(fw, "type", k)
		}
		for k := range fw.Fields {
			note(fw, "field", k)
		}
		for k := range fw.PresetFields {
			note(fw, "field", k)
		}
		for k := range fw.Calls {
			note(fw, "func", k)
		}
		for k := range fw.Returns {
			note(fw, "func", k)
		}
		for k, field := range fw.ReturnTypes {
			note(fw, "type", k)
			note(fw, "field", k+"."+field)
		}
		for k := range fw.ReturnVars {
			note(fw, "var", k)
		}
		for k := range fw.Producers {
			note(fw, "func", k)
		}
		for _, k := range fw.ServerValues {
			note(fw, "func", k)
		}
		for k := range fw.BufferingWrappers {
			note(fw, "func", k)
		}
		for _, k := range fw.ReturnWrappers {
			note(fw, "func", k)
		}
		for k := range fw.PresetFields {
			note(fw, "field", k)
		}
		for _, k := range fw.ErrorRecorders {
			note(fw, "func", k)
		}
		if fw.RecordedErrors != "" {
			note(fw, "field", fw.RecordedErrors)
		}
		for _, k := range fw.FailsWhole {
			note(fw, "func", k)
		}
		if r := fw.Results; r != nil {
			for k := range r.Routes {
				note(fw, "func", k)
			}
			for k := range r.WithHeaders {
				note(fw, "func", k)
			}
			for _, k := range r.Replaceable {
				note(fw, "var", k)
			}
			note(fw, "type", r.Context)
			note(fw, "field", r.Operation+"."+r.DefaultStatus)
			note(fw, "field", r.Operation+"."+r.Method)
			note(fw, "field", r.Operation+"."+r.Path)
			note(fw, "field", r.Operation+"."+r.Errors)
			note(fw, "field", r.Operation+"."+r.Responses)
		}
		for k, r := range fw.Routes {
			note(fw, "func", k)
			for _, c := range r.Chained {
				note(fw, "func", c)
			}
		}
	}
	for _, k := range knowledge.InventoryRows() {
		names = append(names, "inventory\x00func\x00"+k)
	}
	sort.Strings(names)
	for _, n := range names {
		parts := strings.Split(n, "\x00")
		pkg := pkgOf(parts[1], parts[2])
		rows[pkg] = append(rows[pkg], n)
	}
	var patterns []string
	for p := range rows {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)

	dir, _ := filepath.Abs(filepath.Join("..", "..", "..", "testdata", "realmod"))
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  dir,
		// pocketbase's default SQLite driver is a large cgo-free build
		// that nothing here needs.
		BuildFlags: []string{"-tags=no_default_driver"},
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
		byPath[p.PkgPath] = p.Types
	}
	for _, pkgPath := range patterns {
		tp := byPath[pkgPath]
		for _, n := range rows[pkgPath] {
			parts := strings.Split(n, "\x00")
			fw, kind, name := parts[0], parts[1], parts[2]
			if tp == nil || !tp.Complete() {
				t.Errorf("%s: %s %s: package %s is not in testdata/realmod; pin its module there", fw, kind, name, pkgPath)
				continue
			}
			if msg := check(tp, kind, name); msg != "" {
				t.Errorf("%s: %s %s: %s", fw, kind, name, msg)
			}
		}
	}
}

// pkgOf returns the package path a row names.
func pkgOf(kind, name string) string {
	if kind == "func" && strings.HasPrefix(name, "(") {
		recv := strings.TrimPrefix(name[1:strings.Index(name, ")")], "*")
		if i := strings.IndexByte(recv, '['); i >= 0 {
			recv = recv[:i]
		}
		return recv[:strings.LastIndexByte(recv, '.')]
	}
	s := name
	if kind == "field" {
		s = s[:strings.LastIndexByte(s, '.')]
	}
	return s[:strings.LastIndexByte(s, '.')]
}

// check returns what is wrong with a row, or "".
func check(pkg *types.Package, kind, name string) string {
	switch kind {
	case "type":
		if _, ok := pkg.Scope().Lookup(name[strings.LastIndexByte(name, '.')+1:]).(*types.TypeName); !ok {
			return "no such type"
		}
	case "var":
		if _, ok := pkg.Scope().Lookup(name[strings.LastIndexByte(name, '.')+1:]).(*types.Var); !ok {
			return "no such variable"
		}
	case "field":
		typeName := name[:strings.LastIndexByte(name, '.')]
		field := name[strings.LastIndexByte(name, '.')+1:]
		tn, ok := pkg.Scope().Lookup(typeName[strings.LastIndexByte(typeName, '.')+1:]).(*types.TypeName)
		if !ok {
			return "no such type"
		}
		if v, ok := lookup(tn.Type(), pkg, field).(*types.Var); !ok || !v.IsField() {
			return "no such field"
		}
	case "func":
		if !strings.HasPrefix(name, "(") {
			switch obj := pkg.Scope().Lookup(name[strings.LastIndexByte(name, '.')+1:]).(type) {
			case *types.Func:
			case *types.Var: // a variable holding a function: render.Respond
				if _, ok := obj.Type().Underlying().(*types.Signature); !ok {
					return "a variable, not a function"
				}
			default:
				return "no such function"
			}
			return ""
		}
		recv := name[1:strings.Index(name, ")")]
		method := name[strings.Index(name, ")")+2:]
		ptr := strings.HasPrefix(recv, "*")
		recv = strings.TrimPrefix(recv, "*")
		if i := strings.IndexByte(recv, '['); i >= 0 {
			recv = recv[:i]
		}
		tn, ok := pkg.Scope().Lookup(recv[strings.LastIndexByte(recv, '.')+1:]).(*types.TypeName)
		if !ok {
			return "no such type"
		}
		var t types.Type = tn.Type()
		if ptr {
			t = types.NewPointer(t)
		}
		fn, ok := lookup(t, pkg, method).(*types.Func)
		if !ok {
			return "no such method"
		}
		if got := fn.Origin().FullName(); got != name {
			return "the type checker names it " + got
		}
	}
	return ""
}

func lookup(t types.Type, pkg *types.Package, name string) types.Object {
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
	return obj
}
