package travel

import (
	"net/http"

	"example.com/apperr"
	"example.com/web"
)

// The header set before the central writer runs.
func meGood(w http.ResponseWriter, r *http.Request) {
	if err := authenticate(r); err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		web.Fail(w, apperr.Unauthorized("log in"))
		return
	}
}

// A 403 is not a 401.
func admin(w http.ResponseWriter, r *http.Request) {
	if err := authenticate(r); err != nil {
		web.Fail(w, apperr.ErrForbidden)
		return
	}
}

// A writer that adds the header for a 401 (the status it reads is
// compared before the write).
func failAuth(w http.ResponseWriter, err error) {
	status := apperr.StatusFor(err)
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	}
	w.WriteHeader(status)
}

func account(w http.ResponseWriter, r *http.Request) {
	if err := authenticate(r); err != nil {
		failAuth(w, apperr.Unauthorized("log in"))
		return
	}
}

// An error whose status the model cannot know.
func billing(w http.ResponseWriter, r *http.Request) {
	if err := authenticate(r); err != nil {
		web.Fail(w, err)
		return
	}
}

// web.Page answers a 401 with the login page: none goes out.
func dashboard(w http.ResponseWriter, r *http.Request) {
	if err := checkSession(r); err != nil {
		web.Page(w, r, apperr.Unauthorized("log in"))
		return
	}
}

// web.Challenged sets the challenge before it runs the handler.
func challenged(mux *http.ServeMux) {
	mux.HandleFunc("GET /keys", web.Challenged(apiKeys))
}

func apiKeys(w http.ResponseWriter, r *http.Request) error {
	if err := checkToken(r); err != nil {
		return apperr.Unauthorized("key")
	}
	return nil
}
