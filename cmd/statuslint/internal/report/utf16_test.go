package report

import "testing"

func TestUTF16Columns(t *testing.T) {
	files := memFiles(map[string]string{
		"/ascii.go": "abc\n",
		"/e.go":     "éx\n",          // é: 2 bytes, 1 unit
		"/euro.go":  "€x\n",          // €: 3 bytes, 1 unit
		"/emoji.go": "😀x\n",          // 😀: 4 bytes, 2 units (a surrogate pair)
		"/mix.go":   "aé€😀b\n",       // b at byte 11, unit 6
		"/two.go":   "a\n€b",         // no final newline
		"/crlf.go":  "é\r\nx\r\n",    // \r is a byte and a unit
		"/bad.go":   "\xffx\n",       // an invalid byte counts as one unit
		"/bom.go":   "\ufeffpackage", // a BOM is one unit
	})
	c := newUTF16Columns(files)
	for _, tc := range []struct {
		file      string
		line, col int
		want      int
	}{
		{"/ascii.go", 1, 1, 1},
		{"/ascii.go", 1, 3, 3},
		{"/ascii.go", 1, 4, 4}, // end of line
		{"/e.go", 1, 3, 2},
		{"/e.go", 1, 4, 3}, // end of line
		{"/euro.go", 1, 4, 2},
		{"/emoji.go", 1, 5, 3},
		{"/emoji.go", 1, 6, 4}, // end of line
		{"/mix.go", 1, 11, 6},
		{"/mix.go", 1, 12, 7},
		{"/two.go", 2, 4, 2},
		{"/two.go", 2, 5, 3},  // end of file without a newline
		{"/two.go", 2, 9, 7},  // past the end of the line: one unit a byte
		{"/crlf.go", 1, 3, 2}, // before the \r
		{"/crlf.go", 2, 2, 2},
		{"/bad.go", 1, 2, 2},
		{"/bom.go", 1, 4, 2},
		{"/two.go", 3, 7, 7},     // past the end of the file: unchanged
		{"/two.go", 0, 7, 7},     // no line
		{"/two.go", 2, 0, 0},     // no column
		{"/missing.go", 1, 5, 5}, // unreadable: byte columns
	} {
		if got := c.column(tc.file, tc.line, tc.col); got != tc.want {
			t.Errorf("%s:%d:%d: column %d, want %d", tc.file, tc.line, tc.col, got, tc.want)
		}
	}
}

// TestUTF16ColumnsReadOnce checks that a file is read once however many
// positions it holds, and that a failed read is not retried.
func TestUTF16ColumnsReadOnce(t *testing.T) {
	reads := make(map[string]int)
	files := memFiles(map[string]string{"/a.go": "é\n"})
	c := newUTF16Columns(func(name string) ([]byte, error) {
		reads[name]++
		return files(name)
	})
	for range 3 {
		c.column("/a.go", 1, 3)
		c.column("/missing.go", 1, 3)
	}
	if reads["/a.go"] != 1 || reads["/missing.go"] != 1 {
		t.Errorf("reads = %v, want one each", reads)
	}
}
