package response

import (
	"net/textproto"
	"testing"
)

// TestCanonicalHeader: canonicalHeader is textproto.CanonicalMIMEHeaderKey.
func TestCanonicalHeader(t *testing.T) {
	for _, s := range []string{
		"", "a", "A", "-", "content-type", "CONTENT-TYPE", "Content-Type", "www-authenticate",
		"x-request-id", "X-REQUEST-ID", "etag", "ETag", "retry-after", "a--b", "-a-b-", "foo bar",
		"foo\tbar", "héllo", "x_y", "x.y~z", "1abc-2def", "Trailer:X", "cache-control ", "öa",
	} {
		if got, want := canonicalHeader(s), textproto.CanonicalMIMEHeaderKey(s); got != want {
			t.Errorf("canonicalHeader(%q) = %q, want %q", s, got, want)
		}
	}
}
