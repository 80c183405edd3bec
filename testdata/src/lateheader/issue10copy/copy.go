// Package issue10copy: a copy that fails may have sent nothing, so a header
// changed on its failure path may still go out.
package issue10copy

import (
	"io"
	"net/http"
)

func stream(w http.ResponseWriter, r *http.Request, src io.Reader) {
	c, err := io.Copy(w, src)
	if err != nil {
		if c == 0 {
			w.Header().Del("Content-Length")
			http.Error(w, "upstream failed", http.StatusBadGateway)
		}
		return
	}
}

// Recall: after a write that succeeded, a header is late.
func after(w http.ResponseWriter, r *http.Request, src io.Reader) {
	if _, err := io.Copy(w, src); err == nil {
		w.Header().Set("X-Done", "1") // want `after the status was written is ignored`
	}
}
