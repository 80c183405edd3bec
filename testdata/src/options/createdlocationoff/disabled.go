package disabled

import (
	"net/http"

	"example.com/respond"
)

// Without -createdlocation.enable nothing is reported.
func createItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func viaJSON(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, nil)
}
