package builder

import (
	"encoding/json"
	"io"
	"net/http"

	"example.com/packed"
)

// Send writes through the builder's own methods: the status it was given.
func packedChain(w http.ResponseWriter, r *http.Request) {
	if _, err := session(r); err != nil {
		packed.New(w).Status(http.StatusUnauthorized).Bytes([]byte("log in")).Send()
		return
	}
	packed.New(w).Header("Cache-Control", "no-store").Bytes([]byte("{}")).Zipped().Send()
}

// Helpers over the builder: their statuses and headers.
func packedHelpers(w http.ResponseWriter, r *http.Request) {
	var v map[string]string
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		packed.Failed(w, err)
		return
	}
	if _, err := session(r); err != nil {
		packed.Challenge(w, "Bearer")
		return
	}
	packed.Created(w, v)
}

// The receiver handed to a callback, the writer to a compressor before
// the status line: opaque.
func packedOpaque(w http.ResponseWriter, r *http.Request, src io.Reader) {
	if r.URL.Query().Has("stream") {
		packed.New(w).Stream(src)
		return
	}
	packed.New(w).Cached(func(p *packed.Reply) { p.Send() })
}

// A chained method that writes: the status it sends comes before the body.
func packedTrail(w http.ResponseWriter, r *http.Request) {
	packed.New(w).Status(http.StatusAccepted).Trail([]byte("queued"))
}
