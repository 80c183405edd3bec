package packed

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/packed"
)

var errDown = errors.New("database down")

func save(n note) error { return errDown }

// 400 for the body, 500 for the store.
func updateNote(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		packed.Invalid(w, err)
		return
	}
	if err := save(n); err != nil {
		packed.Failed(w, err)
		return
	}
	packed.New(w).Status(http.StatusNoContent).Send()
}

// The server's own failure, through the chain.
func listNotes(w http.ResponseWriter, r *http.Request) {
	if err := save(note{}); err != nil {
		packed.New(w).Status(http.StatusInternalServerError).Bytes([]byte(err.Error())).Zipped().Send()
		return
	}
	packed.Created(w, []note{})
}
