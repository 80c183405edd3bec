package response_test

import (
	"fmt"
	"strings"
)

// A gen writes a Go file of HTTP handlers from a grammar of the statements
// the response model understands, taking every choice from the fuzzer's
// bytes: mutating a byte changes the program's structure, not just a
// literal. When the bytes run out every choice is 0, which the grammar
// makes the smallest production, so generation always ends.
type gen struct {
	data []byte
	pos  int
	out  strings.Builder

	codes map[int]bool // every status constant written in the source
	// exec: the handlers will run (difftest_test.go): no defer or go
	// statements, whose time is beyond a trace of statements, and no
	// backward goto, which may loop for ever.
	exec bool
	// gin: the handlers are gin handlers (func(c *gin.Context)), writing
	// through w := c.Writer and gin's own calls.
	gin bool
	// echo: the handlers are echo handlers (func(c echo.Context) error),
	// writing through w := c.Response(), echo's own calls and a returned
	// echo.NewHTTPError.
	echo bool
	// fiber: the handlers are fiber v2 handlers (func(c *fiber.Ctx) error)
	// over a buffered response: no net/http writer anywhere, so every
	// statement that writes has a form of its own (fiberStmt), and the
	// helper and closures write through c too.
	fiber bool
	dead  []string // marker comment of statements no path reaches

	// Per function body.
	decl      funcKind // the declared function being written
	fn        funcKind
	indent    int
	depth     int
	loop      bool     // continue is legal
	breakable bool     // break is legal
	labels    int      // labels L0..labels-1 may be targets of goto (handler only)
	outer     []string // labelled loops around the statement: break and continue may name them
	outerN    int
	usedOuter map[string]bool
	placed    int // labels already placed
	used      map[int]bool
}

type funcKind int

const (
	handlerFunc funcKind = iota
	helperFunc           // Respond(w, code, msg): its status is its parameter
	closureFunc          // writeErr := func(code int, msg string) {...} and defer/go literals
)

const deadMark = "// dead"

// choose returns a choice in [0, n).
func (g *gen) choose(n int) int {
	if g.pos >= len(g.data) || n <= 1 {
		return 0
	}
	c := int(g.data[g.pos]) % n
	g.pos++
	return c
}

func (g *gen) line(format string, args ...any) {
	g.out.WriteString(strings.Repeat("\t", g.indent))
	fmt.Fprintf(&g.out, format, args...)
	g.out.WriteByte('\n')
}

// statuses the grammar writes: common ones, 1xx (not final), and numbers
// that are not statuses at all.
var statuses = []struct {
	code int
	name string
}{
	{200, "StatusOK"}, {400, "StatusBadRequest"}, {500, "StatusInternalServerError"},
	{404, "StatusNotFound"}, {401, "StatusUnauthorized"}, {405, "StatusMethodNotAllowed"},
	{201, "StatusCreated"}, {204, "StatusNoContent"}, {301, "StatusMovedPermanently"},
	{302, "StatusFound"}, {303, "StatusSeeOther"}, {304, "StatusNotModified"},
	{409, "StatusConflict"}, {422, "StatusUnprocessableEntity"}, {429, "StatusTooManyRequests"},
	{503, "StatusServiceUnavailable"}, {101, "StatusSwitchingProtocols"}, {103, "StatusEarlyHints"},
	{403, "StatusForbidden"}, {999, ""}, {42, ""},
}

// status returns a status expression: a constant, by name or number, or in
// a helper or closure the parameter, in a handler the status variable.
func (g *gen) status() string {
	switch g.choose(6) {
	case 4:
		if g.fn == handlerFunc {
			return "status"
		}
		return "code"
	case 5:
		if g.fn != handlerFunc {
			return "code"
		}
	}
	s := statuses[g.choose(len(statuses))]
	if g.exec && s.code < 100 {
		s = statuses[0] // WriteHeader panics: no response to compare
	}
	g.codes[s.code] = true
	if s.name != "" && g.choose(3) != 0 {
		if g.fiber && g.choose(2) == 0 {
			return "fiber." + s.name
		}
		return "http." + s.name
	}
	return fmt.Sprint(s.code)
}

