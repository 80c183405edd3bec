package unit

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"os"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// vetx is a package's facts file: whether the analyzers learn from it or
// from something it imports, and the facts of it and of everything it
// imports, directly or not.
type vetx struct {
	Relevant bool
	Facts    []entry
}

// An entry is one fact, encoded on its own so that a package passes on the
// facts of the packages it imports without decoding them.
type entry struct {
	Pkg  string // the path of the package the fact is about
	Obj  string // the object's path in it (objectpath), "" for a package fact
	Type string // the fact's type, as reflect prints it
	Data []byte // the fact, gob-encoded as an analysis.Fact
}

// deps are the facts of the packages this one imports, directly or not.
type deps struct {
	entries []entry
	index   map[factKey]int // entry by package, object path and type
}

type factKey struct {
	pkg, obj, typ string
}

// readVetx reads the facts files of the packages cfg imports, and whether
// any of them is relevant.
func readVetx(cfg *Config) (*deps, bool, error) {
	d := &deps{index: map[factKey]int{}}
	relevant := false
	paths := make([]string, 0, len(cfg.PackageVetx))
	for p := range cfg.PackageVetx {
		paths = append(paths, p)
	}
	sort.Strings(paths) // the same entries in the same order, run after run
	for _, p := range paths {
		data, err := os.ReadFile(cfg.PackageVetx[p])
		if err != nil {
			return nil, false, err
		}
		var v vetx
		if len(data) > 0 {
			if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&v); err != nil {
				return nil, false, fmt.Errorf("invalid facts file for %q: %v", p, err)
			}
		}
		relevant = relevant || v.Relevant
		for _, e := range v.Facts {
			k := factKey{e.Pkg, e.Obj, e.Type}
			if _, ok := d.index[k]; !ok {
				d.index[k] = len(d.entries)
				d.entries = append(d.entries, e)
			}
		}
	}
	return d, relevant, nil
}

