// Package gen writes synthetic Go modules for statuslint's scale benchmarks:
// many handler packages written the way real services write them, and one
// pathological handler for the dataflow's worst case.
//
// The handlers use net/http and a local stand-in for chi (a module
// github.com/go-chi/chi/v5 replaced by a directory inside the generated
// module), so a generated module builds with no network and no module
// cache. gin, echo and fiber are left out: their stubs live only in
// testdata, and the response model's cost per handler does not depend on
// which adapter table a call is found in.
package gen

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
)

// ModulePath is the module path of every generated module.
const ModulePath = "example.com/synth"

// PerPackage is how many handlers one generated package holds (real
// services keep tens of handlers in a package, not thousands), so the
// number of packages grows with the number of handlers.
const PerPackage = 50

// perFile is how many handlers one file holds.
const perFile = 10

// Styles is the number of handler shapes Module cycles through.
const Styles = 10

// Module writes a module of n handlers under dir: shared helper packages
// (respond, decode, store) and ceil(n/PerPackage) handler packages under
// api/, each with a route table. It returns the import paths of the
// handler packages.
func Module(dir string, n int) ([]string, error) {
	if err := writeCommon(dir); err != nil {
		return nil, err
	}
	var pkgs []string
	for p := 0; p*PerPackage < n; p++ {
		name := fmt.Sprintf("p%04d", p)
		count := min(PerPackage, n-p*PerPackage)
		if err := writePackage(filepath.Join(dir, "api", name), name, count); err != nil {
			return nil, err
		}
		pkgs = append(pkgs, ModulePath+"/api/"+name)
	}
	return pkgs, nil
}

// HelperPackages are the import paths of the packages every handler
// package imports; analysing them alone is the fixed cost a module pays
// before its first handler.
var HelperPackages = []string{ModulePath + "/respond", ModulePath + "/decode", ModulePath + "/store"}

// writeCommon writes go.mod, the helper packages and the chi stand-in.
func writeCommon(dir string) error {
	gomod := "module " + ModulePath + "\n\ngo 1.26\n\n" +
		"require github.com/go-chi/chi/v5 v5.0.0\n\n" +
		"replace github.com/go-chi/chi/v5 => ./third_party/chi\n"
	files := map[string]string{
		"go.mod":                 gomod,
		"third_party/chi/go.mod": "module github.com/go-chi/chi/v5\n\ngo 1.26\n",
		"third_party/chi/chi.go": chiSrc,
		"respond/respond.go":     respondSrc,
		"decode/decode.go":       decodeSrc,
		"store/store.go":         storeSrc,
	}
	for name, src := range files {
		if err := write(filepath.Join(dir, name), []byte(src)); err != nil {
			return err
		}
	}
	return nil
}

