package catalog

import (
	"net/http"

	"example.com/seeded/internal/audit"
	"example.com/seeded/internal/httpx"
)

// Checkout is the cart page's form POST. The browser follows the redirect.
func (h *Handler) Checkout(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie("session"); err != nil {
		audit.Record(w, r, "checkout_anonymous")
		httpx.Error(w, http.StatusUnauthorized, "sign in to check out") // SEEDED(wwwauthenticate): [helper] audit.Record reads w and sets nothing: this 401 has no challenge
		return
	}
	if err := r.ParseForm(); err != nil {
		httpx.Error(w, http.StatusBadRequest, "invalid form") // LOOKALIKE(clienterror): [crosspkg] 400 for a form that does not parse
		return
	}
	cartID := r.PostForm.Get("cart")
	if cartID == "" {
		// Back to the cart page.
		httpx.New(w).WithStatus(http.StatusSeeOther).Empty() // SEEDED(redirect): [builder] a 303 without Location: the browser has nowhere to go
		return
	}
	sess, err := h.checkouts.StartCheckout(r.Context(), cartID)
	if err != nil {
		httpx.RespondErr(w, err)
		return
	}
	if sess.Hosted {
		http.Redirect(w, r, sess.URL, http.StatusFound) // SEEDED(redirect): [textbook] 302 after a POST: 303 sends the browser to the payment page with a GET
		return
	}
	httpx.New(w).WithStatus(http.StatusSeeOther).Header("Location", "/orders/"+sess.OrderRef).Empty() // LOOKALIKE(redirect): [builder] 303 after POST, with Location
}
