package builder

import (
	"io"
	"net/http"

	"example.com/packed"
)

// The chain adds the challenge to the map Send copies.
func whoamiChallenged(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r); err != nil {
		packed.New(w).Status(http.StatusUnauthorized).Header("WWW-Authenticate", "Bearer").Bytes([]byte("log in")).Zipped().Send()
		return
	}
	packed.New(w).Send()
}

// The helper sets the challenge itself.
func whoamiHelper(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r); err != nil {
		packed.Challenge(w, `Bearer realm="api"`)
		return
	}
	packed.Created(w, "me")
}

// The builder is handed to a callback: what it sends, the model cannot see.
func whoamiCached(w http.ResponseWriter, r *http.Request) {
	packed.New(w).Status(http.StatusUnauthorized).Cached(func(p *packed.Reply) {
		p.Header("WWW-Authenticate", "Bearer").Send()
	})
}

// The compressor has the response before its status line: unknown.
func whoamiStream(w http.ResponseWriter, r *http.Request, src io.Reader) {
	packed.New(w).Status(http.StatusUnauthorized).Stream(src)
}
