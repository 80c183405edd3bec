package knowledge

const (
	echoV5Pkg = "github.com/labstack/echo/v5"
	echoV5Ctx = "(*" + echoV5Pkg + ".Context)."
)

// echo v5: handlers take a *echo.Context (a struct now) and return an
// error. c.Response() is a plain http.ResponseWriter. Rendering methods
// write status and body at once (c.JSON holds the status until the first
// byte); a returned echo.NewHTTPError(code, msg), &echo.HTTPError{Code: c}
// or echo.ErrUnauthorized is written by the error handler with its code.
// Unlike v4, a 1xx does not commit the response.
var echoV5 = &Framework{
	Name:     "echo v5",
	Contexts: []string{echoV5Pkg + ".Context"},
	Idioms:   Idioms{SetHeader: "%s.Response().Header().Set(%q, %s)", WriteStatus: "%s.NoContent(%s)", Redirect: "%s.Redirect", StatusPkg: "http"},
	Calls:    echoV5Calls(),
	Returns: map[string]Call{
		echoV5Pkg + ".NewHTTPError": {Arg: NoArg, Effects: []Effect{statusArg(0), returnedBody()}},
	},
	// The default HTTPErrorHandler answers any other error with 500.
	UnknownErrorStatus: 500,
	ErrorHandlerFields: []string{echoV5Pkg + ".Echo.HTTPErrorHandler"},
	// The key-auth middleware runs its ErrorHandler with no header set.
	PresetFields: map[string][]string{echoV5Pkg + "/middleware.KeyAuthConfig.ErrorHandler": {}},
	ReturnTypes:  map[string]string{echoV5Pkg + ".HTTPError": "Code"},
	ReturnVars: errorVars(echoV5Pkg, []string{"BadRequest", "Unauthorized", "Forbidden", "NotFound", "MethodNotAllowed",
		"RequestTimeout", "UnsupportedMediaType", "TooManyRequests", "InternalServerError", "BadGateway", "ServiceUnavailable"},
		"ErrStatusRequestEntityTooLarge 413"),
	// echo.ErrUnauthorized.Wrap(err), echo.NewHTTPError(...).Wrap(err)
	// keep the status.
	ReturnWrappers: []string{"(" + echoV5Pkg + ".HTTPError).Wrap", "(" + echoV5Pkg + ".httpError).Wrap"},
	// Values a middleware stored with c.Set.
	ServerValues: append(methods(echoV5Ctx, "Get", "Echo", "Logger"), echoV5Pkg+".ContextGet", echoV5Pkg+".ContextGetOr"),
	Producers:    echoV5Producers(),
	// c.JSON holds its status until the encoder's first write; String,
	// Blob and HTML write once.
	FailsWhole: methods(echoV5Ctx, "JSON", "JSONPretty", "JSONBlob", "String", "Blob", "HTML", "HTMLBlob"),
	Routes:     echoRoutes(echoV5Pkg, map[string][]string{"QUERY": {"QUERY"}}),
}

func echoV5Calls() map[string]Call {
	m := map[string]Call{
		// The writer underneath: net/http's table takes it from there.
		echoV5Ctx + "Response":  {Recv: RoleWriter, Arg: NoArg, Result: RoleWriter},
		echoV5Ctx + "NoContent": method(RoleWriter, statusArg(0)),
		echoV5Ctx + "SetCookie": method(RoleWriter, setHeader("Set-Cookie")),
		// Redirect refuses a code outside 3xx, writing nothing.
		echoV5Ctx + "Redirect":  method(RoleWriter, setHeader("Location"), statusArg(0)),
		echoV5Ctx + "Render":    method(RoleWriter, statusArg(0), body(ShapeData)),
		echoV5Ctx + "JSONP":     method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		echoV5Ctx + "JSONPBlob": method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		echoV5Ctx + "Blob":      method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		echoV5Ctx + "Stream":    method(RoleWriter, setHeader("Content-Type"), statusArg(0), body(ShapeData)),
		// Files choose their own status (404 when missing, 304, 206).
		echoV5Ctx + "File":       method(RoleWriter, opaque()),
		echoV5Ctx + "FileFS":     method(RoleWriter, opaque()),
		echoV5Ctx + "Attachment": method(RoleWriter, opaque()),
		echoV5Ctx + "Inline":     method(RoleWriter, opaque()),
	}
	for _, name := range []string{"JSON", "JSONPretty", "JSONBlob", "XML", "XMLPretty", "XMLBlob", "String", "HTML", "HTMLBlob"} {
		m[echoV5Ctx+name] = method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1))
	}
	return m
}

func echoV5Producers() map[string]Producer {
	bind := Producer{OriginMalformed, AnyInput, "binding the request"}
	m := map[string]Producer{
		echoV5Ctx + "Bind":                           bind,
		"(*" + echoV5Pkg + ".DefaultBinder).Bind":    bind,
		"(" + echoV5Pkg + ".Binder).Bind":            bind,
		"(*" + echoV5Pkg + ".ValueBinder).BindError": bind,
		echoV5Ctx + "FormValues":                     {OriginMalformed, AnyInput, "parsing the request form"},
		echoV5Ctx + "FormFile":                       {OriginMalformed, AnyInput, "parsing the request form"},
		echoV5Ctx + "MultipartForm":                  {OriginMalformed, AnyInput, "parsing the request form"},
	}
	for _, name := range []string{"BindBody", "BindPathValues", "BindQueryParams", "BindHeaders"} {
		m[echoV5Pkg+"."+name] = bind
	}
	// echo.QueryParam[int](c, "page") and friends parse what the client sent.
	for _, name := range []string{"PathParam", "PathParamOr", "QueryParam", "QueryParamOr", "QueryParams", "QueryParamsOr", "FormValue", "FormValueOr", "FormValues", "FormValuesOr"} {
		m[echoV5Pkg+"."+name] = Producer{OriginMalformed, AnyInput, "parsing request input"}
	}
	return m
}
