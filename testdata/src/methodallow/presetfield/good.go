// Package presetfield is a router that sets Allow before it runs the
// handler stored in its MethodNotAllowed field: the default handler's 405
// goes out with it.
package presetfield

import (
	"net/http"
	"strings"
)

type Mux struct {
	MethodNotAllowed http.Handler
	allowed          []string
}

func New() *Mux {
	return &Mux{
		MethodNotAllowed: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		}),
	}
}

func (m *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", strings.Join(m.allowed, ", "))
	m.MethodNotAllowed.ServeHTTP(w, r)
}
