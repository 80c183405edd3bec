// Package createdlocation defines an Analyzer that reports 201 responses
// without a Location header. It is off by default.
//
// # Analyzer createdlocation
//
// createdlocation: report 201 responses without a Location header (opt-in)
//
// A 201 (Created) tells the client that a new resource exists; RFC 9110
// (15.3.2) says where it is with the Location header, and when there is
// none, the resource is taken to be the request's own URL. For a POST to
// a collection that is wrong: a client that follows the response (or a
// generated SDK that returns the new URL) gets /items instead of
// /items/42, and has to dig the ID out of a body whose shape it must know.
//
// Wrong:
//
//	func createItem(w http.ResponseWriter, r *http.Request) {
//		id := newID()
//		w.WriteHeader(http.StatusCreated)
//		fmt.Fprintf(w, `{"id":%q}`, id)
//	}
//
// reports: 201 response without Location header; point the client at the
// new resource, e.g. w.Header().Set("Location", "/items/"+id)
//
// Right:
//
//	w.Header().Set("Location", "/items/"+id)
//	w.WriteHeader(http.StatusCreated)
//
// The header must be set on every path to the 201: set in only one branch
// of an if, it is reported. It may be set by the handler, through
// h := w.Header(), by w.Header()["Location"] = ..., or by a helper in any
// package (setLocation(w, id), respond.Created(w, url, v) that sets it
// and writes the 201). A 201 passed to a helper
// (respond.JSON(w, http.StatusCreated, v)) is reported at the call; a 201
// a helper writes on its own is reported inside the helper.
//
// A huma handler registered with DefaultStatus: http.StatusCreated (or
// returning an output whose Status is 201) is reported at a return whose
// output sets no header:"Location" field: huma skips an empty one. An
// oapi-codegen strict handler returning a generated 201 type whose spec
// declares no Location is reported at the return, asking for the header
// in the spec.
//
// Not reported: a function known to serve only methods other than POST
// (registered as "PUT /items/{id}", with chi's r.Put or gorilla's
// .Methods("PUT"), or guarded by if r.Method != http.MethodPut { ...;
// return }), since PUT, PATCH, MKCOL and LOCK create the resource at the
// URL they name; a path where a helper or code statuslint cannot see may
// have set the header; a status that is not a known constant; handlers in
// _test.go files, which answer tests, not clients.
//
// Known false positive: a function the handler dispatches to from
// switch r.Method { case "PUT": h.put(w, r) } is not known to serve PUT,
// and its 201 is reported (x/net/webdav's LOCK). Set Location to the
// request's URL there, or leave the check off.
//
// The check is off by default: some APIs return the new resource, with its
// URL, in the body and leave Location out on purpose. Turn it on with
//
//	statuslint -createdlocation.enable ./...       # with the other rules
//	statuslint -createdlocation ./...              # alone
//	go vet -vettool=$(which statuslint) -createdlocation.enable ./...
//
// or with enable: [createdlocation] in .statuslint.yml or golangci-lint's settings.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore createdlocation the reason
package createdlocation
