package builder

import (
	"errors"
	"net/http"

	"example.com/reply"
	"example.com/store"
)

// A duplicate answered with 400 through the chain.
func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := &store.Item{Name: r.FormValue("name")}
	if err := db.Create(r.Context(), it); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			reply.To(w).Code(http.StatusBadRequest).Text("exists") // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409`
			return
		}
		reply.To(w).Code(http.StatusInternalServerError).Text("failed")
		return
	}
	reply.To(w).Created("/items/1").JSON(it)
}
