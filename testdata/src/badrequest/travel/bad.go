package travel

import (
	"errors"
	"net/http"

	"example.com/apperr"
	"example.com/web"
)

func create(name string) error { return nil }

// A constructor of another package chooses the status: reported where it
// is called, the place to call another.
func createUser(w http.ResponseWriter, r *http.Request) {
	err := create(r.FormValue("name"))
	if errors.Is(err, apperr.ErrDuplicate) {
		web.Fail(w, apperr.BadRequest("name taken")) // want `400 \(http.StatusBadRequest\) for a conflict \(apperr.ErrDuplicate\); use 409`
		return
	}
	web.Respond(w, nil, err)
}

// A mapper of this package: reported once, at its case.
func statusOf(err error) int {
	switch {
	case errors.Is(err, apperr.ErrDuplicate):
		return http.StatusBadRequest // want `400 \(http.StatusBadRequest\) for a conflict \(apperr.ErrDuplicate\); use 409`
	case errors.Is(err, apperr.ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

func updateUser(w http.ResponseWriter, r *http.Request) {
	if err := create(r.FormValue("name")); err != nil {
		http.Error(w, err.Error(), statusOf(err))
		return
	}
}

func renameUser(w http.ResponseWriter, r *http.Request) {
	if err := create(r.FormValue("name")); err != nil {
		w.WriteHeader(statusOf(err))
		return
	}
}

// A table: reported at its entry.
var statusByErr = map[error]int{
	apperr.ErrDuplicate: http.StatusBadRequest, // want `400 \(http.StatusBadRequest\) for a conflict \(apperr.ErrDuplicate\); use 409`
	apperr.ErrNotFound:  http.StatusNotFound,
}

func deleteUser(w http.ResponseWriter, r *http.Request) {
	if err := create(r.FormValue("name")); err != nil {
		w.WriteHeader(statusByErr[err])
		return
	}
}

// The error value is built here, its status read by the writer.
func inviteUser(w http.ResponseWriter, r *http.Request) {
	err := create(r.FormValue("name"))
	if errors.Is(err, apperr.ErrDuplicate) {
		e := &apperr.Error{Status: http.StatusBadRequest, Msg: "invited already"} // want `400 \(http.StatusBadRequest\) for a conflict \(apperr.ErrDuplicate\); use 409`
		w.WriteHeader(e.Status)
		return
	}
}