var headers = []string{"Allow", "WWW-Authenticate", "Location", "Retry-After", "Content-Type", "X-Request-Id", "allow", "www-authenticate"}

func (g *gen) header() string { return fmt.Sprintf("%q", headers[g.choose(len(headers))]) }

// message returns a string expression for a body or error text.
func (g *gen) message() string {
	switch g.choose(4) {
	case 1:
		if g.exec {
			return "fmt.Sprint(err)" // err.Error() panics on nil
		}
		return "err.Error()"
	case 2:
		if g.fn != handlerFunc {
			return "msg"
		}
	case 3:
		return `"not found"`
	}
	return `"bad request"`
}

// file generates the whole file: a helper, one or two handlers, routes.
func (g *gen) file() string {
	g.codes = map[int]bool{200: true}
	g.line(`package p

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
GINIMPORT)

var (
	ErrNotFound  = errors.New("not found")
	ErrDuplicate = errors.New("already exists")
	next         http.Handler = http.NotFoundHandler()
	never        = make(chan struct{})
	closed       = func() chan struct{} { c := make(chan struct{}); close(c); return c }()
)

type payload struct{ Name string }

func (p *payload) Validate() error {
	if p.Name == "" {
		return errors.New("name required")
	}
	return nil
}

func decode(r *http.Request, v any) error { return json.NewDecoder(r.Body).Decode(v) }

var _, _, _, _ = fmt.Sprint, io.EOF, strconv.Itoa, strings.NewReader
`)
	ginImport := ""
	switch {
	case g.gin:
		ginImport = "\n\t\"github.com/gin-gonic/gin\"\n"
	case g.echo:
		ginImport = "\n\t\"github.com/labstack/echo/v4\"\n"
	case g.fiber:
		ginImport = "\n\t\"github.com/gofiber/fiber/v2\"\n"
	}
	header := strings.Replace(g.out.String(), "GINIMPORT", ginImport, 1)
	g.out.Reset()
	g.out.WriteString(header)
	if g.fiber {
		g.funcDecl(helperFunc, "Respond", "c *fiber.Ctx, code int, msg string")
	} else {
		g.funcDecl(helperFunc, "Respond", "w http.ResponseWriter, code int, msg string")
	}
	handlers := 1 + g.choose(2)
	for i := range handlers {
		switch {
		case g.fiber:
			g.funcDecl(handlerFunc, fmt.Sprintf("H%d", i), "c *fiber.Ctx")
		case g.gin:
			g.funcDecl(handlerFunc, fmt.Sprintf("H%d", i), "c *gin.Context")
		case g.echo:
			g.funcDecl(handlerFunc, fmt.Sprintf("H%d", i), "c echo.Context")
		default:
			g.funcDecl(handlerFunc, fmt.Sprintf("H%d", i), "w http.ResponseWriter, r *http.Request")
		}
	}
	methods := []string{"POST", "GET", "DELETE", ""}
	switch {
	case g.gin:
		g.line("func routes(e *gin.Engine) {")
	case g.echo:
		g.line("func routes(e *echo.Echo) {")
	case g.fiber:
		g.line("func routes(app *fiber.App) {")
	default:
		g.line("func routes(mux *http.ServeMux) {")
	}
	for i := range handlers {
		switch m := methods[g.choose(len(methods))]; {
		case m == "":
		case g.gin, g.echo:
			g.line("\te.%s(%q, H%d)", m, "/items", i)
		case g.fiber:
			g.line("\tapp.%s(%q, H%d)", m[:1]+strings.ToLower(m[1:]), "/items", i)
		default:
			g.line("\tmux.HandleFunc(%q, H%d)", m+" /items", i)
		}
	}
	g.line("}")
	return g.out.String()
}

