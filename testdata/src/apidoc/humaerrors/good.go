package humaerrors

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
)

var errStore = errors.New("store down")

type StatusOutput struct {
	Status int
}

var commonErrors = []int{404}

// declared returns only statuses its Errors list.
func declared(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	switch in.ID {
	case "":
		return nil, huma.Error404NotFound("no such item")
	case "locked":
		return nil, huma.NewError(http.StatusConflict, "item is locked")
	}
	return &ItemOutput{}, nil
}

// added returns 422 and 500, which huma adds to any non-empty Errors.
func added(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	switch in.ID {
	case "bad":
		return nil, huma.Error422UnprocessableEntity("bad id")
	case "down":
		return nil, huma.Error500InternalServerError("store down", errStore)
	case "err":
		return nil, errStore // huma's 500
	}
	return &ItemOutput{}, nil
}

// undeclared returns statuses, but its operations declare no Errors (huma
// documents a default response), an empty list, a list that is not a
// literal, or responses the model cannot read all of.
func undeclared(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if in.ID == "" {
		return nil, huma.Error409Conflict("conflict")
	}
	return &ItemOutput{}, nil
}

// responses returns what the operation's Responses document.
func responses(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if in.ID == "" {
		return nil, huma.Error409Conflict("conflict")
	}
	return &ItemOutput{}, nil
}

// notErrors sends statuses that are no returned error, or that the model
// cannot name: not the Errors list's business.
func notErrors(ctx context.Context, in *ItemInput) (*StatusOutput, error) {
	switch in.ID {
	case "same":
		return nil, huma.Status304NotModified()
	case "var":
		code, _ := strconv.Atoi(in.ID)
		return nil, huma.NewError(code, "dynamic")
	}
	return &StatusOutput{Status: http.StatusAccepted}, nil
}

// elsewhere is registered with huma.Get, whose operation declares nothing.
func elsewhere(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	return nil, huma.Error409Conflict("conflict")
}

var getOp = huma.Operation{Method: http.MethodGet, Path: "/op/{id}", Errors: []int{404}}

func goodRoutes(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/declared/{id}", Errors: []int{404, 409}}, declared)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/added/{id}", Errors: []int{404}}, added)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/undeclared/{id}"}, undeclared)
	huma.Register(api, huma.Operation{Method: http.MethodPut, Path: "/undeclared/{id}", Errors: []int{}}, undeclared)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/undeclared/{id}", Errors: commonErrors}, undeclared)
	huma.Register(api, huma.Operation{Method: http.MethodPatch, Path: "/undeclared/{id}", Errors: []int{404},
		Responses: map[string]*huma.Response{"default": {Description: "any error"}}}, undeclared)
	huma.Register(api, huma.Operation{Method: http.MethodDelete, Path: "/undeclared/{id}", Errors: []int{404},
		Responses: responseMap()}, undeclared)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/responses/{id}", Errors: []int{404},
		Responses: map[string]*huma.Response{"409": {Description: "locked"}}}, responses)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/not-errors/{id}", Errors: []int{404}}, notErrors)
	huma.Get(api, "/elsewhere/{id}", elsewhere)
	huma.Register(api, getOp, elsewhere)
}

func responseMap() map[string]*huma.Response { return nil }
