package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func create(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header; point the client at the new resource`
}

func routes() http.Handler {
	router := httprouter.New()
	router.POST("/items", create)
	return router
}
