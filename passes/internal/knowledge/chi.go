package knowledge

// chi: handlers are net/http handlers (the net/http table serves them);
// r.Get, r.Post... register one method each, r.Method(m, path, h) the one
// it names. chi answers a method no route of the path serves with 405 and
// Allow itself.
var chi = &Framework{
	Name:   "chi",
	Routes: merge(chiRoutes("github.com/go-chi/chi/v5"), chiRoutes("github.com/go-chi/chi")),
}

func chiRoutes(pkg string) map[string]Route {
	recvs := []string{"(" + pkg + ".Router).", "(*" + pkg + ".Mux)."}
	byArg := Route{MethodArg: 0, PatternArg: NoArg, Handler: 2, Answers405: true}
	m := methodRoutes(recvs, titleMethods, Route{Handler: 1, Answers405: true})
	for _, recv := range recvs {
		m[recv+"Method"] = byArg
		m[recv+"MethodFunc"] = byArg
	}
	return m
}
