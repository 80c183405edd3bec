package httprouter

import (
	"example.com/store"
	"fmt"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

type handler struct{ db *store.DB }

func (h *handler) list(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	items, err := h.db.List(r.Context())
	if err != nil {
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, err) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 500 \(http.StatusInternalServerError\)`
		return
	}
	fmt.Fprint(w, items)
}

func routes(h *handler) http.Handler {
	router := httprouter.New()
	router.GET("/items", h.list)
	return router
}
