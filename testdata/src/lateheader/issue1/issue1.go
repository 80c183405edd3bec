// Package issue1: grpc-gateway's ForwardResponseStream sets Content-Type on
// the first iteration of its loop only (if !wroteHeader), before the first
// write; the model, which does not follow the flag, sees the write of the
// previous iteration reach it.
package issue1

import "net/http"

func stream(w http.ResponseWriter, r *http.Request, recv func() ([]byte, error)) {
	var wroteHeader bool
	for {
		buf, err := recv()
		if err != nil {
			return
		}
		if !wroteHeader {
			w.Header().Set("Content-Type", "application/json")
		}
		if _, err := w.Write(buf); err != nil {
			return
		}
		wroteHeader = true
	}
}
