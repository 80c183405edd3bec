// Package issue10 holds 401s met in real services: fakes in tests, and
// checks of what a known client may do, where 403 may be the right status.
package issue10

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type user struct {
	IsAdmin bool
	Roles   []string
}

func current(r *http.Request) *user { return nil }

func adminOnly(w http.ResponseWriter, r *http.Request) {
	u := current(r)
	if !u.IsAdmin {
		w.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\), or use 403 \(http.StatusForbidden\) if the client is known but not allowed \(!u.IsAdmin\)`
		return
	}
}

func canEdit(u *user) bool { return false }

func edit(c *gin.Context) {
	if !canEdit(nil) {
		c.AbortWithStatus(http.StatusUnauthorized) // want `or use 403 \(http.StatusForbidden\) if the client is known but not allowed \(!canEdit\(nil\)\)`
		return
	}
}

// Who the client is: the plain advice.
func missingToken(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}

// The handler already tells who the client is: 401 for an anonymous one,
// 403 for a known one. A permission-named condition on the write says
// nothing new; the plain advice.
func createUser(c *gin.Context, requestedBy *user, wantsAdmin, registration bool) {
	if requestedBy == nil || !requestedBy.IsAdmin {
		status := http.StatusUnauthorized
		if requestedBy != nil {
			status = http.StatusForbidden
		}
		if wantsAdmin {
			c.AbortWithStatus(status) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e\.g\. c\.Header\("WWW-Authenticate", "Bearer"\)$`
			return
		}
	}
}

// One status only, 401, behind a permission check: the hint stays.
func createUserOnly401(c *gin.Context, requestedBy *user, wantsAdmin bool) {
	if requestedBy == nil || !requestedBy.IsAdmin {
		status := http.StatusUnauthorized
		if wantsAdmin {
			c.AbortWithStatus(status) // want `or use 403 \(http.StatusForbidden\) if the client is known but not allowed \(wantsAdmin\)`
			return
		}
	}
}

func allowedFrom(r *http.Request) bool { return false }

// The condition names nothing, but the response's own text says the client
// is refused what it may do: the hint, quoting it.
func traces(w http.ResponseWriter, r *http.Request) {
	ok := allowedFrom(r)
	if !ok {
		http.Error(w, "not allowed", http.StatusUnauthorized) // want `or use 403 \(http.StatusForbidden\) if the client is known but not allowed \(the response says "not allowed"\)`
		return
	}
}

func verify(r *http.Request) error { return nil }

func deleteAll(c *gin.Context) {
	if verify(c.Request) != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "Permission denied for this resource"}) // want `or use 403 \(http.StatusForbidden\) if the client is known but not allowed \(the response says "Permission denied for this resource"\)`
		return
	}
}

// Texts about who the client is: the plain advice.
func badToken(w http.ResponseWriter, r *http.Request) {
	if verify(r) != nil {
		http.Error(w, "invalid or expired token", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}

func noLogin(c *gin.Context) {
	if verify(c.Request) != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "unauthorized", "hint": "log in first"}) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. c.Header\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}

// "allowed" as part of a word, and a refusal word in a key or a function
// literal's body rather than the text sent: the plain advice.
func unallowedish(w http.ResponseWriter, r *http.Request) {
	if verify(r) != nil {
		http.Error(w, "login required; disallowedChars", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}

func lateText(c *gin.Context) {
	if verify(c.Request) != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": func() string { return "forbidden" }()}) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. c.Header\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}

// A permission-named condition says it first; and a write that sends 403
// too gets no hint, whatever its text.
func owner(r *http.Request) *user { return nil }

func adminText(w http.ResponseWriter, r *http.Request) {
	u := owner(r)
	if !u.IsAdmin {
		http.Error(w, "forbidden", http.StatusUnauthorized) // want `or use 403 \(http.StatusForbidden\) if the client is known but not allowed \(!u.IsAdmin\)`
		return
	}
}

func either(w http.ResponseWriter, r *http.Request) {
	status := http.StatusUnauthorized
	if current(r) != nil {
		status = http.StatusForbidden
	}
	if verify(r) != nil {
		http.Error(w, "not allowed", status) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}
