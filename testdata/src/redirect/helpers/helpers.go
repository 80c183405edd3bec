package helpers

import (
	"net/http"

	help "example.com/redirecthelp"
	"example.com/respond"
)

// A redirect status passed to a helper that never sets Location.
func viaErrorHelper(w http.ResponseWriter, r *http.Request) {
	respond.Error(w, http.StatusMovedPermanently, "moved") // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header`
}

func viaJSON(w http.ResponseWriter, r *http.Request) {
	code := http.StatusFound
	respond.JSON(w, code, nil) // want `302 \(http\.StatusFound\) redirect without Location header`
}

// Negative: the helper sets Location itself.
func viaTo(w http.ResponseWriter, r *http.Request) {
	help.To(w, "/new", http.StatusMovedPermanently)
}

// Negative: a helper sets Location, then the handler writes the status.
func viaSetLocation(w http.ResponseWriter, r *http.Request) {
	help.SetLocation(w, "/new")
	w.WriteHeader(http.StatusFound)
}

// Negative: a helper's own redirect is reported inside the helper.
func viaMoved(w http.ResponseWriter, r *http.Request) {
	help.Moved(w)
}

// Negative: a proxy the model cannot see may have set Location.
func viaProxy(w http.ResponseWriter, r *http.Request, h http.Handler) {
	respond.Proxy(w, r, h)
	w.WriteHeader(http.StatusFound)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("POST /logout", logout)
	mux.HandleFunc("POST /items", create)
	mux.HandleFunc("GET /home", home)
}

// The handler picked a helper that redirects with 302.
func login(w http.ResponseWriter, r *http.Request) {
	help.Home(w, r) // want `302 \(http\.StatusFound\) redirect from a POST handler`
}

func logout(w http.ResponseWriter, r *http.Request) {
	help.To(w, "/", http.StatusFound) // want `302 \(http\.StatusFound\) redirect from a POST handler`
}

// Negative: 303 through the helper.
func create(w http.ResponseWriter, r *http.Request) {
	help.To(w, "/items/1", http.StatusSeeOther)
}

// Negative: the 302 helper from a GET handler.
func home(w http.ResponseWriter, r *http.Request) {
	help.Home(w, r)
}
