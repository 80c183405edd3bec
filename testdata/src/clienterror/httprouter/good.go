package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
	"strconv"
)

func itemRight(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := strconv.Atoi(ps.ByName("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	w.Write([]byte(strconv.Itoa(id)))
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.GET("/items/:id", itemRight)
	return router
}
