package nethttp

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

type createRequest struct {
	Name string `json:"name"`
}

func (c createRequest) Validate() error { return nil }

func decodeDirect(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), 500) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(decoding the request body\); use 400 \(http.StatusBadRequest\)`
		return
	}
}

func parsePath(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(parsing request input\)`
		return
	}
	fmt.Fprint(w, id)
}

// The input reaches the parser through a local.
func parseQueryVar(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("since")
	since, err := time.Parse(time.RFC3339, raw)
	if err != nil {
		http.Error(w, "bad since", http.StatusInternalServerError) // want `500 .* for an error caused by client input \(parsing request input\)`
		return
	}
	_ = since
}

func parseForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `client input \(parsing the request form\)`
	}
}

func validate(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := req.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `client input \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
		return
	}
}

// Fixture 5, positive: the status kept in a variable, err from decoding.
func statusVar(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError // want `500 .* for an error caused by client input \(decoding the request body\)`
	}
	w.WriteHeader(status)
}

// Reading the body first, then unmarshalling it.
func unmarshal(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // reading may fail for server reasons: silent
		return
	}
	var req createRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `client input \(decoding request input\)`
		return
	}
}

// Wrapped with %w: still the decoder's error.
func wrapped(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	if err != nil {
		err = fmt.Errorf("decode: %w", err)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `client input \(decoding the request body\)`
	}
}

// A switch on the error.
func errSwitch(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.ParseInt(r.FormValue("n"), 10, 64)
	switch {
	case err == nil:
		fmt.Fprint(w, n)
	default:
		http.Error(w, "bad n", http.StatusServiceUnavailable) // want `503 \(http.StatusServiceUnavailable\) for an error caused by client input`
	}
}
