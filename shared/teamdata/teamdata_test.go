package teamdata

import (
	"bytes"
	"path/filepath"
	"testing"
)

func TestReadFindsTheSharedFolder(t *testing.T) {
	data := Read(t, "corpus", "README.md")
	if !bytes.Contains(data, []byte("kr-laws.jsonl")) {
		t.Errorf("not the corpus README: %.80q", data)
	}
	p, err := Path("samples")
	if err != nil || filepath.Base(filepath.Dir(p)) != "shared" {
		t.Errorf("%s %v", p, err)
	}
}
