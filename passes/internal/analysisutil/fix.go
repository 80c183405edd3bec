package analysisutil

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// File returns the syntax tree of the file holding pos.
func File(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// PkgName returns the name under which file imports path, and whether that
// name resolves to the import at pos (no local variable shadows it). If the
// file does not import path, it returns the package's default name and the
// edit that adds the import; ok is false when the name is taken at pos.
// Fixes use it instead of hard-coding "http.", which breaks under aliases and
// in files that do not import net/http.
func PkgName(pass *analysis.Pass, file *ast.File, pos token.Pos, path, def string) (name string, edits []analysis.TextEdit, ok bool) {
	for _, imp := range file.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil || p != path {
			continue
		}
		name = def
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name == "_" || name == "." {
			continue
		}
		return name, nil, resolvesTo(pass, pos, name, path)
	}
	name = def
	if scope := pass.Pkg.Scope().Innermost(pos); scope != nil {
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			return name, nil, false
		}
	}
	if fobj := pass.TypesInfo.Scopes[file]; fobj != nil && fobj.Lookup(name) != nil {
		return name, nil, false
	}
	return name, []analysis.TextEdit{addImport(file, path)}, true
}

func resolvesTo(pass *analysis.Pass, pos token.Pos, name, path string) bool {
	scope := pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(name, pos)
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == path
}

// addImport returns the edit that adds an import of path to file.
func addImport(file *ast.File, path string) analysis.TextEdit {
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + strconv.Quote(path))}
		}
		return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + strconv.Quote(path))}
	}
	end := file.Name.End()
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\nimport " + strconv.Quote(path))}
}

// Indent returns the indentation of the line holding pos, as gofmt writes
// it (tabs), for edits that insert whole lines.
func Indent(pass *analysis.Pass, pos token.Pos) string {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return ""
	}
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return ""
	}
	off := tf.Offset(tf.LineStart(tf.Line(pos)))
	end := off
	for end < len(content) && (content[end] == '\t' || content[end] == ' ') {
		end++
	}
	return string(content[off:end])
}
