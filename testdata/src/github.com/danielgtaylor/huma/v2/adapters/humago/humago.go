// Package humago is a stub of huma v2's net/http adapter.
package humago

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// Mux is what the adapter registers on.
type Mux interface {
	HandleFunc(pattern string, handler func(http.ResponseWriter, *http.Request))
	ServeHTTP(http.ResponseWriter, *http.Request)
}

// New makes an API whose operations are routes of m.
func New(m Mux, config huma.Config) huma.API { return nil }

// NewWithPrefix makes an API whose operations are routes of m under prefix.
func NewWithPrefix(m Mux, prefix string, config huma.Config) huma.API { return nil }
