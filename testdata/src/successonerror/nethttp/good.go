package nethttp

import (
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"

	"example.com/store"
)

var defaults = []store.Item{{Name: "default"}}

// Fixture 8, negative: a cache miss falls back to a default and serves it.
func cacheMiss(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.Cached(r.Context(), "items")
	if err != nil {
		items = defaults
		json.NewEncoder(w).Encode(items)
		return
	}
	json.NewEncoder(w).Encode(items)
}

func cacheMissDirect(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.Cached(r.Context(), "items"); err != nil {
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(defaults)
		return
	}
}

var errNotModified = errors.New("not modified")

func notModified(w http.ResponseWriter, r *http.Request, check func() error) {
	if err := check(); errors.Is(err, errNotModified) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
}

func rightStatus(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
}

// {"error": null} on a success response.
func nullError(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, _ := db.List(r.Context())
	json.NewEncoder(w).Encode(map[string]any{"data": items, "error": nil})
	json.NewEncoder(w).Encode(apiError{Error: ""})
}

// The status depends on the path: one of them is not a 2xx.
func mixed(w http.ResponseWriter, r *http.Request, db *store.DB) {
	_, err := db.List(r.Context())
	code := http.StatusOK
	if r.URL.Query().Has("strict") {
		code = http.StatusInternalServerError
	}
	if err != nil {
		w.WriteHeader(code)
		fmt.Fprint(w, err)
	}
}

// A status the model cannot see.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		w.WriteHeader(code)
		fmt.Fprint(w, err)
	}
}

// Handed to a handler first: it may have written the status.
func afterOpaque(w http.ResponseWriter, r *http.Request, h http.Handler, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		h.ServeHTTP(w, r)
		fmt.Fprint(w, err)
	}
}

// A nil body outside an error path.
func emptyList(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(nil)
}

// A 201 with a real result.
func created(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := &store.Item{Name: r.FormValue("name")}
	if err := db.Create(r.Context(), it); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(it)
}

// The template wrote part of the page: the status is committed, and an
// error appended to it cannot change it (net/rpc's debug page).
func halfRendered(w http.ResponseWriter, r *http.Request, t *template.Template) {
	err := t.Execute(w, nil)
	if err != nil {
		fmt.Fprintln(w, "error executing template:", err.Error())
	}
}

// A context error to a client that has gone, off any error path (net/http's tests).
func clientGone(w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
		fmt.Fprint(w, r.Context().Err())
	default:
	}
}

// http.Error as a plain-text writer for a success: a known idiom.
func healthz(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "OK", http.StatusOK)
}

// A batch: the ids that failed are listed beside what succeeded.
func settleBatch(w http.ResponseWriter, r *http.Request) {
	var failed []int64
	for _, id := range []int64{1, 2} {
		if id == 2 {
			failed = append(failed, id)
		}
	}
	json.NewEncoder(w).Encode(map[string]any{"settled": 2 - len(failed), "errors": failed})
}

type statsBody2 struct{ Products int }

type errorBody2 struct{ Error string }

func countProducts2() (int, error) { return 0, nil }

// The status is set with the body on the error path.
func stats2(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	n, err := countProducts2()
	body := any(statsBody2{Products: n})
	if err != nil {
		status = http.StatusInternalServerError
		body = errorBody2{Error: err.Error()}
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

// An empty default served when the settings cannot be read: not a miss.
func robots(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		json.NewEncoder(w).Encode(nil)
		return
	}
	json.NewEncoder(w).Encode(items)
}
