package nethttp

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
)

var page = template.Must(template.New("page").Parse("<p>{{.}}</p>"))

type item struct{ Name string }

// The documented example: an encoding failure after the status went out.
func create(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `^w\.WriteHeader after the status was already written is ignored \(superfluous response\.WriteHeader call\); remove it or return after the first write$`
	}
}

func twice(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(http.StatusNoContent) // want `w\.WriteHeader after the status was already written is ignored`
}

// The body went first: net/http sent 200 with it.
func afterBody(rw http.ResponseWriter, r *http.Request) {
	rw.Write([]byte("hello"))
	rw.WriteHeader(http.StatusAccepted) // want `^rw\.WriteHeader after the body was written \(which sent 200\) is ignored \(superfluous response\.WriteHeader call\); write the status before the body$`
}

// Even an empty write sends the implicit 200.
func afterEmptyBody(w http.ResponseWriter, r *http.Request) {
	w.Write(nil)
	w.WriteHeader(http.StatusNoContent) // want `w\.WriteHeader after the body was written`
}

// http.Error after a body: its status is lost, its text lands in the body.
func errorAfterBody(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "partial result")
	if r.URL.Query().Has("fail") {
		http.Error(w, "failed", http.StatusInternalServerError) // want `^http\.Error after the body was written \(which sent 200\): its status is ignored \(superfluous response\.WriteHeader call\) and its body appended; return after the first write$`
	}
}

// A body written on one path only is enough.
func bodyOnOnePath(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("verbose") {
		fmt.Fprintln(w, "starting")
	}
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader after the body was written`
}

// Two error responses on every path: the second status is ignored.
func errorTwice(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "bad request", http.StatusBadRequest)
	http.Error(w, "internal", http.StatusInternalServerError) // want `http\.Error after the status was already written: its status is ignored`
}

// Redirecting after the page started.
func redirectAfterBody(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("<html>"))
	http.Redirect(w, r, "/", http.StatusSeeOther) // want `http\.Redirect after the body was written`
}

// A helper of this package writes the status: reported at its call.
func writeStatus(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}

func viaLocalHelper(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	writeStatus(w, http.StatusNotFound) // want `writeStatus after the status was already written is ignored`
}

type server struct{}

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader after the status was already written`
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /x", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(item{})
		w.WriteHeader(http.StatusOK) // want `w\.WriteHeader after the body was written`
	})
}

// A local closure that writes the status.
func viaClosure(w http.ResponseWriter, r *http.Request) {
	fail := func(code int) {
		w.WriteHeader(code)
	}
	w.Write([]byte("ok"))
	fail(http.StatusInternalServerError) // want `fail after the body was written`
}

// A template fails halfway: the page so far went out with 200.
func templateFailure(w http.ResponseWriter, r *http.Request) {
	if err := page.Execute(w, r.URL.Path); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http\.Error after the body was written \(which sent 200\): its status is ignored`
	}
}

// A copy fails on its source after sending part of it.
func copyFailure(w http.ResponseWriter, r *http.Request, src io.Reader) {
	if _, err := io.Copy(w, src); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `http\.Error after the body was written`
	}
}

// The encoder fails after an earlier write: that one sent 200.
func encodeAfterWrite(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("["))
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http\.Error after the body was written`
	}
}

// The encoder fails after an explicit status.
func encodeAfterStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http\.Error after the status was already written`
	}
}

// A stream that fails after its first item.
func streamFailure(w http.ResponseWriter, r *http.Request, items []item) {
	enc := json.NewEncoder(w)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // want `http\.Error after the body was written`
			return
		}
	}
}
