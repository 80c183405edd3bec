package main

// Reading -openapi's document: what specDrift compares, read off the YAML
// node tree (JSON is YAML), so that each operation keeps the position of
// its method's key.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// A specDoc is what specDrift reads of an OpenAPI 3 or Swagger 2.0 document.
type specDoc struct {
	file    string    // absolute
	servers []string  // the servers' URLs; a Swagger 2.0 document's basePath
	ops     []*specOp // with method, path, id, responses and pos
}

// The keys of a path item that are operations.
var (
	swaggerMethods = []string{"get", "put", "post", "delete", "options", "head", "patch"}
	openapiMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace", "query"} // query: 3.2
)

// A specFile is a file of the document: the one -openapi names, or one a
// path item's $ref names.
type specFile struct {
	path string     // absolute
	name string     // how errors name it, relative to -openapi's file; "" for that one
	root *yaml.Node // the top-level value; nil when the file is empty
}

// A specField is a key of a mapping, its value, and the file they are in.
type specField struct {
	key, value *yaml.Node
	file       *specFile
}

// A specReader reads a document and the files its path items' $refs name,
// each once.
type specReader struct {
	main  *specFile
	files map[string]*specFile // by path
}

// loadSpec reads the OpenAPI 3 or Swagger 2.0 (what swag and go-swagger
// generate) document at file.
func loadSpec(file string) (*specDoc, error) {
	file, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	r := &specReader{files: make(map[string]*specFile)}
	f, err := r.read(file)
	if err != nil {
		return nil, err
	}
	r.main = f
	if f.root == nil {
		return nil, errors.New("the document is empty")
	}
	top := fields(f, f.root)
	swagger, err := scalar(lookup(top, "swagger"), "swagger")
	if err != nil {
		return nil, err
	}
	openapi, err := scalar(lookup(top, "openapi"), "openapi")
	if err != nil {
		return nil, err
	}
	doc := &specDoc{file: file}
	isSwagger := strings.HasPrefix(swagger, "2")
	switch {
	case isSwagger:
		base, err := scalar(lookup(top, "basePath"), "basePath")
		if err != nil {
			return nil, err
		}
		if base != "" {
			// The path every path is under, as a server's would be; it
			// starts with a slash, written or not.
			doc.servers = []string{"/" + strings.TrimPrefix(base, "/")}
		}
	case strings.HasPrefix(openapi, "3"):
		if doc.servers, err = servers(lookup(top, "servers")); err != nil {
			return nil, err
		}
	default:
		return nil, errors.New(`not an OpenAPI 3 or Swagger 2.0 document: it has no "openapi: 3.x" or "swagger: \"2.0\"" at the top`)
	}

	paths := lookup(top, "paths")
	if paths == nil || isNull(paths.value) {
		return nil, errors.New("the document has no paths")
	}
	if err := want(paths, yaml.MappingNode, "paths"); err != nil {
		return nil, err
	}
	items := 0
	for _, p := range fields(f, paths.value) {
		if strings.HasPrefix(p.key.Value, "x-") {
			continue // an extension
		}
		items++
		ops, err := r.operations(p, isSwagger)
		if err != nil {
			return nil, err
		}
		doc.ops = append(doc.ops, ops...)
	}
	if items == 0 {
		return nil, errors.New("the document has no paths")
	}
	return doc, nil
}

// operations reads the operations of the path item p.
func (r *specReader) operations(p *specField, isSwagger bool) ([]*specOp, error) {
	path := p.key.Value
	item, err := r.pathItem(p, nil)
	if err != nil {
		return nil, err
	}
	methods := openapiMethods
	if isSwagger {
		methods = swaggerMethods
	}
	var ops []*specOp
	for _, m := range methods {
		if f := lookup(item, m); f != nil {
			o, err := operation(f, strings.ToUpper(m), path)
			if err != nil {
				return nil, err
			}
			ops = append(ops, o)
		}
	}
	extra := lookup(item, "additionalOperations")
	if extra == nil || isSwagger {
		return ops, nil
	}
	// 3.2: the methods without a key of their own (COPY, PURGE).
	if err := want(extra, yaml.MappingNode, "additionalOperations of "+path); err != nil {
		return nil, err
	}
	for _, f := range fields(extra.file, extra.value) {
		m := strings.ToUpper(f.key.Value)
		if slices.ContainsFunc(ops, func(o *specOp) bool { return o.method == m }) {
			continue // the method's own key wins
		}
		o, err := operation(f, m, path)
		if err != nil {
			return nil, err
		}
		ops = append(ops, o)
	}
	return ops, nil
}

