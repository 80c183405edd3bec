package issue10

import "net/http"

// Recall: outside a test, the second status is reported.
func twice(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	w.WriteHeader(http.StatusAccepted) // want `after the status was already written is ignored`
}
