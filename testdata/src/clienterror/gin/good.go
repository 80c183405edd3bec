package gin

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"os"
	"strconv"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// The same shape, err from the database.
func (h *handler) statusVarDB(c *gin.Context, db *sql.DB) {
	_, err := db.Exec("DELETE FROM items")
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError
	}
	c.Status(status)
}

// 400 for the binding error, 500 for the database's.
func (h *handler) dbFailure(c *gin.Context, db *sql.DB) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if _, err := db.Exec("INSERT INTO items VALUES ($1)", req.Name); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.JSON(http.StatusCreated, req)
}

// err is reassigned by the database call before the check.
func (h *handler) reassigned(c *gin.Context, db *sql.DB) {
	var req createRequest
	err := c.ShouldBindJSON(&req)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	_, err = db.Exec("INSERT")
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
	}
}

// Decoding something that is not the request: an upstream response.
func (h *handler) upstream(c *gin.Context) {
	resp, err := http.Get("http://upstream/items")
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var req createRequest
	if err := json.NewDecoder(resp.Body).Decode(&req); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
}

// Parsing the server's own configuration.
func (h *handler) config(c *gin.Context) {
	n, err := strconv.Atoi(os.Getenv("LIMIT"))
	if err != nil {
		c.String(http.StatusInternalServerError, "misconfigured")
		return
	}
	c.JSON(http.StatusOK, gin.H{"limit": n})
}

// Either error may reach the check: the model cannot tell whose fault it is.
func (h *handler) either(c *gin.Context, db *sql.DB) {
	var req createRequest
	err := c.ShouldBindJSON(&req)
	if req.Name == "" {
		_, err = db.Exec("SELECT 1")
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
	}
}

// 4xx for the client's error, directly and through the helpers.
func (h *handler) right(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	var req createRequest
	if err := ginhelp.BindJSON(c, &req); err != nil {
		ginhelp.Error(c, http.StatusBadRequest, err.Error())
		return
	}
	if err := req.Validate(); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id})
}

// A 500 after the binding error branch returned.
func (h *handler) afterReturn(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.AbortWithStatus(http.StatusInternalServerError)
}

// The error helper for a server failure.
func (h *handler) internalForDB(c *gin.Context, db *sql.DB) {
	if _, err := db.Exec("SELECT 1"); err != nil {
		ginhelp.Internal(c, err)
		return
	}
}

func goodRoutes(r *gin.Engine, db *sql.DB) {
	r.POST("/things", func(c *gin.Context) {
		var req createRequest
		if err := c.ShouldBindJSON(&req); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		if _, err := db.Exec("INSERT"); err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
			return
		}
		c.JSON(http.StatusCreated, req)
	})
}

func quotaLeft() bool { return true }

// The other side of the || is the server's own state: the 503 may be for it.
func pageQuota(c *gin.Context) {
	page, err := strconv.Atoi(c.DefaultQuery("page", "1"))
	if err != nil || !quotaLeft() {
		c.JSON(http.StatusServiceUnavailable, gin.H{"error": "try later"})
		return
	}
	_ = page
}
