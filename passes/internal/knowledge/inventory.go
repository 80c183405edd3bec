package knowledge

import "strings"

// What the route inventory (statuslint -routes) needs beyond the route
// rows the rules use: the calls that put routes under a path prefix, and
// the registrations that serve every method. The rules ignore both: a
// prefix changes no status, and a handler that serves every method may see
// any method.

// A Prefix is a call whose routes — registered on its result, or on the
// parameter of the function literal it runs — live under a path prefix.
type Prefix struct {
	// PathArg is the argument holding the prefix, or NoArg: chi's
	// r.With(mw) and r.Group(fn), gorilla's Subrouter keep the receiver's.
	PathArg int
	// FuncArg is the function literal argument whose first parameter is
	// the router under the prefix (chi's r.Route("/x", func(r chi.Router)
	// {...}), fiber's app.Route), or NoArg when the result is.
	FuncArg int
	// RouterArg, for a function (a method's is its receiver), is the
	// argument holding the router the result is made from: huma's
	// NewGroup(api, "/v1"), an adapter's humachi.New(r, config).
	RouterArg int
	// Variadic: the path argument is variadic and the call makes a router
	// under each path given (huma.NewGroup(api, "/a", "/b")); with none it
	// keeps the router's prefix.
	Variadic bool
}

// AnyRoute is a registration for every method: the path argument and the
// handler argument.
type AnyRoute struct {
	PathArg, Handler int
	// Handlers: every argument from Handler on is a handler, the last one
	// the endpoint (gin); else the rest are middleware.
	Handlers bool
}

var prefixes = merge2(
	chiPrefixes("github.com/go-chi/chi/v5"), chiPrefixes("github.com/go-chi/chi"), humaPrefixes(),
	map[string]Prefix{
		"(*github.com/gin-gonic/gin.RouterGroup).Group": {PathArg: 0, FuncArg: NoArg},
		"(github.com/gin-gonic/gin.IRouter).Group":      {PathArg: 0, FuncArg: NoArg},
		// g.Group("/user").Use(mw).POST("", h): Use returns the group.
		"(*github.com/gin-gonic/gin.RouterGroup).Use": {PathArg: NoArg, FuncArg: NoArg},
		"(*github.com/gin-gonic/gin.Engine).Use":      {PathArg: NoArg, FuncArg: NoArg},
		"(github.com/gin-gonic/gin.IRoutes).Use":      {PathArg: NoArg, FuncArg: NoArg},

		"(*github.com/labstack/echo/v4.Echo).Group":  {PathArg: 0, FuncArg: NoArg},
		"(*github.com/labstack/echo/v4.Group).Group": {PathArg: 0, FuncArg: NoArg},
		"(*github.com/labstack/echo/v5.Echo).Group":  {PathArg: 0, FuncArg: NoArg},
		"(*github.com/labstack/echo/v5.Group).Group": {PathArg: 0, FuncArg: NoArg},

		"(*github.com/gofiber/fiber/v2.App).Group":    {PathArg: 0, FuncArg: NoArg},
		"(*github.com/gofiber/fiber/v2.Group).Group":  {PathArg: 0, FuncArg: NoArg},
		"(github.com/gofiber/fiber/v2.Router).Group":  {PathArg: 0, FuncArg: NoArg},
		"(*github.com/gofiber/fiber/v2.App).Route":    {PathArg: 0, FuncArg: 1},
		"(*github.com/gofiber/fiber/v2.Group).Route":  {PathArg: 0, FuncArg: 1},
		"(github.com/gofiber/fiber/v2.Router).Route":  {PathArg: 0, FuncArg: 1},
		"(*github.com/gofiber/fiber/v3.App).Group":    {PathArg: 0, FuncArg: NoArg},
		"(*github.com/gofiber/fiber/v3.Group).Group":  {PathArg: 0, FuncArg: NoArg},
		"(github.com/gofiber/fiber/v3.Router).Group":  {PathArg: 0, FuncArg: NoArg},
		"(*github.com/gorilla/mux.Router).PathPrefix": {PathArg: 0, FuncArg: NoArg},
		"(*github.com/gorilla/mux.Route).Subrouter":   {PathArg: NoArg, FuncArg: NoArg},

		"(*github.com/pocketbase/pocketbase/tools/router.RouterGroup[T]).Group": {PathArg: 0, FuncArg: NoArg},
	})

func chiPrefixes(pkg string) map[string]Prefix {
	m := map[string]Prefix{}
	for _, recv := range []string{"(" + pkg + ".Router).", "(*" + pkg + ".Mux)."} {
		m[recv+"Route"] = Prefix{PathArg: 0, FuncArg: 1}
		m[recv+"Group"] = Prefix{PathArg: NoArg, FuncArg: 0}
		m[recv+"With"] = Prefix{PathArg: NoArg, FuncArg: NoArg}
	}
	return m
}

