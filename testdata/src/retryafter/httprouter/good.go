package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func searchRight(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if busy {
		w.Header().Set("Retry-After", "30")
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	}
	w.Write([]byte("[]"))
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.GET("/search", searchRight)
	return router
}
