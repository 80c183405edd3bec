// Package errorkind: a handler that picks out one kind of error and answers
// it with a success has decided what that kind means (a webhook's ignored
// event is received, not failed). Only a kind known to be a failure — not
// found, a conflict, the client's input — makes the 2xx a mistake, and any
// error that reaches the write without being picked out is still one.
package errorkind

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"example.com/store"
	"github.com/gin-gonic/gin"
)

// IgnoredEvent is matched with errors.Is(err, &IgnoredEvent{}).
type IgnoredEvent struct{ Reason string }

func (e *IgnoredEvent) Error() string { return "ignored: " + e.Reason }

func (e *IgnoredEvent) Is(target error) bool {
	_, ok := target.(*IgnoredEvent)
	return ok
}

// SkipError is matched with errors.As.
type SkipError struct{ Why string }

func (e *SkipError) Error() string { return e.Why }

// NotFoundError names its kind.
type NotFoundError struct{ ID string }

func (e *NotFoundError) Error() string { return e.ID + " not found" }

var errUpToDate = errors.New("already up to date")

func parse(r *http.Request) error { return nil }

func sync() error { return nil }

// Not reported: the ignored event is answered 200 on purpose, its reason
// in the body; every other error is a 400.
func hook(c *gin.Context) {
	if err := parse(c.Request); err != nil {
		if errors.Is(err, &IgnoredEvent{}) {
			msg := fmt.Sprintf("event ignored: %s", err)
			c.String(http.StatusOK, msg)
			return
		}
		c.String(http.StatusBadRequest, "cannot parse the hook")
		return
	}
	c.Status(http.StatusNoContent)
}

// Not reported: a sentinel with no known origin, picked out by errors.Is
// and by ==.
func refresh(w http.ResponseWriter, r *http.Request) {
	err := sync()
	if errors.Is(err, errUpToDate) {
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, err)
		return
	}
	if err == errUpToDate {
		http.Error(w, err.Error(), http.StatusOK)
		return
	}
	if err != nil {
		http.Error(w, "sync failed", http.StatusInternalServerError)
	}
}

// Not reported: an error type, by errors.As and by a type switch.
func skip(c *gin.Context) {
	err := sync()
	var se *SkipError
	if errors.As(err, &se) {
		c.JSON(http.StatusOK, gin.H{"error": se.Error()})
		return
	}
	switch e := err.(type) {
	case *SkipError:
		c.String(http.StatusOK, e.Error())
	case nil:
		c.Status(http.StatusNoContent)
	default:
		c.String(http.StatusInternalServerError, "failed")
	}
}

// Reported: any error, not one kind.
func anyError(c *gin.Context) {
	if err := sync(); err != nil {
		c.String(http.StatusOK, err.Error()) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 500`
		return
	}
}

// Reported: the kinds picked out are known failures.
func lookup(c *gin.Context) {
	err := sync()
	if errors.Is(err, store.ErrNotFound) {
		c.JSON(http.StatusOK, gin.H{"error": "no such item"}) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 404`
		return
	}
	if errors.Is(err, &NotFoundError{}) {
		c.JSON(http.StatusOK, gin.H{"error": err.Error()}) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 404`
		return
	}
}

// Reported: the kind is unknown, but the error it narrows came from
// binding the client's body.
func bind(c *gin.Context) {
	var in struct{ Name string }
	if err := c.ShouldBindJSON(&in); err != nil {
		if errors.Is(err, io.EOF) {
			c.String(http.StatusOK, err.Error()) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 400`
			return
		}
		c.String(http.StatusBadRequest, err.Error())
		return
	}
}

// Reported: the write after the picked-out kind answers every other error.
func rest(c *gin.Context) {
	if err := parse(c.Request); err != nil {
		if errors.Is(err, &IgnoredEvent{}) {
			c.String(http.StatusOK, "ignored")
			return
		}
		c.String(http.StatusOK, err.Error()) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 500`
		return
	}
}
