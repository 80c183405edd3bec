// Package respond is the response-helper package real APIs grow.
package respond

import (
	"encoding/json"
	"net/http"
)

// Error writes status and a JSON error body. It never sets WWW-Authenticate or Allow.
func Error(w http.ResponseWriter, status int, msg string) { // want Error:"writer\\(0\\) sets Content-Type status=param1 body=error"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// AuthError is Error, but sets WWW-Authenticate when the status is 401.
func AuthError(w http.ResponseWriter, status int, msg string) { // want AuthError:"writer\\(0\\) sets Content-Type maybe-sets Www-Authenticate status=param1 body=error"
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// JSON writes status and v as JSON.
func JSON(w http.ResponseWriter, status int, v any) { // want JSON:"writer\\(0\\) sets Content-Type status=param1 body=param2"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// OK writes v as JSON with the implicit 200.
func OK(w http.ResponseWriter, v any) { // want OK:"writer\\(0\\) body=param1"
	json.NewEncoder(w).Encode(v)
}

// Unauthorized writes a 401 on its own, without the header.
func Unauthorized(w http.ResponseWriter) { // want Unauthorized:"writer\\(0\\) sets Content-Type,X-Content-Type-Options status=401 body=error"
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

// Internal sends every error as 500 without looking at it.
func Internal(w http.ResponseWriter, err error) { // want Internal:"writer\\(0\\) sets Content-Type,X-Content-Type-Options status=500 body=error"
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// Proxy hands the writer to code the model cannot see.
func Proxy(w http.ResponseWriter, r *http.Request, h http.Handler) { // want Proxy:"writer\\(0\\) opaque"
	h.ServeHTTP(w, r)
}
