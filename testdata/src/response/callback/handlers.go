// Package callback is what the model sees of handlers whose body is a
// function handed to a helper that runs it: the callback's writes are the
// handler's at the call (marked "callback"), each on some paths only, after
// what the helper does itself. The look-alikes below them hand the
// function to code that stores it, runs it later or in a goroutine, or
// never: nothing of theirs is the handler's.
package callback

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"example.com/callback"
	"github.com/gin-gonic/gin"
)

func remove(id uint) error { return nil }

// withID is gotify's: this package's helper, summarised on demand.
func withID(c *gin.Context, name string, f func(id uint)) {
	if id, err := strconv.ParseUint(c.Param(name), 10, 32); err == nil {
		f(uint(id))
	} else {
		c.AbortWithError(400, errors.New("invalid id"))
	}
}

func deleteItem(c *gin.Context) {
	withID(c, "id", func(id uint) {
		if id == 0 {
			c.AbortWithError(http.StatusNotFound, errors.New("no such item"))
			return
		}
		if err := remove(id); err != nil {
			c.AbortWithError(http.StatusInternalServerError, err)
			return
		}
		c.Status(http.StatusNoContent)
	})
}

// A helper of another package, through its facts.
func getItem(c *gin.Context) {
	callback.WithID(c, "id", func(id uint) {
		c.JSON(http.StatusOK, gin.H{"id": id})
	})
}

// A local closure handed on is the same literal.
func putItem(c *gin.Context) {
	update := func(id uint) {
		c.JSON(http.StatusConflict, gin.H{"error": "version mismatch"})
	}
	withID(c, "id", update)
}

// Through a helper that hands the callback to another.
func nested(c *gin.Context) {
	callback.Via(c, func(id uint) {
		callback.Run(func() {
			c.JSON(http.StatusAccepted, nil)
		})
	})
}

// net/http: the literal captures the writer.
func listItems(w http.ResponseWriter, r *http.Request) {
	callback.WithUser(w, r, func(u *callback.User) {
		if u.Name == "" {
			http.Error(w, "no name", http.StatusUnprocessableEntity)
			return
		}
		json.NewEncoder(w).Encode(u)
	})
}

// The helper hands its response to the literal it runs.
func admin(w http.ResponseWriter, r *http.Request) {
	callback.RequireAdmin(w, r, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	})
}

// A function of the package, by name.
func adminNamed(w http.ResponseWriter, r *http.Request) {
	callback.Guarded(w, r, serveAdmin)
}

func serveAdmin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// Once per id, perhaps never.
func batch(c *gin.Context) {
	callback.Each([]uint{1, 2}, func(id uint) {
		c.JSON(http.StatusMultiStatus, nil)
	})
}

// The look-alikes.

// A route: gin stores the literal, and the router calls it for GET /x.
func register(r *gin.Engine) {
	r.GET("/x", func(c *gin.Context) {
		c.JSON(http.StatusInternalServerError, nil)
	})
}

func stored(c *gin.Context) {
	callback.Store(func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
	c.Status(http.StatusNoContent)
}

func background(c *gin.Context) {
	callback.Go(func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
	c.Status(http.StatusNoContent)
}

func afterwards(c *gin.Context) {
	callback.Later(func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
	c.Status(http.StatusNoContent)
}

func never(c *gin.Context) {
	callback.Never(c, func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
}

func wrapped(c *gin.Context) {
	f := callback.Wrap(func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
	_ = f
	c.Status(http.StatusNoContent)
}

func viaInterface(c *gin.Context, run callback.Runner) {
	run.Run(c, func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
	c.Status(http.StatusNoContent)
}

func inGoroutine(c *gin.Context) {
	go withID(c, "id", func(id uint) {
		c.JSON(http.StatusInternalServerError, nil)
	})
	c.Status(http.StatusNoContent)
}

// A fresh context is not this handler's response: what the function does
// to it is nobody's here.
func fresh(c *gin.Context) {
	callback.Fresh(c, func(c *gin.Context) {
		c.JSON(http.StatusInternalServerError, nil)
	})
	c.Status(http.StatusNoContent)
}

// A handler that cannot be seen: the response goes where the model
// cannot follow, as before.
func adminUnknown(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) {
	callback.RequireAdmin(w, r, next)
}
