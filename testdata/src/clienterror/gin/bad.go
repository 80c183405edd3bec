package gin

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"example.com/callback"
	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
	"github.com/google/uuid"
)

type createRequest struct {
	Name string `json:"name" binding:"required"`
}

func (r createRequest) Validate() error { return nil }

var validate = validator.New()

type handler struct{}

// The shape CASES.md names: binding failed, answered with 500.
func (h *handler) create(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `^500 \(http\.StatusInternalServerError\) for an error caused by client input \(binding the request\); use 400 \(http\.StatusBadRequest\)$`
		return
	}
}

func (h *handler) get(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError) // want `500 \(http\.StatusInternalServerError\) for an error caused by client input \(parsing request input\); use 400`
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id})
}

func (h *handler) query(c *gin.Context) {
	var q struct{ Page int }
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithError(500, err) // want `500 \(http\.StatusInternalServerError\) for an error caused by client input \(binding the request\)`
		return
	}
}

// The input reaches the parser through a local.
func (h *handler) since(c *gin.Context) {
	raw := c.Query("since")
	since, err := time.Parse(time.RFC3339, raw)
	if err != nil {
		c.String(http.StatusInternalServerError, "bad since") // want `500 .* for an error caused by client input \(parsing request input\)`
		return
	}
	_ = since
}

func (h *handler) byUUID(c *gin.Context) {
	if _, err := uuid.Parse(c.Param("id")); err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "bad id"}) // want `client input \(parsing request input\); use 400`
		return
	}
}

// Bound fine, then failed validation: 422.
func (h *handler) validated(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBind(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := validate.Struct(req); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `client input \(validating the request\); use 422 \(http\.StatusUnprocessableEntity\)`
		return
	}
	if err := req.Validate(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `client input \(validating the request\); use 422`
		return
	}
}

// The status kept in a variable.
func (h *handler) statusVar(c *gin.Context) {
	var req createRequest
	err := c.ShouldBindJSON(&req)
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError // want `500 .* for an error caused by client input \(binding the request\)`
	}
	c.Status(status)
}

// The raw body, then json.Unmarshal.
func (h *handler) raw(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError) // reading may fail for server reasons: silent
		return
	}
	var req createRequest
	if err := json.Unmarshal(body, &req); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError) // want `client input \(decoding request input\)`
		return
	}
}

// A binding helper in another package (an error-origin fact).
func (h *handler) viaBindHelper(c *gin.Context) {
	var req createRequest
	if err := ginhelp.BindJSON(c, &req); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `client input \(binding the request\); use 400`
		return
	}
}

// A response helper in another package given the status.
func (h *handler) viaErrorHelper(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		ginhelp.Error(c, http.StatusInternalServerError, err.Error()) // want `500 .* for an error caused by client input \(binding the request\)`
		return
	}
}

// A helper that sends every error as 500: reported at the call.
func (h *handler) viaInternal(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		ginhelp.Internal(c, err) // want `500 .* for an error caused by client input \(binding the request\)`
		return
	}
}

func routes(r *gin.Engine) {
	r.POST("/items", func(c *gin.Context) {
		var req createRequest
		if err := c.ShouldBindJSON(&req); err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `client input \(binding the request\)`
			return
		}
	})
}

func createHandler() gin.HandlerFunc {
	return func(c *gin.Context) {
		n, err := strconv.ParseInt(c.DefaultQuery("n", "1"), 10, 64)
		switch {
		case err == nil:
			c.JSON(http.StatusOK, gin.H{"n": n})
		default:
			c.JSON(http.StatusServiceUnavailable, gin.H{"error": "bad n"}) // want `503 \(http\.StatusServiceUnavailable\) for an error caused by client input`
		}
	}
}

// The parse failed, or its value is out of range: the client's either way.
func pageOf(c *gin.Context) {
	page, err := strconv.Atoi(c.DefaultQuery("page", "1"))
	if err != nil || page < 1 {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "page must be a positive integer"}) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
	size, err := strconv.Atoi(c.DefaultQuery("size", "10")) // err defined again
	if err != nil || size < 1 {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "bad size"}) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
}

var errGone = errors.New("gone")

var sentinelStatus = map[error]int{errGone: http.StatusGone}

// statusOf maps the application's errors; anything else is 500.
func statusOf(err error) int {
	for target, status := range sentinelStatus {
		if errors.Is(err, target) {
			return status
		}
	}
	return http.StatusInternalServerError
}

// handleResponse ends every handler: the error's status, or 200 and data.
func handleResponse(c *gin.Context, err error, data any) {
	if err == nil {
		c.JSON(http.StatusOK, data)
		return
	}
	c.JSON(statusOf(err), gin.H{"error": err.Error()})
}

// A parser's error meets none of statusOf's cases: 500.
func cancelOrder(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		handleResponse(c, err, nil) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
	handleResponse(c, nil, id)
}

// A callback a helper runs is a function of the model of its own: its
// mistake is reported once, where it is written, not again at the call.
func updateInCallback(c *gin.Context) {
	callback.WithID(c, "id", func(id uint) {
		var req createRequest
		if err := c.ShouldBindJSON(&req); err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
			return
		}
		c.JSON(http.StatusOK, req)
	})
}
