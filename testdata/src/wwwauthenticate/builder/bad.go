package builder

import (
	"errors"
	"net/http"

	"example.com/reply"
)

var errExpired = errors.New("token expired")

func verify(r *http.Request) (string, error) { return "", errExpired }

func lookup(r *http.Request) (string, error) { return "", errExpired }

func check(r *http.Request) error { return errExpired }

// The chain sets the status and never the challenge.
func me(w http.ResponseWriter, r *http.Request) {
	uid, err := verify(r)
	if err != nil {
		reply.To(w).Code(http.StatusUnauthorized).JSON(map[string]string{"error": err.Error()}) // want `401 response without WWW-Authenticate header`
		return
	}
	reply.To(w).JSON(map[string]string{"id": uid})
}

// A header the chain adds, but not the challenge.
func session(w http.ResponseWriter, r *http.Request) {
	if _, err := lookup(r); err != nil {
		reply.To(w).Set("Cache-Control", "no-store").Code(http.StatusUnauthorized).Text("log in") // want `401 response without WWW-Authenticate header`
		return
	}
	reply.To(w).Code(http.StatusNoContent).Empty()
}

// A method value's builder of its own: the constructor is a method of
// the server, in this package.
type server struct{ realm string }

type out struct {
	w    http.ResponseWriter
	code int
	hdr  map[string]string
}

func (s *server) respond(w http.ResponseWriter) *out {
	return &out{w: w, code: http.StatusOK, hdr: map[string]string{}}
}

func (o *out) status(code int) *out { o.code = code; return o }

func (o *out) header(k, v string) *out { o.hdr[k] = v; return o }

func (o *out) send() {
	for k, v := range o.hdr {
		o.w.Header().Set(k, v)
	}
	o.w.WriteHeader(o.code)
}

func (s *server) logout(w http.ResponseWriter, r *http.Request) {
	if err := check(r); err != nil {
		s.respond(w).header("Cache-Control", "no-store").status(http.StatusUnauthorized).send() // want `401 response without WWW-Authenticate header`
		return
	}
	s.respond(w).status(http.StatusNoContent).send()
}
