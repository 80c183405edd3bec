package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/statuslint/statuslint/internal/settings"
	"go.yaml.in/yaml/v4"
)

// configNames are the names of the configuration file, in the order a
// directory is searched for them.
var configNames = []string{".statuslint.yml", ".statuslint.yaml"}

// config is the configuration file: the settings a repository keeps for
// every place statuslint runs. The rule settings are those of the
// golangci-lint plugin, under the same keys.
type config struct {
	settings.Rules
	// Exclude lists files whose findings are not reported: paths relative
	// to the file's directory, "dir/..." for everything under dir, or
	// glob patterns ("*_gen.go" matches in every directory).
	Exclude []string `json:"exclude"`
	// Tags are build tags, as -tags.
	Tags []string `json:"tags"`
	// Test says whether to analyze the packages' tests, as -test.
	Test *bool `json:"test"`
	// Baseline is a baseline file, as -baseline, relative to this file.
	Baseline string `json:"baseline"`

	name string // the file, as found or given
	dir  string // its directory, absolute
}

type assignment = settings.Assignment

// loadConfig reads the file -config names, or with "" the nearest
// configuration file from the current directory up to the repository root
// (the first directory with a .git), or none with "none". Finding none is
// not an error.
func loadConfig(flagValue string) (*config, error) {
	switch flagValue {
	case "none":
		return nil, nil
	case "":
		name := findConfig(cwd())
		if name == "" {
			return nil, nil
		}
		return readConfig(name)
	}
	return readConfig(flagValue)
}

func findConfig(dir string) string {
	for {
		for _, n := range configNames {
			name := filepath.Join(dir, n)
			if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() {
				return name
			}
		}
		parent := filepath.Dir(dir)
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil || parent == dir {
			return ""
		}
		dir = parent
	}
}

// unknownField is encoding/json's error for a key the struct lacks.
var unknownField = regexp.MustCompile(`^json: unknown field "(.*)"$`)

func readConfig(name string) (*config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("-config: %v", err)
	}
	fail := func(format string, args ...any) (*config, error) {
		return nil, fmt.Errorf("%s: %s", name, fmt.Sprintf(format, args...))
	}
	// YAML, read as JSON: the rule settings are the golangci-lint
	// plugin's, which golangci-lint hands over as JSON-shaped values.
	var doc any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fail("%v", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if doc == nil { // an empty file, or only comments
		doc = map[string]any{}
	}
	if _, ok := doc.(map[string]any); !ok {
		return fail("want a mapping of settings (disable, enable, options, exclude, tags, test, baseline)")
	}
	js, err := json.Marshal(doc)
	if err != nil {
		return fail("%v", err)
	}
	c := &config{name: name}
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil && err != io.EOF {
		if m := unknownField.FindStringSubmatch(err.Error()); m != nil {
			return fail("unknown key %q (keys: disable, enable, options, exclude, tags, test, baseline)", m[1])
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fail("%s: want %s, not a %s", te.Field, te.Type, te.Value)
		}
		return fail("%v", err)
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, err
	}
	c.dir = filepath.Dir(abs)
	for _, p := range c.Exclude {
		if _, err := path.Match(strings.TrimSuffix(p, "/..."), ""); err != nil || p == "" || path.IsAbs(p) {
			return fail("exclude: %q is not a path relative to %s or a glob pattern", p, filepath.Base(name))
		}
	}
	return c, nil
}

// path resolves a path the file gives, relative to its directory.
func (c *config) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.dir, filepath.FromSlash(p))
}

// excluded reports whether the file's findings are left out.
func (c *config) excluded(filename string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	r, err := filepath.Rel(c.dir, filename)
	if err != nil || !filepath.IsLocal(r) {
		return false
	}
	r = filepath.ToSlash(r)
	for _, p := range c.Exclude {
		p = path.Clean(p)
		if dir, ok := strings.CutSuffix(p, "/..."); ok || p == "..." {
			if p == "..." || r == dir || strings.HasPrefix(r, dir+"/") {
				return true
			}
			continue
		}
		if ok, _ := path.Match(p, r); ok || r == p || strings.HasPrefix(r, p+"/") {
			return true
		}
		if !strings.Contains(p, "/") {
			if ok, _ := path.Match(p, path.Base(r)); ok {
				return true
			}
		}
	}
	return false
}
