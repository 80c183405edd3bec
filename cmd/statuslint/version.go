package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const modulePath = "github.com/statuslint/statuslint"

// version is statuslint's version as the build recorded it: the module
// version when installed with go install …@VERSION or run as a go tool
// dependency, else "devel" and the commit when the build stamped one.
func version() string {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(bi)
}

func versionOf(bi *debug.BuildInfo) string {
	if bi == nil {
		return "unknown"
	}
	m := &bi.Main
	if m.Path != modulePath {
		// A tool dependency (go tool statuslint): the main module is the
		// user's, statuslint one of its dependencies.
		m = nil
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				m = d
				if d.Replace != nil {
					m = d.Replace
				}
				break
			}
		}
	}
	if m != nil && m.Version != "" && m.Version != "(devel)" {
		return m.Version
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	v := "devel"
	if rev != "" {
		v += " " + rev[:min(len(rev), 12)]
		if modified == "true" {
			v += "+dirty"
		}
	}
	return v
}

// vetVersion answers go vet's -V=full as x/tools' analysisflags does —
// "devel" and a buildID hashed from the executable, which is what the go
// command keys its vet cache on — with statuslint's version where
// analysisflags prints a placeholder.
func vetVersion(w io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	sum, err := fileHash(exe)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s version devel %s buildID=%s\n", exe, version(), sum)
	return err
}

// fileHash returns the SHA-256 of a file's content, in hex.
func fileHash(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
