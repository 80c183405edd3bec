package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

// Only GET reaches item: httprouter answers the other methods with 405
// and Allow itself, so the check never fails.
func item(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Write([]byte(ps.ByName("id")))
}

// Registered with Handler for PUT: the same.
func replace(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// httprouter sets Allow before it runs its MethodNotAllowed handler.
func notAllowed(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// With Allow set.
func withAllow(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if r.Method != http.MethodDelete {
		w.Header().Set("Allow", "DELETE")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func goodRoutes(mux *http.ServeMux) http.Handler {
	router := httprouter.New()
	router.GET("/items/:id", item)
	router.Handler(http.MethodPut, "/items/:id", http.HandlerFunc(replace))
	router.MethodNotAllowed = http.HandlerFunc(notAllowed)
	router.DELETE("/items/:id", withAllow)
	mux.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) { withAllow(w, r, nil) })
	return router
}
