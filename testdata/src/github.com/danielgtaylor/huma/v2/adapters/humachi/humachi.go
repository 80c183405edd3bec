// Package humachi is a stub of huma v2's chi adapter.
package humachi

import (
	"github.com/danielgtaylor/huma/v2"
	"github.com/go-chi/chi/v5"
)

// New makes an API whose operations are routes of r.
func New(r chi.Router, config huma.Config) huma.API { return nil }
