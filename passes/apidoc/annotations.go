package apidoc

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// An annotation is the API documentation of one operation in a comment:
// swag's @Router, @Success and @Failure lines, or a go-swagger
// swagger:route or swagger:operation block with its responses.
type annotation struct {
	style  string // "swag", "swagger:route", "swagger:operation"
	method string // upper case; "" when not given
	path   string
	pos    token.Pos // the @Router or swagger: line
	end    token.Pos // the end of the comment group
	codes  map[int]token.Pos
	// dflt: a default response; ranges: 4XX-style keys, by first digit.
	dflt   bool
	ranges map[byte]bool
	none   bool // no response documented at all
}

// declares reports whether the annotation documents code.
func (a *annotation) declares(code int) bool {
	if a.dflt {
		return true
	}
	if _, ok := a.codes[code]; ok {
		return true
	}
	return a.ranges[strconv.Itoa(code)[0]]
}

// declaresErrors reports whether the annotation documents an error
// response: a 4xx or 5xx code or range, or a default.
func (a *annotation) declaresErrors() bool {
	if a.dflt || a.ranges['4'] || a.ranges['5'] {
		return true
	}
	for c := range a.codes {
		if c >= 400 {
			return true
		}
	}
	return false
}

// successes returns the 2xx codes it documents.
func (a *annotation) successes() []int {
	var out []int
	for c := range a.codes {
		if c >= 200 && c <= 299 {
			out = append(out, c)
		}
	}
	return out
}

// line is one line of a comment group, without the comment markers.
type line struct {
	text string
	pos  token.Pos
}

func lines(g *ast.CommentGroup) []line {
	var out []line
	for _, c := range g.List {
		text := c.Text
		switch {
		case strings.HasPrefix(text, "//"):
			out = append(out, line{text[2:], c.Pos()})
		case strings.HasPrefix(text, "/*"):
			text = strings.TrimSuffix(text[2:], "*/")
			off := 2
			for _, l := range strings.Split(text, "\n") {
				out = append(out, line{l, c.Pos() + token.Pos(off)})
				off += len(l) + 1
			}
		}
	}
	return out
}

// parse returns the annotations of a comment group: a swag block (one, its
// @Router lines giving the operations) or go-swagger blocks.
func parse(g *ast.CommentGroup) []*annotation {
	if g == nil {
		return nil
	}
	ls := lines(g)
	var out []*annotation
	if a := parseSwag(ls); a != nil {
		a.end = g.End()
		out = append(out, a)
	}
	for i, l := range ls {
		t := strings.TrimSpace(l.text)
		// "FooHandler swagger:operation GET /x tag id": the keyword may
		// follow the function's name.
		idx := strings.Index(t, "swagger:route ")
		style := "swagger:route"
		if j := strings.Index(t, "swagger:operation "); j >= 0 && (idx < 0 || j < idx) {
			idx, style = j, "swagger:operation"
		}
		if idx < 0 {
			continue
		}
		f := strings.Fields(t[idx+len(style):])
		if len(f) < 2 {
			continue
		}
		a := &annotation{style: style, method: strings.ToUpper(f[0]), path: f[1], pos: l.pos, end: g.End(), codes: map[int]token.Pos{}, ranges: map[byte]bool{}}
		rest := ls[i+1:]
		// A block ends where the next one starts.
		for j, m := range rest {
			if strings.Contains(m.text, "swagger:route ") || strings.Contains(m.text, "swagger:operation ") {
				rest = rest[:j]
				break
			}
		}
		a.none = !parseSwaggerResponses(a, rest)
		out = append(out, a)
	}
	return out
}

// parseSwag reads swag's annotations: @Router path [method], @Success and
// @Failure (and @Response) code[,code...] {type} ... A block without
// @Router documents no operation (swag skips it); one without a response
// line documents none and is not compared.
func parseSwag(ls []line) *annotation {
	var a *annotation
	responses := false
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if !strings.HasPrefix(t, "@") {
			continue
		}
		f := strings.Fields(t)
		if a == nil {
			a = &annotation{style: "swag", codes: map[int]token.Pos{}, ranges: map[byte]bool{}}
		}
		switch strings.ToLower(f[0]) {
		case "@router":
			if a.pos == token.NoPos {
				a.pos = l.pos
			}
			if len(f) >= 2 {
				a.path = f[1]
			}
			if len(f) >= 3 {
				m := strings.ToUpper(strings.Trim(f[2], "[]"))
				if a.method == "" {
					a.method = m
				} else if a.method != m {
					a.method = "*" // several operations
				}
			}
		case "@success", "@failure", "@response":
			if len(f) < 2 {
				continue
			}
			responses = true
			for _, c := range strings.Split(f[1], ",") {
				c = strings.TrimSpace(c)
				if strings.EqualFold(c, "default") {
					a.dflt = true
					continue
				}
				if n, err := strconv.Atoi(c); err == nil {
					if _, dup := a.codes[n]; !dup {
						a.codes[n] = l.pos
					}
				}
			}
		}
	}
	if a == nil || a.pos == token.NoPos {
		return nil
	}
	a.none = !responses
	return a
}

// parseSwaggerResponses reads the responses of a go-swagger block: the
// "Responses:" section of swagger:route, the YAML "responses:" mapping of
// swagger:operation (indented with tabs as often as spaces, which go-swagger
// accepts). It reports whether there was one.
func parseSwaggerResponses(a *annotation, ls []line) bool {
	found := false
	indent := -1 // of the responses key
	keyIndent := -1
	for _, l := range ls {
		raw := strings.TrimRight(l.text, " \t\r")
		t := strings.TrimSpace(raw)
		if t == "" {
			if a.style == "swagger:route" && found && keyIndent >= 0 {
				break // the section ends at a blank line
			}
			continue
		}
		ind := width(raw)
		if indent < 0 {
			if strings.EqualFold(t, "responses:") {
				indent, found = ind, true
			}
			continue
		}
		if ind <= indent {
			break // the next section
		}
		if keyIndent < 0 {
			keyIndent = ind
		}
		if ind > keyIndent {
			continue // a response's own fields
		}
		key, _, ok := strings.Cut(t, ":")
		if !ok {
			continue
		}
		key = strings.Trim(strings.TrimSpace(key), `'"`)
		switch {
		case strings.EqualFold(key, "default"):
			a.dflt = true
		case len(key) == 3 && strings.EqualFold(key[1:], "xx") && key[0] >= '1' && key[0] <= '5':
			a.ranges[key[0]] = true
		default:
			if n, err := strconv.Atoi(key); err == nil {
				if _, dup := a.codes[n]; !dup {
					a.codes[n] = l.pos
				}
			}
		}
	}
	return found
}

// width is the indentation of s, a tab counting as four spaces.
func width(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}
