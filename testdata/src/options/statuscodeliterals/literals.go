package literals

import "net/http"

// The example of the documentation.
func find(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no such item", 404) // want `status 404 written as a number; use http.StatusNotFound`
}

func created(w http.ResponseWriter, r *http.Request) {
	status := 201 // want `status 201 written as a number; use http.StatusCreated`
	if r.URL.Query().Has("async") {
		status = 202 // want `status 202 written as a number; use http.StatusAccepted`
	}
	w.WriteHeader(status)
}

// Hexadecimal is still a literal.
func hex(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(0x1f4) // want `status 0x1f4 written as a number; use http.StatusInternalServerError`
}

// Left alone: names, numbers net/http does not name, arithmetic.
const notFound = 404

func left(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		w.WriteHeader(notFound)
	case "/b":
		w.WriteHeader(499)
	case "/c":
		w.WriteHeader(http.StatusOK)
	case "/d":
		w.WriteHeader(http.StatusBadRequest + 1)
	}
}

// Out of range: the range report, without a fix.
func outOfRange(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(4040) // want `status 4040 is not an HTTP status code`
}

// A local variable hides the package: reported, no fix.
func shadowed(w http.ResponseWriter, r *http.Request) {
	http := r.URL.Query().Get("proto")
	_ = http
	w.WriteHeader(403) // want `status 403 written as a number; use http.StatusForbidden`
}
