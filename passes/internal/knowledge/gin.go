package knowledge

const ginCtx = "(*github.com/gin-gonic/gin.Context)."

// gin: handlers take a *gin.Context. c.Status only records the status (gin
// writes it with the first body byte, or WriteHeaderNow); every rendering
// method writes status and body at once; c.Abort* stop the middleware chain
// but do not return from the handler.
var gin = &Framework{
	Name:      "gin",
	Contexts:  []string{"github.com/gin-gonic/gin.Context"},
	Fields:    map[string]Role{"github.com/gin-gonic/gin.Context.Writer": RoleWriter},
	Idioms:    Idioms{SetHeader: "%s.Header(%q, %s)", WriteStatus: "%s.Status(%s)", Redirect: "%s.Redirect", StatusPkg: "http"},
	Calls:     ginCalls(),
	Producers: ginProducers(),
	// Values a middleware stored with c.Set (claims of a verified token).
	ServerValues: methods(ginCtx, "Get", "MustGet", "GetString", "GetBool", "GetInt", "GetInt64", "GetUint",
		"GetUint64", "GetFloat64", "GetTime", "GetDuration", "GetStringSlice", "GetStringMap",
		"GetStringMapString", "GetStringMapStringSlice", "Value"),
	// c.Writer.WriteHeader(code) records code until the first write, and
	// c.JSON(-1, obj) keeps the recorded status.
	// c.Error(err) records err for a middleware that reads c.Errors after
	// c.Next() and writes a status for it.
	ErrorRecorders:      []string{ginCtx + "Error"},
	RecordedErrors:      "github.com/gin-gonic/gin.Context.Errors",
	DefersWriteHeader:   true,
	KeepsStatusBelow1:   true,
	DropsRepeatedStatus: true,
	Routes:              ginRoutes(),
}

// ginRoutes: r.GET(path, handlers...) and r.Handle("PUT", path,
// handlers...) on a router group, its interfaces and ginS; gin sets Allow
// before it runs the NoMethod handlers.
func ginRoutes() map[string]Route {
	const pkg = "github.com/gin-gonic/gin"
	recvs := []string{"(*" + pkg + ".RouterGroup).", "(" + pkg + ".IRoutes).", pkg + "/ginS."}
	m := methodRoutes(recvs, upperMethods, Route{Handler: 1, Handlers: true})
	for _, recv := range recvs {
		m[recv+"Handle"] = Route{MethodArg: 0, PatternArg: NoArg, Handler: 2, Handlers: true}
	}
	// r.Match([]string{"GET", "HEAD"}, path, handlers...) (ginS has none).
	for _, recv := range recvs[:2] {
		m[recv+"Match"] = Route{MethodArg: 0, PatternArg: NoArg, Handler: 2, Handlers: true}
	}
	noMethod := Route{MethodArg: NoArg, PatternArg: NoArg, Handler: 0, Handlers: true, Presets: []string{"Allow"}}
	m["(*"+pkg+".Engine).NoMethod"] = noMethod
	m[pkg+"/ginS.NoMethod"] = noMethod
	return m
}

func ginCalls() map[string]Call {
	m := map[string]Call{
		ginCtx + "Status":                  method(RoleWriter, deferred(statusArg(0))),
		ginCtx + "Header":                  method(RoleWriter, setHeaderArg(0)),
		ginCtx + "AbortWithStatus":         method(RoleWriter, aborts(statusArg(0))),
		ginCtx + "AbortWithError":          method(RoleWriter, aborts(statusArg(0))),
		ginCtx + "AbortWithStatusJSON":     method(RoleWriter, setHeader("Content-Type"), aborts(statusArg(0)), bodyArg(1)),
		ginCtx + "AbortWithStatusPureJSON": method(RoleWriter, setHeader("Content-Type"), aborts(statusArg(0)), bodyArg(1)),
		ginCtx + "Redirect":                method(RoleWriter, setHeader("Location"), statusArg(0)),
		ginCtx + "String":                  method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArgs(1)),
		ginCtx + "SetCookie":               method(RoleWriter, setHeader("Set-Cookie")),
		ginCtx + "SetCookieData":           method(RoleWriter, setHeader("Set-Cookie")),
		// gin's ResponseWriter beyond net/http's.
		"(github.com/gin-gonic/gin.ResponseWriter).WriteString":    method(RoleWriter, bodyArg(0)),
		"(github.com/gin-gonic/gin.ResponseWriter).WriteHeaderNow": method(RoleWriter, flush()),
		ginCtx + "Data":           method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		ginCtx + "DataFromReader": method(RoleWriter, setHeader("Content-Type"), statusArg(0), body(ShapeData)),
		ginCtx + "HTML":           method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(2)),
		ginCtx + "Render":         method(RoleWriter, statusArg(0), body(ShapeData)),
		ginCtx + "Negotiate":      method(RoleWriter, statusArg(0), body(ShapeData)),
		// File and Stream choose their own status (206, 304, 404...).
		ginCtx + "File":           method(RoleWriter, opaque()),
		ginCtx + "FileAttachment": method(RoleWriter, opaque()),
		ginCtx + "FileFromFS":     method(RoleWriter, opaque()),
		ginCtx + "Stream":         method(RoleWriter, opaque()),
		ginCtx + "SSEvent":        method(RoleWriter, body(ShapeData)),
		// The rest of the chain runs inside Next: anything may happen.
		ginCtx + "Next": method(RoleWriter, handOff()),
	}
	// Renderers of the form c.X(code, obj).
	for _, name := range []string{"JSON", "IndentedJSON", "SecureJSON", "JSONP", "AsciiJSON", "PureJSON", "XML", "YAML", "TOML", "ProtoBuf", "BSON"} {
		m[ginCtx+name] = method(RoleWriter, setHeader("Content-Type"), statusArg(0), bodyArg(1))
	}
	// c.Bind* answer a failed binding with 400 themselves.
	for _, name := range []string{"Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindPlain", "BindHeader", "BindUri", "MustBindWith"} {
		m[ginCtx+name] = method(RoleWriter, maybe(status(400)))
	}
	return m
}

func ginProducers() map[string]Producer {
	m := map[string]Producer{}
	for _, name := range []string{"Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindPlain", "BindHeader", "BindUri", "MustBindWith",
		"ShouldBind", "ShouldBindJSON", "ShouldBindXML", "ShouldBindQuery", "ShouldBindYAML", "ShouldBindTOML", "ShouldBindPlain", "ShouldBindHeader", "ShouldBindUri",
		"ShouldBindWith", "ShouldBindBodyWith", "ShouldBindBodyWithJSON", "ShouldBindBodyWithXML", "ShouldBindBodyWithYAML", "ShouldBindBodyWithTOML", "ShouldBindBodyWithPlain"} {
		m[ginCtx+name] = Producer{OriginMalformed, AnyInput, "binding the request"}
	}
	return m
}
