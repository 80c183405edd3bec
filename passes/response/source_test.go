package response_test

import (
	"os"
	"path/filepath"
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
		// Read, not parsed: Count's Code field, in a package that declares an
		// error type, is enough (the model then finds no status error in it).
		"example.com/tally": true,
	} {
		if got := response.MayDeclareStatusErrors(read(pkg)); got != want {
			t.Errorf("%s: %v, want %v", pkg, got, want)
		}
	}
	for _, src := range []string{
		"type E struct{ HTTPStatus int }\nfunc (e E) Error() string { return \"\" }\n",
		"type E struct {\n\tcode, line int\n}\nfunc (e *E) Error() string { return \"\" }\n",
		"type E struct{ msg string }\nfunc (e *E) Error() string { return \"\" }\nfunc (e *E) StatusCode() int { return 404 }\n",
	} {
		if !response.MayDeclareStatusErrors([][]byte{[]byte(src)}) {
			t.Errorf("missed:\n%s", src)
		}
	}
	for _, src := range []string{
		"type E struct{ msg string }\nfunc (e *E) Error() string { return decode(e.msg) }\n",
		"type Resp struct{ StatusCode int }\n", // no error type
	} {
		if response.MayDeclareStatusErrors([][]byte{[]byte(src)}) {
			t.Errorf("no status error, but kept:\n%s", src)
		}
	}
}
