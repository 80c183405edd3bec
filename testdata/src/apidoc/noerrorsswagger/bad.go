// Package noerrorsswagger documents successes only, in go-swagger's
// comments.
package noerrorsswagger

import (
	"encoding/json"
	"net/http"
)

type Note struct{ ID string }

// swagger:route GET /notes/{id} notes noteGet // want `^no annotation in package noerrorsswagger declares an error response, but a handler sends 404; document them in the responses of its annotations$`
//
// Get a note.
//
//	Responses:
//	  200: note
func NoteGet(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		http.Error(w, "no such note", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(Note{ID: r.PathValue("id")})
}
