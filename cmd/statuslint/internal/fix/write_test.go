package fix_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/fix"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.go")
	target := filepath.Join(dir, "target.go")
	link := filepath.Join(dir, "link.go")
	changed := filepath.Join(dir, "changed.go")
	for _, name := range []string{plain, target, changed} {
		if err := os.WriteFile(name, []byte("old\n"), 0o640); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("target.go", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	res := &fix.Result{Files: []*fix.File{
		{Name: plain, Old: []byte("old\n"), New: []byte("new\n")},
		{Name: changed, Old: []byte("older\n"), New: []byte("new\n")},
		{Name: link, Old: []byte("old\n"), New: []byte("new\n")},
	}}
	err := res.Write()
	if err == nil || !strings.Contains(err.Error(), "changed.go: changed since") || strings.Count(err.Error(), "\n") != 0 {
		t.Errorf("Write() = %v, want only an error that changed.go changed", err)
	}

	for name, want := range map[string]string{plain: "new\n", target: "new\n", changed: "old\n"} {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s holds %q, want %q", filepath.Base(name), got, want)
		}
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o640 {
			t.Errorf("%s has mode %v, want 0640 kept", filepath.Base(name), fi.Mode().Perm())
		}
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link.go is no longer a symbolic link (%v)", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 4 {
		t.Errorf("directory holds %d entries, want the 4 files and no temporary one left behind", len(entries))
	}
}
