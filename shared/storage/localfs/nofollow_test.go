//go:build unix

package localfs

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// outside is a folder beside the data folder holding a secret that no
// entry in the inbox may make the store read or overwrite.
func outside(t *testing.T) (dir, secret string) {
	t.Helper()
	dir = t.TempDir()
	secret = filepath.Join(dir, "passwd")
	if err := os.WriteFile(secret, []byte("root:x:0:0:SECRET"), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, secret
}

func inboxStore(t *testing.T) (*Store, string) {
	t.Helper()
	root := t.TempDir()
	s, err := New(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "inbox", "sys", "DOC-1", "files"), 0o750); err != nil {
		t.Fatal(err)
	}
	return s, filepath.Join(root, "inbox", "sys", "DOC-1")
}

func wantIrregular(t *testing.T, what string, err error, kind string) {
	t.Helper()
	ie, ok := storage.Irregular(err)
	if !ok || !errors.Is(err, storage.ErrIrregular) {
		t.Fatalf("%s: %v, want an irregular-object error", what, err)
	}
	if ie.Kind != kind {
		t.Errorf("%s: kind %q, want %q", what, ie.Kind, kind)
	}
	if strings.Contains(err.Error(), "DOC-1") || strings.Contains(err.Error(), "passwd") {
		t.Errorf("%s: the message repeats the key: %v", what, err)
	}
}

