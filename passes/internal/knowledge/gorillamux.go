package knowledge

const gorillaPkg = "github.com/gorilla/mux"

// gorilla/mux: handlers are net/http handlers (the net/http table serves
// them); r.HandleFunc("/x", h).Methods("POST", "PUT") routes the methods
// named to h. A path matched for other methods only is answered with 405
// by the router.
var gorillaMux = &Framework{
	Name: "gorilla/mux",
	Routes: map[string]Route{
		"(*" + gorillaPkg + ".Route).Methods": {MethodArg: NoArg, PatternArg: NoArg, Handler: 1, Answers405: true,
			Chained: []string{"(*" + gorillaPkg + ".Router).HandleFunc", "(*" + gorillaPkg + ".Router).Handle"}},
	},
}
