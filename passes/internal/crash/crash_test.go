package crash_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/internal/crash"
	"golang.org/x/tools/go/analysis"
)

func TestError(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "h.go", "package p\n\nfunc (s *Server) Get() {}\n\nvar v = func() {}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	method := f.Decls[0].(*ast.FuncDecl)
	lit := f.Decls[1].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]
	pass := &analysis.Pass{Analyzer: &analysis.Analyzer{Name: "response"}, Fset: fset, Pkg: types.NewPackage("example.com/p", "p")}

	// The innermost function wins: a panic already wrapped while a
	// literal was analyzed keeps naming it when an outer recovery wraps
	// it again with the method.
	inner := crash.Wrap(lit, "index out of range")
	for _, tc := range []struct {
		p    *crash.Panic
		want string
	}{
		{crash.Wrap(method, inner), "internal error: response panicked analyzing a function literal at h.go:5:9: index out of range"},
		{crash.Wrap(method, "boom"), "internal error: response panicked analyzing method (*Server).Get at h.go:3:1: boom"},
		{crash.Wrap(nil, "boom"), "internal error: response panicked analyzing package example.com/p: boom"},
	} {
		msg := crash.Error(pass, tc.p).Error()
		if !strings.HasPrefix(msg, tc.want) {
			t.Errorf("got %q\nwant prefix %q", msg, tc.want)
		}
		if !strings.Contains(msg, "crash_test.go") {
			t.Errorf("no stack in %q", msg)
		}
	}
}
