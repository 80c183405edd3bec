package builder

import (
	"errors"
	"net/http"

	"example.com/withopts"
	"example.com/store"
)

func rename(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Update(r.Context(), &store.Item{Name: r.FormValue("name")}); err != nil {
		switch {
		case errors.Is(err, store.ErrDuplicate):
			withopts.With(w, withopts.Status(http.StatusBadRequest), withopts.Body("exists")) // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409`
		case errors.Is(err, store.ErrVersionMismatch):
			withopts.With(w, withopts.Status(http.StatusConflict), withopts.Body("changed"))
		default:
			withopts.With(w, withopts.Status(http.StatusInternalServerError))
		}
		return
	}
	withopts.With(w, withopts.Status(http.StatusNoContent))
}
