package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/httpx"
	"example.com/seeded/internal/store"
	"example.com/seeded/internal/validate"
)

type productInput struct {
	SKU      string `json:"sku"`
	Name     string `json:"name"`
	Price    int64  `json:"price_cents"`
	Category string `json:"category"`
}

func (in productInput) Validate() error {
	var c validate.Check
	c.Require(in.SKU != "", "sku", "is required")
	c.Require(in.Name != "", "name", "is required")
	c.Require(in.Price > 0, "price_cents", "must be positive")
	return c.Err()
}

type itemError struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// productList is a page of products. A batch read (?ids=1,2,3) lists the
// ids it could not serve in Errors and still succeeds.
type productList struct {
	Items  []store.Product `json:"items"`
	Errors []itemError     `json:"errors,omitempty"`
}

func (h *Handler) ListProducts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 50
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			render.Status(r, http.StatusBadRequest) // LOOKALIKE(clienterror): [builder] 400 for a malformed query parameter
			render.JSON(w, r, httpx.ErrorBody{Code: "bad_request", Message: "limit must be a positive integer"})
			return
		}
		limit = n
	}
	if ids := q.Get("ids"); ids != "" {
		var list productList
		for _, s := range strings.Split(ids, ",") {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				list.Errors = append(list.Errors, itemError{s, "not a product id"})
				continue
			}
			p, err := h.db.Product(r.Context(), id)
			if err != nil {
				list.Errors = append(list.Errors, itemError{s, "not found"})
				continue
			}
			list.Items = append(list.Items, *p)
		}
		render.JSON(w, r, list) // LOOKALIKE(successonerror): [textbook] a batch read: 200 with what was found and a list named errors for the ids that were not
		return
	}
	items, err := h.db.Products(r.Context(), q.Get("category"), limit)
	if err != nil {
		render.Status(r, http.StatusInternalServerError) // LOOKALIKE(clienterror): [builder] the database failed
		render.JSON(w, r, httpx.ErrorBody{Code: "internal", Message: "could not list products"})
		return
	}
	w.Header().Set("X-Total-Count", strconv.Itoa(len(items)))
	render.JSON(w, r, productList{Items: items})
}

func (h *Handler) GetProduct(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		render.Status(r, http.StatusInternalServerError) // SEEDED(clienterror): [builder] the id in the path is the client's: 400, not 500
		render.JSON(w, r, httpx.ErrorBody{Code: "internal", Message: "invalid product id"})
		return
	}
	p, err := h.db.Product(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, httpx.ErrorBody{Code: "not_found", Message: "no such product"})
		return
	}
	if err != nil {
		httpx.RespondErr(w, err) // LOOKALIKE(clienterror): [writer] a store failure: the central writer sends 500
		return
	}
	etag := fmt.Sprintf(`"p%d-v%d"`, p.ID, p.Version)
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified) // LOOKALIKE(bodylessstatus): [textbook] 304 with no body
		return
	}
	render.JSON(w, r, p)
}

func (h *Handler) CreateProduct(w http.ResponseWriter, r *http.Request) {
	var in productInput
	if err := render.DecodeJSON(r.Body, &in); err != nil {
		render.Status(r, http.StatusBadRequest) // LOOKALIKE(badrequest): [builder] 400 for a body that does not decode
		render.JSON(w, r, httpx.ErrorBody{Code: "bad_request", Message: err.Error()})
		return
	}
	if err := in.Validate(); err != nil {
		render.Status(r, http.StatusBadRequest) // SEEDED(badrequest): [builder] the body decoded and failed validation: 422
		render.JSON(w, r, httpx.ErrorBody{Code: "invalid", Message: err.Error()})
		return
	}
	p := &store.Product{SKU: in.SKU, Name: in.Name, Price: in.Price, Category: in.Category}
	if err := h.db.CreateProduct(r.Context(), p); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			httpx.With(w, httpx.Status(http.StatusBadRequest), httpx.Body(httpx.ErrorBody{Code: "duplicate_sku", Message: "a product with this SKU exists"})) // SEEDED(badrequest): [builder] a duplicate SKU is a conflict: 409
			return
		}
		httpx.RespondErr(w, err)
		return
	}
	httpx.With(w, httpx.Status(http.StatusCreated), httpx.Header("Location", "/products/"+strconv.FormatInt(p.ID, 10)), httpx.Body(p)) // LOOKALIKE(createdlocation): [builder] Location passed as an option
}

