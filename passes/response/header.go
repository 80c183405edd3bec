package response

import "strings"

// canonicalHeader is textproto.CanonicalMIMEHeaderKey: the first letter
// and any letter after a hyphen upper case, the rest lower case, and a key
// with a byte that is not a token's (a space, say) as it is. Written here
// because importing net/textproto linked the network stack and cgo into
// the vet tool, which go vet starts once per package (a dynamically
// linked binary starts slower).
func canonicalHeader(s string) string {
	canonical, upper := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !tokenByte(c) {
			return s
		}
		if upper && 'a' <= c && c <= 'z' || !upper && 'A' <= c && c <= 'Z' {
			canonical = false
		}
		upper = c == '-'
	}
	if canonical {
		return s // most keys are written canonical: no copy
	}
	b := []byte(s)
	upper = true
	for i, c := range b {
		switch {
		case upper && 'a' <= c && c <= 'z':
			b[i] = c - ('a' - 'A')
		case !upper && 'A' <= c && c <= 'Z':
			b[i] = c + ('a' - 'A')
		}
		upper = c == '-'
	}
	return string(b)
}

// tokenByte reports whether c may appear in a header name (RFC 9110's
// tchar).
func tokenByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}
