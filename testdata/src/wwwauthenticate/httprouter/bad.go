package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func me(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)`
		return
	}
	w.Write([]byte("me"))
}

func routes() http.Handler {
	router := httprouter.New()
	router.GET("/me", me)
	return router
}
