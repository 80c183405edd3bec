package builder

import (
	"net/http"

	"example.com/reply"
)

// The chain adds the challenge.
func profile(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r); err != nil {
		reply.To(w).Code(http.StatusUnauthorized).Challenge(`Bearer realm="api"`).JSON(map[string]string{"error": "log in"})
		return
	}
	reply.To(w).Code(http.StatusNoContent).Empty()
}

// Set with the header's name.
func keys(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r); err != nil {
		reply.To(w).Set("WWW-Authenticate", `Bearer realm="api"`).Code(http.StatusUnauthorized).Empty()
		return
	}
}

// Headers merged from elsewhere may hold the challenge.
func proxied(w http.ResponseWriter, r *http.Request, upstream http.Header) {
	if _, err := verify(r); err != nil {
		reply.To(w).Merge(upstream).Code(http.StatusUnauthorized).Empty()
		return
	}
}

// A header name the model cannot tell.
func named(w http.ResponseWriter, r *http.Request, name string) {
	if _, err := verify(r); err != nil {
		reply.To(w).Set(name, `Bearer`).Code(http.StatusUnauthorized).Empty()
		return
	}
}

// The challenge set on the writer before the chain: the terminal copies
// the builder's headers over the writer's, which keep theirs.
func before(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r); err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		reply.To(w).Code(http.StatusUnauthorized).Empty()
		return
	}
}

// A builder kept in a variable is not followed: the writer escapes there.
func kept(w http.ResponseWriter, r *http.Request) {
	resp := reply.To(w)
	if _, err := verify(r); err != nil {
		resp.Code(http.StatusUnauthorized).Empty()
		return
	}
	resp.Empty()
}

// The status comes from the caller: the helper's choice is not known.
func withCode(w http.ResponseWriter, code int) {
	reply.To(w).Code(code).Empty()
}

// The server's own builder, with the challenge.
func (s *server) refresh(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r); err != nil {
		s.respond(w).header("WWW-Authenticate", s.realm).status(http.StatusUnauthorized).send()
		return
	}
}
