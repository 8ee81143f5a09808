package main

import (
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// settle is how long a file must stay unchanged before it counts as
// written: a copy arrives in several writes, and half an envelope is not
// an envelope.
const settle = 150 * time.Millisecond

// watcher reports files written under a folder tree, once each has settled.
type watcher struct {
	root  string
	log   *slog.Logger
	fire  func(rel string)
	fsw   *fsnotify.Watcher
	mu    sync.Mutex
	timer map[string]*time.Timer
	done  chan struct{}
}

func newWatcher(root string, log *slog.Logger, fire func(rel string)) (*watcher, error) {
	if err := os.MkdirAll(root, 0o750); err != nil {
		return nil, err
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: root, log: log, fire: fire, fsw: fsw, timer: map[string]*time.Timer{}, done: make(chan struct{})}
	if err := w.addTree(root, false); err != nil {
		fsw.Close()
		return nil, err
	}
	go w.loop()
	return w, nil
}

// addTree watches dir and everything below it; with announce, files already
// there are reported too (they may have landed before the watch).
func (w *watcher) addTree(dir string, announce bool) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // vanished meanwhile
		}
		if d.IsDir() {
			if err := w.fsw.Add(p); err != nil {
				w.log.Warn("cannot watch folder", "dir", p, "err", err)
			}
			return nil
		}
		if announce {
			w.touch(p)
		}
		return nil
	})
}

func (w *watcher) loop() {
	for {
		select {
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if ev.Op&(fsnotify.Create|fsnotify.Write) == 0 {
				continue
			}
			// Lstat: a link to a folder is not entered (and the store
			// refuses to read through it); it is reported like a file, so
			// that ingest tells its sender.
			st, err := os.Lstat(ev.Name)
			if err != nil {
				continue
			}
			if st.IsDir() {
				if ev.Op&fsnotify.Create != 0 {
					_ = w.addTree(ev.Name, true)
				}
				continue
			}
			w.touch(ev.Name)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			w.log.Warn("folder watch", "err", err)
		case <-w.done:
			return
		}
	}
}

// touch (re)starts the settle timer of a file.
func (w *watcher) touch(p string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if t, ok := w.timer[p]; ok {
		t.Reset(settle)
		return
	}
	w.timer[p] = time.AfterFunc(settle, func() {
		w.mu.Lock()
		delete(w.timer, p)
		w.mu.Unlock()
		rel, err := filepath.Rel(w.root, p)
		if err == nil {
			w.fire(rel)
		}
	})
}

func (w *watcher) Close() error {
	close(w.done)
	w.mu.Lock()
	for _, t := range w.timer {
		t.Stop()
	}
	w.mu.Unlock()
	return w.fsw.Close()
}
