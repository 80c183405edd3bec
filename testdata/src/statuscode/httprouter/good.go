package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func createRight(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusCreated)
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.POST("/items", createRight)
	return router
}
