package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden inventories of testdata/src/routes")

// fixtureInventory loads the packages testdata/src/<pattern> in GOPATH
// mode, as analysistest does, and returns their inventory with paths
// relative to testdata/src.
func fixtureInventory(t *testing.T, pkg string) *inventory {
	t.Helper()
	src, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "src"))
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  src,
		Env:  append(os.Environ(), "GOPATH="+filepath.Dir(src), "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, pkg)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Fatalf("%s: %v", p.PkgPath, e)
		}
	})
	graph, err := checker.Analyze([]*analysis.Analyzer{response.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	inv, errs := buildInventory(graph, src)
	for _, err := range errs {
		t.Error(err)
	}
	return inv
}

// TestRoutesGolden: the inventory of each router's fixture, as JSON, is
// testdata/src/routes/<router>/routes.golden.json (-update rewrites them).
func TestRoutesGolden(t *testing.T) {
	all := fixtureInventory(t, "routes/...")
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "src", "routes", "*"))
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			inv := &inventory{Routes: []*invRoute{}}
			for _, r := range all.Routes {
				if strings.HasPrefix(r.File, "routes/"+name+"/") {
					inv.Routes = append(inv.Routes, r)
				}
			}
			var got bytes.Buffer
			if err := writeInventory("json", &got, inv); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join(dir, "routes.golden.json")
			if *updateGolden {
				if err := os.WriteFile(golden, got.Bytes(), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("inventory of %s differs from %s (go test -run TestRoutesGolden -update rewrites it):\n%s", name, golden, got.String())
			}
			// The document is what the issue promised consumers.
			var doc struct {
				Routes []struct {
					Method, Path, Handler, File string
					Line                        int
					Statuses                    []map[string]any
				}
			}
			if err := json.Unmarshal(got.Bytes(), &doc); err != nil || len(doc.Routes) == 0 {
				t.Fatalf("bad document (%v): %s", err, got.String())
			}
			for _, r := range doc.Routes {
				for _, s := range r.Statuses {
					for _, k := range []string{"code", "file", "line", "kind"} {
						if _, ok := s[k]; !ok {
							t.Errorf("%s %s: status without %q", r.Method, r.Path, k)
						}
					}
				}
				if strings.TrimSpace(r.Handler) == "" {
					t.Errorf("%s %s: no handler", r.Method, r.Path)
				}
			}
		})
	}
}

