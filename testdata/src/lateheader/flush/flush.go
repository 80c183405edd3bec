// Package flush: flushing sends the status line and headers.
package flush

import "net/http"

func afterFlusher(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("partial"))
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	w.Header().Set("X-Done", "1") // want `after the status was written`
}

func afterController(w http.ResponseWriter, r *http.Request) {
	http.NewResponseController(w).Flush()
	w.Header().Set("X-Late", "1") // want `after the status was written`
}

func directAssert(w http.ResponseWriter, r *http.Request) {
	w.(http.Flusher).Flush()
	w.Header().Set("X-Late", "1") // want `after the status was written`
}

// Headers set before the flush are sent with it.
func beforeFlush(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.(http.Flusher).Flush()
}

// An informational 103 leaves the real status and its headers to come.
func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Link", "</style.css>; rel=preload")
	w.WriteHeader(http.StatusEarlyHints)
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusOK)
}
