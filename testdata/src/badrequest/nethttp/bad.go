package nethttp

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/store"
	"github.com/go-playground/validator/v10"
)

type createRequest struct {
	Email string `json:"email" validate:"required,email"`
}

func (c createRequest) Validate() error { return nil }

var validate = validator.New()

// Fixture 7: switch on the error, duplicate answered with 400.
func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	err := db.Create(r.Context(), &store.Item{Name: req.Email})
	switch {
	case errors.Is(err, store.ErrDuplicate):
		http.Error(w, "email taken", 400) // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
	case errors.Is(err, store.ErrNotFound):
		http.Error(w, "no such list", 404)
	case err != nil:
		http.Error(w, "internal", http.StatusInternalServerError)
	}
}

func versionMismatch(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Update(r.Context(), &store.Item{}); err == store.ErrVersionMismatch {
		w.WriteHeader(http.StatusBadRequest) // want `400 .* for a conflict \(store.ErrVersionMismatch\); use 409`
	}
}

func validatorStruct(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := validate.Struct(req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
		return
	}
}

func validateMethod(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := req.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `failed validation .*; use 422`
		return
	}
}

// The handler says it is a conflict itself.
func existsMessage(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if existing := db.Find(r.Context(), r.FormValue("email")); existing != nil {
		http.Error(w, "user already exists", http.StatusBadRequest) // want `400 .* for a conflict \("user already exists"\); use 409`
		return
	}
}

type pgError struct{ Code string }

func (e *pgError) Error() string { return e.Code }

// A unique violation from the driver.
func uniqueViolation(w http.ResponseWriter, r *http.Request, db *store.DB) {
	err := db.Create(r.Context(), &store.Item{})
	var pgErr *pgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		w.WriteHeader(400) // want `400 .* for a conflict .*; use 409`
		return
	}
}

// The status kept in a variable.
func statusVar(w http.ResponseWriter, r *http.Request, db *store.DB) {
	status := http.StatusCreated
	if err := db.Create(r.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		status = http.StatusBadRequest // want `400 .* for a conflict`
	}
	w.WriteHeader(status)
}

type doc struct{ Version int }

func loadDoc() doc { return doc{} }

// The client edited a stale copy: a conflict.
func saveDoc(w http.ResponseWriter, r *http.Request) {
	var in doc
	cur := loadDoc()
	if in.Version != cur.Version {
		http.Error(w, "changed by someone else", http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a conflict`
		return
	}
}

var errAlreadyRefunded = errors.New("already refunded")

func refund() error { return nil }

// Refunding twice conflicts with the payment's state.
func refundPayment(w http.ResponseWriter, r *http.Request) {
	if err := refund(); err != nil {
		code := http.StatusInternalServerError
		if errors.Is(err, errAlreadyRefunded) {
			code = http.StatusBadRequest // want `400 \(http.StatusBadRequest\) for a conflict`
		}
		w.WriteHeader(code)
	}
}
