package travel

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/apperr"
	"example.com/web"
)

// The right constructor for a conflict.
func createTeam(w http.ResponseWriter, r *http.Request) {
	err := create(r.FormValue("name"))
	if errors.Is(err, apperr.ErrDuplicate) {
		web.Fail(w, apperr.Conflict("name taken"))
		return
	}
	web.Respond(w, nil, err)
}

// 400 for a body that does not decode.
func decodeTeam(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		web.Fail(w, apperr.BadRequest("bad body"))
		return
	}
}

// A mapper that gets it right.
func teamStatus(err error) int {
	switch {
	case errors.Is(err, apperr.ErrDuplicate):
		return http.StatusConflict
	case errors.Is(err, apperr.ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusBadRequest
}

func updateTeam(w http.ResponseWriter, r *http.Request) {
	if err := create(r.FormValue("name")); err != nil {
		w.WriteHeader(teamStatus(err))
		return
	}
}

// The call's error path is a duplicate, but the mapper decides by its own
// cases: the 400 it gives is for other errors.
func renameTeam(w http.ResponseWriter, r *http.Request) {
	err := create(r.FormValue("name"))
	if errors.Is(err, apperr.ErrDuplicate) {
		w.WriteHeader(teamStatus(err))
		return
	}
}

// Another package's mapper: its cases are its own to answer for.
func moveTeam(w http.ResponseWriter, r *http.Request) {
	err := create(r.FormValue("name"))
	if errors.Is(err, apperr.ErrDuplicate) {
		web.Mapped(w, err)
		return
	}
}

// A status from the error itself, whatever it is.
func archiveTeam(w http.ResponseWriter, r *http.Request) {
	if err := create(r.FormValue("name")); err != nil {
		web.Fail(w, err)
		return
	}
}
