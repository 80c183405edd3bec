package nethttp

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type item struct{ Name string }

// The documented example.
func update(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	json.NewEncoder(w).Encode(item{}) // want `^body written after 204 \(http\.StatusNoContent\), which cannot have one; drop the body or send 200$`
}

func notModified(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == `"v1"` {
		w.WriteHeader(http.StatusNotModified)
		w.Write([]byte("not modified")) // want `body written after 304 \(http\.StatusNotModified\), which cannot have one`
		return
	}
	w.Write([]byte("data"))
}

func switching(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Upgrade", "websocket")
	w.WriteHeader(http.StatusSwitchingProtocols)
	fmt.Fprint(w, "hello") // want `^body written after 101 \(http\.StatusSwitchingProtocols\), which cannot have one; drop the body, or hijack the connection to speak the new protocol$`
}

// A numeric literal and a body in a later statement on every path.
func literal(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(204)
	if r.URL.Query().Has("debug") {
		fmt.Fprintf(w, "deleted %s", r.URL.Path) // want `body written after 204 \(http\.StatusNoContent\)`
	}
}

// Either status forbids the body.
func eitherWay(w http.ResponseWriter, r *http.Request) {
	status := http.StatusNoContent
	if r.Header.Get("If-None-Match") != "" {
		status = http.StatusNotModified
	}
	w.WriteHeader(status)
	w.Write([]byte("x")) // want `^body written after 204 \(http\.StatusNoContent\) or 304 \(http\.StatusNotModified\), which cannot have one either way; drop the body or send 200$`
}

// Two status writes on joined paths, both bodyless.
func joined(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("a") {
		w.WriteHeader(http.StatusNoContent)
	} else {
		w.WriteHeader(http.StatusNoContent)
	}
	w.Write([]byte("x")) // want `body written after 204`
}

// http.Error writes its message as the body.
func errorWithNotModified(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not modified", http.StatusNotModified) // want `body written after 304`
}

type server struct{}

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	w.Write([]byte("{}")) // want `body written after 204`
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("DELETE /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
		json.NewEncoder(w).Encode(map[string]bool{"deleted": true}) // want `body written after 204`
	})
}
