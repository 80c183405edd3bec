package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func create(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	w.WriteHeader(http.StatusCreated)
	w.Header().Set("Location", "/items/"+ps.ByName("id")) // want `w.Header\(\).Set\("Location", ...\) after the status was written is ignored; set headers before w.WriteHeader or the first write`
}

func routes() http.Handler {
	router := httprouter.New()
	router.PUT("/items/:id", create)
	return router
}
