package adapter

import (
	"errors"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/writeas/impart"
)

var errStale = errors.New("stale")

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
