// Package issue10 holds headers set after the status behind a wrapper that
// buffers the whole response (http.TimeoutHandler): they still go out.
package issue10

import (
	"net/http"
	"time"
)

func routes(m *http.ServeMux) {
	m.Handle("/report", http.TimeoutHandler(http.HandlerFunc(report), time.Second, "timeout"))
	m.HandleFunc("/direct", direct)
}

func report(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	w.Header().Set("Location", "/report/1")
}

// Recall: the same, without the wrapper.
func direct(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	w.Header().Set("Location", "/direct/1") // want `after the status was written is ignored`
}
