package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func routes() {
	r := chi.NewRouter()
	r.Post("/login", login)
	r.Delete("/items/{id}", deleteItem)
	r.Get("/old", old)
	r.Post("/items", create)
	r.Get("/form", form)
	r.Post("/form", form)
}

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusFound) // want `302 \(http\.StatusFound\) redirect from a POST handler`
}

func deleteItem(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/items", http.StatusMovedPermanently) // want `301 \(http\.StatusMovedPermanently\) redirect from a DELETE handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 308`
}