// humaPrefixes: a huma API registers its operations on the router its
// adapter was given, under the adapter's prefix and its groups'.
func humaPrefixes() map[string]Prefix {
	adapters := humaPkg + "/adapters/"
	m := map[string]Prefix{
		humaPkg + ".NewGroup":               {PathArg: 1, FuncArg: NoArg, Variadic: true},
		adapters + "humago.NewWithPrefix":   {PathArg: 1, FuncArg: NoArg},
		adapters + "humaflow.NewWithPrefix": {PathArg: 1, FuncArg: NoArg},
		adapters + "humagin.NewWithGroup":   {PathArg: NoArg, FuncArg: NoArg, RouterArg: 1},
		adapters + "humaecho.NewWithGroup":  {PathArg: NoArg, FuncArg: NoArg, RouterArg: 1},
		adapters + "humafiber.NewWithGroup": {PathArg: NoArg, FuncArg: NoArg, RouterArg: 1},
	}
	for _, a := range []string{"humachi", "humago", "humaflow", "humagin", "humaecho", "humafiber", "humamux", "humahttprouter"} {
		m[adapters+a+".New"] = Prefix{PathArg: NoArg, FuncArg: NoArg}
	}
	return m
}

var anyRoutes = map[string]AnyRoute{
	"(*net/http.ServeMux).HandleFunc": {PathArg: 0, Handler: 1},
	"(*net/http.ServeMux).Handle":     {PathArg: 0, Handler: 1},
	"net/http.HandleFunc":             {PathArg: 0, Handler: 1},
	"net/http.Handle":                 {PathArg: 0, Handler: 1},

	"(*github.com/go-chi/chi/v5.Mux).HandleFunc":   {PathArg: 0, Handler: 1},
	"(*github.com/go-chi/chi/v5.Mux).Handle":       {PathArg: 0, Handler: 1},
	"(github.com/go-chi/chi/v5.Router).HandleFunc": {PathArg: 0, Handler: 1},
	"(github.com/go-chi/chi/v5.Router).Handle":     {PathArg: 0, Handler: 1},

	"(*github.com/gorilla/mux.Router).HandleFunc": {PathArg: 0, Handler: 1},
	"(*github.com/gorilla/mux.Router).Handle":     {PathArg: 0, Handler: 1},

	"(*github.com/gin-gonic/gin.RouterGroup).Any": {PathArg: 0, Handler: 1, Handlers: true},
	"(github.com/gin-gonic/gin.IRoutes).Any":      {PathArg: 0, Handler: 1, Handlers: true},

	"(*github.com/labstack/echo/v4.Echo).Any":  {PathArg: 0, Handler: 1},
	"(*github.com/labstack/echo/v4.Group).Any": {PathArg: 0, Handler: 1},

	"(*github.com/gofiber/fiber/v2.App).All":   {PathArg: 0, Handler: 1, Handlers: true},
	"(*github.com/gofiber/fiber/v2.Group).All": {PathArg: 0, Handler: 1, Handlers: true},
	"(github.com/gofiber/fiber/v2.Router).All": {PathArg: 0, Handler: 1, Handlers: true},
}

// LookupPrefix returns the prefix a call gives the routes under it, by the
// callee's FullName (of the generic origin).
func LookupPrefix(fullName string) (Prefix, bool) {
	p, ok := prefixes[fullName]
	return p, ok
}

// LookupAnyRoute returns the registration for every method a call makes,
// by the callee's FullName. Registrations that name their method too (a
// net/http pattern "GET /x", a gorilla route given .Methods) are the
// route rows' (LookupRoute).
// fullName is asked for only when pkgPath has such registrations.
func LookupAnyRoute(pkgPath string, fullName func() string) (AnyRoute, bool) {
	if !routePkgs[pkgPath] {
		return AnyRoute{}, false
	}
	r, ok := anyRoutes[fullName()]
	return r, ok
}

// routePkgs are the packages of anyRoutes' functions.
var routePkgs = func() map[string]bool {
	m := map[string]bool{}
	for k := range anyRoutes {
		pkg, _ := splitFullName(k)
		m[pkg] = true
	}
	return m
}()

// InventoryRows returns the FullNames of the prefix and every-method rows,
// for the test that checks them against the real modules.
func InventoryRows() []string {
	var out []string
	for k := range prefixes {
		out = append(out, k)
	}
	for k := range anyRoutes {
		out = append(out, k)
	}
	return out
}

func merge2(tables ...map[string]Prefix) map[string]Prefix {
	m := map[string]Prefix{}
	for _, t := range tables {
		for k, v := range t {
			m[k] = v
		}
	}
	return m
}

// RootedAtSlash reports whether the routers of package pkg put a path that
// does not begin with "/" under the root: gin joins it onto "/" (g.GET("version")
// serves /version), echo and fiber prepend the slash. net/http reads such a
// pattern as a host, chi and httprouter panic on it, gorilla matches nothing.
func RootedAtSlash(pkg string) bool {
	for _, p := range []string{"github.com/gin-gonic/gin", "github.com/labstack/echo/v4", "github.com/labstack/echo/v5", "github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3"} {
		if pkg == p || strings.HasPrefix(pkg, p+"/") {
			return true
		}
	}
	return false
}
