package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFile replaces the file name with data, for the files statuslint
// writes (baselines, -format=FORMAT=FILE): written beside it under a
// temporary name, then renamed over it, so that a reader — or a CI step
// after a killed run — sees the old file or the new one, never half of
// one. A symbolic link is refused, not followed: the link could lead
// anywhere, e.g. out of the repository. An existing file keeps its
// permissions.
func writeFile(name string, data []byte) error {
	perm := fs.FileMode(0o644)
	switch fi, err := os.Lstat(name); {
	case err == nil && fi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s is a symbolic link: not written through it (name the file it points to, or remove the link)", name)
	case err == nil && !fi.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file: not written", name)
	case err == nil:
		perm = fi.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".statuslint-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	err = errors.Join(err, tmp.Chmod(perm), tmp.Close())
	if err == nil {
		// rename replaces a link that appeared since Lstat, never
		// writing through it.
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name()) // best effort: the error to report is err
		return err
	}
	return nil
}
