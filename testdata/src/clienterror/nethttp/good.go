package nethttp

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
)

type item struct{ Name string }

// Fixture 5, negative: the same shape, err from the database.
func statusVarDB(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	_, err := db.Exec("DELETE FROM items")
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError
	}
	w.WriteHeader(status)
}

func dbFailure(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var req item
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := db.Exec("INSERT INTO items VALUES ($1)", req.Name); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
}

// err is reassigned by the database call before the check.
func reassigned(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var req item
	err := json.NewDecoder(r.Body).Decode(&req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_, err = db.Exec("INSERT")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// Decoding something that is not the request: an upstream response, a file.
func decodeUpstream(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream/items")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var it item
	if err := json.NewDecoder(resp.Body).Decode(&it); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
}

func parseConfig(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(os.Getenv("LIMIT"))
	if err != nil {
		http.Error(w, "misconfigured", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, n)
}

// Either error may reach the check: the model cannot tell whose fault it is.
func eitherError(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var req item
	err := json.NewDecoder(r.Body).Decode(&req)
	if req.Name == "" {
		_, err = db.Exec("SELECT 1")
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// 4xx for the client's error is right.
func right(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	fmt.Fprint(w, id)
}

// A 500 after the decode error branch returned.
func afterReturn(w http.ResponseWriter, r *http.Request) {
	var req item
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}
