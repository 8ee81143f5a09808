package access

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// FileName is the name of the local access log of t's day (UTC, as
// CloudFront cuts its files): the aggregation picks files by it.
func FileName(t time.Time) string { return t.UTC().Format(time.DateOnly) + ".log" }

// Writer appends JSON lines to one file per UTC day in a folder: the
// local stack's access log, the stand-in of API Gateway's and
// CloudFront's logs.
type Writer struct {
	dir  string
	mu   sync.Mutex
	f    *os.File
	name string
}

// NewWriter returns a Writer into dir, which it creates.
func NewWriter(dir string) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("access log folder: %w", err)
	}
	return &Writer{dir: dir}, nil
}

// Write appends l to the file of its day. A line is written in one call,
// so a crash tears at most the last one (which Scan skips).
func (w *Writer) Write(at time.Time, l Line) error {
	b, err := json.Marshal(l)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	w.mu.Lock()
	defer w.mu.Unlock()
	if name := FileName(at); name != w.name || w.f == nil {
		if w.f != nil {
			_ = w.f.Close()
		}
		f, err := os.OpenFile(filepath.Join(w.dir, name), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o640)
		if err != nil {
			w.f, w.name = nil, ""
			return fmt.Errorf("access log: %w", err)
		}
		w.f, w.name = f, name
	}
	if _, err := w.f.Write(b); err != nil {
		return fmt.Errorf("access log: %w", err)
	}
	return nil
}

// Close closes the open file.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		return nil
	}
	err := w.f.Close()
	w.f, w.name = nil, ""
	return err
}
