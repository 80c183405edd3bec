package statusreturn

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strconv"
)

type data struct{ user string }

type handleFunc func(w http.ResponseWriter, r *http.Request, d *data) (int, error)

var defaultHeaders = map[string]string{
	"Cache-Control": "no-store",
}

func handle(fn handleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range defaultHeaders {
			w.Header().Set(k, v)
		}
		status, err := fn(w, r, &data{})
		if err != nil {
			log.Print(err)
		}
		if status != 0 {
			http.Error(w, strconv.Itoa(status)+" "+http.StatusText(status), status)
		}
	})
}

var errNope = errors.New("nope")

var loginHandler = func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	if r.Header.Get("X-Auth") == "" {
		return http.StatusUnauthorized, nil
	}
	var body struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		return http.StatusInternalServerError, err
	}
	w.Header().Set("Content-Type", "application/json")
	return 0, json.NewEncoder(w).Encode(body)
}

func challenge(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	w.Header().Set("WWW-Authenticate", "Bearer")
	return http.StatusUnauthorized, errNope
}

func routes(mux *http.ServeMux) {
	mux.Handle("/login", handle(loginHandler))
	mux.Handle("/challenge", handle(challenge))
}
