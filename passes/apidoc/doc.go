// Package apidoc defines an Analyzer that reports handlers whose API
// documentation comments do not declare the statuses they send.
//
// # Analyzer apidoc
//
// apidoc: report statuses a handler sends that its API doc comments omit
//
// API documentation generated from comments (swag's @Success and @Failure,
// go-swagger's swagger:route and swagger:operation) repeats what someone
// typed, not what the handler does. When the two drift, generated clients
// have no type for the error they get, consumers do not handle it, and the
// published spec says 200 for an endpoint that answers 204 with no body.
// This rule compares the annotations with the statuses the response model
// finds on the handler's paths, including those written by helpers in any
// package, those written inside a callback a helper runs (gotify's
// withID(c, "id", func(id uint) {...}), reported where the callback writes
// them), and the errors it returns to the framework's error handler
// (return echo.NewHTTPError(404)).
//
// Wrong:
//
//	// GetAlbum returns an album.
//	//
//	//	@Success	200	{object}	Album
//	//	@Failure	401	{object}	Error
//	//	@Router		/albums/{uid} [get]
//	func GetAlbum(c *gin.Context) {
//		a, err := store.Find(c.Param("uid"))
//		if err != nil {
//			c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "no such album"})
//			return
//		}
//		c.JSON(http.StatusOK, a)
//	}
//
// reports: GetAlbum sends 404, which its annotations do not declare; add
// @Failure 404 to them, or send a status they declare
//
// Right:
//
//	//	@Failure	401,404	{object}	Error
//
// A success status that differs from the one documented is reported at
// the write, in its own category ("success"):
//
//	//	@Success	200	{object}	Album
//	...
//	c.Status(http.StatusNoContent)
//
// reports: DeleteAlbum sends 204 where its annotations document 200 as the
// success status; document @Success 204, or send 200
//
// The annotations are read from the doc comment of a function declaration.
// They belong to the handler itself (a function or a method, registered
// anywhere as a method value), to the handlers the function registers
// (func GetPhoto(router *gin.RouterGroup) { router.GET("/photos/:uid",
// func(c *gin.Context) {...}) }, matched by the @Router method when it
// registers several), or to the handler literal it returns
// (func NewCreateUser(...) http.HandlerFunc). A go-swagger swagger:route
// or swagger:operation comment that is on no function (above a type, in a
// doc.go) documents the one route of its package registered for its
// method and path. swag's codes may be listed
// together (@Failure 400,404) or as default; go-swagger's responses keys
// may be codes, ranges ('4XX') or default. A default response declares
// every status.
//
// Reported once per status and annotation block, at the first write; the
// other writes of that status are related places, as is the annotation
// block. A block with a @Router line and no response lines at all is one
// finding, at the @Router line, listing what the handler sends:
//
//	//	@Tags	Users
//	//	@Router	/users/{uid}/passcode [post]
//
// reports: CreatePasscode documents no responses, but sends 200, 403; document
// them with @Success and @Failure lines
//
// A package none of whose annotations declares an error response (no
// @Failure line, no 4xx, 5xx or default response) documents its
// successes only, by convention: the error statuses its handlers send are
// one finding, at the first block, with where each is first sent as
// related places, not one per handler and status:
//
//	no annotation in package controller declares an error response, but
//	61 handlers send 400, 403, 404; document them with @Failure lines
//
// A wrong success status is still reported at its write.
//
// huma v2 declares an operation's errors in code, not comments: the
// Errors of the huma.Operation literal a handler is registered with
// (huma.Register(api, huma.Operation{..., Errors: []int{404}}, getItem))
// are its declared error statuses, and a status of an error the handler
// returns that they omit is reported at the return, in its own category
// ("errors"), with the operation as related place:
//
//	return nil, huma.Error409Conflict("item is locked")
//
// reports: getItem returns a 409 error, which its operation's Errors do not
// declare; add 409 to Errors, or return a status they declare
//
// huma adds 422 and 500 to a non-empty Errors list, and the codes of the
// operation's Responses map are declared too. An operation without
// Errors, with an empty list or one that is not a literal, with a
// Responses map that is not a literal or has a default or range key, or
// that is not a literal itself (huma.Get's, or a variable) declares
// nothing the rule can read, and is not checked.
//
// Not reported: a status the model cannot name (a variable, a helper it
// cannot follow); what a function literal handed to a helper sends when
// the helper stores it, runs it in a goroutine or a defer, or never calls
// it; one case of a mapper or central writer the handler
// reaches with an error it does not know (statusFor(err) may answer 409
// for errors this handler never returns); a returned error value (return
// err), whose status the app's error handler decides; statuses a
// middleware, the router (404, 405) or the framework sends, which are not
// the handler's; annotation blocks without a @Router line (swag skips
// them); functions with no handler.
//
// # Options
//
// -apidoc.unsent (off by default) also reports a documented status no
// path of the handler sends, at the annotation line, when every status the
// handler sends is known: none is a value the model cannot name, a mapper's
// case, a returned error value, or written by a helper that writes a
// status on some of its paths only (it may write others the model lost). Middleware and the framework send some
// documented statuses (401 from an auth middleware, 429 from a rate
// limiter), so this is for teams that document those on the middleware's
// own operations:
//
//	statuslint -apidoc.unsent ./...
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore apidoc the reason
package apidoc
