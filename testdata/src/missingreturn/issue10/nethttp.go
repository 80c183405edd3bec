// Package issue10 holds look-alikes met in real services: a status chosen
// on an error path, then the one body of that response.
package issue10

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-chi/render"
)

func check() error { return nil }

// The status depends on the outcome; the body is written once, for both.
func statusThenBody(w http.ResponseWriter, r *http.Request) {
	msg := "ok"
	if err := check(); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		msg = err.Error()
	}
	fmt.Fprint(w, msg)
}

// The same through an encoder.
func statusThenEncode(w http.ResponseWriter, r *http.Request) {
	body := map[string]string{"status": "ok"}
	if err := check(); err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		body["status"] = "unavailable"
	}
	json.NewEncoder(w).Encode(body)
}

// chi render: the status, then render.JSON writes the body with it.
func renderAfterStatus(w http.ResponseWriter, r *http.Request) {
	var errBody struct{ Error string }
	if err := check(); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		errBody.Error = err.Error()
	}
	render.JSON(w, r, errBody)
}

// Recall: a complete error response, then a second body for success.
func completeThenBody(w http.ResponseWriter, r *http.Request) {
	if err := check(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `http.Error writes an error response but the handler goes on to write again; add a return after it`
	}
	fmt.Fprint(w, "created")
}

// Recall: an error status, then a second status.
func statusThenStatus(w http.ResponseWriter, r *http.Request) {
	if err := check(); err != nil {
		w.WriteHeader(http.StatusBadRequest) // want `writes an error response but the handler goes on to write again`
	}
	w.WriteHeader(http.StatusCreated)
}

// Recall: status and its body in the branch, then another body.
func statusBodyThenBody(w http.ResponseWriter, r *http.Request) {
	if err := check(); err != nil {
		w.WriteHeader(http.StatusBadRequest) // want `writes an error response but the handler goes on to write again`
		fmt.Fprint(w, "bad request")
	}
	fmt.Fprint(w, "created")
}
