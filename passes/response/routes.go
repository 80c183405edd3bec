package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Methods returns the HTTP methods the function is known to serve: from
// its registrations in this package (mux.HandleFunc("POST /items", h), chi's
// r.Post("/items", h), gorilla's r.HandleFunc("/items", h).Methods("POST")),
// or from a method check that returns early (if r.Method != http.MethodPost
// { ...; return }). Nil when unknown.
func (f *Func) Methods() []string { return f.methods }

// routerPkgs register handlers with one method per call, named after it.
var routerPkgs = map[string]bool{
	"github.com/gin-gonic/gin":    true,
	"github.com/labstack/echo/v4": true,
	"github.com/gofiber/fiber/v2": true,
	"github.com/gofiber/fiber/v3": true,
}

var chiMethods = map[string]string{"Get": "GET", "Head": "HEAD", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE", "Options": "OPTIONS"}

// routes maps handler functions to the methods they are registered for.
func (ps *pkgState) routes() map[ast.Node][]string {
	if ps.methods != nil {
		return ps.methods
	}
	ps.methods = make(map[ast.Node][]string)
	ps.presets = make(map[ast.Node][]string)
	info := ps.pass.TypesInfo
	add := func(h ast.Expr, methods ...string) {
		n := ps.handlerNode(h)
		if n == nil {
			return
		}
		for _, m := range methods {
			if !contains(ps.methods[n], m) {
				ps.methods[n] = append(ps.methods[n], m)
			}
		}
		sort.Strings(ps.methods[n])
	}
	for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		func() {
			call := c.Node().(*ast.CallExpr)
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return
			}
			path := fn.Pkg().Path()
			switch {
			case path == "net/http" && (fn.Name() == "HandleFunc" || fn.Name() == "Handle") && len(call.Args) == 2:
				if p := constString(info, call.Args[0]); p != "" {
					if m, _, ok := strings.Cut(p, " "); ok && m == strings.ToUpper(m) {
						add(call.Args[1], m)
					}
				}
			case (path == "github.com/go-chi/chi/v5" || path == "github.com/go-chi/chi") && len(call.Args) == 2:
				if m, ok := chiMethods[fn.Name()]; ok {
					add(call.Args[1], m)
				}
			case (path == "github.com/gin-gonic/gin" || path == "github.com/gin-gonic/gin/ginS") && fn.Name() == "NoMethod":
				// gin sets Allow before it runs NoMethod handlers.
				for _, h := range call.Args {
					if n := ps.handlerNode(h); n != nil {
						ps.presets[n] = append(ps.presets[n], "Allow")
					}
				}
			case path == "github.com/gin-gonic/gin" && fn.Name() == "Handle" && len(call.Args) >= 3:
				// r.Handle(http.MethodPut, "/items/:id", h...)
				if m := constString(info, call.Args[0]); m != "" {
					for _, h := range call.Args[2:] {
						add(h, strings.ToUpper(m))
					}
				}
			case routerPkgs[path] && len(call.Args) >= 2:
				// gin r.POST(path, h...), echo e.POST(path, h, mw...), fiber app.Post(path, h...)
				m, ok := chiMethods[fn.Name()]
				if !ok {
					m, ok = chiMethods[strings.ToUpper(fn.Name()[:1])+strings.ToLower(fn.Name()[1:])]
				}
				if !ok {
					return
				}
				handlers := call.Args[1:]
				if path == "github.com/labstack/echo/v4" {
					handlers = handlers[:1] // the rest is middleware
				}
				for _, h := range handlers {
					add(h, m)
				}
			case path == "github.com/gorilla/mux" && fn.Name() == "Methods":
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !ok {
					return
				}
				reg, ok := ast.Unparen(sel.X).(*ast.CallExpr)
				if !ok || len(reg.Args) != 2 {
					return
				}
				if rf, _ := typeutil.Callee(info, reg).(*types.Func); rf == nil || (rf.Name() != "HandleFunc" && rf.Name() != "Handle") {
					return
				}
				var ms []string
				for _, a := range call.Args {
					if s := constString(info, a); s != "" {
						ms = append(ms, strings.ToUpper(s))
					}
				}
				add(reg.Args[1], ms...)
			}
		}()
	}
	return ps.methods
}

// handlerNode returns the declaration or literal a handler expression
// denotes: a literal, a function or method value, http.HandlerFunc(x).
func (ps *pkgState) handlerNode(h ast.Expr) ast.Node {
	info := ps.pass.TypesInfo
	switch e := ast.Unparen(h).(type) {
	case *ast.FuncLit:
		return e
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return ps.handlerNode(e.Args[0])
		}
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		if fn, ok := info.Uses[id].(*types.Func); ok {
			if d := ps.decls[fn]; d != nil {
				return d
			}
		}
	}
	return nil
}

// methodGuard finds `if r.Method != X { ...; return }` among the first
// statements of the body, and returns X.
func (f *funcInfo) methodGuard() []string {
	info := f.pkg.pass.TypesInfo
	for _, s := range f.body.List {
		ifs, ok := s.(*ast.IfStmt)
		if !ok {
			continue
		}
		b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || b.Op != token.NEQ || ifs.Else != nil || !terminates(ifs.Body) {
			continue
		}
		for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			x := ast.Unparen(pair[0])
			if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 0 {
				x = ast.Unparen(call.Fun) // c.Method() in fiber
			}
			sel, ok := x.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Method" || !isRequestType(info.TypeOf(sel.X)) {
				continue
			}
			if m := constString(info, pair[1]); m != "" {
				return []string{strings.ToUpper(m)}
			}
		}
	}
	return nil
}

func constString(info *types.Info, e ast.Expr) string {
	tv := info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
