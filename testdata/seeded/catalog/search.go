package catalog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"example.com/seeded/internal/httpx"
)

var errUpstreamDown = errors.New("search: upstream unavailable")

// SearchClient queries the search cluster.
type SearchClient struct {
	Base   string
	Client *http.Client
}

type SearchResult struct {
	Hits  []int64 `json:"hits"`
	Total int     `json:"total"`
}

func (s *SearchClient) Query(ctx context.Context, q string) (*SearchResult, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.Base+"/query?q="+url.QueryEscape(q), nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUpstreamDown, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusServiceUnavailable {
		return nil, errUpstreamDown
	}
	var out SearchResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("decoding search response: %w", err)
	}
	return &out, nil
}

func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if q == "" {
		httpx.Error(w, http.StatusBadRequest, "q is required") // SEEDED(missingreturn): [crosspkg] no return: the search runs with an empty query and a second response is written
	}
	if h.reindexing.Load() {
		w.Header().Set("Retry-After", "120")
		httpx.Error(w, http.StatusServiceUnavailable, "search is being reindexed") // LOOKALIKE(retryafter): [crosspkg] Retry-After set before the helper's 503
		return
	}
	start := time.Now()
	res, err := h.search.Query(r.Context(), q)
	if errors.Is(err, errUpstreamDown) {
		httpx.Error(w, http.StatusServiceUnavailable, "search is unavailable") // SEEDED(retryafter): [crosspkg] a 503 without Retry-After: clients retry at once
		return
	}
	if err != nil {
		httpx.Error(w, http.StatusBadGateway, "search failed") // LOOKALIKE(clienterror): [crosspkg] decoding the upstream's response failed: not the client's fault
		return
	}
	httpx.JSON(w, http.StatusOK, res)
	w.Header().Set("Server-Timing", fmt.Sprintf("search;dur=%d", time.Since(start).Milliseconds())) // SEEDED(lateheader): [crosspkg] httpx.JSON has sent the headers and the body
}

type stats struct {
	Products int  `json:"products"`
	Indexing bool `json:"indexing"`
}

func (h *Handler) Stats(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	if h.reindexing.Load() {
		status = http.StatusServiceUnavailable
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "120")
	}
	items, err := h.db.Products(r.Context(), "", 10000)
	body := any(stats{Products: len(items), Indexing: h.reindexing.Load()})
	if err != nil {
		body = httpx.ErrorBody{Code: "stats_unavailable", Message: err.Error()}
	}
	httpx.JSON(w, status, body) // SEEDED(successonerror): [guard] a store failure swaps the body but leaves status at 200
}

func (h *Handler) Health(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	if h.reindexing.Load() {
		status = http.StatusServiceUnavailable
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "120")
	}
	w.WriteHeader(status) // LOOKALIKE(retryafter): [guard] Retry-After set under the guard that chose 503
}
