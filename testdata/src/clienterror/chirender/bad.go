package chirender

import (
	"net/http"
	"strconv"

	"example.com/renderhelp"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type itemRequest struct {
	Name string `json:"name"`
}

func (in *itemRequest) Bind(r *http.Request) error { return nil }

// The documented pattern: render.Bind failed, the client sent a body that
// does not decode, and the handler answers 500.
func bind(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := render.Bind(r, &in); err != nil {
		render.Status(r, http.StatusInternalServerError) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(binding the request\); use 400`
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	render.JSON(w, r, in)
}

// render.DecodeJSON over the request body.
func decodeJSON(w http.ResponseWriter, r *http.Request) {
	var v map[string]interface{}
	if err := render.DecodeJSON(r.Body, &v); err != nil {
		render.Status(r, 500) // want `500 .* for an error caused by client input \(decoding the request body\); use 400`
		render.PlainText(w, r, err.Error())
		return
	}
}

// The status chosen in a variable before the write.
func statusVar(w http.ResponseWriter, r *http.Request) {
	var v map[string]interface{}
	code := http.StatusOK
	if err := render.DecodeJSON(r.Body, &v); err != nil {
		code = http.StatusInternalServerError // want `500 .* for an error caused by client input \(decoding the request body\)`
	}
	render.Status(r, code)
	render.JSON(w, r, v)
}

// A path parameter that does not parse.
func pathParam(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(chi.URLParam(r, "n"))
	if err != nil {
		render.Status(r, http.StatusInternalServerError) // want `client input \(parsing request input\)`
		render.JSON(w, r, render.M{"error": "n must be a number"})
		return
	}
	render.JSON(w, r, n)
}

// Through a decoding helper in another package, and an error helper.
func viaHelpers(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := renderhelp.DecodeBody(r, &in); err != nil {
		renderhelp.Error(w, r, http.StatusInternalServerError, err) // want `client input \(decoding the request body\)`
		return
	}
}

// render.Decode is a variable (set to DefaultDecoder) in the real package.
func decodeVar(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := render.Decode(r, &in); err != nil {
		render.Status(r, http.StatusInternalServerError) // want `client input \(decoding the request body\)`
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
}

func defaultDecoder(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := render.DefaultDecoder(r, &in); err != nil {
		render.Status(r, http.StatusInternalServerError) // want `client input \(decoding the request body\)`
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
}

func decodeXML(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := render.DecodeXML(r.Body, &in); err != nil {
		render.Status(r, http.StatusInternalServerError) // want `client input \(decoding the request body\)`
		render.XML(w, r, in)
		return
	}
}

func decodeForm(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := render.DecodeForm(r.Body, &in); err != nil {
		render.Status(r, http.StatusInternalServerError) // want `client input \(decoding the request body\)`
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
}
