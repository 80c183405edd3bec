package issue10

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A fake server answering 401 so that a client's error message can be
// tested: nothing reads a challenge.
func TestClientError(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
	}))
	defer ts.Close()
}
