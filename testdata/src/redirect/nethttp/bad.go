package nethttp

import "net/http"

// The documented example.
func moved(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMovedPermanently) // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header; set it to the target first, e\.g\. w\.Header\(\)\.Set\("Location", url\), or use http\.Redirect$`
}

func found(rw http.ResponseWriter, r *http.Request) {
	rw.WriteHeader(http.StatusFound) // want `^302 \(http\.StatusFound\) redirect without Location header; set it to the target first, e\.g\. rw\.Header\(\)`
}

func seeOtherLiteral(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(303) // want `303 \(http\.StatusSeeOther\) redirect without Location header`
}

// Location set in one branch only.
func oneBranch(w http.ResponseWriter, r *http.Request) {
	if next := r.URL.Query().Get("next"); next != "" {
		w.Header().Set("Location", next)
	}
	w.WriteHeader(http.StatusTemporaryRedirect) // want `307 \(http\.StatusTemporaryRedirect\) redirect without Location header`
}

// Removed again before the write.
func deleted(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/new")
	w.Header().Del("Location")
	w.WriteHeader(http.StatusPermanentRedirect) // want `308 \(http\.StatusPermanentRedirect\) redirect without Location header`
}

// The status kept in a variable: the diagnostic points at the write.
func viaVariable(w http.ResponseWriter, r *http.Request) {
	code := http.StatusOK
	if r.URL.Query().Has("old") {
		code = http.StatusMovedPermanently
	}
	w.WriteHeader(code) // want `301 \(http\.StatusMovedPermanently\) redirect without Location header`
}

// A Go 1.22 POST pattern with a 302: the browser follows with a GET.
func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		startSession(w, r)
		http.Redirect(w, r, "/", http.StatusFound) // want `^302 \(http\.StatusFound\) redirect from a POST handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 307 \(http\.StatusTemporaryRedirect\) to keep the method$`
	})
	mux.HandleFunc("PUT /items/{id}", putItem)
	mux.HandleFunc("POST /things", thing)
	mux.HandleFunc("DELETE /things/{id}", thing)
	mux.HandleFunc("POST /bare", bare)
}

func putItem(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/items/2", http.StatusMovedPermanently) // want `^301 \(http\.StatusMovedPermanently\) redirect from a PUT handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 308 \(http\.StatusPermanentRedirect\) to keep the method$`
}

// Registered for two methods, both of them turned into GET.
func thing(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/things", 302) // want `302 \(http\.StatusFound\) redirect from a DELETE/POST handler`
}

// Both mistakes at once.
func bare(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header` `302 \(http\.StatusFound\) redirect from a POST handler`
}

// A method guard makes this a POST-only handler.
func guarded(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Location", "/done")
	w.WriteHeader(http.StatusFound) // want `302 \(http\.StatusFound\) redirect from a POST handler`
}

// The status chosen away from the redirect.
func guardedVar(w http.ResponseWriter, r *http.Request) {
	if r.Method != "POST" {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	code := http.StatusMovedPermanently
	http.Redirect(w, r, "/x", code) // want `301 \(http\.StatusMovedPermanently\) redirect from a POST handler`
}

type server struct{}

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header`
}

func startSession(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "x"})
}
