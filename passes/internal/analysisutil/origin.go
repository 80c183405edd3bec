package analysisutil

import (
	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"github.com/statuslint/statuslint/passes/response"
)

// StatusFor returns the status that fits an error of origin o, for the fix
// part of a message: 400 for malformed input, 422 for invalid input, 409,
// 404, 401; 0 when the origin says nothing.
func StatusFor(o knowledge.Origin) int {
	switch o {
	case knowledge.OriginMalformed:
		return 400
	case knowledge.OriginInvalid:
		return 422
	case knowledge.OriginConflict:
		return 409
	case knowledge.OriginNotFound:
		return 404
	case knowledge.OriginAuth:
		return 401
	}
	return 0
}

// ValueGuard returns the error path that governs a status value: where the
// value was chosen when the handler chose it, else where it is written.
func ValueGuard(ev *response.Event, v response.StatusValue) *response.Guard {
	if v.Expr != nil && v.Guard != nil {
		return v.Guard
	}
	return ev.Guard
}