// write creates path's directory and writes data, gofmt'ed when it is Go.
func write(path string, data []byte) error {
	if filepath.Ext(path) == ".go" {
		src, err := format.Source(data)
		if err != nil {
			return fmt.Errorf("gen: %s: %v", path, err)
		}
		data = src
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// writePackage writes one handler package of count handlers.
func writePackage(dir, name string, count int) error {
	var routes bytes.Buffer
	for f := 0; f*perFile < count; f++ {
		var b bytes.Buffer
		fmt.Fprintf(&b, "package %s\n\n%s\n", name, handlerImports)
		for i := f * perFile; i < min(count, (f+1)*perFile); i++ {
			handler(&b, &routes, i)
		}
		if err := write(filepath.Join(dir, fmt.Sprintf("h%02d.go", f)), b.Bytes()); err != nil {
			return err
		}
	}
	server := fmt.Sprintf(serverSrc, name, routes.String())
	return write(filepath.Join(dir, "server.go"), []byte(server))
}

const handlerImports = `import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"example.com/synth/decode"
	"example.com/synth/respond"
	"example.com/synth/store"
	"github.com/go-chi/chi/v5"
)

var (
	_ = chi.URLParam
	_ = errors.Is
	_ = fmt.Sprint
	_ = strconv.Itoa
	_ = decode.JSON
	_ = respond.JSON
	_ = store.ErrNotFound
)
`

// handler writes handler i in style i%Styles and its route registration.
// Every seventh handler carries a mistake statuslint reports, as real code
// does now and then, so the benchmarks include the reporting path.
func handler(b, routes *bytes.Buffer, i int) {
	bad := i%7 == 3
	pick := func(good, wrong string) string {
		if bad {
			return wrong
		}
		return good
	}
	switch i % Styles {
	case 0: // decode helper, validation, respond helpers
		fmt.Fprintf(routes, "\tmux.HandleFunc(\"POST /items%d\", s.create%d)\n", i, i)
		fmt.Fprintf(b, `func (s *Server) create%d(w http.ResponseWriter, r *http.Request) {
	var req itemRequest
	if err := decode.JSON(r, &req); err != nil {
		respond.Error(w, %s, err.Error())
		return
	}
	if err := req.Validate(); err != nil {
		respond.Error(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	item := store.Item{ID: req.ID, Name: req.Name, Price: req.Price}
	if err := s.store.Create(item); err != nil {
		switch {
		case errors.Is(err, store.ErrDuplicate):
			respond.Error(w, http.StatusConflict, "item already exists")
		default:
			respond.Error(w, http.StatusInternalServerError, "internal error")
		}
		return
	}
	w.Header().Set("Location", "/items/"+item.ID)
	respond.JSON(w, http.StatusCreated, item)
}

`, i, pick("http.StatusBadRequest", "http.StatusInternalServerError"))
	case 1: // lookup, errors.Is then generic error
		fmt.Fprintf(routes, "\tmux.HandleFunc(\"GET /items%d/{id}\", s.get%d)\n", i, i)
		fmt.Fprintf(b, `func (s *Server) get%d(w http.ResponseWriter, r *http.Request) {
	item, err := s.store.Item(r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		respond.Error(w, http.StatusNotFound, "no such item")
		return
	}
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	respond.JSON(w, http.StatusOK, item)
}

`, i)
	case 2: // status in a variable, written once
		fmt.Fprintf(routes, "\tmux.HandleFunc(\"PUT /items%d/{id}\", s.put%d)\n", i, i)
		fmt.Fprintf(b, `func (s *Server) put%d(w http.ResponseWriter, r *http.Request) {
	var req itemRequest
	status := http.StatusOK
	body := map[string]any{"ok": true}
	err := decode.JSON(r, &req)
	if err != nil {
		status = %s
		body = map[string]any{"error": err.Error()}
	} else if err := s.store.Update(store.Item{ID: r.PathValue("id"), Name: req.Name}); err != nil {
		status = http.StatusInternalServerError
		body = map[string]any{"error": "internal error"}
	}
	respond.JSON(w, status, body)
}

`, i, pick("http.StatusBadRequest", "http.StatusInternalServerError"))
	case 3: // local closure writing the error
		fmt.Fprintf(routes, "\tmux.HandleFunc(\"DELETE /items%d/{id}\", s.del%d)\n", i, i)
		fmt.Fprintf(b, `func (s *Server) del%d(w http.ResponseWriter, r *http.Request) {
	fail := func(code int, msg string) {
		http.Error(w, msg, code)
	}
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		fail(%s, "bad id")
		return
	}
	if err := s.store.Delete(strconv.Itoa(id)); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			fail(http.StatusNotFound, "no such item")
			return
		}
		fail(http.StatusInternalServerError, "internal error")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

`, i, pick("http.StatusBadRequest", "http.StatusInternalServerError"))
	case 4: // method check by hand, Allow header
		fmt.Fprintf(routes, "\tmux.HandleFunc(\"/reindex%d\", s.reindex%d)\n", i, i)
		fmt.Fprintf(b, `func (s *Server) reindex%d(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		%sw.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	n := len(s.store.Items())
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "reindexed %%d items\n", n)
}

`, i, pick(`w.Header().Set("Allow", http.MethodPost)
		`, ""))
	case 5: // constructor returning a closure; auth helper
		fmt.Fprintf(routes, "\tmux.HandleFunc(\"POST /users%d\", NewCreateUser%d(s.store, s.token))\n", i, i)
		fmt.Fprintf(b, `// NewCreateUser%d returns the handler that creates users.
func NewCreateUser%d(st *store.Store, token string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token {
			%s
			return
		}
		var u store.User
		if err := decode.JSON(r, &u); err != nil {
			respond.Error(w, http.StatusBadRequest, err.Error())
			return
		}
		if err := st.CreateUser(u); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				respond.Error(w, http.StatusConflict, "user exists")
				return
			}
			respond.Error(w, http.StatusInternalServerError, "internal error")
			return
		}
		respond.JSON(w, http.StatusCreated, u)
	}
}

`, i, i, pick(`respond.Unauthorized(w, "users")`, `respond.Error(w, http.StatusUnauthorized, "no token")`))
	case 6: // chi route, switch on the error's type with errors.As
		fmt.Fprintf(routes, "\tr.Get(\"/orders%d/{id}\", s.order%d)\n", i, i)
		fmt.Fprintf(b, `func (s *Server) order%d(w http.ResponseWriter, r *http.Request) {
	item, err := s.store.Item(chi.URLParam(r, "id"))
	var nf *store.NotFoundError
	switch {
	case err == nil:
	case errors.As(err, &nf):
		respond.Error(w, http.StatusNotFound, nf.Error())
		return
	case errors.Is(err, store.ErrDuplicate):
		respond.Error(w, http.StatusConflict, "conflict")
		return
	default:
		respond.Error(w, http.StatusInternalServerError, "internal error")
		return
	}
	respond.JSON(w, http.StatusOK, item)
}

`, i)
	case 7: // switch on the error value, direct writes
		fmt.Fprintf(routes, "\tr.Post(\"/carts%d\", s.cart%d)\n", i, i)
		fmt.Fprintf(b, `func (s *Server) cart%d(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	qty, err := strconv.Atoi(r.FormValue("qty"))
	if err != nil {
		http.Error(w, "bad qty", http.StatusBadRequest)
		return
	}
	err = s.store.Reserve(r.FormValue("id"), qty)
	switch err {
	case nil:
	case store.ErrNotFound:
		http.Error(w, "no such item", http.StatusNotFound)
		return
	case store.ErrDuplicate:
		http.Error(w, "already reserved", %s)
		return
	default:
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "{\"reserved\": %%d}", qty)
}

`, i, pick("http.StatusConflict", "http.StatusBadRequest"))
	case 8: // method value on a handler type, header after write on bad paths
		fmt.Fprintf(routes, "\tmux.Handle(\"GET /report%d\", report%d{st: s.store})\n", i, i)
		fmt.Fprintf(b, `type report%d struct{ st *store.Store }

func (h report%d) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	items := h.st.Items()
	if len(items) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	%s
	w.WriteHeader(http.StatusOK)
	%s
	for _, it := range items {
		fmt.Fprintf(w, "%%s,%%d\n", it.ID, it.Price)
	}
}

`, i, i, pick(`w.Header().Set("Content-Type", "text/csv")`, ""), pick("", `w.Header().Set("Content-Type", "text/csv")`))
	case 9: // unexported helper in the package with its own summary
		fmt.Fprintf(routes, "\tmux.HandleFunc(\"GET /login%d\", s.login%d)\n", i, i)
		fmt.Fprintf(b, `func deny%d(w http.ResponseWriter, reason string) {
	%s
	respond.Error(w, http.StatusUnauthorized, reason)
}

func (s *Server) login%d(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok {
		deny%d(w, "credentials required")
		return
	}
	if err := s.store.Check(user, pass); err != nil {
		deny%d(w, err.Error())
		return
	}
	respond.JSON(w, http.StatusOK, map[string]string{"user": user})
}

`, i, pick(`w.Header().Set("WWW-Authenticate", `+"`Basic realm=\"api\"`"+`)`, ""), i, i, i)
	}
}

const serverSrc = `package %s

import (
	"errors"
	"net/http"
	"strings"

	"example.com/synth/store"
	"github.com/go-chi/chi/v5"
)

// Server serves this package's endpoints.
type Server struct {
	store *store.Store
	token string
}

type itemRequest struct {
	ID    string ` + "`json:\"id\"`" + `
	Name  string ` + "`json:\"name\"`" + `
	Price int    ` + "`json:\"price\"`" + `
}

// Validate checks the values of a request that decoded fine.
func (req itemRequest) Validate() error {
	switch {
	case strings.TrimSpace(req.ID) == "":
		return errors.New("id is required")
	case req.Price <= 0:
		return errors.New("price must be positive")
	}
	return nil
}

// Routes registers every handler of the package.
func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	r := chi.NewRouter()
	mux.Handle("/v2/", r)
%s	return mux
}
`

const chiSrc = `// Package chi stands in for github.com/go-chi/chi/v5 with the methods the
// synthetic handlers use, with the real signatures.
package chi

import "net/http"

type Mux struct{ h map[string]http.HandlerFunc }

func NewRouter() *Mux { return &Mux{h: map[string]http.HandlerFunc{}} }

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)    { mx.h["GET "+pattern] = handlerFn }
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)   { mx.h["POST "+pattern] = handlerFn }
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc) { mx.h["DELETE "+pattern] = handlerFn }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h, ok := mx.h[r.Method+" "+r.URL.Path]; ok {
		h(w, r)
		return
	}
	http.NotFound(w, r)
}

func URLParam(r *http.Request, key string) string { return r.PathValue(key) }
`

const respondSrc = `// Package respond writes JSON responses.
package respond

import (
	"encoding/json"
	"log"
	"net/http"
)

// JSON writes v as a JSON body with the given status.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("respond: encode: %v", err)
	}
}

// Error writes {"error": msg} with the given status.
func Error(w http.ResponseWriter, status int, msg string) {
	JSON(w, status, map[string]string{"error": msg})
}

// Unauthorized writes a 401 that tells the client to send a bearer token.
func Unauthorized(w http.ResponseWriter, realm string) {
	w.Header().Set("WWW-Authenticate", ` + "`Bearer realm=\"`+realm+`\"`" + `)
	Error(w, http.StatusUnauthorized, "missing or invalid token")
}
`

const decodeSrc = `// Package decode reads request bodies.
package decode

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// JSON decodes the request body into v.
func JSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("decode request body: %w", err)
	}
	return nil
}
`

const storeSrc = `// Package store is the storage behind the synthetic handlers.
package store

import (
	"errors"
	"sync"
)

var (
	ErrNotFound  = errors.New("store: not found")
	ErrDuplicate = errors.New("store: duplicate")
)

// NotFoundError names what was missing.
type NotFoundError struct{ ID string }

func (e *NotFoundError) Error() string { return "not found: " + e.ID }

type Item struct {
	ID    string ` + "`json:\"id\"`" + `
	Name  string ` + "`json:\"name\"`" + `
	Price int    ` + "`json:\"price\"`" + `
}

type User struct {
	Email string ` + "`json:\"email\"`" + `
	Name  string ` + "`json:\"name\"`" + `
}

type Store struct {
	mu    sync.Mutex
	items map[string]Item
	users map[string]User
	held  map[string]int
}

func New() *Store {
	return &Store{items: map[string]Item{}, users: map[string]User{}, held: map[string]int{}}
}

func (s *Store) Items() []Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Item
	for _, it := range s.items {
		out = append(out, it)
	}
	return out
}

func (s *Store) Item(id string) (Item, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.items[id]
	if !ok {
		return Item{}, &NotFoundError{ID: id}
	}
	return it, nil
}

func (s *Store) Create(it Item) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[it.ID]; ok {
		return ErrDuplicate
	}
	s.items[it.ID] = it
	return nil
}

func (s *Store) Update(it Item) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[it.ID]; !ok {
		return ErrNotFound
	}
	s.items[it.ID] = it
	return nil
}

func (s *Store) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[id]; !ok {
		return ErrNotFound
	}
	delete(s.items, id)
	return nil
}

func (s *Store) CreateUser(u User) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.users[u.Email]; ok {
		return ErrDuplicate
	}
	s.users[u.Email] = u
	return nil
}

func (s *Store) Reserve(id string, qty int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[id]; !ok {
		return ErrNotFound
	}
	if s.held[id] > 0 {
		return ErrDuplicate
	}
	s.held[id] = qty
	return nil
}

func (s *Store) Check(user, pass string) error {
	if user == "" || pass == "" {
		return errors.New("bad credentials")
	}
	return nil
}
`
