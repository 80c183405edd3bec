package nethttp

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// The documented fix.
func updateRight(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(item{})
}

// The status is 204 on one path and 200 on the other; the body is written
// only on the 200 path, which the model cannot tell apart: silent.
func maybeEmpty(w http.ResponseWriter, r *http.Request, data []byte) {
	empty := len(data) == 0
	status := 200
	if empty {
		status = 204
	}
	w.WriteHeader(status)
	if !empty {
		w.Write(data)
	}
}

// 204 without a body.
func deleted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// An empty write is harmless.
func emptyWrite(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	w.Write(nil)
}

// 304 on one path, a body on the other.
func conditional(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == `"v1"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", `"v1"`)
	w.Write([]byte("data"))
}

// 103 Early Hints is informational: the body goes out with a 200.
func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</style.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	w.Write([]byte("<html>"))
}

// 100 Continue too.
func continueThenBody(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusContinue)
	fmt.Fprint(w, "done")
}

// A status the model cannot name.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int) {
	w.WriteHeader(code)
	w.Write([]byte("x"))
}

// The response went to code the model cannot see in between.
func afterOpaque(w http.ResponseWriter, r *http.Request, h http.Handler) {
	w.WriteHeader(http.StatusNoContent)
	h.ServeHTTP(w, r)
	w.Write([]byte("x"))
}

// The body goes to another writer.
func otherWriter(w http.ResponseWriter, log http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	log.Write([]byte("deleted"))
}

// 200 on every path.
func ok(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	fmt.Fprintln(w, "ok")
}

// 204 is decided, then replaced before anything is written.
func reassigned(w http.ResponseWriter, r *http.Request) {
	status := http.StatusNoContent
	if r.URL.Query().Has("verbose") {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	fmt.Fprintln(w, "done")
}

// Headers after 204 are lateheader's business, not a body.
func headerAfter(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	w.Header().Set("X-Deleted", "1")
}

// A 204 chosen in a switch, with the body only in the other cases.
func switched(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	default:
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("x"))
	}
}
