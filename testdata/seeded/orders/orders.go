package orders

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/ginx"
	"example.com/seeded/internal/store"
	"example.com/seeded/internal/validate"
)

type createOrderReq struct {
	Ref   string       `json:"ref"`
	Items []store.Line `json:"items"`
}

func (req createOrderReq) Validate() error {
	var c validate.Check
	c.Require(req.Ref != "", "ref", "is required")
	c.Require(len(req.Items) > 0, "items", "must not be empty")
	for i, it := range req.Items {
		c.Require(it.Quantity > 0, fmt.Sprintf("items[%d].quantity", i), "must be positive")
	}
	return c.Err()
}

func (o *Orders) Create(c *gin.Context) {
	var req createOrderReq
	if err := c.ShouldBindJSON(&req); err != nil {
		HandleResponse(c, err, nil) // SEEDED(clienterror): [writer] the raw bind error carries no status: HandleResponse sends 500 for the client's malformed body
		return
	}
	if err := req.Validate(); err != nil {
		HandleResponse(c, apperr.Invalid(err.Error()), nil) // LOOKALIKE(badrequest): [writer] the validation error carries 422
		return
	}
	ord := &store.Order{Ref: req.Ref, UserID: c.GetInt64("uid"), Items: req.Items}
	if err := o.db.CreateOrder(c, ord); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			HandleResponse(c, apperr.BadRequest("an order with ref "+req.Ref+" exists"), nil) // SEEDED(badrequest): [writer] a duplicate ref is a conflict: the error should carry 409 (apperr.Conflict)
			return
		}
		HandleResponse(c, err, nil) // LOOKALIKE(clienterror): [closure] a store error, with *gin.Context passed as the context: nothing in it is client input
		return
	}
	c.Header("Location", fmt.Sprintf("/orders/%d", ord.ID))
	c.JSON(http.StatusCreated, ord) // LOOKALIKE(createdlocation): [textbook] Location set first
}

func (o *Orders) Get(c *gin.Context) {
	id, err := ginx.ParamID(c, "id")
	if err != nil {
		HandleResponse(c, apperr.BadRequest("id must be numeric"), nil) // LOOKALIKE(clienterror): [writer] the error carries 400
		return
	}
	ord, err := o.db.Order(c, id)
	HandleResponse(c, err, ord)
}

func (o *Orders) ByRef(c *gin.Context) {
	ord, err := o.db.FindOrderByRef(c, c.Param("ref"))
	if err != nil {
		HandleResponse(c, err, nil)
		return
	}
	if ord == nil {
		c.JSON(http.StatusOK, gin.H{"order": nil}) // SEEDED(successonerror): [textbook] no order has this reference, and that is served as a success: 404
		return
	}
	c.JSON(http.StatusOK, gin.H{"order": ord})
}

func (o *Orders) List(c *gin.Context) {
	page, err := strconv.Atoi(c.DefaultQuery("page", "1"))
	if err != nil || page < 1 {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "page must be a positive integer"}) // SEEDED(clienterror): [textbook] a bad query parameter is the client's: 400
		return
	}
	limit, err := o.db.IntSetting(c, "orders.page_limit")
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"}) // LOOKALIKE(clienterror): [closure] a stored setting, read with *gin.Context as the context: no client input
		return
	}
	list, err := o.db.Orders(c, c.GetInt64("uid"), page, limit)
	if err != nil {
		HandleResponse(c, err, nil)
		return
	}
	c.Header("Cache-Control", "private, max-age=5")
	c.JSON(http.StatusOK, gin.H{"items": list, "page": page})
}

