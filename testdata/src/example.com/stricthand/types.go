// Package stricthand keeps strict-server response types written by hand:
// a 401 without a challenge is reported here, in the Visit method, where
// the fix goes, not at every handler that returns it.
package stricthand

import (
	"encoding/json"
	"net/http"
)

type Message struct {
	Message string `json:"message"`
}

type GetUserResponseObject interface {
	VisitGetUserResponse(w http.ResponseWriter) error
}

type GetUser200JSONResponse struct{ Name string }

func (resp GetUser200JSONResponse) VisitGetUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(200)
	return json.NewEncoder(w).Encode(resp)
}

type GetUser401JSONResponse Message

func (resp GetUser401JSONResponse) VisitGetUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(401)
	return json.NewEncoder(w).Encode(resp)
}
