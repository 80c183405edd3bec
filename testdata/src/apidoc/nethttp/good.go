package nethttp

import (
	"encoding/json"
	"net/http"
)

// StatusDELETEHandler swagger:operation DELETE /api/v1/statuses/{id} statusDelete
//
// A range covers every 4xx.
//
//	---
//	responses:
//		'204':
//			description: deleted
//		'4XX':
//			description: the client's mistake
func StatusDELETEHandler(w http.ResponseWriter, r *http.Request) {
	switch r.PathValue("id") {
	case "":
		http.Error(w, "no id", http.StatusBadRequest)
		return
	case "gone":
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// swagger:route PUT /api/v1/statuses/{id} statuses statusUpdate
//
// A default response declares everything.
//
//	Responses:
//	  200: status
//	  default: genericError
func StatusUpdate(w http.ResponseWriter, r *http.Request) {
	var s Status
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if s.ID == "" {
		http.Error(w, "conflict", http.StatusConflict)
		return
	}
	json.NewEncoder(w).Encode(s)
}

// StatusListHandler swagger:operation GET /api/v1/statuses statusList
//
// Quoted and bare keys, and a 200 sent by a body written first.
//
//	---
//	responses:
//		"200":
//			description: the statuses
//		400:
//			description: bad request
//		"404":
//			description: not found
func StatusListHandler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("limit") == "x" {
		http.Error(w, "bad limit", http.StatusBadRequest)
		return
	}
	if r.URL.Query().Get("account") == "gone" {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte("[]"))
}

// swagger:route GET /api/v1/statuses/{id}/history statuses statusHistory
//
// Documented apart from its handler, which serves two routes; what it
// sends is declared.
//
//	Responses:
//	  200: history
//	  404: notFound
type statusHistoryDoc struct{}

func statusHistory(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte("[]"))
}

// swagger:route GET /api/v1/nowhere statuses nowhere
//
// No route has this path: nothing to compare.
//
//	Responses:
//	  200: nothing
type nowhereDoc struct{}
