package nethttp

import "net/http"

// problem's Error returns an error to translate: it is no error itself,
// but nil still means there is none.
type problem struct{ key string }

func (p *problem) Error() error { return nil }

func checkName(name string) *problem { return nil }

func findName(name string) *string { return nil }

// After verr != nil returns, the handler goes on with no error; after a
// lookup's nil returns, the resource is there.
func rename(w http.ResponseWriter, r *http.Request) {
	if verr := checkName(r.FormValue("name")); verr != nil {
		http.Error(w, verr.key, http.StatusBadRequest)
		return
	}
	if found := findName(r.FormValue("name")); found == nil {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
