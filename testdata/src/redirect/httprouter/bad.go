package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func moved(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusMovedPermanently) // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header`
}

// Routed only for POST: a 302 makes the client repeat it as a GET.
func login(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.Redirect(w, r, "/", http.StatusFound) // want `^302 \(http\.StatusFound\) redirect from a POST handler`
}

func routes() http.Handler {
	router := httprouter.New()
	router.GET("/old", moved)
	router.POST("/login", login)
	return router
}
