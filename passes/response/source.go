package response

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// What a driver may leave unparsed. The vet engine does not parse a
// dependency module's package that cannot see net/http: nothing in it is a
// handler or a writer. An error package is the exception (see
// declaresStatusError): its constructors' statuses are what handlers write.

// errorMethod is the Error method of an error type declared in the file.
var errorMethod = []byte(") Error() string")

// MayDeclareStatusErrors reports whether Go source files may declare an
// error type that carries a status, whose constructors the model exports
// facts for even where net/http is not in sight: a cheap superset, for a
// driver deciding whether to analyze a package it would otherwise skip.
// Only the files that declare an Error method, and those that name its
// type, are parsed (not type-checked): the type must have a member named
// for a status — a field (Code, HTTPStatus) or a method without arguments
// (StatusCode()) — as typeKeys reads them. A package with error types of
// other kinds (a C library's translation, with an Error method on its
// errno and a thousand fields named code) is left unparsed. An error type
// whose Error method is promoted from an embedded field is not seen.
func MayDeclareStatusErrors(files [][]byte) bool {
	fset := token.NewFileSet()
	parse := func(src []byte) *ast.File {
		f, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		return f
	}
	// The types with an Error() string method.
	types := map[string]bool{}
	for _, src := range files {
		if !bytes.Contains(src, errorMethod) {
			continue
		}
		f := parse(src)
		if f == nil {
			return true // cannot tell: keep it
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Name.Name != "Error" || fd.Type.Params.NumFields() != 0 {
				continue
			}
			if name := recvName(fd); name != "" {
				types[name] = true
			}
		}
	}
	if len(types) == 0 {
		return false
	}
	// A member named for a status, in any file that names one of them.
	for _, src := range files {
		mentions := false
		for name := range types {
			mentions = mentions || bytes.Contains(src, []byte(name))
		}
		if !mentions {
			continue
		}
		f := parse(src)
		if f == nil {
			return true
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if types[recvName(d)] && d.Type.Params.NumFields() == 0 && statusNamed(d.Name.Name) {
					return true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok || !types[ts.Name.Name] {
						continue
					}
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						continue
					}
					for _, field := range st.Fields.List {
						for _, n := range field.Names {
							if statusNamed(n.Name) {
								return true
							}
						}
					}
				}
			}
		}
	}
	return false
}

// recvName is the name of a method's receiver type, "" for a function.
func recvName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) != 1 {
		return ""
	}
	t := fd.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t := t.(type) {
	case *ast.IndexExpr:
		return identName(t.X)
	case *ast.IndexListExpr:
		return identName(t.X)
	}
	return identName(t)
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// statusNamed reports whether a member's name is one for a status.
func statusNamed(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "status") || strings.Contains(n, "code")
}
