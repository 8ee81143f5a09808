package bleve

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
)

// The write-ahead log makes a write survive a crash before Bleve has
// persisted it. Scorch persists a batch with a dozen fsyncs (segment, root
// bolt…), about 35 ms here even for one document, so a caller waiting for
// that sees tens of documents per second. The writer instead appends each
// batch's changes to a log, lets Bleve make it searchable, and answers. The
// append reaches the operating system before the answer, so a process
// crash loses nothing; the log is fsynced every walSyncEvery (an fsync per
// batch would queue behind Scorch's own and cost as much as waiting), so a
// machine crash loses at most that much. A log file is removed once every
// batch written to it is persisted by Bleve; on Open, files left by a
// crash are replayed (writes are idempotent by version).

// walMaxBytes is when the writer starts a new log file.
const walMaxBytes = 16 << 20

// walSyncEvery is how often the log is fsynced.
const walSyncEvery = 200 * time.Millisecond

type walRecord struct {
	Doc     *search.Doc `json:"doc,omitempty"`
	Org     string      `json:"org,omitempty"`
	ID      string      `json:"id,omitempty"`
	Version int         `json:"v,omitempty"`
}

type walFile struct {
	name    string
	f       *os.File
	size    int64
	pending int // batches written here and not yet persisted by Bleve
	sealed  bool
	dirty   bool // written since the last fsync
}

type wal struct {
	dir  string
	mu   sync.Mutex // guards pending, sealed and removal
	cur  *walFile
	next int
}

func walName(dir string, n int) string {
	return filepath.Join(dir, fmt.Sprintf("plaza-wal-%08d.jsonl", n))
}

// walFiles lists the log files left in dir, oldest first.
func walFiles(dir string) ([]string, error) {
	m, err := filepath.Glob(filepath.Join(dir, "plaza-wal-*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("list write-ahead log: %w", err)
	}
	slices.Sort(m)
	return m, nil
}

func openWAL(dir string, next int) *wal { return &wal{dir: dir, next: next} }

// readWAL decodes a log file; a torn last line (a crash mid-write) ends it.
func readWAL(name string) ([]op, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open write-ahead log: %w", err)
	}
	defer f.Close()
	var ops []op
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r walRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			break
		}
		if r.Doc != nil {
			ops = append(ops, op{doc: r.Doc, org: r.Doc.Org, id: r.Doc.ID, version: search.Stamp(r.Doc.Version, r.Doc.Revision)})
		} else {
			ops = append(ops, op{org: r.Org, id: r.ID, version: r.Version})
		}
	}
	if err := sc.Err(); err != nil && !strings.Contains(err.Error(), "token too long") {
		return ops, fmt.Errorf("read write-ahead log %s: %w", filepath.Base(name), err)
	}
	return ops, nil
}

// append writes a batch's changes with one fsync and returns the file to
// release when the batch is persisted.
func (w *wal) append(ops []op) (*walFile, error) {
	w.mu.Lock()
	if w.cur == nil || w.cur.size > walMaxBytes {
		if w.cur != nil {
			w.cur.sealed = true
			w.removeIfDone(w.cur)
		}
		name := walName(w.dir, w.next)
		w.next++
		f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			w.mu.Unlock()
			return nil, fmt.Errorf("create write-ahead log: %w", err)
		}
		w.cur = &walFile{name: name, f: f}
	}
	wf := w.cur
	wf.pending++
	w.mu.Unlock()

	var buf []byte
	for _, o := range ops {
		line := o.line
		if o.doc == nil {
			// A delete's recorded version may be raised to the tombstone's.
			b, err := json.Marshal(walRecord{Org: o.org, ID: o.id, Version: o.version})
			if err != nil {
				w.release(wf)
				return nil, fmt.Errorf("encode write-ahead record: %w", err)
			}
			line = append(b, '\n')
		}
		if line == nil {
			b, err := json.Marshal(walRecord{Doc: o.doc})
			if err != nil {
				w.release(wf)
				return nil, fmt.Errorf("encode write-ahead record: %w", err)
			}
			line = append(b, '\n')
		}
		buf = append(buf, line...)
	}
	// Only the writer goroutine appends, so writes do not interleave.
	if _, err := wf.f.Write(buf); err != nil {
		w.release(wf)
		return nil, fmt.Errorf("write-ahead log: %w", err)
	}
	wf.size += int64(len(buf))
	w.mu.Lock()
	wf.dirty = true
	w.mu.Unlock()
	return wf, nil
}

// sync flushes the current file to disk if it has unsynced writes.
func (w *wal) sync() error {
	w.mu.Lock()
	wf := w.cur
	if wf == nil || !wf.dirty || wf.f == nil {
		w.mu.Unlock()
		return nil
	}
	wf.dirty = false
	f := wf.f
	w.mu.Unlock()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync write-ahead log: %w", err)
	}
	return nil
}

// syncLoop fsyncs the log every walSyncEvery until stop is closed.
func (w *wal) syncLoop(stop <-chan struct{}, stopped chan<- struct{}) {
	defer close(stopped)
	t := time.NewTicker(walSyncEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			_ = w.sync() // a failing disk shows in Bleve's own persist errors
		}
	}
}

// release marks one batch of wf persisted.
func (w *wal) release(wf *walFile) {
	w.mu.Lock()
	defer w.mu.Unlock()
	wf.pending--
	w.removeIfDone(wf)
}

// removeIfDone deletes a sealed file whose batches are all persisted.
// Called with mu held.
func (w *wal) removeIfDone(wf *walFile) {
	if wf.sealed && wf.pending == 0 && wf.f != nil {
		_ = wf.f.Close()
		wf.f = nil
		_ = os.Remove(wf.name)
	}
}

// close seals the current file; after the index is closed (everything
// persisted) every file can go.
func (w *wal) close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.cur != nil {
		w.cur.sealed = true
		if w.cur.f != nil {
			_ = w.cur.f.Close()
			w.cur.f = nil
		}
		if w.cur.pending == 0 {
			if err := os.Remove(w.cur.name); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("remove write-ahead log: %w", err)
			}
		}
		w.cur = nil
	}
	return nil
}

// walSeq is the number in a log file's name.
func walSeq(name string) int {
	s := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), "plaza-wal-"), ".jsonl")
	n, _ := strconv.Atoi(s)
	return n
}