// servers returns the URL of each of an OpenAPI 3 document's servers.
func servers(list *specField) ([]string, error) {
	if list == nil || isNull(list.value) {
		return nil, nil
	}
	if err := want(list, yaml.SequenceNode, "servers"); err != nil {
		return nil, err
	}
	var urls []string
	for _, n := range deref(list.value).Content {
		s := &specField{key: list.key, value: n, file: list.file}
		if err := want(s, yaml.MappingNode, "a server"); err != nil {
			return nil, err
		}
		u, err := scalar(lookup(fields(s.file, n), "url"), "a server's url")
		if err != nil {
			return nil, err
		}
		urls = append(urls, u)
	}
	return urls, nil
}

// operation reads the operation op, of method and path.
func operation(op *specField, method, path string) (*specOp, error) {
	if err := want(op, yaml.MappingNode, "operation "+method+" "+path); err != nil {
		return nil, err
	}
	o := &specOp{method: method, path: path, pos: token.Position{Filename: op.file.path, Line: op.key.Line, Column: op.key.Column}}
	f := fields(op.file, op.value)
	var err error
	if o.id, err = scalar(lookup(f, "operationId"), "operationId of "+method+" "+path); err != nil {
		return nil, err
	}
	if rs := lookup(f, "responses"); rs != nil && !isNull(rs.value) {
		if err := want(rs, yaml.MappingNode, "responses of "+method+" "+path); err != nil {
			return nil, err
		}
		for _, r := range fields(rs.file, rs.value) {
			if !strings.HasPrefix(r.key.Value, "x-") {
				o.responses = append(o.responses, r.key.Value)
			}
		}
	}
	return o, nil
}

// pathItem returns the fields of the path item p's value, its $ref
// followed: a field written beside the $ref replaces the one of the item
// it names. seen holds the $refs followed to reach p.
func (r *specReader) pathItem(p *specField, seen []string) ([]*specField, error) {
	if isNull(p.value) {
		return nil, nil
	}
	if err := want(p, yaml.MappingNode, "the path item of "+p.key.Value); err != nil {
		return nil, err
	}
	var item []*specField
	var ref *specField
	for _, f := range fields(p.file, p.value) {
		switch {
		case f.key.Value == "$ref":
			ref = f
		case !isNull(f.value):
			item = append(item, f)
		}
	}
	if ref == nil {
		return item, nil
	}
	f, n, target, err := r.resolve(ref, seen)
	if err != nil {
		return nil, err
	}
	named, err := r.pathItem(&specField{key: p.key, value: n, file: f}, append(seen, target))
	if err != nil {
		return nil, err
	}
	for _, f := range named {
		if lookup(item, f.key.Value) == nil {
			item = append(item, f)
		}
	}
	return item, nil
}

// resolve returns the node the $ref ref names, the file it is in, and
// where it is as a key of seen (the $refs followed to reach ref): a local
// JSON pointer (#/paths/~1items), a file relative to ref's, or a file and
// a pointer in it.
func (r *specReader) resolve(ref *specField, seen []string) (*specFile, *yaml.Node, string, error) {
	s, err := scalar(ref, "$ref")
	if err != nil {
		return nil, nil, "", err
	}
	fail := func(err error) (*specFile, *yaml.Node, string, error) {
		return nil, nil, "", ref.file.errorf(ref.value, "$ref %q: %v", s, err)
	}
	u, err := url.Parse(s)
	if err != nil {
		return fail(err)
	}
	if u.Scheme != "" || u.Host != "" {
		return fail(errors.New("only a file of this machine, or a #/pointer, is read"))
	}
	f := ref.file
	if u.Path != "" {
		path := filepath.FromSlash(u.Path)
		if !filepath.IsAbs(path) {
			path = filepath.Join(filepath.Dir(f.path), path)
		}
		if f, err = r.read(path); err != nil {
			return fail(err)
		}
	}
	target := f.path + "#" + u.Fragment
	if slices.Contains(seen, target) {
		return fail(errors.New("the $refs make a cycle"))
	}
	n := f.root
	if n == nil {
		return fail(errors.New("the file is empty"))
	}
	if u.Fragment == "" {
		return f, n, target, nil
	}
	if !strings.HasPrefix(u.Fragment, "/") {
		return fail(errors.New("the fragment is not a JSON pointer (#/...)"))
	}
	at := "#"
	for tok := range strings.SplitSeq(u.Fragment[1:], "/") {
		name := strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		var next *yaml.Node
		switch n = deref(n); n.Kind {
		case yaml.MappingNode:
			if e := lookup(fields(f, n), name); e != nil {
				next = e.value
			}
		case yaml.SequenceNode:
			if i, err := strconv.ParseUint(name, 10, 0); err == nil && i < uint64(len(n.Content)) {
				next = n.Content[i]
			}
		}
		if next == nil {
			return fail(fmt.Errorf("%s has no %q", at, name))
		}
		n, at = next, at+"/"+tok
	}
	return f, n, target, nil
}

