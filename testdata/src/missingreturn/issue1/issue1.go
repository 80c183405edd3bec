// Package issue1: go-chi/render's event stream writes an error event after
// the status has left and goes on streaming. Once the status is out, an
// error-shaped body is content, not an error response.
package issue1

import (
	"encoding/json"
	"fmt"
	"net/http"
)

func stream(w http.ResponseWriter, r *http.Request, ch <-chan any) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	for v := range ch {
		b, err := json.Marshal(v)
		if err != nil {
			w.Write([]byte(fmt.Sprintf("event: error\ndata: {\"error\":\"%v\"}\n\n", err)))
			continue
		}
		w.Write([]byte(fmt.Sprintf("event: data\ndata: %s\n\n", b)))
	}
}

// The body of an error response is part of it: reported once, at its start
// (see nethttp/bad.go), not again at the body.
func errorBody(w http.ResponseWriter, r *http.Request, err error) {
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprintf(w, "error: %v", err)
		return
	}
	w.Write([]byte("ok"))
}

// A stream that may write an error on any iteration: after the first item
// the status has left, and the model, which merges the loop's iterations,
// cannot tell the first iteration's error response from a later one's
// error content. Silent.
func streamContinue(w http.ResponseWriter, r *http.Request, ids []string, lookup func(string) (string, error)) {
	for _, id := range ids {
		name, err := lookup(id)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			continue
		}
		fmt.Fprintln(w, name)
	}
}
