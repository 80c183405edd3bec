package helpers

import (
	"net/http"

	"example.com/auth"
	"example.com/respond"
	help "example.com/superfluouswritehelp"
)

// An error helper in another package after a body write.
func errorAfterWrite(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("partial"))
	respond.Error(w, http.StatusInternalServerError, "failed") // want `^respond\.Error after the body was written \(which sent 200\): its status is ignored \(superfluous response\.WriteHeader call\) and its body appended; return after the first write$`
}

// A helper that sent 200 with its body, then a status.
func statusAfterHelperBody(w http.ResponseWriter, r *http.Request) {
	respond.OK(w, map[string]string{"ok": "yes"})
	w.WriteHeader(http.StatusCreated) // want `w\.WriteHeader after the body was written`
}

// Two whole responses from helpers.
func helperTwice(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusOK, nil)
	respond.JSON(w, http.StatusCreated, nil) // want `respond\.JSON after the status was already written: its status is ignored`
}

// A helper choosing its own status, after a status.
func fixedStatusHelper(w http.ResponseWriter, r *http.Request) {
	help.Created(w, "/items/1")
	respond.Unauthorized(w) // want `respond\.Unauthorized after the status was already written`
}

// An error response on every path, then another status.
func afterErrorEveryPath(w http.ResponseWriter, r *http.Request) {
	respond.Error(w, http.StatusBadRequest, "bad")
	w.WriteHeader(http.StatusOK) // want `w\.WriteHeader after the status was already written`
}

// Negative: headers from a helper are not a write.
func headerHelper(w http.ResponseWriter, r *http.Request) {
	auth.Challenge(w)
	auth.Allow(w, "GET")
	w.WriteHeader(http.StatusUnauthorized)
}

// Negative: a helper that writes only when it refuses, with a return after.
func guarded(w http.ResponseWriter, r *http.Request) {
	if !help.Authorize(w, r) {
		return
	}
	respond.JSON(w, http.StatusOK, nil)
}

// Negative: the same helper, without looking at its result: the model
// cannot tell whether it wrote.
func unguarded(w http.ResponseWriter, r *http.Request) {
	help.Authorize(w, r)
	w.WriteHeader(http.StatusOK)
}

// Negative: a proxy the model cannot see, then a status.
func afterProxy(w http.ResponseWriter, r *http.Request, h http.Handler) {
	respond.Proxy(w, r, h)
	w.WriteHeader(http.StatusBadGateway)
}

// Negative: an error helper on one path without return: missingreturn's.
func missingReturn(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		respond.Error(w, http.StatusBadRequest, "missing id")
	}
	respond.JSON(w, http.StatusOK, nil)
}

// Negative: one helper response per path.
func onePerPath(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		respond.Error(w, http.StatusBadRequest, "missing id")
		return
	}
	help.Created(w, "/items/1")
}
