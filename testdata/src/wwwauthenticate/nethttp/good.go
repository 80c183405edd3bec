package nethttp

import (
	"net/http"
	"os"

	"example.com/callback"
)

func setFirst(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

func viaHeaderVar(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("WWW-Authenticate", "Basic")
	w.WriteHeader(http.StatusUnauthorized)
}

func viaMapIndex(w http.ResponseWriter, r *http.Request) {
	w.Header()["Www-Authenticate"] = []string{"Basic"}
	w.WriteHeader(http.StatusUnauthorized)
}

func addLowerCase(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("www-authenticate", "Basic")
	w.WriteHeader(http.StatusUnauthorized)
}

// Set on both branches before they join.
func bothBranches(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("basic") {
		w.Header().Set("WWW-Authenticate", "Basic")
	} else {
		w.Header().Set("WWW-Authenticate", "Bearer")
	}
	w.WriteHeader(http.StatusUnauthorized)
}

// Not a 401.
func forbidden(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "forbidden", http.StatusForbidden)
}

// A status the model cannot name.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int) {
	w.WriteHeader(code)
}

// The writer went to code the model cannot see: it may have set the header.
func afterOpaque(w http.ResponseWriter, r *http.Request, h http.Handler) {
	h.ServeHTTP(w, r)
	w.WriteHeader(http.StatusUnauthorized)
}

// Another writer's header does not count, but this one has its own.
func twoWriters(w http.ResponseWriter, other http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", "Bearer")
	w.WriteHeader(http.StatusUnauthorized)
	other.WriteHeader(http.StatusOK)
}

// 401 written to something that is not the response.
func notResponse() {
	f := os.Stdout
	f.WriteString("401")
}

// A middleware wrapper type whose WriteHeader calls the inner one.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (rec *statusRecorder) WriteHeader(code int) {
	rec.status = code
	rec.ResponseWriter.WriteHeader(code)
}

func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.WriteHeader(http.StatusUnauthorized)
		}
	})
}

type recordingWriter struct {
	http.ResponseWriter
}

// The challenge set through the wrapper is set on the response.
func resetPasswordGood(w http.ResponseWriter, r *http.Request) {
	rw := &recordingWriter{ResponseWriter: w}
	if r.FormValue("token") == "" {
		rw.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		http.Error(rw, "the reset link has expired", http.StatusUnauthorized)
		return
	}
}

// The handler sets the challenge before the helper hands the response to
// the literal it runs.
func adminChallenged(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="admin"`)
	callback.RequireAdmin(w, r, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("token") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}
