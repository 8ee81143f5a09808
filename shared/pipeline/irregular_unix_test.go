//go:build unix

package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Links, FIFOs and folders in a document folder end in a ledger state with
// a reason; nothing outside the data folder is read.
func TestIrregularInboxEntriesAreRejected(t *testing.T) {
	e := newEnv(t)
	root := e.store.Root()
	secret := filepath.Join(t.TempDir(), "passwd")
	if err := os.WriteFile(secret, []byte("root:x:0:0:SECRETROOT"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	folder := func(id string) string {
		d := filepath.Join(root, "inbox", "approval", id)
		if err := os.MkdirAll(filepath.Join(d, "files"), 0o750); err != nil {
			t.Fatal(err)
		}
		return d
	}
	withFile := func(id string) []byte {
		m := envelope(id, 1)
		m["files"] = []any{map[string]any{"name": "붙임1.txt", "key": "files/붙임1.txt"}}
		return mustJSON(t, m)
	}
	ingest := func(key string) {
		t.Helper()
		if err := e.p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: "inbox", Key: key}); err != nil {
			t.Fatalf("ingest %s: %v", key, err)
		}
	}
	// A symlinked file.
	d := folder("LINK-FILE")
	os.Symlink(secret, filepath.Join(d, "files", "붙임1.txt"))
	os.WriteFile(filepath.Join(d, "envelope.json"), withFile("LINK-FILE"), 0o600)
	ingest("approval/LINK-FILE/envelope.json")
	// A FIFO as a file.
	d = folder("FIFO-FILE")
	if err := syscall.Mkfifo(filepath.Join(d, "files", "붙임1.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(d, "envelope.json"), withFile("FIFO-FILE"), 0o600)
	ingest("approval/FIFO-FILE/envelope.json")
	// A folder where the file should be.
	d = folder("DIR-FILE")
	os.MkdirAll(filepath.Join(d, "files", "붙임1.txt"), 0o750)
	os.WriteFile(filepath.Join(d, "envelope.json"), withFile("DIR-FILE"), 0o600)
	ingest("approval/DIR-FILE/envelope.json")
	// A symlinked envelope pointing outside the inbox.
	outside := filepath.Join(t.TempDir(), "envelope.json")
	os.WriteFile(outside, mustJSON(t, envelope("LINK-ENV", 1)), 0o600)
	d = folder("LINK-ENV")
	os.Symlink(outside, filepath.Join(d, "envelope.json"))
	ingest("approval/LINK-ENV/envelope.json")

	for id, code := range map[string]string{"LINK-FILE": "inbox.not_regular:symlink", "FIFO-FILE": "inbox.not_regular:fifo", "DIR-FILE": "inbox.not_regular:directory"} {
		if r := e.record(id); r.State != ledger.Rejected || r.Reason != code {
			t.Errorf("%s: %s %s, want rejected %s", id, r.State, r.Reason, code)
		}
	}
	if r := e.inboxRecord("approval/LINK-ENV/envelope.json"); r.State != ledger.Rejected || r.Reason != "inbox.not_regular:symlink" {
		t.Errorf("linked envelope: %+v", r)
	}
	if _, err := e.led.Get(ctx, "6110000", "LINK-ENV"); !errors.Is(err, ledger.ErrNotFound) {
		t.Errorf("a linked envelope's content reached the ledger: %v", err)
	}
	if n := e.publicCount(); n != 0 {
		t.Errorf("%d published", n)
	}
	// Nothing of the secret anywhere in the work bucket either.
	e.store.List(ctx, "work", "", func(in storage.Info) error {
		data, _ := storage.ReadAll(ctx, e.store, "work", in.Key, 1<<20)
		if strings.Contains(string(data), "SECRETROOT") {
			t.Errorf("%s holds the file outside", in.Key)
		}
		return nil
	})
}