func (h *Handler) UpdateProduct(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		httpx.Error(w, http.StatusBadRequest, "invalid product id") // LOOKALIKE(badrequest): [crosspkg] 400 for a bad path parameter
		return
	}
	var in struct {
		productInput
		Version int `json:"version"`
	}
	if err := validate.DecodeJSON(r, &in); err != nil {
		httpx.Error(w, http.StatusBadRequest, err.Error()) // LOOKALIKE(clienterror): [crosspkg] 400 after the decode helper failed
		return
	}
	if err := in.Validate(); err != nil {
		httpx.Error(w, http.StatusUnprocessableEntity, err.Error()) // LOOKALIKE(badrequest): [crosspkg] 422 for a validation failure
		return
	}
	cur, err := h.db.Product(r.Context(), id)
	if err != nil {
		httpx.RespondErr(w, err)
		return
	}
	if in.Version != cur.Version {
		http.Error(w, "the product was changed by someone else", http.StatusBadRequest) // SEEDED(badrequest): [textbook] a version mismatch on update is a conflict: 409
		return
	}
	p := &store.Product{ID: id, SKU: in.SKU, Name: in.Name, Price: in.Price, Category: in.Category, Version: in.Version}
	err = h.db.UpdateProduct(r.Context(), p)
	if errors.Is(err, store.ErrVersionConflict) {
		render.Status(r, http.StatusConflict) // LOOKALIKE(badrequest): [builder] the lost race is a 409
		render.JSON(w, r, httpx.ErrorBody{Code: "conflict", Message: "the product was changed by someone else"})
		return
	}
	httpx.Respond(r.Context(), w, p, err) // LOOKALIKE(successonerror): [writer] Respond sends the error's status when err != nil, 200 only with data
}

func (h *Handler) DeleteProduct(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		httpx.Error(w, http.StatusBadRequest, "invalid product id")
		return
	}
	if err := h.db.DeleteProduct(r.Context(), id); err != nil {
		httpx.RespondErr(w, err) // LOOKALIKE(successonerror): [writer] the not-found error is sent as 404 by the central writer
		return
	}
	render.Status(r, http.StatusNoContent)
	render.JSON(w, r, map[string]any{"deleted": id}) // SEEDED(bodylessstatus): [builder] render.Status chose 204, and render.JSON writes a body after it
}

// envelope is the legacy v1 shape the mobile app still reads.
type envelope struct {
	Code    apperr.Code `json:"code"`
	Message string      `json:"message,omitempty"`
	Data    any         `json:"data,omitempty"`
}

func writeEnvelope(w http.ResponseWriter, status int, env envelope) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(env)
}

func (h *Handler) GetPrice(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		env := envelope{Code: apperr.CodeBadParam, Message: "invalid product id"}
		writeEnvelope(w, env.Code.HTTPStatus(), env) // LOOKALIKE(statuscode): [field] the business code is mapped to its HTTP status first
		return
	}
	p, err := h.db.Product(r.Context(), id)
	if err != nil {
		env := envelope{Code: apperr.CodeNotFound, Message: "product not found"}
		if !errors.Is(err, store.ErrNotFound) {
			env = envelope{Code: apperr.CodeInternal, Message: "internal error"}
		}
		writeEnvelope(w, int(env.Code), env) // SEEDED(statuscode): [field] env.Code is the business code 40401 or 50001, not an HTTP status: net/http panics on it
		return
	}
	writeEnvelope(w, http.StatusOK, envelope{Code: apperr.CodeOK, Data: map[string]int64{"price_cents": p.Price}})
}

func (h *Handler) LegacyProduct(w http.ResponseWriter, r *http.Request) {
	id, ok := h.legacy[chi.URLParam(r, "slug")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	http.Redirect(w, r, "/products/"+strconv.FormatInt(id, 10), http.StatusMovedPermanently) // LOOKALIKE(redirect): [textbook] http.Redirect sets Location; 301 for a GET
}

type category struct {
	Slug string `json:"slug"`
	Name string `json:"name"`
}

func (c category) Validate() error {
	var chk validate.Check
	chk.Require(c.Slug != "" && !strings.ContainsAny(c.Slug, " /"), "slug", "must be a non-empty path segment")
	chk.Require(c.Name != "", "name", "is required")
	return chk.Err()
}

func (h *Handler) CreateCategory(w http.ResponseWriter, r *http.Request) {
	var c category
	if err := validate.DecodeJSON(r, &c); err != nil {
		httpx.RespondErr(w, err) // SEEDED(clienterror): [writer] the decoder's error carries no status: RespondErr sends 500 for a malformed body
		return
	}
	if err := validate.Struct(c); err != nil {
		httpx.RespondErr(w, apperr.Invalid(err.Error())) // LOOKALIKE(badrequest): [writer] the error carries 422
		return
	}
	if _, exists := h.categories.LoadOrStore(c.Slug, c); exists {
		httpx.RespondErr(w, apperr.Conflict("category "+c.Slug+" exists")) // LOOKALIKE(badrequest): [writer] the error carries 409
		return
	}
	httpx.New(w).WithStatus(http.StatusCreated).JSON(c) // SEEDED(createdlocation): [builder] 201 without Location: the client cannot find the category it created
}

func (h *Handler) GetCategory(w http.ResponseWriter, r *http.Request) {
	v, ok := h.categories.Load(chi.URLParam(r, "slug"))
	if !ok {
		httpx.New(w).JSON(httpx.ErrorBody{Code: "not_found", Message: "no such category"}) // SEEDED(successonerror): [builder] no WithStatus on this path: the builder's default 200 goes out with the not-found body
		return
	}
	httpx.New(w).Header("Cache-Control", "max-age=60").JSON(v) // LOOKALIKE(successonerror): [builder] the category, with the builder's default 200
}
