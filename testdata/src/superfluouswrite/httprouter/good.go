package httprouter

import (
	"bytes"
	"encoding/json"
	"github.com/julienschmidt/httprouter"
	"net/http"
)

func createRight(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(ps); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	w.Write(buf.Bytes())
}

func goodRoutes() http.Handler {
	router := httprouter.New()
	router.POST("/items", createRight)
	return router
}
