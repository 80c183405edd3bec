// Package huma registers huma v2 operations: huma.Register with an
// Operation literal, the convenience huma.Get, huma.Post..., groups
// (huma.NewGroup) and the adapters' routers, with their prefixes.
package huma

import (
	"context"
	"errors"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humachi"
	"github.com/danielgtaylor/huma/v2/adapters/humagin"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

var errTaken = errors.New("name taken")

// op is no literal at the registration: its method and path are unknown.
var op = huma.Operation{Method: http.MethodGet, Path: "/op"}

type NoteInput struct {
	ID string `path:"id"`
}

type NoteOutput struct {
	Body struct {
		Text string `json:"text"`
	}
}

type CreateInput struct {
	Body struct {
		Text string `json:"text"`
	}
}

type CreatedOutput struct {
	Location string `header:"Location"`
	Body     struct {
		ID string `json:"id"`
	}
}

type StatusOutput struct {
	Status int
}

type Empty struct{}

func Chi() http.Handler {
	r := chi.NewRouter()
	r.Route("/api", func(r chi.Router) {
		api := humachi.New(r, huma.DefaultConfig("notes", "1"))
		huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/notes/{id}", Errors: []int{404}}, getNote)
		huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/notes", DefaultStatus: http.StatusCreated}, createNote)
		v2 := huma.NewGroup(api, "/v2")
		huma.Get(v2, "/notes/{id}", getNote)
		huma.Delete(v2, "/notes/{id}", deleteNote)
		huma.Put(huma.NewGroup(v2), "/notes/{id}/pin", pinNote)
		// Two prefixes: the operation is registered under each, which
		// one path cannot say.
		huma.Patch(huma.NewGroup(api, "/a", "/b"), "/notes/{id}", pinNote)
	})
	return r
}

func Mux() http.Handler {
	mux := http.NewServeMux()
	api := humago.NewWithPrefix(mux, "/svc", huma.DefaultConfig("notes", "1"))
	huma.Post(api, "/notes", addNote)
	return mux
}

func Gin() *gin.Engine {
	r := gin.New()
	api := humagin.NewWithGroup(r, r.Group("/g"), huma.DefaultConfig("notes", "1"))
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/status"}, status)
	register(api)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/notes", DefaultStatus: http.StatusOK}, listNotes)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/notes/all", DefaultStatus: http.StatusPartialContent}, listNotes)
	huma.Register(api, op, getNote)
	return r
}

// register is handed the API: its routes are under the caller's prefix.
func register(api huma.API) {
	huma.Get(api, "/ping", func(ctx context.Context, in *Empty) (*Empty, error) { return nil, nil })
}

// Routes is exported: its callers, elsewhere, say where api is mounted.
func Routes(api huma.API) {
	huma.Get(api, "/exported", getNote)
}

func getNote(ctx context.Context, in *NoteInput) (*NoteOutput, error) {
	if in.ID == "" {
		return nil, huma.Error404NotFound("no such note")
	}
	return &NoteOutput{}, nil
}

func createNote(ctx context.Context, in *CreateInput) (*CreatedOutput, error) {
	if in.Body.Text == "taken" {
		return nil, huma.NewError(http.StatusConflict, "taken", errTaken)
	}
	return &CreatedOutput{Location: "/notes/1"}, nil
}

// addNote is registered without a default status: 200, with a body.
func addNote(ctx context.Context, in *CreateInput) (*CreatedOutput, error) {
	return &CreatedOutput{Location: "/notes/1"}, nil
}

// listNotes is registered twice, with different default statuses: which
// one an output goes out with depends on the route.
func listNotes(ctx context.Context, in *Empty) (*NoteOutput, error) {
	return &NoteOutput{}, nil
}

func deleteNote(ctx context.Context, in *NoteInput) (*struct{}, error) {
	if in.ID == "" {
		return nil, huma.Error404NotFound("no such note")
	}
	return nil, nil
}

func pinNote(ctx context.Context, in *NoteInput) (*StatusOutput, error) {
	return &StatusOutput{Status: http.StatusAccepted}, nil
}

func status(ctx context.Context, in *Empty) (*StatusOutput, error) {
	return &StatusOutput{Status: http.StatusOK}, nil
}
