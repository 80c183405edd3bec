package nethttp

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
)

type Item struct{ Name string }

func save(in Item) Item { return in }

var errNotFound = errors.New("not found")

func lookup(id string) (Item, error) { return Item{}, nil }

// The documented example: the decode error falls through to the encode.
func create(w http.ResponseWriter, r *http.Request) {
	var in Item
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad input", http.StatusBadRequest) // want `http.Error writes an error response but the handler goes on to write again; add a return after it`
	}
	json.NewEncoder(w).Encode(save(in))
}

// WriteHeader(500) and a body, then the success body.
func writeHeaderThenBody(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `w.WriteHeader\(http.StatusInternalServerError\) writes an error response but the handler goes on to write again; add a return after it`
		fmt.Fprint(w, "lookup failed")
	}
	fmt.Fprintf(w, "item %s", it.Name)
}

// A trailing comment stays on its line; the return goes after it.
func withComment(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "n must be a number", http.StatusBadRequest) // want `http.Error writes an error response`
	}
	w.Write([]byte(strconv.Itoa(n * 2)))
}

// Inside a loop: the error falls through to the append, and the loop ends
// in the success body.
func loop(w http.ResponseWriter, r *http.Request) {
	var items []Item
	for _, id := range r.URL.Query()["id"] {
		it, err := lookup(id)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound) // want `http.Error writes an error response`
		}
		items = append(items, it)
	}
	json.NewEncoder(w).Encode(items)
}

// A case of a switch falls out of the switch into the write below it.
func switchCase(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	switch {
	case errors.Is(err, errNotFound):
		http.Error(w, "not found", http.StatusNotFound) // want `http.Error writes an error response`
	case err != nil:
		http.Error(w, "internal error", http.StatusInternalServerError) // want `http.Error writes an error response`
	}
	json.NewEncoder(w).Encode(it)
}

// Logging after the error, but no return: the return goes after the log.
func logNoReturn(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError) // want `http.Error writes an error response`
		println("lookup:", err.Error())
	}
	json.NewEncoder(w).Encode(it)
}

// A nested branch: the error is in the inner if, the write in the outer one.
func nested(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		var in Item
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			w.WriteHeader(400) // want `w.WriteHeader\(400\) writes an error response`
		}
		w.WriteHeader(http.StatusCreated)
	}
}

// A break after the error leads to the write after the loop: reported, but
// a return is not the obvious fix (the break says where to go), so none is
// offered.
func breakOut(w http.ResponseWriter, r *http.Request) {
	var items []Item
	for _, id := range r.URL.Query()["id"] {
		it, err := lookup(id)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound) // want `http.Error writes an error response`
			break
		}
		items = append(items, it)
	}
	json.NewEncoder(w).Encode(items)
}

// A function with results: no fix, the return would need values.
func withResults(w http.ResponseWriter, r *http.Request) error {
	it, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound) // want `http.Error writes an error response`
	}
	return json.NewEncoder(w).Encode(it)
}

// A handler literal.
var literal = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest) // want `http.Error writes an error response`
	}
	w.Write([]byte("ok"))
})

// Known false positive: the later write is in a branch the error path
// cannot take, but the model does not correlate the two conditions. The
// fix (or an else) says what the code means.
func exclusiveIfs(w http.ResponseWriter, r *http.Request) {
	it, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError) // want `http.Error writes an error response`
	}
	if err == nil {
		json.NewEncoder(w).Encode(it)
	}
}
