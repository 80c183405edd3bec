// Package unit runs analyzers on one package for the go command, as its
// vet tool (go vet -vettool=statuslint), the way
// golang.org/x/tools/go/analysis/unitchecker does, with two differences
// that make a first run over a large module several times cheaper:
//
//   - The types of the packages a package imports come from the export data
//     the go command compiled (the config's PackageFile), not from types the
//     vet tool re-exported into each package's facts file. The facts file
//     (VetxOutput) holds facts only.
//   - A package the analyzers cannot learn anything from is not parsed or
//     type-checked at all when the go command asks only for its facts: a
//     package of the standard library or of a dependency module that
//     neither is nor imports, directly or not, a package of Options.Relevant
//     (net/http, fasthttp), except the standard library packages that give
//     the Lean analyzers' facts (Options.LeanStd), or a dependency's
//     package whose source Options.Learns keeps. Most of a service's
//     dependencies are such packages (database drivers, cloud SDKs,
//     encoders, most of std), and vetting them was most of a first run's
//     time.
//
// Facts travel as in unitchecker: a package's facts file holds the facts
// of the package and of every package it imports, directly or not, so a
// package can read facts about an object its imports only mention.
package unit

import (
	"encoding/gob"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"go/version"
	"io"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
)

// Config is the go command's description of the package to vet (its
// vet.cfg), as unitchecker.Config.
type Config struct {
	ID                        string
	Compiler                  string
	Dir                       string
	ImportPath                string
	GoFiles                   []string
	NonGoFiles                []string
	IgnoredFiles              []string
	ModulePath                string
	ModuleVersion             string
	ImportMap                 map[string]string
	PackageFile               map[string]string
	Standard                  map[string]bool
	PackageVetx               map[string]string
	VetxOnly                  bool
	VetxOutput                string
	Stdout                    string
	GoVersion                 string
	FixArchive                string
	SucceedOnTypecheckFailure bool
}

// Options say how to run and what to print.
type Options struct {
	JSON     bool                   // print diagnostics as go vet -json does, and exit 0
	Relevant func(path string) bool // packages the analyzers learn from, with those importing them
	// Lean are the analyzers whose facts a standard library package that
	// is not relevant still gives (ctrlflow: log.Fatal never returns), and
	// LeanStd the standard library packages that give any: the others are
	// not even parsed when only their facts are asked for.
	Lean    []*analysis.Analyzer
	LeanStd func(path string) bool
	// Known, if set, gives the Lean analyzers' facts of a standard library
	// package known beforehand for the Go release in use (computed and
	// checked by a test), so that the package is not parsed for them; ok
	// is false where they are not known.
	Known func(cfg *Config) (facts []KnownFact, ok bool)
	// Learns, if set, reports from a dependency module's package's source
	// files (read, not parsed) whether the analyzers may still learn facts
	// from it when it is not relevant (an error package whose errors carry
	// HTTP statuses): such a package is analyzed for its facts.
	Learns func(files [][]byte) bool
}

// learns reports whether opts.Learns keeps the package of cfg: its files
// are read for it, and a file that cannot be read keeps it (the analysis
// then reports why).
func learns(cfg *Config, opts Options) bool {
	if opts.Learns == nil {
		return false
	}
	files := make([][]byte, 0, len(cfg.GoFiles))
	for _, name := range cfg.GoFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			return true
		}
		files = append(files, data)
	}
	return opts.Learns(files)
}

// A KnownFact is a fact about the object at path Obj of the package.
type KnownFact struct {
	Obj  string
	Fact analysis.Fact
}

// ReadConfig reads a vet.cfg file.
func ReadConfig(name string) (*Config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	cfg := new(Config)
	if err := json.Unmarshal(data, cfg); err != nil {
		return nil, fmt.Errorf("cannot decode JSON config file %s: %v", name, err)
	}
	if len(cfg.GoFiles) == 0 {
		return nil, fmt.Errorf("package has no files: %s", cfg.ImportPath)
	}
	return cfg, nil
}

