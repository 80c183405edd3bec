package nethttp

import "net/http"

func setFirst(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
}

// Fixture 4: through a header variable, and through the map.
func headerVar(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Allow", "GET, HEAD")
	w.WriteHeader(http.StatusMethodNotAllowed)
}

func mapIndex(w http.ResponseWriter, r *http.Request) {
	w.Header()["Allow"] = []string{"GET"}
	w.WriteHeader(http.StatusMethodNotAllowed)
}

func headerVarDecl(w http.ResponseWriter, r *http.Request) {
	var h http.Header = w.Header()
	h["Allow"] = []string{"GET"}
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
}

// Set on every path before the join.
func everyPath(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/a" {
		w.Header().Set("Allow", "GET")
	} else {
		w.Header().Set("Allow", "GET, POST")
	}
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// Other statuses are not this rule's business.
func notAllowedElsewhere(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotImplemented)
}

// A 405 in a loop after Allow was set before it.
func loop(w http.ResponseWriter, r *http.Request, methods []string) {
	w.Header().Set("Allow", "GET")
	for _, m := range methods {
		if m == r.Method {
			return
		}
	}
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// A deferred write happens after the handler returns: not at this point.
func deferred(w http.ResponseWriter, r *http.Request) {
	defer func() {
		w.Header().Set("Allow", "GET")
	}()
	w.Header().Set("Allow", "GET")
	w.WriteHeader(http.StatusMethodNotAllowed)
}


// Allow added in a loop over the allowed methods (chi's methodNotAllowedHandler):
// the loop may run zero times, but the model cannot know that it does.
func fromLoop(allowed ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for _, m := range allowed {
			w.Header().Add("Allow", m)
		}
		w.WriteHeader(405)
		w.Write(nil)
	}
}

// The status comes from a table: which entry this write sends, the
// model does not know.
var badStatuses = map[string]int{"bad": 405}

func fromTableBad(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(badStatuses[r.Method])
}
