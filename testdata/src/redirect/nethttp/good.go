package nethttp

import "net/http"

// The documented fix.
func movedRight(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/new", http.StatusMovedPermanently)
}

// Location set through a variable holding the header.
func viaHeaderVar(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Location", "/new")
	w.WriteHeader(http.StatusFound)
}

func viaMapIndex(w http.ResponseWriter, r *http.Request) {
	w.Header()["Location"] = []string{"/new"}
	w.WriteHeader(http.StatusSeeOther)
}

func lowerCase(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("location", "/new")
	w.WriteHeader(http.StatusTemporaryRedirect)
}

// Set on both branches.
func bothBranches(w http.ResponseWriter, r *http.Request) {
	if next := r.URL.Query().Get("next"); next != "" {
		w.Header().Set("Location", next)
	} else {
		w.Header().Set("Location", "/")
	}
	w.WriteHeader(http.StatusPermanentRedirect)
}

// Not redirects that point somewhere.
func notModified(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotModified)
}

func multipleChoices(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMultipleChoices)
	w.Write([]byte(`<a href="/en">en</a> <a href="/fr">fr</a>`))
}

// A status the model cannot name.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int) {
	w.WriteHeader(code)
}

// The writer went to code the model cannot see: it may have set Location.
func afterOpaque(w http.ResponseWriter, r *http.Request, h http.Handler) {
	h.ServeHTTP(w, r)
	w.WriteHeader(http.StatusFound)
}

// Headers copied from an upstream response, whose names are not constant.
func copied(w http.ResponseWriter, r *http.Request, upstream http.Header) {
	for k, vv := range upstream {
		for _, v := range vv {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(http.StatusFound)
}

func goodRoutes(mux *http.ServeMux) {
	// GET with a 301: nothing to lose.
	mux.HandleFunc("GET /old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new", http.StatusMovedPermanently)
	})
	// 303 after a POST is the right redirect.
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/items/1", http.StatusSeeOther)
	})
	// 307 and 308 keep the method.
	mux.HandleFunc("POST /v1/items", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/v2/items", http.StatusPermanentRedirect)
	})
	mux.HandleFunc("PATCH /v1/items/{id}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/v2/items", http.StatusTemporaryRedirect)
	})
	// Registered for GET and POST: the 302 may be the GET's.
	mux.HandleFunc("GET /form", form)
	mux.HandleFunc("POST /form", form)
	// A pattern without a method.
	mux.HandleFunc("/anything", anything)
}

func form(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusFound)
}

func anything(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusFound)
}

// Methods unknown: not registered here, no guard.
func unregistered(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusMovedPermanently)
}

// A GET guard.
func guardedGet(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

// A POST guard with 303.
func guardedPost(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	http.Redirect(w, r, "/done", http.StatusSeeOther)
}
