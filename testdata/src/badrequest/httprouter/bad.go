package httprouter

import (
	"errors"
	"example.com/store"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

type handler struct{ db *store.DB }

func (h *handler) create(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	err := h.db.Create(r.Context(), &store.Item{Name: ps.ByName("name")})
	if errors.Is(err, store.ErrDuplicate) {
		http.Error(w, "taken", http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func routes(h *handler) http.Handler {
	router := httprouter.New()
	router.POST("/items/:name", h.create)
	return router
}
