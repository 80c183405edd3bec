package builder

import (
	"encoding/json"
	"net/http"

	"example.com/reply"
	"example.com/store"
)

// 201 through the chain, and no Location.
func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var it store.Item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		reply.To(w).Code(http.StatusBadRequest).Text("bad item")
		return
	}
	if err := db.Create(r.Context(), &it); err != nil {
		reply.To(w).Code(http.StatusInternalServerError).Text("failed")
		return
	}
	reply.To(w).Code(http.StatusCreated).JSON(it) // want `201 response without Location header`
}
