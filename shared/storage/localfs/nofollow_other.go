//go:build !unix

package localfs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// Outside Unix the store checks every segment with Lstat before use and the
// opened file again with Stat. This is weaker than the descriptor walk of
// nofollow_unix.go (an entry swapped between the check and the use is not
// caught); the local stack is meant for Linux and macOS.

func kindOf(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m&fs.ModeSymlink != 0:
		return storage.KindSymlink
	case m&fs.ModeNamedPipe != 0:
		return storage.KindFIFO
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return storage.KindDevice
	case m&fs.ModeSocket != 0:
		return storage.KindSocket
	case m.IsDir():
		return storage.KindDirectory
	}
	return storage.KindOther
}

// checkDirs verifies that every folder on the way is a real folder.
func checkDirs(root, bucket string, parts []string) (string, error) {
	p := root
	for _, name := range append([]string{bucket}, parts...) {
		p = filepath.Join(p, name)
		st, err := os.Lstat(p)
		if err != nil {
			return "", err
		}
		if k := kindOf(st.Mode()); k != storage.KindDirectory {
			if k == "" {
				return "", fs.ErrNotExist
			}
			return "", &storage.IrregularError{Kind: k}
		}
	}
	return p, nil
}

func notFound(key string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return storage.ErrNotFound
	}
	if ie, ok := storage.Irregular(err); ok {
		return &storage.IrregularError{Key: key, Kind: ie.Kind}
	}
	return err
}

func statObject(root, bucket, key string, parts []string) (storage.Info, error) {
	dir, err := checkDirs(root, bucket, parts[:len(parts)-1])
	if err != nil {
		return storage.Info{}, notFound(key, err)
	}
	st, err := os.Lstat(filepath.Join(dir, parts[len(parts)-1]))
	if err != nil {
		return storage.Info{}, notFound(key, err)
	}
	if k := kindOf(st.Mode()); k != "" {
		return storage.Info{}, &storage.IrregularError{Key: key, Kind: k}
	}
	return storage.Info{Key: key, Size: st.Size(), Modified: st.ModTime()}, nil
}

func openObject(root, bucket, key string, parts []string) (*os.File, storage.Info, error) {
	info, err := statObject(root, bucket, key, parts)
	if err != nil {
		return nil, info, err
	}
	f, err := os.Open(filepath.Join(append([]string{root, bucket}, parts...)...))
	if err != nil {
		return nil, info, notFound(key, err)
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, info, &storage.IrregularError{Key: key, Kind: storage.KindOther}
	}
	return f, storage.Info{Key: key, Size: st.Size(), Modified: st.ModTime()}, nil
}

func placeObject(root, bucket, key string, parts []string, tmp string, exclusive bool) error {
	p := root
	for _, name := range append([]string{bucket}, parts[:len(parts)-1]...) {
		p = filepath.Join(p, name)
		if err := os.Mkdir(p, 0o750); err != nil && !errors.Is(err, fs.ErrExist) {
			return err
		}
	}
	dir, err := checkDirs(root, bucket, parts[:len(parts)-1])
	if err != nil {
		return notFound(key, err)
	}
	target := filepath.Join(dir, parts[len(parts)-1])
	if exclusive {
		if err := os.Link(tmp, target); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return storage.ErrExists
			}
			return err
		}
		return nil
	}
	return os.Rename(tmp, target)
}

func removeObject(root, bucket, key string, parts []string) error {
	dir, err := checkDirs(root, bucket, parts[:len(parts)-1])
	if err != nil {
		if err = notFound(key, err); errors.Is(err, storage.ErrNotFound) {
			return nil
		}
		return err
	}
	if err := os.Remove(filepath.Join(dir, parts[len(parts)-1])); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

func walkObjects(root, bucket string, dirParts []string, fn func(key string, info storage.Info) error) error {
	start, err := checkDirs(root, bucket, dirParts)
	if err != nil {
		return nil
	}
	base := filepath.Join(root, bucket)
	var keys []string
	infos := map[string]storage.Info{}
	err = filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(base, p)
		if err != nil {
			return err
		}
		st, err := d.Info()
		if err != nil {
			return nil
		}
		key := filepath.ToSlash(rel)
		keys = append(keys, key)
		infos[key] = storage.Info{Key: key, Size: st.Size(), Modified: st.ModTime()}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := fn(k, infos[k]); err != nil {
			return err
		}
	}
	return nil
}
