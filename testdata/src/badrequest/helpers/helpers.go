package helpers

import (
	"context"
	"errors"
	"net/http"

	"example.com/respond"
	"example.com/store"
)

// CreateUser wraps the store: its errors keep their sentinels.
func createUser(ctx context.Context, db *store.DB, name string) error {
	return db.Create(ctx, &store.Item{Name: name})
}

// The conflict flows through respond.Error's status parameter.
func viaHelper(w http.ResponseWriter, r *http.Request, db *store.DB) {
	err := createUser(r.Context(), db, r.FormValue("name"))
	if errors.Is(err, store.ErrDuplicate) {
		respond.Error(w, http.StatusBadRequest, "name taken") // want `400 .* for a conflict \(store.ErrDuplicate\); use 409`
		return
	}
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, "internal")
	}
}

func viaHelperRight(w http.ResponseWriter, r *http.Request, db *store.DB) {
	err := createUser(r.Context(), db, r.FormValue("name"))
	if errors.Is(err, store.ErrDuplicate) {
		respond.Error(w, http.StatusConflict, "name taken")
	}
}
