package main

// statuslint -openapi=FILE: the route inventory against an OpenAPI 3 or
// Swagger 2.0 document (openapidoc.go reads it). Three kinds of drift, each a finding of rule "openapi":
// an operation no route serves (at the spec), a route no operation
// documents (at the registration), and a status a handler sends that its
// operation does not declare (at the write).

import (
	"cmp"
	"fmt"
	"go/token"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

const openapiRule = "openapi"

type specOp struct {
	method, path string   // as the spec writes them
	tmpl         string   // templatePath of path, under the servers' base path
	names        []string // paramNames of the same
	id           string
	responses    []string       // the keys of its responses: "200", "4XX", "default"
	pos          token.Position // of its method's key
	matched      bool
}

// name is how a message names the operation.
func (o *specOp) name() string {
	if o.id != "" {
		return o.id
	}
	return o.method + " " + o.path
}

// long names the operation with its method and path.
func (o *specOp) long() string {
	if o.id != "" {
		return o.id + " (" + o.method + " " + o.path + ")"
	}
	return o.method + " " + o.path
}

// specDrift compares inv with doc.
func specDrift(doc *specDoc, inv *inventory) []report.Finding {
	base := serversBase(doc.servers)
	ops := doc.ops
	for _, o := range ops {
		p := joinPaths(base, o.path)
		o.tmpl, o.names = templatePath(p), paramNames(p)
	}
	slices.SortFunc(ops, func(a, b *specOp) int {
		return cmp.Or(cmp.Compare(a.path, b.path), cmp.Compare(methodRank(a.method), methodRank(b.method)))
	})
	specName := filepath.Base(doc.file)

	var findings []report.Finding
	for _, r := range inv.Routes {
		if r.Path == "?" || r.Method == "?" {
			continue // the model cannot tell which operation it is
		}
		matched, loose, weak := matchOps(ops, r)
		for _, o := range append(loose, weak...) {
			o.matched = true // {entity}/{uid}/links documents albums/:uid/links too
		}
		if len(matched) == 0 {
			matched = loose
		}
		if len(matched) == 0 && len(weak) > 0 {
			continue // it may be documented, but which operation it is is a guess
		}
		if len(matched) == 0 {
			if r.Relative || r.Method == "*" && !strings.HasPrefix(r.Path, "/") {
				continue // a router given from elsewhere, under a prefix the spec may add
			}
			findings = append(findings, report.Finding{
				Rule: openapiRule, Category: "undocumented-route", Pos: r.reg, End: r.reg,
				Message: fmt.Sprintf("route %s %s is not in %s; document the operation, or remove the route", r.Method, r.Path, specName),
			})
			continue
		}
		for _, o := range matched {
			o.matched = true
		}
		if r.Method == "*" || len(matched) > 1 {
			continue // statuses of a catch-all, or of a route the model cannot tell which operation is, are not one operation's
		}
		o := matched[0]
		reported := map[int]bool{}
		for _, s := range r.Statuses {
			if s.Code == 0 || s.Note == "one of a mapper's cases" || reported[s.Code] {
				continue
			}
			if declares(o.responses, s.Code) {
				continue
			}
			reported[s.Code] = true
			findings = append(findings, report.Finding{
				Rule: openapiRule, Category: "undeclared-status", Pos: s.pos, End: s.pos,
				Message: fmt.Sprintf("%s %s sends %d, which %s does not declare for %s; add a %d response (or a %cXX or default one) to the operation, or send a status it declares",
					r.Method, r.Path, s.Code, specName, o.name(), s.Code, strconv.Itoa(s.Code)[0]),
				Related: []report.Related{{Pos: o.pos, End: o.pos, Message: "the operation"}},
			})
		}
	}
	for _, o := range ops {
		if o.matched {
			continue
		}
		findings = append(findings, report.Finding{
			Rule: openapiRule, Category: "missing-route", Pos: o.pos, End: o.pos,
			Message: fmt.Sprintf("operation %s has no route in the packages analyzed; register a handler for it, or remove it from %s", o.long(), specName),
		})
	}
	slices.SortFunc(findings, func(a, b report.Finding) int {
		return cmp.Or(cmp.Compare(a.Pos.Filename, b.Pos.Filename), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Column, b.Pos.Column), cmp.Compare(a.Message, b.Message))
	})
	return findings
}

