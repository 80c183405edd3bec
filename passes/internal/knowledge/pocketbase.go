package knowledge

const (
	pbCore   = "github.com/pocketbase/pocketbase/core"
	pbRouter = "github.com/pocketbase/pocketbase/tools/router"
	pbApis   = "github.com/pocketbase/pocketbase/apis"
	pbEvent  = "(*" + pbRouter + ".Event)."
)

// pocketbase: handlers take a *core.RequestEvent (embedding router.Event)
// and return an error. e.JSON, e.String... write status and body at once;
// e.Response is the http.ResponseWriter underneath. A returned
// e.BadRequestError(msg, data), router.NewApiError(code, ...) or
// &router.ApiError{Status: code} is written by the router's ErrorHandler
// with its status, unless the handler wrote first. Routes registered with
// se.Router.GET(path, h) are net/http ServeMux patterns: GET serves HEAD,
// and other methods get 405 with Allow from the mux.
var pocketbase = &Framework{
	Name:     "pocketbase",
	Contexts: []string{pbCore + ".RequestEvent", pbRouter + ".Event"},
	Fields: map[string]Role{
		pbCore + ".RequestEvent.Response": RoleWriter,
		pbRouter + ".Event.Response":      RoleWriter,
	},
	Idioms: Idioms{SetHeader: "%s.Response.Header().Set(%q, %s)", WriteStatus: "%s.NoContent(%s)", Redirect: "%s.Redirect", StatusPkg: "http"},
	Calls: map[string]Call{
		// Content-Type is set unless the handler set one.
		pbEvent + "String":    method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1)),
		pbEvent + "HTML":      method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1)),
		pbEvent + "JSON":      method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1)),
		pbEvent + "XML":       method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1)),
		pbEvent + "Blob":      method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		pbEvent + "Stream":    method(RoleWriter, setHeader("Content-Type"), statusArg(0), body(ShapeData)),
		pbEvent + "NoContent": method(RoleWriter, statusArg(0)),
		// Redirect refuses a code outside 3xx, writing nothing.
		pbEvent + "Redirect":  method(RoleWriter, setHeader("Location"), statusArg(0)),
		pbEvent + "SetCookie": method(RoleWriter, setHeader("Set-Cookie")),
		pbEvent + "Flush":     method(RoleWriter, flush()),
		// Files choose their own status (404, 304, 206).
		pbEvent + "FileFS": method(RoleWriter, opaque()),
		// A middleware's e.Next() runs the rest of the chain.
		"(*github.com/pocketbase/pocketbase/tools/hook.Event).Next": method(RoleWriter, handOff()),
	},
	Returns: func() map[string]Call {
		m := map[string]Call{}
		for _, pkg := range []string{pbRouter + ".", pbApis + "."} {
			m[pkg+"NewApiError"] = Call{Arg: NoArg, Effects: []Effect{statusArg(0), returnedBody()}}
			for name, code := range pbErrors {
				m[pkg+"New"+name] = Call{Arg: NoArg, Effects: []Effect{status(code), returnedBody()}}
			}
		}
		m[pbEvent+"Error"] = Call{Arg: NoArg, Effects: []Effect{statusArg(0), returnedBody()}}
		for name, code := range pbErrors {
			m[pbEvent+name] = Call{Arg: NoArg, Effects: []Effect{status(code), returnedBody()}}
		}
		return m
	}(),
	ReturnTypes: map[string]string{pbRouter + ".ApiError": "Status"},
	ReturnVars: map[string]int{
		pbRouter + ".ErrFileNotFound":              404,
		pbRouter + ".ErrInvalidRedirectStatusCode": 500,
		pbApis + ".ErrRequestEntityTooLarge":       413,
	},
	Producers: map[string]Producer{
		pbEvent + "BindBody":          {OriginMalformed, AnyInput, "binding the request body"},
		pbEvent + "FindUploadedFiles": {OriginMalformed, AnyInput, "reading the uploaded files"},
	},
	// Values a middleware stored with e.Set.
	ServerValues: methods(pbEvent, "Get", "GetAll"),
	Routes: func() map[string]Route {
		recv := "(*" + pbRouter + ".RouterGroup[T])."
		names := withMethods(upperMethods, map[string][]string{"GET": {"GET", "HEAD"}, "SEARCH": {"SEARCH"}})
		m := methodRoutes([]string{recv}, names, Route{Handler: 1, Answers405: true})
		m[recv+"Route"] = Route{MethodArg: 0, PatternArg: NoArg, GetServesHead: true, Handler: 2, Answers405: true}
		return m
	}(),
}

// pbErrors are pocketbase's error helpers, each with its fixed status:
// e.NotFoundError(msg, data), router.NewNotFoundError(msg, data).
var pbErrors = map[string]int{
	"BadRequestError": 400, "UnauthorizedError": 401, "ForbiddenError": 403, "NotFoundError": 404,
	"TooManyRequestsError": 429, "InternalServerError": 500,
}
