package errorlike

import (
	"encoding/json"
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
