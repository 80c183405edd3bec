// Package callback holds helpers that run the functions they are given
// (a CallbackFact each), and look-alikes that do not: they store the
// function, run it later or in a goroutine, or never.
package callback

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

type User struct{ Name string }

func lookup(r *http.Request) *User { return nil }

// WithID runs f with the parsed id, or answers 400 (gotify's withID).
func WithID(c *gin.Context, name string, f func(id uint)) { // want WithID:"writer\\(0\\) status\\?=400" WithID:"calls param2\\?$"
	if id, err := strconv.ParseUint(c.Param(name), 10, 32); err == nil {
		f(uint(id))
	} else {
		c.AbortWithError(400, errors.New("invalid id"))
	}
}

// WithUser runs fn with the request's user, or answers 401; fn writes
// the response it captures.
func WithUser(w http.ResponseWriter, r *http.Request, fn func(u *User)) { // want WithUser:"writer\\(0\\) maybe-sets Content-Type,Www-Authenticate,X-Content-Type-Options status\\?=401 body\\?=error$" WithUser:"calls param2\\?$"
	u := lookup(r)
	if u == nil {
		w.Header().Set("WWW-Authenticate", "Bearer")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	fn(u)
}

// RequireAdmin answers 403, or hands the response to next: what next
// does is its caller's to follow.
func RequireAdmin(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) { // want RequireAdmin:"writer\\(0\\) maybe-sets Content-Type,X-Content-Type-Options status\\?=403 body\\?=error runs param2$" RequireAdmin:"calls param2\\? handing it param0 as arg0$"
	if r.Header.Get("X-Admin") == "" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	next(w, r)
}

// Each calls f once for each id: perhaps never, perhaps many times.
func Each(ids []uint, f func(id uint)) { // want Each:"calls param1\\? repeatedly$"
	for _, id := range ids {
		f(id)
	}
}

// Run calls f on every path, once.
func Run(f func()) { // want Run:"calls param0$"
	f()
}

// Checked calls f when there is one.
func Checked(f func()) { // want Checked:"calls param0\\?$"
	if f != nil {
		f()
	}
}

// Via hands f to WithID, which runs it.
func Via(c *gin.Context, f func(id uint)) { // want Via:"writer\\(0\\) status\\?=400" Via:"calls param1\\?$"
	WithID(c, "id", f)
}

// Guarded hands next to RequireAdmin with its own response.
func Guarded(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) { // want Guarded:"runs param2$" Guarded:"calls param2\\? handing it param0 as arg0$"
	RequireAdmin(w, r, next)
}

// Challenged sets the challenge, then runs f: f does not find the
// response as its caller left it.
func Challenged(c *gin.Context, f func()) { // want Challenged:"writer\\(0\\) sets Www-Authenticate$" Challenged:"calls param1 after using its response$"
	c.Header("WWW-Authenticate", "Bearer")
	f()
}

// Retry calls f, then itself: recursion makes no claim.
func Retry(n int, f func()) {
	if n == 0 {
		return
	}
	f()
	Retry(n-1, f)
}

// The look-alikes: none has a CallbackFact.

var hooks []func()

// Store keeps f for later.
func Store(f func()) { hooks = append(hooks, f) }

// Go runs f in a goroutine.
func Go(f func()) { go f() }

// Later runs f when it returns.
func Later(f func()) { defer f() }

// Never writes 204 and never calls f.
func Never(c *gin.Context, f func()) { // want Never:"writer\\(0\\) status=204"
	c.Status(http.StatusNoContent)
}

// Wrap returns a function that calls f: whenever that runs.
func Wrap(f func()) func() { return func() { f() } }

// Handler converts f to a handler a router stores.
func Handler(f func(http.ResponseWriter, *http.Request)) http.Handler { return http.HandlerFunc(f) }

// Fresh hands next another context than its own: the caller could not
// tell which response next writes.
func Fresh(c *gin.Context, next func(c *gin.Context)) { // want Fresh:"writer\\(0\\)$"
	next(new(gin.Context))
}

// A Runner runs functions, in a way its implementations choose.
type Runner interface {
	Run(c *gin.Context, f func())
}
