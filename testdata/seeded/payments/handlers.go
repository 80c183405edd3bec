package payments

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/store"
	"example.com/seeded/internal/validate"
)

type Handlers struct {
	db *store.DB
	gw Gateway
}

type createPaymentReq struct {
	OrderID  int64  `json:"order_id"`
	Amount   int64  `json:"amount_cents"`
	Currency string `json:"currency"`
}

func (r createPaymentReq) Validate() error {
	var c validate.Check
	c.Require(r.OrderID > 0, "order_id", "is required")
	c.Require(r.Amount > 0, "amount_cents", "must be positive")
	c.Require(len(r.Currency) == 3, "currency", "must be an ISO 4217 code")
	return c.Err()
}

func (h *Handlers) Create(c echo.Context) error {
	var req createPaymentReq
	if err := c.Bind(&req); err != nil {
		return err // LOOKALIKE(clienterror): [errhandler] echo's Bind already returns a 400 *echo.HTTPError
	}
	if err := c.Validate(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error()) // SEEDED(badrequest): [errcarry] the bound body failed validation: 422
	}
	ctx := c.Request().Context()
	p := &store.Payment{OrderID: req.OrderID, Amount: req.Amount, Currency: req.Currency, IdempotencyKey: c.Request().Header.Get("Idempotency-Key")}
	if err := h.db.CreatePayment(ctx, p); err != nil {
		return err // LOOKALIKE(badrequest): [errhandler] ErrDuplicate becomes 409 in the error handler
	}
	if err := h.gw.Authorize(ctx, p); err != nil {
		if errors.Is(err, ErrGatewayDown) {
			return echo.NewHTTPError(http.StatusServiceUnavailable, "the payment provider is unavailable") // LOOKALIKE(retryafter): [errhandler] the error handler adds Retry-After to every 503
		}
		return fmt.Errorf("authorizing payment %d: %w", p.ID, err) // LOOKALIKE(clienterror): [errhandler] the gateway failed: 500
	}
	c.Response().Header().Set(echo.HeaderLocation, paymentURL(p.ID))
	return c.JSON(http.StatusCreated, p) // LOOKALIKE(createdlocation): [textbook] Location set first
}

func (h *Handlers) Get(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return err // SEEDED(clienterror): [errhandler] the raw parse error becomes a 500 in the error handler; the id is the client's
	}
	p, err := h.db.Payment(c.Request().Context(), id)
	if err != nil {
		return err // LOOKALIKE(successonerror): [errhandler] ErrNotFound becomes 404 in the error handler
	}
	etag := fmt.Sprintf(`"%d-%s-%d"`, p.ID, p.Status, p.Refunded)
	err = c.JSON(http.StatusOK, p)
	c.Response().Header().Set("ETag", etag) // SEEDED(lateheader): [textbook] c.JSON has committed the response
	return err
}

type paymentList struct {
	Items []store.Payment `json:"items"`
}

func (h *Handlers) List(c echo.Context) error {
	orderID, err := strconv.ParseInt(c.QueryParam("order_id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "order_id must be an integer") // LOOKALIKE(clienterror): [errcarry] 400 for a bad query parameter
	}
	ps, err := h.db.Payments(c.Request().Context(), orderID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, paymentList{Items: ps})
}

type refund struct {
	PaymentID int64 `json:"payment_id"`
	Amount    int64 `json:"amount_cents"`
}

func (h *Handlers) Refund(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid payment id")
	}
	amount, err := strconv.ParseInt(c.FormValue("amount"), 10, 64)
	if err != nil || amount <= 0 {
		return echo.NewHTTPError(http.StatusBadRequest, "amount must be a positive integer") // LOOKALIKE(badrequest): [errcarry] 400 for a form value that does not parse
	}
	if err := h.db.Refund(c.Request().Context(), id, amount); err != nil {
		code := http.StatusInternalServerError
		if errors.Is(err, store.ErrAlreadyRefunded) {
			code = http.StatusBadRequest // SEEDED(badrequest): [guard] refunding a refunded payment conflicts with its state: 409
		}
		if errors.Is(err, store.ErrInsufficientFunds) {
			code = http.StatusUnprocessableEntity
		}
		if errors.Is(err, store.ErrNotFound) {
			code = http.StatusNotFound
		}
		return echo.NewHTTPError(code, err.Error())
	}
	return c.JSON(http.StatusCreated, refund{PaymentID: id, Amount: amount}) // SEEDED(createdlocation): [textbook] 201 without Location
}

