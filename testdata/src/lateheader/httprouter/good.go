package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func createRight(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	w.Header().Set("Location", "/items/"+ps.ByName("id"))
	w.WriteHeader(http.StatusCreated)
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.PUT("/items/:id", createRight)
	return router
}
