package nethttp

import (
	"encoding/json"
	"log"
	"net/http"
)

var requests int

func record(status int) { requests++ }

// go-critic's returnAfterHttpError reports this (go-critic issue 1449): the
// http.Error is the last statement of the function, nothing follows it.
func lastStatement(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
}

// The same, as the last statement on an else path.
func lastOnPath(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		w.Write([]byte("ok"))
	} else {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// Logging between the error and the return.
func logThenReturn(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		log.Println("lookup:", err)
		record(http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(it)
}

// The else makes the success write unreachable from the error.
func elseBranch(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
	} else {
		json.NewEncoder(w).Encode(it)
	}
}

// Only defer, metrics and logging until the function ends.
func deferAndLog(w http.ResponseWriter, r *http.Request) {
	defer record(0)
	var in Item
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad input", http.StatusBadRequest)
	}
	log.Println("done")
	record(200)
}

// The error and the success body are cases of one switch.
func exclusiveCases(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	switch {
	case err == errNotFound:
		http.Error(w, "not found", http.StatusNotFound)
	case err != nil:
		http.Error(w, "internal error", http.StatusInternalServerError)
	default:
		json.NewEncoder(w).Encode(it)
	}
	log.Println("served", r.URL.Path)
}

// The error path returns from an outer branch after an inner if/else.
func innerElseOuterReturn(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		if err == errNotFound {
			http.Error(w, "not found", http.StatusNotFound)
		} else {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
		return
	}
	json.NewEncoder(w).Encode(it)
}

// authorize writes a 401 on some paths only and says so in its result.
func authorize(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

func guarded(w http.ResponseWriter, r *http.Request) {
	if !authorize(w, r) {
		return
	}
	w.Write([]byte("secret"))
}

// A success write in the branch, then another write: not an error response.
func successThenWrite(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
	}
	w.Write([]byte("ok"))
}
