package httprouter

import (
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func movedRight(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.Redirect(w, r, "/new", http.StatusMovedPermanently)
}

func loginRight(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.GET("/old", movedRight)
	router.POST("/login", loginRight)
	return router
}
