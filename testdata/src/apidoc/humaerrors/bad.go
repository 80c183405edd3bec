// Package humaerrors: huma operations whose Errors omit a status their
// handler returns.
package humaerrors

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type ItemInput struct {
	ID string `path:"id"`
}

type ItemOutput struct {
	Body struct {
		Name string `json:"name"`
	}
}

func getItem(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	switch in.ID {
	case "":
		return nil, huma.Error404NotFound("no such item")
	case "locked":
		return nil, huma.Error409Conflict("item is locked") // want `getItem returns a 409 error, which its operation's Errors do not declare; add 409 to Errors, or return a status they declare`
	}
	return &ItemOutput{}, nil
}

func createItem(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if in.ID == "taken" {
		return nil, huma.NewError(http.StatusConflict, "taken") // want `createItem returns a 409 error`
	}
	if in.ID == "me" {
		err := huma.Error403Forbidden("not yours")
		return nil, err // want `createItem returns a 403 error`
	}
	if in.ID == "slow" {
		return nil, huma.ErrorWithHeaders(huma.Error429TooManyRequests("slow down"), http.Header{"Retry-After": {"1"}}) // want `createItem returns a 429 error`
	}
	if in.ID == "teapot" {
		code := http.StatusTeapot
		if in.ID == "x" {
			code = http.StatusGone
		}
		return nil, huma.NewError(code, "chosen") // want `createItem returns a 418 error` `createItem returns a 410 error`
	}
	return &ItemOutput{}, nil
}

// archiveItem is registered twice; one operation declares 410, the other
// does not.
func archiveItem(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if in.ID == "old" {
		return nil, huma.Error410Gone("archived already") // want `archiveItem returns a 410 error`
	}
	return &ItemOutput{}, nil
}

func routes(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/items/{id}", Errors: []int{http.StatusNotFound}}, getItem)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/items/{id}", Errors: []int{400}}, createItem)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/items/{id}/archive", Errors: []int{404, 410}}, archiveItem)
	huma.Register(api, huma.Operation{Method: http.MethodDelete, Path: "/items/{id}/archive", Errors: []int{404}}, archiveItem)
}
