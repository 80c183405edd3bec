package nethttp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

// The documented fix: encode first, then choose the status.
func createRight(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(item{}); err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	w.Write(buf.Bytes())
}

// One status per path.
func branches(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("x") {
		w.WriteHeader(http.StatusNoContent)
	} else {
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("x"))
	}
}

func earlyReturn(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("x") {
		w.Write([]byte("x"))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func switchCases(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.WriteHeader(http.StatusOK)
	case http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, DELETE")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// An error response without return on some paths: missingreturn's finding,
// reported at the error response, not here.
func missingReturn(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK)
}

// 103 Early Hints is sent at once; the final status follows.
func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</style.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("<html>"))
}

// Headers only before the status.
func headersFirst(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintln(w, "a")
	fmt.Fprintln(w, "b")
}

// Body writes in a loop after one status.
func stream(w http.ResponseWriter, r *http.Request, lines []string) {
	w.WriteHeader(http.StatusOK)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

// A status in a loop that leaves after writing it.
func firstMatch(w http.ResponseWriter, r *http.Request, codes []int) {
	for _, c := range codes {
		if c != 0 {
			w.WriteHeader(http.StatusAccepted)
			break
		}
	}
}

// A helper that writes on some paths only tells its caller by its result.
func authorize(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

func guarded(w http.ResponseWriter, r *http.Request) {
	if !authorize(w, r) {
		return
	}
	w.WriteHeader(http.StatusOK)
}

// The response went to a handler the model cannot see first.
func afterOpaque(w http.ResponseWriter, r *http.Request, h http.Handler) {
	h.ServeHTTP(w, r)
	w.WriteHeader(http.StatusOK)
}

// Two writers, one status each.
func twoWriters(w http.ResponseWriter, other http.ResponseWriter) {
	other.Write([]byte("copy"))
	w.WriteHeader(http.StatusOK)
}

// Deferred and concurrent writes are not on the handler's path.
func deferred(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if recover() != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	}()
	w.WriteHeader(http.StatusOK)
}

// A middleware wrapper that records the status and forwards it once.
type statusRecorder struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (rec *statusRecorder) WriteHeader(code int) {
	if rec.wroteHeader {
		return
	}
	rec.status, rec.wroteHeader = code, true
	rec.ResponseWriter.WriteHeader(code)
}

func (rec *statusRecorder) Write(b []byte) (int, error) {
	if !rec.wroteHeader {
		rec.WriteHeader(http.StatusOK)
	}
	return rec.ResponseWriter.Write(b)
}

func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if !rec.wroteHeader {
			rec.WriteHeader(http.StatusNoContent)
		}
	})
}

// A local closure, called on exclusive paths.
func closureOnce(w http.ResponseWriter, r *http.Request) {
	fail := func(code int) {
		http.Error(w, http.StatusText(code), code)
	}
	if r.URL.Query().Has("x") {
		fail(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// The encoder marshals before it writes: on a marshal error nothing was
// sent and the 500 goes out.
func encodeIdiom(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func encodeIdiomSplit(w http.ResponseWriter, r *http.Request) {
	enc := json.NewEncoder(w)
	err := enc.Encode(item{})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
}

// A single write fails only when the client is gone.
func writeIdiom(w http.ResponseWriter, r *http.Request) {
	if _, err := w.Write([]byte("ok")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// The status goes out once, on the first iteration: the model does not
// follow the flag, and does not report what only an earlier iteration wrote.
func flagInLoop(w http.ResponseWriter, r *http.Request, lines []string) {
	wrote := false
	for _, l := range lines {
		if !wrote {
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(http.StatusOK)
			wrote = true
		}
		fmt.Fprintln(w, l)
	}
}