func (g *gen) funcDecl(kind funcKind, name, params string) {
	g.decl, g.fn, g.depth, g.loop, g.breakable = kind, kind, 0, false, false
	g.outer, g.usedOuter = nil, map[string]bool{}
	g.labels, g.placed, g.used = 0, 0, map[int]bool{}
	if (g.echo || g.fiber) && kind == handlerFunc {
		g.line("func %s(%s) error {", name, params)
	} else {
		g.line("func %s(%s) {", name, params)
	}
	g.indent++
	start := g.out.Len()
	if kind == handlerFunc {
		switch {
		case g.gin:
			g.line("w, r := c.Writer, c.Request")
			g.line("_, _ = w, r")
		case g.echo:
			g.line("w, r := c.Response(), c.Request()")
			g.line("_, _ = w, r")
		}
		g.line("var err error")
		g.line("var v payload")
		g.line("var h http.Header")
		g.line("var enc *json.Encoder")
		g.line("var n int")
		g.line("status := http.StatusOK")
		g.line("_, _, _, _, _ = err, v, h, enc, n")
		g.line("_ = status")
		if g.choose(2) == 1 {
			g.line("writeErr := func(code int, msg string) {")
			g.closureBody()
			g.line("}")
		} else if g.fiber {
			g.line("writeErr := func(code int, msg string) { c.Status(code).SendString(msg) }")
		} else {
			g.line("writeErr := func(code int, msg string) { http.Error(w, msg, code) }")
		}
		g.line("_ = writeErr")
		// Branches on n, err and v then depend on the request.
		switch {
		case g.exec && g.fiber:
			g.line("n, _ = strconv.Atoi(c.Query(\"id\"))")
			g.line("err = c.BodyParser(&v)")
		case g.exec:
			g.line("n, _ = strconv.Atoi(r.URL.Query().Get(\"id\"))")
			g.line("err = decode(r, &v)")
		}
		g.labels = g.choose(3)
	} else {
		g.line("_, _ = code, msg")
		g.line("var err error")
		g.line("_ = err")
	}
	g.block(8, true)
	// Labels a goto names but no statement took: place them at the end.
	for ; g.placed < g.labels; g.placed++ {
		g.line("\x00L%d\x00", g.placed)
		g.line("%s", g.ret())
	}
	if (g.echo || g.fiber) && kind == handlerFunc {
		g.line("return nil")
	}
	g.indent--
	g.line("}")
	// Keep the labels a goto uses; the others would not type-check.
	body := g.out.String()[start:]
	for i := range g.labels {
		repl := ""
		if g.used[i] {
			repl = fmt.Sprintf("L%d:", i)
		}
		body = strings.ReplaceAll(body, fmt.Sprintf("\x00L%d\x00", i), repl)
	}
	for i := range g.outerN {
		l, repl := fmt.Sprintf("O%d", i), ""
		if g.usedOuter[l] {
			repl = l + ":"
		}
		body = strings.ReplaceAll(body, "\x00"+l+"\x00", repl)
	}
	s := g.out.String()[:start] + body
	g.out.Reset()
	g.out.WriteString(s)
}

// closureBody generates the body of a function literal at the current
// indentation, with its own rules: no goto out of it, return ends only it.
func (g *gen) closureBody() {
	fn, loop, breakable, labels, outer := g.fn, g.loop, g.breakable, g.labels, g.outer
	g.fn, g.loop, g.breakable, g.labels, g.outer = closureFunc, false, false, 0, nil
	g.indent++
	g.block(3, false)
	g.indent--
	g.fn, g.loop, g.breakable, g.labels, g.outer = fn, loop, breakable, labels, outer
}

// block generates up to max statements; top says this is the function's
// outermost block, where labels live.
func (g *gen) block(max int, top bool) {
	n := g.choose(max + 1)
	for range n {
		if top && g.placed < g.labels && g.choose(3) == 0 {
			g.line("\x00L%d\x00", g.placed)
			g.placed++
		}
		if g.stmt() {
			g.deadTail()
			return
		}
	}
}