// writeVetx writes the package's facts file, if the go command asked for
// one, and returns the exit status.
func writeVetx(cfg *Config, v vetx) int {
	if cfg.VetxOutput == "" {
		return 0
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(v); err != nil {
		fmt.Fprintf(os.Stderr, "encoding facts: %v\n", err)
		return 1
	}
	if err := os.WriteFile(cfg.VetxOutput, buf.Bytes(), 0o666); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// factStore answers a pass's fact queries: facts of imported packages from
// their entries, decoded when asked for, and the facts this package
// exports.
type factStore struct {
	pkg     *types.Package
	deps    *deps
	enc     objectpath.Encoder
	objects map[objKey]analysis.Fact // exported by this package
	pkgs    map[reflect.Type]analysis.Fact
	order   []objKey // objects in the order their facts were exported
}

type objKey struct {
	obj types.Object
	t   reflect.Type
}

func newFactStore(pkg *types.Package, d *deps) *factStore {
	return &factStore{pkg: pkg, deps: d, objects: map[objKey]analysis.Fact{}, pkgs: map[reflect.Type]analysis.Fact{}}
}

func (s *factStore) importObject(obj types.Object, fact analysis.Fact) bool {
	t := reflect.TypeOf(fact)
	if obj.Pkg() == s.pkg {
		f, ok := s.objects[objKey{obj, t}]
		if ok {
			reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
		}
		return ok
	}
	if obj.Pkg() == nil {
		return false
	}
	path, err := s.enc.For(obj)
	if err != nil {
		return false
	}
	return s.decode(factKey{obj.Pkg().Path(), string(path), t.String()}, fact)
}

func (s *factStore) exportObject(obj types.Object, fact analysis.Fact) {
	k := objKey{obj, reflect.TypeOf(fact)}
	if _, ok := s.objects[k]; !ok {
		s.order = append(s.order, k)
	}
	s.objects[k] = fact
}

func (s *factStore) importPackage(pkg *types.Package, fact analysis.Fact) bool {
	t := reflect.TypeOf(fact)
	if pkg == s.pkg {
		f, ok := s.pkgs[t]
		if ok {
			reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
		}
		return ok
	}
	return s.decode(factKey{pkg.Path(), "", t.String()}, fact)
}

func (s *factStore) exportPackage(fact analysis.Fact) {
	s.pkgs[reflect.TypeOf(fact)] = fact
}

// decode sets *fact to the imported fact k names, if there is one.
func (s *factStore) decode(k factKey, fact analysis.Fact) bool {
	i, ok := s.deps.index[k]
	if !ok {
		return false
	}
	var f analysis.Fact
	if err := gob.NewDecoder(bytes.NewReader(s.deps.entries[i].Data)).Decode(&f); err != nil || reflect.TypeOf(f) != reflect.TypeOf(fact) {
		return false
	}
	reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
	return true
}

// allObjects returns the object facts of the given types: this package's,
// and the imported ones whose objects this package's types reach.
func (s *factStore) allObjects(types_ map[reflect.Type]bool) []analysis.ObjectFact {
	var out []analysis.ObjectFact
	for _, k := range s.order {
		if types_[k.t] {
			out = append(out, analysis.ObjectFact{Object: k.obj, Fact: s.objects[k]})
		}
	}
	pkgs := s.importedPackages()
	for _, e := range s.deps.entries {
		p := pkgs[e.Pkg]
		if e.Obj == "" || p == nil {
			continue
		}
		f, ok := decodeEntry(e, types_)
		if !ok {
			continue
		}
		obj, err := objectpath.Object(p, objectpath.Path(e.Obj))
		if err != nil {
			continue
		}
		out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
	}
	return out
}

// allPackages returns the package facts of the given types.
func (s *factStore) allPackages(types_ map[reflect.Type]bool) []analysis.PackageFact {
	var out []analysis.PackageFact
	for t, f := range s.pkgs {
		if types_[t] {
			out = append(out, analysis.PackageFact{Package: s.pkg, Fact: f})
		}
	}
	pkgs := s.importedPackages()
	for _, e := range s.deps.entries {
		p := pkgs[e.Pkg]
		if e.Obj != "" || p == nil {
			continue
		}
		if f, ok := decodeEntry(e, types_); ok {
			out = append(out, analysis.PackageFact{Package: p, Fact: f})
		}
	}
	return out
}

func decodeEntry(e entry, types_ map[reflect.Type]bool) (analysis.Fact, bool) {
	var f analysis.Fact
	if err := gob.NewDecoder(bytes.NewReader(e.Data)).Decode(&f); err != nil {
		return nil, false
	}
	return f, types_[reflect.TypeOf(f)]
}

// importedPackages returns the packages this one's types reach, by path.
func (s *factStore) importedPackages() map[string]*types.Package {
	m := map[string]*types.Package{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if m[p.Path()] != nil {
			return
		}
		m[p.Path()] = p
		for _, q := range p.Imports() {
			visit(q)
		}
	}
	for _, q := range s.pkg.Imports() {
		visit(q)
	}
	return m
}

// encode returns this package's facts as entries: those about objects
// another package can name (objectpath), and its package facts.
func (s *factStore) encode() ([]entry, error) {
	var out []entry
	add := func(obj string, f analysis.Fact) error {
		e, err := encodeEntry(s.pkg.Path(), obj, f)
		out = append(out, e)
		return err
	}
	for _, k := range s.order {
		path, err := s.enc.For(k.obj)
		if err != nil {
			continue // an object no other package can name
		}
		if err := add(string(path), s.objects[k]); err != nil {
			return nil, err
		}
	}
	var pkgFacts []reflect.Type
	for t := range s.pkgs {
		pkgFacts = append(pkgFacts, t)
	}
	sort.Slice(pkgFacts, func(i, j int) bool { return pkgFacts[i].String() < pkgFacts[j].String() })
	for _, t := range pkgFacts {
		if err := add("", s.pkgs[t]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// encodeEntry encodes a fact about the object at path obj of package pkg
// ("" for a package fact).
func encodeEntry(pkg, obj string, f analysis.Fact) (entry, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&f); err != nil {
		return entry{}, fmt.Errorf("encoding fact %T: %v", f, err)
	}
	return entry{Pkg: pkg, Obj: obj, Type: reflect.TypeOf(f).String(), Data: buf.Bytes()}, nil
}
