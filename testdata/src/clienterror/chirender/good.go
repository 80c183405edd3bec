package chirender

import (
	"net/http"
	"os"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
)

// 400 for a body that does not bind.
func bindBadRequest(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := render.Bind(r, &in); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, in)
}

// 500 for the database that failed after the request decoded.
func storeFailed(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var in store.Item
	if err := render.DecodeJSON(r.Body, &in); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	if err := db.Create(r.Context(), &in); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
}

// DecodeJSON over a server-side file: its failure is the server's fault.
func configFile(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("config.json")
	if err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.PlainText(w, r, "no config")
		return
	}
	defer f.Close()
	var cfg map[string]interface{}
	if err := render.DecodeJSON(f, &cfg); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.PlainText(w, r, "bad config")
		return
	}
	render.JSON(w, r, cfg)
}

// The helpers with the right status.
func viaHelpersRight(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := renderhelp.DecodeBody(r, &in); err != nil {
		renderhelp.Error(w, r, http.StatusBadRequest, err)
		return
	}
}

// 500 set for an encode failure of the response: not the client's doing.
func renderFailed(w http.ResponseWriter, r *http.Request, v render.Renderer) {
	if err := render.Render(w, r, v); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.PlainText(w, r, "render failed")
	}
}

// DecodeJSON over an upstream response: a body that does not decode is the
// upstream's fault, a 502 is right.
func upstream(w http.ResponseWriter, r *http.Request, client *http.Client) {
	res, err := client.Get("http://inventory.internal/items")
	if err != nil {
		render.Status(r, http.StatusBadGateway)
		render.PlainText(w, r, "inventory unreachable")
		return
	}
	defer res.Body.Close()
	var items []store.Item
	if err := render.DecodeJSON(res.Body, &items); err != nil {
		render.Status(r, http.StatusBadGateway)
		render.PlainText(w, r, "inventory sent garbage")
		return
	}
	render.JSON(w, r, items)
}

// The status chosen in a variable: 400 for the client's body, 500 for the
// store.
func statusVarRight(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var in store.Item
	code := http.StatusCreated
	if err := render.DecodeJSON(r.Body, &in); err != nil {
		code = http.StatusBadRequest
	} else if err := db.Create(r.Context(), &in); err != nil {
		code = http.StatusInternalServerError
	}
	render.Status(r, code)
	render.JSON(w, r, in)
}