// deadTail writes statements after a return, panic, goto, break or
// continue: no path reaches them, so the model must not see events there.
func (g *gen) deadTail() {
	for range g.choose(3) {
		d := fmt.Sprintf("%s %d", deadMark, len(g.dead))
		g.dead = append(g.dead, d)
		if g.fiber {
			switch g.choose(5) {
			case 0:
				g.line("c.Status(%s) %s", g.status(), d)
			case 1:
				g.line("c.SendString(%q) %s", "gone", d)
			case 2:
				g.line("c.Set(%s, \"x\") %s", g.header(), d)
			case 3:
				g.line("c.Status(%s).SendString(%q) %s", g.status(), "gone", d)
			case 4:
				g.line("Respond(c, %s, %q) %s", g.status(), "gone", d)
			}
			continue
		}
		switch g.choose(5) {
		case 0:
			g.line("w.WriteHeader(%s) %s", g.status(), d)
		case 1:
			g.line("fmt.Fprint(w, %q) %s", "gone", d)
		case 2:
			g.line("w.Header().Set(%s, \"x\") %s", g.header(), d)
		case 3:
			g.line("http.Error(w, %q, %s) %s", "gone", g.status(), d)
		case 4:
			g.line("Respond(w, %s, %q) %s", g.status(), "gone", d)
		}
	}
}

