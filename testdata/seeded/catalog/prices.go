package catalog

import (
	"encoding/json"
	"net/http"

	"example.com/seeded/internal/apperr"
)

// priceChange moves every price of a category by a percentage.
type priceChange struct {
	Category string `json:"category"`
	Percent  int    `json:"percent"`
}

// parsePriceChange reads the request; the error says how to answer.
func parsePriceChange(r *http.Request) (*priceChange, *apperr.Error) {
	var pc priceChange
	if err := json.NewDecoder(r.Body).Decode(&pc); err != nil {
		return nil, &apperr.Error{Status: http.StatusInternalServerError, Code: "bad_json", Msg: err.Error()} // SEEDED(clienterror): [errcarry] the client's malformed JSON is given status 500, which ChangePrices writes
	}
	if pc.Category == "" || pc.Percent == 0 || pc.Percent < -90 || pc.Percent > 100 {
		return nil, &apperr.Error{Status: http.StatusUnprocessableEntity, Code: "invalid", Msg: "category and a percent between -90 and 100 are required"} // LOOKALIKE(badrequest): [errcarry] a decoded body that breaks the rules carries 422
	}
	return &pc, nil
}

// ChangePrices is an admin bulk update: POST /prices/changes.
func (h *Handler) ChangePrices(w http.ResponseWriter, r *http.Request) {
	pc, e := parsePriceChange(r)
	if e != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(e.Status) // LOOKALIKE(missingreturn): [errcarry] the status line of the response whose body follows, then a return
		_ = json.NewEncoder(w).Encode(e)
		return
	}
	items, err := h.db.Products(r.Context(), pc.Category, 10000)
	if err != nil {
		e := &apperr.Error{Status: http.StatusInternalServerError, Code: "internal", Msg: "could not load products"}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(e.Status) // LOOKALIKE(clienterror): [errcarry] the store failed: 500
		_ = json.NewEncoder(w).Encode(e)
		return
	}
	changed := 0
	for _, p := range items {
		p.Price += p.Price * int64(pc.Percent) / 100
		if err := h.db.UpdateProduct(r.Context(), &p); err == nil {
			changed++
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]int{"changed": changed})
}
