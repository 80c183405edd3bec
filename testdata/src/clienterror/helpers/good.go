package helpers

import (
	"bytes"
	"database/sql"
	"net/http"

	"example.com/decode"
	"example.com/respond"
)

// The same helper decoding a server-side buffer.
func decodeBuffer(w http.ResponseWriter, r *http.Request, cached []byte) {
	var req createRequest
	if err := decode.From(bytes.NewReader(cached), &req); err != nil {
		respond.Error(w, http.StatusInternalServerError, "corrupt cache")
		return
	}
}

// Decode and validate in one helper: errors of two kinds, no fact.
type validated struct{ createRequest }

func (validated) Validate() error { return nil }

func mixedHelper(w http.ResponseWriter, r *http.Request) {
	var req validated
	if err := decode.AndValidate(r, &req); err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
	}
}

func storeFailure(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	if err := db.Ping(); err != nil {
		respond.Internal(w, err)
	}
}
