package gen

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
)

// BigPackage is the import path of the package Big writes.
const BigPackage = ModulePath + "/big"

// Big writes a module under dir whose package big holds one handler of
// chunks pieces of the control flow that makes a dataflow work hard: ifs
// nested deep, long switch chains, nested loops with labelled break and
// continue, gotos forwards and backwards, a status variable assigned on
// every branch, more distinct headers than the model tracks, error
// responses through a closure and through helpers. It returns the number
// of statements in the handler (blocks not counted).
func Big(dir string, chunks int) (int, error) {
	if err := writeCommon(dir); err != nil {
		return 0, err
	}
	var b bytes.Buffer
	b.WriteString(`package big

import (
	"errors"
	"net/http"
	"strconv"

	"example.com/synth/decode"
	"example.com/synth/respond"
	"example.com/synth/store"
)

// Handle is one very long handler.
func Handle(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "bad n", http.StatusBadRequest)
		return
	}
	fail := func(code int, msg string) {
		http.Error(w, msg, code)
	}
	status := http.StatusOK
	var req struct{ ID string }
`)
	for k := range chunks {
		chunk(&b, k)
	}
	b.WriteString(`	respond.JSON(w, status, req)
}
`)
	path := filepath.Join(dir, "big", "big.go")
	if err := write(path, b.Bytes()); err != nil {
		return 0, err
	}
	return countStmts(b.Bytes())
}

// chunk writes piece k of the big handler; the kinds rotate.
func chunk(b *bytes.Buffer, k int) {
	hdr := fmt.Sprintf("X-H%d", k%100) // more names than the 64 the model tracks
	switch k % 5 {
	case 0: // ifs nested 12 deep, each level setting the status or a header
		for d := range 12 {
			fmt.Fprintf(b, "%sif n > %d {\n", indent(d), k+d)
			if d%2 == 0 {
				fmt.Fprintf(b, "%sstatus = %d\n", indent(d+1), 200+d)
			} else {
				fmt.Fprintf(b, "%sw.Header().Set(%q, \"v\")\n", indent(d+1), hdr)
			}
		}
		fmt.Fprintf(b, "%sfail(http.StatusConflict, \"deep\")\n%sreturn\n", indent(12), indent(12))
		for d := 11; d >= 0; d-- {
			fmt.Fprintf(b, "%s}\n", indent(d))
		}
	case 1: // a switch of 40 cases
		fmt.Fprintf(b, "\tswitch (n + %d) %% 40 {\n", k)
		for c := range 40 {
			fmt.Fprintf(b, "\tcase %d:\n", c)
			switch c % 4 {
			case 0:
				fmt.Fprintf(b, "\t\tstatus = http.StatusAccepted\n")
			case 1:
				fmt.Fprintf(b, "\t\tw.Header().Set(%q, %q)\n", hdr, fmt.Sprint(c))
			case 2:
				fmt.Fprintf(b, "\t\tif n == %d {\n\t\t\tfail(http.StatusNotFound, \"none\")\n\t\t\treturn\n\t\t}\n", c)
			case 3:
				fmt.Fprintf(b, "\t\tstatus = %d\n\t\tfallthrough\n", 400+c)
			}
		}
		fmt.Fprintf(b, "\tdefault:\n\t\tstatus = http.StatusOK\n\t}\n")
	case 2: // nested loops with labelled break and continue
		fmt.Fprintf(b, `outer%[1]d:
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			if j == %[1]d {
				continue outer%[1]d
			}
			if i*j > n {
				break outer%[1]d
			}
			if j%%7 == 0 {
				status = http.StatusPartialContent
			}
		}
		w.Header().Add(%[2]q, strconv.Itoa(i))
	}
`, k, hdr)
	case 3: // a loop made of gotos, with a forward jump out of it
		fmt.Fprintf(b, `	i%[1]d := 0
loop%[1]d:
	if i%[1]d < n {
		i%[1]d++
		if i%[1]d%%3 == 0 {
			goto skip%[1]d
		}
		status = http.StatusMultiStatus
		goto loop%[1]d
	}
skip%[1]d:
`, k)
	case 4: // decoding, a switch on the error, helpers
		fmt.Fprintf(b, `	if err := decode.JSON(r, &req); err != nil {
		switch {
		case errors.Is(err, store.ErrNotFound):
			respond.Error(w, http.StatusNotFound, "gone %[1]d")
			return
		case errors.Is(err, store.ErrDuplicate):
			respond.Error(w, http.StatusConflict, "dup")
			return
		default:
			respond.Error(w, http.StatusBadRequest, err.Error())
			return
		}
	}
`, k)
	}
}

func indent(d int) string { return strings.Repeat("\t", d+1) }

// countStmts counts the statements in src, blocks excluded.
func countStmts(src []byte) (int, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "big.go", src, 0)
	if err != nil {
		return 0, err
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		if _, ok := node.(ast.Stmt); ok {
			if _, block := node.(*ast.BlockStmt); !block {
				n++
			}
		}
		return true
	})
	return n, nil
}
