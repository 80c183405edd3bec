package nethttp

import (
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/store"
)

func explicit(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, err) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 500 \(http.StatusInternalServerError\)`
		return
	}
	json.NewEncoder(w).Encode(items)
}

// Fixture 8: no status at all, so net/http sends 200.
func implicit(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `error response sent with implicit status 200: no status is written before the body; write the error's status first, e.g. w.WriteHeader\(http.StatusInternalServerError\)`
		return
	}
	json.NewEncoder(w).Encode(items)
}

type apiError struct {
	Error string `json:"error"`
}

// The origin names the status that fits.
func decodeFailed(w http.ResponseWriter, r *http.Request) {
	var in struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		resp := apiError{Error: err.Error()}
		json.NewEncoder(w).Encode(resp) // want `implicit status 200: .* e.g. w.WriteHeader\(http.StatusBadRequest\)`
		return
	}
}

func successFalse(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]any{"success": false, "message": "quota exceeded"}) // want `error response sent with status 200`
}

func httpErrorOK(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusOK) // want `error response sent with status 200`
	}
}

// A lookup that found nothing, served as success.
func notFound(w http.ResponseWriter, r *http.Request, db *store.DB) {
	u := db.Find(r.Context(), r.PathValue("name"))
	if u == nil {
		json.NewEncoder(w).Encode(nil) // want `lookup miss answered with status 200 and an empty body; write 404 \(http.StatusNotFound\) instead`
		return
	}
	json.NewEncoder(w).Encode(u)
}

func writeErrString(w http.ResponseWriter, r *http.Request, db *store.DB) {
	_, err := db.List(r.Context())
	if err != nil {
		w.Write([]byte(err.Error())) // want `implicit status 200`
	}
}

type server struct{ db *store.DB }

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.List(r.Context()); err != nil {
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `implicit status 200`
	}
}

func constructor(db *store.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := db.List(r.Context()); err != nil {
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `implicit status 200`
		}
	}
}

func routes(mux *http.ServeMux, db *store.DB) {
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		if _, err := db.List(r.Context()); err != nil {
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `implicit status 200`
		}
	})
}

// The store method can only fail with ErrNotFound (a fact): the message says 404.
func deleteItem(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Delete(r.Context(), 1); err != nil {
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `e.g. w.WriteHeader\(http.StatusNotFound\)`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type statsBody struct{ Products int }

type errorBody struct{ Error string }

func countProducts() (int, error) { return 0, nil }

// A failure swaps the body and keeps the status chosen before.
func stats(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	n, err := countProducts()
	body := any(statsBody{Products: n})
	if err != nil {
		body = errorBody{Error: err.Error()}
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body) // want `error body chosen on an error path is sent with status 200`
}
