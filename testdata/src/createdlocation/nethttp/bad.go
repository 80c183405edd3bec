package nethttp

import (
	"fmt"
	"net/http"
)

func newID() string { return "42" }

// The example of the documentation.
func createItem(w http.ResponseWriter, r *http.Request) {
	id := newID()
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header; point the client at the new resource, e.g. w.Header\(\).Set\("Location", "/items/"\+id\)`
	fmt.Fprintf(w, `{"id":%q}`, id)
}

// A literal, and the writer's own name in the message.
func literal(rw http.ResponseWriter, r *http.Request) {
	rw.WriteHeader(201) // want `201 response without Location header; point the client at the new resource, e.g. rw.Header\(\)`
}

// Set in one branch only.
func oneBranch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("id") {
		w.Header().Set("Location", "/items/"+r.URL.Query().Get("id"))
	}
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
}

// Set, then removed.
func deleted(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/items/1")
	w.Header().Del("Location")
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
}

// Another header, not Location.
func contentLocation(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Location", "/items/1")
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
}

// The status chosen away from the write.
func viaVariable(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	if r.Method == http.MethodPost {
		status = http.StatusCreated
	}
	w.WriteHeader(status) // want `201 response without Location header`
}

// A local helper that writes 201 on its own: reported inside it.
func created(w http.ResponseWriter) {
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
}

func callsCreated(w http.ResponseWriter, r *http.Request) {
	created(w)
}

// A closure that writes 201: reported at the call.
func closure(w http.ResponseWriter, r *http.Request) {
	done := func() { w.WriteHeader(http.StatusCreated) }
	done() // want `201 response without Location header`
}

// POST creates under a new URL: reported.
func postItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
}

// Serving PUT and POST: the POST needs Location.
func upsert(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /items", postItem)
	mux.HandleFunc("PUT /items/{id}", upsert)
	mux.HandleFunc("POST /items/{id}", upsert)
	mux.HandleFunc("POST /things", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
	})
}

// A helper that always gives 201: the status the write sends.
func statusOf(r *http.Request) int { return http.StatusCreated }

func statusFromCall(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(statusOf(r)) // want `201 response without Location header`
}