// stmt generates one statement and reports whether it ends the block
// (no path falls through it).
func (g *gen) stmt() bool {
	g.depth++
	defer func() { g.depth-- }()
	nested := g.depth < 4
	choice := g.choose(43)
	if !nested && choice >= 24 {
		choice %= 24
	}
	if g.fiber {
		if done, ends := g.fiberStmt(choice); done {
			return ends
		}
	}
	switch choice {
	// Headers.
	case 0:
		g.line("w.Header().Set(%s, \"v\")", g.header())
	case 1:
		g.line("w.Header().Add(%s, \"v\")", g.header())
	case 2:
		g.line("w.Header().Del(%s)", g.header())
	case 3:
		if g.fn == handlerFunc {
			g.line("h = w.Header()")
			g.line("h.Set(%s, \"v\")", g.header())
		} else {
			g.line("w.Header()[%s] = []string{\"v\"}", g.header())
		}
	case 4:
		g.line("delete(w.Header(), %s)", g.header())

	// Status.
	case 5:
		g.line("w.WriteHeader(%s)", g.status())
	case 6:
		if g.fn == handlerFunc {
			g.line("status = %s", g.status())
		} else {
			g.line("code = %s", g.status())
		}

	// Bodies.
	case 7:
		g.line("w.Write([]byte(%s))", g.message())
	case 8:
		g.line("fmt.Fprintf(w, \"%%s\", %s)", g.message())
	case 9:
		switch g.choose(3) {
		case 0:
			g.line("json.NewEncoder(w).Encode(map[string]string{\"error\": %s})", g.message())
		case 1:
			g.line("json.NewEncoder(w).Encode(map[string]any{\"success\": false})")
		case 2:
			if g.fn == handlerFunc {
				g.line("enc = json.NewEncoder(w)")
				g.line("enc.Encode(v)")
			} else {
				g.line("io.WriteString(w, msg)")
			}
		}
	case 10:
		g.line("http.Error(w, %s, %s)", g.message(), g.status())
	case 11:
		if g.fn == handlerFunc {
			g.line("http.NotFound(w, r)")
		} else {
			g.line("fmt.Fprintln(w, %s)", g.message())
		}
	case 12:
		if g.echo && g.decl == handlerFunc {
			switch g.choose(5) {
			case 0:
				g.line("c.JSON(%s, map[string]string{\"error\": %s})", g.status(), g.message())
			case 1:
				g.line("c.String(%s, %s)", g.status(), g.message())
			case 2:
				g.line("c.NoContent(%s)", g.status())
			case 3:
				g.line("c.Response().Header().Set(%s, \"v\")", g.header())
			case 4:
				if g.fn == handlerFunc {
					g.line("return echo.NewHTTPError(%s, %s)", g.status(), g.message())
					return true
				}
				g.line("_ = 5")
			}
			break
		}
		if g.gin && g.decl == handlerFunc {
			switch g.choose(6) {
			case 0:
				g.line("c.JSON(%s, gin.H{\"error\": %s})", g.status(), g.message())
			case 1:
				g.line("c.String(%s, %s)", g.status(), g.message())
			case 2:
				g.line("c.Status(%s)", g.status())
			case 3:
				g.line("c.AbortWithStatus(%s)", g.status())
			case 4:
				g.line("c.Header(%s, \"v\")", g.header())
			case 5:
				g.line("http.Redirect(w, r, \"/items\", %s)", g.status())
			}
			break
		}
		if g.fn == handlerFunc {
			g.line("http.Redirect(w, r, \"/items\", %s)", g.status())
		} else {
			g.line("w.Header().Set(\"Location\", \"/\")")
		}
	case 13:
		switch g.choose(3) {
		case 0:
			if g.echo && g.decl == handlerFunc {
				g.line("w.Flush()") // *echo.Response: a type assertion does not apply
				break
			}
			g.line("if f, ok := w.(http.Flusher); ok {")
			g.line("\tf.Flush()")
			g.line("}")
		case 1:
			g.line("http.NewResponseController(w).Flush()")
		case 2:
			g.line("http.SetCookie(w, &http.Cookie{Name: \"s\"})")
		}
	case 14:
		if g.fn == handlerFunc && g.choose(2) == 0 {
			g.line("next.ServeHTTP(w, r)")
		} else {
			g.line("io.Copy(w, strings.NewReader(\"data\"))")
		}

	// Calls to helpers and closures.
	case 15:
		if g.exec && g.decl == helperFunc {
			g.line("http.Error(w, %s, %s)", g.message(), g.status()) // Respond calling itself would not end
			break
		}
		g.line("Respond(w, %s, %s)", g.status(), g.message())
	case 16:
		if g.fn == handlerFunc {
			g.line("writeErr(%s, %s)", g.status(), g.message())
		} else {
			g.line("w.Write(nil)")
		}

	// Errors.
	case 17:
		switch g.choose(8) {
		case 0:
			g.line("err = decode(r, &v)")
		case 1:
			g.line("n, err = strconv.Atoi(r.URL.Query().Get(\"id\"))")
		case 2:
			g.line("err = r.ParseForm()")
		case 3:
			g.line("err = ErrNotFound")
		case 4:
			g.line("err = ErrDuplicate")
		case 5:
			g.line("err = fmt.Errorf(\"wrap: %%w\", err)")
		case 6:
			g.line("err = v.Validate()")
		case 7:
			g.line("err = nil")
		}
		if g.fn != handlerFunc {
			// Helpers and closures have no request: keep to what they have.
			g.rewriteLast()
		}

	// Control flow that ends the block.
	case 18, 19:
		g.line("%s", g.ret())
		return true
	case 20:
		if g.exec {
			g.line("%s", g.ret()) // a panic sends no response to compare
			return true
		}
		g.line("panic(\"unreachable\")")
		return true
	case 21:
		if g.fn == handlerFunc && g.labels > 0 && (!g.exec || g.placed < g.labels) {
			l := g.choose(g.labels)
			if g.exec {
				l = g.placed + g.choose(g.labels-g.placed) // forward only
			}
			g.used[l] = true
			g.line("goto L%d", l)
			return true
		}
		g.line("_ = 0")
	case 22:
		switch {
		case len(g.outer) > 0 && g.choose(3) == 0:
			// To an enclosing labelled loop: break O0, continue O0.
			l := g.outer[g.choose(len(g.outer))]
			g.usedOuter[l] = true
			if g.choose(2) == 0 {
				g.line("continue %s", l)
			} else {
				g.line("break %s", l)
			}
			return true
		case g.loop && g.choose(2) == 0:
			g.line("continue")
			return true
		case g.breakable:
			g.line("break")
			return true
		}
		g.line("_ = 1")
	case 23:
		g.line("_ = err")

	// Nested statements.
	case 24, 25, 26:
		g.line("if %s {", g.cond())
		g.nest(false, false)
		if g.choose(2) == 1 {
			g.line("} else {")
			g.nest(false, false)
		}
		g.line("}")
	case 27:
		if g.fn == handlerFunc {
			g.line("if err := decode(r, &v); err != nil {")
		} else {
			g.line("if err := error(nil); err != nil {")
		}
		g.nest(false, false)
		g.line("}")
	case 28, 29:
		g.switchStmt()
	case 30:
		g.line("for range 3 {")
		g.nest(true, true)
		g.line("}")
	case 31:
		bound := "n"
		if g.fn != handlerFunc {
			bound = "code"
		}
		g.line("for i := 0; i < %s; i++ {", bound)
		g.nest(true, true)
		g.line("}")
	case 32:
		g.line("for _, m := range []string{\"GET\", \"HEAD\"} {")
		g.line("\tw.Header().Add(\"Allow\", m)")
		g.line("}")
	case 33:
		g.line("{")
		g.nest(g.loop, g.breakable)
		g.line("}")
	case 34, 35, 37:
		if g.exec {
			g.line("_ = 3")
			break
		}
		switch choice {
		case 34:
			g.line("defer w.WriteHeader(%s)", g.status())
		case 35:
			g.line("defer func(code int, msg string) {")
			g.closureBody()
			g.line("}(%s, %q)", g.status(), "closure")
		case 37:
			g.line("go func(code int, msg string) {")
			g.closureBody()
			g.line("}(%s, %q)", g.status(), "closure")
		}
	case 36:
		g.line("func(code int, msg string) {")
		g.closureBody()
		g.line("}(%s, %q)", g.status(), "closure")
	case 38:
		if g.fn != handlerFunc {
			g.line("_ = 2")
			break
		}
		g.line("if r.Method != http.MethodPost {")
		g.line("\tw.Header().Set(\"Allow\", \"POST\")")
		g.line("\tw.WriteHeader(%s)", g.status())
		g.line("\t%s", g.ret())
		g.line("}")
	case 39:
		if (g.gin || g.echo) && g.decl == handlerFunc {
			g.line("_ = 4") // w is gin's or echo's writer
			break
		}
		// The writer itself replaced: everything after is a new response.
		g.line("w = struct{ http.ResponseWriter }{w}")
	case 40:
		// A type switch on the error.
		g.line("switch err.(type) {")
		g.clauses([]string{"nil", "*json.SyntaxError", "interface{ Unwrap() error }"})
	case 41:
		// A select: the model cannot tell which case runs (at run time,
		// the one on the closed channel).
		g.line("select {")
		g.line("case <-never:")
		g.nest(g.loop, true)
		g.line("case <-closed:")
		g.nest(g.loop, true)
		g.line("}")
	case 42:
		// A labelled loop: break and continue may name it from inside.
		l := fmt.Sprintf("O%d", g.outerN)
		g.outerN++
		g.line("\x00%s\x00", l) // the label, if a break or continue names it
		g.line("for i := range 2 {")
		g.line("	_ = i")
		g.outer = append(g.outer, l)
		g.nest(true, true)
		g.outer = g.outer[:len(g.outer)-1]
		g.line("}")
	}
	return false
}

