// Package statushelp has helpers of the shape func(w, ...) (int, error):
// each returns the status its caller's wrapper writes, or 0 when it wrote
// the response itself. The facts that say which cross to their callers.
package statushelp

import (
	"encoding/json"
	"errors"
	"net/http"
)

// JSON hands back 500 when it cannot encode v, before writing anything.
func JSON(w http.ResponseWriter, v any) (int, error) { // want JSON:"writer\\(0\\) maybe-sets Content-Type body\\? hands r0=500 else body" JSON:"carries r0=500\\? r0=0\\?"
	b, err := json.Marshal(v)
	if err != nil {
		return http.StatusInternalServerError, err
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
	return 0, nil
}

// Forbidden writes nothing: its caller's wrapper writes the 403.
func Forbidden(w http.ResponseWriter, r *http.Request) (int, error) { // want Forbidden:"writer\\(0\\) hands r0=403" Forbidden:"carries r0=403"
	return http.StatusForbidden, errors.New("forbidden")
}

// Created writes its own status and body, or hands back 400.
func Created(w http.ResponseWriter, v any) (int, error) { // want Created:"writer\\(0\\) maybe-sets Content-Type status\\?=201 body\\?=param1 hands r0=400 else status body" Created:"carries r0=400\\? r0=0\\?"
	if v == nil {
		return http.StatusBadRequest, nil
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(v)
	return 0, nil
}

// Coded hands back a status the model cannot name: no split.
func Coded(w http.ResponseWriter, v any, code func() int) (int, error) { // want Coded:"writer\\(0\\) body\\?" Coded:"calls param2\\?"
	if v == nil {
		return code(), nil
	}
	w.Write([]byte("ok"))
	return 0, nil
}

// Stream writes on every path and returns 0: nothing to hand back.
func Stream(w http.ResponseWriter, b []byte) (int, error) { // want Stream:"writer\\(0\\) body"
	_, err := w.Write(b)
	return 0, err
}
