package backfill

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// memUploader records every key it is given, in order.
type memUploader struct {
	mu   sync.Mutex
	keys []string
	fail func(key string) error
	// after is called after each upload (to cancel a run mid-way).
	after func(n int)
}

func (m *memUploader) Upload(ctx context.Context, key, path string, size int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		return err
	}
	if m.fail != nil {
		if err := m.fail(key); err != nil {
			return err
		}
	}
	m.mu.Lock()
	m.keys = append(m.keys, key)
	n := len(m.keys)
	m.mu.Unlock()
	if m.after != nil {
		m.after(n)
	}
	return nil
}

func writeDoc(t *testing.T, dir, id string, files ...string) {
	t.Helper()
	var keys []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("file "+f), 0o600); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, fmt.Sprintf(`{"name":%q,"key":%q}`, filepath.Base(f), f))
	}
	env := fmt.Sprintf(`{"schema":"plaza.envelope/v1","id":%q,"version":1,"files":[%s]}`, id, strings.Join(keys, ","))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "envelope.json"), []byte(env), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestTreeAndManifestsFindTheSameDocuments(t *testing.T) {
	root := t.TempDir()
	writeDoc(t, filepath.Join(root, "a"), "DOC-A", "files/붙임1.txt")
	writeDoc(t, filepath.Join(root, "nested", "b"), "DOC-B")
	writeDoc(t, filepath.Join(root, "c"), "bad id!", "files/x.txt") // named after its folder
	tree, err := Tree(root)
	if err != nil {
		t.Fatal(err)
	}
	csv := "envelope,files\na/envelope.json,files/붙임1.txt\nnested/b/envelope.json,\nc/envelope.json,files/x.txt\n"
	jsonl := `{"envelope":"a/envelope.json"}` + "\n" + `{"envelope":"nested/b/envelope.json"}` + "\n" + `{"envelope":"c/envelope.json","files":["files/x.txt"]}` + "\n"
	os.WriteFile(filepath.Join(root, "m.csv"), []byte(csv), 0o600)
	os.WriteFile(filepath.Join(root, "m.jsonl"), []byte(jsonl), 0o600)
	summary := func(docs []Doc) string {
		var s []string
		for _, d := range docs {
			var fs []string
			for _, f := range d.Files {
				fs = append(fs, f.Key)
			}
			s = append(s, d.Name+":"+strings.Join(fs, ","))
		}
		sort.Strings(s)
		return strings.Join(s, " ")
	}
	want := "DOC-A:files/붙임1.txt DOC-B: c:files/x.txt"
	if got := summary(tree); got != want {
		t.Errorf("tree: %s, want %s", got, want)
	}
	for _, m := range []string{"m.csv", "m.jsonl"} {
		docs, err := Manifest(filepath.Join(root, m))
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(docs); got != want {
			t.Errorf("%s: %s, want %s", m, got, want)
		}
	}
	// A manifest may not reach out of the envelope's folder.
	os.WriteFile(filepath.Join(root, "evil.jsonl"), []byte(`{"envelope":"a/envelope.json","files":["../c/files/x.txt"]}`), 0o600)
	if _, err := Manifest(filepath.Join(root, "evil.jsonl")); err == nil {
		t.Error("a file outside the envelope's folder was accepted")
	}
}

// Every document's files go before its envelope, under the system's (and
// the backfill's) folder.
func TestRunSendsFilesBeforeEachEnvelope(t *testing.T) {
	root := t.TempDir()
	for i := range 20 {
		writeDoc(t, filepath.Join(root, fmt.Sprint(i)), fmt.Sprintf("DOC-%02d", i), "files/a.txt", "files/b.txt")
	}
	docs, err := Tree(root)
	if err != nil {
		t.Fatal(err)
	}
	up := &memUploader{}
	res, err := Run(context.Background(), docs, up, Options{System: "archive", Backfill: true, Concurrency: 5})
	if err != nil || len(res.Sent) != 20 || len(res.Failed) != 0 {
		t.Fatalf("%+v %v", res, err)
	}
	seen := map[string]bool{}
	for _, k := range up.keys {
		if !strings.HasPrefix(k, "archive/backfill/DOC-") {
			t.Errorf("key %s", k)
		}
		dir, name := filepath.Split(k)
		if name == "envelope.json" && (!seen[dir+"files/a.txt"] || !seen[dir+"files/b.txt"]) {
			t.Errorf("%s before its files", k)
		}
		seen[k] = true
	}
	if len(up.keys) != 60 {
		t.Errorf("%d uploads, want 60", len(up.keys))
	}
}

