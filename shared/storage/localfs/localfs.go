// Package localfs is the object store on one machine: a bucket is a folder
// under a root, an object is a file. Every put and delete fires the same
// object event S3 sends through EventBridge, so the pipeline runs unchanged.
//
// The inbox folder is written by other systems, so the store never follows
// a symbolic link below the root and never reads anything but a regular
// file: a link, a FIFO, a device, a socket or a folder where an object is
// expected is reported as a *storage.IrregularError (see nofollow_unix.go),
// and nothing outside the data folder is ever read or written.
package localfs

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
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

// split checks a bucket and key and returns the key's segments.
func split(bucket, key string) ([]string, error) {
	if !validName(bucket) || strings.Contains(bucket, "/") {
		return nil, fmt.Errorf("localfs: invalid bucket %q", bucket)
	}
	if !validKey(key) {
		return nil, fmt.Errorf("localfs: invalid key %q", key)
	}
	return strings.Split(key, "/"), nil
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
	parts, err := split(bucket, key)
	if err != nil {
		return err
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
	// With IfNoneMatch a hard link, which fails if the target exists: an
	// atomic create-if-absent.
	if err := placeObject(s.root, bucket, key, parts, tmp.Name(), opts.IfNoneMatch); err != nil {
		if err == storage.ErrExists {
			return err
		}
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
		return fmt.Errorf("localfs: event %v: %w", ev, err)
	}
	return nil
}

// Get opens an object. A key naming anything but a regular file answers a
// *storage.IrregularError, without following or opening it.
func (s *Store) Get(ctx context.Context, bucket, key string) (io.ReadCloser, storage.Info, error) {
	parts, err := split(bucket, key)
	if err != nil {
		return nil, storage.Info{}, err
	}
	f, info, err := openObject(s.root, bucket, key, parts)
	if err != nil {
		return nil, storage.Info{}, wrap("get", bucket, key, err)
	}
	return f, info, nil
}

// wrap adds context to an error unless it is one callers test for.
func wrap(op, bucket, key string, err error) error {
	if err == storage.ErrNotFound {
		return err
	}
	if _, ok := storage.Irregular(err); ok {
		return err
	}
	return fmt.Errorf("localfs: %s %s/%s: %w", op, bucket, key, err)
}

// Head describes an object.
func (s *Store) Head(ctx context.Context, bucket, key string) (storage.Info, error) {
	parts, err := split(bucket, key)
	if err != nil {
		return storage.Info{}, err
	}
	info, err := statObject(s.root, bucket, key, parts)
	if err != nil {
		return storage.Info{}, wrap("head", bucket, key, err)
	}
	return info, nil
}

// Delete removes an object and fires an Object Deleted event. Deleting a
// missing object is not an error, as in S3.
func (s *Store) Delete(ctx context.Context, bucket, key string) error {
	parts, err := split(bucket, key)
	if err != nil {
		return err
	}
	if err := removeObject(s.root, bucket, key, parts); err != nil {
		return wrap("delete", bucket, key, err)
	}
	return s.fire(ctx, storage.Event{Kind: storage.Deleted, Bucket: bucket, Key: key})
}

// List walks the objects under prefix in key order. Irregular entries (a
// link, a FIFO…) are listed with their own size, never followed, so that
// the monitor's reconciliation can tell their sender; reading one answers
// a *storage.IrregularError.
func (s *Store) List(ctx context.Context, bucket, prefix string, fn func(storage.Info) error) error {
	if !validName(bucket) {
		return fmt.Errorf("localfs: invalid bucket %q", bucket)
	}
	// Start from the deepest folder the prefix names, to avoid walking all.
	var dirParts []string
	if i := strings.LastIndex(prefix, "/"); i >= 0 {
		for _, p := range strings.Split(prefix[:i], "/") {
			if p == "" || p == "." || p == ".." {
				return nil // no key has such a segment
			}
			dirParts = append(dirParts, p)
		}
	}
	var infos []storage.Info
	err := walkObjects(s.root, bucket, dirParts, func(key string, in storage.Info) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(key, prefix) {
			infos = append(infos, in)
		}
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
