package catalog

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"example.com/seeded/internal/httpx"
	"example.com/seeded/internal/store"
)

type importResult struct {
	Imported int      `json:"imported"`
	Skipped  []string `json:"skipped,omitempty"`
}

// Import reads a CSV of sku,name,price_cents,category. It is mounted with
// HandleFunc, so it sees every method.
func (h *Handler) Import(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed) // SEEDED(allowheader): [textbook] mounted for every method: the 405 does not say that POST works
		return
	}
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // SEEDED(clienterror): [textbook] a malformed upload is the client's: 400
		return
	}
	maxRows, err := h.db.IntSetting(r.Context(), "catalog.max_import_rows")
	if err != nil {
		http.Error(w, "import is misconfigured", http.StatusInternalServerError) // LOOKALIKE(clienterror): [textbook] parsing a setting the server stored, read with the request's context
		return
	}
	f, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "the file field is required", http.StatusBadRequest)
		return
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		http.Error(w, "not a CSV file: "+err.Error(), http.StatusBadRequest) // LOOKALIKE(badrequest): [textbook] 400 for an upload that does not parse
		return
	}
	if len(rows) > maxRows {
		http.Error(w, fmt.Sprintf("at most %d rows", maxRows), http.StatusRequestEntityTooLarge)
		return
	}
	var res importResult
	for i, row := range rows {
		if len(row) != 4 {
			res.Skipped = append(res.Skipped, fmt.Sprintf("row %d: want 4 columns", i+1))
			continue
		}
		price, err := strconv.ParseInt(row[2], 10, 64)
		if err != nil {
			res.Skipped = append(res.Skipped, fmt.Sprintf("row %d: bad price", i+1))
			continue
		}
		err = h.db.CreateProduct(r.Context(), &store.Product{SKU: row[0], Name: row[1], Price: price, Category: row[3]})
		if errors.Is(err, store.ErrDuplicate) {
			res.Skipped = append(res.Skipped, fmt.Sprintf("row %d: duplicate sku %s", i+1, row[0]))
			continue
		}
		if err != nil {
			httpx.RespondErr(w, err) // LOOKALIKE(clienterror): [writer] the store failed mid-import: 500
			return
		}
		res.Imported++
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	if err := json.NewEncoder(w).Encode(res); err != nil {
		w.WriteHeader(http.StatusInternalServerError) // SEEDED(superfluouswrite): [textbook] the 200 has already gone out: net/http ignores this and logs it
	}
}

// Reindex rebuilds the search index in the background.
func (h *Handler) Reindex(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		httpx.MethodNotAllowed(w, http.MethodPost) // LOOKALIKE(allowheader): [crosspkg] the helper sets Allow before its 405
		return
	}
	if !h.reindexing.CompareAndSwap(false, true) {
		httpx.RespondErr(w, store.ErrRateLimited) // LOOKALIKE(retryafter): [writer] the central writer adds Retry-After to the 429 it maps this to
		return
	}
	go func() {
		time.Sleep(time.Minute)
		h.reindexing.Store(false)
	}()
	w.Header().Set("Location", "/admin/reindex")
	w.WriteHeader(http.StatusAccepted)
}
