package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"sync/atomic"

	"github.com/gofiber/fiber/v2"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/store"
	"example.com/seeded/internal/validate"
)

type event struct {
	ID   string         `json:"id"`
	Type string         `json:"type"`
	Data map[string]any `json:"data"`
}

type Handlers struct {
	db      *store.DB
	secrets map[string]string
	queue   chan event
	paused  atomic.Bool
}

func validSignature(secret string, body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

func (h *Handlers) Receive(c *fiber.Ctx) error {
	secret, ok := h.secrets[c.Params("provider")]
	if !ok {
		return fiber.ErrNotFound
	}
	if !validSignature(secret, c.Body(), c.Get("X-Signature")) {
		return fiber.ErrUnauthorized // LOOKALIKE(wwwauthenticate): [errhandler] the app's error handler sets the challenge for a 401
	}
	if h.paused.Load() {
		c.Set(fiber.HeaderRetryAfter, "300")
		return c.SendStatus(fiber.StatusServiceUnavailable) // LOOKALIKE(retryafter): [textbook] Retry-After set first
	}
	var ev event
	if err := c.BodyParser(&ev); err != nil {
		return err // SEEDED(clienterror): [errhandler] BodyParser's JSON error is not a *fiber.Error: the error handler sends 500 for the provider's malformed body
	}
	if ev.Type == "" {
		c.Status(fiber.StatusUnprocessableEntity).JSON(fiber.Map{"error": "event type is required"}) // SEEDED(missingreturn): [textbook] not returned: the event is recorded anyway and SendStatus(202) below replaces the 422
	}
	if err := h.db.RecordDelivery(c.UserContext(), ev.ID); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return c.SendStatus(fiber.StatusOK) // LOOKALIKE(successonerror): [textbook] a redelivered event is acknowledged with 200 so the provider stops retrying
		}
		return err // LOOKALIKE(clienterror): [errhandler] a store failure: 500
	}
	select {
	case h.queue <- ev:
	default:
		return fiber.NewError(fiber.StatusServiceUnavailable, "queue full, retry later")
	}
	return c.SendStatus(fiber.StatusAccepted)
}

type subscriptionInput struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

func (in subscriptionInput) Validate() error {
	var c validate.Check
	u, err := url.Parse(in.URL)
	c.Require(err == nil && u.Scheme == "https", "url", "must be an https URL")
	c.Require(len(in.Events) > 0, "events", "must not be empty")
	return c.Err()
}

func (h *Handlers) CreateSubscription(c *fiber.Ctx) error {
	var in subscriptionInput
	if err := c.BodyParser(&in); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "invalid JSON body") // LOOKALIKE(clienterror): [errcarry] the parse failure is returned as a 400 *fiber.Error
	}
	if err := in.Validate(); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error()) // LOOKALIKE(badrequest): [errcarry] 422 for the validation failure
	}
	sub := &store.Subscription{URL: in.URL, Events: in.Events}
	if err := h.db.CreateSubscription(c.UserContext(), sub); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return fiber.NewError(fiber.StatusBadRequest, "already subscribed to this URL") // SEEDED(badrequest): [errcarry] a duplicate subscription is a conflict: 409
		}
		return err
	}
	c.Location(fmt.Sprintf("/subscriptions/%d", sub.ID))
	if err := c.Status(fiber.StatusCreated).JSON(sub); err != nil { // LOOKALIKE(createdlocation): [textbook] c.Location set first
		return err
	}
	c.Set("X-Webhook-Version", "2") // LOOKALIKE(lateheader): [textbook] fiber sends nothing until the handler returns
	return nil
}

func (h *Handlers) GetSubscription(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, "invalid subscription id") // SEEDED(clienterror): [errcarry] the id in the path is the client's: 400
	}
	sub, err := h.db.FindSubscription(c.UserContext(), int64(id))
	if err != nil {
		return err
	}
	if sub == nil {
		return c.JSON(fiber.Map{"subscription": nil}) // SEEDED(successonerror): [textbook] no such subscription, sent with fiber's default 200: 404
	}
	return c.JSON(sub)
}

