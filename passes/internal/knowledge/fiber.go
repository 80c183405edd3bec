package knowledge

const (
	fiberV2Pkg = "github.com/gofiber/fiber/v2"
	fiberV3Pkg = "github.com/gofiber/fiber/v3"
)

// fiber (v2 and v3): handlers take a *fiber.Ctx (v2) or a fiber.Ctx
// interface (v3) and return an error. fasthttp buffers the whole response
// until the handler returns, so every status and body is deferred: a later
// c.Status replaces an earlier one and headers set after a body still go
// out. c.JSON without c.Status sends 200. A returned fiber.NewError(code,
// ...) or fiber.ErrUnauthorized is written by the error handler.
var (
	fiberV2 = fiberFramework("fiber v2", fiberV2Pkg, "(*"+fiberV2Pkg+".Ctx).", map[string]Call{
		"(*" + fiberV2Pkg + ".Ctx).Redirect":        method(RoleWriter, setHeader("Location"), deferred(Effect{Kind: Status, Code: 302, CodeArg: 1, HeaderArg: NoArg, BodyArg: NoArg})),
		"(*" + fiberV2Pkg + ".Ctx).RedirectBack":    method(RoleWriter, setHeader("Location"), deferred(Effect{Kind: Status, Code: 302, CodeArg: 1, HeaderArg: NoArg, BodyArg: NoArg})),
		"(*" + fiberV2Pkg + ".Ctx).RedirectToRoute": method(RoleWriter, setHeader("Location"), deferred(Effect{Kind: Status, Code: 302, CodeArg: 2, HeaderArg: NoArg, BodyArg: NoArg})),
		"(*" + fiberV2Pkg + ".Ctx).Format":          method(RoleWriter, setHeader("Content-Type"), deferred(bodyArg(0))),
		// The fasthttp response underneath: writes the model cannot follow.
		"(*" + fiberV2Pkg + ".Ctx).Response": method(RoleWriter, opaque()),
	}, map[string]Producer{
		"(*" + fiberV2Pkg + ".Ctx).BodyParser":      {OriginMalformed, AnyInput, "parsing the request body"},
		"(*" + fiberV2Pkg + ".Ctx).QueryParser":     {OriginMalformed, AnyInput, "parsing the query"},
		"(*" + fiberV2Pkg + ".Ctx).ReqHeaderParser": {OriginMalformed, AnyInput, "parsing the request headers"},
		"(*" + fiberV2Pkg + ".Ctx).ParamsParser":    {OriginMalformed, AnyInput, "parsing the path parameters"},
		"(*" + fiberV2Pkg + ".Ctx).ParamsInt":       {OriginMalformed, AnyInput, "parsing the path parameters"},
	}, []string{"Locals", "UserContext", "Context", "App"})
	fiberV3 = withReturn(fiberV3Pkg+".NewErrorf", fiberV3Pkg+".NewError", fiberFramework("fiber v3", fiberV3Pkg, "("+fiberV3Pkg+".Ctx).", map[string]Call{
		// c.Redirect().Status(302).To("/x"): 303 unless Status says otherwise.
		"(" + fiberV3Pkg + ".Ctx).Redirect":         {Recv: RoleWriter, Arg: NoArg, Result: RoleWriter, Effects: []Effect{deferred(status(303))}},
		"(*" + fiberV3Pkg + ".Redirect).Status":     {Recv: RoleWriter, Arg: NoArg, Result: RoleWriter, Effects: []Effect{deferred(statusArg(0)), deferred(returnedBody())}},
		"(*" + fiberV3Pkg + ".Redirect).To":         method(RoleWriter, setHeader("Location")),
		"(*" + fiberV3Pkg + ".Redirect).Back":       method(RoleWriter, setHeader("Location")),
		"(*" + fiberV3Pkg + ".Redirect).Route":      method(RoleWriter, setHeader("Location")),
		"(" + fiberV3Pkg + ".Ctx).CBOR":             method(RoleWriter, setHeader("Content-Type"), deferred(bodyArg(0))),
		"(" + fiberV3Pkg + ".Ctx).MsgPack":          method(RoleWriter, setHeader("Content-Type"), deferred(bodyArg(0))),
		"(" + fiberV3Pkg + ".Ctx).AutoFormat":       method(RoleWriter, setHeader("Content-Type"), deferred(bodyArg(0))),
		"(" + fiberV3Pkg + ".Ctx).Format":           method(RoleWriter, opaque()),
		"(" + fiberV3Pkg + ".Ctx).SendStreamWriter": method(RoleWriter, opaque()),
		// End sends the buffered response now.
		"(" + fiberV3Pkg + ".Ctx).End": method(RoleWriter, flush()),
		// The fasthttp response underneath: writes the model cannot follow.
		"(" + fiberV3Pkg + ".Ctx).Response":   method(RoleWriter, opaque()),
		"(" + fiberV3Pkg + ".Ctx).RequestCtx": method(RoleWriter, opaque()),
	}, map[string]Producer{
		"(*" + fiberV3Pkg + ".Bind).Body":   {OriginMalformed, AnyInput, "binding the request body"},
		"(*" + fiberV3Pkg + ".Bind).JSON":   {OriginMalformed, AnyInput, "binding the request body"},
		"(*" + fiberV3Pkg + ".Bind).Form":   {OriginMalformed, AnyInput, "binding the request form"},
		"(*" + fiberV3Pkg + ".Bind).Query":  {OriginMalformed, AnyInput, "binding the query"},
		"(*" + fiberV3Pkg + ".Bind).URI":    {OriginMalformed, AnyInput, "binding the path parameters"},
		"(*" + fiberV3Pkg + ".Bind).Header": {OriginMalformed, AnyInput, "binding the request headers"},
		"(*" + fiberV3Pkg + ".Bind).All":    {OriginMalformed, AnyInput, "binding the request"},
	}, []string{"Locals", "Context", "App"}))
)

