package gorillamux

import (
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
)

func getItemRight(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_ = id
}
