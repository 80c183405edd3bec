// Package issue10router wraps its whole router in http.TimeoutHandler.
package issue10router

import (
	"net/http"
	"time"
)

func server() *http.Server {
	m := http.NewServeMux()
	m.HandleFunc("/report", report)
	return &http.Server{Handler: http.TimeoutHandler(m, time.Second, "timeout")}
}

func report(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	w.Header().Set("Location", "/report/1")
}
