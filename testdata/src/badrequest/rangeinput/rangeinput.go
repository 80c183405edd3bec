// Package rangeinput: an element of a range carries the input of what is
// ranged over. A list from the query, split and checked one by one, is a
// malformed request (400 fits); a list from a body that decoded is failed
// validation.
package rangeinput

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type Event string

var errUnknownEvent = errors.New("unknown event")

func (e Event) Validate() error {
	switch e {
	case "push", "tag":
		return nil
	}
	return errUnknownEvent
}

// ?events=push,tag: each element is a query value, 400.
func events(c *gin.Context) {
	list := strings.Split(c.Query("events"), ",")
	for _, s := range list {
		if err := Event(s).Validate(); err != nil {
			_ = c.AbortWithError(http.StatusBadRequest, err)
			return
		}
	}
}

// The element converted first, in a query read in the if's init.
func eventFilter(c *gin.Context) {
	if q := c.Query("event"); q != "" {
		for i, s := range strings.Split(q, ",") {
			ev := Event(s)
			if err := ev.Validate(); err == nil {
				_ = i
			} else {
				c.String(http.StatusBadRequest, "bad event %q", ev)
				return
			}
		}
	}
}

// url.Values from the URL, ranged: keys and values are the query's.
func tags(w http.ResponseWriter, r *http.Request) {
	for key, vals := range r.URL.Query() {
		if err := Event(key).Validate(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		for _, v := range vals {
			if err := Event(v).Validate(); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
		}
	}
}

type subscription struct {
	Events []Event
	Labels map[Event]string
}

// The elements of a decoded body: failed validation, 422 fits.
func subscribe(c *gin.Context) {
	var in subscription
	if err := c.ShouldBindJSON(&in); err != nil {
		c.String(http.StatusBadRequest, "bad body")
		return
	}
	for _, ev := range in.Events {
		if err := ev.Validate(); err != nil {
			c.String(http.StatusBadRequest, err.Error()) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation`
			return
		}
	}
	for ev := range in.Labels {
		if err := ev.Validate(); err != nil {
			c.String(http.StatusBadRequest, err.Error()) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation`
			return
		}
	}
}

// Ranging over a body's list with a query's index still checks the body.
func subscribeAt(w http.ResponseWriter, r *http.Request) {
	var in subscription
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	only := r.URL.Query().Get("only")
	for i, ev := range in.Events {
		if err := Event(only + string(ev)).Validate(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation`
			return
		}
		_ = i
	}
}

// A slice's index is not its content: the element of a decoded body,
// found by index into it, is still the body's.
func subscribeIndexed(w http.ResponseWriter, r *http.Request) {
	var in subscription
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	for i := range in.Events {
		if err := in.Events[i].Validate(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation`
			return
		}
	}
}
