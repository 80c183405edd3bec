package nethttp

import "net/http"

func lineAbove(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore wwwauthenticate the gateway in front adds the challenge
	w.WriteHeader(http.StatusUnauthorized)
}

func sameLine(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "unauthorized", http.StatusUnauthorized) //statuslint:ignore wwwauthenticate the gateway adds it
}

// One directive, several rules: each rule takes its own part.
func severalRules(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore superfluouswrite,wwwauthenticate a test double that provokes both
	w.WriteHeader(http.StatusUnauthorized)
}

// golangci-lint's and gosec's reason styles.
func reasonStyles(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/a" {
		//statuslint:ignore wwwauthenticate // the gateway adds it
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	//statuslint:ignore wwwauthenticate -- the gateway adds it
	w.WriteHeader(http.StatusUnauthorized)
}
