// Package ignored: helpers given a status they never send.
package ignored

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type user struct{ ID string }

func principal(r *http.Request) *user      { return nil }
func lookup(id string) (*user, error)      { return nil, nil }
func parse(r *http.Request) (string, bool) { return "", false }

// The closure takes a code and sends 401 whatever it is given: the
// "user not found" the caller means goes out as 401.
func checkUser(w http.ResponseWriter, r *http.Request) (*user, error) {
	respondError := func(code int, text string) (*user, error) { // want `respondError never uses its parameter code: it sends 401 \(http.StatusUnauthorized\) whatever it is given, and a call asks for 404 \(http.StatusNotFound\); write code`
		err := errors.New("unauthorized")
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(err.Error()))
		return nil, err
	}
	u := principal(r)
	if u == nil {
		return respondError(http.StatusUnauthorized, "unauthorized")
	}
	found, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		return respondError(http.StatusNotFound, "user not found")
	}
	return found, nil
}

// A function too, with the status in the middle and a gin writer.
func fail(c *gin.Context, status int, msg string) { // want `fail never uses its parameter status: it sends 500 \(http.StatusInternalServerError\) whatever it is given, and a call asks for 400 \(http.StatusBadRequest\); write status`
	c.JSON(http.StatusInternalServerError, gin.H{"error": msg})
}

func create(c *gin.Context) {
	if _, ok := parse(c.Request); !ok {
		fail(c, http.StatusBadRequest, "bad input")
		return
	}
	fail(c, http.StatusInternalServerError, "not yet")
}

// Used: nothing to say.
func writeError(w http.ResponseWriter, code int, msg string) {
	http.Error(w, msg, code)
}

// Unused, but every call asks for what it sends.
func unauthorized(w http.ResponseWriter, status int) {
	w.WriteHeader(http.StatusUnauthorized)
}

// Unused, and the callers' statuses are not constants: unknown.
func deny(w http.ResponseWriter, status int) {
	w.WriteHeader(http.StatusForbidden)
}

// Not a status: a string code, an int that is no status (a count).
func verify(w http.ResponseWriter, code string) {
	w.WriteHeader(http.StatusUnauthorized)
}

func page(w http.ResponseWriter, code int) {
	w.WriteHeader(http.StatusOK)
}

// Writes a status it is not given a constant for: what it sends is
// unknown.
func relay(w http.ResponseWriter, code int, upstream *http.Response) {
	w.WriteHeader(upstream.StatusCode)
}

// Writes nothing: a parameter for something else.
func record(code int) {}

func handlers(w http.ResponseWriter, r *http.Request, s int, up *http.Response) {
	writeError(w, http.StatusNotFound, "gone")
	unauthorized(w, http.StatusUnauthorized)
	deny(w, s)
	verify(w, "abc")
	page(w, 3)
	relay(w, http.StatusBadGateway, up)
	record(http.StatusTeapot)
}

// A method may implement an interface whose other implementations use
// the status.
type quiet struct{}

func (quiet) Fail(w http.ResponseWriter, code int) {
	w.WriteHeader(http.StatusServiceUnavailable)
}

// A variable that is given another function later may call either.
func rebound(w http.ResponseWriter, r *http.Request) {
	send := func(code int) {
		w.WriteHeader(http.StatusUnauthorized)
	}
	if r.URL.Query().Has("v2") {
		send = func(code int) { w.WriteHeader(code) }
	}
	send(http.StatusNotFound)
}

// A literal not bound with := (a field, an argument): its calls are not
// followed.
type handler struct{ fail func(int) }

func fields(w http.ResponseWriter, r *http.Request) {
	h := handler{fail: func(code int) { w.WriteHeader(http.StatusConflict) }}
	h.fail(http.StatusNotFound)
	quiet{}.Fail(w, http.StatusNotFound)
}

// The status may be any of several it sends: only one that it never
// sends is reported.
func either(w http.ResponseWriter, r *http.Request) {
	deny := func(status int) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusForbidden)
	}
	deny(http.StatusForbidden)
	deny(http.StatusUnauthorized)
}
