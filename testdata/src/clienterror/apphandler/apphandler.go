// Package apphandler has handlers that return their errors to a writer.
package apphandler

import (
	"net/http"
	"strconv"

	"example.com/apperr"
	"example.com/web"
)

func routes(mux *http.ServeMux) {
	mux.Handle("GET /items/{id}", web.Handler(getItem))
	mux.Handle("GET /users/{id}", web.Handler(getUser))
	mux.HandleFunc("GET /orders/{id}", dispatch)
	mux.HandleFunc("GET /carts/{id}", web.Wrap(getCart))
	mux.HandleFunc("GET /wishes/{id}", web.Wrap(getWish))
}

// web.Wrap, an adapter of another package, hands the error to Fail.
func getCart(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		return err // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	}
	_ = id
	return nil
}

func getWish(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		return apperr.BadRequest("bad id")
	}
	_ = id
	return nil
}

// web.Handler's ServeHTTP writes the error: a parser's, with Fail's 500.
func getItem(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		return err // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	}
	_ = id
	return nil
}

// The error carries its own 400.
func getUser(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		return apperr.BadRequest("bad id")
	}
	_ = id
	return nil
}

// A dispatcher hands the handler's error to the writer.
func dispatch(w http.ResponseWriter, r *http.Request) {
	if err := getOrder(w, r); err != nil {
		web.Fail(w, err)
	}
}

func getOrder(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		return err // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	}
	_ = id
	return nil
}

// A dispatcher that returns what its handlers return: their errors are
// nil when they wrote their response.
func dispatchAll(w http.ResponseWriter, r *http.Request) {
	if err := route(w, r); err != nil {
		web.Fail(w, err)
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
