package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
	"strconv"
)

func item(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := strconv.Atoi(ps.ByName("id"))
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(parsing request input\); use 400 \(http.StatusBadRequest\)`
		return
	}
	w.Write([]byte(strconv.Itoa(id)))
}

func routes() http.Handler {
	router := httprouter.New()
	router.GET("/items/:id", item)
	return router
}
