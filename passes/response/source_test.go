package response_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/response"
)

// TestMayDeclareStatusErrors: the source test a driver skips packages by
// keeps every package the model exports status facts for without net/http,
// and leaves out those it exports none for.
func TestMayDeclareStatusErrors(t *testing.T) {
	read := func(pkg string) [][]byte {
		paths, _ := filepath.Glob(filepath.Join("../../testdata/src", pkg, "*.go"))
		var files [][]byte
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, b)
		}
		if len(files) == 0 {
			t.Fatalf("no files in %s", pkg)
		}
		return files
	}
	for pkg, want := range map[string]bool{
		"example.com/reasonerr": true,  // Error{Code int} and constructors
		"example.com/apperr":    true,  // Status int, StatusCode() int
		"example.com/decode":    false, // errors of no status
		// Count's Code field is not the error type's.
		"example.com/tally": false,
	} {
		if got := response.MayDeclareStatusErrors(read(pkg)); got != want {
			t.Errorf("%s: %v, want %v", pkg, got, want)
		}
	}
	for _, files := range [][]string{
		{"package p\ntype E struct{ HTTPStatus int }\nfunc (e E) Error() string { return \"\" }\n"},
		{"package p\ntype E struct {\n\tcode, line int\n}\nfunc (e *E) Error() string { return \"\" }\n"},
		{"package p\ntype E struct{ msg string }\nfunc (e *E) Error() string { return \"\" }\nfunc (e *E) StatusCode() int { return 404 }\n"},
		// The type in one file, its Error method in another; generic.
		{"package p\ntype E[T any] struct{ Code int; v T }\n", "package p\nfunc (e *E[T]) Error() string { return \"\" }\n"},
		// A file that does not parse: cannot tell, kept.
		{"package p\nfunc (e *E) Error() string { return \n"},
	} {
		if !response.MayDeclareStatusErrors(sources(files)) {
			t.Errorf("missed:\n%s", strings.Join(files, "\n"))
		}
	}
	for _, files := range [][]string{
		{"package p\ntype E struct{ msg string }\nfunc (e *E) Error() string { return decode(e.msg) }\n"},
		{"package p\ntype Resp struct{ StatusCode int }\n"}, // no error type
		// An errno and structs with code fields that are not it.
		{"package p\ntype Errno int32\nfunc (e Errno) Error() string { return \"\" }\ntype Frame struct{ Code []byte; Status uint32 }\nfunc (f *Frame) StatusOf(i int) int { return 0 }\n"},
	} {
		if response.MayDeclareStatusErrors(sources(files)) {
			t.Errorf("no status error, but kept:\n%s", strings.Join(files, "\n"))
		}
	}
}

func sources(files []string) [][]byte {
	var out [][]byte
	for _, f := range files {
		out = append(out, []byte(f))
	}
	return out
}