// TestSymlinkedFileIsNeverFollowed: a file in a document folder that is a
// link to a file outside (the /etc/passwd attack) is reported, not read.
func TestSymlinkedFileIsNeverFollowed(t *testing.T) {
	s, doc := inboxStore(t)
	_, secret := outside(t)
	if err := os.Symlink(secret, filepath.Join(doc, "files", "붙임1.txt")); err != nil {
		t.Fatal(err)
	}
	// A relative link inside the data folder is refused as well: the store
	// follows no link at all.
	if err := os.WriteFile(filepath.Join(doc, "real.txt"), []byte("inside"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.txt", filepath.Join(doc, "envelope.json")); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, key := range []string{"sys/DOC-1/files/붙임1.txt", "sys/DOC-1/envelope.json"} {
		_, _, err := s.Get(ctx, "inbox", key)
		wantIrregular(t, "get "+key, err, storage.KindSymlink)
		_, err = s.Head(ctx, "inbox", key)
		wantIrregular(t, "head "+key, err, storage.KindSymlink)
		_, err = storage.ReadAll(ctx, s, "inbox", key, 1<<20)
		wantIrregular(t, "read all "+key, err, storage.KindSymlink)
	}
	// Listed (so that the monitor can tell the sender), never followed.
	var keys []string
	if err := s.List(ctx, "inbox", "sys/", func(in storage.Info) error { keys = append(keys, in.Key); return nil }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(keys, ",") != "sys/DOC-1/envelope.json,sys/DOC-1/files/붙임1.txt,sys/DOC-1/real.txt" {
		t.Errorf("list = %v", keys)
	}
}

// TestSymlinkedFolderIsNeverEntered: a folder on the way to a key that is
// a link to a folder outside is neither read, listed nor written through.
func TestSymlinkedFolderIsNeverEntered(t *testing.T) {
	s, doc := inboxStore(t)
	out, secret := outside(t)
	if err := os.Symlink(out, filepath.Join(doc, "linked")); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	_, _, err := s.Get(ctx, "inbox", "sys/DOC-1/linked/passwd")
	wantIrregular(t, "get through a linked folder", err, storage.KindSymlink)
	_, err = s.Head(ctx, "inbox", "sys/DOC-1/linked/passwd")
	wantIrregular(t, "head through a linked folder", err, storage.KindSymlink)
	n := 0
	if err := s.List(ctx, "inbox", "sys/DOC-1/linked/", func(storage.Info) error { n++; return nil }); err != nil || n != 0 {
		t.Errorf("list through a linked folder: %d objects, %v", n, err)
	}
	// Writes and deletes refuse the linked folder too.
	if err := s.Put(ctx, "inbox", "sys/DOC-1/linked/passwd", strings.NewReader("overwritten"), storage.PutOptions{}); err == nil {
		t.Error("put wrote through a linked folder")
	}
	if err := s.Delete(ctx, "inbox", "sys/DOC-1/linked/passwd"); err == nil {
		t.Error("delete went through a linked folder")
	}
	if data, err := os.ReadFile(secret); err != nil || string(data) != "root:x:0:0:SECRET" {
		t.Fatalf("the file outside changed: %q %v", data, err)
	}
	// A link as a whole bucket is refused as well.
	root := t.TempDir()
	if err := os.Symlink(out, filepath.Join(root, "inbox")); err != nil {
		t.Fatal(err)
	}
	s2, _ := New(root, nil)
	_, _, err = s2.Get(ctx, "inbox", "passwd")
	wantIrregular(t, "get from a linked bucket", err, storage.KindSymlink)
}

// TestFIFOIsNeverOpened: reading a FIFO would block the stage forever (or
// read what another process writes); the store reports it instead.
func TestFIFOIsNeverOpened(t *testing.T) {
	s, doc := inboxStore(t)
	if err := syscall.Mkfifo(filepath.Join(doc, "files", "pipe.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(doc, "envelope.json"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, key := range []string{"sys/DOC-1/files/pipe.txt", "sys/DOC-1/envelope.json"} {
		_, _, err := s.Get(ctx, "inbox", key)
		wantIrregular(t, "get "+key, err, storage.KindFIFO)
		_, err = s.Head(ctx, "inbox", key)
		wantIrregular(t, "head "+key, err, storage.KindFIFO)
	}
}

// TestFolderWhereObjectExpected: a key naming a folder is reported as one.
func TestFolderWhereObjectExpected(t *testing.T) {
	s, doc := inboxStore(t)
	if err := os.MkdirAll(filepath.Join(doc, "files", "붙임1.hwp"), 0o750); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.Get(context.Background(), "inbox", "sys/DOC-1/files/붙임1.hwp")
	wantIrregular(t, "get a folder", err, storage.KindDirectory)
	_, err = s.Head(context.Background(), "inbox", "sys/DOC-1/files/붙임1.hwp")
	wantIrregular(t, "head a folder", err, storage.KindDirectory)
	// A file where a folder is on the way is simply no such object.
	if _, err := s.Head(context.Background(), "inbox", "sys/DOC-1/files/붙임1.hwp/x"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("below a folder that does not exist: %v", err)
	}
	if err := os.WriteFile(filepath.Join(doc, "plain"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Get(context.Background(), "inbox", "sys/DOC-1/plain/x"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("below a file: %v", err)
	}
}

// TestPutReplacesALinkItself: writing an object whose key is a link
// replaces the link and leaves its target alone.
func TestPutReplacesALinkItself(t *testing.T) {
	s, doc := inboxStore(t)
	_, secret := outside(t)
	link := filepath.Join(doc, "files", "x.txt")
	if err := os.Symlink(secret, link); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.Put(ctx, "inbox", "sys/DOC-1/files/x.txt", strings.NewReader("new"), storage.PutOptions{IfNoneMatch: true}); !errors.Is(err, storage.ErrExists) {
		t.Errorf("conditional put over a link: %v", err)
	}
	if err := s.Put(ctx, "inbox", "sys/DOC-1/files/x.txt", strings.NewReader("new"), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	rc, _, err := s.Get(ctx, "inbox", "sys/DOC-1/files/x.txt")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(rc)
	rc.Close()
	if string(data) != "new" {
		t.Errorf("read back %q", data)
	}
	if data, _ := os.ReadFile(secret); string(data) != "root:x:0:0:SECRET" {
		t.Errorf("the link's target was overwritten: %q", data)
	}
}
