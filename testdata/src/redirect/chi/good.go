package chi

import "net/http"

// A GET route.
func old(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/new", http.StatusMovedPermanently)
}

// 303 after a POST.
func create(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/items/1", http.StatusSeeOther)
}

// Routed for GET and POST.
func form(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusFound)
}
