package gorillamux

import "net/http"

// The form is also served to GET.
func form(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusFound)
}

// 307 keeps the method.
func create(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v2/items", http.StatusTemporaryRedirect)
}

// Routed without methods.
func anything(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusMovedPermanently)
}
