package httprouter

import (
	"errors"
	"example.com/store"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func (h *handler) createRight(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	err := h.db.Create(r.Context(), &store.Item{Name: ps.ByName("name")})
	if errors.Is(err, store.ErrDuplicate) {
		http.Error(w, "taken", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func goodRoutes(h *handler) http.Handler {
	router := httprouter.New()
	router.POST("/items/:name", h.createRight)
	return router
}
