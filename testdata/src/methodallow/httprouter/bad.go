package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

// Routed only for POST, the handler answers POST with 405: the router
// answers the other methods itself.
func create(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusMethodNotAllowed) // want `^405 for a method the handler is registered for \(POST\): the router answers the others itself; if this is not implemented yet, use 501 \(http\.StatusNotImplemented\)$`
}

// Also served by a plain mux for every method: the 405 may be answered.
func items(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed) // want `405 response without Allow header; set it to the allowed methods first, e\.g\. w\.Header\(\)\.Set\("Allow", "GET"\)`
		return
	}
	w.Write([]byte("[]"))
}

func routes(mux *http.ServeMux) http.Handler {
	router := httprouter.New()
	router.POST("/items", create)
	router.GET("/items", items)
	mux.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) { items(w, r, nil) })
	return router
}
