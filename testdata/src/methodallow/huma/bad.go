package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type ItemInput struct {
	ID     string `path:"id"`
	Action string `query:"action"`
}

type ItemOutput struct {
	Body string
}

// archive is registered for POST only: the router answers the other
// methods, and a 405 from the handler is about the method it serves.
func archive(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if in.Action != "archive" {
		return nil, huma.Error405MethodNotAllowed("only archive") // want `405 for a method the handler is registered for \(POST\): the router answers the others itself; if this is not implemented yet, use 501`
	}
	return &ItemOutput{}, nil
}

func legacy(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	return nil, huma.NewError(http.StatusMethodNotAllowed, "gone read-only") // want `405 for a method the handler is registered for \(PUT\)`
}

// readOnly is registered for a method chosen at run time: the 405 must say
// which ones work.
func readOnly(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	return nil, huma.Error405MethodNotAllowed("read-only") // want `405 response without Allow header; set it to the allowed methods first, e.g. huma.ErrorWithHeaders\(err, http.Header\{"Allow": \{"GET, HEAD"\}\}\)`
}

func Register(api huma.API, method string) {
	huma.Post(api, "/items/{id}/archive", archive)
	huma.Register(api, huma.Operation{Method: http.MethodPut, Path: "/legacy/{id}"}, legacy)
	huma.Register(api, huma.Operation{Method: method, Path: "/ro/{id}"}, readOnly)
}
