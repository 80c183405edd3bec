// Package issue10 holds method guards met in real services behind routes
// registered for specific methods: the router answers every other method
// itself, so the guard's 405 never runs.
package issue10

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

func routes(m *http.ServeMux, r *chi.Mux, g *mux.Router) {
	r.Head("/ping", ping)
	m.HandleFunc("GET /items", listItems)
	m.HandleFunc("POST /items", createItem)
	g.HandleFunc("/users", listUsers).Methods(http.MethodGet)
	r.Get("/either", either)
	r.Post("/either", either)
	r.Get("/switched", switched)

	// Registered for every method as well: its guard is live.
	m.HandleFunc("GET /live", live)
	m.HandleFunc("/live-any", live)

	// Registered for GET and POST, but the guard only lets POST through:
	// a GET gets the 405.
	r.Get("/narrow", narrow)
	r.Post("/narrow", narrow)
}

func ping(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
}

// A GET pattern matches HEAD too; this guard admits both.
func listItems(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
}

func createItem(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
	} else {
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func listUsers(w http.ResponseWriter, r *http.Request) {
	if r.Method != "GET" {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
}

func either(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
}

func switched(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.Write([]byte("ok"))
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func live(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header`
		return
	}
}

func narrow(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header`
		return
	}
}

// Exported: another package may register it for any method.
func Exported(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header`
		return
	}
}

func registerExported(r *chi.Mux) { r.Get("/exported", Exported) }
