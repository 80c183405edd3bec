package report

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Columns converts go/token's byte columns to the UTF-16 code unit
// columns SARIF counts by default: a column after "é" is one less than
// go/token's, after "😀" two less. It reads each file once.
type utf16Columns struct {
	readFile func(string) ([]byte, error)
	files    map[string][][]byte // lines without their "\n"; nil: unreadable
}

func newUTF16Columns(readFile func(string) ([]byte, error)) *utf16Columns {
	return &utf16Columns{readFile: readFile, files: make(map[string][][]byte)}
}

// column returns the 1-based UTF-16 column of the byte column col on line
// of filename. Where the file cannot be read, or the line is not in it
// (the file changed since it was analyzed), it returns col unchanged:
// right for ASCII, and no reason to drop a finding.
func (c *utf16Columns) column(filename string, line, col int) int {
	lines, ok := c.files[filename]
	if !ok {
		if data, err := c.readFile(filename); err == nil {
			lines = bytes.Split(data, []byte("\n"))
		}
		c.files[filename] = lines
	}
	if line < 1 || line > len(lines) || col < 1 {
		return col
	}
	text := lines[line-1]
	n := col - 1
	extra := 0
	if n > len(text) {
		// Past the end of the line: count what lies beyond as one unit a
		// byte, so columns stay ordered.
		extra = n - len(text)
		n = len(text)
	}
	units := 0
	for b := text[:n]; len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		// An invalid byte decodes as one U+FFFD: one unit, as an editor
		// showing the replacement character counts it.
		units += utf16.RuneLen(r)
		b = b[size:]
	}
	return units + extra + 1
}
