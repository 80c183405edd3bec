package knowledge

const (
	echoPkg = "github.com/labstack/echo/v4"
	echoCtx = "(" + echoPkg + ".Context)."
	echoRes = "(*" + echoPkg + ".Response)."
)

// echo: handlers take an echo.Context (an interface) and return an error.
// Rendering methods write status and body at once; a returned
// echo.NewHTTPError(code, ...) or echo.ErrUnauthorized is written by the
// error handler with its code.
var echo = &Framework{
	Name:     "echo",
	Contexts: []string{echoPkg + ".Context"},
	Fields:   map[string]Role{echoPkg + ".Response.Writer": RoleWriter},
	Idioms:   Idioms{SetHeader: "%s.Response().Header().Set(%q, %s)", WriteStatus: "%s.NoContent(%s)", Redirect: "%s.Redirect", StatusPkg: "http"},
	Calls:    echoCalls(),
	Returns: map[string]Call{
		echoPkg + ".NewHTTPError": {Arg: NoArg, Effects: []Effect{statusArg(0), returnedBody()}},
	},
	ReturnTypes: map[string]string{echoPkg + ".HTTPError": "Code"},
	// echo.NewHTTPError(500, "x").SetInternal(err) keeps the status.
	ReturnWrappers: methods("(*"+echoPkg+".HTTPError).", "SetInternal", "WithInternal"),
	// The renderers marshal first; the status they record goes out with
	// the first byte.
	FailsWhole: methods(echoCtx, "JSON", "JSONPretty", "JSONBlob", "XML", "XMLPretty", "XMLBlob", "String", "Blob", "HTML", "HTMLBlob"),
	// e.GET(path, h, middleware...), e.Add("PUT", path, h, middleware...).
	Routes: echoRoutes(echoPkg, nil),
	// Response.WriteHeader sets Committed for a 103 as for a 200.
	InformationalCommits: true,
	// The default HTTPErrorHandler answers any other error with 500.
	UnknownErrorStatus: 500,
	ErrorHandlerFields: []string{echoPkg + ".Echo.HTTPErrorHandler"},
	// The key-auth middleware runs its ErrorHandler with no header set.
	PresetFields: map[string][]string{echoPkg + "/middleware.KeyAuthConfig.ErrorHandler": {}},
	// Values a middleware stored with c.Set (echo-jwt's "user").
	ServerValues: methods(echoCtx, "Get", "Echo", "Logger"),
	// echo names 413's error ErrStatusRequestEntityTooLarge.
	ReturnVars: func() map[string]int {
		m := errorVars(echoPkg, nil, "ErrStatusRequestEntityTooLarge 413")
		delete(m, echoPkg+".ErrRequestEntityTooLarge")
		return m
	}(),
	Producers: map[string]Producer{
		echoCtx + "Bind":                                   {OriginMalformed, AnyInput, "binding the request"},
		"(" + echoPkg + ".Binder).Bind":                    {OriginMalformed, AnyInput, "binding the request"},
		"(*" + echoPkg + ".ValueBinder).BindError":         {OriginMalformed, AnyInput, "binding the request"},
		"(*" + echoPkg + ".DefaultBinder).Bind":            {OriginMalformed, AnyInput, "binding the request"},
		"(*" + echoPkg + ".DefaultBinder).BindBody":        {OriginMalformed, AnyInput, "binding the request"},
		"(*" + echoPkg + ".DefaultBinder).BindPathParams":  {OriginMalformed, AnyInput, "binding the request"},
		"(*" + echoPkg + ".DefaultBinder).BindQueryParams": {OriginMalformed, AnyInput, "binding the request"},
		"(*" + echoPkg + ".DefaultBinder).BindHeaders":     {OriginMalformed, AnyInput, "binding the request"},
		echoCtx + "FormParams":                             {OriginMalformed, AnyInput, "parsing the request form"},
		echoCtx + "FormFile":                               {OriginMalformed, AnyInput, "parsing the request form"},
		echoCtx + "MultipartForm":                          {OriginMalformed, AnyInput, "parsing the request form"},
	},
}

// echoRoutes are the route rows of echo v4 and v5: the handler is the
// argument after the path, the rest are middleware.
func echoRoutes(pkg string, extra map[string][]string) map[string]Route {
	recvs := []string{"(*" + pkg + ".Echo).", "(*" + pkg + ".Group)."}
	m := methodRoutes(recvs, withMethods(upperMethods, withMethods(map[string][]string{"CONNECT": {"CONNECT"}, "TRACE": {"TRACE"}}, extra)), Route{Handler: 1})
	for _, recv := range recvs {
		m[recv+"Add"] = Route{MethodArg: 0, PatternArg: NoArg, Handler: 2}
	}
	return m
}

func echoCalls() map[string]Call {
	m := map[string]Call{
		echoCtx + "Response":    {Recv: RoleWriter, Arg: NoArg, Result: RoleWriter},
		echoRes + "Header":      {Recv: RoleWriter, Arg: NoArg, Result: RoleHeader},
		echoRes + "WriteHeader": method(RoleWriter, statusArg(0)),
		echoRes + "Write":       method(RoleWriter, bodyArg(0)),
		echoRes + "Flush":       method(RoleWriter, flush()),
		echoCtx + "NoContent":   method(RoleWriter, statusArg(0)),
		echoCtx + "SetCookie":   method(RoleWriter, setHeader("Set-Cookie")),
		// c.Error(err) runs the error handler, which writes a status.
		echoCtx + "Error":     method(RoleWriter, opaque()),
		echoCtx + "Redirect":  method(RoleWriter, setHeader("Location"), statusArg(0)),
		echoCtx + "String":    method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1)),
		echoCtx + "HTML":      method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1)),
		echoCtx + "HTMLBlob":  method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1)),
		echoCtx + "Render":    method(RoleWriter, statusArg(0), body(ShapeData)),
		echoCtx + "JSONP":     method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		echoCtx + "JSONPBlob": method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		echoCtx + "Blob":      method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		echoCtx + "Stream":    method(RoleWriter, setHeader("Content-Type"), statusArg(0), body(ShapeData)),
		// Files choose their own status (404 when missing, 304, 206).
		echoCtx + "File":       method(RoleWriter, opaque()),
		echoCtx + "Attachment": method(RoleWriter, opaque()),
		echoCtx + "Inline":     method(RoleWriter, opaque()),
	}
	for _, name := range []string{"JSON", "JSONPretty", "JSONBlob", "XML", "XMLPretty", "XMLBlob"} {
		m[echoCtx+name] = method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1))
	}
	return m
}
