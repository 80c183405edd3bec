package helpers

import (
	"net/http"

	"example.com/decode"
	"example.com/respond"
)

type createRequest struct{ Name string }

// Fixture 6: decodeJSON in another package returns the decoder's error.
func viaDecodeHelper(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := decode.JSON(r, &req); err != nil {
		respond.Error(w, 500, err.Error()) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(decoding the request body\)`
		return
	}
}

// The helper decodes whatever it is given: here, the request body.
func viaDecodeFrom(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := decode.From(r.Body, &req); err != nil {
		respond.JSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `500 .* for an error caused by client input`
		return
	}
}

// A helper that sends every error as 500, handed a client error.
func viaInternal(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := decode.JSON(r, &req); err != nil {
		respond.Internal(w, err) // want `500 .* for an error caused by client input`
		return
	}
}

// A local decode helper.
func decodeLocal(r *http.Request, v any) error {
	return decode.JSON(r, v)
}

func viaLocalDecode(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := decodeLocal(r, &req); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `client input`
		return
	}
}
