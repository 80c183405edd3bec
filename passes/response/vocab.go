package response

import (
	"go/types"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
)

// The model's vocabulary, for the checks: they ask the model, and the
// tables behind its answers (passes/internal/knowledge) stay its own.

// OriginKind is whose fault an error is, as far as the status code goes.
type OriginKind = knowledge.Origin

const (
	OriginUnknown   = knowledge.OriginUnknown
	OriginMalformed = knowledge.OriginMalformed // 400
	OriginInvalid   = knowledge.OriginInvalid   // 422 (or 400 by convention)
	OriginConflict  = knowledge.OriginConflict  // 409
	OriginNotFound  = knowledge.OriginNotFound  // 404
	OriginAuth      = knowledge.OriginAuth      // 401/403
	// OriginServer is the server's own failure: only Send.Origin says it,
	// for the route inventory (Func.Origin never does).
	OriginServer = knowledge.OriginServer
)

// Shape is what can be told about a body from the call that writes it.
type Shape = knowledge.Shape

const (
	ShapeData        = knowledge.ShapeData
	ShapeError       = knowledge.ShapeError
	ShapeErrorObject = knowledge.ShapeErrorObject
	ShapeNil         = knowledge.ShapeNil
)

// Idioms are format strings for the code a diagnostic suggests.
type Idioms = knowledge.Idioms

// StatusFor returns the status that fits an error of kind k, for the fix
// part of a message; 0 when the kind says nothing.
func StatusFor(k OriginKind) int {
	switch k {
	case OriginMalformed:
		return 400
	case OriginInvalid:
		return 422
	case OriginConflict:
		return 409
	case OriginNotFound:
		return 404
	case OriginAuth:
		return 401
	}
	return 0
}

// IsConflictMessage reports whether a constant error message says a
// conflict happened: "user already exists".
func IsConflictMessage(text string) bool { return knowledge.IsConflictMessage(text) }

// FailsWhole reports whether a body write by fn sends everything or
// nothing, so that an error status on its failure path still goes out.
func FailsWhole(fn *types.Func) bool { return fn != nil && knowledge.FailsWhole(fn.FullName()) }
