package api

import (
	"errors"
	"net/http"

	"github.com/statuslint/statuslint/examples/decode"
	"github.com/statuslint/statuslint/examples/respond"
	"github.com/statuslint/statuslint/examples/store"
)

// NewCreateUser returns the handler for POST /users.
func NewCreateUser(st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var u store.User
		if err := decode.JSON(r, &u); err != nil {
			respond.Error(w, http.StatusBadRequest, err.Error()) // right: malformed body
			return
		}
		if err := st.CreateUser(u); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				// statuslint: badrequest — the email is taken: a conflict (409), not a bad request.
				respond.Error(w, http.StatusBadRequest, "email already registered")
				return
			}
			respond.Error(w, http.StatusInternalServerError, "internal error")
			return
		}
		respond.JSON(w, http.StatusCreated, u)
	}
}
