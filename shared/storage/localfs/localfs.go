// Package localfs is the object store on one machine: a bucket is a folder
// under a root, an object is a file. Every put and delete fires the same
// object event S3 sends through EventBridge, so the pipeline runs unchanged.
package localfs

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// Notifier receives the events of the store's writes.
type Notifier interface {
	Publish(ctx context.Context, ev storage.Event) error
}

// Store is a folder-backed storage.Store.
type Store struct {
	root   string
	notify Notifier
	now    func() time.Time
}

// tmpDir holds partial writes; it is never listed.
const tmpDir = ".tmp"

// New returns a store rooted at root. notify may be nil (no events).
func New(root string, notify Notifier) (*Store, error) {
	if err := os.MkdirAll(filepath.Join(root, tmpDir), 0o750); err != nil {
		return nil, fmt.Errorf("localfs: %w", err)
	}
	return &Store{root: root, notify: notify, now: time.Now}, nil
}

// Root returns the folder the store lives in.
func (s *Store) Root() string { return s.root }

// Path returns the file path of an object, or an error for a key that
// could escape its bucket.
func (s *Store) Path(bucket, key string) (string, error) {
	if !validName(bucket) || strings.Contains(bucket, "/") {
		return "", fmt.Errorf("localfs: invalid bucket %q", bucket)
	}
	if !validKey(key) {
		return "", fmt.Errorf("localfs: invalid key %q", key)
	}
	return filepath.Join(s.root, bucket, filepath.FromSlash(key)), nil
}

func validName(s string) bool {
	return s != "" && s != "." && s != ".." && !strings.HasPrefix(s, ".") && utf8.ValidString(s) && !strings.ContainsAny(s, "\x00\\")
}

func validKey(k string) bool {
	if len(k) > 1024 || k == "" || !utf8.ValidString(k) || strings.ContainsAny(k, "\x00\\") {
		return false
	}
	for _, part := range strings.Split(k, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}

// Put writes an object atomically (temp file, then rename) and fires an
// Object Created event.
func (s *Store) Put(ctx context.Context, bucket, key string, body io.Reader, opts storage.PutOptions) error {
	path, err := s.Path(bucket, key)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return fmt.Errorf("localfs: put %s/%s: %w", bucket, key, err)
	}
	tmp, err := os.CreateTemp(filepath.Join(s.root, tmpDir), "put-*")
	if err != nil {
		return fmt.Errorf("localfs: put %s/%s: %w", bucket, key, err)
	}
	defer os.Remove(tmp.Name())
	h := md5.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), body)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("localfs: put %s/%s: %w", bucket, key, err)
	}
	if opts.IfNoneMatch {
		// A hard link fails if the target exists: an atomic create-if-absent.
		if err := os.Link(tmp.Name(), path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return storage.ErrExists
			}
			return fmt.Errorf("localfs: put %s/%s: %w", bucket, key, err)
		}
	} else if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("localfs: put %s/%s: %w", bucket, key, err)
	}
	return s.fire(ctx, storage.Event{Kind: storage.Created, Bucket: bucket, Key: key, Size: n, ETag: hex.EncodeToString(h.Sum(nil))})
}

func (s *Store) fire(ctx context.Context, ev storage.Event) error {
	if s.notify == nil {
		return nil
	}
	ev.Time = s.now().UTC()
	if err := s.notify.Publish(ctx, ev); err != nil {
		return fmt.Errorf("localfs: event for %s/%s: %w", ev.Bucket, ev.Key, err)
	}
	return nil
}

// Get opens an object.
func (s *Store) Get(ctx context.Context, bucket, key string) (io.ReadCloser, storage.Info, error) {
	path, err := s.Path(bucket, key)
	if err != nil {
		return nil, storage.Info{}, err
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, storage.Info{}, storage.ErrNotFound
	}
	if err != nil {
		return nil, storage.Info{}, fmt.Errorf("localfs: get %s/%s: %w", bucket, key, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, storage.Info{}, fmt.Errorf("localfs: get %s/%s: %w", bucket, key, err)
	}
	if st.IsDir() {
		f.Close()
		return nil, storage.Info{}, storage.ErrNotFound
	}
	return f, storage.Info{Key: key, Size: st.Size(), Modified: st.ModTime()}, nil
}

// Head describes an object.
func (s *Store) Head(ctx context.Context, bucket, key string) (storage.Info, error) {
	path, err := s.Path(bucket, key)
	if err != nil {
		return storage.Info{}, err
	}
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && st.IsDir()) {
		return storage.Info{}, storage.ErrNotFound
	}
	if err != nil {
		return storage.Info{}, fmt.Errorf("localfs: head %s/%s: %w", bucket, key, err)
	}
	return storage.Info{Key: key, Size: st.Size(), Modified: st.ModTime()}, nil
}

// Delete removes an object and fires an Object Deleted event. Deleting a
// missing object is not an error, as in S3.
func (s *Store) Delete(ctx context.Context, bucket, key string) error {
	path, err := s.Path(bucket, key)
	if err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("localfs: delete %s/%s: %w", bucket, key, err)
	}
	return s.fire(ctx, storage.Event{Kind: storage.Deleted, Bucket: bucket, Key: key})
}

// List walks the objects under prefix in key order.
func (s *Store) List(ctx context.Context, bucket, prefix string, fn func(storage.Info) error) error {
	if !validName(bucket) {
		return fmt.Errorf("localfs: invalid bucket %q", bucket)
	}
	base := filepath.Join(s.root, bucket)
	// Start from the deepest folder the prefix names, to avoid walking all.
	dir := prefix
	if i := strings.LastIndex(dir, "/"); i >= 0 {
		dir = dir[:i]
	} else {
		dir = ""
	}
	start := filepath.Join(base, filepath.FromSlash(dir))
	var infos []storage.Info
	err := filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(base, path)
		if err != nil {
			return err
		}
		key := filepath.ToSlash(rel)
		if !strings.HasPrefix(key, prefix) {
			return nil
		}
		st, err := d.Info()
		if err != nil {
			return nil // vanished while walking
		}
		infos = append(infos, storage.Info{Key: key, Size: st.Size(), Modified: st.ModTime()})
		return nil
	})
	if err != nil {
		return fmt.Errorf("localfs: list %s/%s: %w", bucket, prefix, err)
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].Key < infos[j].Key })
	for _, in := range infos {
		if err := fn(in); err != nil {
			return err
		}
	}
	return nil
}
