// Package issue10cause: a helper or a write, then the handler goes on; the
// cause is reported, once.
package issue10cause

import (
	"encoding/json"
	"net/http"

	"example.com/echohelp"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func errorResp(c *gin.Context, err error, code int) {
	c.JSON(code, gin.H{"error": err.Error()})
}

func check() error { return nil }

func handler(c *gin.Context) {
	if err := check(); err != nil {
		errorResp(c, err, http.StatusBadRequest) // want `errorResp writes an error response but the handler goes on to write again`
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// A middleware that rejects, then lets the request through anyway.
func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized) // want `http.Error writes an error response but the handler goes on`
		}
		next.ServeHTTP(w, r)
	})
}

func ginAuth(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
	}
	c.Next()
}

// decode writes 400 when it fails and says so in its result.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return false
	}
	return true
}

func ignored(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	decode(w, r, &v) // want `decode writes an error response on some paths and says so in its result, which is dropped; the handler goes on to write again: check the result and return`
	w.WriteHeader(http.StatusCreated)
}

func used(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if !decode(w, r, &v) {
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// The same in echo, through a helper in another package.
func echoIgnored(c echo.Context) error {
	echohelp.Authorize(c) // want `echohelp.Authorize writes an error response on some paths and says so in its result, which is dropped`
	return c.String(http.StatusOK, "secret")
}
