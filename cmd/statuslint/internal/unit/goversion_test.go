package unit

import (
	"go/version"
	"runtime"
	"strings"
	"testing"
)

func TestTooNew(t *testing.T) {
	built := version.Lang(runtime.Version())
	if built == "" {
		t.Skipf("built with %s: no release to compare with", runtime.Version())
	}
	for _, v := range []string{"", "go1.21", "go1.22.3", built, runtime.Version(), "devel +abc", "go1"} {
		if err := TooNew(v); err != nil {
			t.Errorf("TooNew(%q) = %v, want nil", v, err)
		}
	}
	for _, tc := range []struct{ v, hint string }{
		{"go1.999", "GOTOOLCHAIN=go1.999.0 "},
		{"go1.999.3", "GOTOOLCHAIN=go1.999.3 "},
		{"go2.0.0", "GOTOOLCHAIN=go2.0.0 "},
	} {
		err := TooNew(tc.v)
		if err == nil {
			t.Errorf("TooNew(%q) = nil, want an error", tc.v)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "built with "+runtime.Version()) || !strings.Contains(msg, tc.hint) {
			t.Errorf("TooNew(%q) = %q, want the Go it was built with and %q", tc.v, msg, tc.hint)
		}
	}
}
