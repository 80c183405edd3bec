package nethttp

import (
	"encoding/json"
	"net/http"
)

func setFirst(w http.ResponseWriter, r *http.Request) {
	id := newID()
	w.Header().Set("Location", "/items/"+id)
	w.WriteHeader(http.StatusCreated)
}

func viaHeaderVar(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Location", "/items/1")
	h.Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
}

func viaMapIndex(w http.ResponseWriter, r *http.Request) {
	w.Header()["Location"] = []string{"/items/1"}
	w.WriteHeader(http.StatusCreated)
}

func addLowerCase(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("location", "/items/1")
	w.WriteHeader(201)
}

// Set on every branch before they join.
func everyBranch(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("kind") {
	case "a":
		w.Header().Set("Location", "/a/1")
	case "b":
		w.Header().Set("Location", "/b/1")
	default:
		w.Header().Set("Location", "/items/1")
	}
	w.WriteHeader(http.StatusCreated)
}

// Set on the only path that writes 201.
func onlyOnCreate(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("exists") {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Location", "/items/1")
	w.WriteHeader(http.StatusCreated)
}

// A status the model cannot name.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int) {
	w.WriteHeader(code)
}

// Not a 201.
func ok(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]string{"id": "1"})
}

func accepted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
}

// A local helper sets Location, then the handler writes 201.
func setLocation(w http.ResponseWriter, id string) {
	w.Header().Set("Location", "/items/"+id)
}

func viaLocalHelper(w http.ResponseWriter, r *http.Request) {
	setLocation(w, newID())
	w.WriteHeader(http.StatusCreated)
}

// A local helper that sets Location and writes 201.
func createdAt(w http.ResponseWriter, location string) {
	w.Header().Set("Location", location)
	w.WriteHeader(http.StatusCreated)
}

func viaCreatedAt(w http.ResponseWriter, r *http.Request) {
	createdAt(w, "/items/1")
}

// A closure sets Location.
func closureSets(w http.ResponseWriter, r *http.Request) {
	locate := func(id string) { w.Header().Set("Location", "/items/"+id) }
	locate("1")
	w.WriteHeader(http.StatusCreated)
}

// http.Redirect sets Location itself.
func redirectCreated(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/items/1", http.StatusCreated)
}

// The writer went to code the model cannot see: it may have set Location.
func afterOpaque(w http.ResponseWriter, r *http.Request, h http.Handler) {
	h.ServeHTTP(w, r)
	w.WriteHeader(http.StatusCreated)
}

// PUT creates the resource at the URL it names: no Location needed.
func putItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func putRoutes(mux *http.ServeMux) {
	mux.HandleFunc("PUT /items/{id}", putItem)
	mux.HandleFunc("PUT /things/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
}

// A PUT guard that returns early.
func putGuarded(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut {
		w.Header().Set("Allow", http.MethodPut)
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// A deferred write runs after the handler: not checked here.
func deferred(w http.ResponseWriter, r *http.Request) {
	defer w.WriteHeader(http.StatusCreated)
	w.Header().Set("Location", "/items/1")
}

// Other methods that create at the request's URL, with gorilla-style
// and 1.22 registrations.
func patchItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func mkcol(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func moreRoutes(mux *http.ServeMux) {
	mux.HandleFunc("PATCH /items/{id}", patchItem)
	mux.HandleFunc("MKCOL /dav/{path...}", mkcol)
	mux.HandleFunc("PUT /dav/{path...}", mkcol)
}
