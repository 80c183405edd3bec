package httprouter

import (
	"fmt"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func (h *handler) listRight(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	items, err := h.db.List(r.Context())
	if err != nil {
		http.Error(w, "cannot list", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, items)
}

func goodRoutes(h *handler) http.Handler {
	router := httprouter.New()
	router.GET("/items", h.listRight)
	return router
}
