package statusreturn

import (
	"net/http"
)

// The handler sets the challenge before returning the 401.
func challenged(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		return http.StatusUnauthorized, nil
	}
	return http.StatusNoContent, nil
}

// A status the model cannot tell.
func passthrough(w http.ResponseWriter, r *http.Request) (int, error) {
	code := len(r.URL.Path)
	return code, nil
}

// Another function type, with a wrapper that sets the challenge for a
// 401 after the handler returns.
type authFunc func(w http.ResponseWriter, r *http.Request) (int, error)

type authHandler func(http.ResponseWriter, *http.Request) (int, error)

func authWrap(fn authHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		code, _ := fn(w, r)
		if code == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", "Bearer")
		}
		if code != 0 {
			w.WriteHeader(code)
		}
	}
}

func (authHandler) unused() {}

func me(w http.ResponseWriter, r *http.Request) (code int, err error) {
	if r.Header.Get("Authorization") == "" {
		return http.StatusUnauthorized, nil
	}
	return 0, nil
}

// The helper sets the challenge before it hands back the 401.
func challenge(w http.ResponseWriter) (int, error) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	return http.StatusUnauthorized, nil
}

func guarded(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Header.Get("Authorization") == "" {
		return challenge(w)
	}
	status, err := challengeOrOK(w, r)
	return status, err
}

func challengeOrOK(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.URL.Query().Get("token") == "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		return http.StatusUnauthorized, nil
	}
	w.Write([]byte("ok"))
	return 0, nil
}