// Run vets the package cfg describes with the analyzers (the roots; what
// they require runs too) and returns the exit status for the go command:
// 0, or 1 after printing what failed or, without JSON, the diagnostics.
func Run(cfg *Config, analyzers []*analysis.Analyzer, opts Options) int {
	for _, a := range all(analyzers) {
		for _, f := range a.FactTypes {
			gob.Register(f)
		}
	}

	// A package of a newer Go than this binary's: one error that says
	// so, in place of every type error it would cause (the same for every
	// package: the language version, not the release).
	if err := TooNew(version.Lang(cfg.GoVersion)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	deps, relevant, err := readVetx(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	relevant = relevant || opts.Relevant(cfg.ImportPath)
	// Asked for facts only, the analyzers that produce facts run, with
	// what they require; where nothing relevant is imported, a standard
	// library package gives only the lean ones' facts, and a dependency
	// module's package nothing: it is not even parsed.
	run := analyzers
	if cfg.VetxOnly {
		run = slices.DeleteFunc(all(analyzers), func(a *analysis.Analyzer) bool { return len(a.FactTypes) == 0 })
		if !relevant {
			switch {
			case cfg.ModuleVersion != "" && !learns(cfg, opts), standard(cfg) && !opts.LeanStd(cfg.ImportPath):
				return writeVetx(cfg, vetx{Pkgs: deps.pkgs})
			case standard(cfg):
				if known, ok := knownFacts(cfg, opts); ok {
					return writeVetx(cfg, vetx{Pkgs: append(deps.pkgs, known...)})
				}
				run = opts.Lean
			}
		}
	}

	u, err := load(cfg)
	if err != nil {
		if cfg.SucceedOnTypecheckFailure {
			return writeVetx(cfg, vetx{Relevant: relevant, Pkgs: deps.pkgs})
		}
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	facts := newFactStore(u.pkg, deps)
	results := u.analyze(run, facts)
	own, err := facts.encode()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if code := writeVetx(cfg, vetx{Relevant: relevant, Pkgs: append(deps.pkgs, own...)}); code != 0 {
		return code
	}
	if cfg.VetxOnly {
		// Nothing to print: the go command reads no stdout file it does
		// not find, and creating one was 4% of a first run.
		return 0
	}
	stdout := io.Writer(os.Stdout)
	if cfg.Stdout != "" {
		f, err := os.Create(cfg.Stdout)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer f.Close()
		stdout = f
	}
	return u.print(stdout, cfg.ID, results, opts.JSON)
}

// knownFacts returns the facts opts.Known gives for the package, encoded,
// if it knows them.
func knownFacts(cfg *Config, opts Options) ([]pkgFacts, bool) {
	if opts.Known == nil {
		return nil, false
	}
	facts, ok := opts.Known(cfg)
	if !ok {
		return nil, false
	}
	records := make([]record, len(facts))
	for i, f := range facts {
		records[i] = record{f.Obj, f.Fact}
	}
	out, err := encodeFacts(cfg.ImportPath, records)
	return out, err == nil
}

// all returns the analyzers and everything they require.
func all(roots []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		out = append(out, a)
	}
	for _, a := range roots {
		visit(a)
	}
	return out
}

// standard reports whether the package is of the standard library: no
// module, and no dot in the first element of its path.
func standard(cfg *Config) bool {
	first, _, _ := strings.Cut(cfg.ImportPath, "/")
	return cfg.ModulePath == "" && !strings.Contains(first, ".")
}

// A unit is the package, parsed and type-checked.
type unit struct {
	cfg   *Config
	fset  *token.FileSet
	files []*ast.File
	pkg   *types.Package
	info  *types.Info
	sizes types.Sizes
}

func load(cfg *Config) (*unit, error) {
	u := &unit{cfg: cfg, fset: token.NewFileSet()}
	for _, name := range cfg.GoFiles {
		f, err := parser.ParseFile(u.fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		u.files = append(u.files, f)
	}
	imports := make(map[string]*types.Package)
	var mu sync.Mutex
	importer := importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := cfg.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		mu.Lock()
		defer mu.Unlock()
		if pkg, ok := imports[path]; ok && pkg.Complete() {
			return pkg, nil
		}
		file, ok := cfg.PackageFile[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %q", path)
		}
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r, err := gcexportdata.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("reading export data for %q: %v", path, err)
		}
		return gcexportdata.Read(r, u.fset, imports, path)
	})
	compiler := cfg.Compiler
	if compiler == "" {
		compiler = "gc"
	}
	u.sizes = types.SizesFor(compiler, build.Default.GOARCH)
	tc := &types.Config{Importer: importer, Sizes: u.sizes, GoVersion: cfg.GoVersion}
	u.info = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	pkg, err := tc.Check(cfg.ImportPath, u.fset, u.files, u.info)
	if err != nil {
		return nil, err
	}
	u.pkg = pkg
	return u, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// A result is what one root analyzer reported.
type result struct {
	a           *analysis.Analyzer
	diagnostics []analysis.Diagnostic
	err         error
}

// analyze runs the analyzers, each after what it requires, and returns
// the roots' results.
func (u *unit) analyze(roots []*analysis.Analyzer, facts *factStore) []result {
	type action struct {
		result      any
		err         error
		diagnostics []analysis.Diagnostic
	}
	done := map[*analysis.Analyzer]*action{}
	allowed := map[string]bool{}
	for _, list := range [][]string{u.cfg.GoFiles, u.cfg.NonGoFiles, u.cfg.IgnoredFiles} {
		for _, name := range list {
			allowed[name] = true
		}
	}
	var module *analysis.Module
	if u.cfg.ModulePath != "" {
		module = &analysis.Module{Path: u.cfg.ModulePath, Version: u.cfg.ModuleVersion, GoVersion: u.cfg.GoVersion}
	}
	for _, a := range all(roots) {
		act := &action{}
		done[a] = act
		inputs := map[*analysis.Analyzer]any{}
		var failed []string
		for _, req := range a.Requires {
			if done[req].err != nil {
				failed = append(failed, req.Name)
				continue
			}
			inputs[req] = done[req].result
		}
		if failed != nil {
			sort.Strings(failed)
			act.err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
			continue
		}
		factTypes := map[reflect.Type]bool{}
		for _, f := range a.FactTypes {
			factTypes[reflect.TypeOf(f)] = true
		}
		pass := &analysis.Pass{
			Analyzer:     a,
			Fset:         u.fset,
			Files:        u.files,
			OtherFiles:   u.cfg.NonGoFiles,
			IgnoredFiles: u.cfg.IgnoredFiles,
			Pkg:          u.pkg,
			TypesInfo:    u.info,
			TypesSizes:   u.sizes,
			ResultOf:     inputs,
			Report:       func(d analysis.Diagnostic) { act.diagnostics = append(act.diagnostics, d) },
			ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
				return facts.importObject(obj, fact)
			},
			ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
				if obj.Pkg() != u.pkg {
					panic(fmt.Sprintf("%s: exporting a fact about %s, an object of another package", a.Name, obj))
				}
				facts.exportObject(obj, fact)
			},
			ImportPackageFact: facts.importPackage,
			ExportPackageFact: func(fact analysis.Fact) { facts.exportPackage(fact) },
			AllObjectFacts:    func() []analysis.ObjectFact { return facts.allObjects(factTypes) },
			AllPackageFacts:   func() []analysis.PackageFact { return facts.allPackages(factTypes) },
			Module:            module,
			ReadFile: func(name string) ([]byte, error) {
				if !allowed[name] {
					return nil, fmt.Errorf("%s: ReadFile of %s, not a file of the package", a.Name, name)
				}
				return os.ReadFile(name)
			},
		}
		act.result, act.err = a.Run(pass)
		if act.err == nil && a.ResultType != nil && act.result != nil && reflect.TypeOf(act.result) != a.ResultType {
			act.err = fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v", u.pkg.Path(), a, reflect.TypeOf(act.result), a.ResultType)
		}
	}
	var out []result
	for _, a := range roots {
		out = append(out, result{a, done[a].diagnostics, done[a].err})
	}
	return out
}
