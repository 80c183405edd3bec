package generated

import "net/http"

func remove(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(204) // want `status 204 written as a number; use http.StatusNoContent`
}
