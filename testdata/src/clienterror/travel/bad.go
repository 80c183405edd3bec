package travel

import (
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/apperr"
	"example.com/web"
)

// A client's bad body wrapped as an internal error.
func createItem(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		web.Fail(w, apperr.Internal(err)) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
}

// A status chosen into a variable by a constructor's error.
func getItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		e := apperr.New(http.StatusInternalServerError, "bad id") // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		http.Error(w, e.Msg, e.Status)
		return
	}
	_ = id
}

// The central writer's own 500, for an error that carries no status: the
// decoder's.
func replaceItem(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		web.Fail(w, err) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
}

// The mapper behind the writer tests the application's own errors: a
// decoder's error meets none of them and gets its final 500.
func patchItem(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		web.Mapped(w, err) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
}
