// Package auth issues and checks the shop's bearer tokens.
package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

var ErrInvalidToken = errors.New("auth: invalid or expired token")

// Tokens signs user ids. Revoked ids stay revoked until restart.
type Tokens struct {
	key     []byte
	mu      sync.Mutex
	revoked map[int64]bool
}

func New(key []byte) *Tokens { return &Tokens{key: key, revoked: map[int64]bool{}} }

func (t *Tokens) sign(s string) string {
	m := hmac.New(sha256.New, t.key)
	m.Write([]byte(s))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// Issue returns a token for the user.
func (t *Tokens) Issue(uid int64) string {
	s := strconv.FormatInt(uid, 10)
	return s + "." + t.sign(s)
}

// Verify returns the user a token was issued to.
func (t *Tokens) Verify(ctx context.Context, tok string) (int64, error) {
	id, sig, ok := strings.Cut(tok, ".")
	if !ok || !hmac.Equal([]byte(sig), []byte(t.sign(id))) {
		return 0, ErrInvalidToken
	}
	uid, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return 0, ErrInvalidToken
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.revoked[uid] {
		return 0, ErrInvalidToken
	}
	return uid, ctx.Err()
}

func (t *Tokens) Revoke(uid int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.revoked[uid] = true
}

// Bearer is the token of an Authorization: Bearer header, or "".
func Bearer(h http.Header) string {
	v := h.Get("Authorization")
	if len(v) > 7 && strings.EqualFold(v[:7], "bearer ") {
		return v[7:]
	}
	return ""
}
