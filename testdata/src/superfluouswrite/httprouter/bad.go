package httprouter

import (
	"encoding/json"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func create(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(ps); err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `^w\.WriteHeader after the status was already written is ignored \(superfluous response\.WriteHeader call\); remove it or return after the first write$`
	}
}

func routes() http.Handler {
	router := httprouter.New()
	router.POST("/items", create)
	return router
}
