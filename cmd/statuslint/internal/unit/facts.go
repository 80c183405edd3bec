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
	Pkgs     []pkgFacts
}

// pkgFacts are one package's facts, encoded together, so that a package
// passes on the facts of the packages it imports without decoding them,
// and so that gob describes each fact type once per package, not once per
// fact (httpsnoop's 4,600 method summaries were 3.5 MB that way, carried
// by every package importing it).
type pkgFacts struct {
	Pkg  string
	Data []byte // gob: []record
}

// A record is a fact about the object at path Obj of the package (by
// objectpath), or about the package itself when Obj is "".
type record struct {
	Obj  string
	Fact analysis.Fact
}

// deps are the facts of the packages this one imports, directly or not,
// each package's decoded when first asked for.
type deps struct {
	pkgs    []pkgFacts
	index   map[string]int // pkgs by package path
	decoded map[string]*decodedFacts
}

type decodedFacts struct {
	records []record
	byKey   map[factKey]analysis.Fact
}

type factKey struct {
	obj string
	t   reflect.Type
}

func newDeps() *deps {
	return &deps{index: map[string]int{}, decoded: map[string]*decodedFacts{}}
}

// facts returns the decoded facts of the package at path; none if it has
// none, or if they do not decode.
func (d *deps) facts(path string) *decodedFacts {
	if f, ok := d.decoded[path]; ok {
		return f
	}
	f := &decodedFacts{byKey: map[factKey]analysis.Fact{}}
	d.decoded[path] = f
	i, ok := d.index[path]
	if !ok {
		return f
	}
	if err := gob.NewDecoder(bytes.NewReader(d.pkgs[i].Data)).Decode(&f.records); err != nil {
		f.records = nil
		return f
	}
	for _, r := range f.records {
		f.byKey[factKey{r.Obj, reflect.TypeOf(r.Fact)}] = r.Fact
	}
	return f
}

// readVetx reads the facts files of the packages cfg imports, and whether
// any of them is relevant.
func readVetx(cfg *Config) (*deps, bool, error) {
	d := newDeps()
	relevant := false
	paths := make([]string, 0, len(cfg.PackageVetx))
	for p := range cfg.PackageVetx {
		paths = append(paths, p)
	}
	sort.Strings(paths) // the same packages in the same order, run after run
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
		for _, pf := range v.Pkgs {
			if _, ok := d.index[pf.Pkg]; !ok {
				d.index[pf.Pkg] = len(d.pkgs)
				d.pkgs = append(d.pkgs, pf)
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
	return s.imported(obj.Pkg().Path(), string(path), fact)
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
	return s.imported(pkg.Path(), "", fact)
}

func (s *factStore) exportPackage(fact analysis.Fact) {
	s.pkgs[reflect.TypeOf(fact)] = fact
}

// imported sets *fact to the imported fact of its type about the object
// at path obj of package pkg ("" for the package), if there is one.
func (s *factStore) imported(pkg, obj string, fact analysis.Fact) bool {
	f, ok := s.deps.facts(pkg).byKey[factKey{obj, reflect.TypeOf(fact)}]
	if ok {
		reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
	}
	return ok
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
	for _, pf := range s.deps.pkgs {
		p := pkgs[pf.Pkg]
		if p == nil {
			continue
		}
		for _, r := range s.deps.facts(pf.Pkg).records {
			if r.Obj == "" || !types_[reflect.TypeOf(r.Fact)] {
				continue
			}
			obj, err := objectpath.Object(p, objectpath.Path(r.Obj))
			if err != nil {
				continue
			}
			out = append(out, analysis.ObjectFact{Object: obj, Fact: r.Fact})
		}
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
	for _, pf := range s.deps.pkgs {
		p := pkgs[pf.Pkg]
		if p == nil {
			continue
		}
		for _, r := range s.deps.facts(pf.Pkg).records {
			if r.Obj == "" && types_[reflect.TypeOf(r.Fact)] {
				out = append(out, analysis.PackageFact{Package: p, Fact: r.Fact})
			}
		}
	}
	return out
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

// encode returns this package's facts, those about objects another
// package can name (objectpath) and its package facts, as the facts file
// holds them: none if it has none.
func (s *factStore) encode() ([]pkgFacts, error) {
	var records []record
	for _, k := range s.order {
		path, err := s.enc.For(k.obj)
		if err != nil {
			continue // an object no other package can name
		}
		records = append(records, record{string(path), s.objects[k]})
	}
	var pkgFactTypes []reflect.Type
	for t := range s.pkgs {
		pkgFactTypes = append(pkgFactTypes, t)
	}
	sort.Slice(pkgFactTypes, func(i, j int) bool { return pkgFactTypes[i].String() < pkgFactTypes[j].String() })
	for _, t := range pkgFactTypes {
		records = append(records, record{"", s.pkgs[t]})
	}
	return encodeFacts(s.pkg.Path(), records)
}

// encodeFacts encodes the records of package pkg: none if there are none.
func encodeFacts(pkg string, records []record) ([]pkgFacts, error) {
	if len(records) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(records); err != nil {
		return nil, fmt.Errorf("encoding the facts of %s: %v", pkg, err)
	}
	return []pkgFacts{{Pkg: pkg, Data: buf.Bytes()}}, nil
}
