package nethttp

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

type Item struct {
	ID   int
	Name string
}

func save(r *http.Request) string { return "1" }

func load(id string) (*Item, error) { return &Item{}, nil }

// The documented example.
func create(w http.ResponseWriter, r *http.Request) {
	u := "/items/" + save(r)
	w.WriteHeader(http.StatusCreated)
	w.Header().Set("Location", u) // want `w.Header\(\).Set\("Location", ...\) after the status was written is ignored; set headers before w.WriteHeader or the first write`
}

// A body write sends the implicit 200 with the headers.
func afterWrite(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("hello"))
	w.Header().Set("Content-Type", "text/plain") // want `w.Header\(\).Set\("Content-Type", ...\) after the status was written is ignored`
}

func afterEncode(w http.ResponseWriter, r *http.Request) {
	it, err := load(r.PathValue("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(it)
	w.Header().Set("Cache-Control", "no-store") // want `w.Header\(\).Set\("Cache-Control", ...\) after the status was written is ignored`
}

func afterFprint(rw http.ResponseWriter, r *http.Request) {
	fmt.Fprint(rw, "hello")
	rw.Header().Add("Vary", "Accept") // want `rw.Header\(\).Add\("Vary", ...\) after the status was written is ignored; set headers before rw.WriteHeader or the first write`
}

// An error response written on every path before the header.
func afterError(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "gone", http.StatusGone)
	w.Header().Set("Retry-After", "3600") // want `w.Header\(\).Set\("Retry-After", ...\) after the status was written is ignored`
}

// A header alias taken after the write: reported, and no fix, since the
// alias is declared after the write.
func alias(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	h := w.Header()
	h.Set("X-Job", "42") // want `h.Set\("X-Job", ...\) after the status was written is ignored`
}

// An alias declared before the write moves fine.
func aliasBefore(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	w.WriteHeader(http.StatusAccepted)
	h.Set("X-Job", "42") // want `h.Set\("X-Job", ...\) after the status was written is ignored`
}

// Deleting is as late as setting.
func deleteLate(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Del("ETag") // want `w.Header\(\).Del\("ETag"\) after the status was written is ignored`
}

// The index form: reported, no fix (not an expression statement).
func indexForm(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header()["Date"] = nil // want `w.Header\(\)\["Date"\] = ... after the status was written is ignored`
}

// A cookie is a header.
func cookie(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("welcome"))
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "x"}) // want `http.SetCookie\(w, ...\) after the status was written is ignored`
}

// A status the model cannot name is still a status.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int) {
	w.WriteHeader(code)
	w.Header().Set("X-Code", strconv.Itoa(code)) // want `w.Header\(\).Set\("X-Code", ...\) after the status was written is ignored`
}

// The header reads a variable assigned after the write: no fix.
func assignedBetween(w http.ResponseWriter, r *http.Request) {
	u := "/items"
	w.WriteHeader(http.StatusCreated)
	u += "/" + save(r)
	w.Header().Set("Location", u) // want `w.Header\(\).Set\("Location", ...\) after the status was written is ignored`
}

// The header reads a value a call between may change: no fix.
func mutatedBetween(w http.ResponseWriter, r *http.Request) {
	it := &Item{}
	w.WriteHeader(http.StatusCreated)
	fill(it)
	w.Header().Set("Location", "/items/"+strconv.Itoa(it.ID)) // want `w.Header\(\).Set\("Location", ...\) after the status was written is ignored`
}

func fill(it *Item) { it.ID = 7 }

// Control flow between the write and the header: no fix.
func branchBetween(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	w.Header().Set("X-Body", "yes") // want `w.Header\(\).Set\("X-Body", ...\) after the status was written is ignored`
}

// The header in another block than the write: no fix.
func otherBlock(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	if r.URL.Query().Has("debug") {
		w.Header().Set("X-Debug", "1") // want `w.Header\(\).Set\("X-Debug", ...\) after the status was written is ignored`
	}
}

// Written on one path only: still late there. No fix: the write is not in
// the header's block.
func onePath(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
	}
	w.Header().Set("X-Method", r.Method) // want `w.Header\(\).Set\("X-Method", ...\) after the status was written is ignored`
}

// In a handler literal; statements between that do not matter.
var literal = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	n := 3
	w.WriteHeader(http.StatusOK)
	n++
	fmt.Fprintln(w, n)
	w.Header().Set("X-N", "3") // want `w.Header\(\).Set\("X-N", ...\) after the status was written is ignored`
})

// A header set in a loop after a status written on every path.
func allowLoop(w http.ResponseWriter, r *http.Request, methods []string) {
	w.WriteHeader(http.StatusMethodNotAllowed)
	for _, m := range methods {
		w.Header().Add("Allow", m) // want `w.Header\(\).Add\("Allow", ...\) after the status was written is ignored`
	}
}

// Set before the write and again after it: reported, but moving the late
// value in would override the one the client gets today: no fix.
func overwrite(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Cache-Control", "no-store") // want `w.Header\(\).Set\("Cache-Control", ...\) after the status was written is ignored`
}
