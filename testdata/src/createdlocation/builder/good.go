package builder

import (
	"net/http"
	"strconv"

	"example.com/reply"
	"example.com/store"
)

// Created sets the status and the Location.
func createWithLocation(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := store.Item{Name: r.FormValue("name")}
	if err := db.Create(r.Context(), &it); err != nil {
		reply.To(w).Code(http.StatusInternalServerError).Text("failed")
		return
	}
	reply.To(w).Created("/items/" + strconv.Itoa(it.ID)).JSON(it)
}

// Location set by name in the chain.
func createSet(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := store.Item{Name: r.FormValue("name")}
	_ = db.Create(r.Context(), &it)
	reply.To(w).Set("Location", "/items/"+strconv.Itoa(it.ID)).Code(http.StatusCreated).Empty()
}

// 200 from the constructor: nothing was created.
func fetch(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it, _ := db.Get(r.Context(), 1)
	reply.To(w).JSON(it)
}
