package orders

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/ginx"
	"example.com/seeded/internal/store"
)

// legacyResult is the v1 mobile envelope: {"code": 40401, "msg": "...", "data": ...}.
type legacyResult struct {
	Code int    `json:"code"`
	Msg  string `json:"msg,omitempty"`
	Data any    `json:"data,omitempty"`
}

func (o *Orders) LegacyGet(c *gin.Context) {
	res := legacyResult{Code: int(apperr.CodeOK)}
	id, err := ginx.ParamID(c, "id")
	if err != nil {
		res.Code, res.Msg = int(apperr.CodeBadParam), "id must be numeric"
		c.JSON(apperr.Code(res.Code).HTTPStatus(), res) // LOOKALIKE(statuscode): [field] the business code is mapped to an HTTP status first
		return
	}
	ord, err := o.db.Order(c, id)
	if errors.Is(err, store.ErrNotFound) {
		res.Code, res.Msg = int(apperr.CodeNotFound), "order not found"
		c.JSON(res.Code, res) // SEEDED(statuscode): [field] res.Code is the business code 40401: net/http panics writing it as a status
		return
	}
	if err != nil {
		res.Code, res.Msg = int(apperr.CodeInternal), "internal error"
		c.JSON(http.StatusInternalServerError, res) // LOOKALIKE(statuscode): [field] the business code stays in the body; the status is a real one
		return
	}
	res.Data = ord
	c.JSON(http.StatusOK, res)
}

func (o *Orders) LegacyCreate(c *gin.Context) {
	var req createOrderReq
	if err := c.ShouldBindJSON(&req); err != nil {
		res := legacyResult{Code: int(apperr.CodeBadParam), Msg: "invalid body"}
		c.JSON(apperr.Code(res.Code).HTTPStatus(), res)
		return
	}
	ord := &store.Order{Ref: req.Ref, UserID: c.GetInt64("uid"), Items: req.Items}
	if err := o.db.CreateOrder(c, ord); err != nil {
		res := legacyResult{Code: int(apperr.CodeInternal), Msg: "internal error"}
		if errors.Is(err, store.ErrDuplicate) {
			res = legacyResult{Code: int(apperr.CodeDuplicate), Msg: "an order with this ref exists"}
		}
		c.JSON(apperr.Code(res.Code).HTTPStatus(), res)
		return
	}
	c.Header("Location", fmt.Sprintf("/m/v1/orders/%d", ord.ID))
	c.JSON(http.StatusCreated, legacyResult{Code: int(apperr.CodeOK), Data: ord})
}

func (o *Orders) LegacyCancel(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		HandleResponse(c, err, nil) // SEEDED(clienterror): [writer] the raw parse error has no status: HandleResponse sends 500 for the client's bad id
		return
	}
	ord, err := o.db.Order(c, id)
	if err != nil {
		HandleResponse(c, err, nil)
		return
	}
	if err := o.db.SetOrderStatus(c, id, "cancelled", ord.Version); err != nil {
		ginx.OK(c, gin.H{"success": false, "message": err.Error()}) // SEEDED(successonerror): [crosspkg] the failure is sent with the helper's 200
		return
	}
	ginx.OK(c, gin.H{"success": true}) // LOOKALIKE(successonerror): [crosspkg] a success envelope with 200
}
