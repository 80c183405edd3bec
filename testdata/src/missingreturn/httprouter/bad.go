package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func item(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if ps.ByName("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest) // want `http.Error writes an error response but the handler goes on to write again; add a return after it`
	}
	w.Write([]byte(ps.ByName("id")))
}

func routes() http.Handler {
	router := httprouter.New()
	router.GET("/items/:id", item)
	return router
}
