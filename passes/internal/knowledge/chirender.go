package knowledge

const chiRenderPkg = "github.com/go-chi/render"

// chi render: handlers are net/http handlers; render.Status(r, code) stores
// the status in the request's context and the next render.JSON(w, r, v)
// (or Render, PlainText...) writes it with the body, or 200 without it.
var chiRender = &Framework{
	Name: "chi render",
	Calls: map[string]Call{
		chiRenderPkg + ".Status":           {Arg: 0, ArgRole: RoleRequest, Effects: []Effect{deferred(statusArg(1))}},
		chiRenderPkg + ".JSON":             fn(0, setHeader("Content-Type"), bodyArg(2)),
		chiRenderPkg + ".XML":              fn(0, setHeader("Content-Type"), bodyArg(2)),
		chiRenderPkg + ".PlainText":        fn(0, setHeader("Content-Type"), bodyArg(2)),
		chiRenderPkg + ".HTML":             fn(0, setHeader("Content-Type"), bodyArg(2)),
		chiRenderPkg + ".Data":             fn(0, setHeader("Content-Type"), bodyArg(2)),
		chiRenderPkg + ".DefaultResponder": fn(0, setHeader("Content-Type"), bodyArg(2)),
		// Respond is a variable: DefaultResponder unless the application
		// replaced it, as render's README shows, to choose a status for
		// error values. Which status, the model cannot see.
		chiRenderPkg + ".Respond": fn(0, maybe(deferred(statusUnknown())), setHeader("Content-Type"), bodyArg(2)),
		// Render and RenderList first call the payload's Render method,
		// which usually picks the status with render.Status: which one the
		// model cannot see.
		chiRenderPkg + ".Render":     fn(0, maybe(deferred(statusUnknown())), bodyArg(2)),
		chiRenderPkg + ".RenderList": fn(0, maybe(deferred(statusUnknown())), bodyArg(2)),
		chiRenderPkg + ".NoContent":  fn(0, status(204)),
	},
	// Render and RenderList return the payload's Render error before they
	// write.
	FailsWhole: []string{chiRenderPkg + ".Render", chiRenderPkg + ".RenderList"},
	Producers: map[string]Producer{
		chiRenderPkg + ".Bind":       {OriginMalformed, AnyInput, "binding the request"},
		chiRenderPkg + ".DecodeJSON": {OriginMalformed, 0, "decoding the request body"},
		// Decode is a variable: DefaultDecoder unless the application replaced it.
		chiRenderPkg + ".Decode":         {OriginMalformed, AnyInput, "decoding the request body"},
		chiRenderPkg + ".DefaultDecoder": {OriginMalformed, AnyInput, "decoding the request body"},
		chiRenderPkg + ".DecodeXML":      {OriginMalformed, 0, "decoding the request body"},
		chiRenderPkg + ".DecodeForm":     {OriginMalformed, 0, "decoding the request body"},
	},
}
