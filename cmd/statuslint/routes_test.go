package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
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
// base path are honoured.
func TestOpenAPIDrift(t *testing.T) {
	all := fixtureInventory(t, "openapi/...")
	src, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "src"))
	for _, tc := range []struct {
		pkg, spec string
		want      []string // file:line: category: message prefix
	}{
		{"drift", "openapi.yaml", []string{
			"openapi/drift/app.go:23: undocumented-route: route PUT /v1/items/:id is not in openapi.yaml; document the operation, or remove the route",
			"openapi/drift/app.go:33: undeclared-status: GET /v1/items/:id sends 500, which openapi.yaml does not declare for getItem; add a 500 response (or a 5XX or default one) to the operation, or send a status it declares",
			"openapi/drift/openapi.yaml:30: missing-route: operation listOrphans (GET /orphans) has no route in the packages analyzed; register a handler for it, or remove it from openapi.yaml",
		}},
		{"clean", "openapi.json", nil},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			inv := &inventory{}
			for _, r := range all.Routes {
				if strings.HasPrefix(r.File, "openapi/"+tc.pkg+"/") {
					inv.Routes = append(inv.Routes, r)
				}
			}
			findings, err := specDrift(filepath.Join(src, "openapi", tc.pkg, tc.spec), inv)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range findings {
				rel, _ := filepath.Rel(src, f.Pos.Filename)
				got = append(got, fmt.Sprintf("%s:%d: %s: %s", filepath.ToSlash(rel), f.Pos.Line, f.Category, f.Message))
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
