package httprouter

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

// GetBook swagger:operation GET /books/{id} getBook
//
//	---
//	responses:
//		'200':
//			description: the book
func GetBook(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if ps.ByName("id") == "" {
		http.NotFound(w, r) // want `GetBook sends 404, which its annotations do not declare`
		return
	}
	w.Write([]byte("{}"))
}
