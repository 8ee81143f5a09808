package backfill

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// Entry is one line of a checkpoint: a document whose envelope was
// written, with the envelope's digest and when.
type Entry struct {
	Name    string    `json:"name"`
	Digest  string    `json:"sha256"`
	Source  string    `json:"source"` // the envelope's inbox key
	Version int       `json:"version,omitempty"`
	Org     string    `json:"org,omitempty"`
	At      time.Time `json:"at"` // just before the envelope was written
}

// Checkpoint is an append-only JSONL file of the documents whose envelope
// was written. Each line is written by one write call after the envelope
// put returned, so a crash of the process loses at most the lines of puts
// in flight; a torn last line (a crash of the machine) is ignored, and its
// document is sent again, which the idempotent pipeline absorbs.
type Checkpoint struct {
	mu   sync.Mutex
	f    *os.File
	done map[string]Entry // by name
}

// OpenCheckpoint opens (or creates) the checkpoint at p and reads what an
// earlier run did.
func OpenCheckpoint(p string) (*Checkpoint, error) {
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("checkpoint: %w", err)
	}
	c := &Checkpoint{f: f, done: map[string]Entry{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var e Entry
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.Name == "" {
			continue // a torn line
		}
		c.done[e.Name] = e
	}
	if err := sc.Err(); err != nil {
		f.Close()
		return nil, fmt.Errorf("checkpoint %s: %w", p, err)
	}
	// End a torn last line, so the next entry starts a line of its own.
	if info, err := f.Stat(); err == nil && info.Size() > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, info.Size()-1); err == nil && last[0] != '\n' {
			if _, err := f.Write([]byte("\n")); err != nil {
				f.Close()
				return nil, fmt.Errorf("checkpoint %s: %w", p, err)
			}
		}
	}
	return c, nil
}

// Done returns the entry of d when an earlier run sent this very envelope.
func (c *Checkpoint) Done(d Doc) (Entry, bool) {
	if c == nil {
		return Entry{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.done[d.Name]
	return e, ok && e.Digest == d.Digest
}

// Len is the number of documents recorded.
func (c *Checkpoint) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.done)
}

// Add records e.
func (c *Checkpoint) Add(e Entry) error {
	if c == nil {
		return nil
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := c.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	c.done[e.Name] = e
	return nil
}

// Close syncs and closes the file.
func (c *Checkpoint) Close() error {
	if c == nil {
		return nil
	}
	return errors.Join(c.f.Sync(), c.f.Close())
}
