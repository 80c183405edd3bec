// Package apphandler: a dispatcher hands its handlers' errors to a
// writer; a handler's `return health(w, r)` returns nil once it wrote.
package apphandler

import "net/http"

func fail(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

func dispatchAll(w http.ResponseWriter, r *http.Request) {
	if err := route(w, r); err != nil {
		fail(w, err)
	}
}

func route(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Path == "/health" {
		return health(w, r)
	}
	return nil
}

func health(w http.ResponseWriter, r *http.Request) error {
	_, err := w.Write([]byte("ok"))
	return err
}
