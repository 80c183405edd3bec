package httpx

import (
	"log/slog"
	"net/http"
	"time"
)

// Handler is a handler that returns its error: ServeHTTP sends the status
// the error carries (StatusFor), 500 for an error of no known kind.
type Handler func(w http.ResponseWriter, r *http.Request) error

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	lw := NewLoggingWriter(w)
	start := time.Now()
	if err := h(lw, r); err != nil {
		RespondErr(lw, err)
	}
	slog.Info("request", "method", r.Method, "path", r.URL.Path, "status", lw.Status(), "took", time.Since(start))
}

// LoggingWriter remembers the status it was asked to write.
type LoggingWriter struct {
	http.ResponseWriter
	status int
}

func NewLoggingWriter(w http.ResponseWriter) *LoggingWriter {
	return &LoggingWriter{ResponseWriter: w}
}

func (lw *LoggingWriter) WriteHeader(status int) {
	if lw.status == 0 {
		lw.status = status
	}
	lw.ResponseWriter.WriteHeader(status)
}

func (lw *LoggingWriter) Write(p []byte) (int, error) {
	if lw.status == 0 {
		lw.status = http.StatusOK
	}
	return lw.ResponseWriter.Write(p)
}

func (lw *LoggingWriter) Unwrap() http.ResponseWriter { return lw.ResponseWriter }

func (lw *LoggingWriter) Status() int {
	if lw.status == 0 {
		return http.StatusOK
	}
	return lw.status
}
