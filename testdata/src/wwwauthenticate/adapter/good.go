package adapter

import (
	"errors"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/writeas/impart"
)

var errStale = errors.New("stale")

var errNoSession = impart.HTTPError{http.StatusUnauthorized, "no session"}

// challenged sets the challenge before it runs the handler: every 401
// sendErr writes for it has it.
func (s *server) challenged(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		s.sendErr(w, func() error {
			return f(s.a, w, r)
		}())
	}
}

// web hands errors to a writer that answers a 401 with a redirect to
// the login page: no 401 goes out.
func (s *server) web(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.sendPage(w, r, err)
		}
	}
}

func (s *server) sendPage(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := err.(impart.HTTPError)
	if !ok {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if e.Status == http.StatusUnauthorized {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	impart.WriteError(w, e)
}

// site answers redirects and a 401 before it writes the rest.
func (s *server) site(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.sendSite(w, r, func() error { return f(s.a, w, r) }())
	}
}

func (s *server) sendSite(w http.ResponseWriter, r *http.Request, err error) {
	if err == nil {
		return
	}
	if err, ok := err.(impart.HTTPError); ok {
		if err.Status >= 300 && err.Status < 400 {
			w.Header().Set("Location", err.Message)
			w.WriteHeader(err.Status)
			return
		} else if err.Status == http.StatusUnauthorized {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		impart.WriteError(w, err)
		return
	}
	impart.WriteError(w, impart.HTTPError{http.StatusInternalServerError, "internal"})
}

// admin sends the sign-in page for both 401 and 403, by a switch.
func (s *server) admin(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.sendAdmin(w, r, err)
		}
	}
}

func (s *server) sendAdmin(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := err.(impart.HTTPError)
	if !ok {
		e = impart.HTTPError{Status: http.StatusInternalServerError}
	}
	switch e.Status {
	case http.StatusUnauthorized, http.StatusForbidden:
		http.Redirect(w, r, "/signin", http.StatusSeeOther)
		return
	}
	w.WriteHeader(e.Status)
}

// sendCode answers a 401 with the login page; the handler's 401 is not
// sent.
func (s *server) sendCode(w http.ResponseWriter, r *http.Request, code int) {
	if code == http.StatusUnauthorized {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	w.WriteHeader(code)
}

func account(w http.ResponseWriter, r *http.Request) {
	s := &server{}
	if _, err := r.Cookie("session"); err != nil {
		s.sendCode(w, r, http.StatusUnauthorized)
		return
	}
	w.Write([]byte("account"))
}

// rendering renders a page itself, after the handler, for the errors it
// does not know: what goes out for a handler's error is not sendErr's
// alone, and its handlers are not checked through it.
func (s *server) rendering(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.sendErr(w, func() error {
			err := f(s.a, w, r)
			if _, ok := err.(impart.HTTPError); err != nil && !ok {
				w.Write([]byte("<p>Something went wrong.</p>"))
			}
			return err
		}())
	}
}

// forgiving drops some errors before the writer sees them.
func (s *server) forgiving(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.sendErr(w, func() error {
			err := f(s.a, w, r)
			if errors.Is(err, errStale) {
				err = nil
			}
			return err
		}())
	}
}

// retried runs the handler a second time and drops that error.
func (s *server) retried(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.sendErr(w, err)
		}
		_ = f(s.a, w, r)
	}
}

// either picks its writer at run time.
func (s *server) either(json bool, f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		run := func() error { return f(s.a, w, r) }
		if json {
			s.sendErr(w, run())
		} else {
			s.sendText(w, run())
		}
	}
}

func goodRoutes(s *server, m *mux.Router) {
	m.HandleFunc("/token", s.challenged(token)).Methods("GET")
	m.HandleFunc("/dashboard", s.web(dashboard)).Methods("GET")
	m.HandleFunc("/posts", s.site(posts)).Methods("GET")
	m.HandleFunc("/admin", s.admin(adminHome)).Methods("GET")
	m.HandleFunc("/account", account).Methods("GET")
	m.HandleFunc("/report", s.rendering(report)).Methods("GET")
	m.HandleFunc("/sync", s.forgiving(sync)).Methods("POST")
	m.HandleFunc("/poll", s.retried(poll)).Methods("GET")
	m.HandleFunc("/either", s.either(true, settings)).Methods("GET")
}

func token(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errNoToken
	}
	return impart.WriteSuccess(w, "token", http.StatusOK)
}

func report(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errNoToken
	}
	return impart.WriteSuccess(w, "report", http.StatusOK)
}

func sync(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errNoToken
	}
	return impart.WriteSuccess(w, "synced", http.StatusOK)
}

func poll(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errNoToken
	}
	return nil
}

func settings(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errNoToken
	}
	return nil
}

// sendText writes every error as a challenged 401.
func (s *server) sendText(w http.ResponseWriter, err error) {
	if err != nil {
		w.Header().Set("WWW-Authenticate", "Basic")
		http.Error(w, err.Error(), http.StatusUnauthorized)
	}
}

func dashboard(a *app, w http.ResponseWriter, r *http.Request) error {
	if _, err := r.Cookie("session"); err != nil {
		return errNoSession
	}
	return impart.WriteSuccess(w, "dashboard", http.StatusOK)
}

func posts(a *app, w http.ResponseWriter, r *http.Request) error {
	if _, err := r.Cookie("session"); err != nil {
		return errNoSession
	}
	if r.URL.Query().Get("page") == "0" {
		return impart.HTTPError{http.StatusFound, "/posts"}
	}
	return impart.WriteSuccess(w, "posts", http.StatusOK)
}

func adminHome(a *app, w http.ResponseWriter, r *http.Request) error {
	if _, err := r.Cookie("admin"); err != nil {
		return errNoSession
	}
	return nil
}
