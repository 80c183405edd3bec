package httprouter

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

// PatchBook swagger:operation PATCH /books/{id} patchBook
//
//	---
//	responses:
//		'204':
//			description: patched
//		'404':
//			description: no such book
func PatchBook(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if ps.ByName("id") == "" {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func routes(r *httprouter.Router) {
	r.GET("/books/:id", GetBook)
	r.PATCH("/books/:id", PatchBook)
}
