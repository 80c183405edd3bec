// Package auth sets authentication and method headers for handlers.
package auth

import "net/http"

// Challenge sets WWW-Authenticate and writes nothing else.
func Challenge(w http.ResponseWriter) { // want Challenge:"writer\\(0\\) sets Www-Authenticate"
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
}

// Allow sets the Allow header.
func Allow(w http.ResponseWriter, methods string) { // want Allow:"writer\\(0\\) sets Allow"
	w.Header().Set("Allow", methods)
}

// Reject writes a 401 with the challenge: a status the caller cannot get wrong.
func Reject(w http.ResponseWriter) { // want Reject:"writer\\(0\\) sets Content-Type,Www-Authenticate,X-Content-Type-Options status=401 body=error"
	w.Header().Set("WWW-Authenticate", "Bearer")
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}
