package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// modules are the module directories of the loaded packages, to decide
// which files -fix may edit: those of the main modules (the current one,
// or a go.work's), not a dependency's, std's or the build cache's.
type modules struct {
	dirs map[string]bool // module directory -> main module
}

func mainModules(pkgs []*packages.Package) *modules {
	m := &modules{dirs: map[string]bool{}}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Module != nil && p.Module.Dir != "" {
			for _, dir := range []string{p.Module.Dir, realPath(p.Module.Dir)} {
				m.dirs[filepath.Clean(dir)] = p.Module.Main
			}
		}
	})
	return m
}

// editable returns an error unless the file is in a main module — the
// module whose directory is the longest prefix of its path is a main one —
// both as named and with symbolic links resolved: a link in the module
// that leads out of it is not followed.
func (m *modules) editable(name string) error {
	if !m.main(name) {
		return fmt.Errorf("%s is not in the main module: not edited", name)
	}
	real, err := filepath.EvalSymlinks(name)
	if err != nil {
		return err
	}
	if !m.main(real) {
		return fmt.Errorf("%s is a symbolic link to %s, outside the main module: not edited", name, real)
	}
	return nil
}

func (m *modules) main(name string) bool {
	best, main := "", false
	for dir, isMain := range m.dirs {
		if len(dir) > len(best) && within(dir, name) {
			best, main = dir, isMain
		}
	}
	return main
}

func within(dir, name string) bool {
	r, err := filepath.Rel(dir, name)
	return err == nil && filepath.IsLocal(r) && !strings.HasPrefix(r, "..")
}

// realPath is dir with symbolic links resolved, or dir.
func realPath(dir string) string {
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		return r
	}
	return dir
}