// withReturn gives fw the returned-error row name, like the row of like.
func withReturn(name, like string, fw *Framework) *Framework {
	fw.Returns[name] = fw.Returns[like]
	return fw
}

func fiberFramework(name, pkg, ctx string, extra map[string]Call, producers map[string]Producer, serverValues []string) *Framework {
	chain := func(effects ...Effect) Call {
		return Call{Recv: RoleWriter, Arg: NoArg, Result: RoleWriter, Effects: effects}
	}
	calls := map[string]Call{
		ctx + "Status":      chain(deferred(statusArg(0))),
		ctx + "Type":        chain(setHeader("Content-Type")),
		ctx + "Set":         method(RoleWriter, setHeaderArg(0)),
		ctx + "Append":      method(RoleWriter, setHeaderArg(0)),
		ctx + "Location":    method(RoleWriter, setHeader("Location")),
		ctx + "Vary":        method(RoleWriter, setHeader("Vary")),
		ctx + "Cookie":      method(RoleWriter, setHeader("Set-Cookie")),
		ctx + "JSON":        method(RoleWriter, setHeader("Content-Type"), deferred(bodyArg(0))),
		ctx + "JSONP":       method(RoleWriter, setHeader("Content-Type"), deferred(bodyArg(0))),
		ctx + "XML":         method(RoleWriter, setHeader("Content-Type"), deferred(bodyArg(0))),
		ctx + "Send":        method(RoleWriter, deferred(bodyArg(0))),
		ctx + "SendString":  method(RoleWriter, deferred(bodyArg(0))),
		ctx + "Write":       method(RoleWriter, deferred(bodyArg(0))),
		ctx + "WriteString": method(RoleWriter, deferred(bodyArg(0))),
		ctx + "Render":      method(RoleWriter, deferred(body(ShapeData))),
		ctx + "Writef":      method(RoleWriter, deferred(bodyArgs(1))),
		// c.SendStatus(404) also writes "Not Found" as the body where none
		// was written: on some paths only, as far as the rules go.
		ctx + "SendStatus": method(RoleWriter, deferred(statusArg(0)), deferred(maybe(body(ShapeData)))),
		// Files and streams choose their own status; Next runs the rest of the chain.
		ctx + "SendFile":   method(RoleWriter, opaque()),
		ctx + "SendStream": method(RoleWriter, opaque()),
		ctx + "Download":   method(RoleWriter, opaque()),
		ctx + "Next":       method(RoleWriter, handOff()),
	}
	for k, v := range extra {
		calls[k] = v
	}
	return &Framework{
		Name:     name,
		Contexts: []string{pkg + ".Ctx"},
		Calls:    calls,
		Returns: map[string]Call{
			pkg + ".NewError": {Arg: NoArg, Effects: []Effect{deferred(statusArg(0)), deferred(returnedBody())}},
		},
		ReturnTypes: map[string]string{pkg + ".Error": "Code"},
		// The default ErrorHandler answers any other error with 500.
		UnknownErrorStatus: 500,
		ErrorHandlerFields: []string{pkg + ".Config.ErrorHandler"},
		ReturnVars:         errorVars(pkg, nil, "ErrRequestEntityTooLarge 413"),
		Producers:          producers,
		// Values a middleware stored with c.Locals, and the contexts.
		ServerValues: methods(ctx, serverValues...),
		Buffered:     true,
		Routes:       fiberRoutes(pkg, pkg == fiberV2Pkg),
		PresetFields: fiberPresets(pkg),
		Idioms:       Idioms{SetHeader: "%s.Set(%q, %s)", WriteStatus: "%s.Status(%s)", Redirect: "%s.Redirect", StatusPkg: "fiber"},
	}
}

// fiberRoutes: app.Get(path, handlers...) on an app, a group or the
// Router interface; Get registers HEAD as well. v2's Add names its method;
// v3's takes a slice of them, which the model does not read.
func fiberRoutes(pkg string, add bool) map[string]Route {
	recvs := []string{"(*" + pkg + ".App).", "(*" + pkg + ".Group).", "(" + pkg + ".Router)."}
	m := methodRoutes(recvs, withMethods(titleMethods, map[string][]string{"Get": {"GET", "HEAD"}}), Route{Handler: 1, Handlers: true})
	if add {
		for _, recv := range recvs {
			m[recv+"Add"] = Route{MethodArg: 0, PatternArg: NoArg, Handler: 2, Handlers: true}
		}
	}
	return m
}

// fiberPresets: v2's key-auth middleware runs its ErrorHandler with no
// header set.
func fiberPresets(pkg string) map[string][]string {
	if pkg != fiberV2Pkg {
		return nil
	}
	return map[string][]string{pkg + "/middleware/keyauth.Config.ErrorHandler": {}}
}
