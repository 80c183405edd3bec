package httprouter

import (
	"encoding/json"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func update(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	w.WriteHeader(http.StatusNoContent)
	json.NewEncoder(w).Encode(ps) // want `^body written after 204 \(http\.StatusNoContent\), which cannot have one; drop the body or send 200$`
}

func routes() http.Handler {
	router := httprouter.New()
	router.PUT("/items/:id", update)
	return router
}