func (h *Handlers) DeleteSubscription(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest // LOOKALIKE(clienterror): [errcarry] fiber's 400 error for a bad path parameter
	}
	if err := h.db.DeleteSubscription(c.UserContext(), int64(id)); err != nil {
		return err // LOOKALIKE(successonerror): [errhandler] ErrNotFound becomes 404 in the error handler
	}
	return c.Status(fiber.StatusNoContent).JSON(fiber.Map{"deleted": id}) // SEEDED(bodylessstatus): [textbook] a 204 with a JSON body: fasthttp drops it
}

// Replay is mounted with All; it checks the method itself.
func (h *Handlers) Replay(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		return fiber.NewError(fiber.StatusMethodNotAllowed, "use POST") // SEEDED(allowheader): [errcarry] mounted for every method; the error handler cannot know the methods, so Allow: POST must be set here
	}
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	sub, err := h.db.FindSubscription(c.UserContext(), int64(id))
	if err != nil {
		return err
	}
	if sub == nil {
		return fiber.ErrNotFound // LOOKALIKE(successonerror): [errcarry] not found returned as fiber's 404 error
	}
	return c.SendStatus(fiber.StatusAccepted)
}

// Pause stops (POST) or resumes (DELETE) delivery processing.
func (h *Handlers) Pause(c *fiber.Ctx) error {
	switch c.Method() {
	case fiber.MethodPost:
		h.paused.Store(true)
		return c.SendStatus(fiber.StatusNoContent) // LOOKALIKE(bodylessstatus): [textbook] 204 without a body
	case fiber.MethodDelete:
		h.paused.Store(false)
		return c.SendStatus(fiber.StatusNoContent)
	default:
		c.Set(fiber.HeaderAllow, "POST, DELETE")
		return c.SendStatus(fiber.StatusMethodNotAllowed) // LOOKALIKE(allowheader): [textbook] Allow set first
	}
}

// result is the v1 envelope the back office reads.
type result struct {
	Code int    `json:"code"`
	Msg  string `json:"msg,omitempty"`
	Data any    `json:"data,omitempty"`
}

func (h *Handlers) Delivery(c *fiber.Ctx) error {
	res := result{Code: int(apperr.CodeOK)}
	id := c.Params("id")
	seen, err := h.db.DeliveryRecorded(c.UserContext(), id)
	if err != nil {
		return err
	}
	if !seen {
		res.Code, res.Msg = int(apperr.CodeNotFound), "unknown delivery"
		return c.Status(res.Code).JSON(res) // SEEDED(statuscode): [field] 40401 is the envelope's business code, not an HTTP status
	}
	res.Data = fiber.Map{"id": id, "recorded": true}
	return c.Status(apperr.Code(res.Code).HTTPStatus()).JSON(res) // LOOKALIKE(statuscode): [field] the business code is mapped to an HTTP status first
}

// CreateFromForm is the dashboard's form POST.
func (h *Handlers) CreateFromForm(c *fiber.Ctx) error {
	in := subscriptionInput{URL: c.FormValue("url"), Events: []string{"payment.captured"}}
	if err := in.Validate(); err != nil {
		c.Status(fiber.StatusUnprocessableEntity) // LOOKALIKE(missingreturn): [textbook] the status of the response the next line returns
		return c.JSON(fiber.Map{"error": err.Error()})
	}
	sub := &store.Subscription{URL: in.URL, Events: in.Events}
	if err := h.db.CreateSubscription(c.UserContext(), sub); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return c.Redirect("/ui/subscriptions?exists=1", fiber.StatusSeeOther) // LOOKALIKE(redirect): [textbook] 303 after a POST
		}
		return err
	}
	return c.Redirect(fmt.Sprintf("/ui/subscriptions/%d", sub.ID)) // SEEDED(redirect): [textbook] fiber's default is 302: after a form POST, 303
}
