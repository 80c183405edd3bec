package fix

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Write writes every fixed file (see File.Write). It goes on past a file
// it cannot write and returns the errors of all that failed.
func (r *Result) Write() error {
	var errs []error
	for _, f := range r.Files {
		if err := f.Write(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Write replaces the file with f.New: written beside it under a temporary
// name, with its permissions, then renamed over it, so that a reader sees
// the old file or the new one, never a mix, and a failed write leaves the
// old file as it was. A symbolic link is followed, so that the file it
// points to is fixed and the link stays a link. A file that no longer
// holds f.Old is not written: the fixes' offsets were computed on f.Old.
func (f *File) Write() error {
	name, err := filepath.EvalSymlinks(f.Name)
	if err != nil {
		return err
	}
	fi, err := os.Stat(name)
	if err != nil {
		return err
	}
	cur, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, f.Old) {
		return fmt.Errorf("%s: changed since it was analyzed; not fixed", f.Name)
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".statuslint-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(f.New)
	err = errors.Join(err, tmp.Chmod(fi.Mode().Perm()), tmp.Close())
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name()) // best effort: the error to report is err
		return fmt.Errorf("%s: %v", f.Name, err)
	}
	return nil
}
