// Package teamdata finds the team's shared folder — ../shared beside the
// repository, holding the OpenSearch specification, the statute corpus and
// the sample documents — for tests, benchmarks and evaluation commands. The
// files are read from there, never copied into the project.
package teamdata

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: "shared" beside the directory holding
// go.mod, walking up from the working directory.
func Dir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared"), nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("teamdata: no go.mod above the working directory")
		}
		dir = up
	}
}

// Path returns a file or folder inside the shared folder.
func Path(rel ...string) (string, error) {
	dir, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{dir}, rel...)...), nil
}

// Read reads a file of the shared folder for a test. A missing file fails
// the test under CI (CI=true), where the folder is always laid beside the
// clone, and skips it elsewhere with a message saying what is missing.
func Read(t testing.TB, rel ...string) []byte {
	t.Helper()
	p, err := Path(rel...)
	var data []byte
	if err == nil {
		data, err = os.ReadFile(p)
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("team data %s: %v", filepath.Join(rel...), err)
		}
		t.Skipf("team data %s missing (the team's shared folder beside the repository): %v", filepath.Join(rel...), err)
	}
	return data
}
