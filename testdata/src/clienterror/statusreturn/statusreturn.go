package statusreturn

import (
	"encoding/json"
	"net/http"
	"strconv"
)

type handleFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func handle(fn handleFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		status, err := fn(w, r)
		if status != 0 {
			http.Error(w, err.Error(), status)
		}
	}
}

type item struct{ Name string }

func create(w http.ResponseWriter, r *http.Request) (int, error) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		return http.StatusInternalServerError, err // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(decoding the request body\); use 400`
	}
	return http.StatusCreated, nil
}

func get(w http.ResponseWriter, r *http.Request) (int, error) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		return http.StatusBadRequest, err
	}
	if err := json.NewEncoder(w).Encode(item{Name: strconv.Itoa(id)}); err != nil {
		return http.StatusInternalServerError, err
	}
	return 0, nil
}

func routes(mux *http.ServeMux) {
	mux.Handle("/create", handle(create))
	mux.Handle("/get", handle(get))
}

// The status comes from a helper the handler returns it from: the
// helper's 500 is what the wrapper writes for a body it cannot decode.
func readItem(w http.ResponseWriter, r *http.Request, it *item) (int, error) {
	if err := json.NewDecoder(r.Body).Decode(it); err != nil {
		return http.StatusInternalServerError, err // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(decoding the request body\); use 400`
	}
	return 0, nil
}

func update(w http.ResponseWriter, r *http.Request) (int, error) {
	var it item
	if status, err := readItem(w, r, &it); status != 0 {
		return status, err
	}
	return http.StatusNoContent, nil
}

// A helper's 500 for its own failure, handed back: the server's fault.
func renderItem(w http.ResponseWriter, it item) (int, error) {
	b, err := json.Marshal(it)
	if err != nil {
		return http.StatusInternalServerError, err
	}
	w.Write(b)
	return 0, nil
}

func show(w http.ResponseWriter, r *http.Request) (int, error) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		return http.StatusBadRequest, err
	}
	return renderItem(w, item{Name: strconv.Itoa(id)})
}

func moreRoutes(mux *http.ServeMux) {
	mux.Handle("/update", handle(update))
	mux.Handle("/show", handle(show))
}
