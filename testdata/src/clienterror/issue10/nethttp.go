// Package issue10 holds look-alikes of client input met in real services:
// data the server stored or fetched, found with the request's context or a
// client's key, is not what the client sent, so a 5xx when it fails to
// parse is right.
package issue10

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
)

type setting struct{ Value []byte }

type store struct{}

func (store) GetSetting(ctx context.Context, key string) (setting, error) { return setting{}, nil }

type cache struct{}

func (cache) Get(ctx context.Context, key string) (string, error) { return "", nil }

type server struct {
	store store
	cache cache
}

type claims struct{ Subject string }

type ctxKey struct{}

// The setting is looked up with the request's context and a path value:
// what comes back is stored data.
func (s *server) getSetting(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.GetSetting(r.Context(), r.PathValue("key"))
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	var v map[string]any
	if err := json.Unmarshal(st.Value, &v); err != nil {
		http.Error(w, "corrupt setting", http.StatusInternalServerError)
		return
	}
}

// A counter read from a cache, keyed by a query value.
func (s *server) counter(w http.ResponseWriter, r *http.Request) {
	raw, err := s.cache.Get(r.Context(), r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "cache", http.StatusInternalServerError)
		return
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		http.Error(w, "corrupt counter", http.StatusInternalServerError)
		return
	}
	_ = n
}

// Claims a middleware verified and stored in the request's context.
func claimsFromContext(w http.ResponseWriter, r *http.Request) {
	c := r.Context().Value(ctxKey{}).(*claims)
	id, err := strconv.ParseInt(c.Subject, 10, 64)
	if err != nil {
		http.Error(w, "bad subject in token", http.StatusInternalServerError)
		return
	}
	_ = id
}

// An outbound call built from the client's path: the upstream's answer is
// the upstream's fault.
func proxyUpstream(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "http://upstream"+r.URL.Path, nil)
	if err != nil {
		http.Error(w, "request", http.StatusInternalServerError)
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	var v map[string]any
	if err := json.Unmarshal(body, &v); err != nil {
		http.Error(w, "upstream sent garbage", http.StatusInternalServerError)
		return
	}
}

// A helper that decodes an upstream response, called with one.
func decodeResponse(resp *http.Response, v any) error {
	return json.NewDecoder(resp.Body).Decode(v)
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream/items")
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	var v []string
	if err := decodeResponse(resp, &v); err != nil {
		http.Error(w, "upstream sent garbage", http.StatusInternalServerError)
		return
	}
}

// Recall: the client's own values are still client input, through a local
// request and its context-free derivations.
func stillInput(w http.ResponseWriter, r *http.Request) {
	req := r.WithContext(context.Background())
	n, err := strconv.Atoi(req.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
	_ = n
}
