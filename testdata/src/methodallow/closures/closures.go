package closures

import "net/http"

// A local closure sets the header: silent.
func setInClosure(w http.ResponseWriter, r *http.Request) {
	setAllow := func() { w.Header().Set("Allow", "GET, HEAD") }
	setAllow()
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// A local closure writes the status it is given: reported at the call.
func failClosure(w http.ResponseWriter, r *http.Request) {
	fail := func(code int, msg string) { http.Error(w, msg, code) }
	if r.Method != http.MethodGet {
		fail(http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
		return
	}
}

// A closure that writes 405 itself, called after Allow was set: silent.
func writeInClosure(w http.ResponseWriter, r *http.Request) {
	deny := func() { w.WriteHeader(http.StatusMethodNotAllowed) }
	w.Header().Set("Allow", "GET")
	deny()
}

// The same closure called before Allow was set: reported at the call.
func writeInClosureNoAllow(w http.ResponseWriter, r *http.Request) {
	deny := func() { w.WriteHeader(http.StatusMethodNotAllowed) }
	deny() // want `405 response without Allow header`
}

// A closure taking the writer as a parameter is a local helper.
func closureParam(w http.ResponseWriter, r *http.Request) {
	allow := func(rw http.ResponseWriter) { rw.Header().Set("Allow", "GET") }
	allow(w)
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
}

// An immediately called literal.
func immediate(w http.ResponseWriter, r *http.Request) {
	func() { w.Header().Set("Allow", "GET") }()
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// A deferred recover that writes after the handler: not a write at this point.
func deferredRecover(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if err := recover(); err != nil {
			http.Error(w, "internal", http.StatusInternalServerError)
		}
	}()
	w.Header().Set("Allow", "GET")
	w.WriteHeader(http.StatusMethodNotAllowed)
}