// ret is a return statement for the function being written: echo's and
// fiber's handlers return an error.
func (g *gen) ret() string {
	if (g.echo || g.fiber) && g.fn == handlerFunc {
		return "return nil"
	}
	return "return"
}

// rewriteLast replaces the last line, which used r or v, by one a helper or
// closure can write: they have no request.
func (g *gen) rewriteLast() {
	s := g.out.String()
	last := strings.LastIndex(strings.TrimSuffix(s, "\n"), "\n")
	line := s[last+1:]
	if !strings.Contains(line, "r.") && !strings.Contains(line, "(r,") && !strings.Contains(line, "v.") &&
		!strings.Contains(line, "&v") && !strings.Contains(line, "n, err") {
		return
	}
	g.out.Reset()
	g.out.WriteString(s[:last+1])
	g.line("err = ErrNotFound")
}

// nest generates a nested block with the given loop and break context.
func (g *gen) nest(loop, breakable bool) {
	l, b := g.loop, g.breakable
	g.loop, g.breakable = loop, breakable
	g.indent++
	g.block(3, false)
	g.indent--
	g.loop, g.breakable = l, b
}

// cond returns an if condition: error tests, method tests, plain booleans.
func (g *gen) cond() string {
	conds := []string{
		"err != nil", "err == nil", "errors.Is(err, ErrNotFound)", "!errors.Is(err, ErrDuplicate)",
		"err == ErrDuplicate", "r.Method != http.MethodPost", "n > 0", "v.Name == \"\"",
	}
	c := conds[g.choose(len(conds))]
	if g.fn != handlerFunc && (strings.Contains(c, "r.") || strings.Contains(c, "n >") || strings.Contains(c, "v.")) {
		return "code >= 400"
	}
	if g.fiber {
		c = strings.Replace(c, "r.Method", "c.Method()", 1)
	}
	return c
}