// A run cancelled mid-way and run again with the same checkpoint sends
// every document exactly once; a document that failed is sent by the
// rerun; a changed envelope is sent again.
func TestInterruptedRunResumesFromItsCheckpoint(t *testing.T) {
	root := t.TempDir()
	for i := range 40 {
		writeDoc(t, filepath.Join(root, fmt.Sprint(i)), fmt.Sprintf("DOC-%02d", i), "files/a.txt")
	}
	docs, err := Tree(root)
	if err != nil {
		t.Fatal(err)
	}
	cpPath := filepath.Join(t.TempDir(), "checkpoint.jsonl")
	ctx, cancel := context.WithCancel(context.Background())
	up := &memUploader{
		after: func(n int) {
			if n == 30 {
				cancel()
			}
		},
		fail: func(key string) error {
			if strings.HasPrefix(key, "s/DOC-07/") {
				return errors.New("503 SlowDown")
			}
			return nil
		},
	}
	cp, err := OpenCheckpoint(cpPath)
	if err != nil {
		t.Fatal(err)
	}
	res1, err := Run(ctx, docs, up, Options{System: "s", Concurrency: 3, Checkpoint: cp})
	cp.Close()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run: %v", err)
	}
	if len(res1.Sent) == 0 || len(res1.Sent)+len(res1.Failed)+res1.NotStarted != 40 || res1.NotStarted == 0 {
		t.Fatalf("first run: sent %d failed %d not started %d", len(res1.Sent), len(res1.Failed), res1.NotStarted)
	}
	for _, f := range res1.Failed {
		if errors.Is(f.Err, context.Canceled) {
			t.Errorf("%s reported failed for the cancel: %v", f.Doc.Name, f.Err)
		}
	}
	// Torn last line, as after a crash of the machine.
	f, _ := os.OpenFile(cpPath, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"name":"DOC-3`)
	f.Close()

	up.fail, up.after = nil, nil
	cp, err = OpenCheckpoint(cpPath)
	if err != nil {
		t.Fatal(err)
	}
	res2, err := Run(context.Background(), docs, up, Options{System: "s", Concurrency: 3, Checkpoint: cp})
	cp.Close()
	if err != nil || len(res2.Sent) != 40 || len(res2.Failed) != 0 || res2.Resumed != len(res1.Sent) {
		t.Fatalf("rerun: sent %d failed %d resumed %d (first run sent %d): %v", len(res2.Sent), len(res2.Failed), res2.Resumed, len(res1.Sent), err)
	}
	envelopes := map[string]int{}
	for _, k := range up.keys {
		if strings.HasSuffix(k, "/envelope.json") {
			envelopes[k]++
		}
	}
	if len(envelopes) != 40 {
		t.Errorf("%d envelopes in the inbox, want 40", len(envelopes))
	}
	for k, n := range envelopes {
		if n != 1 {
			t.Errorf("%s uploaded %d times", k, n)
		}
	}
	// A new version of one envelope is sent again, the rest not.
	writeDoc(t, filepath.Join(root, "5"), "DOC-05", "files/a.txt", "files/b.txt")
	if docs, err = Tree(root); err != nil {
		t.Fatal(err)
	}
	before := len(up.keys)
	cp, _ = OpenCheckpoint(cpPath)
	defer cp.Close()
	res3, err := Run(context.Background(), docs, up, Options{System: "s", Checkpoint: cp})
	if err != nil || res3.Resumed != 39 || len(up.keys)-before != 3 {
		t.Errorf("changed envelope: resumed %d, %d uploads: %v", res3.Resumed, len(up.keys)-before, err)
	}
}