// matchOps returns the operations that document route r: the same method
// (any, for a route of every method), and the same template, or failing
// those where a parameter of either stands for a literal segment of the
// other ({entity}/{uid}/links for albums/:uid/links, v1/media/{id} for
// :api_version/media/:id): loose. A route under a
// prefix the packages do not show matches the end of a template, when it
// has a literal segment to match by.
func matchOps(ops []*specOp, r *invRoute) (exact, loose, weak []*specOp) {
	route := strings.Split(templatePath(r.Path), "/")
	names := paramNames(r.Path)
	if r.Relative {
		// The tail of a template: no leading "" to match its root.
		if route[0] == "" {
			route, names = route[1:], names[1:]
		}
		if !slices.ContainsFunc(route, func(s string) bool { return s != "" && s != "{p}" }) {
			return nil, nil, nil
		}
	}
	for _, o := range ops {
		if r.Method != "*" && r.Method != o.method {
			continue
		}
		spec, specNames := strings.Split(o.tmpl, "/"), o.names
		if r.Relative && len(spec) > len(route) {
			spec, specNames = spec[len(spec)-len(route):], specNames[len(specNames)-len(route):]
		}
		if len(spec) != len(route) || len(specNames) != len(spec) || len(names) != len(route) {
			continue
		}
		same, fits, renamed := true, true, false
		specParams, routeParams := false, false // which side's parameters stand for the other's literals
		for i := range spec {
			if spec[i] != route[i] {
				same = false
				specParams = specParams || spec[i] == "{p}"
				routeParams = routeParams || route[i] == "{p}"
				fits = fits && (spec[i] == "{p}" || route[i] == "{p}")
			}
			// Under an unknown prefix, the end of a template is weak
			// evidence: /users/:username/followers is not
			// /api/v1/accounts/{id}/followers. With parameters named
			// differently the operation counts as served, but its
			// statuses are not compared.
			if r.Relative && names[i] != "" && specNames[i] != "" && !strings.EqualFold(names[i], specNames[i]) {
				renamed = true
			}
		}
		// Parameters standing for literals on both sides is no match
		// (/users/{uid}/upload/{token} and services/:id/upload).
		fits = fits && !(specParams && routeParams)
		switch {
		case same && renamed, !same && fits && (renamed || r.Relative):
			weak = append(weak, o)
		case same:
			exact = append(exact, o)
		case fits:
			loose = append(loose, o)
		}
	}
	return exact, loose, weak
}

// paramNames returns, for each segment of path as templatePath splits it,
// the name of the parameter it is, or "".
func paramNames(path string) []string {
	path = strings.ReplaceAll(path, "{$}", "")
	if len(path) > 1 {
		path = strings.TrimSuffix(path, "/")
	}
	segs := strings.Split(path, "/")
	for i, seg := range segs {
		name := ""
		switch {
		case strings.HasPrefix(seg, ":") || strings.HasPrefix(seg, "*"):
			name = seg[1:]
		case strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}"):
			name, _, _ = strings.Cut(seg[1:len(seg)-1], ":")
			name = strings.TrimSuffix(name, "...")
		}
		segs[i] = name
	}
	return segs
}

// declares reports whether responses has one for code: the code itself, its
// range (4XX), or default.
func declares(responses []string, code int) bool {
	c := strconv.Itoa(code)
	for _, k := range responses {
		k = strings.ToUpper(k)
		if k == c || k == "DEFAULT" || len(k) == 3 && k[1:] == "XX" && k[0] == c[0] {
			return true
		}
	}
	return false
}

// serversBase is the path every server of the document shares
// (servers: [{url: https://api.example.com/v1}] → /v1), or "".
func serversBase(servers []string) string {
	base := ""
	for i, s := range servers {
		p := s
		if u, err := url.Parse(s); err == nil && (u.Scheme != "" || u.Host != "") {
			p = u.Path
		}
		if strings.Contains(p, "{") {
			return "" // a variable: the base is not known
		}
		p = strings.TrimSuffix(p, "/")
		if i > 0 && p != base {
			return ""
		}
		base = p
	}
	return base
}
