package packed

import (
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/packed"
)

type note struct{ Text string }

// The builder-backed helper sends 500 for a body that does not decode.
func createNote(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		packed.Failed(w, err) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
	packed.Created(w, n)
}

// A chain written in the handler, for a bad path parameter.
func getNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		packed.New(w).Status(http.StatusInternalServerError).Bytes([]byte(err.Error())).Send() // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
	packed.New(w).Bytes([]byte(strconv.Itoa(id))).Send()
}
