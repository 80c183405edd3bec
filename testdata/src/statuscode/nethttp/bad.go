package nethttp

import "net/http"

// The example of the documentation.
func create(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(2010) // want `status 2010 is not an HTTP status code \(100–599\); use an http.Status constant`
}

// Zero and negative statuses make net/http panic.
func zero(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "bad request", 0) // want `status 0 is not an HTTP status code`
}

func negative(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(-1) // want `status -1 is not an HTTP status code`
}

// 600–999 is sent as written.
func sixHundred(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "oops", 600) // want `status 600 is not an HTTP status code`
}

// A status a digit short.
func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", 30) // want `status 30 is not an HTTP status code`
}

// Reported where the constant is chosen, not where it is written.
func viaVariable(w http.ResponseWriter, r *http.Request) {
	status := 2000 // want `status 2000 is not an HTTP status code`
	if r.URL.Query().Has("missing") {
		status = 40 // want `status 40 is not an HTTP status code`
	}
	w.WriteHeader(status)
}

// One constant reaching two writes is reported once.
func twoWrites(w http.ResponseWriter, r *http.Request) {
	code := 700 // want `status 700 is not an HTTP status code`
	if r.Method == http.MethodGet {
		w.WriteHeader(code)
		return
	}
	http.Error(w, "nope", code)
}

// An application error code passed as a status.
const errQuota = 1042

func appCode(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "quota exceeded", errQuota) // want `status 1042 is not an HTTP status code`
}

// Arithmetic on constants is still a constant.
func arithmetic(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK * 10) // want `status 2000 is not an HTTP status code`
}

// A local helper writing a status of its own: reported inside it.
func teapot(w http.ResponseWriter) {
	w.WriteHeader(4180) // want `status 4180 is not an HTTP status code`
}

func callsTeapot(w http.ResponseWriter, r *http.Request) {
	teapot(w)
}

// A closure writing a bad status: reported once, at the constant.
func closure(w http.ResponseWriter, r *http.Request) {
	fail := func() { w.WriteHeader(999) } // want `status 999 is not an HTTP status code`
	if r.URL.Path == "" {
		fail()
		return
	}
	fail()
}

type server struct{}

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(1000) // want `status 1000 is not an HTTP status code`
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /x", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(20) // want `status 20 is not an HTTP status code`
	})
}

// 0 reaches the write when no case matches: net/http panics.
func missingDefault(w http.ResponseWriter, r *http.Request) {
	status := 0 // want `status 0 is not an HTTP status code`
	switch r.URL.Path {
	case "/a":
		status = http.StatusOK
	case "/b":
		status = http.StatusNotFound
	}
	w.WriteHeader(status)
}

// A comparison with another value does not make the 0 a sentinel.
func comparedElsewhere(w http.ResponseWriter, r *http.Request) {
	status := 0 // want `status 0 is not an HTTP status code`
	if status == http.StatusOK {
		return
	}
	w.WriteHeader(status)
}

// A helper that always gives 2000: the write panics (net/http) or sends nonsense.
func statusOf(err error) int { return 2000 } // want `status 2000 is not an HTTP status code`

func fromFunction(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(statusOf(nil))
}
