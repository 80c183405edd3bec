package httprouter

import (
	"encoding/json"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func updateRight(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(ps)
}

func deleted(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusNoContent)
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.PUT("/items/:id", updateRight)
	router.DELETE("/items/:id", deleted)
	return router
}