// Capture is mounted with Any; it checks the method itself.
func (h *Handlers) Capture(c echo.Context) error {
	if c.Request().Method != http.MethodPost {
		return echo.NewHTTPError(http.StatusMethodNotAllowed) // SEEDED(allowheader): [errcarry] the error handler sends this 405 without Allow: POST
	}
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid payment id")
	}
	status, body := http.StatusOK, map[string]any{"captured": true}
	if err := h.db.Capture(c.Request().Context(), id); err != nil {
		body = map[string]any{"captured": false, "error": err.Error()}
	}
	return c.JSON(status, body) // SEEDED(successonerror): [guard] a failed capture swaps the body and keeps the 200
}

func (h *Handlers) Void(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid payment id")
	}
	if _, err := h.db.Payment(c.Request().Context(), id); err != nil {
		return err
	}
	return c.JSON(http.StatusNoContent, map[string]string{"status": "voided"}) // SEEDED(bodylessstatus): [textbook] c.JSON writes a body after the 204
}

func (h *Handlers) UpdateMetadata(c echo.Context) error {
	var md map[string]string
	if err := c.Bind(&md); err != nil {
		c.JSON(http.StatusBadRequest, map[string]string{"error": "metadata must be an object of strings"}) // SEEDED(missingreturn): [textbook] the error response is not returned: the handler goes on and writes 200 below
	}
	if len(md) > 20 {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "at most 20 keys") // LOOKALIKE(badrequest): [errcarry] 422 for a validation rule
	}
	return c.JSON(http.StatusOK, md)
}

// CanPay answers whether the wallet covers an amount.
func (h *Handlers) CanPay(c echo.Context) error {
	amount, err := strconv.ParseInt(c.QueryParam("amount"), 10, 64)
	if err != nil {
		return apperr.BadRequest("amount must be an integer") // LOOKALIKE(clienterror): [errcarry] the error carries 400 to the error handler
	}
	bal, err := h.gw.Balance(c.Request().Context(), c.Param("wallet"))
	if err != nil {
		return err
	}
	if bal < amount {
		return echo.NewHTTPError(int(apperr.CodeInsufficientFunds), "insufficient funds") // SEEDED(statuscode): [errcarry] 40201 is the business code, not an HTTP status: net/http panics on it
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true})
}

// Confirm3DS is where the bank posts the browser back after 3-D Secure.
func (h *Handlers) Confirm3DS(c echo.Context) error {
	id := c.Param("id")
	if c.FormValue("PaRes") == "" {
		return c.Redirect(http.StatusSeeOther, "/checkout/failed?payment="+id) // LOOKALIKE(redirect): [textbook] 303 after a POST
	}
	return c.Redirect(http.StatusFound, "/checkout/complete?payment="+id) // SEEDED(redirect): [textbook] 302 after the bank's POST: 303 sends the browser on with a GET
}

// Settle is called by the back office with an API key.
func (h *Handlers) Settle(c echo.Context) error {
	var req struct {
		PaymentIDs []int64 `json:"payment_ids"`
	}
	if err := c.Bind(&req); err != nil {
		return err
	}
	var failed []int64
	for _, id := range req.PaymentIDs {
		if err := h.db.Capture(c.Request().Context(), id); err != nil {
			failed = append(failed, id)
		}
	}
	return c.JSON(http.StatusOK, map[string]any{"settled": len(req.PaymentIDs) - len(failed), "errors": failed}) // LOOKALIKE(successonerror): [textbook] a batch: the ids that failed are listed under errors, the batch itself succeeded
}
