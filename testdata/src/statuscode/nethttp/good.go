package nethttp

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Named statuses.
func named(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Numbers in range are left alone while -statuscode.literals is off.
func literalsOff(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gone" {
		w.WriteHeader(410)
		return
	}
	status := 201
	w.WriteHeader(status)
}

// The bounds, and codes net/http does not name: valid.
func bounds(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		w.WriteHeader(100)
	case "/b":
		w.WriteHeader(599)
	case "/c":
		w.WriteHeader(499) // nginx: client closed request
	case "/d":
		http.Error(w, "origin down", 520) // Cloudflare
	case "/e":
		w.WriteHeader(http.StatusEarlyHints)
	}
}

// Statuses computed at run time.
func runtimeStatus(w http.ResponseWriter, r *http.Request, code int) {
	n, _ := strconv.Atoi(r.URL.Query().Get("status"))
	if n != 0 {
		w.WriteHeader(n)
		return
	}
	w.WriteHeader(code)
}

// Big numbers that never reach a status write.
func notStatus(w http.ResponseWriter, r *http.Request) {
	retries := 2000
	time.Sleep(time.Duration(retries) * time.Millisecond)
	fmt.Fprint(w, 2000)
	w.Header().Set("X-Limit", strconv.Itoa(9999))
}

// A bad status assigned, then overwritten before the write.
func overwritten(w http.ResponseWriter, r *http.Request) {
	status := 2000
	_ = status
	status = http.StatusAccepted
	w.WriteHeader(status)
}

// A closure writing a good status.
func goodClosure(w http.ResponseWriter, r *http.Request) {
	ok := func() { w.WriteHeader(http.StatusNoContent) }
	ok()
}

// A deferred write of a good status.
func deferred(w http.ResponseWriter, r *http.Request) {
	defer w.WriteHeader(http.StatusOK)
}

// A wrapper whose WriteHeader forwards its parameter.
type recorder struct {
	http.ResponseWriter
	status int
}

func (rec *recorder) WriteHeader(code int) {
	rec.status = code
	rec.ResponseWriter.WriteHeader(code)
}

// 0 as "not chosen yet", replaced before the write (net/http/cgi).
func sentinelZero(w http.ResponseWriter, r *http.Request) {
	statusCode := 0
	if r.URL.Query().Has("created") {
		statusCode = http.StatusCreated
	}
	if statusCode == 0 {
		statusCode = http.StatusOK
	}
	w.WriteHeader(statusCode)
}

// 0 as "not chosen yet", written only when chosen.
func sentinelGuarded(w http.ResponseWriter, r *http.Request) {
	var code = -1
	if r.URL.Query().Has("gone") {
		code = http.StatusGone
	}
	if code != -1 {
		w.WriteHeader(code)
	}
}

// The same, tested by a switch.
func sentinelSwitch(w http.ResponseWriter, r *http.Request) {
	status := 0
	if r.URL.Path == "/teapot" {
		status = http.StatusTeapot
	}
	switch status {
	case 0:
		status = http.StatusOK
	}
	w.WriteHeader(status)
}
