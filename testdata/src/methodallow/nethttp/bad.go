package nethttp

import "net/http"

func create(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header; set it to the allowed methods first, e\.g\. w\.Header\(\)\.Set\("Allow", "POST"\)`
		return
	}
}

func viaHTTPError(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", 405) // want `405 response without Allow header`
		return
	}
}

// Fixture 3: Allow set in one branch of an if, 405 written after the join.
func oneBranch(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPut {
		w.Header().Set("Allow", "GET, HEAD")
	}
	w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header`
}

// The wrong writer's header.
func wrongWriter(w, log http.ResponseWriter, r *http.Request) {
	log.Header().Set("Allow", "GET")
	w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header`
}

func methodSwitch(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.Write([]byte("ok"))
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed) // want `405 response without Allow header`
	}
}

type api struct{}

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header`
	}
}