// read reads the file at path, once.
func (r *specReader) read(path string) (*specFile, error) {
	if f, ok := r.files[path]; ok {
		return f, nil
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	root, err := parseSpec(text)
	if err != nil {
		return nil, err
	}
	f := &specFile{path: path, root: root}
	if r.main != nil {
		f.name, _ = filepath.Rel(filepath.Dir(r.main.path), path)
	}
	r.files[path] = f
	return f, nil
}

// parseSpec returns the top-level value of a YAML or JSON document, nil
// when it is empty.
func parseSpec(text []byte) (*yaml.Node, error) {
	var doc yaml.Node
	err := yaml.Unmarshal(text, &doc)
	if json.Valid(text) {
		if err != nil {
			// \ud83d\ude00, a surrogate pair escape, is JSON but not YAML.
			return jsonNode(text)
		}
	} else {
		if err == nil {
			// Decoding checks what the node tree lets by: a key written
			// twice in one mapping, which YAML forbids (JSON lets the last
			// one win).
			err = doc.Decode(new(any))
		}
		if err != nil {
			return nil, err
		}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// fields returns the entries of mapping n written in f, with those a merge
// key (<<) brings in: a key written in n wins over a merged one, and of a
// key written twice in n (in JSON) the last.
func fields(f *specFile, n *yaml.Node) []*specField {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	var own, merged []*specField
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			v = deref(v)
			from := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				from = v.Content
			}
			for _, m := range from {
				merged = append(merged, fields(f, m)...)
			}
			continue
		}
		if j := slices.IndexFunc(own, func(e *specField) bool { return e.key.Value == k.Value }); j >= 0 {
			own = slices.Delete(own, j, j+1)
		}
		own = append(own, &specField{key: k, value: v, file: f})
	}
	for _, e := range merged {
		if lookup(own, e.key.Value) == nil {
			own = append(own, e)
		}
	}
	return own
}

// lookup returns the field named name, or nil.
func lookup(fields []*specField, name string) *specField {
	for _, f := range fields {
		if f.key.Value == name {
			return f
		}
	}
	return nil
}

// deref follows an alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is absent or null (~, null, or nothing).
func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// scalar returns the value of f, "" when it is absent or null.
func scalar(f *specField, what string) (string, error) {
	if f == nil || isNull(f.value) {
		return "", nil
	}
	n := deref(f.value)
	if n.Kind != yaml.ScalarNode {
		return "", f.file.errorf(n, "%s is %s, not a string", what, kinds[n.Kind])
	}
	return n.Value, nil
}

// want reports an error unless f's value is of kind.
func want(f *specField, kind yaml.Kind, what string) error {
	if n := deref(f.value); n.Kind != kind {
		return f.file.errorf(n, "%s is %s, not %s", what, kinds[n.Kind], kinds[kind])
	}
	return nil
}

// kinds names a node's kind in errors.
var kinds = map[yaml.Kind]string{
	yaml.MappingNode:  "a mapping",
	yaml.SequenceNode: "a sequence",
	yaml.ScalarNode:   "a scalar",
}

// errorf returns an error at n's line of f.
func (f *specFile) errorf(n *yaml.Node, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if f.name != "" {
		return fmt.Errorf("%s: line %d: %s", f.name, n.Line, msg)
	}
	return fmt.Errorf("line %d: %s", n.Line, msg)
}

// jsonNode builds the node tree of a JSON document YAML cannot read, with
// the positions YAML gives its nodes (columns count characters).
func jsonNode(text []byte) (*yaml.Node, error) {
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber()
	off, line, col := 0, 1, 1
	var value func() (*yaml.Node, error)
	value = func() (*yaml.Node, error) {
		// The decoder's offset is the end of the last token: the next one
		// starts after the blanks and separators.
		start := int(dec.InputOffset())
		for start < len(text) && strings.IndexByte(" \t\r\n,:", text[start]) >= 0 {
			start++
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		for off < start {
			r, size := utf8.DecodeRune(text[off:])
			off, col = off+size, col+1
			if r == '\n' {
				line, col = line+1, 1
			}
		}
		n := &yaml.Node{Kind: yaml.ScalarNode, Line: line, Column: col}
		switch tok := tok.(type) {
		case json.Delim: // { or [
			n.Kind, n.Tag = yaml.MappingNode, "!!map"
			if tok == '[' {
				n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
			}
			for dec.More() {
				c, err := value()
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, c)
			}
			if _, err := dec.Token(); err != nil { // } or ]
				return nil, err
			}
		case string:
			n.Tag, n.Value = "!!str", tok
		case nil:
			n.Tag, n.Value = "!!null", "null"
		default: // json.Number, bool
			n.Value = fmt.Sprint(tok)
		}
		return n, nil
	}
	return value()
}
