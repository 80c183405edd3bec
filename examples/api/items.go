package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/statuslint/statuslint/examples/decode"
	"github.com/statuslint/statuslint/examples/respond"
	"github.com/statuslint/statuslint/examples/store"
)

type itemRequest struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Price int    `json:"price"`
}

// Validate checks the values of a request that decoded fine.
func (req itemRequest) Validate() error {
	switch {
	case strings.TrimSpace(req.ID) == "":
		return errors.New("id is required")
	case strings.TrimSpace(req.Name) == "":
		return errors.New("name is required")
	case req.Price <= 0:
		return errors.New("price must be positive")
	}
	return nil
}

func (s *Server) listItems(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusOK, s.store.Items())
}

func (s *Server) createItem(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		respond.Unauthorized(w, "items") // right: the helper sets WWW-Authenticate
		return
	}
	var req itemRequest
	if err := decode.JSON(r, &req); err != nil {
		// statuslint: clienterror — a body that does not decode is the client's fault (400), not 500.
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	if err := req.Validate(); err != nil {
		// statuslint: badrequest — the body decoded but its values are invalid: 422, not 400.
		respond.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	item := store.Item{ID: req.ID, Name: req.Name, Price: req.Price}
	if err := s.store.CreateItem(item); err != nil {
		switch {
		case errors.Is(err, store.ErrDuplicate):
			respond.Error(w, http.StatusConflict, "item already exists") // right: 409
		default:
			respond.Error(w, http.StatusInternalServerError, "internal error") // right: a store failure is ours
		}
		return
	}
	w.Header().Set("Location", "/items/"+item.ID)
	respond.JSON(w, http.StatusCreated, item)
}

func (s *Server) getItem(w http.ResponseWriter, r *http.Request) {
	item, err := s.store.Item(r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		respond.Error(w, http.StatusNotFound, "no such item") // right: 404
		return
	}
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	respond.JSON(w, http.StatusOK, item)
}

func (s *Server) deleteItem(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		// statuslint: wwwauthenticate — a 401 must say how to authenticate (WWW-Authenticate).
		respond.Error(w, http.StatusUnauthorized, "missing or invalid token")
		return
	}
	if err := s.store.DeleteItem(r.PathValue("id")); err != nil {
		// statuslint: successonerror — no status written, so the error goes out as 200.
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