// TestOpenAPIDrift: every kind of drift -openapi reports, at the code's
// position or the spec's; the ranges, default responses and the servers'
// base path are honoured; Swagger 2.0's basePath, path items by $ref and
// JSON's columns are read.
func TestOpenAPIDrift(t *testing.T) {
	all := fixtureInventory(t, "openapi/...")
	src, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "src"))
	const undeclared = "; add a 404 response (or a 4XX or default one) to the operation, or send a status it declares"
	for _, tc := range []struct {
		pkg, spec string
		want      []string // file:line:col: category: message prefix [the operation's file:line:col]
	}{
		{"drift", "openapi.yaml", []string{
			"openapi/drift/app.go:23:2: undocumented-route: route PUT /v1/items/:id is not in openapi.yaml; document the operation, or remove the route",
			"openapi/drift/app.go:33:3: undeclared-status: GET /v1/items/:id sends 500, which openapi.yaml does not declare for getItem; add a 500 response (or a 5XX or default one) to the operation, or send a status it declares [openapi/drift/openapi.yaml:9:5]",
			"openapi/drift/openapi.yaml:30:5: missing-route: operation listOrphans (GET /orphans) has no route in the packages analyzed; register a handler for it, or remove it from openapi.yaml",
		}},
		{"clean", "openapi.json", nil},
		// Columns count characters, as YAML's do: Größe is 5.
		{"json", "openapi.json", []string{
			"openapi/json/app.go:19:3: undeclared-status: GET /v1/items/:id sends 404, which openapi.json does not declare for getItem" + undeclared + " [openapi/json/openapi.json:7:45]",
			"openapi/json/openapi.json:8:7: missing-route: operation deleteItem (DELETE /items/{id}) has no route in the packages analyzed; register a handler for it, or remove it from openapi.json",
		}},
		// The routes are under basePath; 201: and 400:, YAML integers,
		// declare createItem's statuses.
		{"swagger", "swagger.yaml", []string{
			"openapi/swagger/app.go:22:3: undeclared-status: GET /api/v2/items/:id sends 404, which swagger.yaml does not declare for getItem" + undeclared + " [openapi/swagger/swagger.yaml:16:9]",
			"openapi/swagger/swagger.yaml:21:9: missing-route: operation DELETE /items/{id} has no route in the packages analyzed; register a handler for it, or remove it from swagger.yaml",
		}},
		// An operation of a file a $ref names is at its place in that
		// file; the delete written beside a $ref replaces the one it names.
		{"refs", "openapi.yaml", []string{
			"openapi/refs/app.go:26:3: undeclared-status: GET /v1/items/:id sends 404, which openapi.yaml does not declare for getItem" + undeclared + " [openapi/refs/paths/items.yaml:10:3]",
			"openapi/refs/app.go:34:3: undeclared-status: DELETE /v1/items/:id sends 423, which openapi.yaml does not declare for deleteItem; add a 423 response (or a 4XX or default one) to the operation, or send a status it declares [openapi/refs/openapi.yaml:10:5]",
			"openapi/refs/openapi.yaml:19:7: missing-route: operation listOrders (GET /orders) has no route in the packages analyzed; register a handler for it, or remove it from openapi.yaml",
			"openapi/refs/paths/items.yaml:5:1: missing-route: operation createItem (POST /items) has no route in the packages analyzed; register a handler for it, or remove it from openapi.yaml",
		}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			inv := &inventory{}
			for _, r := range all.Routes {
				if strings.HasPrefix(r.File, "openapi/"+tc.pkg+"/") {
					inv.Routes = append(inv.Routes, r)
				}
			}
			doc, err := loadSpec(filepath.Join(src, "openapi", tc.pkg, tc.spec))
			if err != nil {
				t.Fatal(err)
			}
			findings := specDrift(doc, inv)
			at := func(pos token.Position) string {
				rel, _ := filepath.Rel(src, pos.Filename)
				return fmt.Sprintf("%s:%d:%d", filepath.ToSlash(rel), pos.Line, pos.Column)
			}
			var got []string
			for _, f := range findings {
				s := fmt.Sprintf("%s: %s: %s", at(f.Pos), f.Category, f.Message)
				for _, r := range f.Related {
					s += " [" + at(r.Pos) + "]"
				}
				got = append(got, s)
				if f.Rule != "openapi" {
					t.Errorf("rule %q, want openapi", f.Rule)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestLoadSpec: what the reader takes of a document, and where.
func TestLoadSpec(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string // a.yaml (or a.json) is the document
		want  []string          // the servers, then METHOD path id [responses] file:line:col
	}{
		{"merges and aliases", map[string]string{"a.yaml": `openapi: 3.0.3
info: {title: t, version: "1"}
servers:
  - url: https://api.example.com/v1/
  - url: /v1
x-common: &common
  get:
    operationId: listItems
    responses:
      "200": {description: ok}
      4XX: {description: client}
      x-note: not a response
paths:
  /items:
    <<: *common
    post: &create
      operationId: createItem
      responses: ~
    put: ~
  /things:
    post: *create
  x-internal:
    get: {operationId: hidden}
`}, []string{
			"servers [https://api.example.com/v1/ /v1]",
			"GET /items listItems [200 4XX] a.yaml:7:3",
			"POST /items createItem [] a.yaml:16:5",
			"POST /things createItem [] a.yaml:21:5",
		}},
		{"3.2", map[string]string{"a.yaml": `openapi: 3.2.0
info: {title: t, version: "1"}
paths:
  /search:
    query: {operationId: search}
    additionalOperations:
      COPY: {operationId: copy}
      query: {operationId: shadowed}
`}, []string{
			"servers []",
			"QUERY /search search [] a.yaml:5:5",
			"COPY /search copy [] a.yaml:7:7",
		}},
		{"swagger", map[string]string{"a.yaml": `swagger: "2.0"
info: {title: t, version: "1"}
host: api.example.com
basePath: v1
paths:
  /items:
    get:
      responses:
        200: {description: ok}
        default: {description: error}
    trace: {operationId: notSwagger}
`}, []string{
			"servers [/v1]",
			"GET /items  [200 default] a.yaml:7:5",
		}},
		// YAML cannot read a surrogate pair escape; of a key written
		// twice, JSON keeps the last; columns count characters.
		{"json", map[string]string{"a.json": `{
  "openapi": "3.1.0",
  "info": {"title": "t", "version": "1"},
  "paths": {
    "/items": {"summary": "☕ \ud83d\ude00", "get": {"operationId": "old", "operationId": "listItems", "responses": {"200": {}}}}
  }
}
`}, []string{
			"servers []",
			"GET /items listItems [200] a.json:5:45",
		}},
		{"refs", map[string]string{"a.yaml": `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    $ref: "#/paths/~1b"
  /b:
    $ref: "#/x-items/0"
  /c:
    $ref: ext/c.yaml
    get: {operationId: ownGet}
  /d:
    $ref: "ext/c.yaml#/x-d"
x-items:
  - post: {operationId: createB}
`, "ext/c.yaml": `get: {operationId: fileGet}
delete: {operationId: deleteC}
x-d:
  $ref: d.yaml
`, "ext/d.yaml": "patch: {operationId: patchD}\n"}, []string{
			"servers []",
			"POST /a createB [] a.yaml:14:5",
			"POST /b createB [] a.yaml:14:5",
			"GET /c ownGet [] a.yaml:10:5",
			"DELETE /c deleteC [] ext/c.yaml:2:1",
			"PATCH /d patchD [] ext/d.yaml:1:1",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := module(t, tc.files)
			main := filepath.Join(dir, "a.yaml")
			if _, ok := tc.files["a.json"]; ok {
				main = filepath.Join(dir, "a.json")
			}
			doc, err := loadSpec(main)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{fmt.Sprintf("servers %v", doc.servers)}
			for _, o := range doc.ops {
				rel, _ := filepath.Rel(dir, o.pos.Filename)
				got = append(got, fmt.Sprintf("%s %s %s %v %s:%d:%d", o.method, o.path, o.id, o.responses, filepath.ToSlash(rel), o.pos.Line, o.pos.Column))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestOpenAPIErrors: a document -openapi cannot read fails the run, before
// the analysis, with an error that says where and why.
func TestOpenAPIErrors(t *testing.T) {
	const head = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\n"
	spec := func(doc string) map[string]string { return map[string]string{"openapi.yaml": doc} }
	for _, tc := range []struct {
		name  string
		files map[string]string // openapi.yaml is the document
		want  string            // DIR is its directory
	}{
		{"missing", map[string]string{}, "open DIR/openapi.yaml: no such file or directory"},
		{"invalid", spec(head + "paths:\n  /a: [1\n"), "yaml: line 5: did not find expected ',' or ']'"},
		{"key twice", spec(head + "paths:\n  /a:\n    get:\n      operationId: a\n      operationId: b\n"),
			`yaml: construct errors: line 7: mapping key "operationId" already defined at line 6`},
		{"empty", spec(""), "the document is empty"},
		{"neither", spec("info: {title: t}\npaths:\n  /a:\n    get: {}\n"),
			`not an OpenAPI 3 or Swagger 2.0 document: it has no "openapi: 3.x" or "swagger: \"2.0\"" at the top`},
		{"not a mapping", spec("- openapi: 3.0.3\n"),
			`not an OpenAPI 3 or Swagger 2.0 document: it has no "openapi: 3.x" or "swagger: \"2.0\"" at the top`},
		{"no paths", spec(head), "the document has no paths"},
		{"only extensions", spec(head + "paths:\n  x-a: {}\n"), "the document has no paths"},
		{"paths", spec(head + "paths: [/a]\n"), "line 3: paths is a sequence, not a mapping"},
		{"path item", spec(head + "paths:\n  /a: 3\n"), "line 4: the path item of /a is a scalar, not a mapping"},
		{"operation", spec(head + "paths:\n  /a:\n    get: [1]\n"), "line 5: operation GET /a is a sequence, not a mapping"},
		{"operationId", spec(head + "paths:\n  /a:\n    get: {operationId: [1]}\n"), "line 5: operationId of GET /a is a sequence, not a string"},
		{"responses", spec(head + "paths:\n  /a:\n    get: {responses: [200]}\n"), "line 5: responses of GET /a is a sequence, not a mapping"},
		{"servers", spec(head + "servers: {url: /v1}\npaths:\n  /a: {}\n"), "line 3: servers is a mapping, not a sequence"},
		{"no such node", spec(head + "paths:\n  /a:\n    $ref: \"#/paths/~1b\"\n"), `line 5: $ref "#/paths/~1b": #/paths has no "/b"`},
		{"no such file", spec(head + "paths:\n  /a:\n    $ref: ext/a.yaml\n"), `line 5: $ref "ext/a.yaml": open DIR/ext/a.yaml: no such file or directory`},
		{"remote", spec(head + "paths:\n  /a:\n    $ref: https://example.com/a.yaml\n"),
			`line 5: $ref "https://example.com/a.yaml": only a file of this machine, or a #/pointer, is read`},
		{"not a pointer", spec(head + "paths:\n  /a:\n    $ref: \"#a\"\n"), `line 5: $ref "#a": the fragment is not a JSON pointer (#/...)`},
		{"cycle", spec(head + "paths:\n  /a:\n    $ref: \"#/x-a\"\nx-a:\n  $ref: \"#/x-b\"\nx-b:\n  $ref: \"#/x-a\"\n"),
			`line 9: $ref "#/x-a": the $refs make a cycle`},
		{"in a file a $ref names", map[string]string{"openapi.yaml": head + "paths:\n  /a:\n    $ref: ext/a.yaml\n", "ext/a.yaml": "get:\n  responses: 200\n"},
			"ext/a.yaml: line 2: responses of GET /a is a scalar, not a mapping"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := module(t, tc.files)
			code, out, errs := statuslint(t, "-openapi=openapi.yaml", "./...")
			want := "statuslint: -openapi=openapi.yaml: " + tc.want + "\n"
			if got := strings.ReplaceAll(errs, dir, "DIR"); code != exitError || out != "" || got != want {
				t.Errorf("exit %d, want %d\n%sgot  %swant %s", code, exitError, out, got, want)
			}
		})
	}
}

func TestTemplatePath(t *testing.T) {
	for in, want := range map[string]string{
		"/items/:id":              "/items/{p}",
		"/items/{id}":             "/items/{p}",
		"/users/{id:[0-9]+}":      "/users/{p}",
		"/files/{path...}":        "/files/{p}",
		"/static/*filepath":       "/static/{p}",
		"/{$}":                    "/",
		"/a/{x:[a-z]{2}}/b/":      "/a/{p}/b",
		"/api/v1/photos/:uid/dl":  "/api/v1/photos/{p}/dl",
		"/api/v1/photos/{uid}/dl": "/api/v1/photos/{p}/dl",
	} {
		if got := templatePath(in); got != want {
			t.Errorf("templatePath(%q) = %q, want %q", in, got, want)
		}
	}
}

const routedApp = `package app

import "net/http"

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", getItem)
	return mux
}

func getItem(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte("{}"))
}
`

const routedSpec = `openapi: 3.0.3
info: {title: app, version: "1"}
paths:
  /items/{id}:
    get:
      responses:
        "200": {description: ok}
`

// TestRoutesCommand: -routes in each format, and -openapi's exit status,
// through the command line.
func TestRoutesCommand(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{"app.go": routedApp, "openapi.yaml": routedSpec})
	code, out, errs := statuslint(t, "-routes", ".")
	want := "METHOD  PATH         HANDLER                  STATUS  KIND     ORIGIN      AT\n" +
		"GET     /items/{id}  app.getItem (app.go:11)  200     success  [implicit]  app.go:16\n" +
		"                                              404     error                app.go:13\n"
	if code != exitClean || out != want {
		t.Errorf("-routes: exit %d\n%s%s\nwant\n%s", code, out, errs, want)
	}
	if _, out, _ := statuslint(t, "-routes", "-format=markdown", "."); !strings.Contains(out, "| GET | `/items/{id}` | `app.getItem` (app.go:11) | 200 (implicit), 404 |") {
		t.Errorf("-routes -format=markdown:\n%s", out)
	}
	if _, out, _ := statuslint(t, "-routes", "-format=json", "."); !strings.Contains(out, `"method": "GET"`) {
		t.Errorf("-routes -format=json:\n%s", out)
	}
	if code, _, errs := statuslint(t, "-format=markdown", "."); code != exitUsage {
		t.Errorf("-format=markdown without -routes: exit %d, want %d\n%s", code, exitUsage, errs)
	}
	code, out, errs = statuslint(t, "-openapi=openapi.yaml", ".")
	if code != exitFindings || !strings.Contains(out, "app.go:13:3: GET /items/{id} sends 404, which openapi.yaml does not declare") {
		t.Errorf("-openapi: exit %d\n%s%s", code, out, errs)
	}
	// Outputs to files, as for findings: each -format, one run.
	code, out, errs = statuslint(t, "-routes", "-format=json=out/routes.json", "-format=markdown=out/routes.md", ".")
	data, _ := os.ReadFile("out/routes.json")
	md, _ := os.ReadFile("out/routes.md")
	if code != exitClean || out != "" || !strings.Contains(string(data), `"method": "GET"`) || !strings.Contains(string(md), "| GET |") {
		t.Errorf("-routes -format=json=FILE -format=markdown=FILE: exit %d, stdout %q\n%s\nroutes.json:\n%s\nroutes.md:\n%s", code, out, errs, data, md)
	}
	if code, _, errs := statuslint(t, "-routes", "-format=sarif=out/routes.sarif", "."); code != exitUsage {
		t.Errorf("-routes -format=sarif=FILE: exit %d, want %d\n%s", code, exitUsage, errs)
	}
	code, out, errs = statuslint(t, "-openapi=openapi.yaml", "-format=sarif=out/drift.sarif", "-format=json", ".")
	sarif, _ := os.ReadFile("out/drift.sarif")
	if code != exitFindings || !strings.Contains(out, `"message": "GET /items/{id} sends 404`) || !strings.Contains(string(sarif), "GET /items/{id} sends 404") {
		t.Errorf("-openapi -format=sarif=FILE -format=json: exit %d\n%s%s\ndrift.sarif:\n%s", code, out, errs, sarif)
	}
}

// TestMatchOps: how a route finds the operations that document it.
func TestMatchOps(t *testing.T) {
	op := func(path string) *specOp {
		return &specOp{method: "GET", path: path, tmpl: templatePath(path), names: paramNames(path)}
	}
	for _, tc := range []struct {
		route    string
		relative bool
		spec     string
		want     string // exact, loose, weak or none
	}{
		{"/albums/:uid", false, "/albums/{uid}", "exact"},
		{"/albums/:uid", false, "/albums/{id}", "exact"}, // names differ, the whole path agrees
		{"/albums/:uid", true, "/api/v1/albums/{uid}", "exact"},
		{"/albums/:uid/links", false, "/{entity}/{uid}/links", "loose"},
		{"/:api_version/media/:id", false, "/v1/media/{id}", "loose"},
		{"/:api_version/media/:id", true, "/api/v1/media/{id}", "weak"},
		{"/:username/followers", true, "/api/v1/accounts/{id}/followers", "weak"},
		{"/services/:id/upload", true, "/users/{uid}/upload/{token}", "none"},
		{"/:token", true, "/api/v1/albums/{uid}", "none"}, // nothing literal to match by
		{"/albums", false, "/api/v1/albums", "none"},
	} {
		o := op(tc.spec)
		exact, loose, weak := matchOps([]*specOp{o}, &invRoute{Method: "GET", Path: tc.route, Relative: tc.relative})
		got := "none"
		switch {
		case len(exact) > 0:
			got = "exact"
		case len(loose) > 0:
			got = "loose"
		case len(weak) > 0:
			got = "weak"
		}
		if got != tc.want {
			t.Errorf("route %s (relative %v) against %s: %s, want %s", tc.route, tc.relative, tc.spec, got, tc.want)
		}
	}
}
