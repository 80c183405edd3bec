package httpx

import (
	"encoding/json"
	"net/http"
)

// Reply builds a response: New(w).WithStatus(201).Header("Location", u).JSON(v).
type Reply struct {
	w      http.ResponseWriter
	status int
	header http.Header
}

func New(w http.ResponseWriter) *Reply {
	return &Reply{w: w, status: http.StatusOK, header: http.Header{}}
}

func (b *Reply) WithStatus(status int) *Reply {
	b.status = status
	return b
}

func (b *Reply) Header(key, value string) *Reply {
	b.header.Set(key, value)
	return b
}

// JSON sends the reply with v as its body.
func (b *Reply) JSON(v any) {
	for k, vs := range b.header {
		b.w.Header()[k] = vs
	}
	b.w.Header().Set("Content-Type", "application/json; charset=utf-8")
	b.w.WriteHeader(b.status)
	_ = json.NewEncoder(b.w).Encode(v)
}

// Empty sends the reply without a body.
func (b *Reply) Empty() {
	for k, vs := range b.header {
		b.w.Header()[k] = vs
	}
	b.w.WriteHeader(b.status)
}
