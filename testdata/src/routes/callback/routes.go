// Package callback registers handlers whose bodies run inside helpers:
// what a callback sends is the route's, listed where it is written. The
// look-alikes hand their literal to code that stores it, runs it in a
// goroutine or never: the route sends none of its statuses. A literal
// registered as a route is a route of its own.
package callback

import (
	"errors"
	"net/http"
	"strconv"

	"example.com/callback"
	"github.com/gin-gonic/gin"
)

type store struct{}

func (store) find(id uint) (*string, error) { return nil, nil }

type api struct{ db store }

func Routes(r *gin.Engine, a *api) {
	r.DELETE("/messages/:id", a.deleteMessage)
	r.GET("/messages/:id", a.getMessage)
	r.GET("/users/me", a.me)
	r.POST("/jobs", a.startJob)
	r.GET("/pending", a.pending)
	r.GET("/literal", func(c *gin.Context) {
		c.JSON(http.StatusTeapot, nil)
	})
}

func withID(c *gin.Context, name string, f func(id uint)) {
	if id, err := strconv.ParseUint(c.Param(name), 10, 32); err == nil {
		f(uint(id))
	} else {
		c.AbortWithError(http.StatusBadRequest, errors.New("invalid id"))
	}
}

// DELETE /messages/:id sends withID's 400 and the literal's 404, 500, 204.
func (a *api) deleteMessage(c *gin.Context) {
	withID(c, "id", func(id uint) {
		msg, err := a.db.find(id)
		if err != nil {
			c.AbortWithError(http.StatusInternalServerError, err)
			return
		}
		if msg == nil {
			c.AbortWithError(http.StatusNotFound, errors.New("message does not exist"))
			return
		}
		c.Status(http.StatusNoContent)
	})
}

// GET /messages/:id: a helper of another package.
func (a *api) getMessage(c *gin.Context) {
	callback.WithID(c, "id", func(id uint) {
		msg, err := a.db.find(id)
		if err != nil {
			c.AbortWithError(http.StatusInternalServerError, err)
			return
		}
		c.JSON(http.StatusOK, msg)
	})
}

// GET /users/me: nested callbacks.
func (a *api) me(c *gin.Context) {
	withID(c, "uid", func(uid uint) {
		callback.Run(func() {
			c.JSON(http.StatusOK, uid)
		})
	})
}

// POST /jobs: the literal runs in a goroutine, after the 202.
func (a *api) startJob(c *gin.Context) {
	callback.Go(func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
	c.Status(http.StatusAccepted)
}

// GET /pending: the helper stores the literal, never runs it here.
func (a *api) pending(c *gin.Context) {
	callback.Store(func() {
		c.JSON(http.StatusInternalServerError, nil)
	})
	callback.Never(c, func() {
		c.JSON(http.StatusServiceUnavailable, nil)
	})
}
