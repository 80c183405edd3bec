package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func itemRight(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if ps.ByName("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	w.Write([]byte(ps.ByName("id")))
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.GET("/items/:id", itemRight)
	return router
}
