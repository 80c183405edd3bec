package knowledge

const httprouterPkg = "github.com/julienschmidt/httprouter"

// httprouter: handlers are net/http handlers with the path parameters as
// a third argument (the net/http table serves them); router.GET, POST...
// register one method each, router.Handle(m, path, h) the one it names.
// The router answers a method no route of the path serves with 405 and
// Allow itself, and sets Allow before it runs its MethodNotAllowed (and
// GlobalOPTIONS) handler.
var httprouter = &Framework{
	Name: "httprouter",
	Routes: func() map[string]Route {
		recv := "(*" + httprouterPkg + ".Router)."
		m := methodRoutes([]string{recv}, upperMethods, Route{Handler: 1, Answers405: true})
		for _, name := range []string{"Handle", "Handler", "HandlerFunc"} {
			m[recv+name] = Route{MethodArg: 0, PatternArg: NoArg, Handler: 2, Answers405: true}
		}
		return m
	}(),
	// The path parameters are what the client sent.
	RequestValues: []string{httprouterPkg + ".Params"},
	PresetFields: map[string][]string{
		httprouterPkg + ".Router.MethodNotAllowed": {"Allow"},
		httprouterPkg + ".Router.GlobalOPTIONS":    {"Allow"},
	},
}
