package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func create(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(2010) // want `status 2010 is not an HTTP status code \(100–599\); use an http.Status constant`
}

func routes() http.Handler {
	router := httprouter.New()
	router.POST("/items", create)
	return router
}
