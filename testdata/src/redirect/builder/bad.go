package builder

import (
	"net/http"

	"example.com/reply"
)

// A 303 built without the Location it needs.
func submit(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("cart") == "" {
		reply.To(w).Code(http.StatusSeeOther).Empty() // want `303 \(http\.StatusSeeOther\) redirect without Location header`
		return
	}
	reply.To(w).Code(http.StatusSeeOther).Set("Location", "/orders").Empty()
}
