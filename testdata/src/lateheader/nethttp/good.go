package nethttp

import (
	"net/http"
	"strconv"
)

func before(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/items/1")
	w.WriteHeader(http.StatusCreated)
}

// Declared trailers are set after the body, as net/http wants them.
func declaredTrailer(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trailer", "X-Checksum")
	w.Write([]byte("data"))
	w.Header().Set("X-Checksum", "abc")
}

// Undeclared trailers use the prefix; "Trailer:X-Sum" is not a token, so it
// is not canonicalised and the prefix survives.
func prefixTrailer(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("data"))
	w.Header().Set(http.TrailerPrefix+"X-Sum", "abc")
	w.Header().Set("Trailer:x-other", "abc")
}

// Copied trailers: the name is not a constant.
func copyTrailers(w http.ResponseWriter, r *http.Request, trailer http.Header) {
	w.WriteHeader(http.StatusOK)
	for k, vv := range trailer {
		for _, v := range vv {
			w.Header().Add(http.TrailerPrefix+k, v)
		}
	}
}

// After the response was handed to code statuslint cannot see: unknown.
func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		w.Header().Set("X-Served-By", "mw")
	})
}

// The only earlier write is an error response the handler did not return
// from, on some paths: that is missingreturn's finding.
func afterMissingReturn(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
	}
	w.Header().Set("X-Id", strconv.Itoa(id))
	w.Write([]byte("ok"))
}

// 103 Early Hints: the final status and its headers are still to come.
func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</style.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusOK)
}

// http.Error after a body sets headers too: a second response, not a late
// header (superfluouswrite).
func errorAfterBody(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("partial"))
	http.Error(w, "failed", http.StatusInternalServerError)
}

// A helper that writes on some paths only, checked.
func authorize(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

func guarded(w http.ResponseWriter, r *http.Request) {
	if !authorize(w, r) {
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte("secret"))
}

// Headers set in an else of the write.
func exclusive(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
	} else {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("body"))
	}
}
