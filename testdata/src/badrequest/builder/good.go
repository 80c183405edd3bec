package builder

import (
	"errors"
	"net/http"

	"example.com/reply"
	"example.com/store"
)

// 409 for the duplicate, 400 for a missing name.
func update(w http.ResponseWriter, r *http.Request, db *store.DB) {
	name := r.FormValue("name")
	if name == "" {
		reply.To(w).Code(http.StatusBadRequest).Text("name required")
		return
	}
	if err := db.Update(r.Context(), &store.Item{Name: name}); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			reply.To(w).Code(http.StatusConflict).Text("exists")
			return
		}
		reply.To(w).Code(http.StatusInternalServerError).Text("failed")
		return
	}
	reply.To(w).Code(http.StatusNoContent).Empty()
}
