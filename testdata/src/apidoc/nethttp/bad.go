package nethttp

import (
	"encoding/json"
	"net/http"
)

type Status struct{ ID string }

// StatusGETHandler swagger:operation GET /api/v1/statuses/{id} statusGet
//
// Get a status.
//
//	---
//	tags:
//	- statuses
//
//	parameters:
//	-
//		name: id
//		in: path
//		required: true
//
//	responses:
//		'200':
//			schema:
//				"$ref": "#/definitions/status"
//		'400':
//			description: bad request
func StatusGETHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "no id", http.StatusBadRequest)
		return
	}
	if id == "gone" {
		http.Error(w, "not found", http.StatusNotFound) // want `StatusGETHandler sends 404, which its annotations do not declare; add a '404' response to its swagger:operation responses, or send a status they declare`
		return
	}
	json.NewEncoder(w).Encode(Status{ID: id})
}

// swagger:route POST /api/v1/statuses statuses statusCreate
//
// Create a status.
//
//	Responses:
//	  200: status
//	  400: badRequest
func StatusCreate(w http.ResponseWriter, r *http.Request) {
	var s Status
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated) // want `StatusCreate sends 201 where its annotations document 200 as the success status; document 201 in the Responses of its swagger:route, or send 200`
	json.NewEncoder(w).Encode(s)
}

// swagger:route DELETE /api/v1/statuses/{id} statuses statusRemove
//
// Remove a status: documented apart from its handler.
//
//	Responses:
//	  204: empty
type statusRemoveDoc struct{}

func statusRemove(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		http.Error(w, "no id", http.StatusBadRequest) // want `statusRemove sends 400, which its annotations do not declare; add 400 to the Responses of its swagger:route`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("DELETE /api/v1/statuses/{id}", statusRemove)
	mux.HandleFunc("GET /api/v1/statuses/{id}/history", statusHistory)
	mux.HandleFunc("GET /api/v1/statuses/{id}/context", statusHistory)
}
