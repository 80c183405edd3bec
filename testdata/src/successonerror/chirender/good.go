package chirender

import (
	"errors"
	"net/http"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
)

var defaults = []store.Item{{Name: "default"}}

// The error's status first, then the body.
func rightStatus(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.JSON(w, r, items)
}

// render.Status may come well before the write: it only records the status.
func statusEarly(w http.ResponseWriter, r *http.Request, db *store.DB) {
	_, err := db.List(r.Context())
	if err != nil {
		render.Status(r, http.StatusBadGateway)
		w.Header().Set("Cache-Control", "no-store")
		render.PlainText(w, r, err.Error())
		return
	}
}

// A cache miss falls back to a default and serves it.
func cacheMiss(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.Cached(r.Context(), "items")
	if err != nil {
		items = defaults
		render.JSON(w, r, items)
		return
	}
	render.JSON(w, r, items)
}

// An explicit 200 with a real result on the error path.
func cacheMissStatus(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.Cached(r.Context(), "items"); err != nil {
		render.Status(r, http.StatusOK)
		render.JSON(w, r, defaults)
	}
}

// A lookup miss answered 404.
func notFoundAnswered(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := db.Find(r.Context(), r.URL.Query().Get("name"))
	if it == nil {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, render.M{"error": "no such item"})
		return
	}
	render.JSON(w, r, it)
}

var errNotModified = errors.New("not modified")

// 304 after errors.Is: not a success.
func notModified(w http.ResponseWriter, r *http.Request, check func() error) {
	if err := check(); errors.Is(err, errNotModified) {
		render.Status(r, http.StatusNotModified)
		render.NoContent(w, r)
		return
	}
}

// The status comes from a variable that is 502 on the error path.
func statusVar(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	status := http.StatusOK
	var body interface{} = items
	if err != nil {
		status = http.StatusBadGateway
		body = render.M{"error": err.Error()}
	}
	render.Status(r, status)
	render.JSON(w, r, body)
}

// A status the model cannot name.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		render.Status(r, code)
		render.JSON(w, r, render.M{"error": err.Error()})
	}
}

// A helper that writes the error's status.
func viaErrorHelper(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		renderhelp.Error(w, r, http.StatusInternalServerError, err)
		return
	}
}

// {"error": null} beside the data on success.
func nullError(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, _ := db.List(r.Context())
	render.JSON(w, r, render.M{"data": items, "error": nil})
}

// The pattern of chi's own examples: an error payload whose Render method
// chooses the status with render.Status, rendered with render.Render.
type errResponse struct {
	Err            error  `json:"-"`
	HTTPStatusCode int    `json:"-"`
	ErrorText      string `json:"error,omitempty"`
}

func (e *errResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func errInternal(err error) render.Renderer {
	return &errResponse{Err: err, HTTPStatusCode: http.StatusInternalServerError, ErrorText: err.Error()}
}

func viaRenderer(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		render.Render(w, r, errInternal(err))
		return
	}
}

func viaRendererLiteral(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		render.Render(w, r, &errResponse{Err: err, HTTPStatusCode: http.StatusInternalServerError, ErrorText: err.Error()})
		return
	}
}