func (g *gen) switchStmt() {
	var cases []string
	switch g.choose(3) {
	case 0:
		g.line("switch {")
		cases = []string{"errors.Is(err, ErrNotFound)", "errors.Is(err, ErrDuplicate)", "err != nil"}
	case 1:
		g.line("switch err {")
		cases = []string{"nil", "ErrNotFound", "ErrDuplicate"}
	case 2:
		if g.fn == handlerFunc && g.fiber {
			g.line("switch c.Method() {")
			cases = []string{"http.MethodGet", "http.MethodPost", "http.MethodDelete"}
		} else if g.fn == handlerFunc {
			g.line("switch r.Method {")
			cases = []string{"http.MethodGet", "http.MethodPost", "http.MethodDelete"}
		} else {
			g.line("switch code {")
			cases = []string{"400", "401", "500"}
		}
	}
	g.clauses(cases)
}

// clauses writes some of the cases, maybe a default, and the closing brace
// of a switch.
func (g *gen) clauses(cases []string) {
	for _, c := range cases {
		if g.choose(3) != 0 {
			g.line("case %s:", c)
			g.nest(g.loop, true)
		}
	}
	if g.choose(2) == 1 {
		g.line("default:")
		g.nest(g.loop, true)
	}
	g.line("}")
}

// fiberErrors are fiber v2's predeclared errors a handler returns.
var fiberErrors = []string{
	"ErrBadRequest", "ErrUnauthorized", "ErrForbidden", "ErrNotFound", "ErrMethodNotAllowed",
	"ErrConflict", "ErrRequestEntityTooLarge", "ErrUnprocessableEntity", "ErrTooManyRequests",
	"ErrInternalServerError", "ErrServiceUnavailable",
}

