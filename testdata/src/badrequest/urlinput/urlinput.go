// Package urlinput: a value from the URL, a header or a cookie that fails a
// check is a malformed request (400 fits); one from a body that decoded is
// failed validation.
package urlinput

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

var errInvalidTopic = errors.New("invalid topic")

func topicOf(path string) (string, error) {
	t := strings.TrimPrefix(path, "/")
	if t == "" || strings.Contains(t, "/") {
		return "", errInvalidTopic
	}
	return t, nil
}

type checker struct{}

var errInvalidAlgo = errors.New("invalid algorithm")

func (checker) Sum(algo string) (string, error) { return "", errInvalidAlgo }

// The topic comes from the path: 400.
func subscribe(w http.ResponseWriter, r *http.Request) {
	topic, err := topicOf(r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Write([]byte(topic))
}

// The algorithm comes from the query: 400.
func checksum(w http.ResponseWriter, r *http.Request) {
	algo := r.URL.Query().Get("algo")
	sum, err := checker{}.Sum(algo)
	if errors.Is(err, errInvalidAlgo) {
		http.Error(w, "unknown algorithm", http.StatusBadRequest)
		return
	}
	w.Write([]byte(sum))
}

// A route parameter: 400.
func byName(w http.ResponseWriter, r *http.Request) {
	if _, err := topicOf(r.PathValue("name")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
}

var errInvalidTimeout = errors.New("invalid timeout")

func parseTimeout(s string) (int, error) {
	if !strings.HasPrefix(s, "Second-") {
		return 0, errInvalidTimeout
	}
	return len(s), nil
}

// A header that does not parse (webdav's LOCK Timeout): 400.
func lock(w http.ResponseWriter, r *http.Request) {
	if _, err := parseTimeout(r.Header.Get("Timeout")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
}

// A cookie's value: 400.
func session(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("topic")
	if err != nil {
		http.Error(w, "no topic", http.StatusBadRequest)
		return
	}
	if _, err := topicOf(c.Value); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
}

// A header and the body: the body's value decides.
func createFor(w http.ResponseWriter, r *http.Request) {
	var in struct{ Topic string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := topicOf(r.Header.Get("X-Prefix") + in.Topic); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation`
		return
	}
}

// The topic comes from the body that decoded: failed validation.
func create(w http.ResponseWriter, r *http.Request) {
	var in struct{ Topic string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := topicOf(in.Topic); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation`
		return
	}
}
