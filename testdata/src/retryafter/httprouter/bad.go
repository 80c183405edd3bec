package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

var busy bool

func search(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if busy {
		http.Error(w, "slow down", http.StatusTooManyRequests) // want `429 response without Retry-After header; tell the client when to retry, e.g. w.Header\(\).Set\("Retry-After", "30"\)`
		return
	}
	w.Write([]byte("[]"))
}

func routes() http.Handler {
	router := httprouter.New()
	router.GET("/search", search)
	return router
}