// fiberStmt writes the fiber form of the statements that act on the
// response or read the request, through c in the handler, the helper and
// closures alike. done is false for the statements the dialects share
// (control flow); ends says no path falls through the statement.
func (g *gen) fiberStmt(choice int) (done, ends bool) {
	handler := g.fn == handlerFunc // a return ends the handler with an error
	switch choice {
	// Headers.
	case 0:
		g.line("c.Set(%s, \"v\")", g.header())
	case 1:
		g.line("c.Append(%s, \"v\")", g.header())
	case 2:
		switch g.choose(4) {
		case 0:
			g.line("c.Type(\"json\")")
		case 1:
			g.line("c.Location(\"/items\")")
		case 2:
			g.line("c.Vary(\"Origin\")")
		case 3:
			g.line("c.Cookie(&fiber.Cookie{Name: \"s\"})")
		}
	case 3:
		g.line("c.Status(%s).Set(%s, \"v\")", g.status(), g.header())
	case 4:
		// The fasthttp response underneath: the model cannot follow it.
		g.line("c.Response().Header.Del(%s)", g.header())

	// Status.
	case 5:
		g.line("c.Status(%s)", g.status())
	case 6:
		if handler {
			g.line("status = %s", g.status())
		} else {
			g.line("code = %s", g.status())
		}

	// Bodies.
	case 7:
		switch g.choose(3) {
		case 0:
			g.line("c.Write([]byte(%s))", g.message())
		case 1:
			g.line("c.WriteString(%s)", g.message())
		case 2:
			g.line("c.Send([]byte(%s))", g.message())
		}
	case 8:
		if g.choose(2) == 0 {
			g.line("fmt.Fprintf(c, \"%%s\", %s)", g.message())
		} else {
			g.line("c.Writef(\"%%s\", %s)", g.message())
		}
	case 9:
		switch g.choose(3) {
		case 0:
			g.line("c.JSON(fiber.Map{\"error\": %s})", g.message())
		case 1:
			g.line("c.JSON(map[string]any{\"success\": false})")
		case 2:
			if handler {
				g.line("enc = json.NewEncoder(c)")
				g.line("enc.Encode(v)")
			} else {
				g.line("io.WriteString(c, msg)")
			}
		}
	case 10:
		if g.choose(2) == 0 {
			g.line("c.Status(%s).SendString(%s)", g.status(), g.message())
		} else {
			g.line("c.Status(%s).JSON(fiber.Map{\"error\": %s})", g.status(), g.message())
		}
	case 11:
		g.line("c.SendStatus(%s)", g.status())
	case 12:
		// What a handler returns: an error for fiber's default error
		// handler (the status of a *fiber.Error), or the result of a write.
		// Not an error of another kind (return err): the error handler
		// answers it with 500 unless it wraps a *fiber.Error, as
		// c.BodyParser's may, and the model does not follow an error's
		// value to the status it carries.
		switch k := g.choose(7); {
		case k == 0 && handler:
			g.line("return fiber.NewError(%s, %s)", g.status(), g.message())
			return true, true
		case k == 1 && handler:
			g.line("return fiber.%s", fiberErrors[g.choose(len(fiberErrors))])
			return true, true
		case k == 2 && handler:
			g.line("return &fiber.Error{Code: %s, Message: %s}", g.status(), g.message())
			return true, true
		case k == 3 && handler:
			g.line("return c.SendStatus(%s)", g.status())
			return true, true
		case k == 4 && handler:
			g.line("return c.Status(%s).JSON(fiber.Map{\"error\": %s})", g.status(), g.message())
			return true, true
		case k == 5:
			g.line("c.Redirect(\"/items\", %s)", g.status())
		default:
			g.line("c.Redirect(\"/items\")")
		}
	case 13:
		// Empty bodies: fasthttp has none, and c.SendStatus then writes its own.
		if g.choose(2) == 0 {
			g.line("c.Send(nil)")
		} else {
			g.line("c.SendString(\"\")")
		}
	case 14:
		if handler && g.choose(2) == 0 {
			g.line("_ = c.Next()") // no handler follows: it returns a 404 error, dropped
		} else {
			g.line("io.Copy(c, strings.NewReader(\"data\"))")
		}

	// Calls to helpers and closures.
	case 15:
		if g.exec && g.decl == helperFunc {
			g.line("c.Status(%s).SendString(%s)", g.status(), g.message()) // Respond calling itself would not end
			break
		}
		g.line("Respond(c, %s, %s)", g.status(), g.message())
	case 16:
		if handler {
			g.line("writeErr(%s, %s)", g.status(), g.message())
		} else {
			g.line("c.Write(nil)")
		}

	// Errors.
	case 17:
		switch g.choose(8) {
		case 0:
			g.line("err = c.BodyParser(&v)")
		case 1:
			g.line("n, err = strconv.Atoi(c.Query(\"id\"))")
		case 2:
			g.line("err = c.QueryParser(&v)")
		case 3:
			g.line("err = ErrNotFound")
		case 4:
			g.line("err = ErrDuplicate")
		case 5:
			g.line("err = fmt.Errorf(\"wrap: %%w\", err)")
		case 6:
			g.line("err = v.Validate()")
		case 7:
			g.line("err = nil")
		}
		if !handler {
			g.rewriteLast()
		}

	case 27:
		if !handler {
			return false, false
		}
		g.line("if err := c.BodyParser(&v); err != nil {")
		g.nest(false, false)
		g.line("}")
	case 32:
		g.line("for _, m := range []string{\"GET\", \"HEAD\"} {")
		g.line("\tc.Append(\"Allow\", m)")
		g.line("}")
	case 38:
		if !handler {
			g.line("_ = 2")
			break
		}
		g.line("if c.Method() != http.MethodPost {")
		g.line("\tc.Set(\"Allow\", \"POST\")")
		if g.choose(2) == 0 {
			g.line("\treturn c.SendStatus(%s)", g.status())
		} else {
			g.line("\tc.Status(%s)", g.status())
			g.line("\treturn nil")
		}
		g.line("}")
	case 39:
		g.line("_ = 4") // no writer to replace
	default:
		return false, false
	}
	return true, false
}
