// Package packed builds a response in a struct and sends it with
// Send, which hands the work to other methods of the builder: one writes
// the status line, one compresses the body into the response seen as an
// io.Writer once the status line has gone.
package packed

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"maps"
	"net/http"
)

// Reply is a response being built.
type Reply struct {
	w       http.ResponseWriter
	code    int
	headers http.Header
	payload any
	zip     bool
}

// New starts a 200 response.
func New(w http.ResponseWriter) *Reply {
	return &Reply{w: w, code: http.StatusOK, headers: make(http.Header)}
}

// Status sets the status.
func (p *Reply) Status(code int) *Reply { p.code = code; return p }

// Header adds a header.
func (p *Reply) Header(k, v string) *Reply { p.headers.Set(k, v); return p }

// Bytes sets the body.
func (p *Reply) Bytes(b []byte) *Reply { p.payload = b; return p }

// Zipped asks for a compressed body.
func (p *Reply) Zipped() *Reply { p.zip = true; return p }

// Send writes the response: the status line first, then the body, if any.
func (p *Reply) Send() {
	switch b := p.payload.(type) {
	case nil:
		p.head()
	case []byte:
		p.body(b)
	case io.Reader:
		p.head()
		io.Copy(p.w, b)
	}
}

func (p *Reply) head() {
	maps.Copy(p.w.Header(), p.headers)
	p.w.WriteHeader(p.code)
}

func (p *Reply) body(b []byte) {
	if p.zip {
		p.headers.Set("Content-Encoding", "gzip")
		p.head()
		zw := gzip.NewWriter(io.Discard)
		zw.Reset(p.w) // after the status line: only body bytes can follow
		zw.Write(b)
		zw.Close()
		return
	}
	p.head()
	p.w.Write(b)
}

// Stream hands the response to a compressor before its status line: what
// the compressor writes, and when, decides the status.
func (p *Reply) Stream(src io.Reader) {
	zw := gzip.NewWriter(p.w)
	p.head()
	io.Copy(zw, src)
	zw.Close()
}

// Cached hands the builder to fill, which sends what it likes.
func (p *Reply) Cached(fill func(*Reply)) {
	p.Header("Cache-Control", "max-age=60")
	fill(p)
}

func errorBody(err error) []byte {
	b, _ := json.Marshal(map[string]string{"message": err.Error()})
	return b
}

// Failed sends a 500 with the error.
func Failed(w http.ResponseWriter, err error) {
	New(w).Status(http.StatusInternalServerError).Header("Content-Type", "application/json").Bytes(errorBody(err)).Send()
}

// Invalid sends a 400 with the error.
func Invalid(w http.ResponseWriter, err error) {
	New(w).Status(http.StatusBadRequest).Header("Content-Type", "application/json").Bytes(errorBody(err)).Send()
}

// Denied sends a 401 without a challenge.
func Denied(w http.ResponseWriter) {
	New(w).Status(http.StatusUnauthorized).Bytes([]byte(`{"message":"denied"}`)).Send()
}

// Challenge sends a 401 with its challenge.
func Challenge(w http.ResponseWriter, scheme string) {
	New(w).Status(http.StatusUnauthorized).Header("WWW-Authenticate", scheme).Send()
}

// Created sends a 201 with v.
func Created(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		Failed(w, err)
		return
	}
	New(w).Status(http.StatusCreated).Header("Content-Type", "application/json").Bytes(b).Zipped().Send()
}

// Now writes the status line at once and goes on building.
func (p *Reply) Now() *Reply {
	p.head()
	return p
}

// Trail sends the status line first, through a chained method, then
// the body.
func (p *Reply) Trail(b []byte) {
	p.Now()
	p.w.Write(b)
}
