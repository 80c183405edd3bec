package errorlike

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type store struct{}

func (store) findAccount(name string) *account { return nil }

// A lookup's nil is still a resource that is not there.
func getAccount(w http.ResponseWriter, r *http.Request) {
	a := store{}.findAccount(r.PathValue("name"))
	if a == nil {
		json.NewEncoder(w).Encode(nil) // want `lookup miss answered with status 200`
		return
	}
	json.NewEncoder(w).Encode(a)
}

// verr != nil is the check's failure: answered with 200.
func renameAccount(w http.ResponseWriter, r *http.Request) {
	var a account
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if verr := checkAccount(a); verr != nil {
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, verr.Error()) // want `error response sent with status 200`
		return
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