func (o *Orders) UpdateStatus(c *gin.Context) {
	id, err := ginx.ParamID(c, "id")
	if err != nil {
		ginx.Fail(c, http.StatusBadRequest, "id must be numeric") // LOOKALIKE(clienterror): [crosspkg] 400 for a bad path parameter
		return
	}
	var req struct {
		Status  string `json:"status" binding:"required,oneof=paid shipped delivered"`
		Version int    `json:"version" binding:"required"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // SEEDED(missingreturn): [textbook] Abort does not return: the update below runs with an empty status and a second response is written
	}
	err = o.db.SetOrderStatus(c, id, req.Status, req.Version)
	HandleResponse(c, err, gin.H{"id": id, "status": req.Status})
}

func (o *Orders) Cancel(c *gin.Context) {
	id, err := ginx.ParamID(c, "id")
	if err != nil {
		ginx.Fail(c, http.StatusBadRequest, "id must be numeric")
		return
	}
	version, err := strconv.Atoi(c.Query("version"))
	if err != nil {
		ginx.Fail(c, http.StatusBadRequest, "version must be an integer") // LOOKALIKE(badrequest): [crosspkg] 400 for a bad query parameter
		return
	}
	if err := o.db.SetOrderStatus(c, id, "cancelled", version); err != nil {
		status := http.StatusInternalServerError
		if errors.Is(err, store.ErrAlreadyCancelled) {
			status = http.StatusBadRequest // SEEDED(badrequest): [guard] cancelling a cancelled order conflicts with its state: 409
		} else if errors.Is(err, store.ErrNotFound) {
			status = http.StatusNotFound
		} else if errors.Is(err, store.ErrVersionConflict) {
			status = http.StatusConflict
		}
		ginx.Fail(c, status, err.Error()) // LOOKALIKE(clienterror): [guard] 500 is left only for store failures
		return
	}
	c.Status(http.StatusNoContent)
	c.Header("X-Order-Status", "cancelled") // LOOKALIKE(lateheader): [textbook] gin's c.Status only records the status: nothing has been sent yet
}

// Reorder copies an order and sends the client to the copy.
func (o *Orders) Reorder(c *gin.Context) {
	id, err := ginx.ParamID(c, "id")
	if err != nil {
		ginx.Fail(c, http.StatusBadRequest, "id must be numeric")
		return
	}
	src, err := o.db.Order(c, id)
	if err != nil {
		HandleResponse(c, err, nil)
		return
	}
	cp := &store.Order{Ref: fmt.Sprintf("%s-re%d", src.Ref, time.Now().Unix()), UserID: src.UserID, Items: src.Items}
	if err := o.db.CreateOrder(c, cp); err != nil {
		HandleResponse(c, err, nil)
		return
	}
	c.Redirect(http.StatusMovedPermanently, fmt.Sprintf("/orders/%d", cp.ID)) // SEEDED(redirect): [textbook] 301 after a POST: clients may repeat the POST or cache the move; 303
}

func (o *Orders) Receipt(c *gin.Context) {
	id, err := ginx.ParamID(c, "id")
	if err != nil {
		ginx.Fail(c, http.StatusBadRequest, "id must be numeric")
		return
	}
	ord, err := o.db.Order(c, id)
	if err != nil {
		HandleResponse(c, err, nil)
		return
	}
	c.JSON(http.StatusOK, gin.H{"ref": ord.Ref, "total_cents": ord.TotalCent, "items": ord.Items})
	c.Header("Cache-Control", "private, max-age=3600") // SEEDED(lateheader): [textbook] c.JSON has sent the headers
}

type note struct {
	Text string `json:"text" binding:"required"`
}

// Notes is mounted with Any: it answers GET and POST itself.
func (o *Orders) Notes(c *gin.Context) {
	switch c.Request.Method {
	case http.MethodGet:
		c.JSON(http.StatusOK, gin.H{"items": []note{}})
	case http.MethodPost:
		var n note
		if err := ginx.BindJSON(c, &n); err != nil {
			ginx.Fail(c, http.StatusInternalServerError, err.Error()) // SEEDED(clienterror): [crosspkg] the bind helper failed on the client's body: 400, not 500
			return
		}
		c.JSON(http.StatusCreated, n) // SEEDED(createdlocation): [textbook] 201 without Location
	default:
		c.AbortWithStatus(http.StatusMethodNotAllowed) // SEEDED(allowheader): [textbook] mounted with Any: the 405 does not say GET and POST work
	}
}

// Export streams every order as CSV, one page at a time; one export per
// user a minute.
func (o *Orders) Export(c *gin.Context) {
	uid := c.GetInt64("uid")
	o.mu.Lock()
	last := o.lastExport[uid]
	if time.Since(last) < time.Minute {
		o.mu.Unlock()
		ginx.Fail(c, http.StatusTooManyRequests, "one export a minute") // SEEDED(retryafter): [crosspkg] a 429 without Retry-After, though the wait is known
		return
	}
	o.lastExport[uid] = time.Now()
	o.mu.Unlock()

	c.Header("Content-Type", "text/csv")
	c.Status(http.StatusOK)
	c.Writer.WriteString("id,ref,status,total_cents\n")
	for page := 1; ; page++ {
		list, err := o.db.Orders(c, uid, page, 500)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "export failed"}) // SEEDED(superfluouswrite): [textbook] the 200 and the CSV header have gone: gin drops this status and the JSON lands in the CSV
			return
		}
		if len(list) == 0 {
			return
		}
		for _, ord := range list {
			fmt.Fprintf(c.Writer, "%d,%s,%s,%d\n", ord.ID, ord.Ref, ord.Status, ord.TotalCent)
		}
		c.Writer.Flush()
	}
}

// AdminRefund is called by the support tool with a shared token.
func (o *Orders) AdminRefund(c *gin.Context) {
	if o.adminToken == "" || c.GetHeader("X-Admin-Token") != o.adminToken {
		ginx.Fail(c, http.StatusUnauthorized, "admin token required") // SEEDED(wwwauthenticate): [crosspkg] the helper takes the status from the caller, and no one sets a challenge
		return
	}
	id, err := ginx.ParamID(c, "id")
	if err != nil {
		ginx.Fail(c, http.StatusBadRequest, "id must be numeric")
		return
	}
	ord, err := o.db.Order(c, id)
	if err != nil {
		HandleResponse(c, err, nil)
		return
	}
	c.Writer.WriteHeader(http.StatusAccepted)
	c.JSON(http.StatusAccepted, gin.H{"order": ord.ID, "refund": "queued"}) // LOOKALIKE(superfluouswrite): [textbook] the same status again: gin's WriteHeader only records it, and a repeat is dropped silently
}
