package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func meRight(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("me"))
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.GET("/me", meRight)
	return router
}
