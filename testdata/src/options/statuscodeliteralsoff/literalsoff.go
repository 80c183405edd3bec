package literalsoff

import "net/http"

// With -statuscode.literals off, numbers in range are not reported.
func find(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.Error(w, "no such item", 404)
		return
	}
	status := 201
	w.WriteHeader(status)
}
